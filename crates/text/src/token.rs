//! Tokens: words, numbers and punctuation, with byte spans into the clean text.
//!
//! Hyphens and dashes are tokens of their own ("anti", "-", "Soviet"), so that
//! names inside compounds can be seen; the possessive `'s` and the negation
//! `n't` are split off their words.

/// The kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits or inner dots (`U.S.`) and apostrophes.
    Word,
    /// Digits, possibly with inner `,` or `.` and a letter suffix (`1,000`, `1640s`, `19th`).
    Number,
    /// The possessive `'s` or `'`.
    Possessive,
    /// Any other single character, or a run of dots.
    Punct,
}

/// One token: a byte range of the clean text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Start byte offset.
    pub start: u32,
    /// End byte offset, exclusive.
    pub end: u32,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start as usize..self.end as usize]
    }

    /// Whether the token's text equals `word`, ignoring ASCII case.
    #[inline]
    pub fn is(&self, src: &str, word: &str) -> bool {
        self.text(src).eq_ignore_ascii_case(word)
    }

    /// Whether the token starts with an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self, src: &str) -> bool {
        self.text(src)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

/// Tokenizes `src[start..end]`, appending to `out` (which it clears first).
/// A range outside `src` is clipped to it, and bounds inside a character move
/// to the character's end, so that no input panics.
pub fn tokenize(src: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    out.clear();
    let end = ceil_char_boundary(src, end.min(src.len()));
    // Nothing past `end` may decide a token: a possessive "'s" cut by the
    // range ends before the 's'.
    let bytes = &src.as_bytes()[..end];
    let mut i = ceil_char_boundary(src, start.min(end));
    while i < end {
        let first = bytes[i];
        if first == b' ' {
            i += 1;
            continue;
        }
        if first.is_ascii_alphabetic() {
            // Most words are ASCII letters and digits ended by a space or a
            // comma: none of the rules of `scan_word` (inner dots and
            // apostrophes, other letters, "n't") reads past such a word.
            let mut j = i + 1;
            while j < end && ASCII_ALNUM[bytes[j] as usize] {
                j += 1;
            }
            if bytes.get(j).is_none_or(|&b| ENDS_PLAIN_WORD[b as usize]) {
                out.push(tok(i, j, TokenKind::Word));
                i = j;
                continue;
            }
        }
        if first.is_ascii_digit() {
            let j = scan_number(src, i, end);
            out.push(tok(i, j, TokenKind::Number));
            i = j;
            continue;
        }
        let c = char_at(src, i);
        // Most tokens are words starting with an ASCII letter, told by one
        // load before the character is asked anything.
        if ASCII_ALNUM[first as usize] || c.is_alphanumeric() {
            let j = scan_word(src, i, end);
            // Split "n't" off its verb: "didn't" -> "did" "n't".
            let w = &src[i..j];
            if w.len() > 3 && w.ends_with('t') && (w.ends_with("n't") || w.ends_with("n’t")) {
                let cut = j - if w.ends_with("n't") { 3 } else { 5 };
                out.push(tok(i, cut, TokenKind::Word));
                out.push(tok(cut, j, TokenKind::Word));
            } else {
                out.push(tok(i, j, TokenKind::Word));
            }
            i = j;
            continue;
        }
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
        } else if (c == '\'' || c == '’') && is_possessive(src, i, end, out) {
            let s_follows = bytes.get(i + len).is_some_and(|&b| b == b's' || b == b'S')
                && !bytes
                    .get(i + len + 1)
                    .is_some_and(|b| b.is_ascii_alphanumeric());
            let j = if s_follows { i + len + 1 } else { i + len };
            out.push(tok(i, j, TokenKind::Possessive));
            i = j;
        } else if c == '.' {
            let mut j = i + 1;
            while j < end && bytes[j] == b'.' {
                j += 1;
            }
            out.push(tok(i, j, TokenKind::Punct));
            i = j;
        } else {
            out.push(tok(i, i + len, TokenKind::Punct));
            i += len;
        }
    }
}

fn tok(s: usize, e: usize, kind: TokenKind) -> Token {
    Token {
        start: s as u32,
        end: e as u32,
        kind,
    }
}

/// The first char boundary of `s` at or after `i` (`i` <= `s.len()`).
fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The character at byte `i` (a space past the end).
#[inline]
fn char_at(src: &str, i: usize) -> char {
    match src.as_bytes().get(i) {
        // An ASCII byte is a whole character.
        Some(&b) if b < 0x80 => b as char,
        _ => src[i..].chars().next().unwrap_or(' '),
    }
}

/// An apostrophe right after a word, followed by `s` + non-letter, or ending a plural.
fn is_possessive(src: &str, i: usize, end: usize, out: &[Token]) -> bool {
    let Some(prev) = out.last() else { return false };
    if prev.end as usize != i || prev.kind != TokenKind::Word {
        return false;
    }
    let len = char_at(src, i).len_utf8();
    let bytes = &src.as_bytes()[..end];
    let after = bytes.get(i + len).copied();
    match after {
        Some(b's') | Some(b'S') => !bytes
            .get(i + len + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric()),
        _ => prev.text(src).ends_with('s'),
    }
}

/// ASCII letters and digits as a table: one load per byte where the inside of
/// a word is passed over, rather than three range tests (the tokenizer's and
/// the name scan's word loops).
pub(crate) const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The bytes after a run of ASCII letters and digits that end it as a word of
/// its own: ASCII other than letters, digits, the dot (`U.S.`) and the
/// apostrophe (`O'Brien`, `didn't`).
const ENDS_PLAIN_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = !ASCII_ALNUM[b] && b != b'.' as usize && b != b'\'' as usize;
        b += 1;
    }
    t
};

fn scan_word(src: &str, i: usize, end: usize) -> usize {
    let b = src.as_bytes();
    let mut j = i;
    loop {
        while j < end {
            // ASCII letters and digits, the most of any word, a byte at a time.
            if ASCII_ALNUM[b[j] as usize] {
                j += 1;
                continue;
            }
            let c = char_at(src, j);
            if c.is_alphanumeric() || c == '\u{ad}' {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        // Dotted acronym: U.S., U.N., U.S.S.R. — single letters joined by dots.
        if j < end
            && b[j] == b'.'
            && j - i <= 2
            && j + 1 < end
            && char_at(src, j + 1).is_alphabetic()
        {
            let k = j + 1 + char_at(src, j + 1).len_utf8();
            if k < end && b[k] == b'.' {
                j = k + 1;
                // Continue with further letter-dot pairs.
                while j + 1 < end && char_at(src, j).is_alphabetic() && b[j + 1] == b'.' {
                    j += 2;
                }
                return j;
            }
        }
        // Inner apostrophe (O'Brien, o'clock) but not the possessive 's.
        if j + 1 < end && (b[j] == b'\'') && char_at(src, j + 1).is_alphabetic() {
            let rest = &src[j + 1..end];
            let is_s = rest.starts_with(['s', 'S'])
                && !rest[1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric());
            let is_nt = src[i..j].ends_with('n')
                && rest.starts_with('t')
                && !rest[1..].starts_with(char::is_alphanumeric);
            if !is_s && !is_nt {
                j += 1;
                continue;
            }
            if is_nt {
                j += 2;
            }
        }
        return j;
    }
}

fn scan_number(src: &str, i: usize, end: usize) -> usize {
    let b = src.as_bytes();
    let mut j = i;
    while j < end {
        // A digit, or a ',' or '.' between digits (1,000 and 3.5).
        let inner_sep = (b[j] == b',' || b[j] == b'.') && j + 1 < end && b[j + 1].is_ascii_digit();
        if !(b[j].is_ascii_digit() || inner_sep) {
            break;
        }
        j += 1;
    }
    // Suffix letters: 1640s, 19th, 2nd, 10am.
    while j < end && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(s, 0, s.len(), &mut v);
        v.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn words_numbers_punct() {
        assert_eq!(
            toks("In 1,000 years, the 1640s."),
            ["In", "1,000", "years", ",", "the", "1640s", "."]
        );
    }

    #[test]
    fn possessives_and_negation() {
        assert_eq!(
            toks("China's armies didn't stop"),
            ["China", "'s", "armies", "did", "n't", "stop"]
        );
        assert_eq!(toks("the Soviets' aid"), ["the", "Soviets", "'", "aid"]);
        assert_eq!(toks("Mao’s rivals"), ["Mao", "’s", "rivals"]);
    }

    #[test]
    fn acronyms_and_hyphens() {
        assert_eq!(
            toks("U.S. and U.S.S.R. anti-Soviet"),
            ["U.S.", "and", "U.S.S.R.", "anti", "-", "Soviet"]
        );
        assert_eq!(toks("O'Brien said"), ["O'Brien", "said"]);
    }

    #[test]
    fn tokens_stay_inside_the_range() {
        // Regression: "'s" took the 's' past the end of the range.
        let s = "China's";
        let mut v = Vec::new();
        tokenize(s, 0, 6, &mut v);
        assert_eq!(v.last().map(|t| (t.start, t.end)), Some((5, 6)));
        tokenize(s, 0, 99, &mut v);
        assert_eq!(v.len(), 2);
        tokenize("Пекин", 1, 3, &mut v);
        assert_eq!(v.iter().map(|t| t.text("Пекин")).collect::<Vec<_>>(), ["е"]);
    }

    #[test]
    fn multibyte_text() {
        assert_eq!(
            toks("Sino–Soviet Добровольеская"),
            ["Sino", "–", "Soviet", "Добровольеская"]
        );
    }
}
