//! Spans: every span of every event slices the original document to the text
//! the event prints, for plain text and for HTML.

use annals_text::{fold_whitespace, SourceKind};

use super::*;

/// Checks every span of every event against the document; returns a
/// description of the first problem.
pub(super) fn span_problem(doc: &Document, events: &[Event]) -> Option<String> {
    let text = &doc.text;
    let slice = |what: &str, s: [usize; 2]| -> Result<&str, String> {
        if s[0] > s[1] || s[1] > text.len() {
            return Err(format!("{what} span {s:?} outside 0..{}", text.len()));
        }
        text.get(s[0]..s[1])
            .ok_or_else(|| format!("{what} span {s:?} not on char boundaries"))
    };
    for e in events {
        let check = || -> Result<(), String> {
            slice("sentence", e.span)?;
            let trig = slice("trigger", e.trigger.span)?;
            if trig != e.trigger.text {
                return Err(format!(
                    "trigger slices to {trig:?}, prints {:?}",
                    e.trigger.text
                ));
            }
            if e.trigger.text.is_empty() {
                return Err("empty trigger".into());
            }
            if e.trigger.span[0] < e.span[0] || e.trigger.span[1] > e.span[1] {
                return Err(format!(
                    "trigger {:?} outside sentence {:?}",
                    e.trigger.span, e.span
                ));
            }
            for a in e.source.iter().chain(e.target.iter()) {
                let got = slice("actor", a.span)?;
                if got != a.text {
                    return Err(format!("actor slices to {got:?}, prints {:?}", a.text));
                }
                if a.text.is_empty() {
                    return Err(format!("actor {} with empty text", a.code));
                }
            }
            Ok(())
        };
        if let Err(m) = check() {
            return Some(format!("{}: {m}", e.id));
        }
    }
    None
}

/// A plain-text history with multi-byte letters, dashes, quotes, citation marks
/// and paragraph breaks, each sentence holding at least one event.
const PLAIN: &str = "Relations between Perú and Chile\n\n\
In 1879 Chile attacked Peru \u{2014} over nitrate fields in the Atacama.[1] \
The Bolivian army fought alongside Peru, but in 1880 Chilean troops occupied Lima.\n\n\
In 1883 both countries signed the Treaty of Ancón.[2][3] \u{201c}Peace\u{201d} returned; \
Chile and Peru   established\tdiplomatic relations again in 1884.\n";

#[test]
fn plain_text_spans_slice_to_the_printed_text() {
    let doc = Document::plain("t", PLAIN);
    let events = coder().code(&doc, dct());
    assert!(events.len() >= 4, "{}", show(&events));
    assert_eq!(span_problem(&doc, &events), None, "{}", show(&events));
    for e in &events {
        // Plain text: the sentence span is the sentence, whitespace folded.
        assert_eq!(
            fold_whitespace(&PLAIN[e.span[0]..e.span[1]]),
            e.text,
            "{}",
            e.id
        );
    }
}

#[test]
fn citation_marks_are_not_in_any_span_text() {
    let doc = Document::plain("t", PLAIN);
    let events = coder().code(&doc, dct());
    for e in &events {
        assert!(
            !e.trigger.text.contains('['),
            "{}: {:?}",
            e.id,
            e.trigger.text
        );
    }
}

const HTML: &str = "<!DOCTYPE html><html><head><title>Chile &amp; Peru</title>\
<script>var s = \"Chile attacked Bolivia.\";</script></head><body>\
<h1>The war</h1>\
<p>In 1879 &ndash; after months of tension &ndash; <b>Chile</b> attacked <i>Peru</i>.<sup>[1]</sup></p>\
<p>In 1883 the two countries <em>signed</em> a peace&nbsp;treaty.</p>\
</body></html>";

#[test]
fn html_spans_point_into_the_page_at_the_words_printed() {
    let doc = Document::new(
        "page",
        HTML.to_string(),
        SourceKind::Html,
        None,
        "page".into(),
    );
    let events = coder().code(&doc, dct());
    assert_eq!(span_problem(&doc, &events), None, "{}", show(&events));
    let attack = one(&events, "19");
    assert_eq!(attack.trigger.text, "attacked");
    assert_eq!(
        &HTML[attack.trigger.span[0]..attack.trigger.span[1]],
        "attacked"
    );
    let s = attack.source.as_ref().unwrap();
    let t = attack.target.as_ref().unwrap();
    assert_eq!((s.code.as_str(), s.text.as_str()), ("CHL", "Chile"));
    assert_eq!((t.code.as_str(), t.text.as_str()), ("PER", "Peru"));
    // The sentence is the visible text, not the markup, and the script is not read.
    assert!(
        attack.text.starts_with("In 1879 \u{2013} after months"),
        "{:?}",
        attack.text
    );
    assert!(!attack.text.contains('<') && !attack.text.contains("&ndash;"));
    assert!(
        events.iter().all(|e| tgt(e) != "BOL"),
        "script text was coded:\n{}",
        show(&events)
    );
}

#[test]
fn html_events_across_inline_markup() {
    let doc = Document::new(
        "page",
        HTML.to_string(),
        SourceKind::Html,
        None,
        "page".into(),
    );
    let events = coder().code(&doc, dct());
    let treaty = one(&events, "05");
    assert!(treaty.symmetric);
    assert_eq!(
        (src(treaty), tgt(treaty)),
        ("CHL", "PER"),
        "{}",
        show(&events)
    );
    // The trigger runs across the <em> tag and the entity: its span covers the markup.
    let raw = &HTML[treaty.trigger.span[0]..treaty.trigger.span[1]];
    assert!(raw.starts_with("signed"), "{raw:?}");
    assert!(raw.ends_with("treaty"), "{raw:?}");
}
