//! Reading inputs: formats, streaming, and every kind of bad input reported
//! with its file (and line) while the rest is still read.

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use annals_text::read::{DocReader, Format};
use annals_text::{read_input, split_sentences, Document, Input, ReadError, ReadErrorKind};

/// A fresh directory for one test.
fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("annals-text-read-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    File::create(&p).unwrap().write_all(bytes).unwrap();
    p
}

fn collect(
    items: impl Iterator<Item = Result<Document, ReadError>>,
) -> (Vec<Document>, Vec<ReadError>) {
    let (mut docs, mut errs) = (Vec::new(), Vec::new());
    for item in items {
        match item {
            Ok(d) => docs.push(d),
            Err(e) => errs.push(e),
        }
    }
    (docs, errs)
}

fn read(p: &Path) -> (Vec<Document>, Vec<ReadError>) {
    collect(read_input(&Input::Path(p.to_path_buf()), Format::Auto))
}

fn read_bytes(bytes: &[u8], format: Format) -> (Vec<Document>, Vec<ReadError>) {
    let reader = Box::new(std::io::Cursor::new(bytes.to_vec()));
    collect(DocReader::from_reader("mem", "mem", reader, format))
}

#[test]
fn jsonl_bad_lines_are_reported_and_skipped() {
    let d = tmp("jsonl");
    let p = write(
        &d,
        "c.jsonl",
        b"{\"id\":\"a\",\"text\":\"One.\"}\nnot json\n\n{\"id\":2}\n{\"text\":\"Two.\",\"date\":\"2001-02-03\"}\n",
    );
    let (docs, errs) = read(&p);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id, "a");
    assert_eq!(docs[0].origin, format!("{}:1", p.display()));
    assert_eq!(docs[1].id, "c-5");
    assert_eq!(docs[1].date.as_deref(), Some("2001-02-03"));
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[0].line, Some(2));
    let m = errs[0].to_string();
    assert!(m.contains("c.jsonl:2: invalid JSON at column "), "{m}");
    assert!(
        errs[1]
            .to_string()
            .contains("c.jsonl:4: record has no \"text\" field"),
        "{}",
        errs[1]
    );
    assert!(errs.iter().all(|e| !e.is_warning()));
}

#[test]
fn jsonl_records_of_the_wrong_shape() {
    let input = concat!(
        "[\"text\", \"x\"]\n",
        "\"just a string\"\n",
        "{\"id\": 7, \"text\": \"Seven.\"}\n",
        "{\"text\": 42}\n",
        "{\"text\": null}\n",
        "{\"id\": {\"a\": 1}, \"text\": \"Odd id.\", \"date\": 20010203}\n",
        "{\"id\": \"e\", \"text\": \"   \"}\n",
    );
    let (docs, errs) = read_bytes(input.as_bytes(), Format::Jsonl);
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["7", "mem-6"]);
    assert_eq!(docs[1].date, None);
    let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        msgs,
        [
            "mem:1: an array where a JSON object {\"text\": ...} was expected; line skipped",
            "mem:2: a string where a JSON object {\"text\": ...} was expected; line skipped",
            "mem:4: \"text\" is a number, not a string; line skipped",
            "mem:5: \"text\" is null, not a string; line skipped",
            "mem:6: \"id\" is an object, not a string; ignored",
            "mem:6: \"date\" is a number, not a string; ignored",
            "mem:7: no text to read",
        ]
    );
    let warnings: Vec<bool> = errs.iter().map(ReadError::is_warning).collect();
    assert_eq!(warnings, [false, false, false, false, true, true, true]);
}

#[test]
fn jsonl_crlf_bom_and_no_final_newline() {
    let input =
        b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"One.\"}\r\n\r\n{\"id\":\"b\",\"text\":\"Two.\"}";
    let (docs, errs) = read_bytes(input, Format::Auto);
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(
        (docs[0].text.as_str(), docs[1].text.as_str()),
        ("One.", "Two.")
    );
    assert_eq!(docs[1].origin, "mem:3");
}

#[test]
fn jsonl_invalid_utf8_in_a_line_is_a_warning_and_the_record_is_kept() {
    let input = b"{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Caf\xe9 talks.\"}\n";
    let (docs, errs) = read_bytes(input, Format::Jsonl);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].text, "Caf\u{fffd} talks.");
    assert_eq!(errs.len(), 1);
    assert!(errs[0].is_warning());
    assert_eq!(
        errs[0].to_string(),
        "mem:2: invalid UTF-8; decoded with replacement characters"
    );
}

#[test]
fn jsonl_empty_or_all_blank_is_one_warning() {
    for input in [&b""[..], b"\n\n  \r\n"] {
        let (docs, errs) = read_bytes(input, Format::Jsonl);
        assert!(docs.is_empty());
        assert_eq!(errs.len(), 1);
        assert!(matches!(errs[0].kind, ReadErrorKind::Empty));
    }
    // Lines that were all bad are their own errors; no extra "empty" warning.
    let (_, errs) = read_bytes(b"x\ny\n", Format::Jsonl);
    assert_eq!(errs.len(), 2);
}

#[test]
fn invalid_utf8_is_a_warning_naming_the_line_and_the_text_is_kept() {
    let d = tmp("utf8");
    let p = write(&d, "bad.txt", b"First line.\nRussia \xff\xfe and China.");
    let (docs, errs) = read(&p);
    assert_eq!(docs.len(), 1);
    assert_eq!(errs.len(), 1);
    assert!(errs[0].is_warning());
    assert_eq!(errs[0].line, Some(2));
    assert!(errs[0].to_string().contains("bad.txt:2: invalid UTF-8"));
    assert!(docs[0].text.contains("and China."));
}

#[test]
fn binary_directory_missing_empty_and_utf16() {
    let d = tmp("bad");
    let bin = write(&d, "b.txt", b"abc\0def");
    assert!(matches!(read(&bin).1[0].kind, ReadErrorKind::Binary));
    let ctl = write(&d, "c.jsonl", &[1u8, 2, 3, 4, 5, 6, 7, 8, b'\n', b'{'][..]);
    assert!(matches!(read(&ctl).1[0].kind, ReadErrorKind::Binary));
    let (docs, errs) = read(&d);
    assert!(docs.is_empty() && matches!(errs[0].kind, ReadErrorKind::Directory));
    assert!(errs[0]
        .to_string()
        .ends_with("is a directory, not a document"));
    let missing = d.join("missing.txt");
    let errs = read(&missing).1;
    assert!(matches!(errs[0].kind, ReadErrorKind::Io(_)));
    assert!(errs[0]
        .to_string()
        .starts_with(&format!("{}: cannot read:", missing.display())));
    let empty = write(&d, "e.txt", b"  \n");
    let (docs, errs) = read(&empty);
    assert!(docs.is_empty() && errs[0].is_warning());
    let bom_only = write(&d, "bom.txt", b"\xEF\xBB\xBF\n");
    assert!(matches!(read(&bom_only).1[0].kind, ReadErrorKind::Empty));
    let utf16 = write(&d, "w.txt", b"\xFF\xFEC\0h\0i\0n\0a\0");
    let errs = read(&utf16).1;
    assert!(matches!(errs[0].kind, ReadErrorKind::Utf16));
    assert!(!errs[0].is_warning());
}

#[test]
fn byte_order_mark_counts_in_offsets_of_plain_text() {
    let d = tmp("bom");
    let bytes = b"\xEF\xBB\xBFRussia and China signed.\r\nThey traded.";
    let p = write(&d, "bom.txt", bytes);
    let (docs, errs) = read(&p);
    assert!(errs.is_empty());
    let doc = &docs[0];
    let s = split_sentences(&doc.clean);
    assert_eq!(s.len(), 2);
    // Offsets are the file's byte offsets: the mark is counted, never shown.
    let (a, b) = doc.to_original(s[0].start, s[0].end);
    assert_eq!(&bytes[a..b], b"Russia and China signed.");
    assert_eq!(doc.sentence_text(&s[1]), "They traded.");
}

#[test]
fn html_by_extension_and_byte_order_mark() {
    let d = tmp("html");
    let bytes =
        "\u{feff}<html><head><title>T</title></head><body><p>Hello <i>world</i>.</p></body></html>";
    let p = write(&d, "page.html", bytes.as_bytes());
    let (docs, errs) = read(&p);
    assert!(errs.is_empty());
    assert_eq!(docs[0].id, "page");
    assert_eq!(crate_fold(&docs[0].clean), "Hello world.");
    let s = split_sentences(&docs[0].clean);
    let (a, b) = docs[0].to_original(s[0].start, s[0].end);
    assert_eq!(&bytes[a..b], "Hello <i>world</i>.");
}

fn crate_fold(s: &str) -> String {
    annals_text::fold_whitespace(s)
}

#[test]
fn stdin_like_readers_are_sniffed() {
    let (docs, _) = read_bytes(b"  {\"id\":\"j\",\"text\":\"A.\"}\n", Format::Auto);
    assert_eq!(docs[0].id, "j");
    let (docs, _) = read_bytes(b"<p>Page text.</p>", Format::Auto);
    assert_eq!(crate_fold(&docs[0].clean), "Page text.");
    let (docs, _) = read_bytes(b"In 1969 they fought.", Format::Auto);
    assert_eq!(docs[0].id, "mem");
    assert_eq!(docs[0].text, "In 1969 they fought.");
}

/// A reader over many JSONL records that counts the bytes handed out.
struct Counting {
    data: std::io::Cursor<Vec<u8>>,
    read: Arc<AtomicUsize>,
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.data.read(buf)?;
        self.read.fetch_add(n, Ordering::SeqCst);
        Ok(n)
    }
}

#[test]
fn jsonl_is_streamed_a_line_at_a_time() {
    let mut data = Vec::new();
    for i in 0..4000 {
        writeln!(
            data,
            "{{\"id\":\"d{i}\",\"text\":\"{}\"}}",
            "Russia and China traded. ".repeat(20)
        )
        .unwrap();
    }
    let total = data.len();
    let read = Arc::new(AtomicUsize::new(0));
    let reader = Counting {
        data: std::io::Cursor::new(data),
        read: read.clone(),
    };
    let mut docs = DocReader::from_reader("big", "big", Box::new(reader), Format::Jsonl);
    let first = docs.next().unwrap().unwrap();
    assert_eq!(first.id, "d0");
    // Only a buffer's worth was read for the first document, not the file.
    let after_first = read.load(Ordering::SeqCst);
    assert!(
        after_first <= 1 << 17,
        "{after_first} of {total} bytes read"
    );
    assert!(total > 8 * after_first);
    assert_eq!(docs.count(), 3999);
    assert_eq!(read.load(Ordering::SeqCst), total);
}

#[test]
fn a_single_50_mb_line_is_one_document() {
    let sentence = "In 1979, China attacked Vietnam. ";
    let n = 50_000_000 / sentence.len() + 1;
    let mut data = Vec::with_capacity(n * sentence.len() + 32);
    data.extend_from_slice(b"{\"id\":\"big\",\"text\":\"");
    for _ in 0..n {
        data.extend_from_slice(sentence.as_bytes());
    }
    data.extend_from_slice(b"\"}\n{\"id\":\"small\",\"text\":\"After.\"}\n");
    let (docs, errs) = read_bytes(&data, Format::Jsonl);
    assert!(errs.is_empty());
    assert_eq!(docs.len(), 2);
    assert!(docs[0].text.len() > 50_000_000);
    assert_eq!(docs[1].id, "small");
    // The same as a plain text file with no line break at all.
    let (docs, errs) = read_bytes(&data[20..data.len() - 40], Format::Text);
    assert!(errs.is_empty() && docs[0].text.len() > 50_000_000);
}
