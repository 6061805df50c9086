//! Properties that hold on any input.

use annals_text::Sentence;
use annals_time::Date;
use proptest::prelude::*;

/// Sentences cut at every '.' that falls on a character boundary.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '.' || c == '\n' {
            if i > start {
                out.push(Sentence { start, end: i, paragraph: out.len() / 3, heading: false });
            }
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Sentence { start, end: text.len(), paragraph: out.len() / 3, heading: false });
    }
    out
}

/// Text made of time words, numbers, punctuation and noise.
fn timeish() -> impl Strategy<Value = String> {
    // Pieces separated by '|'.
    let pieces: Vec<&'static str> = concat!(
        "in|the|early|late|mid-|1917|44|BC|AD|century|17th|nineteenth|spring|of|1941|-|–|42|from|",
        "to|between|and|years|later|earlier|ago|16|a|few|days|February|8|,|1904-02-08|now|recent|",
        "since|after|before|about|c.|1640s|sixties|the following year|that|winter|had|been|\"|(|)|",
        "Díaz|\u{a0}|3:00|a.m.|turn|end|half|second|millennium|first|decade|'60s|war|BCE|12|31|",
        "4,000,000,000|99999999999|centuries|9999|next|last|this|May|following"
    )
    .split('|')
    .collect();
    let words = prop::sample::select(pieces);
    prop::collection::vec(words, 0..40).prop_map(|v| v.join(" "))
}

fn check(text: &str) {
    let tagger = crate::util::tagger();
    let s = sentences(text);
    let times = tagger.tag(text, &s, Date::new(2020, 6, 1).unwrap());
    for t in &times.timexes {
        let sent = &s[t.sentence];
        assert!(sent.start <= t.start && t.end <= sent.end && t.start < t.end, "span inside its sentence");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "span on char boundaries");
        for w in t.when.iter().chain(t.range.iter()) {
            assert!(w.interval.start <= w.interval.end, "start <= end for {:?}", &text[t.start..t.end]);
        }
    }
    for (i, x) in s.iter().enumerate() {
        if let Some(w) = times.event_date(i, x.start, x.end, x.start) {
            assert!(w.interval.start <= w.interval.end);
        }
    }
}

proptest! {
    #[test]
    fn spans_and_intervals_are_sound_on_time_like_text(text in timeish()) {
        check(&text);
    }

    #[test]
    fn no_panic_on_arbitrary_text(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn no_panic_on_arbitrary_bytes_as_text(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        check(&String::from_utf8_lossy(&bytes));
    }
}
