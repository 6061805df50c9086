//! `annals timeline` integration tests, on the Sweden–Denmark fixture (events a
//! coder should find in crates/timeline/tests/fixtures/swe-dnk.txt).

use crate::util::{repo, stderr, stdout};

fn fixture() -> String {
    repo()
        .join("crates/timeline/tests/fixtures/swe-dnk.events.jsonl")
        .display()
        .to_string()
}

fn json(o: &std::process::Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_str(&stdout(o)).expect("JSON output")
}

/// The phase covering the middle of `year` in a JSON timeline.
fn relation_in(t: &serde_json::Value, year: i32) -> String {
    let mid = format!("{year:04}-07-01");
    let p = t["phases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            p["start"].as_str().unwrap() <= mid.as_str()
                && mid.as_str() <= p["end"].as_str().unwrap()
        })
        .unwrap_or_else(|| panic!("no phase covers {year}"));
    p["relation"].as_str().unwrap().to_string()
}

annals_test!(table_shows_phases_periods_and_evidence, |dir| {
    let o = dir.run(&["timeline", "--dyad", "SWE-DNK", &fixture()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("SWE-DNK, both directions: 50 events, 1520-11-01 – 2020-12-31"),
        "{out}"
    );
    assert!(out.contains("(1 negated and 1 undated left out)"));
    assert!(
        out.contains("\nPhases ") && out.contains("\nBy decade\n"),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with("1808–1814") && l.contains("hostile")),
        "{out}"
    );
    assert!(
        out.contains("In 1565 the Danish and Swedish armies clashed at Axtorna."),
        "evidence under the 1560s"
    );
    // The negated event never shows.
    assert!(!out.contains("did not send troops"));
});

annals_test!(json_phases_have_the_signs_of_the_history, |dir| {
    let t = json(&dir.run(&[
        "timeline",
        "--dyad",
        "DNK-SWE",
        "--format",
        "json",
        &fixture(),
    ]));
    assert_eq!(t["counts"]["events"], 50);
    assert_eq!(t["by"], "decade");
    for y in [1565, 1644, 1676, 1710, 1808] {
        assert_eq!(relation_in(&t, y), "hostile", "{y}");
    }
    for y in [1848, 1914, 1952, 2000] {
        assert_eq!(relation_in(&t, y), "cooperative", "{y}");
    }
    // Periods cover the span in order; their weights add up to the events.
    let periods = t["periods"].as_array().unwrap();
    assert_eq!(periods.len(), 51);
    let total: f64 = periods.iter().map(|p| p["events"].as_f64().unwrap()).sum();
    assert!((total - 50.0).abs() < 0.03, "{total}");
});

annals_test!(by_year_and_by_century, |dir| {
    let y = json(&dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        "--format",
        "json",
        "--by",
        "year",
        &fixture(),
    ]));
    assert_eq!(y["periods"].as_array().unwrap().len(), 501);
    let c = json(&dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        "--format",
        "json",
        "--by",
        "century",
        &fixture(),
    ]));
    let labels: Vec<&str> = c["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["1500s", "1600s", "1700s", "1800s", "1900s", "2000s"]
    );
});

annals_test!(csv_has_one_row_per_period, |dir| {
    let o = dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        "--format",
        "csv",
        &fixture(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut r = csv::Reader::from_reader(o.stdout.as_slice());
    let head: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&head[..4], ["period", "start", "end", "events"]);
    assert!(head.contains(&"goldstein_mean".to_string()) && head.contains(&"evidence".to_string()));
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 51);
    let row = rows.iter().find(|r| &r[0] == "1840s").unwrap();
    assert_eq!(&row[12], "cooperative");
    assert!(
        row[13].contains("Funen") || row[13].contains("students"),
        "{:?}",
        &row[13]
    );
});

annals_test!(html_page_is_self_contained, |dir| {
    let o = dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        &fixture(),
        "--html",
        "page.html",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(dir.path().join("page.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.len() > 1_000_000, "plotly.js is inlined");
    assert!(page.contains("id=\"timeline-data\"") && page.contains("Plotly.newPlot"));
    assert!(page.contains("data-events=\"50\""));
    // Nothing is fetched: no external scripts, styles or images.
    for bad in ["<script src", "<link ", "<img ", "@import"] {
        assert!(!page.contains(bad), "{bad}");
    }
    // Evidence is in the event table, escaped.
    assert!(page.contains("In 1565 the Danish and Swedish armies <mark>clashed</mark> at Axtorna."));
    assert_eq!(page.matches("<tr id=\"ev-").count(), 50);
});

annals_test!(svg_is_valid_xml_with_a_point_per_event, |dir| {
    let o = dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        &fixture(),
        "--svg",
        "chart.svg",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let svg = std::fs::read_to_string(dir.path().join("chart.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let circles = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .count();
    // One dot per event, plus four in the key.
    assert_eq!(circles, 50 + 4);
    assert!(doc
        .descendants()
        .any(|n| n.text().is_some_and(|t| t.contains("SWE – DNK"))));
});

annals_test!(png_decodes_with_a_drawn_chart, |dir| {
    let o = dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        &fixture(),
        "--png",
        "chart.png",
        "--size",
        "900x400",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(dir.path().join("chart.png")).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("PNG header");
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).expect("PNG data");
    assert_eq!((info.width, info.height), (900, 400));
    let px = &buf[..info.buffer_size()];
    // Red of hostile phases and of material conflict is drawn.
    assert!(
        px.chunks(3).any(|p| p[0] > 150 && p[1] < 60 && p[2] < 60),
        "no red pixel"
    );
    assert!(
        px.chunks(3)
            .filter(|p| p[0] < 100 && p[1] < 100 && p[2] < 100)
            .count()
            > 1000,
        "no text or axes"
    );
});

annals_test!(top_lists_the_busiest_dyads, |dir| {
    let o = dir.run(&["timeline", "--top", &fixture()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let first = out.lines().nth(1).unwrap();
    // 50 dated events and the undated one; the negated one is not counted.
    assert!(
        first.starts_with("DNK-SWE") && first.contains(" 51 "),
        "{out}"
    );
    assert!(out.lines().any(|l| l.starts_with("RUS-SWE ")), "{out}");
    let j = json(&dir.run(&[
        "timeline",
        "--top",
        "--limit",
        "2",
        "--format",
        "json",
        &fixture(),
    ]));
    assert_eq!(j.as_array().unwrap().len(), 2);
    assert_eq!(j[1]["dyad"], "RUS-SWE");
    assert_eq!(j[1]["events"], 3);
});

annals_test!(events_from_stdin_match_the_file, |dir| {
    let file = stdout(&dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        "--format",
        "json",
        &fixture(),
    ]));
    let mut child = dir
        .cmd(&["timeline", "--dyad", "SWE-DNK", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let input = std::fs::read(fixture()).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, &input));
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), file);
});

annals_test!(bad_event_lines_are_reported_and_skipped, |dir| {
    // The fixture's 57 lines, then two bad ones.
    let mut text = std::fs::read_to_string(fixture()).unwrap();
    text.push_str("{\"event\": {}}\nnot json\n");
    let path = dir.write("events.jsonl", &text);
    let o = dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        "--format",
        "json",
        path.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "an input line was lost");
    let err = stderr(&o);
    assert!(
        err.contains("events.jsonl:58: not an event record"),
        "{err}"
    );
    assert!(
        err.contains("events.jsonl:59: not an event record"),
        "{err}"
    );
    let t: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(t["counts"]["events"], 50, "the good lines still count");
});

annals_test!(documents_are_coded_not_taken_for_events, |dir| {
    // A text and a JSONL of documents: read and coded (no error), whatever the
    // coder finds; a document JSONL is never read as events.
    let txt = dir.write("note.txt", "The weather was fine all week.");
    let docs = dir.write(
        "docs.jsonl",
        "{\"id\": \"a\", \"text\": \"Nothing happened here.\", \"date\": \"2020-01-01\"}\n",
    );
    let o = dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        txt.to_str().unwrap(),
        docs.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no dated events between SWE and DNK"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("no dated events"));
    assert!(!stderr(&o).contains("not an event record"));
});

annals_test!(bad_arguments_say_what_is_wrong, |dir| {
    let o = dir.run(&["timeline", "--dyad", "SWEDEN", &fixture()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad dyad \"SWEDEN\""), "{}", stderr(&o));
    let o = dir.run(&["timeline", &fixture()]);
    assert_ne!(o.status.code(), Some(0));
    let o = dir.run(&["timeline", "--top", "--html", "x.html", &fixture()]);
    assert_eq!(o.status.code(), Some(2));
    let o = dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        "--size",
        "10x10",
        "--png",
        "x.png",
        &fixture(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--size"));
    let o = dir.run(&["timeline", "--dyad", "SWE-DNK", "missing.jsonl"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("missing.jsonl"), "{}", stderr(&o));
});
