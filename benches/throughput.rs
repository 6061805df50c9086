//! Throughput of the event coder on one core, with all dictionaries loaded.
//!
//! Builds a corpus of at least 50 MB (default; `ANNALS_BENCH_MB` to change) from
//! the example texts in `examples/`, codes it document by document on one thread,
//! and reports sentences per second, MB per second and peak memory.
//!
//! The corpus is coded in three passes (`ANNALS_BENCH_PASSES` to change), each
//! reported, then the median pass and the best. On a shared machine other work
//! can slow a whole pass by a third; the median is the figure to quote, the best
//! the closest to the coder's own speed, and the spread says how much noise there
//! was. `scripts/dev/bench-instructions.sh` counts instructions instead, which
//! no other work moves.
//!
//! Run: `cargo bench --bench throughput`

use std::time::Instant;

/// The allocator the `annals` binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use annals_code::Coder;
use annals_text::{split_sentences, Document, SourceKind};
use annals_time::Date;

fn main() {
    let target_mb: usize = std::env::var("ANNALS_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| {
        std::fs::read_to_string(format!("{root}/{p}")).unwrap_or_else(|e| panic!("{p}: {e}"))
    };
    // The example documents: a narrative history, an HTML page, and news items.
    let mut templates: Vec<(String, SourceKind)> = vec![
        (read("examples/sweden-denmark.txt"), SourceKind::Plain),
        (read("examples/nordic-council.html"), SourceKind::Html),
    ];
    for line in read("examples/news.jsonl").lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("example JSONL");
        templates.push((
            v["text"].as_str().unwrap_or("").to_string(),
            SourceKind::Plain,
        ));
    }
    let sentences_per: Vec<usize> = templates
        .iter()
        .map(|(t, k)| {
            split_sentences(&Document::new("t", t.clone(), *k, None, "t".into()).clean).len()
        })
        .collect();

    let t0 = Instant::now();
    let coder = Coder::builtin();
    let load = t0.elapsed();

    let passes: usize = std::env::var("ANNALS_BENCH_PASSES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
        .max(1);
    let corpus = Corpus {
        templates: &templates,
        sentences_per: &sentences_per,
        target: target_mb * 1_000_000,
    };
    println!("dictionaries loaded in {:.1} ms", load.as_secs_f64() * 1e3);
    let mut runs: Vec<Pass> = Vec::with_capacity(passes);
    for p in 1..=passes {
        let run = corpus.code(&coder);
        if p == 1 {
            println!(
                "corpus: {} documents, {:.1} MB, {} sentences, {} events",
                run.docs,
                run.bytes as f64 / 1e6,
                run.sentences,
                run.events
            );
        }
        println!(
            "pass {p}: {:.2} s, {:.1} MB/s, {:.0} sentences/s",
            run.secs,
            run.mb_per_sec(),
            run.sentences as f64 / run.secs
        );
        runs.push(run);
    }
    runs.sort_by(|a, b| a.secs.total_cmp(&b.secs));
    let (median, best) = (&runs[runs.len() / 2], &runs[0]);
    println!(
        "throughput: {:.1} MB/s, {:.0} sentences/s, {:.0} documents/s on one core (median of {passes} passes)",
        median.mb_per_sec(),
        median.sentences as f64 / median.secs,
        median.docs as f64 / median.secs
    );
    println!(
        "best pass: {:.1} MB/s, {:.0} sentences/s",
        best.mb_per_sec(),
        best.sentences as f64 / best.secs
    );
    if let Some(kb) = peak_rss_kb() {
        println!("peak memory (VmHWM): {:.1} MB", kb as f64 / 1024.0);
    }
}

/// The generated corpus: the templates repeated until `target` bytes.
struct Corpus<'a> {
    templates: &'a [(String, SourceKind)],
    sentences_per: &'a [usize],
    target: usize,
}

/// What one pass over the corpus coded, and the seconds spent coding it.
struct Pass {
    bytes: usize,
    sentences: usize,
    events: usize,
    docs: usize,
    secs: f64,
}

impl Pass {
    fn mb_per_sec(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.secs
    }
}

impl Corpus<'_> {
    /// Codes the corpus once, timing only the coding (not building each
    /// document, nor dropping its events).
    fn code(&self, coder: &Coder) -> Pass {
        let dct = Date::new(2024, 1, 1).unwrap();
        let (mut bytes, mut sentences, mut events, mut docs) = (0usize, 0usize, 0usize, 0usize);
        let mut coding = std::time::Duration::ZERO;
        while bytes < self.target {
            let k = docs % self.templates.len();
            let (text, kind) = &self.templates[k];
            let doc = Document::new(
                &format!("doc{docs}"),
                text.clone(),
                *kind,
                None,
                String::new(),
            );
            let t = Instant::now();
            let ev = coder.code(&doc, dct);
            coding += t.elapsed();
            bytes += text.len();
            sentences += self.sentences_per[k];
            events += ev.len();
            docs += 1;
        }
        Pass {
            bytes,
            sentences,
            events,
            docs,
            secs: coding.as_secs_f64(),
        }
    }
}

/// Peak resident set size from /proc (Linux).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
