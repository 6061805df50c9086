//! Unit tests of the coder, stage by stage, on sentences written for them.
//!
//! Each test codes a short text with the built-in dictionaries and checks one
//! general construction. Where the current coder gets a construction wrong the
//! test is kept and marked `#[ignore = "bug: ..."]`, so that it runs again once
//! the rule is fixed (`cargo test -p annals-code -- --ignored`).

mod dates;
mod modality;
mod patterns;
mod properties;
mod reference;
mod roles;
mod spans;

use std::sync::OnceLock;

use annals_text::Document;
use annals_time::Date;

use crate::{Coder, Event};

/// One coder for all tests: building the dictionaries is the slow part.
fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(Coder::builtin)
}

/// The document date of the tests, so that undated text is dated the same way
/// every day the tests run.
fn dct() -> Date {
    Date::new(2020, 6, 15).unwrap()
}

/// The events of a plain-text document.
fn code(text: &str) -> Vec<Event> {
    coder().code(&Document::plain("t", text), dct())
}

/// The events of a plain-text document with another creation date.
fn code_at(text: &str, dct: Date) -> Vec<Event> {
    coder().code(&Document::plain("t", text), dct)
}

/// One line per event, for failure messages.
fn show(events: &[Event]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "  {} {} -> {} {}{}{} [{}] {:?} ({})",
                e.event.cameo,
                src(e),
                tgt(e),
                if e.symmetric { "symmetric " } else { "" },
                if e.negated { "negated " } else { "" },
                e.date
                    .as_ref()
                    .map_or("undated".to_string(), |d| format!("{} {}", d.edtf, d.basis)),
                e.trigger.text,
                e.text,
                e.rule
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The source's actor code, or `-`.
fn src(e: &Event) -> &str {
    e.source.as_ref().map_or("-", |a| a.code.as_str())
}

/// The target's actor code, or `-`.
fn tgt(e: &Event) -> &str {
    e.target.as_ref().map_or("-", |a| a.code.as_str())
}

/// The source's country, or `-`.
fn src_country(e: &Event) -> &str {
    e.source.as_ref().map_or("-", |a| a.country.as_str())
}

/// The target's country, or `-`.
fn tgt_country(e: &Event) -> &str {
    e.target.as_ref().map_or("-", |a| a.country.as_str())
}

/// The events whose CAMEO root is `root`.
fn with_root<'a>(events: &'a [Event], root: &str) -> Vec<&'a Event> {
    events.iter().filter(|e| e.event.root == root).collect()
}

/// The single event with CAMEO root `root`; fails, listing the events, if there is
/// not exactly one.
fn one<'a>(events: &'a [Event], root: &str) -> &'a Event {
    let found = with_root(events, root);
    assert_eq!(
        found.len(),
        1,
        "expected one event of root {root}, got:\n{}",
        show(events)
    );
    found[0]
}

/// The single event coded for `text` with root `root`, checked for its dyad
/// (actor codes) and returned.
fn expect(text: &str, root: &str, source: &str, target: &str) -> Event {
    let events = code(text);
    let e = one(&events, root);
    assert_eq!(
        (src(e), tgt(e)),
        (source, target),
        "{text}\n{}",
        show(&events)
    );
    e.clone()
}

/// Whether some event of `events` goes from country `a` to country `b` (in
/// either order when it is symmetric) with root `root`.
fn has_dyad(events: &[Event], root: &str, a: &str, b: &str) -> bool {
    events.iter().any(|e| {
        e.event.root == root
            && ((src_country(e) == a && tgt_country(e) == b)
                || (e.symmetric && src_country(e) == b && tgt_country(e) == a))
    })
}
