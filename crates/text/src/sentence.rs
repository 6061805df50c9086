//! Sentence and paragraph boundaries.
//!
//! Rules, not a model: a sentence ends at `.`, `!`, `?` or `…` (after any
//! closing quotes and brackets) when whitespace and a non-lowercase character
//! follow, unless the word before a period shows it is not an end:
//!
//! - a title or other word that always leads on (`Gen.`, `Dr.`, `St.`, `vs.`);
//! - a word that leads to a number (`No. 5`, `Jan. 5`, `art. 3`);
//! - a dotted acronym (`U.S.`), an initial (`F.`) or a word that often ends a
//!   name (`Inc.`, `Jr.`, `etc.`): these end the sentence only when the next
//!   word is one that typically opens a sentence (`The`, `In`, `However`);
//! - the number of a list item or heading at the start of a line (`1.`, `IV.`).
//!
//! Blank lines end paragraphs; a short line without a stop (a heading, a
//! caption, a date line) and a bulleted or numbered line are sentences of their
//! own. A sentence longer than [`MAX_SENTENCE`] bytes (a table, a list without
//! stops, a binary-like line) is cut at whitespace, so that later stages never
//! see an unbounded sentence.

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

/// The longest sentence handed out, in bytes; longer runs are cut at whitespace.
pub const MAX_SENTENCE: usize = 4096;

/// Words after which a period never ends a sentence: titles before a name and
/// short forms that lead on to what follows.
static LEADING: WordList = WordList::new(&[
    "Mr", "Mrs", "Ms", "Mme", "Mlle", "Messrs", "Dr", "Prof", "Gen", "Gens", "Lt", "Col", "Capt",
    "Cpt", "Maj", "Sgt", "Cpl", "Pvt", "Cmdr", "Cdr", "Adm", "Brig", "Gov", "Sen", "Sens", "Rep",
    "Reps", "Rev", "Msgr", "Fr", "St", "Ste", "Sts", "Mt", "Ft", "Hon", "Pres", "Amb", "Sec",
    "Supt", "Insp", "Atty", "Univ", "Dept", "Assn", "vs", "v", "cf", "ca", "c", "approx", "e.g",
    "i.e", "viz", "incl", "esp", "resp", "Lieut",
]);

/// Words that lead to a number (`No. 5`, `Jan. 5`, `art. 3`): a period after
/// them ends a sentence only when no number follows and the next word opens one.
static BEFORE_NUMBER: WordList = WordList::new(&[
    "No", "Nos", "no", "Nr", "Vol", "vol", "Vols", "pp", "p", "fig", "Fig", "art", "Art", "para",
    "sec", "ch", "Ch", "chap", "pt", "Pt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
]);

/// Words that often end a name or a list and so may end a sentence: a period
/// after them ends it when the next word opens a sentence.
static TRAILING: WordList = WordList::new(&[
    "Inc", "Co", "Corp", "Ltd", "Bros", "Jr", "Sr", "Esq", "etc", "al", "Ave", "Blvd", "Rd",
    "ibid", "Ibid", "ed", "eds", "op", "cit",
]);

/// Words before a Roman numeral that is a number, not an initial ("World War I.").
static NUMBERED: WordList = WordList::new(&[
    "War", "Part", "Chapter", "Book", "Volume", "Phase", "Stage", "Act", "Article", "Section",
    "Title", "Annex", "Appendix", "Round",
]);

/// Capitalized words that, after an acronym, an initial or a trailing
/// abbreviation, show that the sentence had ended.
static SENTENCE_STARTERS: WordList = WordList::new(&[
    "A",
    "After",
    "Afterwards",
    "Again",
    "Against",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Eventually",
    "Even",
    "Every",
    "Finally",
    "First",
    "Following",
    "For",
    "From",
    "Further",
    "Furthermore",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Indeed",
    "Instead",
    "It",
    "Its",
    "Later",
    "Many",
    "Meanwhile",
    "Moreover",
    "Most",
    "My",
    "Nevertheless",
    "No",
    "None",
    "Nor",
    "Not",
    "Now",
    "Of",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "Several",
    "She",
    "Since",
    "So",
    "Some",
    "Soon",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Today",
    "Two",
    "Under",
    "Unlike",
    "Until",
    "We",
    "What",
    "When",
    "Where",
    "Whether",
    "While",
    "Who",
    "Why",
    "With",
    "Within",
    "Without",
    "Yet",
    "You",
]);

/// A fixed list of words, with the lengths its words have for each first
/// byte: most words asked about are ruled out by that alone, before any is
/// compared with the list's entries.
struct WordList {
    words: &'static [&'static str],
    /// Bit `n` of entry `b`: some word starts with byte `b` and is `n` bytes long.
    lengths: [u16; 256],
}

impl WordList {
    const fn new(words: &'static [&'static str]) -> Self {
        let mut lengths = [0u16; 256];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            assert!(!word.is_empty() && word.len() < 16);
            lengths[word[0] as usize] |= 1 << word.len();
            k += 1;
        }
        WordList { words, lengths }
    }

    fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        word.len() < 16
            && self.lengths[first as usize] & (1 << word.len()) != 0
            && self.words.contains(&word)
    }
}

/// Splits clean text into sentences.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    // Room for a sentence every 64 bytes (they average about a hundred), so
    // that most documents' sentences are pushed without growing the vector.
    let mut out = Vec::with_capacity(text.len() / 64 + 4);
    let mut paragraph = 0;
    paragraphs(text, |pstart, pend| {
        split_paragraph(text, pstart, pend, paragraph, &mut out);
        paragraph += 1;
    });
    out
}

/// The bytes at which a sentence or line may end: stops, line breaks and the
/// first byte of `…`.
const MAY_END: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < ENDING_BYTES.len() {
        t[ENDING_BYTES[k] as usize] = true;
        k += 1;
    }
    t
};

/// The bytes that may end a sentence or a line: stops, line breaks, and the
/// first byte of `…` (U+2026).
const ENDING_BYTES: [u8; 6] = [b'.', b'!', b'?', b'\n', b'\r', 0xE2];

/// The first byte at or after `i` (before `end`) that may end a sentence or a
/// line, or `end`. Most bytes end nothing, so whole chunks are passed over when
/// none of their bytes does.
fn next_may_end(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while let Some(chunk) = bytes.get(i..end).and_then(|b| b.first_chunk::<CHUNK>()) {
        if chunk_may_end(chunk) {
            break;
        }
        i += CHUNK;
    }
    while i < end && !MAY_END[bytes[i] as usize] {
        i += 1;
    }
    i
}

/// The bytes [`chunk_may_end`] tests at once.
const CHUNK: usize = 16;

/// Whether some byte of `chunk` may end a sentence or a line. The test is
/// written as comparisons folded with `|` (no early exit, no table), which the
/// compiler turns into a few vector compares, but only in a function of its
/// own: inlined into the loop above, it was compiled byte by byte.
#[inline(never)]
fn chunk_may_end(chunk: &[u8; CHUNK]) -> bool {
    let mut hits = [0u8; CHUNK];
    for (hit, &b) in hits.iter_mut().zip(chunk) {
        for e in ENDING_BYTES {
            *hit |= u8::from(b == e);
        }
    }
    hits.iter().fold(0, |any, &h| any | h) != 0
}

/// The length of the line break at `i` (`\n`, `\r\n` or a lone `\r`), or 0.
fn line_break(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'\n' => 1,
        b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
        b'\r' => 1,
        _ => 0,
    }
}

/// Hands `each` the byte range of each paragraph (text between blank lines),
/// in order: as found, rather than collected in a vector a document.
fn paragraphs(text: &str, mut each: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut last_nonblank_end = 0;
    let mut line_start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        // Lines, not bytes, are what matter here: jump to the next break.
        i = memchr::memchr2(b'\n', b'\r', &bytes[i..]).map_or(bytes.len(), |o| i + o);
        let brk = if i == bytes.len() {
            1
        } else {
            line_break(bytes, i)
        };
        if text[line_start..i].trim().is_empty() {
            if let Some(s) = start.take() {
                each(s, last_nonblank_end);
            }
        } else {
            start.get_or_insert(line_start);
            last_nonblank_end = i;
        }
        i += brk;
        line_start = i;
    }
    if let Some(s) = start {
        each(s, last_nonblank_end);
    }
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
        i = next_may_end(bytes, i, pend);
        if i == pend {
            break;
        }
        let b = bytes[i];
        let brk = line_break(bytes, i);
        if brk > 0 {
            let next_line = i + brk;
            if line_is_heading(text, sent_start, i, next_line, pend)
                || starts_with_bullet(&text[next_line..pend])
            {
                let stop = text[sent_start..i].trim_end().ends_with(['.', '!', '?']);
                push(text, sent_start, i, paragraph, !stop, out);
                sent_start = next_line;
            }
            i = next_line;
            continue;
        }
        let ellipsis = b == 0xE2 && text[i..].starts_with('…');
        if matches!(b, b'.' | b'!' | b'?') || ellipsis {
            let mut j = i + if ellipsis { '…'.len_utf8() } else { 1 };
            // Runs of stops ("?!", "...") and closing quotes/brackets belong to the sentence.
            while j < pend && matches!(bytes[j], b'.' | b'!' | b'?') {
                j += 1;
            }
            let single_period = b == b'.' && j == i + 1;
            j = skip_closers(text, j, pend);
            let next = skip_space(text, j, pend);
            if next > j
                && next < pend
                && (!single_period || period_ends(text, sent_start, i, next))
                && !text[next..].starts_with(char::is_lowercase)
            {
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
fn line_is_heading(text: &str, line_from: usize, nl: usize, next_line: usize, pend: usize) -> bool {
    let line_start = text[line_from..nl]
        .rfind(['\n', '\r'])
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
    let next = skip_space(text, next_line, pend);
    text[next..pend]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether a line starts with a bullet (`-`, `*`, `•`) or an enumerator
/// (`1.`, `2)`, `(a)`, `b)`) followed by a space: a list item of its own.
fn starts_with_bullet(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if matches!(
        first,
        '-' | '*' | '•' | '·' | '▪' | '◦' | '‣' | '–' | '—' | '+'
    ) {
        return chars.next().is_some_and(char::is_whitespace);
    }
    let body = line.strip_prefix('(').unwrap_or(line);
    let label_len = body
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let label = &body[..label_len];
    let numeric =
        !label.is_empty() && label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    let letter = label.len() == 1 && label.bytes().all(|b| b.is_ascii_alphabetic());
    let rest = &body[label_len..];
    let closer = if numeric {
        rest.strip_prefix(['.', ')'])
    } else if letter || is_roman(label) {
        rest.strip_prefix(')')
    } else {
        None
    };
    closer.is_some_and(|r| r.starts_with([' ', '\t']))
}

fn push(
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    heading: bool,
    out: &mut Vec<Sentence>,
) {
    let (mut start, end) = trimmed(text, start, end);
    while end - start > MAX_SENTENCE {
        // Cut an overlong run at the last whitespace of its first MAX_SENTENCE
        // bytes (or at a char boundary when there is none).
        let mut cut = start + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &text[start..cut];
        let piece_end = match window.rfind(char::is_whitespace) {
            Some(ws) if ws > MAX_SENTENCE / 2 => start + window[..ws].trim_end().len(),
            _ => cut,
        };
        out.push(Sentence {
            start,
            end: piece_end,
            paragraph,
            heading: false,
        });
        start = skip_space(text, piece_end, end);
    }
    if start < end {
        out.push(Sentence {
            start,
            end,
            paragraph,
            heading,
        });
    }
}

/// `start..end` without the whitespace at either end, as `str::trim` would cut
/// it: ASCII whitespace is passed over by bytes, and the characters are read
/// only where a non-ASCII byte (which may be a space) is left at an end.
fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut start, mut end) = (start, end);
    while start < end && is_ascii_space(bytes[start]) {
        start += 1;
    }
    while end > start && is_ascii_space(bytes[end - 1]) {
        end -= 1;
    }
    if start < end && (bytes[start] >= 0x80 || bytes[end - 1] >= 0x80) {
        let seg = &text[start..end];
        let trimmed = seg.trim_start();
        start += seg.len() - trimmed.len();
        end = start + trimmed.trim_end().len();
    }
    (start, end)
}

/// The ASCII bytes that `char::is_whitespace` takes for whitespace (unlike
/// `u8::is_ascii_whitespace`, it includes the vertical tab).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
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

/// Whether the single period at `stop` ends the sentence begun at
/// `sent_start`, given the next visible character at `next` (not lowercase).
fn period_ends(text: &str, sent_start: usize, stop: usize, next: usize) -> bool {
    let word = word_before(text, sent_start, stop);
    if word.is_empty() {
        return true;
    }
    let next_char = text[next..].chars().next().unwrap_or(' ');
    // The next word, past any opening quote or bracket, and whether a period
    // follows it; most periods are decided without it, so it is read on demand.
    let next_word = || {
        let rest = text[next..].trim_start_matches(['"', '“', '‘', '\'', '(', '[', '«']);
        let word_len = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        (&rest[..word_len], rest[word_len..].starts_with('.'))
    };
    let opener = || {
        let (next_word, dot) = next_word();
        let next_is_initial =
            dot && next_word.chars().count() == 1 && next_word.starts_with(char::is_uppercase);
        SENTENCE_STARTERS.contains(next_word) && !next_is_initial
    };
    let word_start = stop - word.len();
    if is_enumerator(word)
        && text[sent_start..word_start]
            .trim_start_matches(is_bullet_char)
            .trim()
            .is_empty()
    {
        // "1. Background", "IV. The war": the number of a heading or list item.
        return false;
    }
    if LEADING.contains(word) {
        return false;
    }
    if BEFORE_NUMBER.contains(word) {
        let number = next_char.is_ascii_digit() || is_roman(next_word().0);
        return !number && (opener() || !word.starts_with(char::is_uppercase) || word == "No");
    }
    if TRAILING.contains(word) {
        return opener();
    }
    // "art. 5", "para. 3": a short lowercase word before a number is an abbreviation.
    if next_char.is_ascii_digit() && word.len() <= 4 && word.chars().all(|c| c.is_ascii_lowercase())
    {
        return false;
    }
    if word.contains('.')
        && word.chars().filter(|c| c.is_alphabetic()).count() <= 5
        && word.chars().all(|c| c.is_alphabetic() || c == '.')
    {
        // U.S., U.N., U.S.S.R., a.m.: a sentence end only before a typical opener.
        return opener();
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            // "World War I." is a number; otherwise a single capital is an
            // initial ("John F. Kennedy") unless a sentence opener follows.
            let head = text[sent_start..word_start].trim_end();
            let before = word_before(text, sent_start, sent_start + head.len());
            if matches!(c, 'I' | 'V' | 'X') && NUMBERED.contains(before) {
                return true;
            }
            return opener();
        }
    }
    true
}

/// Characters that mark a list item at the start of a line.
fn is_bullet_char(c: char) -> bool {
    matches!(
        c,
        '-' | '*' | '•' | '·' | '▪' | '◦' | '‣' | '–' | '—' | '+' | '('
    ) || c.is_whitespace()
}

/// A list or heading number: up to three digits, a Roman numeral or one letter.
fn is_enumerator(word: &str) -> bool {
    (!word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()))
        || is_roman(word)
        || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// An upper-case Roman numeral of up to six letters (`IV`, `XII`).
fn is_roman(word: &str) -> bool {
    !word.is_empty()
        && word.len() <= 6
        && word
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}

/// The word (letters, digits and inner dots) that ends just before `stop`.
fn word_before(text: &str, sent_start: usize, stop: usize) -> &str {
    let head = &text[sent_start..stop.max(sent_start)];
    // Most words are ASCII: their bytes are read back to the first that is
    // neither a letter, a digit nor a dot; only a non-ASCII byte there (which
    // may be part of a letter) sends the search to the characters.
    let ascii_begin = head
        .bytes()
        .rposition(|b| !(b.is_ascii_alphanumeric() || b == b'.'));
    let begin = match ascii_begin {
        None => 0,
        Some(i) if head.as_bytes()[i] < 0x80 => i + 1,
        Some(_) => word_begin_in_chars(head),
    };
    // A dot that opens the word is punctuation before it, not part of it.
    head[begin..].trim_start_matches('.')
}

/// Where the word that ends `head` begins, read by characters.
fn word_begin_in_chars(head: &str) -> usize {
    head.char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimmed_cuts_what_str_trim_cuts() {
        for seg in [
            "",
            " ",
            " a ",
            "\u{b}x\u{c}",
            "\u{a0}Paris\u{3000}",
            " é ",
            "\r\n.\t",
            "\u{85}",
        ] {
            let text = format!("ab{seg}cd");
            let (start, end) = trimmed(&text, 2, 2 + seg.len());
            assert_eq!(&text[start..end], seg.trim(), "{seg:?}");
        }
    }

    #[test]
    fn words_before_a_stop_read_by_bytes_are_those_read_by_characters() {
        for head in [
            "",
            "U.S",
            "the U.S",
            "said Gen",
            "São Paulo",
            "in Zürich",
            "Mr. Ünal",
            "x—Jr",
            "…etc",
            "a .5",
            "1",
            "Jan",
            "Ωmega",
            "price: 5.3",
        ] {
            let by_chars = &head[word_begin_in_chars(head)..];
            assert_eq!(
                word_before(head, 0, head.len()),
                by_chars.trim_start_matches('.'),
                "{head:?}"
            );
        }
    }
}
