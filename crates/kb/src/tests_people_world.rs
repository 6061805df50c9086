//! Resolution tests for the people_world data: name x date -> code and polity.
//!
//! The data (`dict/actors/people-world.tsv`) codes a person by role and date:
//! - Palestinians: the PLO leadership before the Palestinian Authority (May 1994)
//!   is `PSEREB`, as CAMEO coded the PLO; the PA presidency and premiership are
//!   `PSEGOV`; Hamas leaders are `PSEREB`, also while Hamas governs Gaza.
//! - Rebel leaders who came to power change code on the day they took office
//!   (Museveni, Kagame, Kabila, al-Sharaa); opposition leaders likewise (Walesa).
//! - Surnames shared by two people of one country (Bhutto, Odinga, Papandreou,
//!   Barzani, Tshisekedi, ...) are marked ambiguous and resolve by date.
//! - Where no row of a person holds at the date, the nearest row is taken
//!   (Pinochet after 1990 is still army commander, `CHLMIL`).

resolves! {
    // Palestinians: PLO as rebels before Oslo, PA as government after.
    arafat_1990_is_plo_rebel: "Arafat", "1990" => "PSEREB", "";
    arafat_2000_is_pa_president: "Yasser Arafat", "2000" => "PSEGOV", "";
    abbas_2010_is_pa_president: "Abu Mazen", "2010" => "PSEGOV", "";
    haniyeh_2006_is_pa_prime_minister: "Haniyeh", "2006-06" => "PSEGOV", "";
    haniyeh_2012_is_hamas_leader: "Ismail Haniyeh", "2012" => "PSEREB", "";
    sinwar_2023_is_hamas_leader: "Sinwar", "2023-10-07" => "PSEREB", "";
    // Rebels who became governments.
    museveni_1983_is_rebel: "Museveni", "1983" => "UGAREB", "";
    museveni_1995_is_president: "Yoweri Museveni", "1995" => "UGAGOV", "";
    kagame_1992_is_rpf_rebel: "Kagame", "1992" => "RWAREB", "";
    kagame_1996_is_vice_president: "Paul Kagame", "1996" => "RWAGOV", "";
    laurent_kabila_1997_is_afdl_rebel: "Laurent Kabila", "1997-01" => "CODREB", "";
    kabila_2010_is_joseph: "Kabila", "2010" => "CODGOV", "";
    jolani_2020_is_rebel: "al-Jolani", "2020" => "SYRREB", "";
    sharaa_2025_is_president: "Ahmed al-Sharaa", "2025-06" => "SYRGOV", "";
    mugabe_1977_is_zanu_rebel: "Mugabe", "1977" => "ZWEREB", "";
    mugabe_1995_is_president: "Robert Mugabe", "1995" => "ZWEGOV", "";
    garang_1990_is_splm_rebel: "John Garang", "1990" => "SDNREB", "";
    kiir_2015_is_south_sudan_president: "Salva Kiir", "2015" => "SSDGOV", "";
    machar_2016_is_rebel: "Riek Machar", "2016" => "SSDREB", "";
    fidel_castro_1957_is_rebel: "Fidel Castro", "1957" => "CUBREB", "";
    castro_1990_is_government: "Castro", "1990" => "CUBGOV", "";
    // Rebels and insurgents.
    savimbi_1985_is_unita_rebel: "Savimbi", "1985" => "AGOREB", "";
    ocalan_1995_is_pkk_rebel: "Öcalan", "1995" => "TURREB", "";
    prabhakaran_2000_is_ltte_rebel: "Prabhakaran", "2000" => "LKAREB", "";
    ojukwu_1968_leads_biafra: "Ojukwu", "1968" => "NGAREB", "";
    tshombe_1961_leads_katanga: "Tshombe", "1961" => "CODREB", "";
    karadzic_1994_is_bosnian_serb_rebel: "Karadzic", "1994" => "BIHREB", "";
    nasrallah_2006_leads_hezbollah: "Nasrallah", "2006-07" => "LBNREB", "";
    hemedti_2020_commands_rsf: "Hemedti", "2020" => "SDNMIL", "";
    hemedti_2024_is_rebel: "Hemedti", "2024" => "SDNREB", "";
    // Opposition leaders before and after office.
    suu_kyi_2000_is_opposition: "Aung San Suu Kyi", "2000" => "MMROPP", "";
    suu_kyi_2018_is_government: "Suu Kyi", "2018" => "MMRGOV", "";
    walesa_1985_is_opposition: "Walesa", "1985" => "POLOPP", "";
    walesa_1993_is_president: "Lech Wałęsa", "1993" => "POLGOV", "";
    havel_1980_is_dissident: "Havel", "1980" => "CZEOPP", "";
    havel_1995_is_president: "Václav Havel", "1995" => "CZEGOV", "";
    tsvangirai_2005_is_opposition: "Tsvangirai", "2005" => "ZWEOPP", "";
    orban_2005_is_opposition: "Viktor Orbán", "2005" => "HUNOPP", "";
    guaido_2019_is_opposition: "Guaidó", "2019-06" => "VENOPP", "";
    thaksin_2010_is_exiled_opposition: "Thaksin", "2010" => "THAOPP", "";
    keiko_fujimori_2016_is_opposition: "Fujimori", "2016" => "PEROPP", "";
    alberto_fujimori_1995_is_president: "Fujimori", "1995" => "PERGOV", "";
    // Shared surnames resolve by date.
    hussein_1955_is_the_king_of_jordan: "Hussein", "1955" => "JORGOV", "";
    bhutto_1975_is_zulfikar: "Bhutto", "1975" => "PAKGOV", "";
    bhutto_1992_is_benazir_in_opposition: "Bhutto", "1992" => "PAKOPP", "";
    odinga_1970_is_oginga_in_opposition: "Odinga", "1970" => "KENOPP", "";
    odinga_2010_is_raila_as_prime_minister: "Odinga", "2010" => "KENGOV", "";
    papandreou_2006_is_george_in_opposition: "Papandreou", "2006" => "GRCOPP", "";
    barzani_1970_is_mustafa_the_rebel: "Barzani", "1970" => "IRQREB", "";
    barzani_2010_is_the_kurdistan_president: "Barzani", "2010" => "IRQGOV", "";
    tshisekedi_1995_is_etienne_in_opposition: "Tshisekedi", "1995" => "CODOPP", "";
    tshisekedi_2020_is_felix_the_president: "Tshisekedi", "2020" => "CODGOV", "";
    // Roles outside government offices.
    berri_2010_is_speaker: "Nabih Berri", "2010" => "LBNLEG", "";
    elbaradei_2005_heads_the_iaea: "ElBaradei", "2005" => "IGOUNO", "";
    elbaradei_2011_is_opposition: "ElBaradei", "2011" => "EGYOPP", "";
    guterres_2000_is_prime_minister: "Guterres", "2000" => "PRTGOV", "";
    guterres_2020_is_un_secretary_general: "António Guterres", "2020" => "IGOUNO", "";
    shevardnadze_1988_is_soviet_foreign_minister: "Shevardnadze", "1988" => "RUSGOV", "";
    shevardnadze_2000_is_georgian_president: "Shevardnadze", "2000" => "GEOGOV", "";
    haftar_2019_commands_the_lna: "Haftar", "2019" => "LBYMIL", "";
    pinochet_1995_is_still_army_commander: "Pinochet", "1995" => "CHLMIL", "";
    noriega_1988_commands_the_army: "Noriega", "1988" => "PANMIL", "";
    sistani_2004_is_a_cleric: "Sistani", "2004" => "IRQREL", "";
    // Successor-state codes and heads of state of small and historical states.
    tito_1960_is_yugoslavia: "Tito", "1960" => "SRBGOV", "";
    milosevic_1999_is_yugoslavia: "Milosevic", "1999" => "SRBGOV", "";
    south_yemen_1982: "Ali Nasir Muhammad", "1982" => "YEMGOV", "";
    rhodesia_1970: "Ian Smith", "1970" => "ZWEGOV", "";
    somaliland_2015: "Silanyo", "2015" => "SOMSEP", "";
    pope_john_paul_ii_1990: "John Paul II", "1990" => "VATGOV", "";
    // Undated: the longest-held role.
    mobutu_undated_is_president: "Mobutu", "" => "CODGOV", "";
    gaddafi_undated_is_government: "Qaddafi", "" => "LBYGOV", "";
}
