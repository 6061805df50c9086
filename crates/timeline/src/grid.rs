//! Calendar periods (day to millennium) laid end to end over a span, and the
//! spreading of an event's date interval over them.

use annals_code::EventDate;
use annals_time::Date;

use crate::Error;

/// A calendar period length.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// One day.
    Day,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
    /// Years `d0` to `d9` (the 1960s).
    Decade,
    /// Years `c00` to `c99` (the 1900s).
    Century,
    /// Years `m000` to `m999`.
    Millennium,
}

impl Unit {
    /// Every unit, finest first.
    pub const ALL: [Unit; 6] = [
        Unit::Day,
        Unit::Month,
        Unit::Year,
        Unit::Decade,
        Unit::Century,
        Unit::Millennium,
    ];

    /// Parses a unit name (`year`, `decade`, ...).
    pub fn parse(s: &str) -> Result<Unit, Error> {
        Unit::ALL
            .into_iter()
            .find(|u| u.as_str() == s)
            .ok_or_else(|| Error::Period(s.to_string()))
    }

    /// The unit's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Day => "day",
            Unit::Month => "month",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
            Unit::Millennium => "millennium",
        }
    }

    /// The unit for summary rows over a span of `days`: the coarsest that still
    /// gives at least eight rows (a 500-year history by decade, a war of five
    /// years by month).
    pub fn auto_for_rows(days: i64) -> Unit {
        let years = days as f64 / 365.2425;
        let rows = |u: Unit| match u {
            Unit::Day => days as f64,
            Unit::Month => years * 12.0,
            Unit::Year => years,
            Unit::Decade => years / 10.0,
            Unit::Century => years / 100.0,
            Unit::Millennium => years / 1000.0,
        };
        Unit::ALL
            .into_iter()
            .rev()
            .find(|&u| rows(u) >= 8.0)
            .unwrap_or(Unit::Day)
    }

    /// The finest unit that cuts `days` into at most `max_bins` periods.
    pub fn finest_within(days: i64, max_bins: i64) -> Unit {
        let years = days as f64 / 365.2425;
        let bins = |u: Unit| match u {
            Unit::Day => days as f64,
            Unit::Month => years * 12.0,
            Unit::Year => years,
            Unit::Decade => years / 10.0,
            Unit::Century => years / 100.0,
            Unit::Millennium => years / 1000.0,
        };
        Unit::ALL
            .into_iter()
            .find(|&u| bins(u) <= max_bins as f64)
            .unwrap_or(Unit::Millennium)
    }

    /// The unit a date interval of `days` days is known to: a day, a month, a
    /// year, a decade, a century, or more.
    pub fn of_length(days: i64) -> Unit {
        match days {
            ..=1 => Unit::Day,
            ..=31 => Unit::Month,
            ..=366 => Unit::Year,
            ..=3653 => Unit::Decade,
            ..=36525 => Unit::Century,
            _ => Unit::Millennium,
        }
    }

    /// The first day of the period that holds `d`.
    pub fn floor(self, d: Date) -> Date {
        let years = |n: i32| Date::year_start(d.year.div_euclid(n) * n);
        match self {
            Unit::Day => d,
            Unit::Month => Date {
                year: d.year,
                month: d.month,
                day: 1,
            },
            Unit::Year => years(1),
            Unit::Decade => years(10),
            Unit::Century => years(100),
            Unit::Millennium => years(1000),
        }
    }

    /// The first day of the next period, given the first day of one.
    fn next(self, start: Date) -> Date {
        let years = |n: i32| Date::year_start(start.year.saturating_add(n));
        match self {
            Unit::Day => start.add_days(1),
            Unit::Month if start.month == 12 => Date::year_start(start.year.saturating_add(1)),
            Unit::Month => Date {
                year: start.year,
                month: start.month + 1,
                day: 1,
            },
            Unit::Year => years(1),
            Unit::Decade => years(10),
            Unit::Century => years(100),
            Unit::Millennium => years(1000),
        }
    }

    /// A short name for the period starting on `start`: `1969-07-20`, `1969-07`,
    /// `1969`, `1960s`, `1900s`, `1000s`; BCE years keep their astronomical sign.
    pub fn label(self, start: Date) -> String {
        let y = start.year;
        match self {
            Unit::Day => start.to_string(),
            Unit::Month => format!("{y}-{:02}", start.month),
            Unit::Year => y.to_string(),
            Unit::Decade | Unit::Century | Unit::Millennium => format!("{y}s"),
        }
    }
}

/// Contiguous periods of one unit covering a span: bin `i` is the closed day
/// range `[starts[i], starts[i + 1] - 1]`.
#[derive(Clone, Debug)]
pub(crate) struct Grid {
    unit: Unit,
    /// Day numbers of each bin's first day, plus one past the last bin.
    starts: Vec<i64>,
}

impl Grid {
    /// The periods of `unit` that cover `[first, last]`.
    pub fn new(unit: Unit, first: Date, last: Date) -> Grid {
        let mut d = unit.floor(first.min(last));
        let last = first.max(last);
        let mut starts = vec![d.to_days()];
        while d <= last {
            d = unit.next(d);
            starts.push(d.to_days());
        }
        Grid { unit, starts }
    }

    /// The unit.
    pub fn unit(&self) -> Unit {
        self.unit
    }

    /// Number of periods.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// First and last day of period `i`.
    pub fn bounds(&self, i: usize) -> (Date, Date) {
        (
            Date::from_days(self.starts[i]),
            Date::from_days(self.starts[i + 1] - 1),
        )
    }

    /// The label of period `i`.
    pub fn label(&self, i: usize) -> String {
        self.unit.label(Date::from_days(self.starts[i]))
    }

    /// Length of period `i` in years.
    pub fn years(&self, i: usize) -> f64 {
        (self.starts[i + 1] - self.starts[i]) as f64 / 365.2425
    }

    /// The period holding day number `day`, if the grid covers it.
    pub fn index_of(&self, day: i64) -> Option<usize> {
        if day < self.starts[0] || day >= *self.starts.last()? {
            return None;
        }
        Some(self.starts.partition_point(|&s| s <= day) - 1)
    }

    /// Spreads one unit of weight uniformly over the days `[start, end]` and
    /// writes each period's share into `out` (cleared first). Days outside the
    /// grid carry their share nowhere, so the shares sum to one exactly when the
    /// grid covers the interval.
    pub fn spread(&self, start: i64, end: i64, out: &mut Vec<(usize, f64)>) {
        out.clear();
        let (start, end) = (start.min(end), start.max(end));
        let total = (end - start + 1) as f64;
        let first = match self.index_of(start) {
            Some(i) => i,
            None if start < self.starts[0] => 0,
            None => return,
        };
        for i in first..self.len() {
            let (s, e) = (self.starts[i], self.starts[i + 1] - 1);
            if s > end {
                break;
            }
            let overlap = (e.min(end) - s.max(start) + 1) as f64;
            if overlap > 0.0 {
                out.push((i, overlap / total));
            }
        }
    }
}

/// The closed day interval of an event date, if its bounds parse.
pub fn interval(d: &EventDate) -> Option<(Date, Date)> {
    let a = Date::parse_bound(&d.start, false)?;
    let b = Date::parse_bound(&d.end, true)?;
    Some((a.min(b), a.max(b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn decades_and_bce_floor_to_their_start() {
        assert_eq!(Unit::Decade.floor(ymd(1969, 7, 20)), Date::year_start(1960));
        assert_eq!(Unit::Decade.floor(ymd(-43, 3, 15)), Date::year_start(-50));
        assert_eq!(
            Unit::Century.floor(ymd(1999, 12, 31)),
            Date::year_start(1900)
        );
        assert_eq!(Unit::Month.floor(ymd(2000, 2, 29)), ymd(2000, 2, 1));
    }

    #[test]
    fn grid_covers_its_span_with_labels() {
        let g = Grid::new(Unit::Decade, ymd(1652, 5, 1), ymd(1689, 8, 27));
        assert_eq!(g.len(), 4);
        assert_eq!(g.label(0), "1650s");
        assert_eq!(g.bounds(3), (Date::year_start(1680), Date::year_end(1689)));
        let m = Grid::new(Unit::Month, ymd(2019, 11, 3), ymd(2020, 2, 1));
        assert_eq!((m.len(), m.label(2)), (4, "2020-01".to_string()));
    }

    #[test]
    fn a_century_weighs_a_hundredth_on_each_year() {
        let g = Grid::new(Unit::Year, Date::year_start(1601), Date::year_end(1700));
        let mut out = Vec::new();
        g.spread(
            Date::year_start(1601).to_days(),
            Date::year_end(1700).to_days(),
            &mut out,
        );
        assert_eq!(out.len(), 100);
        assert!(out.iter().all(|&(_, w)| (w - 0.01).abs() < 2e-4), "{out:?}");
        // One day weighs fully on its year.
        g.spread(
            ymd(1689, 8, 27).to_days(),
            ymd(1689, 8, 27).to_days(),
            &mut out,
        );
        assert_eq!(out, vec![(88, 1.0)]);
    }

    #[test]
    fn auto_units_follow_the_span() {
        let years = |y: f64| (y * 365.2425) as i64;
        assert_eq!(Unit::auto_for_rows(years(385.0)), Unit::Decade);
        assert_eq!(Unit::auto_for_rows(years(501.0)), Unit::Decade);
        assert_eq!(Unit::auto_for_rows(years(3000.0)), Unit::Century);
        assert_eq!(Unit::auto_for_rows(years(12.0)), Unit::Year);
        assert_eq!(Unit::auto_for_rows(years(5.0)), Unit::Month);
        assert_eq!(Unit::auto_for_rows(years(0.5)), Unit::Day);
        assert_eq!(Unit::auto_for_rows(1), Unit::Day);
        assert_eq!(Unit::finest_within(385 * 365, 4000), Unit::Year);
        assert_eq!(Unit::finest_within(300, 4000), Unit::Day);
        assert_eq!(Unit::finest_within(5 * 365, 4000), Unit::Day);
        assert_eq!(Unit::finest_within(30 * 365, 4000), Unit::Month);
        assert_eq!(Unit::of_length(1), Unit::Day);
        assert_eq!(Unit::of_length(28), Unit::Month);
        assert_eq!(Unit::of_length(366), Unit::Year);
        assert_eq!(Unit::of_length(38 * 365), Unit::Century);
        assert_eq!(Unit::finest_within(50_000 * 365, 4000), Unit::Century);
    }

    proptest! {
        #[test]
        fn shares_of_an_event_sum_to_one(y0 in -3000i32..3000, len in 0i64..60_000, off in 0i64..400, pad in 0i64..5000) {
            let start = Date::year_start(y0).add_days(off);
            let end = start.add_days(len);
            for unit in Unit::ALL {
                if unit == Unit::Day && len > 5000 { continue; }
                let g = Grid::new(unit, start.add_days(-pad), end.add_days(pad));
                let mut out = Vec::new();
                g.spread(start.to_days(), end.to_days(), &mut out);
                let sum: f64 = out.iter().map(|&(_, w)| w).sum();
                prop_assert!((sum - 1.0).abs() < 1e-9, "{unit:?}: {sum}");
                prop_assert!(out.windows(2).all(|w| w[1].0 == w[0].0 + 1));
            }
        }

        #[test]
        fn bins_tile_the_span(y0 in -2000i32..2100, len in 0i64..20_000) {
            let first = Date::year_start(y0).add_days(len % 365);
            let last = first.add_days(len);
            for unit in [Unit::Month, Unit::Year, Unit::Decade, Unit::Century] {
                let g = Grid::new(unit, first, last);
                prop_assert!(g.bounds(0).0 <= first && g.bounds(g.len() - 1).1 >= last);
                for i in 1..g.len() {
                    prop_assert_eq!(g.bounds(i).0, g.bounds(i - 1).1.add_days(1));
                }
            }
        }
    }
}
