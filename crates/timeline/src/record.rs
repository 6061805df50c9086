//! The timeline record: what every output format is written from.

use annals_code::{Event, EventDate};
use annals_time::Date;
use serde::Serialize;

use crate::dyad::{Direction, Dyad};
use crate::grid::Unit;
use crate::phases::Relation;
use crate::report::mid;
use crate::round;

/// The relation between two actors over time: what every output is written from.
#[derive(Clone, Debug, Serialize)]
pub struct Timeline {
    /// The two actors.
    pub dyad: Dyad,
    /// First and last day any kept event may have happened on.
    pub span: Option<DateRange>,
    /// Period of the summary rows.
    #[serde(serialize_with = "unit_name")]
    pub by: Unit,
    /// How many events were kept and left out.
    pub counts: Counts,
    /// The segmentation's parameters, for the record.
    pub method: Method,
    /// The year (or other bin of the series) with the lowest mean score.
    pub lowest: Option<Point>,
    /// The one with the highest.
    pub highest: Option<Point>,
    /// Periods of steady relation, in order, covering the span.
    pub phases: Vec<Phase>,
    /// Summary rows, one per period of `by`, covering the span.
    pub periods: Vec<Period>,
    /// The events kept, by date.
    pub events: Vec<EventRow>,
}

fn unit_name<S: serde::Serializer>(u: &Unit, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(u.as_str())
}

/// Counts of events.
#[derive(Clone, Debug, Serialize)]
pub struct Counts {
    /// Events kept: between the actors, affirmed and dated.
    pub events: usize,
    /// Events between the actors with no usable date.
    pub undated: usize,
    /// Events between the actors that the text denies.
    pub negated: usize,
}

/// The segmentation's parameters.
#[derive(Clone, Debug, Serialize)]
pub struct Method {
    /// Bin of the change-point series.
    #[serde(serialize_with = "unit_name")]
    pub resolution: Unit,
    /// Noise level of the scores assumed (Goldstein points).
    pub sigma: f64,
    /// Penalty per segment.
    pub penalty: f64,
    /// Segments found, before neighbours with the same label were joined.
    pub segments: usize,
}

/// A closed range of days, ISO.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateRange {
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
}

/// One bin of the series and its mean score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Point {
    /// `1969`, `1969-03`, ...
    pub label: String,
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
    /// Weighted mean Goldstein score.
    pub mean: f64,
    /// Event weight in the bin.
    pub events: f64,
}

/// Event weight by quad class.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quad {
    /// Quad class 1.
    pub verbal_cooperation: f64,
    /// Quad class 2.
    pub material_cooperation: f64,
    /// Quad class 3.
    pub verbal_conflict: f64,
    /// Quad class 4.
    pub material_conflict: f64,
}

impl From<[f64; 4]> for Quad {
    fn from(q: [f64; 4]) -> Quad {
        Quad {
            verbal_cooperation: round(q[0]),
            material_cooperation: round(q[1]),
            verbal_conflict: round(q[2]),
            material_conflict: round(q[3]),
        }
    }
}

/// A period of steady relation.
#[derive(Clone, Debug, Serialize)]
pub struct Phase {
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
    /// What the relation was like.
    pub relation: Relation,
    /// Weighted mean Goldstein score (none without events).
    pub mean: Option<f64>,
    /// Event weight in the phase.
    pub events: f64,
    /// Event weight per year.
    pub rate: f64,
    /// Event weight by quad class.
    pub quad: Quad,
    /// Its lowest bin.
    pub lowest: Option<Point>,
    /// Its highest bin.
    pub highest: Option<Point>,
    /// Ids of the events that most make it what it is.
    pub defining: Vec<String>,
    /// Ids of the events most of whose weight lies in it.
    pub event_ids: Vec<String>,
}

/// Summary of one period (`--by`).
#[derive(Clone, Debug, Serialize)]
pub struct Period {
    /// `1960s`, `1969`, `1969-03`.
    pub label: String,
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
    /// Event weight: an event counts in each period by the share of its date interval there.
    pub events: f64,
    /// Event weight by quad class.
    pub quad: Quad,
    /// Weighted sum of Goldstein scores.
    pub goldstein_sum: f64,
    /// Weighted mean Goldstein score (none without events).
    pub goldstein_mean: Option<f64>,
    /// The three most frequent CAMEO codes.
    pub top_codes: Vec<CodeCount>,
    /// Ids of the (up to ten) events that weigh most here, most first.
    pub evidence: Vec<String>,
}

/// A CAMEO code and its weight in a period.
#[derive(Clone, Debug, Serialize)]
pub struct CodeCount {
    /// CAMEO code.
    pub cameo: String,
    /// Its label.
    pub label: String,
    /// Event weight.
    pub events: f64,
}

/// An event as the timeline shows it.
#[derive(Clone, Debug, Serialize)]
pub struct EventRow {
    /// Event id.
    pub id: String,
    /// Its document.
    pub doc: String,
    /// Its date as coded.
    pub date: EventDate,
    /// Midpoint of the date interval as a fractional year (the chart's x).
    pub x: f64,
    /// Direction between the dyad's actors.
    pub direction: Direction,
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// Source name (polity at the date when known).
    pub source_name: String,
    /// Target name.
    pub target_name: String,
    /// CAMEO code.
    pub cameo: String,
    /// Its label.
    pub label: String,
    /// Quad class.
    pub quad_class: u8,
    /// Goldstein score.
    pub goldstein: f64,
    /// The evidence sentence.
    pub text: String,
    /// The words that name the event.
    pub trigger: String,
    /// Index of the phase holding most of its weight.
    pub phase: usize,
}

impl EventRow {
    pub(crate) fn new(e: &Event, direction: Direction, a: Date, b: Date, phase: usize) -> EventRow {
        let name = |r: &Option<annals_code::ActorRecord>| {
            r.as_ref()
                .map(|r| r.polity.as_ref().unwrap_or(&r.name).to_string())
                .unwrap_or_default()
        };
        let code = |r: &Option<annals_code::ActorRecord>| {
            r.as_ref().map(|r| r.code.to_string()).unwrap_or_default()
        };
        EventRow {
            id: e.id.clone(),
            doc: e.doc.clone(),
            // Dated by construction: undated events are not kept.
            date: e.date.clone().unwrap_or_else(|| EventDate {
                edtf: String::new(),
                start: a.to_string(),
                end: b.to_string(),
                precision: "".into(),
                approximate: false,
                basis: "".into(),
            }),
            x: round(mid(a, b)),
            direction,
            source: code(&e.source),
            target: code(&e.target),
            source_name: name(&e.source),
            target_name: name(&e.target),
            cameo: e.event.cameo.to_string(),
            label: e.event.label.to_string(),
            quad_class: e.event.quad_class,
            goldstein: round(e.event.goldstein as f64),
            text: e.text.clone(),
            trigger: e.trigger.text.clone(),
            phase,
        }
    }
}
