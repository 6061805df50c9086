//! Streaming documents out of inputs.
//!
//! `.txt` (and any unknown extension) is one plain-text document, `.html`/`.htm`
//! one HTML document, `.jsonl`/`.ndjson` one document a line
//! (`{"id": ..., "text": ..., "date": ...}`). JSONL is read a line at a time, so
//! memory is bounded by the largest document, not by the file. Every problem is a
//! [`ReadError`] naming the file (and line); reading goes on after it.

use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::{Document, SourceKind};

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
    /// The 1-based line, for JSONL.
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
    /// The input holds NUL bytes: not text. Skipped.
    Binary,
    /// Bytes that are not UTF-8; decoded with replacement characters (a warning).
    InvalidUtf8,
    /// Nothing to read (a warning).
    Empty,
    /// A JSONL line that is not a JSON object of the expected shape.
    Json(String),
    /// A JSONL record without a `text` string.
    MissingText,
}

impl ReadError {
    /// Warnings leave a usable document (or nothing to do); errors lose input.
    pub fn is_warning(&self) -> bool {
        matches!(self.kind, ReadErrorKind::InvalidUtf8 | ReadErrorKind::Empty)
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
            ReadErrorKind::Binary => write!(f, "binary data (NUL bytes), not text; skipped"),
            ReadErrorKind::InvalidUtf8 => {
                write!(f, "invalid UTF-8; decoded with replacement characters")
            }
            ReadErrorKind::Empty => write!(f, "no text to read"),
            ReadErrorKind::Json(m) => write!(f, "not a JSON document record: {m}; line skipped"),
            ReadErrorKind::MissingText => write!(f, "record has no \"text\" string; line skipped"),
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
    docs: u64,
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
        let mut r = DocReader {
            file,
            stem,
            pending: VecDeque::new(),
            lines: None,
        };
        match r.open_reader(input) {
            Ok(reader) => r.start(input, format, reader),
            Err(kind) => r.fail(None, kind),
        }
        r
    }

    fn open_reader(&self, input: &Input) -> Result<Box<dyn Read>, ReadErrorKind> {
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

    fn start(&mut self, input: &Input, format: Format, reader: Box<dyn Read>) {
        let mut reader = BufReader::with_capacity(1 << 16, reader);
        let format = match (format, input) {
            (Format::Auto, Input::Path(p)) => format_of_path(p),
            (Format::Auto, Input::Stdin) => sniff(&mut reader),
            (f, _) => f,
        };
        match format {
            Format::Jsonl => {
                self.lines = Some(LineState {
                    reader,
                    line: 0,
                    buf: Vec::new(),
                    docs: 0,
                })
            }
            Format::Html => self.read_whole(reader, SourceKind::Html),
            Format::Text | Format::Auto => self.read_whole(reader, SourceKind::Plain),
        }
    }

    fn read_whole(&mut self, mut reader: BufReader<Box<dyn Read>>, kind: SourceKind) {
        let mut bytes = Vec::new();
        if let Err(e) = reader.read_to_end(&mut bytes) {
            return self.fail(None, ReadErrorKind::Io(e));
        }
        if memchr::memchr(0, &bytes[..bytes.len().min(1 << 16)]).is_some() {
            return self.fail(None, ReadErrorKind::Binary);
        }
        let text = self.decode(bytes, None);
        if text.trim().is_empty() {
            return self.fail(None, ReadErrorKind::Empty);
        }
        let doc = Document::new(&self.stem, text, kind, None, self.file.clone());
        self.pending.push_back(Ok(doc));
    }

    fn decode(&mut self, bytes: Vec<u8>, line: Option<u64>) -> String {
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                self.fail(line, ReadErrorKind::InvalidUtf8);
                String::from_utf8_lossy(e.as_bytes()).into_owned()
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
            match st.reader.read_until(b'\n', &mut st.buf) {
                Ok(0) => {
                    let empty = st.docs == 0;
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
            if st.buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            let bytes = std::mem::take(&mut st.buf);
            let text = self.decode(bytes, Some(line));
            match parse_record(&text) {
                Ok(rec) => {
                    let id = rec.id.unwrap_or_else(|| format!("{}-{}", self.stem, line));
                    let origin = format!("{}:{}", self.file, line);
                    let doc = Document::new(&id, rec.text, SourceKind::Plain, rec.date, origin);
                    if let Some(st) = self.lines.as_mut() {
                        st.docs += 1;
                    }
                    self.pending.push_back(Ok(doc));
                }
                Err(kind) => self.fail(Some(line), kind),
            }
            return;
        }
    }
}

impl Iterator for DocReader {
    type Item = Result<Document, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.pending.is_empty() {
            self.next_line();
        }
        self.pending.pop_front()
    }
}

struct Record {
    id: Option<String>,
    text: String,
    date: Option<String>,
}

fn parse_record(line: &str) -> Result<Record, ReadErrorKind> {
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| ReadErrorKind::Json(e.to_string()))?;
    let obj = v
        .as_object()
        .ok_or_else(|| ReadErrorKind::Json("not an object".into()))?;
    let text = match obj.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        _ => return Err(ReadErrorKind::MissingText),
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let date = obj.get("date").and_then(|d| d.as_str()).map(str::to_string);
    Ok(Record { id, text, date })
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

fn sniff(reader: &mut BufReader<Box<dyn Read>>) -> Format {
    let Ok(buf) = reader.fill_buf() else {
        return Format::Text;
    };
    match buf.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Format::Jsonl,
        Some(b'<') => Format::Html,
        _ => Format::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let p = dir.join(name);
        File::create(&p).unwrap().write_all(bytes).unwrap();
        p
    }

    fn collect(p: &Path) -> (Vec<Document>, Vec<ReadError>) {
        let (mut docs, mut errs) = (Vec::new(), Vec::new());
        for item in read_input(&Input::Path(p.to_path_buf()), Format::Auto) {
            match item {
                Ok(d) => docs.push(d),
                Err(e) => errs.push(e),
            }
        }
        (docs, errs)
    }

    fn tmp() -> PathBuf {
        let d = std::env::temp_dir().join(format!(
            "annals-text-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn jsonl_bad_lines_are_reported_and_skipped() {
        let d = tmp();
        let p = write(&d, "c.jsonl", b"{\"id\":\"a\",\"text\":\"One.\"}\nnot json\n\n{\"id\":2}\n{\"text\":\"Two.\",\"date\":\"2001-02-03\"}\n");
        let (docs, errs) = collect(&p);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "a");
        assert_eq!(docs[1].id, "c-5");
        assert_eq!(docs[1].date.as_deref(), Some("2001-02-03"));
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].line, Some(2));
        assert!(errs[1].to_string().contains("c.jsonl:4:"), "{}", errs[1]);
    }

    #[test]
    fn invalid_utf8_is_a_warning_and_the_text_is_kept() {
        let d = tmp();
        let p = write(&d, "bad.txt", b"Russia \xff\xfe and China.");
        let (docs, errs) = collect(&p);
        assert_eq!(docs.len(), 1);
        assert!(errs[0].is_warning());
        assert!(docs[0].text.contains("China"));
    }

    #[test]
    fn binary_directory_missing_and_empty() {
        let d = tmp();
        let bin = write(&d, "b.txt", b"abc\0def");
        assert!(matches!(collect(&bin).1[0].kind, ReadErrorKind::Binary));
        assert!(matches!(collect(&d).1[0].kind, ReadErrorKind::Directory));
        assert!(matches!(
            collect(&d.join("missing.txt")).1[0].kind,
            ReadErrorKind::Io(_)
        ));
        let empty = write(&d, "e.txt", b"  \n");
        let (docs, errs) = collect(&empty);
        assert!(docs.is_empty() && errs[0].is_warning());
    }

    #[test]
    fn html_by_extension() {
        let d = tmp();
        let p = write(&d, "page.html", b"<p>Hello <i>world</i>.</p>");
        let (docs, _) = collect(&p);
        assert_eq!(docs[0].id, "page");
        assert!(docs[0].clean.contains("Hello world."));
    }
}
