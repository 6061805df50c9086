//! Throughput of the time engine: `cargo bench -p annals-time`.
//!
//! Builds a corpus of at least 50 MB from the WikiWars development articles
//! (../shared/data/wikiwars-dev, their TimeML tags stripped), repeated as
//! separate documents, and reports MB/s on one core for:
//! - `tag`: the tagger alone, sentences given;
//! - `read+split+tag`: what `annals time` does per document before writing:
//!   cleaning (citation markers), sentence splitting, tagging.
//!
//! `ANNALS_SHARED` overrides where the shared directory is; `BENCH_MB` the size.

use std::path::PathBuf;
use std::time::Instant;

use annals_text::{split_sentences, Document};
use annals_time::{Date, TimeTagger};

fn shared() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::env::var_os("ANNALS_SHARED")
        .map(PathBuf::from)
        .or_else(|| [root.join("../shared"), root.join("../../shared")].into_iter().find(|p| p.is_dir()))
        .expect("the shared directory (../shared from the repository root, or ANNALS_SHARED)")
}

/// The text of a TimeML file: what lies between <TEXT> and </TEXT>, tags removed.
fn timeml_text(raw: &str) -> String {
    let body = raw.split_once("<TEXT>").map_or(raw, |(_, b)| b.split("</TEXT>").next().unwrap_or(b));
    let mut out = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
}

/// CPU seconds this process has used (user + system), where the system tells
/// (Linux); on a shared machine wall time overstates the cost per core.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Runs `f` and prints MB/s by wall time and by CPU time.
fn measure(name: &str, total: usize, f: impl FnOnce() -> usize) {
    let (t, c) = (Instant::now(), cpu_seconds());
    let found = f();
    let wall = t.elapsed().as_secs_f64();
    let mb = total as f64 / 1e6;
    match c.zip(cpu_seconds()).map(|(a, b)| b - a).filter(|&s| s > 0.0) {
        Some(cpu) => println!(
            "{name:15} {:7.1} MB/s per core (CPU {cpu:.2} s), {:7.1} MB/s wall ({wall:.2} s); {found} expressions",
            mb / cpu,
            mb / wall
        ),
        None => println!("{name:15} {:7.1} MB/s wall ({wall:.2} s); {found} expressions", mb / wall),
    }
}

fn main() {
    let dir = shared().join("data/wikiwars-dev");
    let mut docs: Vec<String> = std::fs::read_dir(&dir)
        .expect("wikiwars-dev")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .map(|p| timeml_text(&std::fs::read_to_string(p).expect("readable")))
        .collect();
    docs.sort();
    let want: usize = std::env::var("BENCH_MB").ok().and_then(|s| s.parse().ok()).unwrap_or(50) << 20;
    let per_round: usize = docs.iter().map(String::len).sum();
    let rounds = want.div_ceil(per_round.max(1));
    let total = per_round * rounds;
    let tagger = TimeTagger::new();
    let dct = Date::new(2009, 12, 19).unwrap();
    println!("corpus: {} documents x {rounds} = {:.1} MB", docs.len(), total as f64 / 1e6);

    let prepared: Vec<_> = docs.iter().map(|d| (d.as_str(), split_sentences(d))).collect();
    measure("tag:", total, || {
        let mut found = 0;
        for _ in 0..rounds {
            for (text, sentences) in &prepared {
                found += tagger.tag(text, sentences, dct).timexes.len();
            }
        }
        found
    });
    measure("read+split+tag:", total, || {
        let mut found = 0;
        for _ in 0..rounds {
            for d in &docs {
                let doc = Document::plain("bench", d);
                let sentences = split_sentences(&doc.clean);
                found += tagger.tag(&doc.clean, &sentences, dct).timexes.len();
            }
        }
        found
    });
}
