//! The time tagger (first version: explicit years only; the full engine replaces it).

use annals_text::Sentence;

use crate::{Basis, Date, Timex, TimexType, When};

/// Finds and normalizes time expressions. Build once, share by reference.
#[derive(Debug, Default)]
pub struct TimeTagger {}

/// The time expressions of one document and its narrative time.
#[derive(Debug, Default)]
pub struct DocTimes {
    /// All expressions, in text order.
    pub timexes: Vec<Timex>,
    /// For each sentence, the range of `timexes` inside it.
    ranges: Vec<(usize, usize)>,
    /// For each sentence, the narrative reference time in force when it begins.
    narrative: Vec<Option<When>>,
    /// The document date.
    dct: Option<Date>,
}

impl TimeTagger {
    /// A tagger with the built-in patterns.
    pub fn new() -> TimeTagger {
        TimeTagger {}
    }

    /// Tags every sentence of a document. `dct` anchors "today", "last year".
    pub fn tag(&self, clean: &str, sentences: &[Sentence], dct: Date) -> DocTimes {
        let mut out = DocTimes {
            dct: Some(dct),
            ..DocTimes::default()
        };
        let mut reference: Option<When> = None;
        for (si, s) in sentences.iter().enumerate() {
            out.narrative.push(reference.clone());
            let first = out.timexes.len();
            find_years(clean, s.start, s.end, si, &mut out.timexes);
            for t in &out.timexes[first..] {
                if t.sets_narrative {
                    reference = t.when.clone();
                }
            }
            out.ranges.push((first, out.timexes.len()));
        }
        out
    }
}

impl DocTimes {
    /// The expressions of sentence `i`.
    pub fn in_sentence(&self, i: usize) -> &[Timex] {
        match self.ranges.get(i) {
            Some(&(a, b)) => &self.timexes[a..b],
            None => &[],
        }
    }

    /// The narrative reference time in force when sentence `i` begins.
    pub fn narrative_at(&self, i: usize) -> Option<&When> {
        self.narrative.get(i).and_then(Option::as_ref)
    }

    /// The date of an event whose trigger starts at `trigger` in the clause
    /// `[clause_start, clause_end)` of sentence `sentence`: the expression in the
    /// clause nearest the trigger, else the narrative time, else the document date.
    pub fn event_date(
        &self,
        sentence: usize,
        clause_start: usize,
        clause_end: usize,
        trigger: usize,
    ) -> Option<When> {
        let best = self
            .in_sentence(sentence)
            .iter()
            .filter(|t| t.start >= clause_start && t.end <= clause_end && t.when.is_some())
            .min_by_key(|t| {
                if t.start > trigger {
                    t.start - trigger
                } else {
                    trigger - t.end
                }
            });
        if let Some(t) = best {
            return t.when.clone();
        }
        if let Some(n) = self.narrative_at(sentence) {
            return Some(n.clone().with_basis(Basis::Narrative));
        }
        self.dct.map(|d| When {
            edtf: d.to_string(),
            interval: crate::Interval::new(d, d),
            precision: crate::Precision::Day,
            approximate: false,
            basis: Basis::Document,
        })
    }
}

/// Four-digit years 1000–2199 standing alone as a number token.
fn find_years(clean: &str, start: usize, end: usize, sentence: usize, out: &mut Vec<Timex>) {
    let b = clean.as_bytes();
    let mut i = start;
    while i + 4 <= end {
        if b[i].is_ascii_digit() && (i == start || !b[i - 1].is_ascii_alphanumeric()) {
            let mut j = i;
            while j < end && b[j].is_ascii_digit() {
                j += 1;
            }
            let boundary = j == end
                || !(b[j].is_ascii_alphanumeric()
                    || (b[j] == b',' && j + 1 < end && b[j + 1].is_ascii_digit()));
            if j - i == 4 && boundary {
                let y: i32 = clean[i..j].parse().unwrap_or(0);
                if (1000..2200).contains(&y) {
                    out.push(Timex {
                        start: i,
                        end: j,
                        sentence,
                        kind: TimexType::Date,
                        value: clean[i..j].to_string(),
                        modifier: None,
                        when: Some(When::year(y)),
                        sets_narrative: true,
                    });
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
}
