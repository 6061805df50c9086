//! Cleaning: citation markers blanked in place, HTML reduced to its visible text.
//!
//! Plain text keeps its length so that clean offsets *are* original offsets; HTML
//! loses its markup and records where each run of text came from.

use crate::OffsetMap;

/// Replaces citation markers (`[1]`, `[2][3]`, `[citation needed]`, `[note 4]`,
/// `[a]`) with spaces, keeping every other byte where it was.
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
    let is_marker = inner.bytes().all(|b| b.is_ascii_digit())
        || (inner.len() == 1 && inner.as_bytes()[0].is_ascii_lowercase())
        || is_note_marker(inner)
        || CITATION_WORDS.iter().any(|w| inner.contains(w));
    is_marker.then_some(close + 1)
}

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

/// Elements whose content is never shown as page text.
const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "svg", "iframe", "object", "select",
    "button", "footer", "aside", "form",
];

/// Elements that end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "dl",
    "figcaption",
    "figure",
    "hr",
    "header",
    "main",
    "title",
    "caption",
    "body",
    "html",
];

/// Extracts the visible text of an HTML page: tags, comments and hidden elements
/// go, block elements become paragraph breaks, entities are decoded. Returns the
/// text and the map back into the markup.
pub fn html_to_text(html: &str) -> (String, OffsetMap) {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut map = OffsetMap::identity();
    let mut i = 0;
    let mut run_open = false;
    while i < b.len() {
        match b[i] {
            b'<' => {
                run_open = false;
                i = skip_markup(html, i, &mut out);
            }
            b'&' => {
                let (decoded, len) = decode_entity(&html[i..]);
                match decoded {
                    Some(ch) => {
                        map.push(out.len(), i);
                        out.push(ch);
                        run_open = false;
                        i += len;
                    }
                    None => {
                        if !run_open {
                            map.push(out.len(), i);
                            run_open = true;
                        }
                        out.push('&');
                        i += 1;
                    }
                }
            }
            _ => {
                let next = memchr::memchr2(b'<', b'&', &b[i..]).map_or(b.len(), |o| i + o);
                if !run_open {
                    map.push(out.len(), i);
                    run_open = true;
                }
                out.push_str(&html[i..next]);
                i = next;
            }
        }
    }
    (out, map)
}

/// Skips the tag, comment or hidden element starting at `i`; returns the offset
/// after it. Block tags leave a paragraph break in `out`.
fn skip_markup(html: &str, i: usize, out: &mut String) -> usize {
    let b = html.as_bytes();
    if html[i..].starts_with("<!--") {
        return html[i + 4..].find("-->").map_or(b.len(), |o| i + 4 + o + 3);
    }
    let Some(close) = memchr::memchr(b'>', &b[i..]).map(|o| i + o) else {
        // A lone '<' that opens no tag is text.
        out.push('<');
        return i + 1;
    };
    let inner = &html[i + 1..close];
    let closing = inner.starts_with('/');
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if name.is_empty() && !inner.starts_with('!') && !inner.starts_with('?') && !closing {
        out.push('<');
        return i + 1;
    }
    if !closing && HIDDEN.contains(&name.as_str()) && !inner.ends_with('/') {
        let end_tag = format!("</{name}");
        let rest = &html[close + 1..];
        let lower_find = find_ascii_ci(rest, &end_tag);
        return match lower_find {
            Some(o) => {
                let after = close + 1 + o;
                memchr::memchr(b'>', &b[after..]).map_or(b.len(), |p| after + p + 1)
            }
            None => b.len(),
        };
    }
    if BLOCK.contains(&name.as_str()) && !out.ends_with("\n\n") {
        out.push_str("\n\n");
    }
    close + 1
}

fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

/// Decodes the entity at the start of `s` (which starts with `&`). Returns the
/// character and the entity's length, or `None` when it is not an entity.
fn decode_entity(s: &str) -> (Option<char>, usize) {
    let Some(semi) = s.as_bytes().iter().take(12).position(|&c| c == b';') else {
        return (None, 1);
    };
    let body = &s[1..semi];
    let ch = if let Some(num) = body.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()
        } else {
            num.parse().ok()
        };
        code.and_then(char::from_u32)
    } else {
        match body {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            "ndash" => Some('–'),
            "mdash" => Some('—'),
            "lsquo" => Some('‘'),
            "rsquo" => Some('’'),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            "hellip" => Some('…'),
            "shy" => Some('\u{ad}'),
            "eacute" => Some('é'),
            "egrave" => Some('è'),
            "ouml" => Some('ö'),
            "uuml" => Some('ü'),
            "auml" => Some('ä'),
            "copy" => Some('©'),
            _ => None,
        }
    };
    match ch {
        Some(c) => (Some(c), semi + 1),
        None => (None, 1),
    }
}

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
    fn keeps_ordinary_brackets() {
        let t = "the [Beiyang] government [sic!]";
        assert_eq!(blank_citations(t), t);
    }

    #[test]
    fn html_drops_scripts_and_keeps_paragraphs() {
        let (t, _) = html_to_text("<html><head><title>x</title></head><body><script>var a='<p>';</script><p>One &amp; two.</p><p>Three</p></body></html>");
        assert_eq!(
            t.split_whitespace().collect::<Vec<_>>(),
            ["One", "&", "two.", "Three"]
        );
        assert!(t.contains("two.\n\nThree"));
    }

    #[test]
    fn html_entity_maps_to_its_source() {
        let html = "<p>China&#8217;s army</p>";
        let (t, map) = html_to_text(html);
        let at = t.find("army").unwrap();
        assert_eq!(&html[map.start(at)..map.end(at + 4)], "army");
        assert!(t.contains("China’s"));
    }

    #[test]
    fn unclosed_markup_does_not_panic() {
        for s in [
            "<",
            "<p",
            "&",
            "&#;",
            "&#xFFFFFFFF;",
            "<script>never closed",
            "<!-- open",
            "a < b",
        ] {
            let _ = html_to_text(s);
        }
    }
}
