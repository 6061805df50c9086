//! Resolution tests for the people_east data (Asia, the Middle East, South Africa and
//! Australia since 1900) and the people_rulers data (rulers of the great powers,
//! 1600-1899): name x date -> code. A person's code follows the role held at the date.

resolves! {
    // China: one person, several roles over time.
    chiang_as_kmt_commander: "Chiang Kai-shek", "1926" => "CHNMIL", "";
    chiang_on_the_mainland: "Chiang Kai-shek", "1935" => "CHNGOV", "";
    chiang_on_taiwan: "Chiang Kai-shek", "1960" => "TWNGOV", "";
    chiang_bare_surname_on_taiwan: "Chiang", "1970" => "TWNGOV", "";
    jiang_jieshi_is_chiang: "Jiang Jieshi", "1937-07" => "CHNGOV", "";
    mao_as_rebel: "Mao", "1935" => "CHNREB", "";
    mao_in_power: "Mao", "1960" => "CHNGOV", "";
    mao_wade_giles: "Mao Tse-tung", "1949-10-01" => "CHNGOV", "";
    deng_as_communist_commander: "Deng Xiaoping", "1940" => "CHNREB", "";
    deng_as_paramount_leader: "Deng", "1985" => "CHNGOV", "";
    zhou_enlai_postal_spelling: "Chou En-lai", "1972" => "CHNGOV", "";
    zhou_enlai_before_1949: "Zhou Enlai", "1936-12" => "CHNREB", "";
    sun_yat_sen_before_the_revolution: "Sun Yat-sen", "1905" => "CHNREB", "";
    sun_yat_sen_as_provisional_president: "Sun Yat-sen", "1912-02" => "CHNGOV", "";
    li_zongren_after_the_retreat: "Li Zongren", "1949-12" => "TWNGOV", "";
    yan_xishan_as_warlord: "Yan Xishan", "1930" => "CHNMIL", "";
    xi_jinping_today: "Xi Jinping", "2020" => "CHNGOV", "";
    lee_teng_hui: "Lee Teng-hui", "1995" => "TWNGOV", "";
    kangxi_undated: "the Kangxi Emperor", "" => "CHNGOV", "";
    qianlong_bare: "Qianlong", "1793" => "CHNGOV", "";
    guangxu_in_1900: "Guangxu Emperor", "1900" => "CHNGOV", "";
    cixi_as_regent: "Cixi", "1900" => "CHNGOV", "";
    hong_xiuquan_as_rebel: "Hong Xiuquan", "1855" => "CHNREB", "";
    ming_emperor: "Chongzhen Emperor", "1640" => "CHNGOV", "";
    // Japan and Korea.
    ieyasu_as_shogun: "Tokugawa Ieyasu", "1604" => "JPNGOV", "";
    emperor_meiji: "Emperor Meiji", "1895" => "JPNGOV", "";
    hirohito_in_the_war: "Hirohito", "1941" => "JPNGOV", "";
    tojo_without_macron: "Tojo", "1942" => "JPNGOV", "";
    ito_hirobumi_in_korea: "Ito Hirobumi", "1907" => "JPNGOV", "";
    abe_western_order: "Shinzo Abe", "2015" => "JPNGOV", "";
    syngman_rhee: "Syngman Rhee", "1950" => "KORGOV", "";
    park_chung_hee_coup: "Park Chung-hee", "1961-06" => "KORMIL", "";
    kim_il_sung: "Kim Il Sung", "1960" => "PRKGOV", "";
    kim_jong_un: "Kim Jong Un", "2018" => "PRKGOV", "";
    // South and Southeast Asia.
    nehru: "Nehru", "1950" => "INDGOV", "";
    viceroy_curzon: "Lord Curzon", "1903" => "INDGOV", "";
    indira_gandhi: "Indira Gandhi", "1971-12" => "INDGOV", "";
    modi: "Modi", "2019" => "INDGOV", "";
    sukarno_as_nationalist: "Sukarno", "1935" => "IDNOPP", "";
    sukarno_as_president: "Soekarno", "1955" => "IDNGOV", "";
    suharto_takes_over: "Suharto", "1965-11" => "IDNMIL", "";
    ho_chi_minh_as_rebel: "Ho Chi Minh", "1944" => "VNMREB", "";
    ho_chi_minh_in_power: "Ho Chi Minh", "1965" => "VNMGOV", "";
    diem_with_diacritics: "Ngô Đình Diệm", "1960" => "VNMGOV", "";
    thieu: "Nguyen Van Thieu", "1972" => "VNMGOV", "";
    choibalsan: "Choibalsan", "1945" => "MNGGOV", "";
    // West Asia, Africa, Australia.
    mullah_omar_in_power: "Mullah Omar", "1998" => "AFGGOV", "";
    mullah_omar_insurgent: "Mullah Omar", "2005" => "AFGREB", "";
    najibullah: "Najibullah", "1990" => "AFGGOV", "";
    massoud_against_the_soviets: "Ahmad Shah Massoud", "1985" => "AFGREB", "";
    khomeini_in_exile: "Khomeini", "1970" => "IRNOPP", "";
    khomeini_in_power: "Khomeini", "1985" => "IRNGOV", "";
    mossadegh_spelling: "Mossadegh", "1952" => "IRNGOV", "";
    reza_shah: "Reza Shah", "1935" => "IRNGOV", "";
    ibn_saud: "Ibn Saud", "1940" => "SAUGOV", "";
    mbs_as_crown_prince: "MBS", "2019" => "SAUGOV", "";
    ataturk_as_nationalist: "Mustafa Kemal", "1919-09" => "TURREB", "";
    ataturk_as_president: "Atatürk", "1930" => "TURGOV", "";
    ataturk_folded: "Ataturk", "1930" => "TURGOV", "";
    enver_pasha: "Enver Pasha", "1915" => "TURMIL", "";
    erdogan_folded: "Erdogan", "2010" => "TURGOV", "";
    mandela_freed: "Mandela", "1992" => "ZAFOPP", "";
    mandela_as_president: "Nelson Mandela", "1996" => "ZAFGOV", "";
    smuts_boer_general: "Smuts", "1901" => "ZAFMIL", "";
    menzies: "Menzies", "1950" => "AUSGOV", "";
    // Rulers of the great powers, 1600-1899.
    louis_xiv_undated: "Louis XIV", "" => "FRAGOV", "";
    richelieu: "Cardinal Richelieu", "1630" => "FRAGOV", "";
    napoleon_as_general: "Napoleon", "1797" => "FRAMIL", "";
    napoleon_as_emperor: "Napoleon", "1810" => "FRAGOV", "";
    napoleon_iii_is_not_napoleon: "Louis Napoleon", "1860" => "FRAGOV", "";
    peter_the_great: "Peter the Great", "1700" => "RUSGOV", "";
    catherine_the_great_undated: "Catherine the Great", "" => "RUSGOV", "";
    frederick_the_great: "Frederick the Great", "1750" => "DEUGOV", "";
    bismarck: "Bismarck", "1880" => "DEUGOV", "";
    walpole: "Walpole", "1730" => "GBRGOV", "";
    wellington_in_the_peninsula: "Duke of Wellington", "1812" => "GBRMIL", "";
    william_iii_as_stadtholder: "William III", "1680" => "NLDGOV", "";
    william_iii_the_dutch_king: "William III", "1870" => "NLDGOV", "";
    charles_ii_of_spain: "Charles II of Spain", "1670" => "ESPGOV", "";
    gustavus_adolphus: "Gustavus Adolphus", "1630" => "SWEGOV", "";
    sobieski: "John III Sobieski", "1683" => "POLGOV", "";
    pombal: "Pombal", "1760" => "PRTGOV", "";
    maria_theresa: "Maria Theresa", "1750" => "AUTGOV", "";
    kara_mustafa: "Kara Mustafa Pasha", "1683" => "TURGOV", "";
    washington_in_the_revolution: "George Washington", "1780" => "USAMIL", "";
    washington_as_president: "George Washington", "1790" => "USAGOV", "";
    jefferson_davis: "Jefferson Davis", "1862" => "USAREB", "";
}
