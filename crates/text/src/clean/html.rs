//! The visible text of an HTML page, with a map back into the markup.
//!
//! A small tokenizer in the manner of the HTML5 one, not a tree builder: it
//! knows tags (with quoted attributes that may hold `>`), comments, CDATA,
//! doctypes, character references, raw-text elements (`<script>`, `<style>`,
//! `<title>`) whose content is skipped up to their own end tag, elements whose
//! content is not page text (navigation, headers, footers, asides, forms'
//! controls) and block elements, which become paragraph breaks. Line breaks in
//! the source are spaces, as a browser shows them, except inside `<pre>`.
//!
//! Text is copied byte for byte, so copied runs map back linearly; each
//! character reference and each inserted break is an atom that maps back to
//! the whole reference or tag it came from.

use super::entities;
use crate::OffsetMap;

/// Elements whose content is raw text, never parsed: skipped to their end tag.
const RAW: &[&str] = &[
    "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Elements whose content is parsed but is not the page's text.
const HIDDEN: &[&str] = &[
    "nav", "header", "footer", "aside", "svg", "math", "template", "select", "button", "head",
    "menu", "object", "datalist",
];

/// Elements that belong in the `<head>`; any other one starts the body.
const IN_HEAD: &[&str] = &[
    "base", "link", "meta", "title", "style", "script", "noscript", "template", "object",
];

/// Elements that end a paragraph (at their start and at their end).
const BLOCK: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements that never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Extracts the visible text of an HTML page: tags, comments and hidden elements
/// go, block elements become paragraph breaks, `<br>` a line break, character
/// references are decoded and citation markers (`<sup>[1]</sup>`) blanked.
/// Returns the text and the map back into the markup. A byte-order mark at the
/// start is dropped (offsets in the map still count it).
pub fn html_to_text(html: &str) -> (String, OffsetMap) {
    let mut x = Extractor {
        html,
        out: String::with_capacity(html.len() / 2),
        map: OffsetMap::identity(),
        hidden: Vec::new(),
        pre: 0,
        content: 0,
    };
    x.run();
    // Citation markers are blanked in place, so the map stays as it is.
    let out = super::blank_citations(&x.out);
    (out, x.map)
}

struct Extractor<'a> {
    html: &'a str,
    out: String,
    map: OffsetMap,
    /// Open elements whose content is hidden (names, innermost last).
    hidden: Vec<String>,
    /// Depth of open `<pre>` elements, where line breaks are kept.
    pre: usize,
    /// Depth of open `<article>` and `<main>` elements.
    content: usize,
}

/// A tag as scanned: its name (lowercase), whether it is an end tag,
/// self-closing or hidden by an attribute, and the offset after its `>`.
struct Tag {
    name: String,
    end_tag: bool,
    self_closing: bool,
    /// An attribute hides the element (`hidden`, `role="navigation"`, ...).
    hides: bool,
    after: usize,
}

impl Extractor<'_> {
    fn run(&mut self) {
        let b = self.html.as_bytes();
        let mut i = if self.html.starts_with('\u{feff}') {
            3
        } else {
            0
        };
        while i < b.len() {
            let next = memchr::memchr2(b'<', b'&', &b[i..]).map_or(b.len(), |o| i + o);
            if next > i {
                self.text(i, next);
                i = next;
                continue;
            }
            i = if b[i] == b'&' {
                self.reference(i)
            } else {
                self.markup(i)
            };
        }
    }

    /// Copies `html[from..to]`, with line breaks and tabs as spaces outside `<pre>`.
    fn text(&mut self, from: usize, to: usize) {
        if !self.hidden.is_empty() {
            return;
        }
        self.map.push(self.out.len(), from);
        let s = &self.html[from..to];
        if self.pre > 0 || !s.contains(['\n', '\r', '\t']) {
            self.out.push_str(s);
        } else {
            // Same length, so the copied run still maps back linearly.
            self.out.extend(s.chars().map(|c| match c {
                '\n' | '\r' | '\t' => ' ',
                c => c,
            }));
        }
    }

    /// A character reference at `i`, or a literal `&`; returns the offset after it.
    fn reference(&mut self, i: usize) -> usize {
        match entities::decode(&self.html[i..]) {
            Some((ch, len)) => {
                if self.hidden.is_empty() {
                    self.map.push_atom(self.out.len(), i, len);
                    self.out.push(ch);
                }
                i + len
            }
            None => {
                self.text(i, i + 1);
                i + 1
            }
        }
    }

    /// A tag, comment, CDATA section or doctype at `i` (a `<`), or a literal `<`.
    fn markup(&mut self, i: usize) -> usize {
        let h = self.html;
        let b = h.as_bytes();
        let rest = &h[i..];
        if rest.starts_with("<!--") {
            // "<!-->" and "<!--->" are empty comments in HTML5.
            for short in ["<!-->", "<!--->"] {
                if rest.starts_with(short) {
                    return i + short.len();
                }
            }
            return find(h, i + 4, "-->").map_or(b.len(), |o| o + 3);
        }
        if rest.starts_with("<![CDATA[") {
            // XHTML: the section's content is text, taken literally.
            let from = i + 9;
            let end = find(h, from, "]]>");
            self.text(from, end.unwrap_or(b.len()));
            return end.map_or(b.len(), |o| o + 3);
        }
        if rest.starts_with("<!") || rest.starts_with("<?") || rest.starts_with("</>") {
            // Doctype, processing instruction or bogus comment: up to the next '>'.
            return memchr::memchr(b'>', &b[i..]).map_or(b.len(), |o| i + o + 1);
        }
        let name_at = if rest.starts_with("</") { i + 2 } else { i + 1 };
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            if name_at == i + 2 {
                // "</" + non-letter is a bogus comment.
                return memchr::memchr(b'>', &b[i..]).map_or(b.len(), |o| i + o + 1);
            }
            // "a < b", "<3": an ordinary '<'.
            self.text(i, i + 1);
            return i + 1;
        }
        let Some(tag) = scan_tag(h, i) else {
            // A tag cut off by the end of the input: markup, not text.
            return b.len();
        };
        self.tag(i, &tag)
    }

    /// Acts on a scanned tag starting at `i`; returns the offset to go on from.
    fn tag(&mut self, i: usize, tag: &Tag) -> usize {
        let name = tag.name.as_str();
        if tag.end_tag {
            if let Some(at) = self.hidden.iter().rposition(|n| n == name) {
                self.hidden.truncate(at);
            } else if !self.hidden.is_empty() && (BLOCK.contains(&name) || name == "body") {
                // The end of an element that holds the hidden one ends it too,
                // as a browser closes an unclosed <nav> at its parent's end.
                self.hidden.clear();
            }
            if name == "pre" {
                self.pre = self.pre.saturating_sub(1);
            }
            if name == "article" || name == "main" {
                self.content = self.content.saturating_sub(1);
            }
            if name == "br" {
                self.brk(i, tag.after, 1);
            } else if BLOCK.contains(&name) {
                self.brk(i, tag.after, 2);
            }
            return tag.after;
        }
        if self.hidden.first().is_some_and(|n| n == "head") && !IN_HEAD.contains(&name) {
            // <body>, or any element of the body, ends a head left open.
            self.hidden.clear();
        }
        if RAW.contains(&name) && !tag.self_closing {
            return skip_raw(self.html, tag.after, name);
        }
        let opens = !tag.self_closing && !VOID.contains(&name);
        if !self.hidden.is_empty() {
            // Inside hidden content every element is tracked, so that the
            // hidden element's own end tag is told from a nested one's.
            if opens {
                self.hidden.push(tag.name.clone());
            }
            return tag.after;
        }
        // A <header> inside an article or main is the article's own (its
        // headline), not the page's banner.
        let page_chrome = HIDDEN.contains(&name) && !(name == "header" && self.content > 0);
        if page_chrome || tag.hides {
            if opens {
                self.hidden.push(tag.name.clone());
            }
            return tag.after;
        }
        if opens && (name == "article" || name == "main") {
            self.content += 1;
        }
        if name == "pre" && opens {
            self.pre += 1;
        }
        if name == "br" {
            self.brk(i, tag.after, 1);
        } else if BLOCK.contains(&name) {
            self.brk(i, tag.after, 2);
        }
        tag.after
    }

    /// Breaks the line (`lines` 1, a `<br>`) or ends the paragraph (2) at the
    /// tag `html[from..to]`.
    fn brk(&mut self, from: usize, to: usize, lines: usize) {
        if !self.hidden.is_empty() || self.out.is_empty() {
            return;
        }
        let have = self.out.len() - self.out.trim_end_matches('\n').len();
        // Each <br> adds a line, up to a blank line; blocks end the paragraph.
        let lines = if lines == 1 { (have + 1).min(2) } else { lines };
        if have >= lines {
            return;
        }
        self.map.push_atom(self.out.len(), from, to - from);
        for _ in have..lines {
            self.out.push('\n');
        }
    }
}

/// Scans the tag at `i` (`<` or `</` followed by a letter) up to its `>`,
/// stepping over quoted attribute values (which may hold `>`) and noting the
/// attributes that hide an element. `None` when the input ends first.
fn scan_tag(h: &str, i: usize) -> Option<Tag> {
    let b = h.as_bytes();
    let end_tag = b.get(i + 1) == Some(&b'/');
    let mut j = if end_tag { i + 2 } else { i + 1 };
    let name_end = |mut j: usize| {
        while j < b.len() && !matches!(b[j], b'>' | b'/' | b'=') && !b[j].is_ascii_whitespace() {
            j += 1;
        }
        j
    };
    let name_start = j;
    j = name_end(j);
    let name = h[name_start..j].to_ascii_lowercase();
    let mut self_closing = false;
    let mut hides = false;
    loop {
        // Between attributes: whitespace and '/', which only counts before '>'.
        while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
            self_closing = b[j] == b'/';
            j += 1;
        }
        match b.get(j) {
            None => return None,
            Some(b'>') => {
                return Some(Tag {
                    name,
                    end_tag,
                    self_closing,
                    hides,
                    after: j + 1,
                })
            }
            Some(_) => self_closing = false,
        }
        // An attribute: a name (a stray '=' is part of it), then maybe a value.
        let attr_start = j;
        j = name_end(j + 1);
        let attr = &h[attr_start..j];
        let mut k = j;
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        let mut value = "";
        if b.get(k) == Some(&b'=') {
            k += 1;
            while k < b.len() && b[k].is_ascii_whitespace() {
                k += 1;
            }
            match b.get(k) {
                Some(&q @ (b'"' | b'\'')) => {
                    let close = k + 1 + memchr::memchr(q, &b[k + 1..])?;
                    value = &h[k + 1..close];
                    j = close + 1;
                }
                _ => {
                    let end = k + b[k..]
                        .iter()
                        .position(|c| *c == b'>' || c.is_ascii_whitespace())
                        .unwrap_or(b.len() - k);
                    value = &h[k..end];
                    j = end;
                }
            }
        }
        hides |= attribute_hides(attr, value);
    }
}

/// Whether an attribute hides its element from readers: `hidden`,
/// `aria-hidden="true"`, a navigation or page-chrome `role`, or an inline
/// style that does not display it.
fn attribute_hides(name: &str, value: &str) -> bool {
    let v = || value.trim().to_ascii_lowercase();
    if name.eq_ignore_ascii_case("hidden") {
        true
    } else if name.eq_ignore_ascii_case("aria-hidden") {
        v() == "true"
    } else if name.eq_ignore_ascii_case("role") {
        matches!(
            v().as_str(),
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "search"
                | "menu"
                | "menubar"
        )
    } else if name.eq_ignore_ascii_case("style") {
        let style: String = v().chars().filter(|c| !c.is_whitespace()).collect();
        style.contains("display:none") || style.contains("visibility:hidden")
    } else {
        false
    }
}

/// The offset after the end tag `</name>` of a raw-text element whose content
/// starts at `from`; the end of the input when it is never closed. An end tag
/// counts only when its name is followed by whitespace, `/` or `>`, so that a
/// script's `"</div>"` or `"</scripts"` does not end it.
fn skip_raw(h: &str, from: usize, name: &str) -> usize {
    let b = h.as_bytes();
    let mut at = from;
    while let Some(o) = memchr::memmem::find(&b[at..], b"</") {
        let start = at + o + 2;
        let end = start + name.len();
        if b.len() >= end
            && b[start..end].eq_ignore_ascii_case(name.as_bytes())
            && b.get(end)
                .is_none_or(|&c| matches!(c, b'>' | b'/') || c.is_ascii_whitespace())
        {
            return memchr::memchr(b'>', &b[end..]).map_or(b.len(), |p| end + p + 1);
        }
        at = start;
    }
    b.len()
}

/// The offset of `needle` in `h` at or after `from`.
fn find(h: &str, from: usize, needle: &str) -> Option<usize> {
    memchr::memmem::find(&h.as_bytes()[from..], needle.as_bytes()).map(|o| from + o)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The extracted text with whitespace runs folded, for comparing.
    fn text(html: &str) -> String {
        crate::fold_whitespace(&html_to_text(html).0)
    }

    /// The extracted text's paragraphs (split at blank lines), folded.
    fn paragraphs(html: &str) -> Vec<String> {
        html_to_text(html)
            .0
            .split("\n\n")
            .map(crate::fold_whitespace)
            .filter(|p| !p.is_empty())
            .collect()
    }

    #[test]
    fn scripts_styles_title_and_head_are_not_text() {
        let html = "<html><head><title>Page title</title><style>p{color:red}</style></head>\
            <body><script>var a='<p>'; if (a</b) {}; s='</div>';</script><p>One &amp; two.</p>\
            <p>Three</p></body></html>";
        assert_eq!(paragraphs(html), ["One & two.", "Three"]);
    }

    #[test]
    fn title_without_head_is_not_body_text() {
        assert_eq!(text("<title>Site | News</title><p>Text.</p>"), "Text.");
    }

    #[test]
    fn script_ends_only_at_its_own_end_tag() {
        assert_eq!(
            text("<script>x = '</scripts>'; y = '</SCRIPT'</script >After."),
            "After."
        );
        assert_eq!(text("<SCRIPT>a</Script>Shown."), "Shown.");
        assert_eq!(text("<script>never closed <p>lost"), "");
    }

    #[test]
    fn comments_cdata_doctype_and_processing_instructions() {
        let html = "<?xml version=\"1.0\"?><!DOCTYPE html><p>A<!-- hidden <p> -->B<!---->C\
            <!-->D<![CDATA[ x < y ]]>E</p>";
        assert_eq!(text(html), "ABCD x < y E");
        assert_eq!(text("<p>open <!-- never closed"), "open");
    }

    #[test]
    fn quoted_attributes_may_hold_angle_brackets() {
        assert_eq!(
            text("<a title=\"a > b\" href='x>y'>link</a> and <img alt=\"1 > 0\"/>text"),
            "link and text"
        );
        assert_eq!(text("<a href=x>y</a>"), "y");
    }

    #[test]
    fn uppercase_unclosed_and_stray_markup() {
        assert_eq!(
            paragraphs("<P>One<P>Two<DIV>Three"),
            ["One", "Two", "Three"]
        );
        assert_eq!(text("a < b and c<3 d"), "a < b and c<3 d");
        assert_eq!(text("text <b unclosed"), "text");
        assert_eq!(text("x </> y </3> z"), "x y z");
    }

    #[test]
    fn navigation_header_footer_and_aside_are_dropped() {
        let html = "<body><header><h1>Site</h1><nav><ul><li>Home</li></ul></nav></header>\
            <main><p>Story.</p><aside>Ad <aside>nested</aside> more ad</aside><p>More.</p></main>\
            <footer>(c) 2024</footer></body>";
        assert_eq!(paragraphs(html), ["Story.", "More."]);
    }

    #[test]
    fn an_articles_own_header_is_kept() {
        let html = "<header>Site name</header><article><header><h1>Border war</h1>\
            <p class=byline>By A. Writer</p></header><p>Story.</p><footer>Tags</footer></article>";
        assert_eq!(paragraphs(html), ["Border war", "By A. Writer", "Story."]);
    }

    #[test]
    fn attributes_that_hide_elements() {
        let html = "<div role=\"navigation\"><div>Menu</div> more menu</div>\
            <p hidden>Hidden.</p><span aria-hidden=\"true\">Icon</span>\
            <div style=\"display: none\">Gone <br> still gone</div>\
            <div role=main aria-hidden=false>Shown.</div>";
        assert_eq!(text(html), "Shown.");
    }

    #[test]
    fn unclosed_hidden_element_ends_with_its_parent() {
        assert_eq!(text("<div><nav>menu<p>x</div><p>after</p>"), "after");
        assert_eq!(text("<aside>ad <b>bold</b> ad</aside>Text."), "Text.");
    }

    #[test]
    fn unclosed_hidden_element_ends_with_the_body() {
        assert_eq!(text("<nav>menu</body><p>after</p>"), "after");
        assert_eq!(
            text("<head><meta charset=utf-8><body><p>Shown.</p>"),
            "Shown."
        );
        assert_eq!(
            text("<head><title>T</title><meta x><p>No body tag.</p>"),
            "No body tag."
        );
    }

    #[test]
    fn blocks_make_paragraphs_br_makes_lines() {
        let (t, _) = html_to_text("<h2>Background</h2><p>Line one<br>line two<br/><br>new</p>");
        assert_eq!(t, "Background\n\nLine one\nline two\n\nnew\n\n");
    }

    #[test]
    fn source_line_breaks_are_spaces_except_in_pre() {
        let (t, _) = html_to_text("<p>The war\n\nbegan.</p><pre>a\n\nb</pre>");
        assert_eq!(t, "The war  began.\n\na\n\nb\n\n");
    }

    #[test]
    fn references_decode_and_map_to_the_whole_reference() {
        let html = "<p>China&#8217;s army &amp; L&eacute;on &bogus; &#xZZ; &#0;</p>";
        let (t, map) = html_to_text(html);
        assert_eq!(t.trim(), "China’s army & Léon &bogus; &#xZZ; \u{fffd}");
        let q = t.find('’').unwrap();
        assert_eq!(&html[map.start(q)..map.end(q + 3)], "&#8217;");
        let s = t.find("China").unwrap();
        assert_eq!(&html[map.start(s)..map.end(q + 4)], "China&#8217;s");
    }

    #[test]
    fn sup_citation_markers_are_blanked() {
        let html = "<p>Russia annexed it.<sup class=\"reference\"><a href=\"#c1\">[1]</a></sup>\
            <sup>[2]</sup> Then<sup>[citation needed]</sup> peace.</p>";
        assert_eq!(text(html), "Russia annexed it. Then peace.");
    }

    #[test]
    fn byte_order_mark_is_dropped_and_counted() {
        let html = "\u{feff}<p>Hi</p>";
        let (t, map) = html_to_text(html);
        let at = t.find("Hi").unwrap();
        assert_eq!(&html[map.start(at)..map.end(at + 2)], "Hi");
        assert!(!t.contains('\u{feff}'));
    }

    #[test]
    fn copied_text_maps_back_through_tags() {
        let html = "<p>Russia <b>annexed</b>\n the <i>Amur</i>.</p>";
        let (t, map) = html_to_text(html);
        let s = t.find("Russia").unwrap();
        let e = t.find('.').unwrap() + 1;
        assert_eq!(
            &html[map.start(s)..map.end(e)],
            "Russia <b>annexed</b>\n the <i>Amur</i>."
        );
    }
}
