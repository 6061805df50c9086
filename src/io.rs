//! Input and output shared by the subcommands: which documents to read, the
//! document date, where to write, and how problems are reported.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use annals_text::read::Format;
use annals_text::{read_input, Document, Input};
use annals_time::Date;
use anyhow::{bail, Context, Result};

/// Arguments naming the documents to read.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Documents to read: .txt, .html/.htm, .jsonl (one {"id","text","date"} a line), or - for stdin.
    #[arg(value_name = "FILE")]
    pub files: Vec<String>,

    /// Read every input as this format instead of guessing from its extension.
    #[arg(long, value_name = "FORMAT", value_parser = ["auto", "txt", "html", "jsonl"], default_value = "auto")]
    pub input_format: String,

    /// The documents' creation date (YYYY-MM-DD): anchors "today", "last year", "in recent years".
    /// Overrides JSONL "date" fields; without either, today's date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub dct: Option<String>,
}

impl InputArgs {
    /// The inputs: the files named, or stdin when none are and stdin is not a terminal.
    pub fn inputs(&self) -> Result<Vec<Input>> {
        if self.files.is_empty() {
            if io::stdin().is_terminal() {
                bail!("no input: name one or more files, or pipe text into '-' (see --help)");
            }
            return Ok(vec![Input::Stdin]);
        }
        Ok(self.files.iter().map(|f| Input::from_arg(f)).collect())
    }

    /// The input format chosen.
    pub fn format(&self) -> Format {
        match self.input_format.as_str() {
            "txt" => Format::Text,
            "html" => Format::Html,
            "jsonl" => Format::Jsonl,
            _ => Format::Auto,
        }
    }

    /// The `--dct` date, checked.
    pub fn dct(&self) -> Result<Option<Date>> {
        match &self.dct {
            None => Ok(None),
            Some(s) => Date::parse(s)
                .map(Some)
                .with_context(|| format!("--dct {s:?}: expected a date as YYYY-MM-DD")),
        }
    }
}

/// Today's date (UTC), the default document date.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::new(1970, 1, 1)
        .expect("valid")
        .add_days((secs / 86_400) as i64)
}

/// Streams every document of every input to `f`, reporting problems on stderr.
/// Returns whether any input failed.
pub fn for_each_document(
    args: &InputArgs,
    report: &mut Reporter,
    mut f: impl FnMut(Document, Date) -> Result<()>,
) -> Result<()> {
    let dct_flag = args.dct()?;
    let default_dct = today();
    for input in args.inputs()? {
        for item in read_input(&input, args.format()) {
            match item {
                Ok(doc) => {
                    let dct = match (dct_flag, doc.date.as_deref()) {
                        (Some(d), _) => d,
                        (None, Some(s)) => match Date::parse(s) {
                            Some(d) => d,
                            None => {
                                report.warn(&format!(
                                    "{}: bad \"date\" {s:?} (expected YYYY-MM-DD); using today",
                                    doc.origin
                                ));
                                default_dct
                            }
                        },
                        (None, None) => default_dct,
                    };
                    report.progress(doc.text.len());
                    f(doc, dct)?;
                }
                Err(e) if e.is_warning() => report.warn(&e.to_string()),
                Err(e) => report.error(&e.to_string()),
            }
        }
    }
    report.finish();
    Ok(())
}

/// Reports problems on stderr, remembers whether any input failed, and shows
/// progress on long runs when stderr is a terminal.
pub struct Reporter {
    failed: bool,
    started: Instant,
    last_progress: Instant,
    docs: u64,
    bytes: u64,
    show_progress: bool,
    progress_shown: bool,
}

impl Reporter {
    /// A reporter; progress only when `progress` and stderr is a terminal.
    pub fn new(progress: bool) -> Reporter {
        let now = Instant::now();
        Reporter {
            failed: false,
            started: now,
            last_progress: now,
            docs: 0,
            bytes: 0,
            show_progress: progress && io::stderr().is_terminal(),
            progress_shown: false,
        }
    }

    /// An error that lost input; the run will exit non-zero.
    pub fn error(&mut self, msg: &str) {
        self.failed = true;
        self.clear_progress();
        eprintln!("annals: error: {msg}");
    }

    /// A warning: input was kept, but something is off.
    pub fn warn(&mut self, msg: &str) {
        self.clear_progress();
        eprintln!("annals: warning: {msg}");
    }

    fn progress(&mut self, bytes: usize) {
        self.docs += 1;
        self.bytes += bytes as u64;
        if self.show_progress
            && self.last_progress.elapsed().as_millis() > 500
            && self.started.elapsed().as_secs() >= 1
        {
            self.last_progress = Instant::now();
            let secs = self.started.elapsed().as_secs_f64();
            eprint!(
                "\r{} documents, {:.1} MB, {:.1} MB/s   ",
                self.docs,
                self.bytes as f64 / 1e6,
                self.bytes as f64 / 1e6 / secs
            );
            self.progress_shown = true;
        }
    }

    fn clear_progress(&mut self) {
        if self.progress_shown {
            eprint!("\r{:60}\r", "");
            self.progress_shown = false;
        }
    }

    fn finish(&mut self) {
        self.clear_progress();
    }

    /// The exit status: 1 when any input failed.
    pub fn status(&self) -> ExitCode {
        if self.failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Where output goes: `-o FILE` or stdout.
#[derive(clap::Args, Debug, Clone)]
pub struct OutputArgs {
    /// Write to this file instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl OutputArgs {
    /// A buffered writer to the chosen place.
    pub fn writer(&self) -> Result<Box<dyn Write>> {
        Ok(match &self.output {
            Some(p) => Box::new(BufWriter::with_capacity(
                1 << 16,
                File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
            )),
            None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock())),
        })
    }
}

/// Whether an error is a closed pipe (`annals code big.txt | head`), which is success.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
