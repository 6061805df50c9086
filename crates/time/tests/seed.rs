//! The seed document (a history of relations between China and Russia, read
//! from ../shared at the repository's side): every event gets an interval the
//! text supports. The seed is read, never copied, and nothing is tuned to it.

use std::path::PathBuf;

use annals_time::{Basis, Date};

use crate::util::{iso, span, tag_at, Doc};

fn seed() -> Doc {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let candidates = [root.join("../shared"), root.join("../../shared")];
    let dir = std::env::var_os("ANNALS_SHARED")
        .map(PathBuf::from)
        .or_else(|| candidates.into_iter().find(|p| p.is_dir()))
        .expect("the shared directory (../shared from the repository root, or ANNALS_SHARED)");
    let text = std::fs::read_to_string(dir.join("seed/000_ad2d2dcefd6c63fd.txt")).expect("the seed document");
    // Citation markers blanked, as every reader of annals-text sees it.
    let clean = annals_text::Document::plain("seed", &text).clean;
    tag_at(&clean, Date::new(2020, 6, 1).unwrap())
}

#[test]
fn the_fighting_spans_the_range() {
    let d = seed();
    let w = d.event("drove", None);
    assert_eq!(span(&w), iso("1652-01-01", "1689-12-31"));
    assert_eq!(w.basis, Basis::Explicit);
}

#[test]
fn the_treaties_fall_in_the_mid_nineteenth_century() {
    let d = seed();
    let w = d.event("signed unequal", None);
    assert_eq!(w.basis, Basis::Narrative);
    assert_eq!(span(&w), iso("1833-01-01", "1866-12-31"));
}

#[test]
fn the_next_ten_years_after_1928() {
    let d = seed();
    let w = d.event("fought two wars", None);
    assert_eq!((span(&w), w.basis), (iso("1928-01-01", "1938-12-31"), Basis::Anchored));
}

#[test]
fn sixteen_years_earlier_than_1985() {
    let d = seed();
    let w = d.event("caused", Some("that had caused open war 16 years earlier"));
    assert_eq!(w.edtf, "1969");
    let w = d.event("dropped", None);
    assert_eq!(w.edtf, "1985");
}

#[test]
fn recent_years_and_currently_count_from_the_document_date() {
    let d = seed();
    let w = d.event("signed a border", None);
    assert_eq!((w.basis, span(&w).1), (Basis::Document, "2020-06-01".to_string()));
    let w = d.event("close and cordial", Some("are currently close and cordial"));
    assert_eq!(w.basis, Basis::Document);
    // The paragraph's own year (1911) stays the narrative time around them.
    let w = d.event("forced to sign", None);
    assert_eq!(w.edtf, "1911");
}

#[test]
fn every_sentence_has_a_date() {
    let d = seed();
    for (i, s) in d.sentences.iter().enumerate() {
        let w = d.times.event_date(i, s.start, s.end, s.start).expect("a date");
        assert!(w.interval.start <= w.interval.end);
        assert!(w.interval.start.year >= 1500 && w.interval.end.year <= 2020, "sentence {i}: {w:?}");
    }
}
