//! The timeline of one dyad: events kept, rows by period, phases, and the
//! record every output format is written from.

use std::collections::HashMap;

use annals_code::{Event, EventDate};
use annals_time::Date;
use serde::Serialize;

use crate::dyad::{Direction, Dyad};
use crate::grid::{interval, Grid, Unit};
use crate::phases::{self, Relation, Series, Stats};
use crate::round;

/// How to build a timeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// Period of the summary rows; `None` takes the longest that gives at least eight rows.
    pub by: Option<Unit>,
    /// Penalty per phase in the segmentation; `None` is the BIC default, `ln n`.
    pub penalty: Option<f64>,
}

/// The most bins the change-point series may have (its resolution coarsens to stay under).
const MAX_SERIES_BINS: i64 = 4000;
/// A bin needs this much event weight to count as a high or low point, so that
/// an event known only to a century does not make a record year.
const MIN_POINT_WEIGHT: f64 = 0.5;
/// Defining events listed per phase.
const DEFINING: usize = 5;

/// Collects the events of one dyad, then builds its [`Timeline`].
#[derive(Debug)]
pub struct TimelineBuilder {
    dyad: Dyad,
    events: Vec<(Event, Direction, Date, Date)>,
    undated: usize,
    negated: usize,
}

impl TimelineBuilder {
    /// A builder for `dyad`.
    pub fn new(dyad: Dyad) -> TimelineBuilder {
        TimelineBuilder {
            dyad,
            events: Vec::new(),
            undated: 0,
            negated: 0,
        }
    }

    /// Offers one event: kept when it lies between the dyad's actors, is not
    /// negated and has a date; otherwise at most counted.
    pub fn add(&mut self, e: Event) {
        if e.negated {
            let mut affirmed = e.clone();
            affirmed.negated = false;
            if self.dyad.matches(&affirmed).is_some() {
                self.negated += 1;
            }
            return;
        }
        let Some(dir) = self.dyad.matches(&e) else {
            return;
        };
        match e.date.as_ref().and_then(interval) {
            Some((a, b)) => self.events.push((e, dir, a, b)),
            None => self.undated += 1,
        }
    }

    /// The dyad.
    pub fn dyad(&self) -> &Dyad {
        &self.dyad
    }

    /// Events kept so far.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether no event has been kept.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Aggregates, segments and labels.
    pub fn build(mut self, opts: &Options) -> Timeline {
        self.events
            .sort_by(|x, y| (x.2, x.3, &x.0.id).cmp(&(y.2, y.3, &y.0.id)));
        let counts = Counts {
            events: self.events.len(),
            undated: self.undated,
            negated: self.negated,
        };
        let mut t = Timeline {
            dyad: self.dyad,
            span: None,
            by: opts.by.unwrap_or(Unit::Year),
            counts,
            method: Method {
                resolution: Unit::Year,
                sigma: 0.0,
                penalty: 0.0,
                segments: 0,
            },
            lowest: None,
            highest: None,
            phases: Vec::new(),
            periods: Vec::new(),
            events: Vec::new(),
        };
        let (Some(first), Some(last)) = (
            self.events.iter().map(|e| e.2).min(),
            self.events.iter().map(|e| e.3).max(),
        ) else {
            return t;
        };
        let days = last.to_days() - first.to_days() + 1;
        t.span = Some(DateRange {
            start: first.to_string(),
            end: last.to_string(),
        });
        t.by = opts.by.unwrap_or_else(|| Unit::auto_for_rows(days));

        // The change-point series, and each event's shares of its bins.
        let grid = Grid::new(Unit::finest_within(days, MAX_SERIES_BINS), first, last);
        let mut series = Series::new(grid.len(), |i| grid.years(i));
        let mut shares: Vec<Vec<(usize, f64)>> = Vec::with_capacity(self.events.len());
        for (e, _, a, b) in &self.events {
            let mut out = Vec::new();
            grid.spread(a.to_days(), b.to_days(), &mut out);
            for &(i, w) in &out {
                series.add(i, w, e.event.goldstein as f64, e.event.quad_class);
            }
            shares.push(out);
        }
        let mut by_mid: Vec<(f64, f64)> = self
            .events
            .iter()
            .map(|(e, _, a, b)| (mid(*a, *b), e.event.goldstein as f64))
            .collect();
        by_mid.sort_by(|x, y| x.0.total_cmp(&y.0));
        let sigma = phases::sigma(&by_mid.iter().map(|x| x.1).collect::<Vec<_>>());
        let penalty = opts
            .penalty
            .unwrap_or_else(|| phases::default_penalty(self.events.len()));
        let segments = phases::segment(&series, sigma, penalty);
        t.method = Method {
            resolution: grid.unit(),
            sigma: round(sigma),
            penalty: round(penalty),
            segments: segments.len(),
        };
        let overall_rate = self.events.len() as f64 / series.years.iter().sum::<f64>();
        let joined = phases::label_and_join(&series, segments, overall_rate);

        // Each event's phase is the one holding most of its weight.
        let mut phase_of_bin = vec![0usize; grid.len()];
        for (p, (r, _)) in joined.iter().enumerate() {
            phase_of_bin[r.clone()].fill(p);
        }
        let homes: Vec<(usize, f64)> = shares
            .iter()
            .map(|sh| {
                let mut per: Vec<(usize, f64)> = Vec::new();
                for &(i, w) in sh {
                    match per.last_mut() {
                        Some(last) if last.0 == phase_of_bin[i] => last.1 += w,
                        _ => per.push((phase_of_bin[i], w)),
                    }
                }
                per.into_iter()
                    .max_by(|x, y| x.1.total_cmp(&y.1))
                    .unwrap_or((0, 0.0))
            })
            .collect();
        t.phases = joined
            .iter()
            .enumerate()
            .map(|(p, (r, rel))| {
                let st = series.stats(r.clone());
                let mine: Vec<usize> = (0..self.events.len())
                    .filter(|&k| homes[k].0 == p)
                    .collect();
                let (lo, hi) = extremes(&series, &grid, r.clone());
                Phase {
                    start: grid.bounds(r.start).0.to_string(),
                    end: grid.bounds(r.end - 1).1.to_string(),
                    relation: *rel,
                    mean: st.mean().map(round),
                    events: round(st.w),
                    rate: round(st.rate()),
                    quad: Quad::from(st.quad),
                    lowest: lo,
                    highest: hi,
                    defining: defining(&self.events, &homes, &mine, *rel),
                    event_ids: mine.iter().map(|&k| self.events[k].0.id.clone()).collect(),
                }
            })
            .collect();
        (t.lowest, t.highest) = extremes(&series, &grid, 0..grid.len());
        t.periods = periods(&self.events, t.by, first, last);
        t.events = self
            .events
            .iter()
            .zip(&homes)
            .map(|((e, dir, a, b), home)| EventRow::new(e, *dir, *a, *b, home.0))
            .collect();
        t
    }
}

fn mid(a: Date, b: Date) -> f64 {
    // The end is inclusive: an event of one day sits in the middle of that day.
    (a.as_year_fraction() + b.add_days(1).as_year_fraction()) / 2.0
}

/// The lowest and highest bins of `r` by mean score, among bins with enough weight.
fn extremes(
    series: &Series,
    grid: &Grid,
    r: std::ops::Range<usize>,
) -> (Option<Point>, Option<Point>) {
    let pts: Vec<(usize, f64)> = r
        .filter(|&i| series.w[i] >= MIN_POINT_WEIGHT)
        .map(|i| (i, series.s[i] / series.w[i]))
        .collect();
    // Ties go to the bin with more weight, then to the earlier.
    let key = |x: &(usize, f64)| (x.1, series.w[x.0]);
    let lo = pts.iter().min_by(|x, y| {
        key(x)
            .0
            .total_cmp(&key(y).0)
            .then(key(y).1.total_cmp(&key(x).1))
    });
    let hi = pts.iter().min_by(|x, y| {
        key(y)
            .0
            .total_cmp(&key(x).0)
            .then(key(y).1.total_cmp(&key(x).1))
    });
    let point = |&(i, m): &(usize, f64)| {
        let (s, e) = grid.bounds(i);
        Point {
            label: grid.label(i),
            start: s.to_string(),
            end: e.to_string(),
            mean: round(m),
            events: round(series.w[i]),
        }
    };
    (lo.map(point), hi.map(point))
}

/// The events that make a phase what it is: those of its own sign with the
/// largest weight × |score|, or any when none has its sign.
fn defining(
    events: &[(Event, Direction, Date, Date)],
    homes: &[(usize, f64)],
    mine: &[usize],
    rel: Relation,
) -> Vec<String> {
    let g = |k: usize| events[k].0.event.goldstein as f64;
    let fits = |k: usize| match rel {
        Relation::Cooperative => g(k) > 0.0,
        Relation::Hostile => g(k) < 0.0,
        Relation::Mixed | Relation::Quiet => true,
    };
    let mut pick: Vec<usize> = mine.iter().copied().filter(|&k| fits(k)).collect();
    if pick.is_empty() {
        pick = mine.to_vec();
    }
    pick.sort_by(|&x, &y| {
        (homes[y].1 * g(y).abs())
            .total_cmp(&(homes[x].1 * g(x).abs()))
            .then(x.cmp(&y))
    });
    pick.truncate(DEFINING);
    pick.sort_unstable();
    pick.into_iter().map(|k| events[k].0.id.clone()).collect()
}

fn periods(
    events: &[(Event, Direction, Date, Date)],
    by: Unit,
    first: Date,
    last: Date,
) -> Vec<Period> {
    let grid = Grid::new(by, first, last);
    let mut stats = vec![Stats::default(); grid.len()];
    let mut codes: Vec<HashMap<&str, (&str, f64)>> = vec![HashMap::new(); grid.len()];
    let mut evidence: Vec<Vec<(usize, f64)>> = vec![Vec::new(); grid.len()];
    let mut out = Vec::new();
    for (k, (e, _, a, b)) in events.iter().enumerate() {
        grid.spread(a.to_days(), b.to_days(), &mut out);
        let g = e.event.goldstein as f64;
        for &(i, w) in &out {
            let st = &mut stats[i];
            st.w += w;
            st.s += w * g;
            if (1..=4).contains(&e.event.quad_class) {
                st.quad[e.event.quad_class as usize - 1] += w;
            }
            codes[i]
                .entry(e.event.cameo.as_str())
                .or_insert((e.event.label.as_str(), 0.0))
                .1 += w;
            evidence[i].push((k, w));
        }
    }
    (0..grid.len())
        .map(|i| {
            let (s, e) = grid.bounds(i);
            let mut top: Vec<CodeCount> = codes[i]
                .iter()
                .map(|(c, (l, w))| CodeCount {
                    cameo: c.to_string(),
                    label: l.to_string(),
                    events: round(*w),
                })
                .collect();
            top.sort_by(|x, y| {
                y.events
                    .total_cmp(&x.events)
                    .then_with(|| x.cameo.cmp(&y.cameo))
            });
            top.truncate(3);
            let mut ev = std::mem::take(&mut evidence[i]);
            ev.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            Period {
                label: grid.label(i),
                start: s.to_string(),
                end: e.to_string(),
                events: round(stats[i].w),
                quad: Quad::from(stats[i].quad),
                goldstein_sum: round(stats[i].s),
                goldstein_mean: stats[i].mean().map(round),
                top_codes: top,
                evidence: ev
                    .into_iter()
                    .map(|(k, _)| events[k].0.id.clone())
                    .collect(),
            }
        })
        .collect()
}

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
    /// Ids of the events that weigh here, most weight first.
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
    fn new(e: &Event, direction: Direction, a: Date, b: Date, phase: usize) -> EventRow {
        let name = |r: &Option<annals_code::ActorRecord>| {
            r.as_ref()
                .map(|r| r.polity.clone().unwrap_or_else(|| r.name.clone()))
                .unwrap_or_default()
        };
        let code = |r: &Option<annals_code::ActorRecord>| {
            r.as_ref().map(|r| r.code.clone()).unwrap_or_default()
        };
        EventRow {
            id: e.id.clone(),
            doc: e.doc.clone(),
            // Dated by construction: undated events are not kept.
            date: e.date.clone().unwrap_or_else(|| EventDate {
                edtf: String::new(),
                start: a.to_string(),
                end: b.to_string(),
                precision: String::new(),
                approximate: false,
                basis: String::new(),
            }),
            x: round(mid(a, b)),
            direction,
            source: code(&e.source),
            target: code(&e.target),
            source_name: name(&e.source),
            target_name: name(&e.target),
            cameo: e.event.cameo.clone(),
            label: e.event.label.clone(),
            quad_class: e.event.quad_class,
            goldstein: round(e.event.goldstein as f64),
            text: e.text.clone(),
            trigger: e.trigger.text.clone(),
            phase,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::event;
    use proptest::prelude::*;

    fn build(events: Vec<Event>, dyad: &str, directed: bool, by: Option<Unit>) -> Timeline {
        let mut b = TimelineBuilder::new(Dyad::parse(dyad, directed).unwrap());
        events.into_iter().for_each(|e| b.add(e));
        b.build(&Options { by, penalty: None })
    }

    #[test]
    fn counts_weigh_events_over_their_interval() {
        let t = build(
            vec![
                event("war", "AAA", "BBB", "190", "1652", "1689", true),
                event("peace", "BBB", "AAA", "057", "1689", "1689", true),
                event("cent", "AAA", "BBB", "111", "1601", "1700", false),
            ],
            "AAA-BBB",
            false,
            Some(Unit::Decade),
        );
        let by: HashMap<&str, &Period> = t.periods.iter().map(|p| (p.label.as_str(), p)).collect();
        // 1680s: 10 of the war's 38 years, the treaty, and a tenth of the century.
        let p = by["1680s"];
        assert!(
            (p.events - (10.0 / 38.0 + 1.0 + 0.1)).abs() < 0.002,
            "{}",
            p.events
        );
        assert!((p.quad.material_conflict - 10.0 / 38.0).abs() < 0.002);
        assert!((p.goldstein_sum - (-100.0 / 38.0 + 8.0 - 0.2)).abs() < 0.01);
        assert_eq!(p.top_codes[0].cameo, "057");
        assert_eq!(p.evidence[0], "peace");
        // The century event alone in the 1600s (1601 to 1609) weighs 9/100.
        assert!((by["1600s"].events - 0.09).abs() < 0.002);
        let total: f64 = t.periods.iter().map(|p| p.events).sum();
        assert!((total - 3.0).abs() < 0.01, "{total}");
        assert_eq!(
            t.span,
            Some(DateRange {
                start: "1601-01-01".into(),
                end: "1700-12-31".into()
            })
        );
    }

    #[test]
    fn filters_by_dyad_direction_negation_and_date() {
        let mut neg = event("neg", "AAA", "BBB", "190", "1900", "1900", false);
        neg.negated = true;
        let mut undated = event("und", "AAA", "BBB", "190", "1900", "1900", false);
        undated.date = None;
        let evs = vec![
            event("fwd", "AAA", "BBB", "190", "1900", "1900", false),
            event("back", "BBB", "AAA", "057", "1901", "1901", false),
            event("mutual", "BBB", "AAA", "057", "1902", "1902", true),
            event("other", "AAA", "CCC", "057", "1902", "1902", false),
            neg,
            undated,
        ];
        let t = build(evs.clone(), "AAA-BBB", false, None);
        assert_eq!(
            (t.counts.events, t.counts.negated, t.counts.undated),
            (3, 1, 1)
        );
        let d = build(evs, "AAA-BBB", true, None);
        let ids: Vec<&str> = d.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["fwd", "mutual"]);
        assert_eq!(d.events[1].direction, Direction::Mutual);
    }

    #[test]
    fn no_events_no_phases() {
        let t = build(
            vec![event("x", "AAA", "CCC", "190", "1900", "1900", false)],
            "AAA-BBB",
            false,
            None,
        );
        assert!(
            t.span.is_none() && t.phases.is_empty() && t.periods.is_empty() && t.events.is_empty()
        );
    }

    #[test]
    fn lowest_point_needs_weight() {
        // A century-wide −10 must not make a low point; the dated −9.5 does.
        let t = build(
            vec![
                event("c", "AAA", "BBB", "190", "1801", "1900", false),
                event("d", "AAA", "BBB", "192", "1850", "1850", false),
                event("e", "AAA", "BBB", "057", "1860", "1860", false),
            ],
            "AAA-BBB",
            false,
            None,
        );
        assert_eq!(t.lowest.as_ref().unwrap().label, "1850");
        assert_eq!(t.highest.as_ref().unwrap().label, "1860");
    }

    fn arb_event() -> impl Strategy<Value = Event> {
        let codes = prop::sample::select(vec!["190", "057", "111", "042", "070", "172"]);
        (1500i32..2000, 0i32..60, codes, any::<bool>(), any::<bool>()).prop_map(
            |(y, len, code, sym, flip)| {
                let (s, t) = if flip { ("BBB", "AAA") } else { ("AAA", "BBB") };
                event(
                    &format!("{y}-{len}-{code}"),
                    s,
                    t,
                    code,
                    &y.to_string(),
                    &(y + len).to_string(),
                    sym,
                )
            },
        )
    }

    proptest! {
        #[test]
        fn phases_and_periods_cover_the_span(events in prop::collection::vec(arb_event(), 1..40), by in prop::sample::select(vec![None, Some(Unit::Year), Some(Unit::Decade), Some(Unit::Century)])) {
            let n = events.len();
            let t = build(events, "AAA-BBB", false, by);
            let span = t.span.clone().unwrap();
            let day = |s: &str| Date::parse(s).unwrap().to_days();
            for (rows, what) in [
                (t.phases.iter().map(|p| (p.start.as_str(), p.end.as_str())).collect::<Vec<_>>(), "phases"),
                (t.periods.iter().map(|p| (p.start.as_str(), p.end.as_str())).collect::<Vec<_>>(), "periods"),
            ] {
                prop_assert!(day(rows[0].0) <= day(&span.start), "{what} start late");
                prop_assert!(day(rows[rows.len() - 1].1) >= day(&span.end), "{what} end early");
                for w in rows.windows(2) {
                    prop_assert_eq!(day(w[1].0), day(w[0].1) + 1, "{} gap or overlap", what);
                }
            }
            let total: f64 = t.periods.iter().map(|p| p.events).sum();
            // Each figure is rounded to three decimals for output.
            prop_assert!((total - n as f64).abs() <= 0.0005 * t.periods.len() as f64 + 1e-9, "{total} vs {n}");
            let phased: f64 = t.phases.iter().map(|p| p.events).sum();
            prop_assert!((phased - n as f64).abs() <= 0.0005 * t.phases.len() as f64 + 1e-9);
            prop_assert_eq!(t.phases.iter().map(|p| p.event_ids.len()).sum::<usize>(), n);
            prop_assert!(t.events.iter().all(|e| e.phase < t.phases.len()));
            prop_assert!(t.phases.windows(2).all(|w| w[0].relation != w[1].relation));
        }
    }
}
