//! Time in narrative text for annals.
//!
//! The [`TimeTagger`] finds the time expressions of a document — dates in every
//! common format, years with and without era, ranges, decades, centuries and
//! millennia and their parts, seasons, bounds ("before 1700"), durations,
//! offsets ("16 years earlier", "the following year") and expressions relative
//! to the document date ("currently", "in recent years") — and normalizes each
//! to a [`Timex`]: TimeML TIMEX3 type, value and mod, and a [`When`] (EDTF,
//! interval of days, [`Precision`], [`Basis`]).
//!
//! It carries a narrative reference time from sentence to sentence: the last
//! explicit date of the story, which flashbacks, quotations, plans and
//! document-relative expressions do not move. [`DocTimes::event_date`] gives an
//! event the date of the expression that governs its clause, else the narrative
//! time, else the document date, and says which in [`Basis`].
//!
//! How: trigger words (months, units, "century", "now") are one Aho-Corasick
//! automaton run once over the document; sentences without a trigger or a digit
//! are skipped; the others are scanned into tokens and read by a hand-written
//! grammar. Spans follow TimeML conventions ("the 1920s", "early 1927", "ca.
//! 466 BC" are whole; prepositions stay outside), so the output can be scored
//! with TempEval tooling ([`write_timeml`] writes inline TIMEX3).
//!
//! ```
//! use annals_text::{split_sentences, Document};
//! use annals_time::{Basis, Date, TimeTagger};
//!
//! let doc = Document::plain("d", "In 1985 he dropped the issue that had caused war 16 years earlier. Trade grew.");
//! let sentences = split_sentences(&doc.clean);
//! let times = TimeTagger::new().tag(&doc.clean, &sentences, Date::new(2020, 1, 1).unwrap());
//! let values: Vec<&str> = times.in_sentence(0).iter().map(|t| t.value.as_str()).collect();
//! assert_eq!(values, ["1985", "1969"]);
//!
//! // The war is dated by its own clause, the dropping by the sentence's year.
//! let clause = doc.clean.find("that had").unwrap();
//! let war = times.event_date(0, clause, sentences[0].end, doc.clean.find("caused").unwrap()).unwrap();
//! assert_eq!((war.edtf.as_str(), war.basis), ("1969", Basis::Anchored));
//! let dropped = times.event_date(0, 0, clause, doc.clean.find("dropped").unwrap()).unwrap();
//! assert_eq!(dropped.edtf, "1985");
//!
//! // A sentence without a date takes the narrative time.
//! let grew = times.event_date(1, sentences[1].start, sentences[1].end, sentences[1].start).unwrap();
//! assert_eq!((grew.edtf.as_str(), grew.basis), ("1985", Basis::Narrative));
//! ```
#![deny(missing_docs)]

mod anchor;
mod calendar;
mod context;
mod date;
mod dates;
mod grammar;
mod lexicon;
mod parts;
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
    let mut s = String::with_capacity(8);
    date::push_year(&mut s, y);
    s
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
