//! Time in narrative text for annals.
//!
//! The [`TimeTagger`] finds time expressions in a document's sentences,
//! normalizes each to a TimeML TIMEX3 type and value, an EDTF string and a date
//! interval, and carries a narrative reference time from sentence to sentence.
//! [`DocTimes::event_date`] then gives an event the date of the expression that
//! governs its clause, or the narrative time, saying which in [`Basis`].
//!
//! ```
//! use annals_text::{split_sentences, Document};
//! use annals_time::{Date, TimeTagger};
//!
//! let doc = Document::plain("d", "In 1969, a border war broke out. It lasted months.");
//! let sentences = split_sentences(&doc.clean);
//! let times = TimeTagger::new().tag(&doc.clean, &sentences, Date::new(2020, 1, 1).unwrap());
//! let t = &times.in_sentence(0)[0];
//! assert_eq!((t.value.as_str(), &doc.clean[t.start..t.end]), ("1969", "1969"));
//! let when = times.event_date(1, sentences[1].start, sentences[1].end, sentences[1].start).unwrap();
//! assert_eq!(when.edtf, "1969");
//! ```
#![deny(missing_docs)]

mod anchor;
mod calendar;
mod context;
mod date;
mod dates;
mod grammar;
mod lexicon;
mod relative;
mod resolve;
mod scan;
mod tagger;
mod timeml;

pub use date::{days_in_month, is_leap, Date, Interval};
pub use tagger::{DocTimes, TimeTagger};
pub use timeml::write_timeml;

use serde::Serialize;

/// How finely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A day.
    Day,
    /// A month.
    Month,
    /// A season or part of a year.
    Season,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
    /// A millennium.
    Millennium,
}

impl Precision {
    /// The lowercase name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Century => "century",
            Precision::Millennium => "millennium",
        }
    }
}

/// Where an event's date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// A time expression in the event's own clause.
    Explicit,
    /// Carried from earlier sentences.
    Narrative,
    /// Relative to another expression or event ("16 years earlier").
    Anchored,
    /// Bounded by the actors' known dates.
    Kb,
    /// The document's date.
    Document,
}

impl Basis {
    /// The lowercase name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Explicit => "explicit",
            Basis::Narrative => "narrative",
            Basis::Anchored => "anchored",
            Basis::Kb => "kb",
            Basis::Document => "document",
        }
    }
}

/// A normalized date: EDTF, interval, precision, approximation and basis.
#[derive(Clone, Debug, PartialEq)]
pub struct When {
    /// Extended Date/Time Format: `1969`, `1652/1689`, `1640~`, `18XX`, `1917-21`.
    pub edtf: String,
    /// The days it may fall on.
    pub interval: Interval,
    /// How finely it is known.
    pub precision: Precision,
    /// Hedged ("about", "c.", "around").
    pub approximate: bool,
    /// Where it came from.
    pub basis: Basis,
}

impl When {
    /// A whole year, explicit.
    pub fn year(y: i32) -> When {
        When {
            edtf: format_year(y),
            interval: Interval::year(y),
            precision: Precision::Year,
            approximate: false,
            basis: Basis::Explicit,
        }
    }

    /// The same date with another basis.
    pub fn with_basis(mut self, basis: Basis) -> When {
        self.basis = basis;
        self
    }
}

/// An EDTF year: four digits, a sign for BCE.
pub fn format_year(y: i32) -> String {
    if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period (`1917`, `1917-10`, `18`).
    Date,
    /// A time of day.
    Time,
    /// A length of time (`P10Y`).
    Duration,
    /// A recurring time.
    Set,
}

impl TimexType {
    /// The TIMEX3 name.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One time expression found in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    /// Start byte offset in the clean text.
    pub start: usize,
    /// End byte offset in the clean text, exclusive.
    pub end: usize,
    /// Index of its sentence.
    pub sentence: usize,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value (`1917`, `185`, `18`, `P10Y`, `PAST_REF`).
    pub value: String,
    /// TIMEX3 mod (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`, ...).
    pub modifier: Option<&'static str>,
    /// The interval it denotes, where it denotes one (a duration may not).
    pub when: Option<When>,
    /// Whether it moves the narrative reference time (explicit, non-flashback dates do;
    /// expressions relative to the document date do not).
    pub sets_narrative: bool,
    /// For either end of a range ("from 1652 to 1689"), the whole range.
    pub range: Option<When>,
    /// Where its value came from: `explicit`, `anchored` (the narrative or another
    /// expression), `document` (the document date).
    pub basis: Basis,
}
