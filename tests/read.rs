//! Reading inputs through the real binary (`annals code`): every kind of bad
//! input is reported on stderr with its file (and line), the other inputs are
//! still coded, and the exit code says whether anything was lost.

use std::io::Write;
use std::process::{Output, Stdio};

use crate::util::{stderr, stdout, Dir};

/// A sentence that codes to one event (CHN attacks RUS, 1979).
const EVENT: &str = "In 1979, China attacked the Soviet Union.";
/// Another one (RUS attacks CHN, 1969), to tell documents apart.
const EVENT2: &str = "In 1969, the Soviet Union attacked China.";

/// The event records on stdout, parsed.
fn events(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The `doc` of each event, in output order.
fn docs(o: &Output) -> Vec<String> {
    events(o)
        .iter()
        .map(|e| e["doc"].as_str().unwrap_or("").to_string())
        .collect()
}

/// Runs `annals code` with `input` on stdin.
fn run_stdin(dir: &Dir, args: &[&str], input: &[u8]) -> Output {
    let mut child = dir
        .cmd(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("annals runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Written from a thread so that a large input cannot deadlock on a full pipe.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("annals finishes");
    writer.join().unwrap();
    out
}

/// No panic message on stderr.
fn no_panic(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "{err}");
}

annals_test!(good_file_codes_and_exits_zero, |dir| {
    dir.write("good.txt", EVENT);
    let o = dir.run(&["code", "good.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ev = events(&o);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["source"]["country"], "CHN");
    assert_eq!(ev[0]["target"]["country"], "RUS");
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
});

annals_test!(missing_file_is_an_error_and_the_rest_is_coded, |dir| {
    dir.write("good.txt", EVENT);
    let o = dir.run(&["code", "missing.txt", "good.txt"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("annals: error: missing.txt: cannot read:"),
        "{err}"
    );
    assert_eq!(docs(&o), ["good"]);
});

annals_test!(directory_is_an_error_and_the_rest_is_coded, |dir| {
    dir.write("sub/inner.txt", EVENT2);
    dir.write("good.txt", EVENT);
    let o = dir.run(&["code", "good.txt", "sub"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("annals: error: sub: is a directory"),
        "{}",
        stderr(&o)
    );
    assert_eq!(docs(&o), ["good"]);
});

annals_test!(unreadable_file_is_an_error, |dir| {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.write("secret.txt", EVENT2);
    dir.write("good.txt", EVENT);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&p).is_ok() {
        // Running as root: permissions do not stop reading, nothing to test.
        return;
    }
    let o = dir.run(&["code", "secret.txt", "good.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("secret.txt: cannot read: Permission denied"),
        "{}",
        stderr(&o)
    );
    assert_eq!(docs(&o), ["good"]);
});

annals_test!(invalid_utf8_is_a_warning_and_still_coded, |dir| {
    let mut bytes = b"Caf\xe9 society.\n".to_vec();
    bytes.extend_from_slice(EVENT.as_bytes());
    dir.write("latin1.txt", &bytes);
    let o = dir.run(&["code", "latin1.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("annals: warning: latin1.txt:1: invalid UTF-8"),
        "{err}"
    );
    let ev = events(&o);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["text"], EVENT);
});

annals_test!(malformed_jsonl_line_names_file_and_line, |dir| {
    let jsonl = format!(
        "{{\"id\":\"a\",\"text\":\"{EVENT}\"}}\n{{\"id\":\"b\",\"text\":\"unterminated}}\n[1,2]\n{{\"id\":\"c\"}}\n{{\"id\":\"d\",\"text\":7}}\n{{\"id\":\"e\",\"text\":\"{EVENT2}\"}}\n"
    );
    dir.write("news.jsonl", jsonl);
    let o = dir.run(&["code", "news.jsonl"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for line in [
        "annals: error: news.jsonl:2: invalid JSON",
        "annals: error: news.jsonl:3: an array where a JSON object",
        "annals: error: news.jsonl:4: record has no \"text\" field",
        "annals: error: news.jsonl:5: \"text\" is a number, not a string",
    ] {
        assert!(err.contains(line), "{line} not in {err}");
    }
    assert_eq!(err.lines().count(), 4, "{err}");
    assert_eq!(docs(&o), ["a", "e"]);
});

annals_test!(jsonl_field_types_warn_but_code, |dir| {
    let jsonl = format!(
        "{{\"id\":42,\"text\":\"{EVENT}\",\"date\":19790301}}\n{{\"id\":[1],\"text\":\"{EVENT2}\",\"date\":null}}\n"
    );
    dir.write("odd.jsonl", jsonl);
    let o = dir.run(&["code", "odd.jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("annals: warning: odd.jsonl:1: \"date\" is a number, not a string; ignored"),
        "{err}"
    );
    assert!(
        err.contains("annals: warning: odd.jsonl:2: \"id\" is an array"),
        "{err}"
    );
    assert_eq!(docs(&o), ["42", "odd-2"]);
});

annals_test!(jsonl_with_bom_crlf_and_invalid_utf8_line, |dir| {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(format!("{{\"id\":\"a\",\"text\":\"{EVENT}\"}}\r\n").as_bytes());
    bytes.extend_from_slice(b"{\"id\":\"b\",\"text\":\"Caf\xe9. ");
    bytes.extend_from_slice(format!("{EVENT2}\"}}\r\n").as_bytes());
    dir.write("mixed.jsonl", &bytes);
    let o = dir.run(&["code", "mixed.jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("annals: warning: mixed.jsonl:2: invalid UTF-8"),
        "{}",
        stderr(&o)
    );
    assert_eq!(docs(&o), ["a", "b"]);
});

annals_test!(empty_input_is_a_warning, |dir| {
    dir.write("empty.txt", "");
    dir.write("blank.jsonl", "\n\n");
    dir.write("good.txt", EVENT);
    let o = dir.run(&["code", "empty.txt", "blank.jsonl", "good.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("annals: warning: empty.txt: no text to read"),
        "{err}"
    );
    assert!(
        err.contains("annals: warning: blank.jsonl: no text to read"),
        "{err}"
    );
    assert_eq!(docs(&o), ["good"]);
});

annals_test!(binary_input_is_an_error, |dir| {
    let mut bin = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bin.extend_from_slice(EVENT2.as_bytes());
    dir.write("image.txt", &bin);
    dir.write("good.txt", EVENT);
    let o = dir.run(&["code", "image.txt", "good.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("annals: error: image.txt: binary data"),
        "{}",
        stderr(&o)
    );
    assert_eq!(docs(&o), ["good"]);
    no_panic(&o);
});

annals_test!(utf16_input_is_an_error_with_a_hint, |dir| {
    let mut bytes = vec![0xFF, 0xFE];
    for u in EVENT.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    dir.write("wide.txt", &bytes);
    let o = dir.run(&["code", "wide.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("wide.txt: UTF-16 text, not UTF-8"),
        "{}",
        stderr(&o)
    );
});

annals_test!(a_single_50_mb_line_is_coded_without_panic, |dir| {
    // One JSONL record of 50 MB between two small ones: it is read as one
    // line, coded, and the records after it are still read.
    let filler = "The harvest was good and the markets were calm. ";
    let mut big = String::with_capacity(50_100_000);
    big.push_str("{\"id\":\"small1\",\"text\":\"");
    big.push_str(EVENT);
    big.push_str("\"}\n{\"id\":\"big\",\"text\":\"");
    while big.len() < 50_000_000 {
        big.push_str(filler);
    }
    big.push_str(EVENT2);
    big.push_str("\"}\n{\"id\":\"small2\",\"text\":\"");
    big.push_str(EVENT);
    big.push_str("\"}\n");
    dir.write("big.jsonl", &big);
    drop(big);
    let o = dir.run(&["code", "big.jsonl"]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(docs(&o), ["small1", "big", "small2"]);
    let ev = events(&o);
    assert_eq!(ev[1]["text"], EVENT2);
    assert!(ev[1]["span"][0].as_u64().unwrap() > 49_000_000);
});

annals_test!(stdin_with_dash, |dir| {
    let o = run_stdin(&dir, &["code", "-"], EVENT.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(docs(&o), ["stdin"]);
    // JSONL on stdin is recognized by its first byte.
    let jsonl = format!("{{\"id\":\"piped\",\"text\":\"{EVENT2}\"}}\n");
    let o = run_stdin(&dir, &["code", "-"], jsonl.as_bytes());
    assert_eq!(docs(&o), ["piped"]);
    // Stdin among files, in the order given.
    dir.write("first.txt", EVENT);
    let o = run_stdin(&dir, &["code", "first.txt", "-"], EVENT2.as_bytes());
    assert_eq!(docs(&o), ["first", "stdin"]);
    // Empty stdin is a warning.
    let o = run_stdin(&dir, &["code", "-"], b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("annals: warning: <stdin>: no text to read"));
});

annals_test!(several_files_in_order, |dir| {
    dir.write("one.txt", EVENT);
    dir.write("two.html", format!("<p>{EVENT2}</p>"));
    dir.write(
        "three.jsonl",
        format!("{{\"id\":\"x\",\"text\":\"{EVENT}\"}}\n{{\"id\":\"y\",\"text\":\"{EVENT2}\"}}\n"),
    );
    let o = dir.run(&["code", "one.txt", "two.html", "three.jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(docs(&o), ["one", "two", "x", "y"]);
});

annals_test!(html_visible_text_only_with_spans_into_the_markup, |dir| {
    let html = format!(
        "\u{feff}<!DOCTYPE html><html><head><title>{EVENT2}</title>\
         <script>var s = \"</div>{EVENT2}\";</script></head><body>\
         <nav><a href=\"/\">{EVENT2}</a></nav>\
         <!-- {EVENT2} -->\
         <p class=\"lead\" data-x=\"a > b\">In 1979, China <b>attacked</b> the Soviet&nbsp;Union.\
         <sup class=\"reference\"><a href=\"#n1\">[1]</a></sup></p>\
         <footer>{EVENT2}</footer></body></html>"
    );
    dir.write("page.html", &html);
    let o = dir.run(&["code", "page.html"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ev = events(&o);
    assert_eq!(ev.len(), 1, "{}", stdout(&o));
    let e = &ev[0];
    assert_eq!(e["doc"], "page");
    assert_eq!(e["text"], "In 1979, China attacked the Soviet Union.");
    // Spans are byte offsets into the file, markup and byte-order mark included.
    let bytes = html.as_bytes();
    let span = |v: &serde_json::Value| {
        let (s, e) = (
            v[0].as_u64().unwrap() as usize,
            v[1].as_u64().unwrap() as usize,
        );
        String::from_utf8_lossy(&bytes[s..e]).into_owned()
    };
    assert_eq!(span(&e["trigger"]["span"]), "attacked");
    assert_eq!(span(&e["source"]["span"]), "China");
    assert_eq!(span(&e["target"]["span"]), "Soviet&nbsp;Union");
    assert_eq!(
        span(&e["span"]),
        "In 1979, China <b>attacked</b> the Soviet&nbsp;Union."
    );
});

annals_test!(plain_text_spans_count_the_byte_order_mark, |dir| {
    let text = format!("\u{feff}{EVENT}\r\n");
    dir.write("bom.txt", &text);
    let o = dir.run(&["code", "bom.txt"]);
    let ev = events(&o);
    assert_eq!(ev.len(), 1);
    let s = ev[0]["trigger"]["span"][0].as_u64().unwrap() as usize;
    assert_eq!(&text[s..s + 8], "attacked");
});
