//! Word runs: the ASCII letters and digits a word begins with, as a key.
//!
//! An entry can match at a word start only if the run of ASCII letters and
//! digits there is its own first run: the entry's bytes are the text's, and
//! the entry ends at a word boundary (or goes on with a byte that is no ASCII
//! letter or digit), so the text's run ends where the entry's does. A set of
//! the entries' first runs, hashed, passes over most words with one bit test
//! for every trie, where the tries' own filters look at a word's first bytes
//! only and each hashes them again.

use crate::token::ASCII_ALNUM;

/// Bits in a set of run keys: 8 KB, a few per cent of false hits for the
/// thirteen thousand names.
const KEY_BITS: u32 = 16;

/// The key of the run `bytes[start..run_end]` (ASCII letters and digits):
/// its length and first eight bytes, ASCII case folded, hashed to
/// [`KEY_BITS`] bits. Folding lets one key serve tries with and without case.
#[inline]
pub fn run_key(bytes: &[u8], start: usize, run_end: usize) -> usize {
    let len = run_end - start;
    let take = len.min(8);
    let mask = if take == 8 {
        u64::MAX
    } else {
        (1u64 << (take * 8)) - 1
    };
    let head = match bytes.get(start..start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or([0; 8])),
        // Near the end of the text: the bytes one by one.
        None => bytes[start..start + take]
            .iter()
            .rev()
            .fold(0, |w, &b| w << 8 | u64::from(b)),
    };
    // Setting bit 5 lowercases an ASCII letter and leaves a digit as it is.
    let folded = (head | 0x2020_2020_2020_2020) & mask;
    let key = folded ^ (len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (key.wrapping_mul(0xFF51_AFD7_ED55_8CCD) >> (64 - KEY_BITS)) as usize
}

/// The end of the run of ASCII letters and digits at the start of `p`.
pub(super) fn first_run(p: &[u8]) -> usize {
    p.iter()
        .position(|&b| !ASCII_ALNUM[b as usize])
        .unwrap_or(p.len())
}

/// A set of run keys.
pub(super) struct RunKeys {
    bits: Box<[u64]>,
}

impl RunKeys {
    /// The keys of the first runs of `patterns`.
    pub(super) fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>) -> RunKeys {
        let mut bits = vec![0u64; 1 << (KEY_BITS - 6)].into_boxed_slice();
        for p in patterns {
            let k = run_key(p, 0, first_run(p));
            bits[k >> 6] |= 1 << (k & 63);
        }
        RunKeys { bits }
    }

    /// Whether some pattern's first run has key `key`.
    #[inline]
    pub(super) fn has(&self, key: usize) -> bool {
        self.bits[key >> 6] & (1 << (key & 63)) != 0
    }
}

/// Calls `at(i, run_end)` at each place in `text[start..end]` where a word may
/// start (one not preceded by a letter or digit), the places
/// [`super::scan_word_starts`] visits, with the end of the run of ASCII
/// letters and digits there (`i` itself when there is none); the walk goes
/// on from the run's end.
pub fn scan_word_runs(text: &str, start: usize, end: usize, mut at: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let end = end.min(text.len());
    let mut i = start;
    while i < end && !text.is_char_boundary(i) {
        i += 1;
    }
    let mut prev_alnum = text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    while i < end {
        if prev_alnum {
            while i < end && ASCII_ALNUM[bytes[i] as usize] {
                i += 1;
            }
            if i == end {
                break;
            }
        } else {
            let mut r = i;
            while r < end && ASCII_ALNUM[bytes[r] as usize] {
                r += 1;
            }
            at(i, r);
            if r > i {
                // Inside the word: the next byte is handled as after a letter.
                i = r;
                prev_alnum = true;
                continue;
            }
        }
        let b = bytes[i];
        let (len, alnum) = if b < 0x80 {
            (1, ASCII_ALNUM[b as usize])
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.len_utf8(), c.is_alphanumeric())
        };
        prev_alnum = alnum;
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        scan_word_runs(text, 0, text.len(), |i, r| out.push((i, r)));
        out
    }

    #[test]
    fn visits_the_word_starts_of_scan_word_starts() {
        for text in [
            "China's armies, U.S.-backed (Élysée) 1,000 men; Bogotá Accord 'Ndrangheta",
            "  x  ",
            "éRussia Russiaé",
            "",
        ] {
            let mut plain = Vec::new();
            super::super::scan_word_starts(text, 0, text.len(), |i| {
                plain.push(i);
                None
            });
            let runs: Vec<usize> = starts(text).iter().map(|&(i, _)| i).collect();
            assert_eq!(runs, plain, "{text}");
        }
        assert_eq!(starts("ab, c"), [(0, 2), (3, 3), (4, 5)]);
    }

    #[test]
    fn keys_fold_case_and_see_the_length() {
        let t = b"Forces FORCES force forcesx";
        assert_eq!(run_key(t, 0, 6), run_key(t, 7, 13));
        assert_ne!(run_key(t, 0, 6), run_key(t, 14, 19));
        assert_eq!(run_key(b"forces", 0, 6), run_key(t, 0, 6));
        // A run near the end of the text is read byte by byte, to the same key.
        assert_eq!(run_key(b"x forces", 2, 8), run_key(t, 7, 13));
        assert_eq!(first_run(b"U.S."), 1);
        assert_eq!(first_run(b"China"), 5);
    }
}
