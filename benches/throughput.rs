//! Throughput of the event coder on one core, with all dictionaries loaded.
//!
//! Builds a corpus of at least 50 MB (default; `ANNALS_BENCH_MB` to change) from
//! the example texts in `examples/`, codes it document by document on one thread,
//! and reports sentences per second, MB per second and peak memory.
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

    let dct = Date::new(2024, 1, 1).unwrap();
    let target = target_mb * 1_000_000;
    let (mut bytes, mut sentences, mut events, mut docs) = (0usize, 0usize, 0usize, 0usize);
    let mut coding = std::time::Duration::ZERO;
    let mut i = 0;
    while bytes < target {
        let k = i % templates.len();
        let (text, kind) = &templates[k];
        let doc = Document::new(&format!("doc{i}"), text.clone(), *kind, None, String::new());
        let t = Instant::now();
        let ev = coder.code(&doc, dct);
        coding += t.elapsed();
        bytes += text.len();
        sentences += sentences_per[k];
        events += ev.len();
        docs += 1;
        i += 1;
    }
    let secs = coding.as_secs_f64();
    println!("dictionaries loaded in {:.1} ms", load.as_secs_f64() * 1e3);
    println!(
        "corpus: {docs} documents, {:.1} MB, {sentences} sentences, {events} events",
        bytes as f64 / 1e6
    );
    println!("coding: {secs:.2} s on one core");
    println!(
        "throughput: {:.1} MB/s, {:.0} sentences/s, {:.0} documents/s",
        bytes as f64 / 1e6 / secs,
        sentences as f64 / secs,
        docs as f64 / secs
    );
    if let Some(kb) = peak_rss_kb() {
        println!("peak memory (VmHWM): {:.1} MB", kb as f64 / 1024.0);
    }
}

/// Peak resident set size from /proc (Linux).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
