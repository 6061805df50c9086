//! Word classes: the closed lists of [`crate::lists`] a word belongs to, as one
//! bit set found with one table lookup.
//!
//! The coder asks "is this token a determiner, a preposition, an auxiliary?"
//! many times per token. A list scan costs a comparison per entry; instead every
//! named list ([`WordList`]) has a bit, and a [`WordMap`] maps a word (ASCII
//! case folded, as [`is_in`] always compared) to the bits of every list holding
//! it. The coder has the bits of each token once per sentence, from the lexicon's
//! lookup of the token ([`class_entries`], stored in [`Words::classes`]);
//! [`class_at`] reads them.

use std::borrow::Cow;
use std::ops::Deref;
use std::sync::OnceLock;

use annals_text::wordmap::WordMap;
use annals_text::Words;

use crate::lists::ALL_LISTS;

/// A named closed list of words with its bit in the class table.
#[derive(Debug)]
pub struct WordList {
    bit: u64,
    words: &'static [&'static str],
}

impl WordList {
    /// The list `words`, known in the class table by bit number `bit` (< 64,
    /// unique among [`ALL_LISTS`]).
    pub const fn new(bit: u32, words: &'static [&'static str]) -> WordList {
        WordList {
            bit: 1 << bit,
            words,
        }
    }

    /// The list's bit.
    #[inline]
    pub const fn bit(&self) -> u64 {
        self.bit
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.words
    }
}

/// Something [`is_in`] can look a word up in: a named list (one table lookup)
/// or a literal array of words (compared one by one).
pub trait WordSet {
    /// Whether `w` is in the set, ignoring ASCII case.
    fn has(&self, w: &str) -> bool;
}

impl WordSet for WordList {
    #[inline]
    fn has(&self, w: &str) -> bool {
        // A list of a few words is quicker to scan than to look up.
        if self.words.len() <= 4 {
            self.words.has(w)
        } else {
            classes_of(w) & self.bit != 0
        }
    }
}

impl WordSet for [&str] {
    /// Length and first byte are compared first, so most words are rejected
    /// without a string comparison.
    #[inline]
    fn has(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let Some(&f) = b.first() else { return false };
        let f = f.to_ascii_lowercase();
        self.iter().any(|x| {
            x.len() == b.len()
                && x.as_bytes()[0].to_ascii_lowercase() == f
                && x.eq_ignore_ascii_case(w)
        })
    }
}

impl<const N: usize> WordSet for [&str; N] {
    #[inline]
    fn has(&self, w: &str) -> bool {
        self[..].has(w)
    }
}

/// Whether `w` equals one of the words of `list`, ignoring ASCII case.
#[inline]
pub fn is_in<L: WordSet + ?Sized>(w: &str, list: &L) -> bool {
    list.has(w)
}

/// The classes of token `i`: those the lexicon's scan stored for the sentence, or
/// looked up now when the caller did not.
#[inline(always)]
pub fn class_at(words: &Words, i: usize) -> u64 {
    match words.classes.get(i) {
        Some(&c) if words.classes.len() == words.len() => c,
        _ => classes_of(words.text(i)),
    }
}

/// Whether token `i` of `words` is in `list`: the same answer as
/// `is_in(words.text(i), list)`, read from the token's classes.
#[inline(always)]
pub fn word_in(words: &Words, i: usize, list: &WordList) -> bool {
    class_at(words, i) & list.bit() != 0
}

/// The classes of every token: those the lexicon's scan stored, or computed now.
pub fn all_classes(words: &Words) -> Cow<'_, [u64]> {
    if words.classes.len() == words.len() {
        Cow::Borrowed(&words.classes)
    } else {
        Cow::Owned(
            (0..words.len())
                .map(|i| classes_of(words.text(i)))
                .collect(),
        )
    }
}

/// The bits of every list holding `w` (ASCII case folded).
#[inline]
pub fn classes_of(w: &str) -> u64 {
    table().get(w.as_bytes()).unwrap_or(0)
}

/// Every listed word with its list's bit (a word in several lists comes once
/// for each), for a table that serves a word's classes with what else it
/// knows of the word: the lexicon's, whose one lookup per token then gives
/// [`Words::classes`] (`annals_lexicon::Lexicon::add_word_classes`).
pub fn class_entries() -> impl Iterator<Item = (&'static str, u64)> {
    ALL_LISTS
        .iter()
        .flat_map(|list| list.iter().map(|w| (*w, list.bit())))
}

fn table() -> &'static WordMap<u64> {
    static TABLE: OnceLock<WordMap<u64>> = OnceLock::new();
    TABLE.get_or_init(|| WordMap::build(class_entries(), |a, b| a | b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists::*;
    use annals_lexicon::{HeadScan, Lexicon};
    use annals_text::wordmap::MAX_WORD;

    fn linear(w: &str, list: &[&str]) -> bool {
        list.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    #[test]
    fn bits_are_unique_and_words_fit() {
        let mut seen = 0u64;
        for l in ALL_LISTS {
            assert_eq!(
                seen & l.bit(),
                0,
                "bit used twice: {:?}",
                &l[..3.min(l.len())]
            );
            seen |= l.bit();
            for w in l.iter() {
                assert!(!w.is_empty() && w.len() <= MAX_WORD, "{w:?}");
            }
        }
    }

    #[test]
    fn table_agrees_with_a_scan_of_every_list() {
        let mut probes: Vec<String> = Vec::new();
        for l in ALL_LISTS {
            for w in l.iter() {
                probes.push(w.to_string());
                probes.push(w.to_ascii_uppercase());
                probes.push(format!("{w}s"));
                probes.push(w[1..].to_string());
            }
        }
        probes.extend(
            [
                "",
                "x",
                "Über",
                "the\u{0}",
                "[",
                "@",
                "`",
                "{",
                "THE",
                "ThE",
                "abcdefghijklmnopq",
            ]
            .map(String::from),
        );
        for w in &probes {
            for l in ALL_LISTS {
                assert_eq!(is_in(w, *l), linear(w, l), "{w:?} in {:?}", &l[..2]);
            }
        }
        assert!(is_in("Between", PREPOSITIONS));
        assert!(!is_in("betweens", PREPOSITIONS));
        assert!(is_in("N'T", NEGATIONS));
    }

    #[test]
    fn token_classes_match_lookups() {
        let text = "The Soviets did n't attack, but THAT was because of them.";
        let mut toks = Vec::new();
        annals_text::tokenize(text, 0, text.len(), &mut toks);
        let mut w = Words::default();
        w.build(text, &toks);
        assert!(w.classes.is_empty());
        let before: Vec<u64> = (0..w.len()).map(|i| class_at(&w, i)).collect();
        let mut lexicon = Lexicon::builtin();
        let mut scan = HeadScan::default();
        // Without classes attached the lexicon leaves them to be looked up.
        lexicon.scan_classified(&mut w, &mut scan);
        assert!(w.classes.is_empty());
        lexicon.add_word_classes(class_entries());
        lexicon.scan_classified(&mut w, &mut scan);
        assert_eq!(w.classes, before);
        assert_ne!(class_at(&w, 0) & DETERMINERS.bit(), 0);
        // Rebuilding the words drops the classes of the old sentence.
        w.build(text, &toks[..3]);
        assert!(w.classes.is_empty());
    }
}
