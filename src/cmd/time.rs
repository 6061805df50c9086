//! `annals time`: the time expressions of documents, normalized.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use annals_text::{split_sentences, Document, Sentence};
use annals_time::{write_timeml, Date, DocTimes, TimeTagger, Timex, When};
use anyhow::{Context, Result};
use serde::Serialize;

use crate::io::{for_each_document, InputArgs, OutputArgs, Reporter};

const USAGE: &str = "List the time expressions of documents: each with its TimeML TIMEX3 type, value and \
mod, its EDTF form, the interval of days it covers, its precision, and where its value came from.

Relative expressions (\"the following year\", \"16 years earlier\", \"that spring\", \"April\") are \
resolved against the narrative time: the last explicit date of the text, not moved by flashbacks, \
quotations or bracketed dates. Expressions relative to the document date (\"today\", \"currently\", \
\"last year\", \"in recent years\") are resolved against --dct, the JSONL \"date\", a date line at \
the top of the document, or else today's date.

Output (default --format jsonl), one object a line; for hist.txt holding \"From 1652 to 1689, ...\":
  {\"doc\":\"hist\",\"sentence\":0,\"text\":\"1652\",\"span\":[5,9],\"type\":\"DATE\",\"value\":\"1652\",
   \"mod\":null,\"edtf\":\"1652\",\"start\":\"1652-01-01\",\"end\":\"1652-12-31\",\"precision\":\"year\",
   \"approximate\":false,\"basis\":\"explicit\",\"range\":{\"edtf\":\"1652/1689\",...}}
`span` is [start, end) in bytes of the original document; `start`/`end` are ISO dates with
astronomical years (-0043 is 44 BC) and null when the expression names no interval (a plain
duration, \"former\"); `range` appears on both ends of a range (\"from 1652 to 1689\").

--format timeml writes each document as TimeML with inline TIMEX3 tags (to stdout, -o FILE,
or one DOC.tml per document with --out-dir DIR), which TempEval scorers read.

Examples:
  annals time history.txt
  annals time --dct 2024-05-01 news.jsonl -o times.jsonl
  annals time --format timeml --out-dir tml/ articles/*.txt
  echo 'In late 1917 the Bolsheviks took power; 16 years earlier ...' | annals time -";

/// Arguments of `annals time`.
#[derive(clap::Args, Debug)]
// After the help, as the subcommand's one-line doc in main.rs takes its place above.
#[command(after_help = USAGE)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,

    #[command(flatten)]
    output: OutputArgs,

    /// Output format: one JSON object per expression, or TimeML with inline TIMEX3 tags.
    #[arg(long, value_name = "FORMAT", value_parser = ["jsonl", "timeml"], default_value = "jsonl")]
    format: String,

    /// With --format timeml: write one DOC.tml per document into this directory.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

/// A date in a record: the EDTF and interval of a `When`.
#[derive(Serialize)]
struct Range {
    edtf: String,
    start: String,
    end: String,
}

/// The time record of DESIGN.md.
#[derive(Serialize)]
struct Record<'a> {
    doc: &'a str,
    sentence: usize,
    text: &'a str,
    span: [usize; 2],
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
    #[serde(rename = "mod")]
    modifier: Option<&'static str>,
    edtf: Option<&'a str>,
    start: Option<String>,
    end: Option<String>,
    precision: Option<&'static str>,
    approximate: bool,
    basis: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    range: Option<Range>,
}

/// Runs `annals time`.
pub fn run(args: Args) -> Result<ExitCode> {
    let timeml = args.format == "timeml";
    if args.out_dir.is_some() && !timeml {
        anyhow::bail!("--out-dir writes TimeML files: use it with --format timeml");
    }
    if let Some(d) = &args.out_dir {
        std::fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
    }
    let tagger = TimeTagger::new();
    let mut out = args.output.writer()?;
    let mut report = Reporter::new(true);
    // A date line at the top stands for the document date only when none was given.
    let dct_given = args.input.dct.is_some();
    for_each_document(&args.input, &mut report, |doc, dct| {
        let sentences = sentences(&doc.clean);
        let dct = match (dct_given, &doc.date) {
            (false, None) => tagger.dateline(&doc.clean, &sentences).unwrap_or(dct),
            _ => dct,
        };
        let times = tagger.tag(&doc.clean, &sentences, dct);
        if timeml {
            write_document_timeml(&args, &mut out, &doc, &times, dct)
        } else {
            write_records(&mut out, &doc, &times)
        }
    })?;
    out.flush()?;
    Ok(report.status())
}

fn write_records(out: &mut dyn Write, doc: &Document, times: &DocTimes) -> Result<()> {
    for t in &times.timexes {
        let (s, e) = doc.to_original(t.start, t.end);
        let when: Option<&When> = t.when.as_ref();
        let rec = Record {
            doc: &doc.id,
            sentence: t.sentence,
            // The words as read: for HTML, without the markup the span may cross.
            text: doc.clean.get(t.start..t.end).unwrap_or(""),
            span: [s, e],
            kind: t.kind.as_str(),
            value: &t.value,
            modifier: t.modifier,
            edtf: when.map(|w| w.edtf.as_str()),
            start: when.map(|w| w.interval.start.to_string()),
            end: when.map(|w| w.interval.end.to_string()),
            precision: when.map(|w| w.precision.as_str()),
            approximate: when.is_some_and(|w| w.approximate),
            basis: t.basis.as_str(),
            range: t.range.as_ref().map(|r| Range {
                edtf: r.edtf.clone(),
                start: r.interval.start.to_string(),
                end: r.interval.end.to_string(),
            }),
        };
        serde_json::to_writer(&mut *out, &rec)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn write_document_timeml(
    args: &Args,
    out: &mut dyn Write,
    doc: &Document,
    times: &DocTimes,
    dct: Date,
) -> Result<()> {
    let tags: Vec<(usize, usize, &Timex)> = times
        .timexes
        .iter()
        .map(|t| {
            let (s, e) = doc.to_original(t.start, t.end);
            (s, e, t)
        })
        .collect();
    match &args.out_dir {
        Some(dir) => {
            let name: String = doc
                .id
                .chars()
                .map(|c| if c == '/' || c == '\\' { '_' } else { c })
                .collect();
            let path = dir.join(format!("{name}.tml"));
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(&path)
                    .with_context(|| format!("cannot create {}", path.display()))?,
            );
            write_timeml(&mut f, &doc.id, &doc.text, dct, &tags)?;
            f.flush()?;
        }
        None => write_timeml(out, &doc.id, &doc.text, dct, &tags)?,
    }
    Ok(())
}

/// The sentences of a clean text.
fn sentences(clean: &str) -> Vec<Sentence> {
    split_sentences(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_of_non_ascii_text_fall_on_char_boundaries() {
        let t = "Sino–Soviet relations began in 1652–1689. Díaz ruled “firmly.” Then\u{a0}he fell.";
        let s = sentences(t);
        assert!(s.len() >= 2);
        for x in &s {
            assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
        }
    }
}
