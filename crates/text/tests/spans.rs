//! Properties of spans: for any input, segmentation never panics and every span
//! it hands out is a well-formed, ordered, non-empty range on char boundaries,
//! and HTML spans map back to the characters they were copied from.

use annals_text::clean::{blank_citations, html_to_text};
use annals_text::{split_sentences, tokenize, Document, SourceKind, Words};
use proptest::prelude::*;

/// Pieces that stress the splitter, the tokenizer and the HTML reader: stops,
/// abbreviations, multi-byte letters and punctuation, markup, entities, brackets.
const PIECES: &[&str] = &[
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\0",
    ".",
    "!",
    "?",
    "…",
    "...",
    ",",
    ";",
    ":",
    "'",
    "’",
    "‘",
    "“",
    "”",
    "\"",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "-",
    "–",
    "—",
    "&",
    "<",
    ">",
    "/",
    "=",
    "#",
    "x",
    "s",
    "n't",
    "U.S.",
    "U.N.",
    "Gen.",
    "Dr.",
    "St.",
    "No.",
    "Jan.",
    "e.g.",
    "i.e.",
    "etc.",
    "a.m.",
    "vs.",
    "Inc.",
    "I.I.",
    "A.",
    "1",
    "12",
    "3.5",
    "1,000",
    "1640s",
    "China's",
    "'s",
    "Soviets'",
    "didn't",
    "O'Brien",
    "The",
    "war",
    "began",
    "China",
    "Россия",
    "北京",
    "é",
    "ß",
    "İ",
    "\u{ad}",
    "\u{a0}",
    "\u{feff}",
    "\u{200b}",
    "🇨🇳",
    "👍",
    "[1]",
    "[2][3]",
    "[citation needed]",
    "[note 4]",
    "[a]",
    "[edit]",
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<b>",
    "</b>",
    "<P>",
    "<DIV class=\"a>b\">",
    "</div>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<title>",
    "</title>",
    "<nav>",
    "</nav>",
    "<sup>",
    "</sup>",
    "<h2>",
    "</h2>",
    "<li>",
    "<a href='x>y'>",
    "</a>",
    "<div hidden>",
    "<span aria-hidden=\"true\">",
    "</span>",
    "<header>",
    "</header>",
    "<article>",
    "</article>",
    "<pre>",
    "</pre>",
    "<footer>",
    "</footer>",
    "</body>",
    "<td>",
    "<!DOCTYPE html>",
    "<?xml?>",
    "&amp;",
    "&lt;",
    "&#8217;",
    "&#x2014;",
    "&#0;",
    "&#xFFFFFFFF;",
    "&bogus;",
    "&nbsp;",
    "&eacute;",
    "&#55296;",
    "&amp",
    "&#",
    "&#x",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-zA-Z]{1,8}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

/// Checks that `spans` lie on char boundaries of `src`, inside `[lo, hi)`, in
/// order, without overlap, and are non-empty.
fn check_spans(src: &str, lo: usize, hi: usize, spans: &[(usize, usize)], what: &str) {
    let mut prev = lo;
    for &(s, e) in spans {
        assert!(s < e, "{what}: empty span {s}..{e} in {src:?}");
        assert!(
            s >= prev,
            "{what}: span {s}..{e} overlaps or precedes {prev} in {src:?}"
        );
        assert!(e <= hi, "{what}: span {s}..{e} past {hi} in {src:?}");
        assert!(
            src.is_char_boundary(s) && src.is_char_boundary(e),
            "{what}: span {s}..{e} not on char boundaries in {src:?}"
        );
        prev = e;
    }
}

/// Sentences and tokens of a clean text, checked.
fn check_segmentation(clean: &str) {
    let sents = split_sentences(clean);
    let spans: Vec<_> = sents.iter().map(|s| (s.start, s.end)).collect();
    check_spans(clean, 0, clean.len(), &spans, "sentence");
    let mut para = 0;
    let mut toks = Vec::new();
    let mut words = Words::default();
    for s in &sents {
        assert!(s.paragraph >= para, "paragraphs go back in {clean:?}");
        para = s.paragraph;
        let t = &clean[s.start..s.end];
        assert_eq!(t, t.trim(), "sentence not trimmed in {clean:?}");
        tokenize(clean, s.start, s.end, &mut toks);
        assert!(!toks.is_empty(), "sentence {t:?} without tokens");
        let tspans: Vec<_> = toks
            .iter()
            .map(|t| (t.start as usize, t.end as usize))
            .collect();
        check_spans(clean, s.start, s.end, &tspans, "token");
        words.build(clean, &toks);
        assert_eq!(words.len(), toks.len());
        for (i, tok) in toks.iter().enumerate() {
            // Every token keeps its own non-empty slice of the joined string.
            assert!(!words.text(i).is_empty());
            assert_eq!(
                words.text(i).chars().count(),
                tok.text(clean).chars().count()
            );
        }
    }
}

/// Whether the original range `orig` starts and ends with the same characters
/// as the clean text `clean` and holds its visible characters in order (with
/// markup in between).
fn maps_onto(clean: &str, orig: &str) -> bool {
    let vis: Vec<char> = clean.chars().filter(|c| !c.is_whitespace()).collect();
    if vis.first() != orig.chars().next().as_ref() || vis.last() != orig.chars().last().as_ref() {
        return false;
    }
    let mut it = orig.chars();
    vis.iter().all(|c| it.any(|o| o == *c))
}

proptest! {
    // PROPTEST_CASES=100000 for a long run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn plain_spans_are_well_formed(t in text()) {
        let d = Document::plain("p", &t);
        prop_assert_eq!(d.clean.len(), d.text.len());
        check_segmentation(&d.clean);
        // Plain text maps onto itself.
        for s in split_sentences(&d.clean) {
            prop_assert_eq!(d.to_original(s.start, s.end), (s.start, s.end));
        }
    }

    #[test]
    fn tokenize_any_range(t in text()) {
        // Every prefix and every suffix: a range may cut a token anywhere.
        let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        let mut toks = Vec::new();
        for &b in &bounds {
            for (lo, hi) in [(0, b), (b, t.len())] {
                tokenize(&t, lo, hi, &mut toks);
                let spans: Vec<_> = toks.iter().map(|t| (t.start as usize, t.end as usize)).collect();
                check_spans(&t, lo, hi, &spans, "token");
            }
        }
    }

    #[test]
    fn citations_blank_only_bracketed_bytes(t in text()) {
        let c = blank_citations(&t);
        prop_assert_eq!(c.len(), t.len());
        let mut depth_open: Option<usize> = None;
        let (tb, cb) = (t.as_bytes(), c.as_bytes());
        for i in 0..tb.len() {
            if tb[i] != cb[i] {
                prop_assert_eq!(cb[i], b' ');
                // The changed byte lies between a '[' and a ']' of the original.
                let open = t[..=i].rfind('[');
                let close = t[i..].find(']').map(|o| i + o);
                prop_assert!(open.is_some() && close.is_some(), "{:?} -> {:?}", t, c);
                depth_open = open;
            }
        }
        let _ = depth_open;
    }

    #[test]
    fn html_spans_map_back_to_their_characters(t in text()) {
        let d = Document::new("h", t.clone(), SourceKind::Html, None, "h".into());
        check_segmentation(&d.clean);
        let entity_free = !t.contains('&');
        let mut toks = Vec::new();
        for s in split_sentences(&d.clean) {
            let (os, oe) = d.to_original(s.start, s.end);
            prop_assert!(os < oe && oe <= t.len(), "{:?}: {:?} -> {}..{}", t, s, os, oe);
            prop_assert!(t.is_char_boundary(os) && t.is_char_boundary(oe));
            tokenize(&d.clean, s.start, s.end, &mut toks);
            let mut prev = os;
            for tok in &toks {
                let (ts, te) = d.to_original(tok.start as usize, tok.end as usize);
                prop_assert!(ts >= prev && ts < te && te <= oe, "{:?}: token {:?} -> {}..{}", t, tok, ts, te);
                prop_assert!(t.is_char_boundary(ts) && t.is_char_boundary(te));
                prev = te;
                if entity_free {
                    // Copied text maps to the very characters it was copied from.
                    prop_assert!(maps_onto(tok.text(&d.clean), &t[ts..te]), "{:?}: {:?} -> {:?}", t, tok.text(&d.clean), &t[ts..te]);
                }
            }
            if entity_free {
                prop_assert!(maps_onto(&d.clean[s.start..s.end], &t[os..oe]), "{:?}: {:?}", t, s);
            }
        }
    }

    #[test]
    fn html_to_text_any_unicode(t in any::<String>()) {
        let (clean, _) = html_to_text(&t);
        check_segmentation(&clean);
    }

    #[test]
    fn plain_any_unicode(t in any::<String>()) {
        check_segmentation(&blank_citations(&t));
    }
}
