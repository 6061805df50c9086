//! Tagging a text and looking into the result.

use annals_text::{split_sentences, Sentence};
use annals_time::{Date, DocTimes, TimeTagger, Timex, When};

/// The document date the tests resolve against.
pub fn dct() -> Date {
    Date::new(2020, 6, 1).unwrap()
}

/// One tagger for all tests: it is built once and shared, as in real use.
pub fn tagger() -> &'static TimeTagger {
    static TAGGER: std::sync::OnceLock<TimeTagger> = std::sync::OnceLock::new();
    TAGGER.get_or_init(TimeTagger::new)
}

/// A tagged text.
pub struct Doc {
    pub text: String,
    pub sentences: Vec<Sentence>,
    pub times: DocTimes,
}

/// Tags `text` with the test document date.
pub fn tag(text: &str) -> Doc {
    tag_at(text, dct())
}

/// Tags `text` against a document date.
pub fn tag_at(text: &str, dct: Date) -> Doc {
    let sentences = sentences(text);
    let times = tagger().tag(text, &sentences, dct);
    Doc { text: text.to_string(), sentences, times }
}

impl Doc {
    /// The expression whose text is exactly `s`.
    pub fn get(&self, s: &str) -> &Timex {
        self.times
            .timexes
            .iter()
            .find(|t| &self.text[t.start..t.end] == s)
            .unwrap_or_else(|| panic!("no expression {s:?} in {:?}", self.spans()))
    }

    /// The texts of all expressions.
    pub fn spans(&self) -> Vec<&str> {
        self.times.timexes.iter().map(|t| &self.text[t.start..t.end]).collect()
    }

    /// The TIMEX3 value of the expression `s`.
    pub fn value(&self, s: &str) -> &str {
        &self.get(s).value
    }

    /// The interval of the expression `s`, as ISO dates.
    pub fn interval(&self, s: &str) -> (String, String) {
        let w = self.get(s).when.as_ref().unwrap_or_else(|| panic!("{s:?} has no interval"));
        (w.interval.start.to_string(), w.interval.end.to_string())
    }

    /// The date of an event whose trigger is the first `trigger` inside
    /// `clause` (a piece of the text; the trigger's whole sentence if `None`).
    pub fn event(&self, trigger: &str, clause: Option<&str>) -> When {
        let (cs, ce, at) = match clause {
            Some(c) => {
                let cs = self.text.find(c).unwrap_or_else(|| panic!("no clause {c:?}"));
                let at = cs + c.find(trigger).unwrap_or_else(|| panic!("no {trigger:?} in {c:?}"));
                (cs, cs + c.len(), at)
            }
            None => {
                let at = self.text.find(trigger).unwrap_or_else(|| panic!("no {trigger:?}"));
                let s = self.sentence_at(at);
                (s.start, s.end, at)
            }
        };
        let si = self.sentences.iter().position(|s| s.start <= at && at < s.end).expect("in a sentence");
        self.times.event_date(si, cs, ce, at).expect("a date")
    }

    fn sentence_at(&self, at: usize) -> &Sentence {
        self.sentences.iter().find(|s| s.start <= at && at < s.end).expect("in a sentence")
    }
}

/// Sentences of `text`.
pub fn sentences(text: &str) -> Vec<Sentence> {
    split_sentences(text)
}

/// An interval as ISO dates.
pub fn span(w: &When) -> (String, String) {
    (w.interval.start.to_string(), w.interval.end.to_string())
}

/// Shorthand for expected intervals.
pub fn iso(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}
