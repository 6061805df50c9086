//! Dates anchored to events the text has told: "after the war", "before the
//! revolution", "since the treaty". The event noun is looked up in the sentences
//! before, and its date is the date of the sentence that told it.
//!
//! These are not TIMEX3 expressions (no time word is in them), so they are kept
//! apart from the expressions and serve only to date events.

use crate::lexicon::Lex;
use crate::scan::{Kind, Tok, P};

/// Nouns of events a later phrase can point back to.
const EVENT_NOUNS: [&str; 34] = [
    "war",
    "revolution",
    "battle",
    "treaty",
    "invasion",
    "coup",
    "uprising",
    "rebellion",
    "revolt",
    "election",
    "elections",
    "armistice",
    "ceasefire",
    "truce",
    "conference",
    "collapse",
    "fall",
    "death",
    "split",
    "crisis",
    "siege",
    "occupation",
    "partition",
    "agreement",
    "accord",
    "summit",
    "purge",
    "famine",
    "massacre",
    "independence",
    "referendum",
    "offensive",
    "campaign",
    "surrender",
];

/// A phrase "after the war": the bounding word, the noun, and the token range.
pub(crate) struct EventRef<'a> {
    pub word: Lex,
    pub noun: &'a str,
    pub t0: usize,
    pub t1: usize,
}

/// Finds "after the war", "before the revolution", "since the treaty",
/// "following the coup" in a sentence's tokens. A date right after the noun
/// ("after the war in 1945") makes the phrase an ordinary bounded date instead.
pub(crate) fn event_refs<'a>(text: &'a str, toks: &[Tok], out: &mut Vec<EventRef<'a>>) {
    out.clear();
    for i in 0..toks.len().saturating_sub(2) {
        // The scanner marks a sentence that has one of these words (Marks::EVENT_REF).
        let Some(word) = toks[i].lex().filter(|l| l.leads_event_ref()) else {
            continue;
        };
        if toks[i + 1].lex() != Some(Lex::The) {
            continue;
        }
        let n = &toks[i + 2];
        let noun = &text[n.start as usize..n.end as usize];
        if n.cap || !EVENT_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(noun)) {
            continue;
        }
        // "after the war in 1945", "after the fall of Saigon": not this kind.
        let next = toks.get(i + 3);
        let open = next.is_none_or(|t| {
            matches!(t.kind, Kind::Punct(P::Comma | P::Period | P::Semi | P::Close))
                || matches!(t.lex(), Some(Lex::And | Lex::Subordinator | Lex::Relative))
                || (t.is_word() && t.lex().is_none() && !t.cap)
        });
        if open {
            out.push(EventRef { word, noun, t0: i, t1: i + 3 });
        }
    }
}

/// Whether `text[start..end]` holds `noun` as a word of its own.
pub(crate) fn mentions(text: &str, start: usize, end: usize, noun: &str) -> bool {
    let hay = &text.as_bytes()[start..end];
    let n = noun.as_bytes();
    if n.is_empty() || hay.len() < n.len() {
        return false;
    }
    (0..=hay.len() - n.len()).any(|k| {
        hay[k..k + n.len()].eq_ignore_ascii_case(n)
            && (k == 0 || !hay[k - 1].is_ascii_alphanumeric())
            && (k + n.len() == hay.len() || !hay[k + n.len()].is_ascii_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::scan::scan_text;

    #[test]
    fn finds_open_event_phrases_only() {
        let lex = Lexicon::new();
        let t = "After the war, trade grew; after the war in 1945 and after the fall of Rome it did not.";
        let mut toks = Vec::new();
        scan_text(&lex, t, 0, t.len(), &mut toks);
        let mut refs = Vec::new();
        event_refs(t, &toks, &mut refs);
        assert_eq!(refs.len(), 1);
        assert_eq!(refs[0].noun, "war");
    }

    #[test]
    fn mentions_whole_words() {
        assert!(mentions("The war began.", 0, 14, "war"));
        assert!(!mentions("The warlord came.", 0, 17, "war"));
    }
}
