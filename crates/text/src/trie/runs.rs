//! Word runs: the ASCII letters and digits a word begins with, as a key.
//!
//! An entry can match at a word start only if the run of ASCII letters and
//! digits there is its own first run: the entry's bytes are the text's, and
//! the entry ends at a word boundary (or goes on with a byte that is no ASCII
//! letter or digit), so the text's run ends where the entry's does. A set of
//! the entries' first runs, hashed, passes over most words with one bit test
//! for every trie, where the tries' own filters look at a word's first bytes
//! only and each hashes them again.

use super::NONE;
use crate::token::ASCII_ALNUM;
use crate::wordmap::load_at;

/// Bits in a set of run keys: 8 KB, a few per cent of false hits for the
/// thirteen thousand names.
const KEY_BITS: u32 = 16;

/// The run of ASCII letters and digits at a place in the text, as a key:
/// what the tries' run filters and first-run tables are asked with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunKey {
    /// The run's first eight bytes (fewer in a shorter run, the rest zero),
    /// little-endian, as they are written.
    head: u64,
    /// The run's length in bytes.
    len: usize,
    /// A hash of the run's head, ASCII case folded, and of its length.
    hash: u64,
}

impl RunKey {
    /// The key of the run `bytes[start..run_end]` (ASCII letters and digits).
    /// The hash folds case, so that one key serves tries with and without it.
    #[inline]
    pub fn new(bytes: &[u8], start: usize, run_end: usize) -> RunKey {
        let len = run_end - start;
        RunKey::of_head(load_at(bytes, start, len.min(8)), len)
    }

    /// The key of a run of `len` bytes whose first eight (or all, if fewer)
    /// are `head`, zeros after them.
    #[inline]
    fn of_head(head: u64, len: usize) -> RunKey {
        // Setting bit 5 lowercases an ASCII letter and leaves a digit as it
        // is; the zeros past a short run become spaces, the same in every key.
        let folded = head | 0x2020_2020_2020_2020;
        let key = folded ^ (len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        RunKey {
            head,
            len,
            hash: key.wrapping_mul(0xFF51_AFD7_ED55_8CCD),
        }
    }

    /// The top `bits` bits of the hash.
    #[inline]
    fn top(&self, bits: u32) -> usize {
        (self.hash >> (64 - bits)) as usize
    }

    /// How many bytes of the run the head holds.
    #[inline]
    fn taken(&self) -> usize {
        self.len.min(8)
    }
}

/// The end of the run of ASCII letters and digits at the start of `p`.
///
/// Four bytes to one test of the end: the walks ask this at every word, and
/// a byte at a time the end was tested as often as the bytes.
#[inline]
pub(super) fn first_run(p: &[u8]) -> usize {
    let (quads, rest) = p.as_chunks::<4>();
    for (k, quad) in quads.iter().enumerate() {
        for (j, &b) in quad.iter().enumerate() {
            if !ASCII_ALNUM[b as usize] {
                return 4 * k + j;
            }
        }
    }
    let past = rest
        .iter()
        .position(|&b| !ASCII_ALNUM[b as usize])
        .unwrap_or(rest.len());
    4 * quads.len() + past
}

/// The run of ASCII letters and digits at `bytes[i..end]`: its end and its
/// first eight bytes (all of it, if shorter; zeros after them).
///
/// Where eight bytes can be read, they are tested at once, so that a word of
/// up to seven bytes is measured and its head read with one load, without a
/// test a byte.
#[inline]
fn run_at(bytes: &[u8], i: usize, end: usize) -> (usize, u64) {
    if let Some(eight) = bytes.get(i..i + 8).filter(|_| i + 8 <= end) {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
        let stops = not_alnum(x);
        if stops == 0 {
            return (i + 8 + first_run(&bytes[i + 8..end]), x);
        }
        // The high bit of the first byte that ends the run; the bits below
        // its byte are the run's.
        let stop = stops & stops.wrapping_neg();
        return (
            i + stop.trailing_zeros() as usize / 8,
            x & ((stop >> 7) - 1),
        );
    }
    let r = i + first_run(&bytes[i..end]);
    (r, load_at(bytes, i, (r - i).min(8)))
}

/// The high bit of each byte of `x` (eight bytes of text) that is no ASCII
/// letter or digit ([`ASCII_ALNUM`]), the other bits clear.
#[inline]
fn not_alnum(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Seven bits a byte, plus at most 0x50: no carry into the next byte, and
    // the high bit of `low + ONES * (0x80 - c)` says whether a byte is >= c.
    let low = x & !HIGH;
    let at_least = |v: u64, c: u8| v + ONES * u64::from(0x80 - c);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    let lower = low | ONES * 0x20;
    let letter = at_least(lower, b'a') & !at_least(lower, b'z' + 1);
    HIGH & !((digit | letter) & !x)
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
            let k = RunKey::new(p, 0, first_run(p)).top(KEY_BITS);
            bits[k >> 6] |= 1 << (k & 63);
        }
        RunKeys { bits }
    }

    /// Whether some pattern's first run may be `run` (some have its hash).
    #[inline]
    pub(super) fn has(&self, run: &RunKey) -> bool {
        self.has_key(run.top(KEY_BITS))
    }

    /// Whether some pattern's first run has the key (hash bits) `key`.
    #[inline]
    fn has_key(&self, key: usize) -> bool {
        self.bits[key >> 6] & (1 << (key & 63)) != 0
    }
}

/// The run keys of two tries in one table, two bits a key (the first
/// trie's, then the second's), so that a word is asked of both with one load.
pub struct PairedRunKeys {
    bits: Box<[u64; 1 << (KEY_BITS - 5)]>,
}

impl PairedRunKeys {
    /// The keys of `first` and `second` interleaved.
    pub(super) fn new(first: &RunKeys, second: &RunKeys) -> PairedRunKeys {
        let mut bits = Box::new([0u64; 1 << (KEY_BITS - 5)]);
        for key in 0..1usize << KEY_BITS {
            let pair = u64::from(first.has_key(key)) | u64::from(second.has_key(key)) << 1;
            bits[key >> 5] |= pair << ((key & 31) * 2);
        }
        PairedRunKeys { bits }
    }

    /// Whether some pattern of the first trie, and some of the second, may
    /// have `run` as first run ([`super::Trie::may_begin_run`] of each).
    #[inline]
    pub fn may_begin(&self, run: &RunKey) -> (bool, bool) {
        let key = run.top(KEY_BITS);
        let pair = self.bits[key >> 5] >> ((key & 31) * 2);
        (pair & 1 != 0, pair & 2 != 0)
    }
}

/// The patterns' first runs, exactly (their first eight bytes and their
/// length), each with the trie node reached after its first eight bytes (or
/// all of it, if shorter): a walk for a word whose run is some pattern's
/// first run starts there. No match can end inside a run (the next byte is a
/// letter or digit), so the nodes passed over could report none.
pub(super) struct FirstRuns {
    /// Open addressing, linear probing; a slot with node `NONE` is empty.
    slots: Box<[FirstRun]>,
    /// The table has `1 << bits` slots.
    bits: u32,
}

#[derive(Clone, Copy)]
struct FirstRun {
    head: u64,
    len: u32,
    node: u32,
}

impl FirstRuns {
    /// The table of the first runs of `patterns` (case-sensitive), with
    /// `node_after(pattern bytes)` the node their heads lead to.
    pub(super) fn new<'a>(
        patterns: impl Iterator<Item = &'a [u8]> + Clone,
        node_after: impl Fn(&[u8]) -> u32,
    ) -> FirstRuns {
        let count = patterns.clone().count();
        // At most a quarter full, so that a miss usually ends at the first slot.
        let bits = (count * 4).next_power_of_two().trailing_zeros().max(4);
        let empty = FirstRun {
            head: 0,
            len: 0,
            node: NONE,
        };
        let mut table = FirstRuns {
            slots: vec![empty; 1 << bits].into_boxed_slice(),
            bits,
        };
        for p in patterns {
            let len = first_run(p);
            if len == 0 {
                continue;
            }
            let run = RunKey::new(p, 0, len);
            if table.node_after(&run).is_some() {
                continue;
            }
            let mask = table.slots.len() - 1;
            let mut at = run.top(bits);
            while table.slots[at].node != NONE {
                at = (at + 1) & mask;
            }
            table.slots[at] = FirstRun {
                head: run.head,
                len: len as u32,
                node: node_after(&p[..run.taken()]),
            };
        }
        table
    }

    /// The node after the head of `run` and the head's length, if `run` is
    /// some pattern's first run.
    #[inline]
    pub(super) fn node_after(&self, run: &RunKey) -> Option<(u32, usize)> {
        let mask = self.slots.len() - 1;
        let mut at = run.top(self.bits);
        loop {
            let slot = self.slots[at];
            if slot.node == NONE {
                return None;
            }
            if slot.head == run.head && slot.len as usize == run.len {
                return Some((slot.node, run.taken()));
            }
            at = (at + 1) & mask;
        }
    }
}

/// Calls `at(i, run_end, key)` at each place in `text[start..end]` where a
/// word may start (one not preceded by a letter or digit), the places
/// [`super::scan_word_starts`] visits, with the end of the run of ASCII
/// letters and digits there (`i` itself when there is none) and the run's
/// key (of no use when there is no run); the walk goes on from the run's
/// end. ASCII spaces are passed over without a call: no entry begins with
/// one.
pub fn scan_word_runs(
    text: &str,
    start: usize,
    end: usize,
    mut at: impl FnMut(usize, usize, &RunKey),
) {
    let bytes = text.as_bytes();
    let (mut i, end, mut prev_alnum) = walk_bounds(text, start, end);
    while i < end {
        if prev_alnum {
            i += first_run(&bytes[i..end]);
        } else if bytes[i] == b' ' {
            i += 1;
            continue;
        } else {
            let (r, head) = run_at(bytes, i, end);
            at(i, r, &RunKey::of_head(head, r - i));
            i = r;
        }
        if i == end {
            break;
        }
        (i, prev_alnum) = past_run_end(text, i);
    }
}

/// Where a walk of `text[start..end]` begins: the first character boundary
/// at or after `start`, the end kept inside the text, and whether a letter or
/// digit comes right before the beginning (then it is inside a word).
#[inline]
fn walk_bounds(text: &str, start: usize, end: usize) -> (usize, usize, bool) {
    let end = end.min(text.len());
    let mut i = start;
    while i < end && !text.is_char_boundary(i) {
        i += 1;
    }
    (i, end, alnum_before(text, i))
}

/// The walk under [`scan_word_runs`] and [`super::scan_word_starts`]: calls
/// `at(i, run_end)` at each place where a word may start; when `at` returns
/// the end of a match the walk goes on from there, otherwise from the end of
/// the run (or the next character, where there is no run). Letters and digits
/// inside a word are passed over at once.
#[inline]
pub(super) fn walk_word_starts(
    text: &str,
    start: usize,
    end: usize,
    mut at: impl FnMut(usize, usize) -> Option<usize>,
) {
    let bytes = text.as_bytes();
    let (mut i, end, mut prev_alnum) = walk_bounds(text, start, end);
    while i < end {
        if prev_alnum {
            i += first_run(&bytes[i..end]);
        } else {
            let r = i + first_run(&bytes[i..end]);
            if let Some(m_end) = at(i, r) {
                prev_alnum = alnum_before(text, m_end);
                i = m_end;
                continue;
            }
            i = r;
        }
        if i == end {
            break;
        }
        (i, prev_alnum) = past_run_end(text, i);
    }
}

/// The place after the character at `i`, where a run ended or none began,
/// and whether that character is a letter or digit.
#[inline]
fn past_run_end(text: &str, i: usize) -> (usize, bool) {
    // The byte is no ASCII letter or digit, and only a non-ASCII one needs
    // its character decoded.
    if text.as_bytes()[i] < 0x80 {
        return (i + 1, false);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (i + c.len_utf8(), c.is_alphanumeric())
}

/// Whether the character before `i` in `text` is a letter or digit.
#[inline]
fn alnum_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        scan_word_runs(text, 0, text.len(), |i, r, key| {
            if r > i {
                assert_eq!(*key, RunKey::new(text.as_bytes(), i, r));
            }
            out.push((i, r));
        });
        out
    }

    #[test]
    fn visits_word_starts_with_their_runs() {
        assert_eq!(starts("ab, c"), [(0, 2), (4, 5)]);
        assert_eq!(starts("ab,-c"), [(0, 2), (3, 3), (4, 5)]);
        // A non-ASCII letter is a word start with no ASCII run, and the
        // letters after it are inside its word.
        assert_eq!(starts("éRussia Russiaé"), [(0, 0), (9, 15)]);
        // Spaces begin no entry and are not visited.
        assert_eq!(starts("  x  "), [(2, 3)]);
        assert!(starts("").is_empty());
    }

    #[test]
    fn a_match_is_passed_over_whole() {
        let text = "North Korea and Korean";
        let visits = |skip: bool| {
            let mut v = Vec::new();
            super::super::scan_word_starts(text, 0, text.len(), |i| {
                v.push(i);
                (skip && i == 0).then_some(11)
            });
            v
        };
        assert_eq!(visits(false), [0, 6, 12, 16]);
        assert_eq!(visits(true), [0, 12, 16]);
    }

    #[test]
    fn keys_fold_case_and_see_the_length() {
        let t = b"Forces FORCES force forcesx";
        let key = |t: &[u8], a, b| RunKey::new(t, a, b).top(KEY_BITS);
        assert_eq!(key(t, 0, 6), key(t, 7, 13));
        assert_ne!(key(t, 0, 6), key(t, 14, 19));
        assert_eq!(key(b"forces", 0, 6), key(t, 0, 6));
        // A run near the end of the text is read byte by byte, to the same key.
        assert_eq!(RunKey::new(b"x forces", 2, 8), RunKey::new(t, 20, 26));
        assert_eq!(first_run(b"U.S."), 1);
        assert_eq!(first_run(b"China"), 5);
    }

    #[test]
    fn first_run_reads_four_bytes_as_one() {
        let text = b"a bc def ghij klmno pqrstu vwxyz012 3456789AB CDEFGHIJKL.x\xc3\xa9y";
        for at in 0..text.len() {
            let p = &text[at..];
            let plain = p.iter().take_while(|&&b| ASCII_ALNUM[b as usize]).count();
            assert_eq!(first_run(p), plain, "{at}");
        }
    }

    #[test]
    fn runs_are_measured_eight_bytes_at_once() {
        let text = "a bc def ghij klmno pqrstu vwxyz012 3456789AB CDEFGHIJKL.x\u{e9}y[`@/:{~\x7f";
        let bytes = text.as_bytes();
        for at in 0..bytes.len() {
            for end in at..=bytes.len() {
                let r = at + first_run(&bytes[at..end]);
                let (run_end, head) = run_at(bytes, at, end);
                assert_eq!(run_end, r, "{at}..{end}");
                if r > at {
                    assert_eq!(head, load_at(bytes, at, (r - at).min(8)), "{at}..{end}");
                }
            }
        }
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b'a', b, b'Z', b'0', b, b'9', 0x80, b]);
            let ends = not_alnum(x);
            for k in 0..8 {
                let stop = ends >> (8 * k) & 0xff;
                assert_eq!(
                    stop == 0,
                    ASCII_ALNUM[x.to_le_bytes()[k] as usize],
                    "{b} {k}"
                );
                assert!(stop == 0 || stop == 0x80);
            }
        }
    }

    #[test]
    fn first_runs_are_exact() {
        let pats: [&[u8]; 5] = [b"North Korea", b"North", b"U.S.", b"Internationale", b".x"];
        let table = FirstRuns::new(pats.iter().copied(), |head| head.len() as u32);
        let at = |t: &[u8]| table.node_after(&RunKey::new(t, 0, first_run(t)));
        assert_eq!(at(b"North"), Some((5, 5)));
        assert_eq!(at(b"U"), Some((1, 1)));
        assert_eq!(at(b"Internationale x"), Some((8, 8)));
        assert_eq!(at(b"Internationally"), None);
        assert_eq!(at(b"north"), None);
        assert_eq!(at(b"Nort"), None);
    }
}
