//! A document: original text, clean text and the map between them.

use crate::clean;

/// What kind of source a document was read from; decides how it is cleaned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// Plain text: cleaning blanks citation markers in place.
    Plain,
    /// HTML: only visible text is kept; offsets are mapped back.
    Html,
}

/// Maps byte offsets of a clean text back into the original text.
///
/// Empty for plain text, where both are the same length and every offset maps to
/// itself. For HTML it holds one run per stretch of clean text: either copied
/// byte for byte (mapping linearly) or an *atom* — a decoded character
/// reference or an inserted break — that maps as a whole onto the reference or
/// tag it stands for.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    /// Runs sorted by clean offset; each lasts until the next one starts.
    runs: Vec<Run>,
}

#[derive(Clone, Copy, Debug)]
struct Run {
    /// Clean offset where the run starts.
    clean: usize,
    /// Original offset where it came from.
    orig: usize,
    /// For an atom, its length in the original; `None` for a copied run.
    atom: Option<usize>,
}

impl OffsetMap {
    /// A map where every offset is its own image.
    pub fn identity() -> OffsetMap {
        OffsetMap { runs: Vec::new() }
    }

    /// Records that clean text from `clean` onwards was copied byte for byte
    /// from `orig` onwards.
    pub fn push(&mut self, clean: usize, orig: usize) {
        if let Some(last) = self.runs.last() {
            // A run that continues the last copied one adds nothing.
            if last.atom.is_none()
                && clean >= last.clean
                && orig == last.orig + (clean - last.clean)
            {
                return;
            }
        }
        self.push_run(Run {
            clean,
            orig,
            atom: None,
        });
    }

    /// Records that the clean text from `clean` up to the next run stands for
    /// the `len` original bytes at `orig` as a whole (a decoded `&amp;`, a
    /// paragraph break made of a tag).
    pub fn push_atom(&mut self, clean: usize, orig: usize, len: usize) {
        self.push_run(Run {
            clean,
            orig,
            atom: Some(len),
        });
    }

    fn push_run(&mut self, run: Run) {
        // A later run at the same clean offset replaces an empty one.
        if self.runs.last().is_some_and(|l| l.clean == run.clean) {
            self.runs.pop();
        }
        self.runs.push(run);
    }

    /// The original offset of the clean byte offset `pos` (an inclusive start).
    pub fn start(&self, pos: usize) -> usize {
        match self.run_of(pos) {
            None => pos,
            Some(r) => match r.atom {
                None => r.orig + (pos - r.clean),
                Some(_) if pos <= r.clean => r.orig,
                // Inside an atom: start after it, never inside the reference.
                Some(len) => r.orig + len,
            },
        }
    }

    /// The original offset just past the clean byte before `pos` (an exclusive end).
    pub fn end(&self, pos: usize) -> usize {
        if pos == 0 {
            return self.start(0);
        }
        match self.run_of(pos - 1) {
            None => pos,
            Some(r) => match r.atom {
                None => r.orig + (pos - r.clean),
                Some(len) => r.orig + len,
            },
        }
    }

    /// The run holding clean offset `pos` (the first run for offsets before it).
    fn run_of(&self, pos: usize) -> Option<Run> {
        let first = *self.runs.first()?;
        let i = self.runs.partition_point(|r| r.clean <= pos);
        Some(if i == 0 {
            Run {
                clean: pos,
                ..first
            }
        } else {
            self.runs[i - 1]
        })
    }
}

/// One document: its identity, its text as read, and the clean text that every
/// later stage reads.
#[derive(Clone, Debug)]
pub struct Document {
    /// The document's name: the file name without extension, or the JSONL `id`.
    pub id: String,
    /// The text as read (after UTF-8 decoding), with any byte-order mark.
    /// Output spans point into it.
    pub text: String,
    /// The text every stage matches against. Same length as `text` for plain
    /// text (citation markers and a leading byte-order mark blanked to
    /// spaces); visible text only for HTML.
    pub clean: String,
    /// From clean offsets back to `text` offsets.
    pub map: OffsetMap,
    /// The document's creation date as given in the input (`YYYY-MM-DD`), unchecked.
    pub date: Option<String>,
    /// Where the document came from, for messages: `file` or `file:line`.
    pub origin: String,
}

impl Document {
    /// A plain-text document named `id`.
    pub fn plain(id: &str, text: &str) -> Document {
        Document::new(
            id,
            text.to_string(),
            SourceKind::Plain,
            None,
            id.to_string(),
        )
    }

    /// A document of the given kind; cleans the text.
    pub fn new(
        id: &str,
        text: String,
        kind: SourceKind,
        date: Option<String>,
        origin: String,
    ) -> Document {
        let (clean, map) = match kind {
            SourceKind::Plain => {
                let mut clean = clean::blank_citations(&text);
                if clean.starts_with('\u{feff}') {
                    // Blanked, not removed: offsets keep counting the file's bytes.
                    clean.replace_range(..3, "   ");
                }
                (clean, OffsetMap::identity())
            }
            SourceKind::Html => clean::html_to_text(&text),
        };
        Document {
            id: id.to_string(),
            text,
            clean,
            map,
            date,
            origin,
        }
    }

    /// Maps a clean span `[start, end)` to the original text.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if end <= start {
            let s = self.map.start(start);
            return (s, s);
        }
        (self.map.start(start), self.map.end(end))
    }

    /// The clean text of a sentence with its whitespace runs folded to one space.
    pub fn sentence_text(&self, s: &crate::Sentence) -> String {
        fold_whitespace(&self.clean[s.start..s.end])
    }
}

/// Folds every run of whitespace into one space and trims the ends.
pub fn fold_whitespace(s: &str) -> String {
    let t = s.trim();
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    // Text is copied in stretches: only a run of whitespace other than one plain
    // space before a visible ASCII character is rewritten.
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        if let Some(window) = b.get(i..i + 9) {
            // Eight bytes at a time, while they are kept as they are.
            let kept = kept_bytes(window.try_into().expect("nine bytes"));
            if kept == 8 {
                i += 8;
                continue;
            }
            i += kept;
        }
        let c = b[i];
        if (c > b' ' && c < 0x80)
            || (c == b' ' && b.get(i + 1).is_some_and(|&n| n > b' ' && n < 0x80))
        {
            i += 1;
            continue;
        }
        let (white, len) = char_class(t, i);
        if !white {
            i += len;
            continue;
        }
        out.push_str(&t[copied..i]);
        let mut j = i + len;
        while j < b.len() {
            let (white, len) = char_class(t, j);
            if !white {
                break;
            }
            j += len;
        }
        // `t` is trimmed: a run always stands between two visible characters.
        out.push(' ');
        copied = j;
        i = j;
    }
    out.push_str(&t[copied..]);
    out
}

/// How many of the first eight bytes of `window` [`fold_whitespace`] keeps as
/// they are, one at a time: a visible ASCII character (`!` to DEL), or a plain
/// space before one (the ninth byte is read for the eighth's follower).
#[inline]
fn kept_bytes(window: &[u8; 9]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = u64::from_le_bytes(window[..8].try_into().expect("eight bytes"));
    let next = u64::from_le_bytes(window[1..].try_into().expect("eight bytes"));
    // The high bit of each byte: set for '!' to DEL (below 0x80, adding 0x5f
    // reaches the high bit from '!' on and never carries).
    let visible = |v: u64| ((v & !HIGH) + ONES * 0x5f) & !v & HIGH;
    // ... and for a byte that is exactly a space.
    let space = {
        let z = x ^ (ONES * u64::from(b' '));
        !(((z & !HIGH) + !HIGH) | z | !HIGH)
    };
    let kept = visible(x) | (space & visible(next));
    ((!kept & HIGH).trailing_zeros() / 8) as usize
}

/// Whether the character at byte `i` of `s` is whitespace, and its length.
#[inline]
fn char_class(s: &str, i: usize) -> (bool, usize) {
    match s.as_bytes()[i] {
        c if c < 0x80 => ((c as char).is_whitespace(), 1),
        _ => s[i..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_map_maps_to_itself() {
        let d = Document::plain("a", "Russia and China.[1]");
        assert_eq!(d.to_original(0, 6), (0, 6));
        assert_eq!(d.clean.len(), d.text.len());
    }

    #[test]
    fn html_spans_map_back_into_the_markup() {
        let html = "<p>Russia <b>annexed</b> the Amur.</p>";
        let d = Document::new("h", html.to_string(), SourceKind::Html, None, "h".into());
        let at = d.clean.find("annexed").unwrap();
        let (s, e) = d.to_original(at, at + 7);
        assert_eq!(&html[s..e], "annexed");
    }

    #[test]
    fn byte_order_mark_is_blanked_and_counted() {
        let d = Document::plain("b", "\u{feff}China.");
        assert_eq!(d.clean, "   China.");
        let s = crate::split_sentences(&d.clean);
        assert_eq!(&d.text[s[0].start..s[0].end], "China.");
        assert_eq!(s[0].start, 3);
    }

    #[test]
    fn folds_whitespace() {
        assert_eq!(fold_whitespace("  a \n\t b  "), "a b");
        // The rule it must keep: every run of whitespace (any Unicode space) is
        // one space, the ends trimmed.
        let slow = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            "a\u{a0}b",
            " \u{2003}x\u{2003} y\u{85}",
            "Пекин  и\tМосква",
            "x \u{3000}",
            "é é",
            "a\u{200b}b",
            "\u{feff}a b",
            "plain words with one space, then  two\nand a\u{a0}break",
            "eight!!! \u{a0}after a space at the eighth byte",
            "sevenb \u{2003}x",
        ] {
            assert_eq!(fold_whitespace(s), slow(s), "{s:?}");
        }
        // Every mix of visible, space and other bytes, across the eight-byte steps.
        let parts = [" ", "a", "~", "\u{7f}", "\n", "\u{a0}", "é", "\t", "  "];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..(seed % 29) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(parts[(seed >> 33) as usize % parts.len()]);
            }
            assert_eq!(fold_whitespace(&s), slow(&s), "{s:?}");
        }
    }
}
