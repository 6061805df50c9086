//! A sentence's tokens joined into one normalized string, for dictionary automata.
//!
//! Tokens are joined with a single space where the text has whitespace between
//! them and with nothing where it has none, so "China's", "Kai-shek" and
//! "anti-Soviet" stay as written while line breaks and runs of spaces fold away.
//! Curly apostrophes and quotes become straight, en and em dashes become `-`.
//! Every automaton of annals runs over this string, so one dictionary entry
//! matches however the text was typed.

use crate::Token;

/// The joined string of one sentence and the position of each token in it.
#[derive(Clone, Debug, Default)]
pub struct Words {
    /// The normalized, joined text.
    pub joined: String,
    /// Start offset in `joined` of each token.
    pub starts: Vec<u32>,
    /// End offset in `joined` of each token.
    pub ends: Vec<u32>,
    /// Per-token bit sets a caller may attach once per sentence (the coder's
    /// word classes), so that later stages test a bit instead of comparing
    /// strings. Empty until then: [`Words::build`] clears them.
    pub classes: Vec<u64>,
}

impl Words {
    /// Rebuilds from `tokens` of `src`, reusing the buffers.
    pub fn build(&mut self, src: &str, tokens: &[Token]) {
        self.joined.clear();
        self.starts.clear();
        self.ends.clear();
        self.classes.clear();
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
            return;
        };
        let (base, end) = (first.start as usize, last.end as usize);
        self.starts.reserve(tokens.len());
        self.ends.reserve(tokens.len());
        let span = &src[base..end];
        // Most sentences are already their own normal form: plain ASCII with at
        // most one space between tokens. Their joined text is a copy of the span.
        if is_plain(span.as_bytes()) && self.offsets_of_plain(tokens) {
            self.joined.push_str(span);
            return;
        }
        self.joined.reserve(span.len());
        let mut prev_end: Option<usize> = None;
        for t in tokens {
            let (s, e) = (t.start as usize, t.end as usize);
            if let Some(p) = prev_end {
                if p < s {
                    self.joined.push(' ');
                }
            }
            self.starts.push(self.joined.len() as u32);
            let text = &src[s..e];
            // Plain ASCII (no backquote) is its own normal form.
            if text.bytes().all(|b| b < 0x80 && b != b'`') {
                self.joined.push_str(text);
            } else {
                self.joined.extend(text.chars().map(normalize_char));
            }
            self.ends.push(self.joined.len() as u32);
            prev_end = Some(e);
        }
    }

    /// Fills the offsets of tokens whose text is plain (see [`is_plain`]),
    /// measured from the first token's start; false, filling nothing, where two
    /// tokens are more than one byte (a space) apart.
    fn offsets_of_plain(&mut self, tokens: &[Token]) -> bool {
        let base = tokens[0].start;
        let mut prev_end = base;
        let mut spaced_once = true;
        // Extending from a slice's length, not pushing: no capacity test per
        // token; the spacing is checked in the same pass, as it nearly always holds.
        self.starts.extend(tokens.iter().map(|t| {
            spaced_once &= t.start <= prev_end + 1;
            prev_end = t.end;
            t.start - base
        }));
        if !spaced_once {
            self.starts.clear();
            return false;
        }
        self.ends.extend(tokens.iter().map(|t| t.end - base));
        true
    }

    /// The token starting at joined offset `off`, if one does.
    #[inline]
    pub fn token_starting_at(&self, off: usize) -> Option<usize> {
        self.starts.binary_search(&(off as u32)).ok()
    }

    /// The token ending at joined offset `off`, if one does.
    #[inline]
    pub fn token_ending_at(&self, off: usize) -> Option<usize> {
        self.ends.binary_search(&(off as u32)).ok()
    }

    /// The normalized text of token `i`.
    #[inline]
    pub fn text(&self, i: usize) -> &str {
        &self.joined[self.starts[i] as usize..self.ends[i] as usize]
    }

    /// The bytes of token `i`'s normalized text: for comparisons with ASCII
    /// words, without the char-boundary checks of slicing a `str`.
    #[inline]
    pub fn bytes(&self, i: usize) -> &[u8] {
        &self.joined.as_bytes()[self.starts[i] as usize..self.ends[i] as usize]
    }

    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

/// Whether every byte of `b` is printable ASCII other than the backquote:
/// text that normalizes to itself, where the only whitespace is a plain space.
/// Eight bytes are tested at a time, as every sentence is.
fn is_plain(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().expect("eight bytes"));
        // Below 0x80, adding 0x60 sets a byte's high bit exactly when it is
        // at least 0x20, and never carries into the next byte.
        let printable = x.wrapping_add(ONES * 0x60) & HIGH;
        let quote = x ^ (ONES * u64::from(b'`'));
        let has_quote = quote.wrapping_sub(ONES) & !quote & HIGH;
        if x & HIGH != 0 || printable != HIGH || has_quote != 0 {
            return false;
        }
    }
    chunks
        .remainder()
        .iter()
        .all(|&c| (0x20..0x80).contains(&c) && c != b'`')
}

/// The character a dictionary sees for `ch`.
pub fn normalize_char(ch: char) -> char {
    match ch {
        '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
        '“' | '”' | '„' | '«' | '»' => '"',
        '–' | '—' | '‐' | '‑' | '−' => '-',
        '\u{a0}' => ' ',
        c => c,
    }
}

/// Normalizes a dictionary entry the way [`Words`] normalizes text: tokens joined
/// as written, whitespace folded, quotes and dashes made plain.
pub fn normalize_entry(entry: &str) -> String {
    let mut toks = Vec::new();
    crate::tokenize(entry, 0, entry.len(), &mut toks);
    let mut w = Words::default();
    w.build(entry, &toks);
    w.joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_as_written_and_folds_space() {
        let src = "China’s  armies\ndrove the Sino–Soviet  \"Kai-shek\"";
        let mut toks = Vec::new();
        crate::tokenize(src, 0, src.len(), &mut toks);
        let mut w = Words::default();
        w.build(src, &toks);
        assert_eq!(
            w.joined,
            "China's armies drove the Sino-Soviet \"Kai-shek\""
        );
        assert_eq!(w.text(1), "'s");
        let i = w.joined.find("armies").unwrap();
        assert_eq!(w.token_starting_at(i), Some(2));
        assert_eq!(w.token_ending_at(i + 6), Some(2));
        assert_eq!(w.token_starting_at(i + 1), None);
    }

    #[test]
    fn plain_text_is_copied_as_the_slow_path_would_build_it() {
        let texts = [
            "China's armies drove the Sino-Soviet \"Kai-shek\" out.",
            "Two  spaces here, and a tab\there.",
            "A backquote `here` and a line\nbreak, all  ASCII!",
            "Control \u{1}byte and DEL \u{7f} and ~tilde~ {braces}.",
            "No-break\u{a0}space and Sino–Soviet ties in Пекин.",
            "abcdefg hijklmnop qrstuvwxyz0123456789 ABCDEFGHIJKLMNOP.",
        ];
        for text in texts {
            for cut in 0..text.len() {
                if !text.is_char_boundary(cut) {
                    continue;
                }
                let mut toks = Vec::new();
                crate::tokenize(text, cut, text.len(), &mut toks);
                let mut fast = Words::default();
                fast.build(text, &toks);
                let mut slow = Words::default();
                for (i, t) in toks.iter().enumerate() {
                    if i > 0 && toks[i - 1].end < t.start {
                        slow.joined.push(' ');
                    }
                    slow.starts.push(slow.joined.len() as u32);
                    slow.joined.extend(t.text(text).chars().map(normalize_char));
                    slow.ends.push(slow.joined.len() as u32);
                }
                assert_eq!(fast.joined, slow.joined, "{text:?} from {cut}");
                assert_eq!(fast.starts, slow.starts, "{text:?} from {cut}");
                assert_eq!(fast.ends, slow.ends, "{text:?} from {cut}");
            }
        }
        for (b, plain) in [
            (&b"plain ascii words, ok!"[..], true),
            (b"eight by", true),
            (b"tab\tin the middle", false),
            (b"back`quote in a long line", false),
            (b"a\x7f and more bytes", true),
            (b"\x1f", false),
            ("caf\u{e9} au lait".as_bytes(), false),
        ] {
            assert_eq!(is_plain(b), plain, "{b:?}");
        }
    }

    #[test]
    fn entries_normalize_like_text() {
        assert_eq!(normalize_entry("People’s  Republic"), "People's Republic");
        assert_eq!(normalize_entry("cease–fire"), "cease-fire");
    }
}
