//! Resolution tests for the people_west data: name x date -> code and polity.
//!
//! The cases cross roles (a revolutionary who became premier, a general who became
//! president, a party leader in opposition who became chancellor), share surnames
//! between people of different countries and decades, and use the spellings text uses.

resolves! {
    // Russia and the Soviet Union: revolutionary, then government.
    lenin_1916_is_a_rebel: "Lenin", "1916" => "RUSREB", "";
    lenin_1920_is_the_government: "Lenin", "1920" => "RUSGOV", "";
    stalin_1915_is_a_rebel: "Stalin", "1915" => "RUSREB", "";
    stalin_1950_is_the_government: "Stalin", "1950" => "RUSGOV", "";
    stalin_undated_is_his_longest_role: "Stalin", "" => "RUSGOV", "";
    khrushchov_spelling_1962: "Khrushchov", "1962" => "RUSGOV", "";
    gorbachev_undated: "Gorbachev", "" => "RUSGOV", "";
    tsar_nicholas_1905: "Nicholas II", "1905" => "RUSGOV", "";
    kerensky_autumn_1917: "Kerensky", "1917-09" => "RUSGOV", "";
    kolchak_1919_is_a_white_rebel: "Kolchak", "1919" => "RUSREB", "";
    trotsky_1919_commands_the_red_army: "Trotsky", "1919" => "RUSMIL", "";
    trotsky_1935_is_in_exile: "Trotsky", "1935" => "RUSOPP", "";
    andropov_1970_heads_the_kgb: "Andropov", "1970" => "RUSSPY", "";
    yeltsin_1989_is_opposition: "Yeltsin", "1989" => "RUSOPP", "";
    yeltsin_1995_is_the_government: "Yeltsin", "1995" => "RUSGOV", "";
    putin_early_1999_heads_the_fsb: "Putin", "1999-01" => "RUSSPY", "";
    putin_2010_is_prime_minister: "Putin", "2010" => "RUSGOV", "";

    // Germany, East Germany.
    hitler_1930_leads_a_party_in_opposition: "Hitler", "1930" => "DEUOPP", "";
    hitler_1940_is_the_government: "Hitler", "1940" => "DEUGOV", "";
    hitler_undated_is_his_longest_role: "Hitler", "" => "DEUGOV", "";
    hindenburg_1916_is_military: "Hindenburg", "1916" => "DEUMIL", "";
    hindenburg_1930_is_president: "Hindenburg", "1930" => "DEUGOV", "";
    donitz_1944_commands_the_navy: "Dönitz", "1944" => "DEUMIL", "";
    doenitz_may_1945_is_head_of_state: "Doenitz", "1945-05-05" => "DEUGOV", "";
    merkel_2003_leads_the_opposition: "Merkel", "2003" => "DEUOPP", "";
    merkel_2010_is_chancellor: "Merkel", "2010" => "DEUGOV", "";
    von_der_leyen_2015_is_german_minister: "von der Leyen", "2015" => "DEUGOV", "";
    von_der_leyen_2020_heads_the_commission: "von der Leyen", "2020" => "IGO", "";
    honecker_1980_is_east_german: "Honecker", "1980" => "DDRGOV", "";
    ulbricht_1961_is_east_german: "Ulbricht", "1961" => "DDRGOV", "";
    bruning_without_umlaut: "Bruening", "1931" => "DEUGOV", "";

    // United Kingdom.
    churchill_1913_first_lord: "Churchill", "1913" => "GBRGOV", "";
    churchill_1942_prime_minister: "Churchill", "1942" => "GBRGOV", "";
    churchill_1948_leads_the_opposition: "Churchill", "1948" => "GBROPP", "";
    thatcher_1977_leads_the_opposition: "Thatcher", "1977" => "GBROPP", "";
    thatcher_1985_prime_minister: "Thatcher", "1985" => "GBRGOV", "";
    queen_victoria_1890: "Queen Victoria", "1890" => "GBRGOV", "";
    elizabeth_ii_1960: "Elizabeth II", "1960" => "GBRGOV", "";

    // A surname shared across countries resolves by date.
    johnson_1965_is_american: "Johnson", "1965" => "USAGOV", "";
    johnson_2020_is_british: "Johnson", "2020" => "GBRGOV", "";
    wilson_1917_is_american: "Wilson", "1917" => "USAGOV", "";
    wilson_1966_is_british: "Wilson", "1966" => "GBRGOV", "";

    // United States.
    roosevelt_1905: "Roosevelt", "1905" => "USAGOV", "";
    roosevelt_1940: "Roosevelt", "1940" => "USAGOV", "";
    eisenhower_d_day_is_military: "Eisenhower", "1944-06-06" => "USAMIL", "";
    eisenhower_1955_is_president: "Eisenhower", "1955" => "USAGOV", "";
    eisenhower_undated_is_president: "Eisenhower", "" => "USAGOV", "";
    kennedy_1955_is_a_senator: "Kennedy", "1955" => "USALEG", "";
    kennedy_1962_is_president: "Kennedy", "1962" => "USAGOV", "";
    taft_1925_is_chief_justice: "Taft", "1925" => "USAJUD", "";
    fdr_1942: "FDR", "1942" => "USAGOV", "";

    // Canada.
    pearson_1956_is_foreign_minister: "Pearson", "1956" => "CANGOV", "";
    pearson_1960_leads_the_opposition: "Pearson", "1960" => "CANOPP", "";
    chretien_accented_2000: "Chrétien", "2000" => "CANGOV", "";
    carney_2015_governs_the_bank_of_england: "Carney", "2015" => "GBRGOV", "";
    carney_mid_2025_is_prime_minister: "Carney", "2025-06" => "CANGOV", "";

    // France.
    petain_1916_is_military: "Pétain", "1916" => "FRAMIL", "";
    petain_1942_is_vichy: "Petain", "1942" => "FRAGOV", "";
    de_gaulle_1942_leads_free_france: "de Gaulle", "1942" => "FRAMIL", "";
    de_gaulle_1965_is_president: "de Gaulle", "1965" => "FRAGOV", "";
    mitterrand_1975_leads_the_opposition: "Mitterrand", "1975" => "FRAOPP", "";
    mitterrand_1990_is_president: "Mitterrand", "1990" => "FRAGOV", "";
    clemenceau_1918: "Clemenceau", "1918" => "FRAGOV", "";
    briand_1928_between_premierships: "Briand", "1928" => "FRAGOV", "";
    pleven_1951_by_the_marked_surname: "Pleven", "1951" => "FRAGOV", "";

    // Italy.
    mussolini_1920_leads_the_fascists: "Mussolini", "1920" => "ITAPTY", "";
    mussolini_1935_is_the_government: "Mussolini", "1935" => "ITAGOV", "";
    badoglio_1936_is_military: "Badoglio", "1936" => "ITAMIL", "";
    badoglio_1944_is_prime_minister: "Badoglio", "1944" => "ITAGOV", "";
    berlusconi_2007_leads_the_opposition: "Berlusconi", "2007" => "ITAOPP", "";
    prodi_1997_is_prime_minister: "Prodi", "1997" => "ITAGOV", "";
    prodi_2002_heads_the_commission: "Prodi", "2002" => "IGO", "";
    draghi_2015_heads_the_ecb: "Draghi", "2015" => "IGO", "";
    draghi_2022_is_prime_minister: "Draghi", "2022" => "ITAGOV", "";

    // Mexico, Brazil, Argentina.
    zapata_1914_is_a_rebel: "Zapata", "1914" => "MEXREB", "";
    pancho_villa_1916_is_a_rebel: "Pancho Villa", "1916" => "MEXREB", "";
    madero_1911_is_a_rebel: "Madero", "1911-02" => "MEXREB", "";
    madero_1912_is_president: "Madero", "1912" => "MEXGOV", "";
    carranza_1913_leads_the_constitutionalists: "Carranza", "1913-06" => "MEXREB", "";
    carranza_1918_is_president: "Carranza", "1918" => "MEXGOV", "";
    vargas_october_1930_leads_a_revolt: "Vargas", "1930-10-10" => "BRAREB", "";
    vargas_1940_is_president: "Vargas", "1940" => "BRAGOV", "";
    lula_1990_is_opposition: "Lula", "1990" => "BRAOPP", "";
    lula_2005_is_president: "Lula", "2005" => "BRAGOV", "";
    peron_1950_is_president: "Perón", "1950" => "ARGGOV", "";
    peron_1960_is_in_exile: "Perón", "1960" => "ARGOPP", "";
    galtieri_falklands_war: "Galtieri", "1982-04" => "ARGGOV", "";

    // European Union.
    delors_1990: "Delors", "1990" => "IGO", "";
    van_rompuy_2012: "Van Rompuy", "2012" => "IGO", "";
}

/// Which person a name means at a date, by id.
fn who(name: &str, date: &str) -> String {
    use annals_time::{Date, Interval};
    let kb = crate::KnowledgeBase::builtin();
    let n = kb
        .name_index(name)
        .unwrap_or_else(|| panic!("{name:?} is not a known name"));
    let at = Interval::new(
        Date::parse_bound(date, false).expect("test date"),
        Date::parse_bound(date, true).expect("test date"),
    );
    kb.resolve(n, Some(at), &[])
        .expect("known names resolve")
        .id
        .to_string()
}

#[test]
fn shared_surnames_pick_the_person_in_office() {
    assert_eq!(who("Roosevelt", "1905"), "t-roosevelt");
    assert_eq!(who("Roosevelt", "1940"), "f-roosevelt");
    assert_eq!(who("Bush", "1990"), "ghw-bush");
    assert_eq!(who("Bush", "2005"), "gw-bush");
    assert_eq!(who("Trudeau", "1975"), "p-trudeau");
    assert_eq!(who("Trudeau", "2020"), "j-trudeau");
    assert_eq!(who("Kirchner", "2005"), "n-kirchner");
    assert_eq!(who("Kirchner", "2010"), "cfk");
    // Juan Perón died in office in 1974; his widow succeeded him.
    assert_eq!(who("Perón", "1975"), "isabel-peron");
}

/// Every person's first name, resolved over each of their periods, finds that person
/// in that role: no name of this file is captured by someone else at the wrong time.
#[test]
fn every_person_resolves_to_each_of_their_roles() {
    let kb = crate::KnowledgeBase::builtin();
    let mut first_name: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for r in kb
        .rows()
        .iter()
        .filter(|r| r.origin.contains("people-west"))
    {
        if let Some(n) = r.names.first() {
            first_name.entry(&r.id).or_insert(n.trim_start_matches('~'));
        }
    }
    let mut checked = 0;
    for (i, r) in kb
        .rows()
        .iter()
        .enumerate()
        .filter(|(_, r)| r.origin.contains("people-west"))
    {
        let name = first_name
            .get(r.id.as_str())
            .unwrap_or_else(|| panic!("{} has no name", r.id));
        let n = kb.name_index(name).expect("a listed name is known");
        let got = kb
            .resolve(n, Some(kb.row_interval(i as u32)), &[])
            .expect("known names resolve");
        assert_eq!(
            (got.id, got.code),
            (r.id.as_str(), r.code.as_str()),
            "{name:?} over {}",
            r.origin
        );
        checked += 1;
    }
    assert!(
        checked > 700,
        "only {checked} rows of people-west were loaded"
    );
}
