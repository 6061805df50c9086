//! Change points in the interval-weighted Goldstein series, and the labelling
//! of the segments between them (see the crate doc for the model).

use std::ops::Range;

use serde::Serialize;

/// The weighted series the segmentation reads: per bin, the events' weight,
/// weighted Goldstein sum and sum of squares, the weight per quad class,
/// the Goldstein mass on each side, the weight of fighting, and the bin's
/// length in years.
#[derive(Clone, Debug, Default)]
pub(crate) struct Series {
    pub w: Vec<f64>,
    pub s: Vec<f64>,
    pub q: Vec<f64>,
    pub quad: Vec<[f64; 4]>,
    /// Goldstein mass on the cooperative (quad 1-2) and conflict (3-4) sides.
    pub side: Vec<[f64; 2]>,
    /// Weight of the events that are fighting (CAMEO roots 18 to 20).
    pub fighting: Vec<f64>,
    pub years: Vec<f64>,
}

impl Series {
    pub fn new(bins: usize, years: impl Fn(usize) -> f64) -> Series {
        Series {
            w: vec![0.0; bins],
            s: vec![0.0; bins],
            q: vec![0.0; bins],
            quad: vec![[0.0; 4]; bins],
            side: vec![[0.0; 2]; bins],
            fighting: vec![0.0; bins],
            years: (0..bins).map(years).collect(),
        }
    }

    /// Adds `weight` of an event with Goldstein score `g` and quad class `quad` to bin `i`.
    pub fn add(&mut self, i: usize, weight: f64, g: f64, quad: u8) {
        self.w[i] += weight;
        self.s[i] += weight * g;
        self.q[i] += weight * g * g;
        if (1..=4).contains(&quad) {
            self.quad[i][quad as usize - 1] += weight;
            self.side[i][usize::from(quad > 2)] += weight * g.abs();
        }
    }

    /// Marks `weight` of the events in bin `i` as fighting (after [`Series::add`]).
    pub fn add_fighting(&mut self, i: usize, weight: f64) {
        self.fighting[i] += weight;
    }

    pub fn len(&self) -> usize {
        self.w.len()
    }

    /// The totals over bins `r`.
    pub fn stats(&self, r: Range<usize>) -> Stats {
        let mut st = Stats::default();
        for i in r {
            st.w += self.w[i];
            st.s += self.s[i];
            st.q += self.q[i];
            st.years += self.years[i];
            for k in 0..4 {
                st.quad[k] += self.quad[i][k];
            }
            st.side[0] += self.side[i][0];
            st.side[1] += self.side[i][1];
        }
        st
    }
}

/// Totals over a run of bins.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Stats {
    pub w: f64,
    pub s: f64,
    pub q: f64,
    pub quad: [f64; 4],
    pub side: [f64; 2],
    pub years: f64,
}

impl Stats {
    /// The weighted mean Goldstein score, if any event weighs here.
    pub fn mean(&self) -> Option<f64> {
        (self.w > 1e-9).then(|| self.s / self.w)
    }

    /// Events (weight) per year.
    pub fn rate(&self) -> f64 {
        if self.years > 0.0 {
            self.w / self.years
        } else {
            0.0
        }
    }
}

/// What a phase of the relation was like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// Mostly cooperation: mean Goldstein above +1 and at least two thirds of the
    /// events cooperative.
    Cooperative,
    /// Mostly conflict: mean below −1 and at least two thirds of the events conflictual.
    Hostile,
    /// Both, or neither clearly.
    Mixed,
    /// Few events: under a quarter of the dyad's overall rate, or under half an event.
    Quiet,
}

impl Relation {
    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Cooperative => "cooperative",
            Relation::Hostile => "hostile",
            Relation::Mixed => "mixed",
            Relation::Quiet => "quiet",
        }
    }
}

/// Mean Goldstein score beyond which a phase may be cooperative or hostile: a
/// point on a scale of ±10, below which verbal gestures dominate.
const MEAN_THRESHOLD: f64 = 1.0;
/// Share of events that must lie on the phase's side.
const SIDE_SHARE: f64 = 2.0 / 3.0;
/// A phase resting on less than this weight of events (about one event)...
const THIN_WEIGHT: f64 = 1.5;
/// ...and whose mean is within this of zero (words, not deeds: a criticism is
/// −2, a consultation +1) is too thinly supported to call hostile or cooperative.
const WEAK_MEAN: f64 = 3.0;
/// A phase under this fraction of the overall event rate is quiet.
const QUIET_RATE: f64 = 0.25;
/// The smallest noise level assumed, in Goldstein points: scores are coarse
/// (many events share one code's score), so the robust estimate can be zero.
pub(crate) const MIN_SIGMA: f64 = 2.0;
/// The largest: the spread of scores within one kind of relation (cooperation
/// runs from +1 for a consultation to +8 for a treaty, conflict from −2 to −10).
/// In a sparse history successive events often straddle a turn (a war, then its
/// peace treaty), which would otherwise inflate the estimate past every turn.
pub(crate) const MAX_SIGMA: f64 = 4.0;

/// Labels a segment by its mean, its balance of cooperation and conflict, and
/// its density against `overall_rate` (events per year over the whole span).
pub(crate) fn label(st: &Stats, overall_rate: f64) -> Relation {
    if st.w < 0.5 || st.rate() < QUIET_RATE * overall_rate {
        return Relation::Quiet;
    }
    let mean = st.s / st.w;
    let coop = st.quad[0] + st.quad[1];
    let conf = st.quad[2] + st.quad[3];
    let classed = coop + conf;
    // Each side weighs by its Goldstein mass: a war outweighs a word of support.
    // Events without a quad class count by the sign of their score.
    let mass = st.side[0] + st.side[1];
    let coop_share = if mass > 1e-9 {
        st.side[0] / mass
    } else if classed > 1e-9 {
        coop / classed
    } else if mean > 0.0 {
        1.0
    } else {
        0.0
    };
    if st.w < THIN_WEIGHT && mean.abs() < WEAK_MEAN {
        return Relation::Mixed;
    }
    // The tolerance keeps exactly two thirds on the side it is meant for.
    if mean > MEAN_THRESHOLD && coop_share >= SIDE_SHARE - 1e-9 {
        Relation::Cooperative
    } else if mean < -MEAN_THRESHOLD && 1.0 - coop_share >= SIDE_SHARE - 1e-9 {
        Relation::Hostile
    } else {
        Relation::Mixed
    }
}

/// A robust noise level of the scores in time order: the median absolute
/// successive difference, scaled to a standard deviation (×1.4826/√2), which a
/// few true changes do not inflate; kept within [`MIN_SIGMA`] and [`MAX_SIGMA`].
/// Differences are taken about zero, their mean when nothing changes.
pub(crate) fn sigma(scores: &[f64]) -> f64 {
    let mut d: Vec<f64> = scores.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
    if d.is_empty() {
        return MIN_SIGMA;
    }
    (1.4826 * median(&mut d) / std::f64::consts::SQRT_2).clamp(MIN_SIGMA, MAX_SIGMA)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// The default penalty per segment for `n` events: the BIC, `k ln n` on the
/// deviance scale for the `k = 2` parameters a segment adds (its mean and its
/// rate), which is `ln n` in the units of the costs (negative log-likelihood).
pub(crate) fn default_penalty(n: usize) -> f64 {
    (n.max(2) as f64).ln()
}

/// Cumulative sums for O(1) segment costs.
struct Prefix {
    w: Vec<f64>,
    s: Vec<f64>,
    q: Vec<f64>,
    y: Vec<f64>,
}

impl Prefix {
    fn new(x: &Series) -> Prefix {
        let cum = |v: &[f64]| {
            let mut out = Vec::with_capacity(v.len() + 1);
            out.push(0.0);
            let mut acc = 0.0;
            for &a in v {
                acc += a;
                out.push(acc);
            }
            out
        };
        Prefix {
            w: cum(&x.w),
            s: cum(&x.s),
            q: cum(&x.q),
            y: cum(&x.years),
        }
    }

    /// Negative log-likelihood of bins `a..b` as one segment: a normal model of
    /// the scores with the segment's own mean and noise `sigma`, plus a Poisson
    /// model of the event weight with the segment's own rate (constants that do
    /// not depend on the cut are dropped).
    fn cost(&self, a: usize, b: usize, two_var: f64) -> f64 {
        let w = self.w[b] - self.w[a];
        if w <= 1e-12 {
            return 0.0;
        }
        let s = self.s[b] - self.s[a];
        let q = self.q[b] - self.q[a];
        let years = self.y[b] - self.y[a];
        let normal = ((q - s * s / w) / two_var).max(0.0);
        let poisson = -w * (w / years.max(1e-9)).ln();
        normal + poisson
    }
}

/// Optimal partitioning with PELT pruning (Killick, Fearnhead and Eckley, 2012):
/// the cuts that minimise the summed segment costs plus `penalty` per segment.
/// Returns the segments as bin ranges covering `0..series.len()` in order.
pub(crate) fn segment(series: &Series, sigma: f64, penalty: f64) -> Vec<Range<usize>> {
    let n = series.len();
    if n == 0 {
        return Vec::new();
    }
    let pre = Prefix::new(series);
    let two_var = 2.0 * sigma * sigma;
    let mut best = vec![0.0; n + 1];
    let mut prev = vec![0usize; n + 1];
    best[0] = -penalty;
    let mut candidates = vec![0usize];
    for t in 1..=n {
        let (mut arg, mut min) = (0, f64::INFINITY);
        for &s in &candidates {
            let v = best[s] + pre.cost(s, t, two_var) + penalty;
            if v < min {
                (arg, min) = (s, v);
            }
        }
        best[t] = min;
        prev[t] = arg;
        // A cut that cannot beat the best now never will (the costs are
        // log-likelihoods, so splitting a segment never raises its cost).
        candidates.retain(|&s| best[s] + pre.cost(s, t, two_var) <= min + 1e-9);
        candidates.push(t);
    }
    let mut cuts = vec![n];
    let mut t = n;
    while t > 0 {
        t = prev[t];
        cuts.push(t);
    }
    cuts.reverse();
    cuts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// Splits off the empty edges of each segment: a stretch with no event at all
/// at the start or end of a segment, longer than the rest of it, is a quiet
/// phase of its own. A few events in a long empty span are otherwise too few
/// for the Poisson cost to pay the penalty of two cuts (three treaties across
/// thirty years of a two-hundred-year silence), and the silence would swallow
/// them into one quiet phase.
pub(crate) fn split_empty_edges(series: &Series, segments: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let span = |r: Range<usize>| series.years[r].iter().sum::<f64>();
    let mut out = Vec::with_capacity(segments.len());
    for r in segments {
        let busy = |i: &usize| series.w[*i] > 1e-9;
        let (Some(first), Some(last)) = (r.clone().find(busy), r.clone().rev().find(busy)) else {
            out.push(r);
            continue;
        };
        let (mut start, mut end) = (r.start, r.end);
        if span(start..first) > span(first..end) {
            out.push(start..first);
            start = first;
        }
        let tail = (last + 1)..end;
        if span(tail.clone()) > span(start..last + 1) {
            end = last + 1;
        }
        out.push(start..end);
        if end < r.end {
            out.push(end..r.end);
        }
    }
    out
}

/// Labels the segments and joins neighbours that get the same label (a change
/// of density inside a cooperative stretch is not a turn in the relation),
/// relabelling after each join. Mixed neighbours whose means lie on opposite
/// sides of zero stay apart: the segmentation found a turn that the label
/// alone does not show.
pub(crate) fn label_and_join(
    series: &Series,
    segments: Vec<Range<usize>>,
    overall_rate: f64,
) -> Vec<(Range<usize>, Relation)> {
    let mut out: Vec<(Range<usize>, Relation)> = segments
        .into_iter()
        .map(|r| (r.clone(), label(&series.stats(r), overall_rate)))
        .collect();
    let joinable = |a: &(Range<usize>, Relation), b: &(Range<usize>, Relation)| {
        a.1 == b.1
            && (a.1 != Relation::Mixed || {
                let (x, y) = (series.stats(a.0.clone()).s, series.stats(b.0.clone()).s);
                (x >= 0.0) == (y >= 0.0)
            })
    };
    while let Some(i) = out.windows(2).position(|w| joinable(&w[0], &w[1])) {
        let r = out[i].0.start..out[i + 1].0.end;
        let rel = label(&series.stats(r.clone()), overall_rate);
        out.splice(i..=i + 1, [(r, rel)]);
    }
    out
}

/// A relation holds until an event shows it changed: the empty years at the
/// start of a phase that follows a cooperative one belong to the earlier phase,
/// as long as they do not change either label (an alliance lasts until the
/// first quarrel). So do those after a hostile phase whose last busy bin has
/// fighting in it: a war the text has not ended goes on until the first sign of
/// peace (a war fought from 1643 whose treaty is signed in 1645 is hostile in
/// 1644). A hostile phase that ends in coercion or a dictated treaty, with no
/// fighting, has ended: its silence is not carried. A quiet or mixed phase says
/// no relation held and carries nothing.
pub(crate) fn carry_forward(
    series: &Series,
    mut phases: Vec<(Range<usize>, Relation)>,
    overall_rate: f64,
) -> Vec<(Range<usize>, Relation)> {
    for i in 1..phases.len() {
        let (before, after) = phases.split_at_mut(i);
        let (a, b) = (&mut before[i - 1], &mut after[0]);
        let ends_fighting = || {
            a.0.clone()
                .rev()
                .find(|&k| series.w[k] > 1e-9)
                .is_some_and(|k| series.fighting[k] > 1e-9)
        };
        let carries = match a.1 {
            Relation::Cooperative => true,
            Relation::Hostile => ends_fighting(),
            Relation::Mixed | Relation::Quiet => false,
        };
        if !carries || b.1 == Relation::Quiet {
            continue;
        }
        let Some(first) = b.0.clone().find(|&k| series.w[k] > 1e-9) else {
            continue;
        };
        if first == b.0.start || first == b.0.end {
            continue;
        }
        let longer = a.0.start..first;
        let shorter = first..b.0.end;
        if label(&series.stats(longer.clone()), overall_rate) == a.1
            && label(&series.stats(shorter.clone()), overall_rate) == b.1
        {
            a.0 = longer;
            b.0 = shorter;
        }
    }
    phases
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A yearly series with one event a year of the given scores.
    fn yearly(scores: &[Option<f64>]) -> Series {
        let mut x = Series::new(scores.len(), |_| 1.0);
        for (i, g) in scores.iter().enumerate() {
            if let Some(g) = g {
                x.add(i, 1.0, *g, if *g >= 0.0 { 1 } else { 4 });
            }
        }
        x
    }

    #[test]
    fn long_silences_at_a_segments_edges_are_their_own_segments() {
        // 100 empty years, three events in years 100..103, 50 empty years.
        let mut scores = vec![None; 153];
        for s in &mut scores[100..103] {
            *s = Some(-4.0);
        }
        let x = yearly(&scores);
        assert_eq!(
            split_empty_edges(&x, vec![0..153]),
            vec![0..100, 100..103, 103..153]
        );
        // Short silences stay: a busy segment with a few empty years at its ends.
        let mut scores = vec![Some(3.0); 20];
        scores[0] = None;
        scores[19] = None;
        let x = yearly(&scores);
        assert_eq!(split_empty_edges(&x, vec![0..20]), vec![0..20]);
        // A segment with no events at all is left whole.
        let x = yearly(&[None; 10]);
        assert_eq!(split_empty_edges(&x, vec![0..10]), vec![0..10]);
    }

    #[test]
    fn finds_a_planted_change_in_mean() {
        let scores: Vec<_> = (0..40)
            .map(|i| {
                Some(if i < 25 {
                    5.0 + (i % 3) as f64
                } else {
                    -7.0 - (i % 2) as f64
                })
            })
            .collect();
        let x = yearly(&scores);
        let segs = segment(&x, 2.0, default_penalty(40));
        assert_eq!(segs, vec![0..25, 25..40]);
        let labelled = label_and_join(&x, segs, 1.0);
        assert_eq!(
            labelled.iter().map(|s| s.1).collect::<Vec<_>>(),
            vec![Relation::Cooperative, Relation::Hostile]
        );
    }

    #[test]
    fn a_gap_without_events_is_quiet() {
        let mut scores = vec![Some(6.0); 10];
        scores.extend(vec![None; 60]);
        scores.extend(vec![Some(6.0); 10]);
        let x = yearly(&scores);
        let labelled = label_and_join(&x, segment(&x, 2.0, default_penalty(20)), 20.0 / 80.0);
        let rels: Vec<_> = labelled.iter().map(|s| s.1).collect();
        assert_eq!(
            rels,
            vec![
                Relation::Cooperative,
                Relation::Quiet,
                Relation::Cooperative
            ]
        );
        assert_eq!(labelled[1].0, 10..70);
    }

    #[test]
    fn no_change_in_steady_noise() {
        let scores: Vec<_> = (0..50)
            .map(|i| Some([3.0, 7.0, 4.0, 6.0, 5.0][i % 5]))
            .collect();
        let x = yearly(&scores);
        assert_eq!(
            segment(
                &x,
                sigma(&scores.iter().flatten().copied().collect::<Vec<_>>()),
                default_penalty(50)
            )
            .len(),
            1
        );
    }

    #[test]
    fn mixed_stretches_leaning_apart_stay_apart() {
        // Both halves mix cooperation and conflict; one leans up, one down.
        let mut x = Series::new(60, |_| 1.0);
        for i in 0..60 {
            let (up, down) = if i < 30 { (8.0, -5.0) } else { (5.0, -8.0) };
            if i % 2 == 0 {
                x.add(i, 1.0, up, 1);
            } else {
                x.add(i, 1.0, down, 4);
            }
        }
        let segs = segment(&x, 4.0, default_penalty(60));
        let labelled = label_and_join(&x, segs, 1.0);
        let rels: Vec<_> = labelled.iter().map(|s| s.1).collect();
        assert_eq!(rels, vec![Relation::Mixed, Relation::Mixed]);
        assert!((28..=32).contains(&labelled[1].0.start), "{labelled:?}");
    }

    #[test]
    fn sigma_ignores_a_few_jumps() {
        let mut s: Vec<f64> = (0..30).map(|i| 4.0 + (i % 2) as f64 * 2.0).collect();
        s.extend((0..30).map(|i| -6.0 + (i % 2) as f64 * 2.0));
        let sd = sigma(&s);
        assert!(sd < 3.5, "{sd}");
        assert_eq!(sigma(&[1.0; 20]), MIN_SIGMA);
        let alternating: Vec<f64> = (0..20)
            .map(|i| if i % 2 == 0 { -10.0 } else { 8.0 })
            .collect();
        assert_eq!(sigma(&alternating), MAX_SIGMA);
    }

    #[test]
    fn a_relation_lasts_until_an_event_changes_it() {
        // An alliance in year 0, silence, then quarrels from year 7 on.
        let mut scores = vec![Some(8.0), Some(7.0)];
        scores.extend([None; 5]);
        scores.extend([Some(-2.0), Some(-4.0), Some(-6.0), Some(-10.0)]);
        let x = yearly(&scores);
        let phases = vec![(0..2, Relation::Cooperative), (2..11, Relation::Hostile)];
        let carried = carry_forward(&x, phases, 6.0 / 11.0);
        assert_eq!(
            carried,
            vec![(0..7, Relation::Cooperative), (7..11, Relation::Hostile)]
        );
        // Not past a quiet phase, which is a finding of its own.
        let phases = vec![
            (0..2, Relation::Cooperative),
            (2..7, Relation::Quiet),
            (7..11, Relation::Hostile),
        ];
        assert_eq!(carry_forward(&x, phases.clone(), 6.0 / 11.0), phases);
        // Fighting holds the same way, until the first sign of peace...
        let mut x = yearly(&[
            Some(-10.0),
            Some(-9.0),
            None,
            None,
            None,
            Some(8.0),
            Some(7.0),
        ]);
        let phases = vec![(0..2, Relation::Hostile), (2..7, Relation::Cooperative)];
        assert_eq!(carry_forward(&x, phases.clone(), 4.0 / 7.0), phases);
        x.add_fighting(1, 1.0);
        assert_eq!(
            carry_forward(&x, phases.clone(), 4.0 / 7.0),
            vec![(0..5, Relation::Hostile), (5..7, Relation::Cooperative)]
        );
        // ...but only fighting in the phase's last busy year: a war that ended
        // in a dictated treaty (coercion, no fighting) is over.
        let mut x = yearly(&[
            Some(-10.0),
            Some(-7.0),
            None,
            None,
            None,
            Some(8.0),
            Some(7.0),
        ]);
        x.add_fighting(0, 1.0);
        assert_eq!(carry_forward(&x, phases.clone(), 4.0 / 7.0), phases);
        // A mixed phase carries nothing: it says no relation held.
        let phases = vec![(0..2, Relation::Mixed), (2..7, Relation::Cooperative)];
        assert_eq!(carry_forward(&x, phases.clone(), 4.0 / 7.0), phases);
    }

    #[test]
    fn a_war_outweighs_a_word_of_support() {
        // One endorsement (+3.5) and one battle (-10) in the same year: by count
        // an even split, by weight of what happened hostile.
        let mut x = Series::new(1, |_| 1.0);
        x.add(0, 1.0, 3.5, 1);
        x.add(0, 1.0, -10.0, 4);
        assert_eq!(label(&x.stats(0..1), 0.5), Relation::Hostile);
        // Two endorsements and a protest stay cooperative.
        let mut x = Series::new(1, |_| 1.0);
        x.add(0, 1.0, 3.5, 1);
        x.add(0, 1.0, 3.5, 1);
        x.add(0, 1.0, -2.0, 3);
        assert_eq!(label(&x.stats(0..1), 0.5), Relation::Cooperative);
    }

    #[test]
    fn labels() {
        let st = |w: f64, s: f64, quad: [f64; 4], years: f64| Stats {
            w,
            s,
            q: 0.0,
            quad,
            side: [0.0; 2],
            years,
        };
        assert_eq!(
            label(&st(4.0, 20.0, [2.0, 2.0, 0.0, 0.0], 4.0), 1.0),
            Relation::Cooperative
        );
        assert_eq!(
            label(&st(4.0, -20.0, [0.0, 0.0, 1.0, 3.0], 4.0), 1.0),
            Relation::Hostile
        );
        assert_eq!(
            label(&st(4.0, 2.0, [2.0, 0.0, 0.0, 2.0], 4.0), 1.0),
            Relation::Mixed
        );
        assert_eq!(
            label(&st(4.0, 20.0, [2.0, 2.0, 0.0, 0.0], 40.0), 1.0),
            Relation::Quiet
        );
        assert_eq!(
            label(&st(0.4, 3.0, [0.4, 0.0, 0.0, 0.0], 1.0), 0.1),
            Relation::Quiet
        );
        assert_eq!(
            label(&st(1.0, -10.0, [0.0, 0.0, 0.0, 1.0], 37.0), 0.08),
            Relation::Hostile
        );
        // One criticism alone does not make a hostile period; one war does.
        assert_eq!(
            label(&st(1.0, -2.0, [0.0, 0.0, 1.0, 0.0], 1.0), 0.1),
            Relation::Mixed
        );
        assert_eq!(
            label(&st(1.0, -10.0, [0.0, 0.0, 0.0, 1.0], 1.0), 0.1),
            Relation::Hostile
        );
    }

    proptest! {
        #[test]
        fn segments_tile_the_series(scores in proptest::collection::vec(proptest::option::of(-10.0f64..10.0), 1..120), pen in 0.1f64..20.0) {
            let x = yearly(&scores);
            let segs = segment(&x, 2.0, pen);
            prop_assert_eq!(segs.first().unwrap().start, 0);
            prop_assert_eq!(segs.last().unwrap().end, scores.len());
            prop_assert!(segs.iter().all(|r| r.start < r.end));
            prop_assert!(segs.windows(2).all(|w| w[0].end == w[1].start));
            let joined = label_and_join(&x, segs, 0.5);
            prop_assert_eq!(joined.first().unwrap().0.start, 0);
            prop_assert_eq!(joined.last().unwrap().0.end, scores.len());
            prop_assert!(joined.windows(2).all(|w| w[0].0.end == w[1].0.start));
            prop_assert!(joined.windows(2).all(|w| w[0].1 != w[1].1 || w[0].1 == Relation::Mixed));
        }

        #[test]
        fn pruning_finds_the_optimum(scores in proptest::collection::vec(proptest::option::of(-10.0f64..10.0), 1..40), pen in 0.5f64..10.0) {
            // Exhaustive optimal partitioning without pruning, to check PELT against.
            let x = yearly(&scores);
            let pre = Prefix::new(&x);
            let n = scores.len();
            let mut best = vec![f64::INFINITY; n + 1];
            best[0] = -pen;
            for t in 1..=n {
                for s in 0..t {
                    best[t] = best[t].min(best[s] + pre.cost(s, t, 8.0) + pen);
                }
            }
            let segs = segment(&x, 2.0, pen);
            let total: f64 = segs.iter().map(|r| pre.cost(r.start, r.end, 8.0) + pen).sum::<f64>() - pen;
            prop_assert!((total - best[n]).abs() < 1e-6, "{total} vs {}", best[n]);
        }
    }
}
