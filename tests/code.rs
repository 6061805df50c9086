//! `annals code` integration tests: the record format (JSONL, CSV, TSV), `-o`,
//! `--explain`, `--dict`, several inputs, snapshots of the bundled examples;
//! the seed history (`code/seed.rs`, its phases in `code/seed_timeline.rs`)
//! and a run through `annals timeline` (`code/timeline.rs`).

use std::process::Output;

use serde_json::Value;

use crate::util::{repo, stderr, stdout};

#[path = "code/seed.rs"]
mod seed;
#[path = "code/seed_timeline.rs"]
mod seed_timeline;
#[path = "code/timeline.rs"]
mod timeline;

/// The JSON records of a successful run.
fn records(o: &Output) -> Vec<Value> {
    assert!(o.status.success(), "annals failed: {}", stderr(o));
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn example(name: &str) -> String {
    repo().join("examples").join(name).display().to_string()
}

/// A text with events of several kinds: an attack with a date, a symmetric
/// treaty, a negated event, an event without a target, multi-byte text.
const HISTORY: &str = "In 1879 Chile attacked Peru\u{2019}s ports \u{2014} near Arica.\n\n\
In 1883, after the war, Chile and Peru signed a treaty. Bolivia did not attack Chile. \
Bolivia called off the strike.\n";

/// The keys of an event record, as DESIGN.md lists them.
const EVENT_KEYS: &[&str] = &[
    "id",
    "doc",
    "sentence",
    "text",
    "span",
    "date",
    "source",
    "target",
    "event",
    "symmetric",
    "negated",
    "trigger",
    "rule",
];

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort_unstable();
    k
}

fn sorted(k: &[&'static str]) -> Vec<&'static str> {
    let mut k = k.to_vec();
    k.sort_unstable();
    k
}

/// A `[start, end)` byte span that slices `text` to a string.
fn span_in<'a>(text: &'a str, v: &Value) -> &'a str {
    let s = v.as_array().expect("span is an array");
    assert_eq!(s.len(), 2, "{v}");
    let (a, b) = (
        s[0].as_u64().unwrap() as usize,
        s[1].as_u64().unwrap() as usize,
    );
    text.get(a..b)
        .unwrap_or_else(|| panic!("span {v} does not slice the text"))
}

fn check_actor(text: &str, a: &Value) {
    assert_eq!(
        keys(a),
        sorted(&["code", "country", "agent", "name", "polity", "text", "span"])
    );
    let code = a["code"].as_str().unwrap();
    let country = a["country"].as_str().unwrap();
    assert!(code.starts_with(country), "{a}");
    assert!(
        a["agent"].is_null() || code.ends_with(a["agent"].as_str().unwrap()),
        "{a}"
    );
    assert!(a["polity"].is_null() || a["polity"].is_string(), "{a}");
    assert!(!a["name"].as_str().unwrap().is_empty());
    assert_eq!(span_in(text, &a["span"]), a["text"].as_str().unwrap());
}

fn check_record(text: &str, e: &Value) {
    assert_eq!(keys(e), sorted(EVENT_KEYS), "{e}");
    let id = e["id"].as_str().unwrap();
    let doc = e["doc"].as_str().unwrap();
    let sentence = e["sentence"].as_u64().unwrap();
    assert!(id.starts_with(&format!("{doc}#{sentence}.")), "{id}");
    assert!(span_in(text, &e["span"]).contains(e["trigger"]["text"].as_str().unwrap()));
    if !e["date"].is_null() {
        let d = &e["date"];
        assert_eq!(
            keys(d),
            sorted(&["edtf", "start", "end", "precision", "approximate", "basis"])
        );
        assert!(
            d["start"].as_str().unwrap() <= d["end"].as_str().unwrap(),
            "{d}"
        );
        let precisions = [
            "day",
            "month",
            "season",
            "year",
            "decade",
            "century",
            "millennium",
        ];
        assert!(
            precisions.contains(&d["precision"].as_str().unwrap()),
            "{d}"
        );
        let bases = ["explicit", "narrative", "anchored", "kb", "document"];
        assert!(bases.contains(&d["basis"].as_str().unwrap()), "{d}");
        assert!(d["approximate"].is_boolean() && d["edtf"].is_string());
    }
    check_actor(text, &e["source"]);
    if !e["target"].is_null() {
        check_actor(text, &e["target"]);
    }
    let ev = &e["event"];
    assert_eq!(
        keys(ev),
        sorted(&[
            "cameo",
            "root",
            "label",
            "plover",
            "quad_class",
            "goldstein"
        ])
    );
    let cameo = ev["cameo"].as_str().unwrap();
    assert_eq!(ev["root"].as_str().unwrap(), &cameo[..2]);
    assert!(
        (1..=4).contains(&ev["quad_class"].as_u64().unwrap()),
        "{ev}"
    );
    let g = ev["goldstein"].as_f64().unwrap();
    assert!((-10.0..=10.0).contains(&g), "{ev}");
    assert!(
        !ev["label"].as_str().unwrap().is_empty() && !ev["plover"].as_str().unwrap().is_empty()
    );
    assert!(e["symmetric"].is_boolean() && e["negated"].is_boolean());
    assert_eq!(keys(&e["trigger"]), ["span", "text"]);
    assert_eq!(
        span_in(text, &e["trigger"]["span"]),
        e["trigger"]["text"].as_str().unwrap()
    );
    assert!(!e["rule"].as_str().unwrap().is_empty());
}

annals_test!(jsonl_records_have_every_field_with_its_type, |dir| {
    dir.write("history.txt", HISTORY);
    let events = records(&dir.run(&["code", "--dct", "2020-01-01", "history.txt"]));
    assert_eq!(
        events.len(),
        4,
        "{}",
        stdout(&dir.run(&["code", "history.txt"]))
    );
    for e in &events {
        check_record(HISTORY, e);
        assert_eq!(e["doc"], "history");
    }
    // The attack, as DESIGN.md's example gives its coding.
    let attack = &events[0];
    assert_eq!(attack["event"]["cameo"], "190");
    assert_eq!(attack["event"]["label"], "Use conventional military force");
    assert_eq!(attack["event"]["quad_class"], 4);
    assert_eq!(attack["event"]["goldstein"], -10.0);
    assert_eq!(attack["date"]["start"], "1879-01-01");
    assert_eq!(attack["source"]["code"], "CHL");
    assert_eq!(attack["target"]["text"], "Peru\u{2019}s");
    // The treaty: symmetric, actors in text order; the attack that did not happen; no target.
    let treaty = &events[1];
    assert_eq!(
        (
            &treaty["symmetric"],
            &treaty["source"]["code"],
            &treaty["target"]["code"]
        ),
        (&Value::Bool(true), &Value::from("CHL"), &Value::from("PER"))
    );
    assert_eq!(events[2]["negated"], true);
    assert!(events[3]["target"].is_null());
    // Ids are unique.
    let mut ids: Vec<&str> = events.iter().map(|e| e["id"].as_str().unwrap()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), events.len());
});

/// The columns of the flat formats, in order.
const COLUMNS: &[&str] = &[
    "id",
    "doc",
    "sentence",
    "date_edtf",
    "date_start",
    "date_end",
    "date_precision",
    "date_approximate",
    "date_basis",
    "source_code",
    "source_country",
    "source_agent",
    "source_name",
    "source_polity",
    "source_text",
    "source_start",
    "source_end",
    "target_code",
    "target_country",
    "target_agent",
    "target_name",
    "target_polity",
    "target_text",
    "target_start",
    "target_end",
    "cameo",
    "root",
    "label",
    "plover",
    "quad_class",
    "goldstein",
    "symmetric",
    "negated",
    "trigger",
    "trigger_start",
    "trigger_end",
    "rule",
    "span_start",
    "span_end",
    "text",
];

fn flat(dir: &crate::util::Dir, format: &str, delim: u8) -> (Vec<String>, Vec<csv::StringRecord>) {
    dir.write("history.txt", HISTORY);
    let o = dir.run(&[
        "code",
        "--dct",
        "2020-01-01",
        "--format",
        format,
        "history.txt",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delim)
        .from_reader(o.stdout.as_slice());
    let head = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r.records().map(|x| x.unwrap()).collect();
    (head, rows)
}

/// Checks a flat row of the attack against the JSONL record of the same run.
fn check_flat_rows(head: &[String], rows: &[csv::StringRecord], json: &[Value]) {
    assert_eq!(head, COLUMNS);
    assert_eq!(rows.len(), json.len());
    let col = |r: &csv::StringRecord, name: &str| -> String {
        r[COLUMNS.iter().position(|c| *c == name).unwrap()].to_string()
    };
    for (r, e) in rows.iter().zip(json) {
        assert_eq!(r.len(), COLUMNS.len());
        assert_eq!(col(r, "id"), e["id"].as_str().unwrap());
        assert_eq!(col(r, "cameo"), e["event"]["cameo"].as_str().unwrap());
        assert_eq!(col(r, "source_code"), e["source"]["code"].as_str().unwrap());
        assert_eq!(col(r, "trigger"), e["trigger"]["text"].as_str().unwrap());
        assert_eq!(col(r, "trigger_start"), e["trigger"]["span"][0].to_string());
        assert_eq!(col(r, "text"), e["text"].as_str().unwrap());
        assert_eq!(col(r, "negated"), e["negated"].to_string());
        assert_eq!(col(r, "symmetric"), e["symmetric"].to_string());
    }
    let attack = &rows[0];
    for (name, want) in [
        ("doc", "history"),
        ("sentence", "0"),
        ("date_edtf", "1879"),
        ("date_start", "1879-01-01"),
        ("date_end", "1879-12-31"),
        ("date_precision", "year"),
        ("date_approximate", "false"),
        ("date_basis", "explicit"),
        ("source_code", "CHL"),
        ("source_country", "CHL"),
        ("source_agent", ""),
        ("source_text", "Chile"),
        ("target_country", "PER"),
        ("root", "19"),
        ("quad_class", "4"),
        ("goldstein", "-10.0"),
        ("trigger", "attacked"),
        ("span_start", "0"),
    ] {
        assert_eq!(col(attack, name), want, "{name}");
    }
    let s: usize = col(attack, "trigger_start").parse().unwrap();
    let e: usize = col(attack, "trigger_end").parse().unwrap();
    assert_eq!(&HISTORY[s..e], "attacked");
    // No target: its eight columns are empty.
    let last = &rows[3];
    assert!([
        "target_code",
        "target_country",
        "target_text",
        "target_start"
    ]
    .iter()
    .all(|c| col(last, c).is_empty()));
}

annals_test!(csv_has_named_columns_and_one_row_per_event, |dir| {
    let (head, rows) = flat(&dir, "csv", b',');
    let json = records(&dir.run(&["code", "--dct", "2020-01-01", "history.txt"]));
    check_flat_rows(&head, &rows, &json);
    // The sentence with commas came back whole: the field was quoted.
    assert!(rows[1][COLUMNS.len() - 1].contains("In 1883, after the war, Chile"));
});

annals_test!(tsv_has_the_same_columns_tab_separated, |dir| {
    let (head, rows) = flat(&dir, "tsv", b'\t');
    let json = records(&dir.run(&["code", "--dct", "2020-01-01", "history.txt"]));
    check_flat_rows(&head, &rows, &json);
    let raw = stdout(&dir.run(&[
        "code",
        "--dct",
        "2020-01-01",
        "--format",
        "tsv",
        "history.txt",
    ]));
    assert_eq!(
        raw.lines().next().unwrap().split('\t').count(),
        COLUMNS.len()
    );
});

annals_test!(output_file_holds_what_stdout_would, |dir| {
    dir.write("history.txt", HISTORY);
    let plain = dir.run(&["code", "--dct", "2020-01-01", "history.txt"]);
    let o = dir.run(&[
        "code",
        "--dct",
        "2020-01-01",
        "-o",
        "events.jsonl",
        "history.txt",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
    let written = std::fs::read(dir.path().join("events.jsonl")).unwrap();
    assert_eq!(written, plain.stdout);
    assert_eq!(records(&plain).len(), 4);
    // The same for CSV.
    let o = dir.run(&["code", "--format", "csv", "-o", "events.csv", "history.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(dir.path().join("events.csv")).unwrap();
    assert!(csv.starts_with("id,doc,sentence,"), "{csv}");
    assert_eq!(csv.lines().count(), 5);
});

annals_test!(explain_shows_actors_triggers_and_reasons_on_stderr, |dir| {
    dir.write("history.txt", HISTORY);
    let plain = dir.run(&["code", "--dct", "2020-01-01", "history.txt"]);
    let o = dir.run(&["code", "--dct", "2020-01-01", "--explain", "history.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The records are unchanged; the explanation is on stderr only.
    assert_eq!(o.stdout, plain.stdout);
    let ex = stderr(&o);
    assert!(
        ex.contains("[history#0] In 1879 Chile attacked Peru\u{2019}s ports \u{2014} near Arica."),
        "{ex}"
    );
    assert!(ex.contains("actor \"Chile\" -> CHL"), "{ex}");
    assert!(ex.contains("time \"1879\""), "{ex}");
    assert!(ex.contains("trigger \"attacked\" 190"), "{ex}");
    assert!(ex.contains("event 190 CHL -> PER"), "{ex}");
    // Why a candidate was not coded.
    dir.write("maybe.txt", "Chile may attack Peru.");
    let ex = stderr(&dir.run(&["code", "--explain", "maybe.txt"]));
    assert!(ex.contains("not coded: only possible"), "{ex}");
    assert!(!ex.contains("event 190"), "{ex}");
});

annals_test!(
    explain_shows_the_other_readings_of_an_ambiguous_name,
    |dir| {
        // Georgia is the country and a U.S. state; in 1995 both exist.
        dir.write("g.txt", "In 1995 Georgia signed a treaty with Russia.");
        let ex = stderr(&dir.run(&["code", "--explain", "g.txt"]));
        assert!(ex.contains("actor \"Georgia\" -> GEO"), "{ex}");
        assert!(
            ex.contains("\"Georgia\": common reading; could also be USA"),
            "{ex}"
        );
        // In 1700 there was no U.S. state: one reading, nothing to add.
        dir.write("old.txt", "In 1700 Georgia signed a treaty with Russia.");
        let ex = stderr(&dir.run(&["code", "--explain", "old.txt"]));
        assert!(!ex.contains("could also be"), "{ex}");
    }
);

const USER_TEXT: &str =
    "In 1995 Ludmila Vexova criticised Poland. In 1996 Peru parleyed with Chile.";

annals_test!(dict_dir_adds_a_user_verb_and_a_user_actor, |dir| {
    dir.write("t.txt", USER_TEXT);
    dir.write(
        "mine/lexicon/verbs-mine.txt",
        "# a verb of my own\n0871\tparley\t; mutual target=with\n",
    );
    dir.write(
        "mine/actors/people-mine.tsv",
        "vexova\tCZEGOV\t1990\t2000\tSpecial Envoy\tLudmila Vexova|Vexova\n",
    );
    // Without the directory neither is known.
    let before = records(&dir.run(&["code", "t.txt"]));
    assert!(before.is_empty(), "{before:?}");
    let after = records(&dir.run(&["code", "--dict", "mine", "t.txt"]));
    assert_eq!(after.len(), 2, "{after:?}");
    let crit = &after[0];
    assert_eq!(
        (
            crit["source"]["code"].as_str(),
            crit["source"]["name"].as_str()
        ),
        (Some("CZEGOV"), Some("Ludmila Vexova"))
    );
    assert_eq!(
        (
            crit["target"]["code"].as_str(),
            crit["event"]["cameo"].as_str()
        ),
        (Some("POL"), Some("111"))
    );
    let parley = &after[1];
    assert_eq!(parley["event"]["cameo"], "0871");
    assert_eq!(parley["trigger"]["text"], "parleyed");
    assert_eq!(parley["rule"], "verb: parley");
    assert_eq!(parley["symmetric"], true);
    assert_eq!(
        (
            parley["source"]["code"].as_str(),
            parley["target"]["code"].as_str()
        ),
        (Some("PER"), Some("CHL"))
    );
});

annals_test!(
    dict_dir_with_a_bad_pattern_is_an_error_naming_file_and_line,
    |dir| {
        dir.write("t.txt", USER_TEXT);
        dir.write("bad/lexicon/verbs-bad.txt", "0871 parley\n999 frobnicate\n");
        let o = dir.run(&["code", "--dict", "bad", "t.txt"]);
        assert!(!o.status.success());
        let err = stderr(&o);
        assert!(
            err.contains("verbs-bad.txt:2") && err.contains("999"),
            "{err}"
        );
    }
);

annals_test!(several_files_of_several_formats, |dir| {
    dir.write("a.txt", "In 1879 Chile attacked Peru.");
    dir.write(
        "b.html",
        "<p>In 1883 Chile and Peru <b>signed</b> a treaty.</p>",
    );
    dir.write(
        "c.jsonl",
        "{\"id\": \"n1\", \"date\": \"2021-03-04\", \"text\": \"Peru criticised Chile.\"}\n\
         {\"id\": \"n2\", \"text\": \"Bolivia attacked Chile yesterday.\"}\n",
    );
    let events = records(&dir.run(&["code", "--dct", "2022-01-10", "a.txt", "b.html", "c.jsonl"]));
    let docs: Vec<&str> = events.iter().map(|e| e["doc"].as_str().unwrap()).collect();
    assert_eq!(docs, ["a", "b", "n1", "n2"]);
    // --dct overrides the JSONL date; "yesterday" is the day before it.
    assert_eq!(events[2]["date"]["start"], "2022-01-10");
    assert_eq!(events[3]["date"]["start"], "2022-01-09");
    // Without --dct the JSONL date anchors its document.
    let events = records(&dir.run(&["code", "c.jsonl"]));
    assert_eq!(events[0]["date"]["start"], "2021-03-04");
    assert_eq!(events[0]["date"]["basis"], "document");
    // HTML spans point into the markup at the word.
    let html = std::fs::read_to_string(dir.path().join("b.html")).unwrap();
    let treaty = records(&dir.run(&["code", "b.html"])).remove(0);
    assert!(span_in(&html, &treaty["trigger"]["span"]).starts_with("signed</b> a treaty"));
});

// --- snapshots of the bundled examples ------------------------------------------
//
// The whole output, one JSON record a line as annals writes it: a change to any
// event shows as a change to its line. Review with `cargo insta review` (or run
// with INSTA_UPDATE=always and read the diff of tests/snapshots/).

/// The JSONL text of a successful run, after checking each record.
fn snapshot_text(o: &Output, original: &str) -> String {
    for e in records(o) {
        check_record(original, &e);
    }
    stdout(o)
}

#[test]
fn snapshot_sweden_denmark() {
    let dir = crate::util::Dir::new();
    let path = example("sweden-denmark.txt");
    let o = dir.run(&["code", "--dct", "2025-01-01", &path]);
    let text = std::fs::read_to_string(&path).unwrap();
    insta::assert_snapshot!("sweden_denmark", snapshot_text(&o, &text));
}

#[test]
fn snapshot_nordic_council_html() {
    let dir = crate::util::Dir::new();
    let path = example("nordic-council.html");
    let o = dir.run(&["code", "--dct", "2025-01-01", &path]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Spans point into the page; the records' text is the visible text.
    let html = std::fs::read_to_string(&path).unwrap();
    for e in records(&o) {
        assert_eq!(
            span_in(&html, &e["trigger"]["span"]),
            e["trigger"]["text"].as_str().unwrap()
        );
        assert!(!e["text"].as_str().unwrap().contains('<'), "{e}");
    }
    insta::assert_snapshot!("nordic_council", stdout(&o));
}

#[test]
fn snapshot_news_jsonl() {
    // Each line's own date anchors it; a line without one is dated today, which
    // is checked here and then written as a placeholder so the snapshot is stable.
    let dir = crate::util::Dir::new();
    let before = today();
    let o = dir.run(&["code", &example("news.jsonl")]);
    let after = today();
    assert!(o.status.success(), "{}", stderr(&o));
    let undated: Vec<String> = std::fs::read_to_string(example("news.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|d| d.get("date").is_none())
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert!(!undated.is_empty(), "the example has a line without a date");
    let mut lines = Vec::new();
    for line in stdout(&o).lines() {
        let e: Value = serde_json::from_str(line).unwrap();
        if !undated.iter().any(|u| e["doc"] == u.as_str()) {
            lines.push(line.to_string());
            continue;
        }
        let d = &e["date"];
        assert_eq!(d["basis"], "document", "{d}");
        let day = d["start"].as_str().unwrap();
        // A run across midnight may see either day.
        assert!(
            day == before || day == after,
            "{day} is not today ({before})"
        );
        assert_eq!(d["start"], d["end"]);
        lines.push(line.replace(&format!("\"{day}\""), "\"[today]\""));
    }
    lines.push(String::new());
    insta::assert_snapshot!("news", lines.join("\n"));
}

/// Today's date (UTC), as `annals` takes it when no date is given.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    days_to_iso(secs / 86_400)
}

/// The ISO date `days` days after 1970-01-01 (civil-from-days, proleptic Gregorian).
fn days_to_iso(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}
