//! `annals time` integration tests.

use serde_json::Value;

use crate::util::{stderr, stdout};

fn records(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

fn find<'a>(recs: &'a [Value], text: &str) -> &'a Value {
    recs.iter()
        .find(|r| r["text"] == text)
        .unwrap_or_else(|| panic!("no record for {text:?} in {recs:?}"))
}

annals_test!(records_carry_the_fields_of_the_time_record, |dir| {
    let text = "From 1652 to 1689, the armies fought.\n\nIn late 1917 the Bolsheviks took power. Sixteen years earlier a treaty was signed.\n";
    dir.write("hist.txt", text);
    let o = dir.run(&["time", "--dct", "2020-06-01", "hist.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let recs = records(&stdout(&o));
    for key in [
        "doc",
        "sentence",
        "text",
        "span",
        "type",
        "value",
        "mod",
        "edtf",
        "start",
        "end",
        "precision",
        "approximate",
        "basis",
    ] {
        assert!(
            recs.iter().all(|r| r.get(key).is_some()),
            "every record has {key}"
        );
    }
    let late = find(&recs, "late 1917");
    assert_eq!(late["doc"], "hist");
    assert_eq!(
        (
            late["type"].as_str(),
            late["value"].as_str(),
            late["mod"].as_str()
        ),
        (Some("DATE"), Some("1917"), Some("END"))
    );
    assert_eq!(
        (late["start"].as_str(), late["end"].as_str()),
        (Some("1917-09-01"), Some("1917-12-31"))
    );
    assert_eq!(late["precision"], "season");
    let back = find(&recs, "Sixteen years earlier");
    assert_eq!(
        (back["value"].as_str(), back["basis"].as_str()),
        (Some("1901"), Some("anchored"))
    );
    let start = find(&recs, "1652");
    assert_eq!(start["range"]["edtf"], "1652/1689");
    for r in &recs {
        let (s, e) = (
            r["span"][0].as_u64().unwrap() as usize,
            r["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[s..e],
            r["text"].as_str().unwrap(),
            "span is bytes of the original"
        );
    }
});

annals_test!(spans_point_into_the_original_html, |dir| {
    let html = "<html><body><p>The war began on <b>8 February 1904</b> &amp; ended in 1905.</p></body></html>";
    dir.write("page.html", html);
    let o = dir.run(&["time", "page.html"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let recs = records(&stdout(&o));
    assert_eq!(recs.len(), 2, "{recs:?}");
    for r in &recs {
        let (s, e) = (
            r["span"][0].as_u64().unwrap() as usize,
            r["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(&html[s..e], r["text"].as_str().unwrap());
    }
    assert_eq!(recs[0]["value"], "1904-02-08");
    // An expression across markup: the words as read, the span over the original bytes.
    let html = "<p>It began on 8 <i>February</i> 1904.</p>";
    dir.write("cross.html", html);
    let recs = records(&stdout(&dir.run(&["time", "cross.html"])));
    assert_eq!(recs[0]["text"], "8 February 1904");
    let (s, e) = (
        recs[0]["span"][0].as_u64().unwrap() as usize,
        recs[0]["span"][1].as_u64().unwrap() as usize,
    );
    assert_eq!(&html[s..e], "8 <i>February</i> 1904");
});

annals_test!(non_ascii_text_with_dashes_and_accents, |dir| {
    dir.write(
        "mx.txt",
        "Porfirio Díaz ruled from 1876–1911 “firmly”. In 44\u{a0}B.C. Caesar died.\n",
    );
    let o = dir.run(&["time", "mx.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let recs = records(&stdout(&o));
    let values: Vec<&str> = recs.iter().map(|r| r["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["1876", "1911", "BC0044"]);
});

annals_test!(the_document_date_comes_from_flag_jsonl_or_dateline, |dir| {
    dir.write("a.txt", "Last year the army withdrew.\n");
    let o = dir.run(&["time", "--dct", "2020-06-01", "a.txt"]);
    assert_eq!(records(&stdout(&o))[0]["value"], "2019");
    dir.write(
        "n.jsonl",
        "{\"id\":\"n1\",\"text\":\"Last year the army withdrew.\",\"date\":\"2015-03-01\"}\n",
    );
    let o = dir.run(&["time", "n.jsonl"]);
    let r = &records(&stdout(&o))[0];
    assert_eq!(
        (r["doc"].as_str(), r["value"].as_str()),
        (Some("n1"), Some("2014"))
    );
    dir.write(
        "d.txt",
        "Report\n2009-12-19\n\nLast year the army withdrew.\n",
    );
    let o = dir.run(&["time", "d.txt"]);
    let recs = records(&stdout(&o));
    assert_eq!(find(&recs, "Last year")["value"], "2008");
    // The flag wins over the dateline.
    let o = dir.run(&["time", "--dct", "2020-06-01", "d.txt"]);
    assert_eq!(find(&records(&stdout(&o)), "Last year")["value"], "2019");
});

annals_test!(timeml_output_tags_every_expression_inline, |dir| {
    let text = "From 1652 to 1689 they fought; by about 1640 <settlers> had come.\n";
    dir.write("t.txt", text);
    let o = dir.run(&["time", "--format", "timeml", "t.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let xml = stdout(&o);
    assert!(
        xml.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1652\">1652</TIMEX3>"),
        "{xml}"
    );
    assert!(
        xml.contains("value=\"1640\" mod=\"ON_OR_BEFORE\">about 1640</TIMEX3>"),
        "{xml}"
    );
    assert!(xml.contains("&lt;settlers&gt;"), "{xml}");
    let jsonl = records(&stdout(&dir.run(&["time", "t.txt"])));
    assert_eq!(
        xml.matches("<TIMEX3 tid=\"t").count(),
        jsonl.len() + 1,
        "one tag per record, plus the DCT"
    );
    let o = dir.run(&["time", "--format", "timeml", "--out-dir", "tml", "t.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let file = std::fs::read_to_string(dir.path().join("tml/t.tml")).expect("t.tml written");
    assert!(file.contains("<TEXT>From <TIMEX3"), "{file}");
});

annals_test!(errors_name_the_file_and_the_rest_goes_on, |dir| {
    dir.write("good.txt", "In 1969 a war broke out.\n");
    let o = dir.run(&["time", "missing.txt", "good.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("missing.txt"), "{}", stderr(&o));
    assert_eq!(records(&stdout(&o)).len(), 1);
    let o = dir.run(&["time", "--out-dir", "x", "good.txt"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--format timeml"), "{}", stderr(&o));
    let o = dir.run(&["time", "--dct", "2020-13-01", "good.txt"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--dct"), "{}", stderr(&o));
});

annals_test!(reads_stdin, |dir| {
    use std::io::Write;
    let mut child = dir
        .cmd(&["time", "--dct", "2020-06-01", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Relations are currently close.")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let r = &records(&stdout(&o))[0];
    assert_eq!(
        (r["doc"].as_str(), r["value"].as_str(), r["start"].as_str()),
        (Some("stdin"), Some("PRESENT_REF"), Some("2020-06-01"))
    );
});

annals_test!(help_teaches_with_examples, |dir| {
    let o = dir.run(&["time", "--help"]);
    let h = stdout(&o);
    for needle in [
        "Examples:",
        "--format",
        "--dct",
        "TIMEX3",
        "EDTF",
        "annals time history.txt",
    ] {
        assert!(h.contains(needle), "help mentions {needle}: {h}");
    }
});
