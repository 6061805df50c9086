//! Word classes: the closed lists of [`crate::lists`] a word belongs to, as one
//! bit set found with one table lookup.
//!
//! The coder asks "is this token a determiner, a preposition, an auxiliary?"
//! many times per token. A list scan costs a comparison per entry; instead every
//! named list ([`WordList`]) has a bit, and a small open-addressing table maps a
//! word (ASCII case folded, as [`is_in`] always compared) to the bits of every
//! list holding it. The coder computes the bits of each token once per sentence
//! ([`classify`], stored in [`Words::classes`]); [`class_at`] reads them.

use std::ops::Deref;
use std::sync::OnceLock;

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
    pub fn bit(&self) -> u64 {
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

/// The classes of token `i`: computed once per sentence by [`classify`], or
/// looked up now when the caller did not.
#[inline]
pub fn class_at(words: &Words, i: usize) -> u64 {
    match words.classes.get(i) {
        Some(&c) if words.classes.len() == words.len() => c,
        _ => classes_of(words.text(i)),
    }
}

/// Fills [`Words::classes`] with the classes of every token.
pub fn classify(words: &mut Words) {
    let mut classes = std::mem::take(&mut words.classes);
    classes.clear();
    let bytes = words.joined.as_bytes();
    let t = table();
    classes.extend(
        words
            .starts
            .iter()
            .zip(&words.ends)
            .map(|(&a, &b)| t.get(&bytes[a as usize..b as usize])),
    );
    words.classes = classes;
}

/// The bits of every list holding `w` (ASCII case folded).
#[inline]
pub fn classes_of(w: &str) -> u64 {
    table().get(w.as_bytes())
}

/// The longest word a list may hold: longer words are in no class.
const MAX_LEN: usize = 16;

/// A word folded to lowercase and packed into two machine words, with its length.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    lo: u64,
    hi: u64,
    len: u64,
}

impl Key {
    #[inline]
    fn of(w: &[u8]) -> Option<Key> {
        let (lo, hi) = match w.len() {
            0 => return None,
            1..=8 => (load(w), 0),
            9..=MAX_LEN => (load(&w[..8]), load(&w[8..])),
            _ => return None,
        };
        Some(Key {
            lo: fold(lo),
            hi: fold(hi),
            len: w.len() as u64,
        })
    }

    #[inline]
    fn slot(&self, mask: usize) -> usize {
        let h = (self.lo ^ self.len).wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ self.hi.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
        (h >> 40) as usize & mask
    }
}

/// Up to eight bytes as a little-endian number (zeros after them), read with
/// two overlapping loads rather than a byte at a time.
#[inline]
fn load(b: &[u8]) -> u64 {
    let n = b.len();
    let four = |at: usize| {
        b.get(at..at + 4)
            .map_or(0, |x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]) as u64)
    };
    match n {
        0 => 0,
        1..=3 => {
            b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
        }
        _ => four(0) | four(n.min(8) - 4) << (8 * (n.min(8) - 4)),
    }
}

/// ASCII lowercase of eight bytes at once; other bytes are left alone.
#[inline]
fn fold(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    // The high bit of each byte: set when the byte is at least 'A' / above 'Z'.
    let from_a = low7 + ONES * (0x80 - b'A' as u64);
    let past_z = low7 + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// Open addressing, linear probing; an empty slot has length 0.
struct Table {
    slots: Vec<(Key, u64)>,
    mask: usize,
}

impl Table {
    fn build() -> Table {
        let n = ALL_LISTS.iter().map(|l| l.len()).sum::<usize>();
        let size = (n * 4).next_power_of_two();
        let empty = (
            Key {
                lo: 0,
                hi: 0,
                len: 0,
            },
            0,
        );
        let mut t = Table {
            slots: vec![empty; size],
            mask: size - 1,
        };
        for list in ALL_LISTS {
            for w in list.iter() {
                // Every list word fits (checked by a test); one that did not
                // would simply never be found.
                let Some(k) = Key::of(w.as_bytes()) else {
                    continue;
                };
                let mut s = k.slot(t.mask);
                while t.slots[s].0.len != 0 && t.slots[s].0 != k {
                    s = (s + 1) & t.mask;
                }
                t.slots[s].0 = k;
                t.slots[s].1 |= list.bit();
            }
        }
        t
    }

    #[inline]
    fn get(&self, w: &[u8]) -> u64 {
        let Some(k) = Key::of(w) else { return 0 };
        let mut s = k.slot(self.mask);
        loop {
            let (key, bits) = &self.slots[s];
            if key.len == 0 {
                return 0;
            }
            if *key == k {
                return *bits;
            }
            s = (s + 1) & self.mask;
        }
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::build)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists::*;

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
                assert!(!w.is_empty() && w.len() <= MAX_LEN, "{w:?}");
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
    fn loads_read_every_byte_once() {
        let bytes: Vec<u8> = (1u8..=9).collect();
        for n in 0..=8 {
            let mut want = [0u8; 8];
            want[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load(&bytes[..n]), u64::from_le_bytes(want), "{n}");
        }
    }

    #[test]
    fn folding_touches_only_capitals() {
        let all: Vec<u8> = (0u8..=255).collect();
        for chunk in all.chunks(8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap());
            let want: Vec<u8> = chunk.iter().map(u8::to_ascii_lowercase).collect();
            assert_eq!(fold(x).to_le_bytes().to_vec(), want);
        }
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
        classify(&mut w);
        let after: Vec<u64> = (0..w.len()).map(|i| class_at(&w, i)).collect();
        assert_eq!(before, after);
        assert_ne!(class_at(&w, 0) & DETERMINERS.bit(), 0);
        // Rebuilding the words drops the classes of the old sentence.
        w.build(text, &toks[..3]);
        assert!(w.classes.is_empty());
    }
}
