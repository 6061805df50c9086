//! Which events lie between two actors, and which pairs of actors have the
//! most events.

use std::collections::HashMap;

use annals_code::Event;
use serde::Serialize;

use crate::Error;

/// Two actors named by their `country` codes, in both directions or one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Dyad {
    /// The first actor (the source, when directed).
    pub a: String,
    /// The second actor (the target, when directed).
    pub b: String,
    /// Only events from `a` to `b` (mutual events count both ways).
    pub directed: bool,
}

/// How an event runs between the two actors of a dyad.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// From the first actor to the second.
    Forward,
    /// From the second actor to the first.
    Backward,
    /// Mutual ("X and Y signed").
    Mutual,
}

impl Dyad {
    /// Parses `AAA-BBB` (case-insensitive): two codes of two to six letters.
    pub fn parse(s: &str, directed: bool) -> Result<Dyad, Error> {
        let bad = || Error::Dyad(s.to_string());
        let (a, b) = s.trim().split_once('-').ok_or_else(bad)?;
        let code = |c: &str| {
            let c = c.trim().to_ascii_uppercase();
            ((2..=6).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_alphabetic())).then_some(c)
        };
        Ok(Dyad {
            a: code(a).ok_or_else(bad)?,
            b: code(b).ok_or_else(bad)?,
            directed,
        })
    }

    /// `AAA-BBB`.
    pub fn name(&self) -> String {
        format!("{}-{}", self.a, self.b)
    }

    /// How `e` runs between the two actors, or `None` when it is not theirs.
    /// Negated events and events without both actors are never theirs.
    pub fn matches(&self, e: &Event) -> Option<Direction> {
        if e.negated {
            return None;
        }
        let (s, t) = (&e.source.as_ref()?.country, &e.target.as_ref()?.country);
        let forward = *s == self.a && *t == self.b;
        let backward = *s == self.b && *t == self.a;
        let dir = match (forward, backward) {
            (false, false) => return None,
            _ if e.symmetric => Direction::Mutual,
            (true, _) => Direction::Forward,
            (false, true) => Direction::Backward,
        };
        (!self.directed || dir != Direction::Backward).then_some(dir)
    }
}

/// One pair of actors and what passed between them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DyadCount {
    /// `AAA-BBB`: alphabetical when undirected, source first when directed.
    pub dyad: String,
    /// Events (negated ones left out).
    pub events: u64,
    /// Events of quad classes 1 and 2.
    pub cooperation: u64,
    /// Events of quad classes 3 and 4.
    pub conflict: u64,
    /// Mean Goldstein score.
    pub goldstein_mean: f64,
    /// Earliest year of a dated event.
    pub first: Option<i32>,
    /// Latest year of a dated event.
    pub last: Option<i32>,
}

/// Counts events per pair of actors, for `annals timeline --top`.
#[derive(Debug, Default)]
pub struct DyadCounter {
    directed: bool,
    counts: HashMap<(String, String), Tally>,
}

#[derive(Debug, Default)]
struct Tally {
    events: u64,
    cooperation: u64,
    conflict: u64,
    goldstein: f64,
    first: Option<i32>,
    last: Option<i32>,
}

impl DyadCounter {
    /// A counter of unordered pairs, or of ordered ones when `directed` (a mutual
    /// event then counts in both directions).
    pub fn new(directed: bool) -> DyadCounter {
        DyadCounter {
            directed,
            counts: HashMap::new(),
        }
    }

    /// Counts one event (negated events and events without two actors are skipped).
    pub fn add(&mut self, e: &Event) {
        let (Some(s), Some(t)) = (&e.source, &e.target) else {
            return;
        };
        if e.negated {
            return;
        }
        let (s, t) = (s.country.to_string(), t.country.to_string());
        let keys = if !self.directed {
            vec![if s <= t { (s, t) } else { (t, s) }]
        } else if e.symmetric && s != t {
            vec![(s.clone(), t.clone()), (t, s)]
        } else {
            vec![(s, t)]
        };
        let years = e
            .date
            .as_ref()
            .and_then(crate::grid::interval)
            .map(|(a, b)| (a.year, b.year));
        for k in keys {
            let c = self.counts.entry(k).or_default();
            c.events += 1;
            match e.event.quad_class {
                1 | 2 => c.cooperation += 1,
                3 | 4 => c.conflict += 1,
                _ => {}
            }
            c.goldstein += e.event.goldstein as f64;
            if let Some((a, b)) = years {
                c.first = Some(c.first.map_or(a, |f| f.min(a)));
                c.last = Some(c.last.map_or(b, |l| l.max(b)));
            }
        }
    }

    /// The `limit` pairs with the most events, most first (ties by name).
    pub fn top(&self, limit: usize) -> Vec<DyadCount> {
        let mut v: Vec<DyadCount> = self
            .counts
            .iter()
            .map(|((a, b), c)| DyadCount {
                dyad: format!("{a}-{b}"),
                events: c.events,
                cooperation: c.cooperation,
                conflict: c.conflict,
                goldstein_mean: crate::round(c.goldstein / c.events.max(1) as f64),
                first: c.first,
                last: c.last,
            })
            .collect();
        v.sort_by(|x, y| y.events.cmp(&x.events).then_with(|| x.dyad.cmp(&y.dyad)));
        v.truncate(limit);
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::event;

    #[test]
    fn parse_accepts_codes_and_rejects_junk() {
        let d = Dyad::parse("chn-RUS", false).unwrap();
        assert_eq!(
            (d.a.as_str(), d.b.as_str(), d.name()),
            ("CHN", "RUS", "CHN-RUS".to_string())
        );
        for bad in [
            "CHN",
            "CHN-",
            "-RUS",
            "CH1-RUS",
            "CHN RUS",
            "CHN-RUS-USA",
            "",
        ] {
            assert!(Dyad::parse(bad, false).is_err(), "{bad}");
        }
    }

    #[test]
    fn directions_and_negation() {
        let und = Dyad::parse("CHN-RUS", false).unwrap();
        let dir = Dyad::parse("CHN-RUS", true).unwrap();
        let fwd = event("a", "CHN", "RUS", "190", "1969", "1969", false);
        let back = event("b", "RUS", "CHN", "190", "1969", "1969", false);
        let mutual = event("c", "RUS", "CHN", "057", "1689", "1689", true);
        let other = event("d", "CHN", "USA", "057", "1972", "1972", false);
        let mut neg = fwd.clone();
        neg.negated = true;
        assert_eq!(und.matches(&fwd), Some(Direction::Forward));
        assert_eq!(und.matches(&back), Some(Direction::Backward));
        assert_eq!(dir.matches(&back), None);
        assert_eq!(dir.matches(&mutual), Some(Direction::Mutual));
        assert_eq!(und.matches(&other), None);
        assert_eq!(und.matches(&neg), None);
    }

    #[test]
    fn top_counts_pairs_both_ways() {
        let evs = [
            event("a", "CHN", "RUS", "190", "1969", "1969", false),
            event("b", "RUS", "CHN", "057", "1689", "1689", true),
            event("c", "CHN", "USA", "042", "1972", "1972", false),
        ];
        let mut c = DyadCounter::new(false);
        evs.iter().for_each(|e| c.add(e));
        let top = c.top(10);
        assert_eq!(top[0].dyad, "CHN-RUS");
        assert_eq!(
            (top[0].events, top[0].cooperation, top[0].conflict),
            (2, 1, 1)
        );
        assert_eq!((top[0].first, top[0].last), (Some(1689), Some(1969)));
        let mut d = DyadCounter::new(true);
        evs.iter().for_each(|e| d.add(e));
        let names: Vec<_> = d.top(10).into_iter().map(|x| (x.dyad, x.events)).collect();
        assert_eq!(
            names,
            vec![
                ("CHN-RUS".into(), 2),
                ("CHN-USA".into(), 1),
                ("RUS-CHN".into(), 1)
            ]
        );
    }
}
