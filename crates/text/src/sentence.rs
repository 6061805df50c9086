//! Sentence and paragraph boundaries.
//!
//! Rules, not a model: a sentence ends at `.`, `!` or `?` (after any closing
//! quotes and brackets) when whitespace and a non-lowercase character follow,
//! unless the word before the stop is an abbreviation (`Gen.`, `Jan.`, `No.`), an
//! initial (`F.`) or a dotted acronym (`U.S.`) that the next word does not show
//! to be a sentence end. Blank lines end paragraphs; a short line without a stop
//! (a heading, a caption, a date line) is a sentence of its own.

/// A sentence: a byte range of the clean text and the paragraph it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Start byte offset (first non-space byte).
    pub start: usize,
    /// End byte offset, exclusive (after the last non-space byte).
    pub end: usize,
    /// Index of the paragraph, counting from 0.
    pub paragraph: usize,
    /// True when the sentence is a line of its own without a final stop.
    pub heading: bool,
}

/// Titles and short forms after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Cpt", "Maj", "Sgt", "Cmdr",
    "Adm", "Brig", "Gov", "Sen", "Rep", "Rev", "Fr", "St", "Ste", "Mt", "Ft", "Jr", "Sr", "Hon",
    "Pres", "Amb", "Sec", "Gens", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "No", "Nos", "Nr", "Vol", "vol", "pp", "p", "cf", "vs", "v", "ca", "c",
    "approx", "Inc", "Co", "Corp", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "e.g",
    "i.e", "al", "Messrs", "fig", "Fig", "ed", "eds", "ibid", "op", "cit",
];

/// Capitalized words that, after a dotted acronym, show the acronym ended a sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "However",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "Although",
    "Meanwhile",
    "Then",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "As",
    "By",
    "For",
    "From",
    "Both",
    "Some",
    "Many",
    "Most",
    "Nevertheless",
];

/// Splits clean text into sentences.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    for (pstart, pend) in paragraphs(text) {
        split_paragraph(text, pstart, pend, paragraph, &mut out);
        paragraph += 1;
    }
    out
}

/// Byte ranges of paragraphs: text between blank lines.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_nonblank_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                out.push((s, last_nonblank_end));
            }
        } else {
            if start.is_none() {
                start = Some(pos);
            }
            last_nonblank_end = pos + line.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push((s, last_nonblank_end));
    }
    out
}

fn split_paragraph(
    text: &str,
    pstart: usize,
    pend: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let bytes = text.as_bytes();
    let mut sent_start = pstart;
    let mut i = pstart;
    let first = out.len();
    while i < pend {
        let b = bytes[i];
        if b == b'\n' {
            if line_is_heading(text, sent_start, i, pend) {
                push(text, sent_start, i, paragraph, true, out);
                sent_start = i + 1;
            }
            i += 1;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?')
            || (b == 0xE2 && text.is_char_boundary(i) && text[i..].starts_with('…'))
        {
            let stop_len = if b == b'.' || b == b'!' || b == b'?' {
                1
            } else {
                '…'.len_utf8()
            };
            let mut j = i + stop_len;
            // Runs of stops ("?!", "...") and closing quotes/brackets belong to the sentence.
            while j < pend && matches!(bytes[j], b'.' | b'!' | b'?') {
                j += 1;
            }
            j = skip_closers(text, j, pend);
            let next = skip_space(text, j, pend);
            if next > j && next < pend && is_boundary(text, sent_start, i, next) {
                push(text, sent_start, j, paragraph, false, out);
                sent_start = next;
                i = next;
                continue;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    if sent_start < pend {
        push(text, sent_start, pend, paragraph, false, out);
    }
    // A paragraph that is one short line without a stop is a heading.
    if out.len() == first + 1 {
        let s = &mut out[first];
        let t = text[s.start..s.end].trim_end();
        if !t.ends_with(['.', '!', '?', '"', '”', ':', ';']) && t.split_whitespace().count() <= 12
        {
            s.heading = true;
        }
    }
}

/// A line break inside a paragraph ends a sentence when the line before it is
/// short, has no stop, and the next line starts with a capital or a digit.
fn line_is_heading(text: &str, line_from: usize, nl: usize, pend: usize) -> bool {
    let line_start = text[line_from..nl]
        .rfind('\n')
        .map_or(line_from, |o| line_from + o + 1);
    let line = text[line_start..nl].trim();
    if line.is_empty() || line.ends_with(['.', '!', '?', ',', ';', ':', '-', '–']) {
        return false;
    }
    if line_start != line_from && !text[line_from..line_start].trim().is_empty() {
        // The sentence began on an earlier line: this line continues it.
        return false;
    }
    if line.split_whitespace().count() > 8 {
        return false;
    }
    let next = skip_space(text, nl + 1, pend);
    text[next..pend]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn push(
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    heading: bool,
    out: &mut Vec<Sentence>,
) {
    let seg = &text[start..end];
    let lead = seg.len() - seg.trim_start().len();
    let trail = seg.len() - seg.trim_end().len();
    if lead + trail >= seg.len() {
        return;
    }
    out.push(Sentence {
        start: start + lead,
        end: end - trail,
        paragraph,
        heading,
    });
}

fn skip_closers(text: &str, mut j: usize, end: usize) -> usize {
    while j < end {
        let c = text[j..].chars().next().unwrap_or(' ');
        if matches!(c, '"' | '\'' | ')' | ']' | '’' | '”' | '»' | '}') {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    j
}

fn skip_space(text: &str, mut j: usize, end: usize) -> usize {
    while j < end {
        let c = text[j..].chars().next().unwrap_or('x');
        if c.is_whitespace() {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    j
}

/// Whether the stop at `stop` ends the sentence, given the next visible char at `next`.
fn is_boundary(text: &str, sent_start: usize, stop: usize, next: usize) -> bool {
    let next_char = text[next..].chars().next().unwrap_or(' ');
    if next_char.is_lowercase() {
        return false;
    }
    if text.as_bytes()[stop] != b'.' {
        return true;
    }
    let word = word_before(text, sent_start, stop);
    if word.is_empty() {
        return true;
    }
    let next_word: &str = text[next..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if ABBREVIATIONS.contains(&word) {
        return false;
    }
    // "art. 5", "para. 3": a short lowercase word before a number is an abbreviation.
    if next_char.is_ascii_digit() && word.len() <= 4 && word.chars().all(|c| c.is_ascii_lowercase())
    {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.contains('.') && letters <= 4 && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        // U.S., U.N., U.S.S.R.: a sentence end only before a typical sentence opener.
        return SENTENCE_STARTERS.contains(&next_word);
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A single capital is an initial ("John F. Kennedy"), unless a starter follows.
        if c.is_uppercase() {
            return SENTENCE_STARTERS.contains(&next_word);
        }
    }
    true
}

/// The word (letters, digits and inner dots) that ends just before `stop`.
fn word_before(text: &str, sent_start: usize, stop: usize) -> &str {
    let head = &text[sent_start..stop];
    let begin = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[begin..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split_sentences(t)
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            texts("One. Two! Three? Four"),
            ["One.", "Two!", "Three?", "Four"]
        );
    }

    #[test]
    fn keeps_abbreviations_titles_and_initials() {
        assert_eq!(
            texts("Gen. Li met Dr. Wu on Jan. 5 at St. Paul. John F. Kennedy spoke. He left."),
            [
                "Gen. Li met Dr. Wu on Jan. 5 at St. Paul.",
                "John F. Kennedy spoke.",
                "He left."
            ]
        );
    }

    #[test]
    fn acronyms_end_a_sentence_only_before_an_opener() {
        assert_eq!(
            texts("The U.S. Army came. It went to the U.S. The army left."),
            [
                "The U.S. Army came.",
                "It went to the U.S.",
                "The army left."
            ]
        );
    }

    #[test]
    fn decimals_quotes_and_brackets() {
        assert_eq!(
            texts("It cost 64.45 dollars. \"We will fight.\" Then (as agreed.) They went."),
            [
                "It cost 64.45 dollars.",
                "\"We will fight.\"",
                "Then (as agreed.)",
                "They went."
            ]
        );
    }

    #[test]
    fn lowercase_after_stop_continues() {
        assert_eq!(
            texts("He cited art. 5 and etc. and left."),
            ["He cited art. 5 and etc. and left."]
        );
    }

    #[test]
    fn blank_lines_make_paragraphs_and_headings() {
        let t =
            "History of things\n\nIn 1911 it began. Then it ended.\n\n1918\n\nIn January they met.";
        let s = split_sentences(t);
        assert_eq!(s.len(), 5);
        assert!(s[0].heading);
        assert_eq!((s[1].paragraph, s[2].paragraph, s[3].paragraph), (1, 1, 2));
        assert!(s[3].heading);
        assert!(!s[4].heading);
    }

    #[test]
    fn heading_line_inside_a_paragraph() {
        let t = "Background\nThe war began in 1917. It ended.";
        assert_eq!(
            texts(t),
            ["Background", "The war began in 1917.", "It ended."]
        );
    }

    #[test]
    fn wrapped_lines_stay_one_sentence() {
        let t =
            "The treaty was signed by the two governments after long\nnegotiations in the capital.";
        assert_eq!(texts(t).len(), 1);
    }
}
