//! Cleaning: citation markers blanked in place, HTML reduced to its visible text.
//!
//! Plain text keeps its length so that clean offsets *are* original offsets; HTML
//! loses its markup and records where each run of text came from.

mod entities;
mod html;

pub use html::html_to_text;

/// Replaces citation markers (`[1]`, `[2][3]`, `[4, 7]`, `[citation needed]`,
/// `[note 4]`, `[a]`, `[edit]`) with spaces, keeping every other byte where it
/// was. Brackets that hold text (`[Beiyang]`) or a year (`[1918]`) stay.
pub fn blank_citations(text: &str) -> String {
    let bytes = text.as_bytes();
    if memchr::memchr(b'[', bytes).is_none() {
        return text.to_string();
    }
    let mut out = bytes.to_vec();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'[', &bytes[i..]) {
        let start = i + off;
        match citation_end(bytes, start) {
            Some(end) => {
                out[start..end].fill(b' ');
                i = end;
            }
            None => i = start + 1,
        }
    }
    // Only ASCII bytes of a bracketed run were replaced, so this stays valid UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// If a citation marker starts at `start` (a `[`), the offset just past its `]`.
fn citation_end(bytes: &[u8], start: usize) -> Option<usize> {
    let limit = (start + 48).min(bytes.len());
    let close = start + 1 + memchr::memchr(b']', &bytes[start + 1..limit])?;
    let inner = std::str::from_utf8(&bytes[start + 1..close]).ok()?.trim();
    if inner.is_empty() || inner.contains('\n') || inner.contains('[') {
        return None;
    }
    let lower = inner.to_ascii_lowercase();
    let is_marker = is_reference_numbers(inner)
        || (inner.len() == 1 && inner.as_bytes()[0].is_ascii_lowercase())
        || is_note_marker(inner)
        || EDIT_LINKS.contains(&lower.as_str())
        || CITATION_WORDS.iter().any(|w| lower.contains(w));
    is_marker.then_some(close + 1)
}

/// `1`, `12`, `1, 4`, `3–5`: reference numbers of up to three digits (a
/// four-digit number in brackets is more likely a year the editor added).
fn is_reference_numbers(inner: &str) -> bool {
    inner
        .split([',', '-', '–', ' '])
        .filter(|n| !n.is_empty())
        .all(|n| n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
        && inner.starts_with(|c: char| c.is_ascii_digit())
}

/// Section edit links that pages copied from a wiki carry after headings.
const EDIT_LINKS: &[&str] = &["edit", "edit source", "update"];

/// `note 4`, `nb 2`, `n 1`: a footnote label followed by a number.
fn is_note_marker(inner: &str) -> bool {
    let mut parts = inner.split_whitespace();
    let (Some(label), Some(num), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    matches!(
        label.to_ascii_lowercase().as_str(),
        "note" | "nb" | "n" | "lower-alpha" | "fn"
    ) && num.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Words that mark an editorial tag in square brackets.
const CITATION_WORDS: &[&str] = &[
    "citation needed",
    "clarification needed",
    "verification",
    "page needed",
    "who?",
    "when?",
    "which?",
    "by whom?",
    "dubious",
    "original research",
    "according to whom",
    "better source",
    "not in citation",
    "full citation",
    "specify",
    "disputed",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_numeric_and_editorial_citations() {
        let t = "Europe.[1][2] It was[citation needed] so.[note 3]";
        let c = blank_citations(t);
        assert_eq!(c.len(), t.len());
        assert_eq!(c, "Europe.       It was                  so.        ");
    }

    #[test]
    fn keeps_ordinary_brackets_and_years() {
        let t = "the [Beiyang] government [sic!] of that year [1918] [1-a] [] [ ]";
        assert_eq!(blank_citations(t), t);
    }

    #[test]
    fn blanks_ranges_lists_edit_links_and_any_case() {
        let t = "War[1, 4][12–14] History[edit] so[Citation Needed] [b]";
        assert_eq!(
            blank_citations(t).split_whitespace().collect::<Vec<_>>(),
            ["War", "History", "so"]
        );
    }

    #[test]
    fn multibyte_text_around_and_inside_brackets() {
        let t = "Пекин[1] «договор»[é] [2]…";
        let c = blank_citations(t);
        assert_eq!(c.len(), t.len());
        assert_eq!(c, "Пекин    «договор»[é]    …");
    }
}
