//! Relations between two actors over time, from coded events.
//!
//! A [`TimelineBuilder`] takes the events of a run (as written by `annals code`),
//! keeps those between the two actors of a [`Dyad`] (by their `country` codes,
//! both directions or one; negated events never count as happened), and builds a
//! [`Timeline`]: summary rows by period, phases of steady relation, the low and
//! high points, and the events with their evidence sentences. The timeline is
//! then written as a terminal table ([`write_table`]), JSON, CSV
//! ([`write_csv`]), a self-contained HTML page ([`html_page`], feature `html`)
//! or a static SVG or PNG chart ([`svg_chart`], [`png_chart`], feature `chart`).
//!
//! # Interval weighting
//! An event is dated by an interval of days. It carries one unit of weight,
//! spread uniformly over those days: an event of 1652–1689 puts 1/38 on each of
//! those years, one known only to its century 1/100 on each year of it, one of
//! a single day all its weight on that day's year. Every sum (counts by quad
//! class, Goldstein sums and means, per period or per phase) is a sum of these
//! weights, so the events of a period add up to the number of events.
//!
//! # Phases
//! The span is cut into bins as fine as the events are typically dated (the
//! median interval: days for news, years for history), coarser when that
//! would take more than 4,000 bins. Per bin the series holds the
//! event weight `W`, the weighted score sum `S` and sum of squares `Q`. A
//! segment of bins is scored by its negative log-likelihood under two models
//! with the segment's own parameters: the scores are normal around the
//! segment's mean with noise σ (cost `(Q − S²/W) / 2σ²`), and the event weight
//! is Poisson with the segment's own rate (cost `−W ln(W / years)`). The first
//! finds turns in the relation, the second the onset and end of quiet stretches.
//! σ is estimated robustly from the median absolute difference between
//! successive scores (scaled to a standard deviation), kept within 2 and 4
//! Goldstein points: the spread of scores within one kind of relation, which a
//! sparse history, where a war's last battle is followed by its peace treaty,
//! would otherwise inflate past every turn. Optimal partitioning with
//! PELT pruning (Killick, Fearnhead & Eckley 2012) finds the cuts that minimise
//! the summed costs plus a penalty per segment, by default the BIC penalty for
//! the two parameters a segment adds (mean and rate): `ln n` for `n` events.
//! A stretch with no event at all at either edge of a segment, longer than the
//! rest of the segment, is split off as a segment of its own: a few events in
//! a long silence are too few to pay for two cuts, yet they are a phase.
//! Each segment is then labelled:
//! - `quiet`: less than half an event, or under a quarter of the overall rate;
//! - `cooperative`: mean above +1 and at least two thirds of the events'
//!   Goldstein mass (weight × |score|, so that a war outweighs a word of
//!   support) in quad classes 1–2;
//! - `hostile`: mean below −1 and at least two thirds of it in quad classes 3–4;
//! - `mixed`: the rest, and a phase that rests on about one event of words
//!   alone (mean within ±3), too little to call hostile or cooperative.
//!
//! Neighbouring segments with the same label are joined (a burst of events
//! inside a cooperative stretch is not a turn). A relation lasts until an
//! event shows it changed: the empty years that open the phase after a
//! cooperative one go to the cooperative one (an alliance holds until the first
//! quarrel), and so do those after a hostile phase whose last busy year has
//! fighting (CAMEO 18–20) in it (a war goes on until the first sign of peace);
//! a hostile phase that ends in coercion alone is not carried on. Phases cover
//! the span without gaps or overlaps. An event belongs to the phase holding most of its weight;
//! a phase's defining events are those of its own sign with the largest
//! weight × |score|.
//!
//! # Example
//! ```
//! use annals_code::{ActorRecord, Event, EventCode, EventDate, Trigger};
//! use annals_timeline::{Dyad, Options, Relation, TimelineBuilder};
//!
//! fn event(id: &str, year: i32, cameo: &str) -> Event {
//!     let actor = |c: &str| ActorRecord {
//!         code: c.into(), country: c.into(), agent: None, name: c.into(),
//!         polity: None, text: c.into(), span: [0, 0],
//!     };
//!     Event {
//!         id: id.into(), doc: "d".into(), sentence: 0, text: format!("An event of {year}."),
//!         span: [0, 0],
//!         date: Some(EventDate {
//!             edtf: year.to_string(), start: format!("{year}-01-01"), end: format!("{year}-12-31"),
//!             precision: "year".into(), approximate: false, basis: "explicit".into(),
//!         }),
//!         source: Some(actor("AAA")), target: Some(actor("BBB")),
//!         event: EventCode::from_cameo(cameo).unwrap(),
//!         symmetric: false, negated: false,
//!         trigger: Trigger { text: "x".into(), span: [0, 0] }, rule: "test".into(),
//!     }
//! }
//!
//! let mut b = TimelineBuilder::new(Dyad::parse("AAA-BBB", false).unwrap());
//! for y in 1900..1910 { b.add(event(&format!("w{y}"), y, "190")); } // fighting
//! for y in 1910..1920 { b.add(event(&format!("p{y}"), y, "057")); } // treaties
//! let t = b.build(&Options::default());
//! let rel: Vec<_> = t.phases.iter().map(|p| p.relation).collect();
//! assert_eq!(rel, [Relation::Hostile, Relation::Cooperative]);
//! assert_eq!(t.phases[1].start, "1910-01-01");
//! ```
#![deny(missing_docs)]

#[cfg(feature = "chart")]
mod chart;
mod dyad;
mod grid;
#[cfg(feature = "html")]
mod html;
mod phases;
mod record;
mod report;
mod table;
#[cfg(test)]
mod testutil;

#[cfg(feature = "chart")]
pub use chart::{png_chart, svg_chart};
pub use dyad::{Direction, Dyad, DyadCount, DyadCounter};
pub use grid::Unit;
#[cfg(feature = "html")]
pub use html::html_page;
pub use phases::Relation;
pub use record::{
    CodeCount, Counts, DateRange, EventRow, Method, Period, Phase, Point, Quad, Timeline,
};
pub use report::{Options, TimelineBuilder};
pub use table::{write_csv, write_table, write_top_csv, write_top_table, TableOptions};

/// What went wrong in building or writing a timeline.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A dyad that is not two codes `AAA-BBB`.
    #[error("bad dyad {0:?}: expected two actor codes as AAA-BBB, e.g. CHN-RUS")]
    Dyad(String),
    /// An unknown period name.
    #[error("bad period {0:?}: expected day, month, year, decade, century or millennium")]
    Period(String),
    /// Writing failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// Writing CSV failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// Drawing a chart failed.
    #[error("cannot draw the chart: {0}")]
    Chart(String),
}

/// Rounds to three decimals for output (and turns −0 into 0), so that records
/// are stable and readable.
pub(crate) fn round(x: f64) -> f64 {
    let r = (x * 1000.0).round() / 1000.0;
    if r == 0.0 || !r.is_finite() {
        0.0
    } else {
        r
    }
}
