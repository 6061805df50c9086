//! Resolution tests for cities, regions and islands that are not seats of
//! government: name x date -> the code of the state that held the place then
//! (the rules head that section of `places.tsv`).

use crate::tests::{interval, kb};

resolves! {
    // Renamed cities: each name within its dates, one code through the renamings.
    tsaritsyn_1919: "Tsaritsyn", "1919" => "RUS", "Soviet Russia";
    stalingrad_1942: "Stalingrad", "1942-11" => "RUS", "Soviet Union";
    volgograd_1970: "Volgograd", "1970" => "RUS", "Soviet Union";
    volgograd_2010: "Volgograd", "2010" => "RUS", "Russian Federation";
    kuibyshev_1941: "Kuibyshev", "1941-10" => "RUS", "Soviet Union";
    yekaterinburg_1918: "Yekaterinburg", "1918-07" => "RUS", "Soviet Russia";
    sverdlovsk_1960: "Sverdlovsk", "1960" => "RUS", "Soviet Union";
    voroshilovgrad_1980: "Voroshilovgrad", "1980" => "UKR", "Ukrainian SSR";
    luhansk_2015_under_the_rebels: "Luhansk", "2015" => "UKR", "Ukraine";
    // Koenigsberg and Kaliningrad.
    koenigsberg_1900: "Königsberg", "1900" => "DEU", "German Empire";
    koenigsberg_1944: "Koenigsberg", "1944" => "DEU", "Nazi Germany";
    kaliningrad_1950: "Kaliningrad", "1950" => "RUS", "Soviet Union";
    east_prussia_1930: "East Prussia", "1930" => "DEU", "Weimar Republic";
    // Alsace-Lorraine: German 1871-1918; the annexation of 1940 changes nothing.
    strasbourg_1860: "Strasbourg", "1860" => "FRA", "Second French Empire";
    strasbourg_1880: "Strasbourg", "1880" => "DEU", "German Empire";
    strasbourg_1930: "Strasbourg", "1930" => "FRA", "French Third Republic";
    strassburg_1900: "Strassburg", "1900" => "DEU", "German Empire";
    metz_1880: "Metz", "1880" => "DEU", "German Empire";
    alsace_1900: "Alsace", "1900" => "DEU", "German Empire";
    alsace_1940_stays_french: "Alsace", "1940-12" => "FRA", "French State (Vichy)";
    alsace_lorraine_1914: "Alsace-Lorraine", "1914" => "DEU", "German Empire";
    // Sakhalin and the Kurils.
    sakhalin_1890: "Sakhalin", "1890" => "RUS", "Russian Empire";
    karafuto_1930: "Karafuto", "1930" => "JPN", "Empire of Japan";
    south_sakhalin_1940: "South Sakhalin", "1940" => "JPN", "Empire of Japan";
    sakhalin_1950: "Sakhalin", "1950" => "RUS", "Soviet Union";
    kurils_1930: "the Kuril Islands", "1930" => "JPN", "Empire of Japan";
    kurils_the_day_before_the_invasion: "Kurils", "1945-08-17" => "JPN", "Empire of Japan";
    kurils_1950: "the Kuril Islands", "1950" => "RUS", "Soviet Union";
    kuriles_2000: "the Kuriles", "2000" => "RUS", "Russian Federation";
    // Damansky (Zhenbao): Soviet until the border agreement of 1991.
    damansky_1969: "Damansky Island", "1969-03" => "RUS", "Soviet Union";
    zhenbao_1969: "Zhenbao Island", "1969-03" => "RUS", "Soviet Union";
    zhenbao_2000: "Zhenbao Island", "2000" => "CHN", "People's Republic of China";
    // Leased ports: the power that held the lease.
    port_arthur_1900: "Port Arthur", "1900" => "RUS", "Russian Empire";
    port_arthur_1910: "Port Arthur", "1910" => "JPN", "Empire of Japan";
    port_arthur_1950_soviet_base: "Port Arthur", "1950" => "RUS", "Soviet Union";
    port_arthur_1960: "Port Arthur", "1960" => "CHN", "People's Republic of China";
    lushun_1990: "Lüshun", "1990" => "CHN", "People's Republic of China";
    tsingtao_1910: "Tsingtao", "1910" => "DEU", "German Empire";
    qingdao_1920: "Qingdao", "1920" => "JPN", "Empire of Japan";
    qingdao_1930: "Qingdao", "1930" => "CHN", "Republic of China (Nationalist government)";
    weihaiwei_1920: "Weihaiwei", "1920" => "GBR", "";
    // Hong Kong and Macau.
    kowloon_1850: "Kowloon", "1850" => "CHN", "Qing China";
    kowloon_1900: "Kowloon", "1900" => "HKG", "British Hong Kong";
    kowloon_2000: "Kowloon", "2000" => "HKG", "Hong Kong Special Administrative Region";
    new_territories_1990: "the New Territories", "1990" => "HKG", "British Hong Kong";
    macau_1980: "Macau", "1980" => "MAC", "Portuguese Macau";
    macao_2005: "Macao", "2005" => "MAC", "Macao Special Administrative Region";
    // Mainland places the Republic of China held after 1 October 1949 are TWN.
    quemoy_1958: "Quemoy", "1958" => "TWN", "Republic of China (Taiwan)";
    kinmen_2000: "Kinmen", "2000" => "TWN", "Republic of China (Taiwan)";
    matsu_1960: "the Matsu Islands", "1960" => "TWN", "Republic of China (Taiwan)";
    kinmen_1937: "Kinmen", "1937" => "CHN", "Republic of China (Nationalist government)";
    guangzhou_october_1949: "Guangzhou", "1949-10-05" => "TWN", "Republic of China (Taiwan)";
    hainan_june_1950: "Hainan", "1950-06" => "CHN", "People's Republic of China";
    // Manchuria and Manchukuo are China's.
    manchuria_1935: "Manchuria", "1935" => "CHN", "Republic of China (Nationalist government)";
    hsinking_1940: "Hsinking", "1940" => "CHN", "";
    mukden_1931: "Mukden", "1931-09" => "CHN", "";
    // Crimea: Russian, then Ukrainian from 1954; the annexation of 2014 changes nothing.
    crimea_1900: "Crimea", "1900" => "RUS", "Russian Empire";
    crimea_1950: "Crimea", "1950" => "RUS", "Soviet Union";
    crimea_1960: "Crimea", "1960" => "UKR", "Ukrainian SSR";
    crimea_2015: "Crimea", "2015" => "UKR", "Ukraine";
    sebastopol_1855: "Sebastopol", "1855" => "RUS", "Russian Empire";
    sevastopol_2020: "Sevastopol", "2020" => "UKR", "Ukraine";
    yalta_1945: "Yalta", "1945-02" => "RUS", "Soviet Union";
    odessa_1941_occupied: "Odessa", "1941-11" => "UKR", "Ukrainian SSR";
    // Lviv: Austrian, Polish, Soviet Ukrainian.
    lemberg_1900: "Lemberg", "1900" => "AUT", "Austria-Hungary";
    lwow_1930: "Lwów", "1930" => "POL", "Second Polish Republic";
    lviv_1942_occupied: "Lviv", "1942" => "UKR", "";
    // Central and eastern Europe.
    danzig_1900: "Danzig", "1900" => "DEU", "German Empire";
    gdansk_1980: "Gdańsk", "1980" => "POL", "Polish People's Republic";
    breslau_1900: "Breslau", "1900" => "DEU", "German Empire";
    wroclaw_1970: "Wrocław", "1970" => "POL", "Polish People's Republic";
    dresden_1970: "Dresden", "1970" => "DDR", "German Democratic Republic";
    leipzig_2000: "Leipzig", "2000" => "DEU", "Federal Republic of Germany";
    sudetenland_1939: "the Sudetenland", "1939" => "CZE", "";
    bessarabia_1900: "Bessarabia", "1900" => "RUS", "Russian Empire";
    bessarabia_1930: "Bessarabia", "1930" => "ROU", "Kingdom of Romania";
    bessarabia_1950: "Bessarabia", "1950" => "MDA", "Moldavian SSR";
    trieste_1910: "Trieste", "1910" => "AUT", "Austria-Hungary";
    trieste_1930: "Trieste", "1930" => "ITA", "Fascist Italy";
    fiume_1930: "Fiume", "1930" => "ITA", "Fascist Italy";
    salonika_1900: "Salonika", "1900" => "TUR", "Ottoman Empire";
    salonika_1916: "Salonika", "1916" => "GRC", "Kingdom of Greece";
    mitrovica_2010: "Mitrovica", "2010" => "XKX", "";
    heligoland_1900: "Heligoland", "1900" => "DEU", "German Empire";
    // The Middle East.
    basra_1900: "Basra", "1900" => "TUR", "Ottoman Empire";
    basra_2003: "Basra", "2003-04" => "IRQ", "";
    mosul_1925: "Mosul", "1925" => "IRQ", "Kingdom of Iraq";
    hatay_1930: "Alexandretta", "1930" => "SYR", "French Mandate for Syria";
    hatay_1950: "Hatay", "1950" => "TUR", "Republic of Turkey";
    golan_heights_1990: "the Golan Heights", "1990" => "SYR", "Syrian Arab Republic";
    sinai_1970: "Sinai", "1970" => "EGY", "";
    kars_1890: "Kars", "1890" => "RUS", "Russian Empire";
    kars_1920: "Kars", "1920-06" => "ARM", "";
    kars_1930: "Kars", "1930" => "TUR", "Republic of Turkey";
    famagusta_1850: "Famagusta", "1850" => "TUR", "Ottoman Empire";
    famagusta_1970: "Famagusta", "1970" => "CYP", "Republic of Cyprus";
    famagusta_1990: "Famagusta", "1990" => "CYPSEP", "";
    tobruk_1941: "Tobruk", "1941" => "LBY", "";
    haifa_1960: "Haifa", "1960" => "ISR", "";
    // South and Southeast Asia, Korea, Japan.
    goa_1950: "Goa", "1950" => "PRT", "Estado Novo";
    goa_1970: "Goa", "1970" => "IND", "Republic of India";
    pondicherry_1950: "Pondicherry", "1950" => "FRA", "French Fourth Republic";
    lahore_1900: "Lahore", "1900" => "IND", "British Raj";
    lahore_1960: "Lahore", "1960" => "PAK", "Islamic Republic of Pakistan";
    chittagong_1960: "Chittagong", "1960" => "BGD", "East Bengal (East Pakistan, part of Pakistan)";
    da_nang_1968: "Da Nang", "1968" => "RVN", "Republic of Vietnam";
    da_nang_1980: "Da Nang", "1980" => "VNM", "Socialist Republic of Vietnam";
    khe_sanh_1968: "Khe Sanh", "1968" => "RVN", "Republic of Vietnam";
    battambang_1942: "Battambang", "1942" => "KHM", "";
    kaesong_1949: "Kaesong", "1949" => "KOR", "Republic of Korea";
    kaesong_1960: "Kaesong", "1960" => "PRK", "Democratic People's Republic of Korea";
    okinawa_1960: "Okinawa", "1960" => "JPN", "State of Japan";
    // Africa and the Americas.
    hargeisa_2000: "Hargeisa", "2000" => "SOMSEP", "";
    enugu_1967: "Enugu", "1967-07" => "NGASEP", "";
    stanleyville_1964: "Stanleyville", "1964" => "COD", "";
    alaska_1860: "Alaska", "1860" => "RUS", "Russian Empire";
    alaska_1900: "Alaska", "1900" => "USA", "United States of America";
    texas_1830: "Texas", "1830" => "MEX", "";
    texas_1850: "Texas", "1850" => "USA", "United States of America";
    vicksburg_1862: "Vicksburg", "1862" => "USASEP", "";
    atlanta_1870: "Atlanta", "1870" => "USA", "United States of America";
    panama_canal_1950: "the Panama Canal", "1950" => "USA", "United States of America";
    panama_canal_2005: "the Panama Canal", "2005" => "PAN", "";
}

/// The code a name resolves to at `date`, and whether a row of it holds then.
fn held(name: &str, date: &str) -> (String, bool) {
    let kb = kb();
    let r = kb
        .resolve(
            kb.name_index(name).expect("a known name"),
            interval(date),
            &[],
        )
        .expect("resolves");
    (r.code.to_string(), r.in_period)
}

#[test]
fn the_day_of_a_transfer_and_the_day_after_have_different_holders() {
    // (name, the last day of the old holder, its code, the new holder's code):
    // the new holder's row begins the next day.
    let cases = [
        ("Königsberg", "1945-04-09", "DEU", "RUS"),
        ("Strasbourg", "1870-09-28", "FRA", "DEU"),
        ("Strasbourg", "1918-11-10", "DEU", "FRA"),
        ("Alsace", "1871-05-10", "FRA", "DEU"),
        ("Port Arthur", "1905-01-02", "RUS", "JPN"),
        ("Qingdao", "1914-11-07", "DEU", "JPN"),
        ("Kowloon", "1860-10-24", "CHN", "HKG"),
        ("New Territories", "1898-06-30", "CHN", "HKG"),
        ("Kinmen", "1949-09-30", "CHN", "TWN"),
        ("Xiamen", "1949-10-17", "TWN", "CHN"),
        ("Hainan", "1950-05-01", "TWN", "CHN"),
        ("Dresden", "1990-10-02", "DDR", "DEU"),
        ("Kars", "1877-11-18", "TUR", "RUS"),
        ("Kars", "1920-10-30", "ARM", "TUR"),
        ("Famagusta", "1983-11-14", "CYP", "CYPSEP"),
        ("Lahore", "1947-08-13", "IND", "PAK"),
        ("Goa", "1961-12-19", "PRT", "IND"),
        ("Alaska", "1867-10-18", "RUS", "USA"),
        ("Vicksburg", "1863-07-04", "USASEP", "USA"),
        ("Canal Zone", "1979-09-30", "USA", "PAN"),
        ("Mitrovica", "2008-02-16", "SRB", "XKX"),
    ];
    for (name, last, old, new) in cases {
        let next = annals_time::Date::parse(last)
            .unwrap()
            .add_days(1)
            .to_string();
        assert_eq!(held(name, last), (old.into(), true), "{name} on {last}");
        assert_eq!(held(name, &next), (new.into(), true), "{name} on {next}");
    }
}

#[test]
fn a_renamed_city_holds_each_name_only_within_its_dates() {
    let kb = kb();
    let bounds = |name: &str| {
        let b = kb
            .resolve(kb.name_index(name).unwrap(), None, &[])
            .unwrap()
            .bounds()
            .unwrap();
        (b.start.to_string(), b.end.to_string())
    };
    assert_eq!(
        bounds("Tsaritsyn"),
        ("1589-01-01".into(), "1925-04-09".into())
    );
    assert_eq!(
        bounds("Stalingrad"),
        ("1925-04-10".into(), "1961-11-09".into())
    );
    assert_eq!(
        bounds("Volgograd"),
        ("1961-11-10".into(), "9999-12-31".into())
    );
    assert_eq!(
        bounds("Kaliningrad"),
        ("1946-07-04".into(), "9999-12-31".into())
    );
    // Outside its dates a name still means the same state, but says it is out of period.
    assert_eq!(held("Stalingrad", "1970"), ("RUS".into(), false));
    assert_eq!(held("Volgograd", "1942"), ("RUS".into(), false));
    assert_eq!(held("Kaliningrad", "1930"), ("RUS".into(), false));
    assert_eq!(held("Königsberg", "1946-07-03"), ("RUS".into(), true));
    assert_eq!(held("Kaliningrad", "1946-07-04"), ("RUS".into(), true));
    // Luhansk was Voroshilovgrad twice, and Luhansk in between.
    assert_eq!(held("Voroshilovgrad", "1940"), ("UKR".into(), true));
    assert_eq!(held("Voroshilovgrad", "1965").1, false);
    assert_eq!(held("Luhansk", "1965"), ("UKR".into(), true));
    assert_eq!(held("Luhansk", "1980").1, false);
}

#[test]
fn a_holder_the_kb_has_no_code_for_leaves_its_period_empty() {
    // The Free City of Danzig, the Free Territory of Trieste, the Saar
    // Protectorate, the Republic of Texas.
    for (name, date) in [
        ("Danzig", "1930"),
        ("Trieste", "1950"),
        ("Saar", "1950"),
        ("Texas", "1840"),
    ] {
        assert!(!held(name, date).1, "{name} in {date}");
    }
    // Nor does a name hold while its place was changing hands.
    assert!(!held("Kuril Islands", "1945-08-25").1);
    assert!(held("Kuril Islands", "1945-10").1);
}
