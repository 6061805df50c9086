//! Load time of the knowledge base and name-matching throughput.
//!
//! `cargo bench -p annals-kb` prints: the time to load the whole built-in
//! knowledge base (parse every file, build the name and agent automata and the
//! indexes); the same with synthetic people rows added to reach the size the
//! finished knowledge base will have (about 4,000 rows); and the speed of
//! finding names in a large generated text, in MB/s.

use std::hint::black_box;
use std::time::{Duration, Instant};

use annals_kb::KnowledgeBase;

/// Rows the full knowledge base is expected to reach once people and
/// organizations are in; the scaled run pads the built-in data up to it.
const TARGET_ROWS: usize = 4_000;

fn main() {
    let builtin = KnowledgeBase::builtin();
    let rows = builtin.rows().len();
    println!(
        "built-in knowledge base: {rows} actor rows, {} names",
        builtin.stats().names
    );

    let t = time(25, || {
        black_box(KnowledgeBase::builtin());
    });
    report("load built-in (parse + both automata)", t);

    let mut files = annals_kb_files();
    files.push((
        "people-synthetic.tsv".to_string(),
        synthetic_rows(TARGET_ROWS.saturating_sub(rows)),
    ));
    let sources = || files.iter().cloned();
    let scaled = KnowledgeBase::from_sources(sources()).0;
    let t = time(25, || {
        black_box(KnowledgeBase::from_sources(sources()));
    });
    report(&format!("load scaled to {} rows", scaled.rows().len()), t);

    let text = generated_text(&builtin, 16 << 20);
    let mut found = Vec::with_capacity(1 << 20);
    let t = time(5, || {
        found.clear();
        builtin.find_names(&text, 0, text.len(), &mut found);
        black_box(found.len());
    });
    let mbs = text.len() as f64 / (1 << 20) as f64 / t.as_secs_f64();
    println!(
        "{:<44} {:>8.1} MB/s  ({} names in {} MB)",
        "find names (built-in)",
        mbs,
        found.len(),
        text.len() >> 20
    );
    let t = time(5, || {
        found.clear();
        scaled.find_names(&text, 0, text.len(), &mut found);
        black_box(found.len());
    });
    let mbs = text.len() as f64 / (1 << 20) as f64 / t.as_secs_f64();
    println!("{:<44} {:>8.1} MB/s", "find names (scaled)", mbs);
}

/// The built-in files as (name, contents), read from the repository like the
/// build script embeds them.
fn annals_kb_files() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dict/actors");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("dict/actors")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

/// `n` rows shaped like people rows: two names each, a dated office.
fn synthetic_rows(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let year = 1500 + (i % 500);
        s.push_str(&format!(
            "p{i}\tRUSGOV\t{year}\t{}\tMinister {i}\tSynthetic Person{i}|Person{i}\n",
            year + 3
        ));
    }
    s
}

/// About `bytes` of English-like text with a known name every few words.
fn generated_text(kb: &KnowledgeBase, bytes: usize) -> String {
    let names: Vec<&str> = kb
        .rows()
        .iter()
        .flat_map(|r| r.names.iter().map(|n| n.trim_start_matches('~')))
        .collect();
    let filler = [
        "the", "talks", "between", "and", "were", "held", "in", "spring", "after", "a", "long",
        "war", "over", "border",
    ];
    let mut text = String::with_capacity(bytes + 64);
    let mut i = 0usize;
    while text.len() < bytes {
        for w in 0..8 {
            text.push_str(filler[(i * 7 + w) % filler.len()]);
            text.push(' ');
        }
        text.push_str(names[(i * 31) % names.len()]);
        text.push_str(". ");
        i += 1;
    }
    text
}

/// The median of `runs` timings of `f`.
fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    f(); // warm up
    let mut t: Vec<Duration> = (0..runs)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed()
        })
        .collect();
    t.sort();
    t[runs / 2]
}

fn report(what: &str, t: Duration) {
    println!("{what:<44} {:>8.2} ms (median)", t.as_secs_f64() * 1e3);
}
