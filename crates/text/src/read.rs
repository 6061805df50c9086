//! Streaming documents out of inputs.
//!
//! `.txt` (and any unknown extension) is one plain-text document, `.html`/`.htm`
//! one HTML document, `.jsonl`/`.ndjson` one document a line
//! (`{"id": ..., "text": ..., "date": ...}`). JSONL is read a line at a time, so
//! memory is bounded by the largest document, not by the file. Every problem is a
//! [`ReadError`] naming the file (and line); reading goes on after it.
//!
//! Offsets: spans of a `.txt` or `.html` document are byte offsets into the file
//! as it is on disk. A UTF-8 byte-order mark at its start is kept in
//! [`Document::text`] and counted, but blanked (plain) or skipped (HTML) in the
//! clean text, so it never reaches a sentence. Bytes that are not UTF-8 are
//! decoded to U+FFFD (three bytes each), so after the first of them offsets
//! count the decoded text; the warning names the line where that starts. Spans
//! of a JSONL document are byte offsets into its `text` string as decoded from
//! JSON.

use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::{Document, SourceKind};

/// The largest document read, in bytes: token offsets are 32-bit.
pub const MAX_DOCUMENT: u64 = u32::MAX as u64;

/// How much of an input's start is examined to tell text from binary data.
const SNIFF: usize = 1 << 16;

/// Where documents come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-` on the command line).
    Stdin,
    /// A file.
    Path(PathBuf),
}

impl Input {
    /// `-` is stdin, anything else a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }

    /// The name used in messages.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::Path(p) => p.display().to_string(),
        }
    }
}

/// How to read an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    /// By extension; stdin by its first visible byte (`{` JSONL, `<` HTML).
    #[default]
    Auto,
    /// Plain text.
    Text,
    /// HTML.
    Html,
    /// One JSON document a line.
    Jsonl,
}

/// A problem with one input, or one line of it.
#[derive(Debug)]
pub struct ReadError {
    /// The input's name.
    pub file: String,
    /// The 1-based line: of the JSONL record, or where invalid UTF-8 starts.
    pub line: Option<u64>,
    /// What went wrong.
    pub kind: ReadErrorKind,
}

/// What went wrong while reading.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReadErrorKind {
    /// The operating system refused (missing file, no permission, ...).
    Io(io::Error),
    /// The path is a directory.
    Directory,
    /// The input holds NUL bytes or control characters: not text. Skipped.
    Binary,
    /// Bytes that are not UTF-8; decoded with replacement characters (a warning).
    InvalidUtf8,
    /// Nothing to read (a warning).
    Empty,
    /// A JSONL line that is not a JSON object of the expected shape.
    Json(String),
    /// A JSONL record without a `text` field.
    MissingText,
    /// A JSONL record whose `text` is not a string (what it is instead).
    TextNotString(&'static str),
    /// A JSONL field other than `text` with a value of the wrong type; the
    /// field is ignored and the record read (a warning).
    BadField {
        /// The field's name.
        field: &'static str,
        /// What its value is instead of a string.
        found: &'static str,
    },
    /// UTF-16 text (it starts with a UTF-16 byte-order mark). Skipped.
    Utf16,
    /// A document larger than [`MAX_DOCUMENT`] bytes. Skipped.
    TooLarge,
}

impl ReadError {
    /// Warnings leave a usable document (or nothing to do); errors lose input.
    pub fn is_warning(&self) -> bool {
        matches!(
            self.kind,
            ReadErrorKind::InvalidUtf8 | ReadErrorKind::Empty | ReadErrorKind::BadField { .. }
        )
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: ", self.file, l)?,
            None => write!(f, "{}: ", self.file)?,
        }
        match &self.kind {
            ReadErrorKind::Io(e) => write!(f, "cannot read: {e}"),
            ReadErrorKind::Directory => write!(f, "is a directory, not a document"),
            ReadErrorKind::Binary => {
                write!(f, "binary data (NUL or control bytes), not text; skipped")
            }
            ReadErrorKind::InvalidUtf8 => {
                write!(f, "invalid UTF-8; decoded with replacement characters")
            }
            ReadErrorKind::Empty => write!(f, "no text to read"),
            ReadErrorKind::Json(m) => write!(f, "{m}; line skipped"),
            ReadErrorKind::MissingText => write!(f, "record has no \"text\" field; line skipped"),
            ReadErrorKind::TextNotString(found) => {
                write!(f, "\"text\" is {found}, not a string; line skipped")
            }
            ReadErrorKind::BadField { field, found } => {
                write!(f, "\"{field}\" is {found}, not a string; ignored")
            }
            ReadErrorKind::Utf16 => write!(
                f,
                "UTF-16 text, not UTF-8; skipped (convert it: iconv -f UTF-16 -t UTF-8)"
            ),
            ReadErrorKind::TooLarge => write!(
                f,
                "document larger than {} bytes; skipped (split it)",
                MAX_DOCUMENT
            ),
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ReadErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

/// Opens `input` and returns an iterator over its documents and problems.
pub fn read_input(input: &Input, format: Format) -> DocReader {
    DocReader::open(input, format)
}

/// Iterator over the documents (and problems) of one input.
pub struct DocReader {
    file: String,
    stem: String,
    pending: VecDeque<Result<Document, ReadError>>,
    lines: Option<LineState>,
}

struct LineState {
    reader: BufReader<Box<dyn Read>>,
    line: u64,
    buf: Vec<u8>,
    /// Lines that held anything but whitespace.
    records: u64,
}

impl DocReader {
    fn open(input: &Input, format: Format) -> DocReader {
        let file = input.name();
        let stem = match input {
            Input::Stdin => "stdin".to_string(),
            Input::Path(p) => p
                .file_stem()
                .map_or_else(|| file.clone(), |s| s.to_string_lossy().into_owned()),
        };
        let format = match (format, input) {
            (Format::Auto, Input::Path(p)) => format_of_path(p),
            (f, _) => f,
        };
        match open_reader(input) {
            Ok(reader) => DocReader::from_reader(&file, &stem, reader, format),
            Err(kind) => {
                let mut r = DocReader::empty(&file, &stem);
                r.fail(None, kind);
                r
            }
        }
    }

    /// Reads documents from any reader: `name` is used in messages, `stem` as
    /// the id of a whole-input document (and of JSONL records without one).
    /// [`Format::Auto`] looks at the first visible byte.
    pub fn from_reader(name: &str, stem: &str, reader: Box<dyn Read>, format: Format) -> DocReader {
        let mut r = DocReader::empty(name, stem);
        let mut reader = BufReader::with_capacity(SNIFF, reader);
        let head = match reader.fill_buf() {
            Ok(h) => h,
            Err(e) => {
                r.fail(None, ReadErrorKind::Io(e));
                return r;
            }
        };
        if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
            r.fail(None, ReadErrorKind::Utf16);
            return r;
        }
        if looks_binary(head) {
            r.fail(None, ReadErrorKind::Binary);
            return r;
        }
        let format = match format {
            Format::Auto => sniff(head),
            f => f,
        };
        match format {
            Format::Jsonl => {
                r.lines = Some(LineState {
                    reader,
                    line: 0,
                    buf: Vec::new(),
                    records: 0,
                })
            }
            Format::Html => r.read_whole(reader, SourceKind::Html),
            Format::Text | Format::Auto => r.read_whole(reader, SourceKind::Plain),
        }
        r
    }

    fn empty(file: &str, stem: &str) -> DocReader {
        DocReader {
            file: file.to_string(),
            stem: stem.to_string(),
            pending: VecDeque::new(),
            lines: None,
        }
    }

    fn read_whole(&mut self, reader: BufReader<Box<dyn Read>>, kind: SourceKind) {
        let mut bytes = Vec::new();
        // One byte past the limit tells a too-large input without reading it all.
        if let Err(e) = reader.take(MAX_DOCUMENT + 1).read_to_end(&mut bytes) {
            return self.fail(None, ReadErrorKind::Io(e));
        }
        if bytes.len() as u64 > MAX_DOCUMENT {
            return self.fail(None, ReadErrorKind::TooLarge);
        }
        let text = self.decode(bytes, None);
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            return self.fail(None, ReadErrorKind::Empty);
        }
        let doc = Document::new(&self.stem, text, kind, None, self.file.clone());
        self.pending.push_back(Ok(doc));
    }

    /// Decodes `bytes`, replacing what is not UTF-8 and warning where it starts
    /// (`line` of a JSONL record, else the line within the text).
    fn decode(&mut self, bytes: Vec<u8>, line: Option<u64>) -> String {
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let line = line
                    .or_else(|| Some(1 + memchr::memchr_iter(b'\n', &bytes[..at]).count() as u64));
                self.fail(line, ReadErrorKind::InvalidUtf8);
                String::from_utf8_lossy(&bytes).into_owned()
            }
        }
    }

    fn fail(&mut self, line: Option<u64>, kind: ReadErrorKind) {
        self.pending.push_back(Err(ReadError {
            file: self.file.clone(),
            line,
            kind,
        }));
    }

    /// Reads JSONL lines until one yields something (a document or a problem).
    fn next_line(&mut self) {
        loop {
            let Some(st) = self.lines.as_mut() else {
                return;
            };
            st.buf.clear();
            let read = (&mut st.reader)
                .take(MAX_DOCUMENT + 1)
                .read_until(b'\n', &mut st.buf);
            match read {
                Ok(0) => {
                    let empty = st.records == 0;
                    self.lines = None;
                    if empty {
                        self.fail(None, ReadErrorKind::Empty);
                    }
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    let line = st.line + 1;
                    self.lines = None;
                    return self.fail(Some(line), ReadErrorKind::Io(e));
                }
            }
            st.line += 1;
            let line = st.line;
            if st.buf.len() as u64 > MAX_DOCUMENT {
                // The rest of this line would be read as the next one: stop here.
                self.lines = None;
                return self.fail(Some(line), ReadErrorKind::TooLarge);
            }
            // A byte-order mark may open the file; it is not part of the JSON.
            let bom = if line == 1 && st.buf.starts_with(b"\xEF\xBB\xBF") {
                3
            } else {
                0
            };
            if st.buf[bom..].iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            st.records += 1;
            let mut bytes = std::mem::take(&mut st.buf);
            bytes.drain(..bom);
            let json = self.decode(bytes, Some(line));
            let parsed = parse_record(&json);
            // The line is no longer needed: free it before the document's
            // clean text is made, so a huge record is held twice, not thrice.
            drop(json);
            self.record(parsed, line);
            return;
        }
    }

    /// Turns one JSONL line into a document, or reports why it cannot.
    fn record(&mut self, parsed: Result<Record, ReadErrorKind>, line: u64) {
        let rec = match parsed {
            Ok(rec) => rec,
            Err(kind) => return self.fail(Some(line), kind),
        };
        for (field, found) in rec.bad_fields {
            self.fail(Some(line), ReadErrorKind::BadField { field, found });
        }
        if rec.text.trim().is_empty() {
            return self.fail(Some(line), ReadErrorKind::Empty);
        }
        let id = rec.id.unwrap_or_else(|| format!("{}-{}", self.stem, line));
        let origin = format!("{}:{}", self.file, line);
        let doc = Document::new(&id, rec.text, SourceKind::Plain, rec.date, origin);
        self.pending.push_back(Ok(doc));
    }
}

impl Iterator for DocReader {
    type Item = Result<Document, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.pending.is_empty() && self.lines.is_some() {
            self.next_line();
        }
        self.pending.pop_front()
    }
}

fn open_reader(input: &Input) -> Result<Box<dyn Read>, ReadErrorKind> {
    match input {
        Input::Stdin => Ok(Box::new(io::stdin())),
        Input::Path(p) => {
            if p.is_dir() {
                return Err(ReadErrorKind::Directory);
            }
            File::open(p)
                .map(|f| Box::new(f) as Box<dyn Read>)
                .map_err(ReadErrorKind::Io)
        }
    }
}

/// A JSONL record as read.
struct Record {
    id: Option<String>,
    text: String,
    date: Option<String>,
    /// Fields ignored because of their type: (field, what it was).
    bad_fields: Vec<(&'static str, &'static str)>,
}

fn parse_record(line: &str) -> Result<Record, ReadErrorKind> {
    use serde_json::Value;
    let v: Value = serde_json::from_str(line).map_err(|e| {
        // serde's message ends in "at line 1 column N": give the column only.
        let msg = e.to_string();
        let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
        ReadErrorKind::Json(format!("invalid JSON at column {}: {msg}", e.column()))
    })?;
    let mut obj = match v {
        Value::Object(o) => o,
        other => {
            return Err(ReadErrorKind::Json(format!(
                "{} where a JSON object {{\"text\": ...}} was expected",
                kind_of(&other)
            )))
        }
    };
    // Taken, not cloned: a record's text may be tens of megabytes.
    let text = match obj.remove("text") {
        Some(Value::String(s)) => s,
        Some(other) => return Err(ReadErrorKind::TextNotString(kind_of(&other))),
        None => return Err(ReadErrorKind::MissingText),
    };
    let mut bad_fields = Vec::new();
    let id = match obj.remove("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        None | Some(Value::Null) | Some(Value::String(_)) => None,
        Some(other) => {
            bad_fields.push(("id", kind_of(&other)));
            None
        }
    };
    let date = match obj.remove("date") {
        Some(Value::String(s)) => Some(s),
        None | Some(Value::Null) => None,
        Some(other) => {
            bad_fields.push(("date", kind_of(&other)));
            None
        }
    };
    Ok(Record {
        id,
        text,
        date,
        bad_fields,
    })
}

/// What a JSON value is, for messages.
fn kind_of(v: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The format a path's extension implies.
pub fn format_of_path(p: &Path) -> Format {
    match p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("jsonl") | Some("ndjson") => Format::Jsonl,
        Some("html") | Some("htm") | Some("xhtml") => Format::Html,
        _ => Format::Text,
    }
}

/// The format of an input by its first visible byte (after a byte-order mark).
fn sniff(head: &[u8]) -> Format {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    match head.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Format::Jsonl,
        Some(b'<') => Format::Html,
        _ => Format::Text,
    }
}

/// Whether the start of an input is binary data rather than text in some
/// encoding: it holds a NUL byte, or more than one byte in twenty is a control
/// character that text does not use. Bytes that are not UTF-8 do not count, so
/// text in Latin-1 or another 8-bit encoding is read (with a warning).
fn looks_binary(head: &[u8]) -> bool {
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_nul_or_many_controls() {
        assert!(looks_binary(b"abc\0def"));
        assert!(looks_binary(b"\x01\x02\x03\x04abc"));
        assert!(!looks_binary(b"Plain text\r\n\twith tabs\x0c"));
        assert!(!looks_binary(b"Caf\xe9 in Latin-1"));
        assert!(!looks_binary(b""));
    }

    #[test]
    fn sniffs_past_a_byte_order_mark() {
        assert_eq!(sniff(b"\xEF\xBB\xBF  {\"text\":1}"), Format::Jsonl);
        assert_eq!(sniff(b"\n<!DOCTYPE html>"), Format::Html);
        assert_eq!(sniff(b"In 1969"), Format::Text);
    }

    #[test]
    fn record_fields() {
        let r = parse_record(r#"{"id": 17, "text": "A.", "date": 2001}"#).unwrap();
        assert_eq!(r.id.as_deref(), Some("17"));
        assert_eq!(r.date, None);
        assert_eq!(r.bad_fields, [("date", "a number")]);
        assert!(matches!(
            parse_record(r#"{"text": ["a"]}"#),
            Err(ReadErrorKind::TextNotString("an array"))
        ));
        assert!(matches!(
            parse_record(r#"{"id": "x"}"#),
            Err(ReadErrorKind::MissingText)
        ));
        let Err(ReadErrorKind::Json(m)) = parse_record("[1, 2]") else {
            panic!("an array is not a record")
        };
        assert!(m.starts_with("an array where"), "{m}");
        let Err(ReadErrorKind::Json(m)) = parse_record(r#"{"text": "a",}"#) else {
            panic!("trailing comma")
        };
        assert!(m.starts_with("invalid JSON at column 14"), "{m}");
    }
}
