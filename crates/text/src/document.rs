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
/// itself. For HTML it holds one checkpoint per run of copied bytes.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    /// `(clean offset, original offset)` at the start of each copied run, sorted.
    runs: Vec<(u32, u32)>,
}

impl OffsetMap {
    /// A map where every offset is its own image.
    pub fn identity() -> OffsetMap {
        OffsetMap { runs: Vec::new() }
    }

    /// Records that clean text from `clean` onwards was copied from `orig`.
    pub fn push(&mut self, clean: usize, orig: usize) {
        self.runs.push((clean as u32, orig as u32));
    }

    /// The original offset of the clean byte offset `pos`.
    pub fn start(&self, pos: usize) -> usize {
        match self.run_of(pos) {
            Some((c, o)) => o + (pos - c),
            None => pos,
        }
    }

    /// The original offset just past the clean byte before `pos` (an exclusive end).
    pub fn end(&self, pos: usize) -> usize {
        if pos == 0 || self.runs.is_empty() {
            return self.start(pos);
        }
        self.start(pos - 1) + 1
    }

    fn run_of(&self, pos: usize) -> Option<(usize, usize)> {
        if self.runs.is_empty() {
            return None;
        }
        let i = self.runs.partition_point(|&(c, _)| c as usize <= pos);
        let (c, o) = self.runs[i.saturating_sub(1)];
        Some((c as usize, o as usize))
    }
}

/// One document: its identity, its text as read, and the clean text that every
/// later stage reads.
#[derive(Clone, Debug)]
pub struct Document {
    /// The document's name: the file name without extension, or the JSONL `id`.
    pub id: String,
    /// The text as read (after UTF-8 decoding). Output spans point into it.
    pub text: String,
    /// The text every stage matches against. Same length as `text` for plain
    /// text (citation markers blanked to spaces); visible text only for HTML.
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
            SourceKind::Plain => (clean::blank_citations(&text), OffsetMap::identity()),
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
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.trim().chars() {
        if ch.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(ch);
        }
    }
    out
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
    fn folds_whitespace() {
        assert_eq!(fold_whitespace("  a \n\t b  "), "a b");
    }
}
