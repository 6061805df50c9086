//! Resolution tests for the orgs data: name x date -> code and polity.
//!
//! Organizations change code with their role: the Kuomintang was a rebel party
//! before it held Beijing, the government until 1949, Taiwan's ruling party until
//! its first defeat; the Taliban governed twice. People in `people-movements.tsv`
//! follow the same coding. The last test checks the role nouns of `agents.tsv`.

resolves! {
    kuomintang_1913_is_a_party: "Kuomintang", "1913-03" => "CHNPTY", "";
    kuomintang_1925_rebels_against_beijing: "Kuomintang", "1925" => "CHNREB", "";
    kuomintang_1935_governs_china: "the Kuomintang", "1935" => "CHNGOV", "";
    kmt_1960_governs_taiwan: "KMT", "1960" => "TWNGOV", "";
    kmt_after_its_first_defeat_is_a_party: "KMT", "2005" => "TWNPTY", "";
    nationalists_1937_are_the_kuomintang: "the Nationalists", "1937" => "CHNGOV", "";
    ccp_in_the_first_united_front_is_a_party: "Chinese Communist Party", "1924" => "CHNPTY", "";
    communists_1947_are_insurgents: "the Communists", "1947" => "CHNREB", "";
    ccp_after_1949_governs: "CCP", "1960" => "CHNGOV", "";
    eighth_route_army_is_the_communists_army: "Eighth Route Army", "1940" => "CHNREB", "";
    pla_after_1949_is_the_military: "PLA", "1979" => "CHNMIL", "";
    gang_of_four_in_power: "Gang of Four", "1970" => "CHNGOV", "";
    gang_of_four_after_arrest: "Gang of Four", "1978" => "CHNOPP", "";
    beiyang_army_is_the_qing_military: "Beiyang Army", "1900" => "CHNMIL", "";
    guangxi_clique_in_the_central_plains_war: "Guangxi clique", "1930-06" => "CHNREB", "";
    red_guards_of_1917_are_the_bolsheviks_militia: "Red Guards", "1917-11" => "RUSMIL", "Soviet Russia";
    red_guards_before_october_rebel: "the Red Guards", "1917" => "RUSREB", "";
    red_guards_in_the_finnish_war_after_the_russian_ones: "Red Guards", "1918-05" => "FINREB", "";
    red_guards_of_the_cultural_revolution: "Red Guards", "1967" => "CHNRAD", "";
    army_of_islam_is_ottoman: "Army of Islam", "1918-09" => "TURMIL", "Ottoman Empire";
    seventh_fleet_is_american: "Seventh Fleet", "1950-06" => "USAMIL", "";
    czechoslovak_corps_is_the_legion: "Czechoslovak Corps", "1919" => "CZEMIL", "";
    bolsheviks_before_the_revolution_rebel: "Bolsheviks", "1910" => "RUSREB", "Russian Empire";
    bolsheviks_on_the_day_of_the_seizure: "Bolsheviks", "1917-11-07" => "RUSREB", "";
    bolsheviks_the_day_after_govern: "Bolsheviks", "1917-11-08" => "RUSGOV", "Soviet Russia";
    cpsu_governs_the_soviet_union: "CPSU", "1970" => "RUSGOV", "";
    mensheviks_under_bolshevik_rule_are_opposition: "Mensheviks", "1918" => "RUSOPP", "";
    whites_in_the_civil_war_rebel: "the Whites", "1919" => "RUSREB", "Soviet Russia";
    reds_hold_the_government: "the Reds", "1919" => "RUSGOV", "";
    red_army_1920_is_soviet: "Red Army", "1920" => "RUSMIL", "";
    cheka_is_secret_police: "Cheka", "1919" => "RUSSPY", "";
    nkvd_before_1934_is_police: "NKVD", "1925" => "RUSCOP", "";
    mujahedin_1985_rebel: "mujahedin", "1985" => "AFGREB", "";
    mujahideen_in_kabul_govern: "mujahideen", "1994" => "AFGGOV", "";
    taliban_1995_rebel: "Taliban", "1995" => "AFGREB", "";
    taliban_1998_govern: "Taliban", "1998" => "AFGGOV", "";
    taliban_2010_rebel: "the Taliban", "2010" => "AFGREB", "";
    taliban_2022_govern: "Taliban", "2022" => "AFGGOV", "";
    hamas_in_the_pa_government: "Hamas", "2006-06" => "PSEGOV", "";
    hamas_after_the_split_rebels: "Hamas", "2014" => "PSEREB", "";
    viet_minh_before_independence_rebel: "Viet Minh", "1944" => "VNMREB", "";
    viet_minh_after_independence_govern: "Viet Minh", "1950" => "VNMGOV", "";
    viet_cong_rebel: "Viet Cong", "1968" => "VNMREB", "";
    khmer_rouge_in_power: "Khmer Rouge", "1977" => "KHMGOV", "";
    khmer_rouge_after_1979_rebel: "Khmer Rouge", "1985" => "KHMREB", "";
    anc_in_exile_rebels: "ANC", "1985" => "ZAFREB", "";
    anc_governs_after_1994: "ANC", "1999" => "ZAFGOV", "";
    sandinistas_in_power: "Sandinistas", "1985" => "NICGOV", "";
    sandinistas_after_defeat_are_a_party: "Sandinistas", "1995" => "NICPTY", "";
    contras_rebel: "Contras", "1985" => "NICREB", "";
    farc_before_peace_rebels: "FARC", "2000" => "COLREB", "";
    farc_after_peace_is_a_party: "FARC", "2020" => "COLPTY", "";
    fln_in_the_war_rebels: "FLN", "1958" => "DZAREB", "";
    fln_after_independence_governs: "FLN", "1970" => "DZAGOV", "";
    ira_of_1920_is_irish: "IRA", "1920" => "IRLREB", "";
    ira_of_1985_fights_for_secession: "IRA", "1985" => "GBRSEP", "";
    pkk_is_separatist: "PKK", "1995" => "TURSEP", "";
    tamil_tigers_are_separatist: "Tamil Tigers", "2000" => "LKASEP", "";
    hezbollah_rebels: "Hezbollah", "2006" => "LBNREB", "";
    nazi_party_before_power: "Nazi Party", "1930" => "DEUPTY", "";
    nazi_party_in_power: "NSDAP", "1938" => "DEUGOV", "";
    wehrmacht_is_military: "Wehrmacht", "1941" => "DEUMIL", "";
    kwantung_army_is_japanese_military: "Kwantung Army", "1931" => "JPNMIL", "";
    spanish_nationalists_rebel_in_the_war: "Spanish Nationalists", "1937" => "ESPREB", "";
    spanish_nationalists_govern_after_it: "Spanish Nationalists", "1950" => "ESPGOV", "";
    solidarity_under_martial_law: "Solidarity", "1985" => "POLOPP", "";
    nato_undated: "NATO", "" => "IGOWSTNAT", "";
    un_security_council: "UN Security Council", "1950" => "IGOUNO", "";
    unhcr_has_its_cameo_code: "UNHCR", "2015" => "IGOUNOHCR", "";
    eec_is_the_eu: "European Economic Community", "1970" => "IGOEEC", "";
    warsaw_pact_is_an_igo: "Warsaw Pact", "1968" => "IGO", "";
    comintern_is_not_intergovernmental: "Comintern", "1925" => "NGO", "";
    red_cross_is_an_ngo: "Red Cross", "1990" => "NGOHLHIRC", "";
    amnesty_international: "Amnesty International", "2000" => "NGOHRIAMN", "";
    al_qaeda_has_its_cameo_code: "al-Qaeda", "2001" => "IMGMOSALQ", "";
    islamic_state_of_iraq_is_an_iraqi_insurgency: "Islamic State of Iraq", "2008" => "IRQREB", "";
    isis_is_transnational: "ISIS", "2015" => "IMGMOS", "";
    zhukov_is_military: "Zhukov", "1943" => "RUSMIL", "";
    kornilov_joined_the_whites: "Kornilov", "1918" => "RUSREB", "";
    peng_dehuai_in_korea: "Peng Dehuai", "1951" => "CHNMIL", "";
    li_zongren_against_nanjing: "Li Zongren", "1930-06" => "CHNREB", "";
    jiang_qing_in_the_cultural_revolution: "Jiang Qing", "1970" => "CHNGOV", "";
    che_guevara_in_the_sierra: "Che Guevara", "1958" => "CUBREB", "";
    che_guevara_in_bolivia: "Che Guevara", "1967" => "BOLREB", "";
    rommel_is_military: "Rommel", "1942" => "DEUMIL", "";
    bin_laden_leads_al_qaeda: "Osama bin Laden", "2000" => "IMGMOSALQ", "";
    montgomery_is_british_military: "Bernard Montgomery", "1944" => "GBRMIL", "";
}

/// Every role noun maps to a known agent code, is found whole in text with that
/// code (no other noun shadows it), and the examples of the brief hold.
#[test]
fn agent_nouns_map_to_known_codes() {
    let kb = crate::KnowledgeBase::builtin();
    let nouns = kb.agent_nouns();
    assert!(nouns.len() >= 150, "only {} agent nouns", nouns.len());
    for n in nouns {
        assert!(
            crate::is_agent_code(&n.agent),
            "{} ({}) has unknown agent {}",
            n.noun,
            n.origin,
            n.agent
        );
        let mut found = Vec::new();
        kb.find_agents(&n.noun, 0, n.noun.len(), &mut found);
        assert_eq!(
            found.len(),
            1,
            "{:?} ({}) found as {:?}",
            n.noun,
            n.origin,
            found
        );
        assert_eq!(
            (found[0].start, found[0].end),
            (0, n.noun.len()),
            "{:?} found in part",
            n.noun
        );
        assert_eq!(
            found[0].agent, n.agent,
            "{:?} ({}) codes as another noun",
            n.noun, n.origin
        );
    }
    let agents = |text: &'static str| {
        let mut found = Vec::new();
        kb.find_agents(text, 0, text.len(), &mut found);
        found
            .iter()
            .map(|m| (&text[m.start..m.end], m.agent))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        agents("Russian settlers crossed the Amur."),
        [("settlers", "CVL")]
    );
    assert_eq!(agents("China's armies withdrew."), [("armies", "MIL")]);
    assert_eq!(
        agents("Security forces fired on protesters."),
        [("Security forces", "COP"), ("protesters", "OPP")]
    );
    assert_eq!(
        agents("Rebel troops met the Defence Ministry."),
        [("Rebel troops", "REB"), ("Defence Ministry", "MIL")]
    );
    assert_eq!(
        agents("The imperial court overruled the court."),
        [("imperial court", "GOV"), ("court", "JUD")]
    );
    assert_eq!(
        agents("Statements by officials, not officialdom."),
        [("officials", "GOV")]
    );
}
