//! Resolution tests for states, polities, places and groups: name x date -> code and polity.

use crate::tests::{interval, kb};
use crate::Choice;

resolves! {
    // Russia: one code through every regime.
    russia_1700_is_the_tsardom: "Russia", "1700" => "RUS", "Tsardom of Russia";
    russia_1800_is_the_empire: "Russia", "1800" => "RUS", "Russian Empire";
    russia_summer_1917_is_the_provisional_government: "Russia", "1917-07" => "RUS", "Russian Provisional Government";
    russia_october_1917_is_the_republic: "Russia", "1917-10" => "RUS", "Russian Republic";
    russia_1920_is_soviet_russia: "Russia", "1920" => "RUS", "Soviet Russia";
    russia_1950_is_the_soviet_union: "Russia", "1950" => "RUS", "Soviet Union";
    russia_2000_is_the_federation: "Russia", "2000" => "RUS", "Russian Federation";
    muscovy_1650: "Muscovy", "1650" => "RUS", "Tsardom of Russia";
    soviet_union_1960: "the Soviet Union", "1960" => "RUS", "Soviet Union";
    ussr_on_its_last_day: "USSR", "1991-12-25" => "RUS", "Soviet Union";
    the_soviets_1929: "the Soviets", "1929" => "RUS", "Soviet Union";
    the_soviets_undated: "the Soviets", "" => "RUS", "";
    tsarist_russia_1900: "Tsarist Russia", "1900" => "RUS", "Russian Empire";
    // China: CHN on the mainland, TWN for the Republic of China after 1949.
    roc_after_1949_is_taiwan: "the Republic of China", "1960" => "TWN", "Republic of China (Taiwan)";
    roc_before_1949_is_china: "the Republic of China", "1930" => "CHN", "Republic of China (Nationalist government)";
    roc_1920_is_the_beiyang_republic: "the Republic of China", "1920" => "CHN", "Republic of China (Beiyang government)";
    roc_abbreviation_1960_is_taiwan: "ROC", "1960" => "TWN", "Republic of China (Taiwan)";
    roc_abbreviation_1935_is_china: "the ROC", "1935" => "CHN", "Republic of China (Nationalist government)";
    china_1500_is_the_ming: "China", "1500" => "CHN", "Ming China";
    china_1700_is_the_qing: "China", "1700" => "CHN", "Qing China";
    china_1920_is_the_beiyang_republic: "China", "1920" => "CHN", "Republic of China (Beiyang government)";
    china_1935_is_the_nationalist_republic: "China", "1935" => "CHN", "Republic of China (Nationalist government)";
    china_1969_is_the_prc: "China", "1969" => "CHN", "People's Republic of China";
    qing_1689: "Qing", "1689" => "CHN", "Qing China";
    prc_1950: "the People's Republic of China", "1950" => "CHN", "People's Republic of China";
    the_peoples_republic_1970: "the People's Republic", "1970" => "CHN", "People's Republic of China";
    beiyang_government_1920: "the Beiyang government", "1920" => "CHNGOV", "Republic of China (Beiyang government)";
    nationalist_government_1930: "the Nationalist government", "1930" => "CHNGOV", "Republic of China (Nationalist government)";
    nationalist_government_1955_is_on_taiwan: "the Nationalist government", "1955" => "TWNGOV", "Republic of China (Taiwan)";
    nationalist_china_1940: "Nationalist China", "1940" => "CHN", "Republic of China (Nationalist government)";
    nationalist_china_1960: "Nationalist China", "1960" => "TWN", "Republic of China (Taiwan)";
    taiwan_1930_under_japan: "Taiwan", "1930" => "TWN", "Taiwan under Japanese rule";
    taiwan_2000: "Taiwan", "2000" => "TWN", "Republic of China (Taiwan)";
    sino_1960: "Sino", "1960" => "CHN", "People's Republic of China";
    hong_kong_1960: "Hong Kong", "1960" => "HKG", "British Hong Kong";
    hong_kong_2010: "Hong Kong", "2010" => "HKG", "Hong Kong Special Administrative Region";
    // Japan and Korea.
    japan_1700_is_the_shogunate: "Japan", "1700" => "JPN", "Tokugawa shogunate";
    japan_1905_is_the_empire: "Japan", "1905" => "JPN", "Empire of Japan";
    japan_1990: "Japan", "1990" => "JPN", "State of Japan";
    korea_1600_is_joseon: "Korea", "1600" => "KOR", "Joseon";
    korea_1905_is_the_korean_empire: "Korea", "1905" => "KOR", "Korean Empire";
    korea_1930_under_japan: "Korea", "1930" => "KOR", "Korea under Japanese rule";
    korea_1960_is_the_south: "Korea", "1960" => "KOR", "Republic of Korea";
    north_korea_1950: "North Korea", "1950" => "PRK", "Democratic People's Republic of Korea";
    // Germany and its neighbours.
    prussia_1800: "Prussia", "1800" => "DEU", "Kingdom of Prussia";
    germany_1900_is_the_empire: "Germany", "1900" => "DEU", "German Empire";
    germany_1925_is_weimar: "Germany", "1925" => "DEU", "Weimar Republic";
    germany_1940_is_nazi_germany: "Germany", "1940" => "DEU", "Nazi Germany";
    germany_1947_is_occupied: "Germany", "1947" => "DEU", "Allied-occupied Germany";
    germany_1970_is_west_germany: "Germany", "1970" => "DEU", "West Germany";
    germany_2000: "Germany", "2000" => "DEU", "Federal Republic of Germany";
    third_reich_1938: "the Third Reich", "1938" => "DEU", "Nazi Germany";
    east_germany_1970_is_ddr: "East Germany", "1970" => "DDR", "German Democratic Republic";
    austria_1820_is_the_empire: "Austria", "1820" => "AUT", "Austrian Empire";
    austria_1900_is_austria_hungary: "Austria", "1900" => "AUT", "Austria-Hungary";
    austria_hungary_1914: "Austria-Hungary", "1914" => "AUT", "Austria-Hungary";
    austria_1940_has_no_polity_of_its_own: "Austria", "1940" => "AUT", "";
    hungary_may_1919: "Hungary", "1919-05" => "HUN", "Hungarian Soviet Republic";
    poland_1700: "Poland", "1700" => "POL", "Polish–Lithuanian Commonwealth";
    poland_1970: "Poland", "1970" => "POL", "Polish People's Republic";
    ukraine_june_1918: "Ukraine", "1918-06" => "UKR", "Ukrainian State";
    ukraine_1960: "Ukraine", "1960" => "UKR", "Ukrainian SSR";
    czechoslovakia_1930: "Czechoslovakia", "1930" => "CZE", "Czechoslovakia (First Republic)";
    czechoslovakia_1968: "Czechoslovakia", "1968" => "CZE", "Czechoslovak Socialist Republic";
    czech_republic_2000: "the Czech Republic", "2000" => "CZE", "Czech Republic";
    yugoslavia_1935: "Yugoslavia", "1935" => "SRB", "Kingdom of Yugoslavia";
    yugoslavia_1950: "Yugoslavia", "1950" => "SRB", "Federal People's Republic of Yugoslavia";
    yugoslavia_1980: "Yugoslavia", "1980" => "SRB", "Socialist Federal Republic of Yugoslavia";
    yugoslavia_1995_is_the_fry: "Yugoslavia", "1995" => "SRB", "Federal Republic of Yugoslavia";
    serbia_1900: "Serbia", "1900" => "SRB", "Kingdom of Serbia";
    serbia_2004: "Serbia", "2004" => "SRB", "Serbia and Montenegro";
    ottoman_empire_1700: "the Ottoman Empire", "1700" => "TUR", "Ottoman Empire";
    turkey_1800_is_ottoman: "Turkey", "1800" => "TUR", "Ottoman Empire";
    turkey_1950: "Turkey", "1950" => "TUR", "Republic of Turkey";
    byzantium_1100: "Byzantium", "1100" => "BYZ", "Byzantine Empire";
    // France, Britain, Ireland, Iberia, Italy.
    france_1700: "France", "1700" => "FRA", "Kingdom of France";
    france_1810: "France", "1810" => "FRA", "First French Empire";
    france_in_the_hundred_days: "France", "1815-05" => "FRA", "First French Empire";
    france_1820: "France", "1820" => "FRA", "Bourbon Restoration";
    france_1860: "France", "1860" => "FRA", "Second French Empire";
    france_1900: "France", "1900" => "FRA", "French Third Republic";
    france_1942_is_vichy: "France", "1942" => "FRA", "French State (Vichy)";
    france_1950: "France", "1950" => "FRA", "French Fourth Republic";
    france_1970: "France", "1970" => "FRA", "French Fifth Republic";
    free_french_1942: "the Free French", "1942" => "FRAGOV", "French State (Vichy)";
    england_1600: "England", "1600" => "GBR", "Kingdom of England";
    england_1655: "England", "1655" => "GBR", "Commonwealth of England";
    britain_1750: "Britain", "1750" => "GBR", "Kingdom of Great Britain";
    britain_1850: "Britain", "1850" => "GBR", "United Kingdom of Great Britain and Ireland";
    uk_1950: "the UK", "1950" => "GBR", "United Kingdom";
    ireland_1930: "Ireland", "1930" => "IRL", "Irish Free State";
    spain_1937: "Spain", "1937" => "ESP", "Second Spanish Republic";
    spain_1960: "Spain", "1960" => "ESP", "Francoist Spain";
    spain_1990: "Spain", "1990" => "ESP", "Kingdom of Spain";
    portugal_1950: "Portugal", "1950" => "PRT", "Estado Novo";
    sardinia_1850: "Piedmont-Sardinia", "1850" => "ITA", "Kingdom of Sardinia";
    italy_1930: "Italy", "1930" => "ITA", "Fascist Italy";
    italy_1950: "Italy", "1950" => "ITA", "Italian Republic";
    papal_states_1800: "the Papal States", "1800" => "VAT", "Papal States";
    // Renamed states of Asia and Africa.
    persia_1900: "Persia", "1900" => "IRN", "Qajar Iran";
    iran_1970: "Iran", "1970" => "IRN", "Imperial State of Iran";
    iran_1990: "Iran", "1990" => "IRN", "Islamic Republic of Iran";
    siam_1900: "Siam", "1900" => "THA", "Kingdom of Siam";
    thailand_1990: "Thailand", "1990" => "THA", "Kingdom of Thailand";
    ceylon_1960: "Ceylon", "1960" => "LKA", "Dominion of Ceylon";
    burma_1960: "Burma", "1960" => "MMR", "Union of Burma";
    myanmar_2015: "Myanmar", "2015" => "MMR", "Republic of the Union of Myanmar";
    kampuchea_1977: "Kampuchea", "1977" => "KHM", "Democratic Kampuchea";
    kampuchea_1985: "Kampuchea", "1985" => "KHM", "People's Republic of Kampuchea";
    zaire_1980: "Zaire", "1980" => "COD", "Republic of Zaire";
    congo_1950_is_belgian: "Congo", "1950" => "COD", "Belgian Congo";
    congo_1980_is_brazzaville: "Congo", "1980" => "COG", "People's Republic of the Congo";
    congo_2005_is_kinshasa: "Congo", "2005" => "COD", "Democratic Republic of the Congo";
    abyssinia_1935: "Abyssinia", "1935" => "ETH", "Ethiopian Empire";
    ethiopia_1938_occupied: "Ethiopia", "1938" => "ETH", "Ethiopia under Italian occupation";
    ethiopia_1980: "Ethiopia", "1980" => "ETH", "Provisional Military Government of Socialist Ethiopia";
    north_vietnam_1965: "North Vietnam", "1965" => "VNM", "Democratic Republic of Vietnam";
    south_vietnam_1965: "South Vietnam", "1965" => "RVN", "Republic of Vietnam";
    vietnam_1990: "Vietnam", "1990" => "VNM", "Socialist Republic of Vietnam";
    south_yemen_1980: "South Yemen", "1980" => "YMD", "People's Democratic Republic of Yemen";
    north_yemen_1980: "North Yemen", "1980" => "YEM", "Yemen Arab Republic";
    rhodesia_1970: "Rhodesia", "1970" => "ZWE", "Rhodesia";
    upper_volta_1970: "Upper Volta", "1970" => "BFA", "Republic of Upper Volta";
    dahomey_1965: "Dahomey", "1965" => "BEN", "Republic of Dahomey";
    uar_1960: "the United Arab Republic", "1960" => "EGY", "United Arab Republic";
    east_pakistan_1965: "East Pakistan", "1965" => "BGD", "East Bengal (East Pakistan, part of Pakistan)";
    afghanistan_1985: "Afghanistan", "1985" => "AFG", "Democratic Republic of Afghanistan";
    afghanistan_1999: "Afghanistan", "1999" => "AFG", "Islamic Emirate of Afghanistan";
    afghanistan_2010: "Afghanistan", "2010" => "AFG", "Islamic Republic of Afghanistan";
    afghanistan_2023: "Afghanistan", "2023" => "AFG", "Islamic Emirate of Afghanistan";
    iraq_mid_2003: "Iraq", "2003-06" => "IRQ", "Coalition Provisional Authority";
    // The Americas.
    gran_colombia_1825: "Gran Colombia", "1825" => "COL", "Gran Colombia";
    new_spain_1700: "New Spain", "1700" => "MEX", "New Spain";
    mexico_1865_is_the_second_empire: "Mexico", "1865" => "MEX", "Second Mexican Empire";
    brazil_1870_is_the_empire: "Brazil", "1870" => "BRA", "Empire of Brazil";
    brazil_1970: "Brazil", "1970" => "BRA", "Brazilian military dictatorship";
    // Breakaway states are separatists of the state they left.
    biafra_1968: "Biafra", "1968" => "NGASEP", "Federal Republic of Nigeria";
    confederacy_1863: "the Confederacy", "1863" => "USASEP", "United States of America";
    // Capitals and seats of power, through their moves and renamings.
    moscow_1650_is_the_capital: "Moscow", "1650" => "RUSGOV", "Tsardom of Russia";
    moscow_1800_is_not: "Moscow", "1800" => "RUS", "Russian Empire";
    moscow_1950: "Moscow", "1950" => "RUSGOV", "Soviet Union";
    kremlin_1980: "the Kremlin", "1980" => "RUSGOV", "Soviet Union";
    st_petersburg_1800: "St Petersburg", "1800" => "RUSGOV", "Russian Empire";
    st_petersburg_2010: "St. Petersburg", "2010" => "RUS", "Russian Federation";
    petrograd_1916: "Petrograd", "1916" => "RUSGOV", "Russian Empire";
    petrograd_1920: "Petrograd", "1920" => "RUS", "Soviet Russia";
    leningrad_1941: "Leningrad", "1941" => "RUS", "Soviet Union";
    peking_1900: "Peking", "1900" => "CHNGOV", "Qing China";
    peking_1935_was_not_the_capital: "Peking", "1935" => "CHN", "Republic of China (Nationalist government)";
    peiping_1935: "Peiping", "1935" => "CHN", "Republic of China (Nationalist government)";
    beijing_1960: "Beijing", "1960" => "CHNGOV", "People's Republic of China";
    nanking_1930: "Nanking", "1930" => "CHNGOV", "Republic of China (Nationalist government)";
    nanjing_1940_occupied: "Nanjing", "1940" => "CHN", "Republic of China (Nationalist government)";
    chungking_1942: "Chungking", "1942" => "CHNGOV", "Republic of China (Nationalist government)";
    taipei_1960: "Taipei", "1960" => "TWNGOV", "Republic of China (Taiwan)";
    edo_1700: "Edo", "1700" => "JPNGOV", "Tokugawa shogunate";
    tokyo_1900: "Tokyo", "1900" => "JPNGOV", "Empire of Japan";
    constantinople_1200: "Constantinople", "1200" => "BYZGOV", "Byzantine Empire";
    constantinople_1600: "Constantinople", "1600" => "TURGOV", "Ottoman Empire";
    constantinople_1925: "Constantinople", "1925" => "TUR", "Republic of Turkey";
    sublime_porte_1850: "the Sublime Porte", "1850" => "TURGOV", "Ottoman Empire";
    ankara_1950: "Ankara", "1950" => "TURGOV", "Republic of Turkey";
    washington_1950: "Washington", "1950" => "USAGOV", "United States of America";
    white_house_1990: "the White House", "1990" => "USAGOV", "United States of America";
    pentagon_1990: "the Pentagon", "1990" => "USAMIL", "United States of America";
    richmond_1863: "Richmond", "1863" => "USASEP", "United States of America";
    downing_street_1940: "Downing Street", "1940" => "GBRGOV", "United Kingdom";
    elysee_1990: "the Élysée", "1990" => "FRAGOV", "French Fifth Republic";
    vichy_1942: "Vichy", "1942" => "FRAGOV", "French State (Vichy)";
    berlin_1900: "Berlin", "1900" => "DEUGOV", "German Empire";
    berlin_1960_was_divided: "Berlin", "1960" => "DEU", "West Germany";
    east_berlin_1970: "East Berlin", "1970" => "DDRGOV", "German Democratic Republic";
    bonn_1970: "Bonn", "1970" => "DEUGOV", "West Germany";
    bonn_2005: "Bonn", "2005" => "DEU", "Federal Republic of Germany";
    saigon_1968: "Saigon", "1968" => "RVNGOV", "Republic of Vietnam";
    hanoi_1968: "Hanoi", "1968" => "VNMGOV", "Democratic Republic of Vietnam";
    rangoon_1970: "Rangoon", "1970" => "MMRGOV", "Union of Burma";
    calcutta_1900: "Calcutta", "1900" => "INDGOV", "British Raj";
    new_delhi_1960: "New Delhi", "1960" => "INDGOV", "Republic of India";
    rio_1900: "Rio de Janeiro", "1900" => "BRAGOV", "First Brazilian Republic";
    brasilia_2000: "Brasília", "2000" => "BRAGOV", "Federative Republic of Brazil";
    leopoldville_1965: "Léopoldville", "1965" => "CODGOV", "Republic of the Congo (Léopoldville)";
    salisbury_1970: "Salisbury", "1970" => "ZWEGOV", "Rhodesia";
    tehran_1979: "Tehran", "1979" => "IRNGOV", "Islamic Republic of Iran";
    // Groups.
    the_west_1990: "the West", "1990" => "WST", "";
    western_powers_1900: "the Western powers", "1900" => "WST", "";
    colonial_powers_1900: "colonial powers", "1900" => "WST", "";
    allies_1916: "the Allies", "1916" => "ALD", "";
    allies_1944: "the Allies", "1944" => "ALD", "";
    axis_1942: "the Axis", "1942" => "AXS", "";
    central_powers_1916: "the Central Powers", "1916" => "CNP", "";
    eastern_bloc_1970: "the Eastern Bloc", "1970" => "EEU", "";
    international_community_2000: "the international community", "2000" => "INT", "";
    latin_america_1980: "Latin America", "1980" => "LAM", "";
    latin_american_is_not_american: "Latin American", "1980" => "LAM", "";
    west_bank_is_not_the_west: "the West Bank", "2000" => "PSE", "";
    // Ambiguous names without context take the most common reading.
    georgia_without_context_is_the_country: "Georgia", "2000" => "GEO", "Georgia";
    korea_1960_without_context_is_the_south: "Korea", "1960" => "KOR", "Republic of Korea";
    dominican_is_the_dominican_republic: "Dominican", "1990" => "DOM", "Dominican Republic";
    congolese_is_kinshasa: "Congolese", "2000" => "COD", "Democratic Republic of the Congo";
}

/// Resolves `text` at `date` with `focus` in context.
fn in_context(text: &str, date: &str, focus: &[&str]) -> (String, Choice, usize) {
    let kb = kb();
    let r = kb
        .resolve(
            kb.name_index(text).expect("a known name"),
            interval(date),
            focus,
        )
        .expect("resolves");
    (r.code.to_string(), r.choice, r.alternatives)
}

#[test]
fn georgia_in_an_american_context_is_the_us_state() {
    assert_eq!(
        in_context("Georgia", "1864", &["USA"]),
        ("USA".into(), Choice::Context, 1)
    );
    assert_eq!(
        in_context("Georgia", "2008", &["RUS"]),
        ("GEO".into(), Choice::Common, 1)
    );
}

#[test]
fn congo_in_context_follows_the_country_in_focus() {
    assert_eq!(in_context("Congo", "2005", &["COG"]).0, "COG");
    assert_eq!(in_context("Congo", "2005", &["COD"]).0, "COD");
    // While Kinshasa's state was Zaire, "Congo" has one reading whatever the focus.
    assert_eq!(
        in_context("Congo", "1980", &["COD"]),
        ("COG".into(), Choice::Only, 0)
    );
}

#[test]
fn korea_after_1948_has_two_readings() {
    assert_eq!(
        in_context("Korea", "1950", &["PRK"]),
        ("PRK".into(), Choice::Context, 1)
    );
    assert_eq!(
        in_context("Korea", "1930", &["PRK"]),
        ("KOR".into(), Choice::Only, 0)
    );
}

#[test]
fn the_republic_is_whichever_republic_is_in_focus() {
    assert_eq!(in_context("Republic", "1930", &["CHN"]).0, "CHN");
    assert_eq!(in_context("Republic", "1930", &["FRA"]).0, "FRA");
    assert_eq!(in_context("Republic", "1960", &["TWN"]).0, "TWN");
    let (_, choice, alternatives) = in_context("Republic", "1930", &[]);
    assert_eq!(choice, Choice::Common);
    assert_eq!(
        alternatives, 2,
        "the Weimar, French and Chinese republics of 1930"
    );
}

#[test]
fn candidates_list_every_reading_for_explain() {
    let kb = kb();
    let all = kb.candidates(kb.name_index("Congo").unwrap(), interval("1965"), &[]);
    let fitting: Vec<&str> = all.iter().filter(|c| c.in_period).map(|c| c.code).collect();
    assert_eq!(fitting, ["COD", "COG"]);
    assert!(
        all.len() >= 6,
        "every polity that carries the name is a candidate"
    );
}

#[test]
fn renamed_places_bound_undated_events() {
    let kb = kb();
    let bounds = |name: &str| {
        kb.resolve(kb.name_index(name).unwrap(), None, &[])
            .unwrap()
            .bounds()
            .unwrap()
    };
    let leningrad = bounds("Leningrad");
    assert_eq!(
        (leningrad.start.to_string(), leningrad.end.to_string()),
        ("1924-01-26".into(), "1991-09-05".into())
    );
    let petrograd = bounds("Petrograd");
    assert_eq!((petrograd.start.year, petrograd.end.year), (1914, 1924));
    let ussr = bounds("Soviet Union");
    assert_eq!(
        (ussr.start.to_string(), ussr.end.to_string()),
        ("1922-12-30".into(), "1991-12-26".into())
    );
    // A country across its whole history bounds nothing.
    assert!(kb
        .resolve(kb.name_index("Russia").unwrap(), None, &[])
        .unwrap()
        .bounds()
        .is_none());
}

#[test]
fn undated_names_say_so() {
    let kb = kb();
    let r = kb
        .resolve(kb.name_index("Soviets").unwrap(), None, &[])
        .unwrap();
    assert!(r.undated);
    assert_eq!(r.label, "Soviet Union", "the longest-lived reading");
}

#[test]
fn a_name_outside_its_periods_takes_the_nearest_and_says_so() {
    let kb = kb();
    let r = kb
        .resolve(
            kb.name_index("Soviet Union").unwrap(),
            interval("1850"),
            &[],
        )
        .unwrap();
    assert_eq!(r.code, "RUS");
    assert!(!r.in_period);
}

#[test]
fn every_un_member_has_a_current_polity_and_a_capital_or_is_a_city_state() {
    let kb = kb();
    let now = interval("2024");
    for r in kb
        .rows()
        .iter()
        .filter(|r| r.is_country_row() && (r.has_tag("member") || r.has_tag("observer")))
    {
        assert!(
            kb.polity(&r.code, now).is_some(),
            "{} has no polity in 2024",
            r.code
        );
        let capital = kb.rows().iter().any(|p| {
            p.kind == crate::ActorKind::Place
                && p.code == format!("{}GOV", r.code)
                && p.end.is_none()
        });
        assert!(
            capital || ["SGP", "VAT"].contains(&r.code.as_str()),
            "{} has no capital",
            r.code
        );
    }
}
