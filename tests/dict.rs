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
        "# a broken file\nx1\tRUSGOV\t1953\t1922\tGeneral Secretary\tSomeone\nx2\tRUSXYZ1\t1900\t\tking\tOther\nx3\tRUSGOV\t19x\t\tking\tThird\n",
    );
    let o = dir.run(&["dict", "check", "mine"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("people.tsv:2: end before start"), "{out}");
    assert!(out.contains("people.tsv:3: bad actor code"), "{out}");
    assert!(out.contains("people.tsv:4: bad date"), "{out}");
});

annals_test!(check_finds_overlapping_terms_of_one_office, |dir| {
    dir.write(
        "mine/actors/people.tsv",
        "a\tXYZGOV\t1900\t1910\tPresident\tAlpha Person\nb\tXYZGOV\t1905\t1915\tPresident\tBeta Person\n",
    );
    let o = dir.run(&["dict", "check", "mine"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("overlaps"), "{}", stdout(&o));
});

annals_test!(lookup_resolves_by_date, |dir| {
    let o = dir.run(&["dict", "lookup", "Russia", "--date", "1950"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("polity Soviet Union"), "{}", stdout(&o));
    let o = dir.run(&["dict", "lookup", "Republic of China", "--date", "1960"]);
    assert!(stdout(&o).contains(": TWN"), "{}", stdout(&o));
});

annals_test!(user_dictionary_extends_lookup, |dir| {
    dir.write(
        "mine/actors/places.tsv",
        "atlantis\tGRC\t-0500\t-0400\tlost city\tAtlantis\n",
    );
    let o = dir.run(&["--version"]);
    assert!(o.status.success());
    let o = dir.run(&[
        "dict", "--dict", "mine", "lookup", "Atlantis", "--date", "-0450",
    ]);
    assert!(stdout(&o).contains("Atlantis: GRC"), "{}", stdout(&o));
});
