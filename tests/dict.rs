//! `annals dict`: stats, check, lookup.

use crate::util::stdout;

annals_test!(check_passes_on_builtin_data, |dir| {
    let o = dir.run(&["dict", "check"]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(stdout(&o).starts_with("ok:"));
});

annals_test!(check_reports_broken_rows_with_file_and_line, |dir| {
    dir.write(
        "mine/actors/people.tsv",
        "# a broken file\nx1\tRUSGOV\t1953\t1922\tGeneral Secretary\tSomeone\nx2\tRUSXYZ1\t1900\t\tking\tOther\nx3\tRUSGOV\t19x\t\tking\tThird\nx4\tRUSGOV\n",
    );
    let o = dir.run(&["dict", "check", "mine"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("people.tsv:2: end before start"), "{out}");
    assert!(out.contains("people.tsv:3: bad actor code"), "{out}");
    assert!(out.contains("people.tsv:4: bad date"), "{out}");
    assert!(out.contains("people.tsv:5: expected at least 5"), "{out}");
    assert!(out.contains("4 problem(s)"), "{out}");
});

annals_test!(check_finds_overlapping_terms_of_one_office, |dir| {
    dir.write(
        "mine/actors/people.tsv",
        "a\tRUSGOV\t1900\t1910\tPresident\tAlpha Person\nb\tRUSGOV\t1905\t1915\tPresident\tBeta Person\nc\tRUSGOV\t1910\t1920\tMinister\tGamma Person\n",
    );
    let o = dir.run(&["dict", "check", "mine"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("people.tsv:1: term of a as \"President\" overlaps that of b"),
        "{out}"
    );
    assert!(
        !out.contains("Gamma"),
        "a minister is not a single office: {out}"
    );
    assert!(out.contains("1 problem(s)"), "{out}");
});

annals_test!(check_finds_a_place_held_by_two_states_at_once, |dir| {
    dir.write(
        "mine/actors/places.tsv",
        "vyborg\tFIN\t1917-12-06\t1940-03-13\tcity\tViipuri\nvyborg\tRUS\t1940-03-13\t\tcity\tVyborg\n",
    );
    let o = dir.run(&["dict", "check", "mine"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("places.tsv:1: place vyborg held by FIN overlaps its period under RUS"),
        "{out}"
    );
    // The day after is fine.
    dir.write(
        "mine/actors/places.tsv",
        "vyborg\tFIN\t1917-12-06\t1940-03-13\tcity\tViipuri\nvyborg\tRUS\t1940-03-14\t\tcity\tVyborg\n",
    );
    let o = dir.run(&["dict", "check", "mine"]);
    assert!(o.status.success(), "{}", stdout(&o));
});

annals_test!(check_finds_unknown_codes, |dir| {
    dir.write("mine/actors/people.tsv", "a\tXYZGOV\t1900\t1910\tPresident\tAlpha\nb\tRUSQQQ\t1900\t1910\tgeneral\tBeta\nc\tIGOUNO\t1945\t\tbody\tGamma\n");
    let o = dir.run(&["dict", "check", "mine"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("people.tsv:1: unknown country or group code \"XYZ\""),
        "{out}"
    );
    assert!(
        out.contains("people.tsv:2: unknown agent code \"QQQ\""),
        "{out}"
    );
    assert!(
        !out.contains("people.tsv:3"),
        "IGO codes take any organization code: {out}"
    );
});

annals_test!(a_user_state_row_defines_its_code, |dir| {
    dir.write(
        "mine/actors/states.tsv",
        "XYZ\tXYZ\t\t\t\tXyzland\nXYZ.k\tXYZ\t1900\t\tKingdom of Xyzland\t\n",
    );
    dir.write(
        "mine/actors/people.tsv",
        "a\tXYZGOV\t1900\t1910\tKing\tAlpha\n",
    );
    let o = dir.run(&["dict", "check", "mine"]);
    assert!(o.status.success(), "{}", stdout(&o));
});

annals_test!(check_finds_overlapping_polities_of_one_country, |dir| {
    dir.write(
        "mine/actors/states.tsv",
        "RUS.extra\tRUS\t1950\t1960\tSoviet Something\tSoviet Something\n\
XYZ\tXYZ\t\t\t\tXyzland\n\
XYZ.a\tXYZ\t1800\t1805-06-01\tFirst Xyz\t\n\
XYZ.b\tXYZ\t1805-06-01\t1810\tSecond Xyz\t\n\
XYZ.c\tXYZ\t1809\t1820\tThird Xyz\t\n",
    );
    let o = dir.run(&["dict", "check", "mine"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("overlaps")
            && out.contains("Soviet Something")
            && out.contains("Soviet Union"),
        "{out}"
    );
    // One polity may begin on the day the one before it ends; a year's overlap is reported.
    assert!(!out.contains("\"First Xyz\""), "{out}");
    assert!(
        out.contains("polity \"Second Xyz\" (XYZ.b) overlaps \"Third Xyz\""),
        "{out}"
    );
    assert!(out.contains("2 problem(s)"), "{out}");
});

annals_test!(check_finds_one_name_meaning_two_countries, |dir| {
    dir.write(
        "mine/actors/places.tsv",
        "p1\tFRAGOV\t1900\t\tcapital\tMetropolis\np2\tDEUGOV\t1950\t\tcapital\tMetropolis\n",
    );
    let o = dir.run(&["dict", "check", "mine"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("places.tsv:1: name \"Metropolis\" means FRAGOV (p1) and DEUGOV"),
        "{}",
        stdout(&o)
    );
    // Marking one reading as secondary resolves it; so do disjoint periods.
    dir.write("mine/actors/places.tsv", "p1\tFRAGOV\t1900\t\tcapital\tMetropolis\np2\tDEUGOV\t1950\t\tcapital\t~Metropolis\np3\tITA\t1800\t1850\tcity\tGotham\np4\tESP\t1851\t\tcity\tGotham\n");
    let o = dir.run(&["dict", "check", "mine"]);
    assert!(o.status.success(), "{}", stdout(&o));
});

annals_test!(check_finds_a_second_country_row, |dir| {
    dir.write("mine/actors/states.tsv", "Russia2\tRUS\t\t\t\tRussland\n");
    let o = dir.run(&["dict", "check", "mine"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("a second country row for RUS"),
        "{}",
        stdout(&o)
    );
});

annals_test!(check_names_an_unreadable_directory, |dir| {
    let o = dir.run(&["dict", "check", "no-such-dir"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("no-such-dir: cannot read"),
        "{}",
        stdout(&o)
    );
});

annals_test!(lookup_resolves_by_date, |dir| {
    let o = dir.run(&["dict", "lookup", "Russia", "--date", "1950"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("polity Soviet Union"), "{}", stdout(&o));
    let o = dir.run(&["dict", "lookup", "Republic of China", "--date", "1960"]);
    assert!(stdout(&o).contains(": TWN"), "{}", stdout(&o));
    let o = dir.run(&["dict", "lookup", "the Soviets"]);
    assert!(stdout(&o).contains("undated"), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("bounds undated events to 1917-11-08 – 1991-12-26"),
        "{}",
        stdout(&o)
    );
});

annals_test!(lookup_shows_the_other_readings_and_follows_focus, |dir| {
    let o = dir.run(&["dict", "lookup", "Georgia", "--date", "1864"]);
    let out = stdout(&o);
    assert!(out.starts_with("Georgia: GEO"), "{out}");
    assert!(out.contains("  or USA (georgia.us)"), "{out}");
    let o = dir.run(&[
        "dict", "lookup", "Georgia", "--date", "1864", "--focus", "USA,MEX",
    ]);
    assert!(stdout(&o).starts_with("Georgia: USA"), "{}", stdout(&o));
    assert!(stdout(&o).contains("reading: context"), "{}", stdout(&o));
});

annals_test!(lookup_of_an_unknown_name_fails, |dir| {
    let o = dir.run(&["dict", "lookup", "Atlantis"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("not a known name"));
});

annals_test!(user_dictionary_extends_lookup, |dir| {
    dir.write(
        "mine/actors/places.tsv",
        "atlantis\tGRC\t-0500\t-0400\tlost city\tAtlantis\n",
    );
    let o = dir.run(&[
        "dict", "--dict", "mine", "lookup", "Atlantis", "--date", "-0450",
    ]);
    assert!(stdout(&o).contains("Atlantis: GRC"), "{}", stdout(&o));
});

annals_test!(user_rows_override_builtin_rows_of_the_same_id, |dir| {
    // Moving the Soviet Union's end: the user's row replaces the built-in one.
    dir.write(
        "mine/actors/states.tsv",
        "RUS.ussr\tRUS\t1922-12-30\t1991-12-31\tUSSR (my dating)\tSoviet Union\n",
    );
    let o = dir.run(&[
        "dict",
        "--dict",
        "mine",
        "lookup",
        "Soviet Union",
        "--date",
        "1991-12-30",
    ]);
    assert!(stdout(&o).contains("[USSR (my dating)]"), "{}", stdout(&o));
});

annals_test!(
    a_broken_user_dictionary_is_an_error_naming_file_and_line,
    |dir| {
        dir.write(
            "mine/actors/places.tsv",
            "atlantis\tGRC\t-05x0\t\tlost city\tAtlantis\n",
        );
        let o = dir.run(&["dict", "--dict", "mine", "lookup", "Atlantis"]);
        assert_eq!(o.status.code(), Some(2));
        assert!(
            crate::util::stderr(&o).contains("places.tsv:1: bad date"),
            "{}",
            crate::util::stderr(&o)
        );
    }
);

annals_test!(stats_counts_states_polities_and_places, |dir| {
    let o = dir.run(&["dict", "stats"]);
    assert!(o.status.success());
    let out = stdout(&o);
    let count = |what: &str| -> usize {
        let line = out
            .lines()
            .find(|l| l.trim_start().starts_with(what))
            .unwrap_or_else(|| panic!("{what}: {out}"));
        line.split_whitespace().last().unwrap().parse().unwrap()
    };
    assert_eq!(count("UN member states"), 193);
    assert_eq!(count("UN observer states"), 2);
    assert!(count("current states") >= 195, "{out}");
    assert!(count("historical polities") >= 80, "{out}");
    assert!(count("places") >= 195, "{out}");
    assert!(count("groups") >= 5, "{out}");
});
