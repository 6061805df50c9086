//! Building the timeline of one dyad: the events kept, the rows by period,
//! the phases and the high and low points.

use std::collections::HashMap;

use annals_code::Event;
use annals_time::Date;

use crate::dyad::{Direction, Dyad};
use crate::grid::{interval, Grid, Unit};
use crate::phases::{self, Relation, Series, Stats};
use crate::record::{
    CodeCount, Counts, DateRange, EventRow, Method, Period, Phase, Point, Quad, Timeline,
};
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
/// Evidence listed per period.
const EVIDENCE: usize = 10;

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

        // The change-point series: as fine as the events are typically dated (news to the day, history to
        // the year), coarser when the span would need too many bins.
        let mut lens: Vec<i64> = self
            .events
            .iter()
            .map(|(_, _, a, b)| b.to_days() - a.to_days() + 1)
            .collect();
        lens.sort_unstable();
        let typical = Unit::of_length(lens[lens.len() / 2]);
        let grid = Grid::new(
            typical.max(Unit::finest_within(days, MAX_SERIES_BINS)),
            first,
            last,
        );
        let mut series = Series::new(grid.len(), |i| grid.years(i));
        let mut shares = Vec::new();
        for (e, _, a, b) in &self.events {
            grid.spread(a.to_days(), b.to_days(), &mut shares);
            let fighting = matches!(&*e.event.root, "18" | "19" | "20");
            for &(i, w) in &shares {
                series.add(i, w, e.event.goldstein as f64, e.event.quad_class);
                if fighting {
                    series.add_fighting(i, w);
                }
            }
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
        let segments = phases::split_empty_edges(&series, phases::segment(&series, sigma, penalty));
        t.method = Method {
            resolution: grid.unit(),
            sigma: round(sigma),
            penalty: round(penalty),
            segments: segments.len(),
        };
        let overall_rate = self.events.len() as f64 / series.years.iter().sum::<f64>();
        let joined = phases::carry_forward(
            &series,
            phases::label_and_join(&series, segments, overall_rate),
            overall_rate,
        );

        // Each event's phase is the one holding most of its weight.
        let phase_days: Vec<(i64, i64)> = joined
            .iter()
            .map(|(r, _)| {
                (
                    grid.bounds(r.start).0.to_days(),
                    grid.bounds(r.end - 1).1.to_days(),
                )
            })
            .collect();
        let homes: Vec<(usize, f64)> = self
            .events
            .iter()
            .map(|(_, _, a, b)| home(&phase_days, a.to_days(), b.to_days()))
            .collect();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); joined.len()];
        for (k, h) in homes.iter().enumerate() {
            members[h.0].push(k);
        }
        t.phases = joined
            .iter()
            .zip(&members)
            .map(|((r, rel), mine)| {
                let st = series.stats(r.clone());
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
                    defining: defining(&self.events, &homes, mine, *rel),
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

/// The phase (of contiguous day ranges) holding most of the days `[a, b]`, and its share.
fn home(phases: &[(i64, i64)], a: i64, b: i64) -> (usize, f64) {
    let total = (b - a + 1) as f64;
    let first = phases.partition_point(|p| p.1 < a);
    let mut best = (first.min(phases.len().saturating_sub(1)), 0.0);
    for (p, &(s, e)) in phases.iter().enumerate().skip(first) {
        if s > b {
            break;
        }
        let share = (e.min(b) - s.max(a) + 1) as f64 / total;
        if share > best.1 {
            best = (p, share);
        }
    }
    best
}

pub(crate) fn mid(a: Date, b: Date) -> f64 {
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
                .entry(&*e.event.cameo)
                .or_insert((&*e.event.label, 0.0))
                .1 += w;
            // Keep the heaviest few, earlier events first among equals.
            let ev = &mut evidence[i];
            let pos = ev.partition_point(|x| x.1 >= w);
            if pos < EVIDENCE {
                ev.insert(pos, (k, w));
                ev.truncate(EVIDENCE);
            }
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
            let ev = std::mem::take(&mut evidence[i]);
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
    fn series_is_as_fine_as_the_dates() {
        let news: Vec<Event> = (1..=28)
            .map(|d| {
                event(
                    &format!("n{d}"),
                    "AAA",
                    "BBB",
                    "042",
                    &format!("2019-03-{d:02}"),
                    &format!("2019-03-{d:02}"),
                    false,
                )
            })
            .chain([event("y", "AAA", "BBB", "190", "2020", "2020", false)])
            .collect();
        assert_eq!(
            build(news, "AAA-BBB", false, None).method.resolution,
            Unit::Day
        );
        let history = vec![
            event("a", "AAA", "BBB", "190", "1652", "1689", false),
            event("b", "AAA", "BBB", "057", "1689", "1689", false),
            event("c", "AAA", "BBB", "057", "1727", "1727", false),
        ];
        assert_eq!(
            build(history, "AAA-BBB", false, None).method.resolution,
            Unit::Year
        );
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
            prop_assert!(t.phases.windows(2).all(|w| w[0].relation != w[1].relation || w[0].relation == Relation::Mixed));
        }
    }
}
