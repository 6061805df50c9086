//! Reading and segmenting documents for annals.
//!
//! This crate turns input files into [`Document`]s and documents into
//! [`Sentence`]s and [`Token`]s. It never moves a byte: every span it hands out
//! is a byte range into the document's *clean* text, and [`Document::to_original`]
//! maps such a span back into the original bytes (identical for plain text, where
//! cleaning only blanks citation markers in place; a recorded map for HTML, where
//! tags and entities are removed).
//!
//! Offsets of `.txt` and `.html` documents are byte offsets into the file as
//! stored, a byte-order mark included; those of a JSONL record are offsets into
//! its `text` string (see [`read`] for the details).
//!
//! - [`read`]: streams documents out of `.txt`, `.html` and `.jsonl` inputs (or
//!   stdin, or any reader), reporting every problem as a [`ReadError`] that
//!   names the file and line, and going on with the rest.
//! - [`clean`]: citation markers (`[1]`, `[citation needed]`) and HTML markup
//!   (visible text only: no scripts, styles, navigation, headers or footers).
//! - [`sentence`]: sentence and paragraph boundaries, around abbreviations,
//!   initials, acronyms, list numbers and headings.
//! - [`token`]: words, numbers and punctuation, allocation-free into a reused buffer.
//! - [`words`]: a sentence's tokens joined into the one normalized string that
//!   dictionary automata run over.
//! - [`trie`]: dictionary entries found at word starts, in one pass.
//! - [`wordmap`]: closed lists of short words, looked up ignoring ASCII case in
//!   one probe.
//!
//! ```
//! use annals_text::{Document, split_sentences, tokenize};
//!
//! let doc = Document::plain("demo", "Gen. Smith met the U.N. envoy.[1] Both sides agreed.");
//! let sentences = split_sentences(&doc.clean);
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(doc.sentence_text(&sentences[0]), "Gen. Smith met the U.N. envoy.");
//! let mut tokens = Vec::new();
//! tokenize(&doc.clean, sentences[1].start, sentences[1].end, &mut tokens);
//! assert_eq!(tokens.len(), 4);
//! ```
#![deny(missing_docs)]

pub mod clean;
mod document;
pub mod read;
pub mod sentence;
pub mod token;
pub mod trie;
pub mod wordmap;
pub mod words;

pub use document::{fold_whitespace, Document, OffsetMap, SourceKind};
pub use read::{read_input, Input, ReadError, ReadErrorKind};
pub use sentence::{split_sentences, Sentence};
pub use token::{tokenize, Token, TokenKind};
pub use words::{normalize_entry, Words};

/// Appends `n` in decimal to `out`, without the formatting machinery: ids and
/// `file:line` origins are written for every event and every dictionary row.
pub fn push_decimal(out: &mut String, n: usize) {
    push_padded(out, n, 1);
}

/// Appends `n` in decimal with at least `width` digits (zeros in front), as
/// dates are written (`0043`, `03`).
pub fn push_padded(out: &mut String, n: usize, width: usize) {
    // Years, months, days and small ids are most of the calls: they are
    // written a digit or a pair of digits at a time, straight from a table.
    match (width, n) {
        (0..=1, 0..=9) => out.push(char::from(b'0' + n as u8)),
        (0..=2, 0..=99) => out.push_str(digit_pair(n)),
        (4, 0..=9_999) => {
            out.push_str(digit_pair(n / 100));
            out.push_str(digit_pair(n % 100));
        }
        _ => push_padded_any(out, n, width),
    }
}

/// `"00"` to `"99"`, one after another.
const DIGIT_PAIRS: &str = "\
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// The two digits of `n < 100`, zero first when it is below ten.
fn digit_pair(n: usize) -> &'static str {
    &DIGIT_PAIRS[2 * n..2 * n + 2]
}

/// [`push_padded`] for any number and width: the digits are written from the
/// right into a buffer of zeros, which is then appended in one piece. Kept
/// apart so that the common cases above need none of its registers.
#[inline(never)]
fn push_padded_any(out: &mut String, mut n: usize, width: usize) {
    const MOST: usize = 20; // the digits of usize::MAX
    for _ in MOST..width {
        out.push('0');
    }
    let mut digits = [b'0'; MOST];
    let mut i = MOST;
    loop {
        i -= 1;
        digits[i] += (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let start = i.min(MOST.saturating_sub(width));
    out.push_str(std::str::from_utf8(&digits[start..]).expect("ASCII digits"));
}

#[cfg(test)]
mod decimal_tests {
    use super::*;

    #[test]
    fn padded_decimals_read_as_formatted() {
        let numbers = (0..10_200).chain([99_999, 123_456, usize::MAX]);
        for n in numbers {
            for width in [0, 1, 2, 3, 4, 5, 21, 23] {
                let mut s = String::from("x");
                push_padded(&mut s, n, width);
                assert_eq!(s, format!("x{n:0width$}"), "{n} in {width} digits");
            }
        }
        let mut s = String::new();
        push_decimal(&mut s, 40_917);
        assert_eq!(s, "40917");
    }
}
