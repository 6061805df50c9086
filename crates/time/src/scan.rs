//! A small scanner that turns one sentence into the tokens the time grammar
//! reads: numbers with their digit count and suffix, words classified by the
//! lexicon, ISO dates, and the punctuation that matters (dashes of every kind,
//! commas, slashes, colons, apostrophes, quotes and brackets).
//!
//! It writes into a buffer the caller reuses, so a document is scanned without
//! an allocation per token.

use crate::lexicon::{is_word_byte, Lex, Lexicon, Marks};

/// What a number token carries after its digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Suffix {
    None,
    /// `1640s`, `1920's`, `'60s`.
    S,
    /// `19th`, `1st`, `2nd`, `3rd`.
    Ord,
    /// Any other letters (`10am`, `5km`).
    Other,
}

/// Punctuation classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum P {
    Comma,
    /// Hyphen, en dash, em dash, minus, figure dash.
    Dash,
    Slash,
    Colon,
    Period,
    Apos,
    Quote,
    Open,
    Close,
    Semi,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `val` is the number without separators; `plain` is false for `1,000` and `22.8`.
    Num {
        val: u32,
        digits: u8,
        suffix: Suffix,
        plain: bool,
    },
    /// A word; `None` when the lexicon does not know it.
    Word(Option<Lex>),
    /// `YYYY-MM-DD`, optionally with `Thh:mm[:ss]`.
    Iso {
        y: i32,
        m: u8,
        d: u8,
        time: Option<(u8, u8, u8)>,
        secs: bool,
    },
    Punct(P),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// First letter uppercase.
    pub cap: bool,
    /// Whitespace (or the sentence start) right before.
    pub space: bool,
    /// What the token says to the passes after the scan
    /// ([`Marks::MAY_START`], [`Marks::TELLS_CLAUSE`]), worked out once.
    pub marks: Marks,
}

impl Tok {
    /// A word at `start..end`, read as `meaning`, marked `marks`.
    #[inline]
    fn word(start: usize, end: usize, meaning: Option<Lex>, cap: bool, space: bool, marks: Marks) -> Tok {
        Tok { start: start as u32, end: end as u32, kind: Kind::Word(meaning), cap, space, marks }
    }

    /// A punctuation mark at `start..end`.
    #[inline]
    fn punct_mark(start: usize, end: usize, p: P, space: bool) -> Tok {
        Tok { start: start as u32, end: end as u32, kind: Kind::Punct(p), cap: false, space, marks: Marks::of_punct(p) }
    }

    #[inline]
    pub fn lex(&self) -> Option<Lex> {
        match self.kind {
            Kind::Word(l) => l,
            _ => None,
        }
    }

    #[inline]
    pub fn punct(&self) -> Option<P> {
        match self.kind {
            Kind::Punct(p) => Some(p),
            _ => None,
        }
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word(_))
    }
}

/// Scans `text[start..end]` into `out` (cleared first). Returns what its
/// words mark: [`Marks::WORTH`] when it holds a number or a trigger word (most
/// sentences of news have neither, and are not worth parsing), and
/// [`Marks::EVENT_REF`] when a word can lead a reference to an event.
// Kept out of the tagger's loop: inlined there it costs more (measured).
#[inline(never)]
pub(crate) fn scan(lex: &Lexicon, text: &str, start: usize, end: usize, buffer: &mut Vec<Tok>) -> Marks {
    // A vector of its own, which nothing else can point to, keeps its length
    // in a register rather than in memory between pushes.
    let mut out = std::mem::take(buffer);
    out.clear();
    let mut marks = Marks::NONE;
    let b = text.as_bytes();
    // Said outright, so that reading a byte before `end` needs no bounds check.
    let end = end.min(b.len());
    let mut i = start;
    let mut space = true;
    while i < end {
        let c = b[i];
        // Words first: most tokens are. Most words are plain and short, and
        // followed by a space and another word, which this loop goes on to
        // without the tests for other tokens.
        if c.is_ascii_alphabetic() {
            loop {
                let Some(w) = short_word(b, i, end) else {
                    if i < end && b[i].is_ascii_alphabetic() {
                        let (j, letters) = scan_word(text, i, end);
                        let (meaning, word_marks) = lex.word(text, i, j, letters);
                        marks |= word_marks;
                        let cap = b[i].is_ascii_uppercase();
                        out.push(Tok::word(i, j, meaning, cap, space, word_marks));
                        space = j < end && b[j] == b' ';
                        i = j + usize::from(space);
                    }
                    break;
                };
                let j = i + w.len;
                let (meaning, word_marks) = lex.short_word(text, i, w.len, w.key);
                marks |= word_marks;
                out.push(Tok::word(i, j, meaning, w.cap, space, word_marks));
                // The space after a word is passed over with it. (A word
                // that ends the stretch ends the scan, whatever follows it.)
                space = w.next == b' ';
                i = j + usize::from(space);
                if !space {
                    break;
                }
            }
            continue;
        }
        if c == b' ' || c == b'\n' || c == b'\t' || c == b'\r' {
            i += 1;
            space = true;
            continue;
        }
        if c >= 0x80 {
            let (ch, len) = decode(text, i);
            if ch.is_whitespace() {
                i += len;
                space = true;
                continue;
            }
            let p = match ch {
                '–' | '—' | '‒' | '−' | '‑' | '‐' => Some(P::Dash),
                '’' | '‘' => Some(P::Apos),
                '“' | '”' | '«' | '»' => Some(P::Quote),
                _ if ch.is_alphanumeric() => None,
                _ => Some(P::Other),
            };
            if let Some(p) = p {
                // A curly apostrophe inside a word ("O’Brien") stays in the word.
                out.push(Tok::punct_mark(i, i + len, p, space));
                i += len;
                space = false;
                continue;
            }
            // Every listed word is ASCII: a word starting otherwise is in no list.
            let (j, _) = scan_word(text, i, end);
            let cap = text[i..].chars().next().is_some_and(char::is_uppercase);
            out.push(Tok::word(i, j, None, cap, space, Marks::NONE));
            i = j;
            space = false;
            continue;
        }
        if c.is_ascii_digit() {
            let j = number(b, i, end, &mut out, space);
            marks |= Marks::WORTH;
            i = j;
            space = false;
            continue;
        }
        let p = match c {
            b',' => P::Comma,
            b'-' => P::Dash,
            b'/' => P::Slash,
            b':' => P::Colon,
            b'.' => P::Period,
            b'\'' | b'`' => P::Apos,
            b'"' => P::Quote,
            b'(' | b'[' => P::Open,
            b')' | b']' => P::Close,
            b';' => P::Semi,
            _ => P::Other,
        };
        out.push(Tok::punct_mark(i, i + 1, p, space));
        i += 1;
        space = false;
    }
    *buffer = out;
    marks.of_sentence()
}

/// Scans a stretch of text on its own.
#[cfg(test)]
pub(crate) fn scan_text(lex: &Lexicon, text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    scan(lex, text, start, end, out);
}

#[inline]
fn decode(text: &str, i: usize) -> (char, usize) {
    let ch = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
    (ch, ch.len_utf8())
}

/// A word: letters and digits, with inner apostrophes, and dotted abbreviations
/// (`B.C.`, `a.m.`, `U.S.`) kept whole. Stops before a possessive `'s`.
/// Returns its end, and whether it is ASCII letters only.
#[inline]
fn scan_word(text: &str, i: usize, end: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let j = letters_end(b, i, end);
    // Most words are a run of ASCII letters ending in a space or a stop.
    if j >= end || (b[j] < 0x80 && b[j] != b'.') {
        return (j, true);
    }
    odd_word(text, i, j, end)
}

/// The rest of [`scan_word`], for a word that meets a non-ASCII byte or a dot
/// after its first run of ASCII letters.
#[cold]
#[inline(never)]
fn odd_word(text: &str, i: usize, mut j: usize, end: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let mut letters = true;
    while j < end && b[j] >= 0x80 {
        // Non-ASCII letters belong to the word; dashes and curly quotes end it.
        match text.get(j..).and_then(|s| s.chars().next()) {
            Some(ch) if ch.is_alphanumeric() => {
                j = letters_end(b, j + ch.len_utf8(), end);
                letters = false;
            }
            _ => break,
        }
    }
    // Dotted abbreviation: single letters each followed by a dot.
    if j - i == 1 && j + 1 < end && b[j] == b'.' && b[j + 1].is_ascii_alphabetic() {
        let mut k = j;
        while k + 1 < end
            && b[k] == b'.'
            && b[k + 1].is_ascii_alphabetic()
            && (k + 2 >= end || !b[k + 2].is_ascii_alphabetic())
        {
            k += 2;
        }
        if k > j && k < end && b[k] == b'.' {
            return (k + 1, false);
        }
    }
    (j, letters)
}

/// A plain word of fewer than sixteen ASCII letters, as [`short_word`] finds it.
struct ShortWord {
    /// How many letters.
    len: usize,
    /// The letters folded to lowercase, in two machine words (first byte
    /// lowest), every byte past the word zero: the lexicon's key.
    key: (u64, u64),
    /// The byte after the word.
    next: u8,
    /// The first letter is uppercase.
    cap: bool,
}

/// The word at `i` when it is a plain one of fewer than sixteen ASCII letters
/// (nearly all are), which ends inside the sixteen bytes of text from `i`,
/// measured and keyed from those bytes, loaded once.
#[inline]
fn short_word(b: &[u8], i: usize, end: usize) -> Option<ShortWord> {
    // `first_chunk` of the rest: no sum that could overflow to check.
    let chunk = |k: usize| b.get(k..).and_then(|r| r.first_chunk::<8>()).map(|c| u64::from_le_bytes(*c));
    const FOLD: u64 = 0x2020_2020_2020_2020;
    let lo = chunk(i)?;
    let (mut n, keep) = letters_in(lo);
    let mut key = ((lo | FOLD) & keep, 0);
    let mut next = (lo >> (8 * (n % 8))) as u8;
    if n == 8 {
        let hi = chunk(i + 8)?;
        let (m, keep) = letters_in(hi);
        n += m;
        key.1 = (hi | FOLD) & keep;
        next = (hi >> (8 * (n % 8))) as u8;
    }
    let j = i + n;
    if n == 0 || n == 16 || j > end {
        return None;
    }
    // As in scan_word: a dot or a byte past ASCII may go on with the word.
    let cap = lo & 0x20 == 0;
    (j == end || (next < 0x80 && next != b'.')).then_some(ShortWord { len: n, key, next, cap })
}

/// How many of the eight bytes of `x` (first byte lowest) are ASCII letters
/// before the first that is not, and a mask of those bytes.
#[inline]
fn letters_in(x: u64) -> (usize, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    // Per byte, with the case bit set and the top bit cleared: at least
    // 'a', and not past 'z'. Neither sum carries into the next byte.
    let low = (x | 0x20 * ONES) & !HIGH;
    let from_a = low + (0x80 - u64::from(b'a')) * ONES;
    let past_z = low + (0x80 - u64::from(b'z') - 1) * ONES;
    let letters = from_a & !past_z & !x & HIGH;
    let stops = !letters & HIGH;
    // The top bit of the first byte that is no letter, moved to the bottom
    // of it, less one: every byte before it (all eight when there is none).
    let keep = ((stops & stops.wrapping_neg()) >> 7).wrapping_sub(1);
    (stops.trailing_zeros() as usize / 8, keep)
}

/// The end of the run of ASCII letters at `j` (at most `end`), eight bytes at
/// a time: words are short, and most end within the first eight.
#[inline]
fn letters_end(b: &[u8], mut j: usize, end: usize) -> usize {
    while let Some(chunk) = b.get(j..j + 8) {
        let (run, _) = letters_in(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        if run < 8 || j + 8 >= end {
            return (j + run).min(end);
        }
        j += 8;
    }
    while j < end && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    j
}

/// Scans a number (or an ISO date) at `i`, pushes its token(s), returns the end.
fn number(b: &[u8], i: usize, end: usize, out: &mut Vec<Tok>, space: bool) -> usize {
    let mut j = i;
    while j < end && b[j].is_ascii_digit() {
        j += 1;
    }
    let digits = j - i;
    if digits == 4 {
        if let Some((k, kind)) = iso(b, i, end) {
            out.push(Tok { start: i as u32, end: k as u32, kind, cap: false, space, marks: Marks::MAY_START });
            return k;
        }
    }
    let mut val: u64 = b[i..j].iter().take(10).fold(0, |v, &d| v * 10 + u64::from(d - b'0'));
    let mut plain = true;
    // Thousands separators and decimals: "1,000", "22.8". Such a number is never a year.
    while j + 1 < end && (b[j] == b',' || b[j] == b'.') && b[j + 1].is_ascii_digit() {
        let sep = b[j];
        let mut k = j + 1;
        while k < end && b[k].is_ascii_digit() {
            k += 1;
        }
        if sep == b',' && k - j - 1 != 3 {
            break;
        }
        if sep == b',' {
            val = b[j + 1..k].iter().fold(val, |v, &d| v.saturating_mul(10).saturating_add(u64::from(d - b'0')));
        }
        plain = false;
        j = k;
    }
    let mut suffix = Suffix::None;
    let mut k = j;
    while k < end && b[k].is_ascii_alphabetic() {
        k += 1;
    }
    if k > j && !(k < end && b[k].is_ascii_digit()) {
        let s = &b[j..k];
        suffix = if s.eq_ignore_ascii_case(b"s") {
            Suffix::S
        } else if [&b"st"[..], b"nd", b"rd", b"th", b"d"].iter().any(|o| s.eq_ignore_ascii_case(o)) {
            Suffix::Ord
        } else {
            Suffix::Other
        };
        j = k;
    } else if j + 2 < end && (b[j] == b'\'' || b[j] == 0xE2) {
        // "1920's" / "1920’s".
        let alen = if b[j] == b'\'' { 1 } else { 3 };
        let right_quote = alen == 1 || (j + 2 < end && b[j + 1] == 0x80 && b[j + 2] == 0x99);
        // "1960's" is a decade; "1969's" a possessive, left to the apostrophe.
        if right_quote
            && val.is_multiple_of(10)
            && j + alen < end
            && (b[j + alen] == b's')
            && (j + alen + 1 >= end || !is_word_byte(b[j + alen + 1]))
        {
            suffix = Suffix::S;
            j += alen + 1;
        }
    }
    let val = val.min(u64::from(u32::MAX)) as u32;
    out.push(Tok {
        start: i as u32,
        end: j as u32,
        kind: Kind::Num { val, digits: digits.min(255) as u8, suffix, plain },
        cap: false,
        space,
        marks: Marks::MAY_START,
    });
    j
}

/// `YYYY-MM-DD` with an optional `Thh:mm[:ss]`, as one token.
fn iso(b: &[u8], i: usize, end: usize) -> Option<(usize, Kind)> {
    let two = |k: usize| -> Option<u8> {
        (k + 2 <= end && b[k].is_ascii_digit() && b[k + 1].is_ascii_digit())
            .then(|| (b[k] - b'0') * 10 + (b[k + 1] - b'0'))
    };
    if !(i + 10 <= end && b[i + 4] == b'-' && b[i + 7] == b'-') {
        return None;
    }
    let m = two(i + 5)?;
    let d = two(i + 8)?;
    let y = b[i..i + 4].iter().fold(0i32, |v, &c| v * 10 + i32::from(c - b'0'));
    if crate::Date::new(y, m, d).is_none() || (i + 10 < end && b[i + 10].is_ascii_digit()) {
        return None;
    }
    let mut k = i + 10;
    let mut time = None;
    let mut secs = false;
    if k + 6 <= end && b[k] == b'T' && b[k + 3] == b':' {
        if let (Some(h), Some(mi)) = (two(k + 1), two(k + 4)) {
            let mut s = 0;
            k += 6;
            if k + 3 <= end && b[k] == b':' {
                if let Some(x) = two(k + 1) {
                    s = x;
                    secs = true;
                    k += 3;
                }
            }
            time = Some((h, mi, s));
        }
    }
    if k < end && is_word_byte(b[k]) {
        return None;
    }
    Some((k, Kind::Iso { y, m, d, time, secs }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(String, Kind)> {
        let mut v = Vec::new();
        scan_text(&Lexicon::new(), t, 0, t.len(), &mut v);
        v.iter().map(|k| (t[k.start as usize..k.end as usize].to_string(), k.kind)).collect()
    }

    #[test]
    fn numbers_and_suffixes() {
        let k = kinds("the 1640s, 19th and 1,000 or 1920's 22.8");
        assert_eq!(k[1].1, Kind::Num { val: 1640, digits: 4, suffix: Suffix::S, plain: true });
        assert_eq!(k[3].1, Kind::Num { val: 19, digits: 2, suffix: Suffix::Ord, plain: true });
        assert_eq!(k[5].1, Kind::Num { val: 1000, digits: 1, suffix: Suffix::None, plain: false });
        assert_eq!(k[7], ("1920's".into(), Kind::Num { val: 1920, digits: 4, suffix: Suffix::S, plain: true }));
        assert!(matches!(k[8].1, Kind::Num { plain: false, .. }));
    }

    #[test]
    fn dashes_abbreviations_and_iso() {
        let k = kinds("1652–1689 44 B.C. 2009-12-19T17:00:00 mid-1800s");
        assert_eq!(k[1].1, Kind::Punct(P::Dash));
        assert_eq!(k[4].0, "B.C.");
        assert!(matches!(k[5].1, Kind::Iso { y: 2009, m: 12, d: 19, time: Some((17, 0, 0)), secs: true }));
        assert_eq!(k[6].0, "mid");
        assert_eq!(k[7].1, Kind::Punct(P::Dash));
    }

    #[test]
    fn marks_say_what_a_sentence_may_need() {
        let marks = |t: &str| scan(&Lexicon::new(), t, 0, t.len(), &mut Vec::new());
        assert_eq!(marks("the war ended"), Marks::NONE);
        assert_eq!(marks("in 1523 it ended"), Marks::WORTH);
        assert!(marks("after the war").has(Marks::WORTH | Marks::EVENT_REF));
        assert_eq!(marks("following the treaty"), Marks::EVENT_REF);
        // "aftermath" is no "after".
        assert_eq!(marks("the aftermath"), Marks::NONE);
    }

    #[test]
    fn non_ascii_words_stay_whole() {
        let k = kinds("Díaz in\u{a0}1911");
        assert_eq!(k[0].0, "Díaz");
        assert_eq!(k.len(), 3);
    }
}
