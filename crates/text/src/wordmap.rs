//! A small map from short words, compared ignoring ASCII case, to values: the
//! closed word lists of annals looked up in one probe.
//!
//! A word of up to [`MAX_WORD`] bytes is folded to lowercase and packed into two
//! machine words, which are hashed and compared whole, so a lookup costs a few
//! instructions and never allocates. Longer words are never stored and never
//! found. Only ASCII letters are folded: other bytes compare exactly, as
//! `eq_ignore_ascii_case` compares them.
//!
//! ```
//! use annals_text::wordmap::WordMap;
//!
//! let m = WordMap::build([("the", 1), ("of", 2), ("The", 3)], |old, new| old | new);
//! assert_eq!(m.get(b"THE"), Some(3));
//! assert_eq!(m.get(b"off"), None);
//! ```

/// The longest word a [`WordMap`] holds.
pub const MAX_WORD: usize = 16;

/// Words (ASCII case folded, at most [`MAX_WORD`] bytes) to values.
#[derive(Clone, Debug)]
pub struct WordMap<V> {
    /// Open addressing with linear probing; an empty slot has length 0.
    slots: Vec<(Key, Option<V>)>,
    mask: usize,
}

impl<V: Copy> WordMap<V> {
    /// A map of `entries`; where a word (ignoring case) comes again,
    /// `merge(old, new)` gives its value. Empty and over-long words are left out.
    pub fn build<'a>(
        entries: impl IntoIterator<Item = (&'a str, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> WordMap<V> {
        WordMap::of_keys(keyed(entries).collect(), merge)
    }

    /// This map with `entries` added after the words it holds; where a word
    /// (ignoring case) comes again, `merge(old, new)` gives its value.
    pub fn extended<'a>(
        self,
        entries: impl IntoIterator<Item = (&'a str, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> WordMap<V> {
        let held = self
            .slots
            .into_iter()
            .filter_map(|(k, v)| Some((k, v?)))
            .filter(|(k, _)| k.len != 0);
        WordMap::of_keys(held.chain(keyed(entries)).collect(), merge)
    }

    fn of_keys(keyed: Vec<(Key, V)>, merge: impl Fn(V, V) -> V) -> WordMap<V> {
        let size = (keyed.len() * 2 + 2).next_power_of_two();
        let empty = (
            Key {
                lo: 0,
                hi: 0,
                len: 0,
            },
            None,
        );
        let mut m = WordMap {
            slots: vec![empty; size],
            mask: size - 1,
        };
        for (k, v) in keyed {
            let mut s = k.slot(m.mask);
            while m.slots[s].0.len != 0 && m.slots[s].0 != k {
                s = (s + 1) & m.mask;
            }
            let slot = &mut m.slots[s];
            slot.1 = Some(match slot.1 {
                Some(old) => merge(old, v),
                None => v,
            });
            slot.0 = k;
        }
        m
    }

    /// The value of `word` (any ASCII case), if it is in the map.
    #[inline]
    pub fn get(&self, word: &[u8]) -> Option<V> {
        self.find(Key::of(word)?)
    }

    /// The value of the word `text[start..end]` (any ASCII case), if it is in
    /// the map: [`WordMap::get`] of that word. Where `text` has 16 bytes from
    /// `start`, the word is read as two whole machine words and masked to its
    /// length, without the branches of reading exactly its bytes (a sentence
    /// scan asks this of every token).
    #[inline]
    pub fn get_in(&self, text: &[u8], start: usize, end: usize) -> Option<V> {
        let k = match text.get(start..start + 2 * 8) {
            Some(window) if end > start && end - start <= MAX_WORD => {
                Key::of_window(window.try_into().expect("sixteen bytes"), end - start)
            }
            _ => Key::of(text.get(start..end)?)?,
        };
        self.find(k)
    }

    #[inline]
    fn find(&self, k: Key) -> Option<V> {
        let mut s = k.slot(self.mask);
        loop {
            let (key, v) = &self.slots[s];
            if key.len == 0 {
                return None;
            }
            if *key == k {
                return *v;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// How many words it holds.
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.0.len != 0).count()
    }

    /// Whether it holds no word.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The entries that fit a map, with their keys.
fn keyed<'a, V, I: IntoIterator<Item = (&'a str, V)>>(
    entries: I,
) -> impl Iterator<Item = (Key, V)> + use<'a, V, I> {
    entries
        .into_iter()
        .filter_map(|(w, v)| Some((Key::of(w.as_bytes())?, v)))
}

/// A word folded to lowercase and packed into two machine words, with its length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    lo: u64,
    hi: u64,
    len: u64,
}

impl Key {
    #[inline]
    fn of(w: &[u8]) -> Option<Key> {
        let n = w.len();
        if n == 0 || n > MAX_WORD {
            return None;
        }
        let lo = fold(load(&w[..n.min(8)]));
        let hi = if n > 8 { fold(load(&w[8..])) } else { 0 };
        Some(Key {
            lo,
            hi,
            len: n as u64,
        })
    }

    /// The key of the word that is the first `n` bytes (1 to [`MAX_WORD`]) of
    /// `window`: the same as [`Key::of`] of those bytes.
    #[inline]
    fn of_window(window: &[u8; 16], n: usize) -> Key {
        let lo = u64::from_le_bytes(window[..8].try_into().expect("eight bytes"));
        let hi = u64::from_le_bytes(window[8..].try_into().expect("eight bytes"));
        Key {
            lo: fold(lo & WINDOW_MASKS[n].0),
            hi: fold(hi & WINDOW_MASKS[n].1),
            len: n as u64,
        }
    }

    #[inline]
    fn slot(&self, mask: usize) -> usize {
        let h = (self.lo ^ self.hi.rotate_left(29) ^ self.len).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 40) as usize & mask
    }
}

/// For each word length up to [`MAX_WORD`], the bits of a 16-byte window's
/// two little-endian halves that hold the word's bytes.
const WINDOW_MASKS: [(u64, u64); MAX_WORD + 1] = {
    let mut t = [(0, 0); MAX_WORD + 1];
    let mut n = 1;
    while n <= MAX_WORD {
        t[n] = (low_bytes(n), low_bytes(n.saturating_sub(8)));
        n += 1;
    }
    t
};

/// The bits of the first `bytes` bytes of a little-endian number (all of them
/// from eight on).
pub const fn low_bytes(bytes: usize) -> u64 {
    if bytes >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * bytes)) - 1
    }
}

/// The `k` bytes (1 to 8) of `b` at `at` as a little-endian number, zeros
/// past them: one load, masked, where the text goes on for eight bytes; near
/// its end, [`load`] of just those bytes.
#[inline]
pub fn load_at(b: &[u8], at: usize, k: usize) -> u64 {
    match b.get(at..at + 8) {
        Some(eight) => {
            u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]))
                & u64::MAX.wrapping_shr(64 - 8 * k as u32)
        }
        None => load(&b[at..at + k]),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_in_any_case_and_nothing_else() {
        let words = [
            "a",
            "an",
            "the",
            "n't",
            "'s",
            "between",
            "approximately",
            "sixteen-letters!",
            "é",
            "Über",
        ];
        let m = WordMap::build(
            words.iter().enumerate().map(|(i, w)| (*w, i + 1)),
            |_, new| new,
        );
        assert_eq!(m.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(w.as_bytes()), Some(i + 1), "{w}");
            assert_eq!(m.get(w.to_ascii_uppercase().as_bytes()), Some(i + 1), "{w}");
            assert_eq!(m.get(format!("{w}s").as_bytes()), None, "{w}");
            assert_eq!(m.get(&w.as_bytes()[1..]), None, "{w}");
        }
        // Non-ASCII letters are not folded; NUL bytes are not padding.
        assert_eq!(m.get("É".as_bytes()), None);
        assert_eq!(m.get("über".as_bytes()), None);
        assert_eq!(m.get(b"a\0"), None);
        assert_eq!(m.get(b""), None);
        assert_eq!(m.get(b"sixteen-letters!!"), None);
        let long = WordMap::build([("seventeen-letters", 1)], |_, n| n);
        assert!(long.is_empty());
    }

    #[test]
    fn repeated_words_merge() {
        let m = WordMap::build(
            [("may", 1u64), ("MAY", 2), ("march", 4), ("may", 8)],
            |a, b| a | b,
        );
        assert_eq!(m.get(b"May"), Some(11));
        let first = WordMap::build([("fall", 1), ("Fall", 2)], |old, _| old);
        assert_eq!(first.get(b"fall"), Some(1));
    }

    #[test]
    fn extending_merges_after_the_words_held() {
        let m = WordMap::build([("may", 1u64), ("the", 2)], |a, b| a | b);
        let m = m.extended([("MAY", 4), ("of", 8)], |a, b| a | b);
        assert_eq!(m.get(b"may"), Some(5));
        assert_eq!(m.get(b"the"), Some(2));
        assert_eq!(m.get(b"Of"), Some(8));
        assert_eq!(m.len(), 3);
        let first =
            WordMap::build([("fall", 1)], |old, _| old).extended([("Fall", 2)], |old, _| old);
        assert_eq!(first.get(b"FALL"), Some(1));
    }

    #[test]
    fn words_read_in_place_are_found_as_words_given_alone() {
        let m = WordMap::build(
            [
                ("a", 1),
                ("of", 2),
                ("approximately", 3),
                ("sixteen-letters!", 4),
            ],
            |_, n| n,
        );
        let text = b"Of a sentence, APPROXIMATELY sixteen-letters! then a";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let word = &text[start..end];
                assert_eq!(m.get_in(text, start, end), m.get(word), "{start}..{end}");
            }
        }
        assert_eq!(m.get_in(text, 15, 28), Some(3));
        assert_eq!(m.get_in(text, text.len() - 1, text.len()), Some(1));
        assert_eq!(m.get_in(text, 5, 99), None);
    }

    #[test]
    fn loads_read_every_byte_once() {
        let bytes: Vec<u8> = (1u8..=9).collect();
        for n in 0..=8 {
            let mut want = [0u8; 8];
            want[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load(&bytes[..n]), u64::from_le_bytes(want), "{n}");
        }
        // In place, the same bytes whether the text goes on past them or not.
        for at in 0..bytes.len() {
            for k in 1..=8.min(bytes.len() - at) {
                assert_eq!(load_at(&bytes, at, k), load(&bytes[at..at + k]), "{at} {k}");
            }
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
}
