//! `annals timeline`: the relation between two actors over time, from
//! documents (coded on the fly) or from the events JSONL of `annals code`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use annals_code::{Coder, Event};
use annals_timeline::{Dyad, DyadCounter, Options, TableOptions, TimelineBuilder, Unit};
use anyhow::{bail, Context, Result};

use crate::io::{for_each_document, InputArgs, OutputArgs, Reporter};

/// Arguments of `annals timeline`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Inputs: documents are coded with the built-in coder; a .jsonl (or stdin) whose records \
carry an \"event\" object, as `annals code` writes them, is read as events.\n\n\
Examples:\n  annals timeline --dyad CHN-RUS history.txt\n  \
annals code news.jsonl -o events.jsonl && annals timeline --dyad USA-IRN --by year events.jsonl --html usa-irn.html\n  \
annals timeline --top events.jsonl"
)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    #[command(flatten)]
    output: OutputArgs,

    /// The two actors, by country code: AAA-BBB (events in both directions unless --directed).
    #[arg(long, value_name = "AAA-BBB", required_unless_present = "top")]
    dyad: Option<String>,

    /// Only events from the first actor to the second (mutual events count too).
    #[arg(long)]
    directed: bool,

    /// Period of the summary rows; auto takes the longest that gives at least eight rows.
    #[arg(long, value_name = "PERIOD", default_value = "auto",
          value_parser = ["auto", "day", "month", "year", "decade", "century", "millennium"])]
    by: String,

    /// Output format.
    #[arg(long, value_name = "FORMAT", default_value = "table", value_parser = ["table", "json", "csv"])]
    format: String,

    /// Also write a self-contained HTML page with an interactive chart.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,

    /// Also write the chart as SVG.
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,

    /// Also write the chart as PNG.
    #[arg(long, value_name = "FILE")]
    png: Option<PathBuf>,

    /// Size of the SVG and PNG charts in pixels, WIDTHxHEIGHT.
    #[arg(long, value_name = "WxH", default_value = "1200x520")]
    size: String,

    /// List the pairs of actors with the most events instead of one dyad's timeline.
    #[arg(long, conflicts_with = "dyad")]
    top: bool,

    /// How many pairs --top lists.
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: usize,

    /// Penalty per phase in the change-point search (default ln(events), the BIC);
    /// higher gives fewer, longer phases.
    #[arg(long, value_name = "X")]
    penalty: Option<f64>,

    /// Evidence sentences under each phase and period in the table; in CSV, per period.
    #[arg(long, value_name = "N", default_value_t = 1)]
    evidence: usize,
}

/// The checked configuration.
struct Config {
    mode: Mode,
    opts: Options,
    size: (u32, u32),
}

enum Mode {
    Dyad(Dyad),
    Top(usize, bool),
}

impl Args {
    fn config(&self) -> Result<Config> {
        let mode = match (&self.dyad, self.top) {
            (Some(d), _) => Mode::Dyad(Dyad::parse(d, self.directed)?),
            (None, true) => {
                if self.html.is_some() || self.svg.is_some() || self.png.is_some() {
                    bail!("--top lists dyads; --html, --svg and --png need a --dyad");
                }
                Mode::Top(self.limit, self.directed)
            }
            (None, false) => {
                bail!("name a dyad with --dyad AAA-BBB, or list the busiest with --top")
            }
        };
        let by = if self.by == "auto" {
            None
        } else {
            Some(Unit::parse(&self.by)?)
        };
        if let Some(p) = self.penalty {
            if !(p.is_finite() && p >= 0.0) {
                bail!("--penalty {p}: expected a number of at least 0");
            }
        }
        let size = self
            .size
            .split_once(['x', 'X'])
            .and_then(|(w, h)| Some((w.trim().parse::<u32>().ok()?, h.trim().parse::<u32>().ok()?)))
            .filter(|&(w, h)| (200..=10_000).contains(&w) && (150..=10_000).contains(&h))
            .with_context(|| {
                format!(
                    "--size {:?}: expected WIDTHxHEIGHT in pixels, e.g. 1200x520",
                    self.size
                )
            })?;
        Ok(Config {
            mode,
            opts: Options {
                by,
                penalty: self.penalty,
            },
            size,
        })
    }
}

/// Where events go while inputs are read.
enum Sink {
    Dyad(TimelineBuilder),
    Top(DyadCounter, usize),
}

impl Sink {
    fn add(&mut self, e: Event) {
        match self {
            Sink::Dyad(b) => b.add(e),
            Sink::Top(c, _) => c.add(&e),
        }
    }
}

/// Runs `annals timeline`.
pub fn run(args: Args) -> Result<ExitCode> {
    let cfg = args.config()?;
    let mut report = Reporter::new(true);
    let mut sink = match &cfg.mode {
        Mode::Dyad(d) => Sink::Dyad(TimelineBuilder::new(d.clone())),
        Mode::Top(n, directed) => Sink::Top(DyadCounter::new(*directed), *n),
    };
    read_events(&args.input, &mut report, &mut sink)?;

    let mut out = args.output.writer()?;
    match sink {
        Sink::Dyad(b) => {
            if b.is_empty() {
                report.warn(&format!(
                    "no dated events between {} and {} in the input",
                    b.dyad().a,
                    b.dyad().b
                ));
            }
            let t = b.build(&cfg.opts);
            match args.format.as_str() {
                "json" => {
                    serde_json::to_writer_pretty(&mut out, &t)?;
                    writeln!(out)?;
                }
                "csv" => annals_timeline::write_csv(&t, args.evidence.max(1), &mut out)?,
                _ => annals_timeline::write_table(
                    &t,
                    &TableOptions {
                        evidence: args.evidence,
                        ..Default::default()
                    },
                    &mut out,
                )?,
            }
            out.flush()?;
            if let Some(p) = &args.html {
                std::fs::write(p, annals_timeline::html_page(&t)?)
                    .with_context(|| format!("cannot write {}", p.display()))?;
            }
            if let Some(p) = &args.svg {
                let svg = annals_timeline::svg_chart(&t, cfg.size.0, cfg.size.1)?;
                std::fs::write(p, svg).with_context(|| format!("cannot write {}", p.display()))?;
            }
            if let Some(p) = &args.png {
                let png = annals_timeline::png_chart(&t, cfg.size.0, cfg.size.1)?;
                std::fs::write(p, png).with_context(|| format!("cannot write {}", p.display()))?;
            }
        }
        Sink::Top(c, n) => {
            let top = c.top(n);
            match args.format.as_str() {
                "json" => {
                    serde_json::to_writer_pretty(&mut out, &top)?;
                    writeln!(out)?;
                }
                "csv" => annals_timeline::write_top_csv(&top, &mut out)?,
                _ => annals_timeline::write_top_table(&top, &mut out)?,
            }
            out.flush()?;
        }
    }
    Ok(report.status())
}

/// Reads every input: events JSONL directly, anything else as documents coded
/// with the built-in coder.
fn read_events(input: &InputArgs, report: &mut Reporter, sink: &mut Sink) -> Result<()> {
    let mut files = input.files.clone();
    if files.is_empty() {
        if io::stdin().is_terminal() {
            bail!("no input: name one or more files, or pipe text into '-' (see --help)");
        }
        files.push("-".to_string());
    }
    let may_be_events = matches!(input.input_format.as_str(), "auto" | "jsonl");
    let mut documents = Vec::new();
    for f in files {
        if f == "-" {
            let stdin = io::stdin();
            let mut lock = stdin.lock();
            // Peek without consuming, so a document reader still sees every byte.
            let events = may_be_events && lock.fill_buf().map(first_line_is_event).unwrap_or(false);
            if events {
                read_event_lines("<stdin>", lock, report, sink);
            } else {
                documents.push(f);
            }
            continue;
        }
        let path = PathBuf::from(&f);
        let jsonl = input.input_format == "jsonl"
            || path
                .extension()
                .is_some_and(|e| e == "jsonl" || e == "ndjson");
        if may_be_events && jsonl && !path.is_dir() {
            match File::open(&path) {
                Ok(file) => {
                    let mut r = BufReader::with_capacity(1 << 16, file);
                    if r.fill_buf().map(first_line_is_event).unwrap_or(false) {
                        read_event_lines(&f, r, report, sink);
                        continue;
                    }
                }
                Err(e) => {
                    report.error(&format!("{f}: cannot read: {e}"));
                    continue;
                }
            }
        }
        documents.push(f);
    }
    if !documents.is_empty() {
        let coder = Coder::builtin();
        let docs = InputArgs {
            files: documents,
            ..input.clone()
        };
        for_each_document(&docs, report, |doc, dct| {
            coder.code(&doc, dct).into_iter().for_each(|e| sink.add(e));
            Ok(())
        })?;
    }
    Ok(())
}

/// Whether the buffered start of an input is an event record (it has an
/// `"event"` object) rather than a document record (`"text"` only).
fn first_line_is_event(buf: &[u8]) -> bool {
    let start = buf
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(buf.len());
    let buf = &buf[start..];
    if buf.first() != Some(&b'{') {
        return false;
    }
    let line = buf.split(|&b| b == b'\n').next().unwrap_or(buf);
    match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(line) {
        Ok(m) => m.get("event").is_some_and(|v| v.is_object()),
        // A first line longer than the buffer: look for the key itself.
        Err(_) => {
            let s = String::from_utf8_lossy(line);
            s.contains("\"event\":{") || s.contains("\"event\": {")
        }
    }
}

fn read_event_lines(name: &str, r: impl Read, report: &mut Reporter, sink: &mut Sink) {
    let mut r = BufReader::new(r);
    let mut line = Vec::new();
    let mut n = 0u64;
    loop {
        line.clear();
        n += 1;
        match r.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                report.error(&format!("{name}:{n}: cannot read: {e}"));
                break;
            }
        }
        if line.trim_ascii().is_empty() {
            continue;
        }
        match serde_json::from_slice::<Event>(&line) {
            Ok(e) => sink.add(e),
            Err(e) => report.error(&format!(
                "{name}:{n}: not an event record: {e}; line skipped"
            )),
        }
    }
}
