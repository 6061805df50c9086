//! `annals code`: the political events in documents, one record each.

use std::io::Write;
use std::process::ExitCode;

use annals_code::Event;
use anyhow::Result;

use crate::io::{for_each_document, InputArgs, OutputArgs, Reporter};

const USAGE: &str =
    "Reads documents and writes one record per political event found: who did what to \
whom (CAMEO actor and event codes, PLOVER category, quad class, Goldstein score), when (a \
date interval and where it came from), and the words that prove it.

Inputs: .txt (plain text), .html/.htm (the page's visible text), .jsonl (one document a line: \
{\"id\": \"...\", \"text\": \"...\", \"date\": \"YYYY-MM-DD\"}), or - for stdin. Spans in the \
output are byte offsets into each document's original text.

Examples:
  annals code examples/sweden-denmark.txt
  annals code --format csv news.jsonl -o events.csv
  annals code --dct 2024-05-01 article.html
  annals code --explain examples/sweden-denmark.txt 2>&1 | less
  annals code --dict my-dict/ corpus.jsonl      (extra actors and patterns; see 'annals dict')";

/// Arguments of `annals code`.
#[derive(clap::Args, Debug)]
#[command(long_about = USAGE)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    output: OutputArgs,
    #[command(flatten)]
    dicts: crate::dicts::DictArgs,

    /// Output format: jsonl (one JSON record a line, see DESIGN.md), csv or tsv (the same
    /// fields flattened into named columns).
    #[arg(long, value_parser = ["jsonl", "csv", "tsv"], default_value = "jsonl")]
    format: String,

    /// Show, sentence by sentence, the actors, triggers and times recognised and why each
    /// candidate event was or was not coded (on stderr).
    #[arg(long)]
    explain: bool,
}

/// Runs `annals code`.
pub fn run(args: Args) -> Result<ExitCode> {
    let coder = args.dicts.coder()?;
    let mut out = args.output.writer()?;
    let mut sink = Sink::new(&args.format);
    let mut report = Reporter::new(true);
    let mut explanation = String::new();
    for_each_document(&args.input, &mut report, |doc, dct| {
        let events = if args.explain {
            explanation.clear();
            let ev = coder.code_explained(&doc, dct, &mut explanation);
            eprint!("{explanation}");
            ev
        } else {
            coder.code(&doc, dct)
        };
        sink.write(&mut out, &events)
    })?;
    out.flush()?;
    Ok(report.status())
}

/// Writes events in the chosen format.
pub struct Sink {
    format: String,
    header_done: bool,
}

impl Sink {
    /// A sink for `jsonl`, `csv` or `tsv`.
    pub fn new(format: &str) -> Sink {
        Sink {
            format: format.to_string(),
            header_done: false,
        }
    }

    /// Writes a batch of events.
    pub fn write(&mut self, out: &mut dyn Write, events: &[Event]) -> Result<()> {
        match self.format.as_str() {
            "csv" | "tsv" => {
                let delim = if self.format == "csv" { b',' } else { b'\t' };
                let mut w = csv::WriterBuilder::new()
                    .delimiter(delim)
                    .has_headers(false)
                    .from_writer(&mut *out);
                if !self.header_done {
                    w.write_record(COLUMNS)?;
                    self.header_done = true;
                }
                for e in events {
                    w.write_record(flatten(e))?;
                }
                w.flush()?;
            }
            _ => {
                for e in events {
                    serde_json::to_writer(&mut *out, e)?;
                    out.write_all(b"\n")?;
                }
            }
        }
        Ok(())
    }
}

/// Column names of the flat formats.
pub const COLUMNS: &[&str] = &[
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

fn flatten(e: &Event) -> Vec<String> {
    let d = e.date.as_ref();
    let opt = |s: Option<&str>| s.map_or_else(String::new, str::to_string);
    let actor = |a: Option<&annals_code::ActorRecord>| -> Vec<String> {
        match a {
            Some(a) => vec![
                a.code.to_string(),
                a.country.to_string(),
                opt(a.agent.as_deref()),
                a.name.to_string(),
                opt(a.polity.as_deref()),
                a.text.to_string(),
                a.span[0].to_string(),
                a.span[1].to_string(),
            ],
            None => vec![String::new(); 8],
        }
    };
    let mut row = vec![
        e.id.clone(),
        e.doc.clone(),
        e.sentence.to_string(),
        d.map_or(String::new(), |d| d.edtf.clone()),
        d.map_or(String::new(), |d| d.start.clone()),
        d.map_or(String::new(), |d| d.end.clone()),
        d.map_or(String::new(), |d| d.precision.to_string()),
        d.map_or(String::new(), |d| d.approximate.to_string()),
        d.map_or(String::new(), |d| d.basis.to_string()),
    ];
    row.extend(actor(e.source.as_ref()));
    row.extend(actor(e.target.as_ref()));
    row.extend([
        e.event.cameo.to_string(),
        e.event.root.to_string(),
        e.event.label.to_string(),
        e.event.plover.to_string(),
        e.event.quad_class.to_string(),
        format!("{:.1}", e.event.goldstein),
        e.symmetric.to_string(),
        e.negated.to_string(),
        e.trigger.text.clone(),
        e.trigger.span[0].to_string(),
        e.trigger.span[1].to_string(),
        e.rule.clone(),
        e.span[0].to_string(),
        e.span[1].to_string(),
        e.text.clone(),
    ]);
    row
}
