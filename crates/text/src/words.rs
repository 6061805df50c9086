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
        if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
            self.joined
                .reserve((last.end as usize).saturating_sub(first.start as usize));
            self.starts.reserve(tokens.len());
            self.ends.reserve(tokens.len());
        }
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
    fn entries_normalize_like_text() {
        assert_eq!(normalize_entry("People’s  Republic"), "People's Republic");
        assert_eq!(normalize_entry("cease–fire"), "cease-fire");
    }
}
