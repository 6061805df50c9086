//! Calendar values as time expressions name them: a millennium, a century, a
//! decade, a year, a season, a half, a month, a day (and a time of day), with the
//! year possibly unknown. Each knows its TIMEX3 value, its EDTF string and the
//! interval of days it covers, and can be shifted by whole units.
//!
//! Years are astronomical (1 BC is 0). Decades, centuries and millennia are kept
//! by the astronomical year they start in, so that shifting is plain addition;
//! their TIMEX3 values follow the way people count them: `185` for the 1850s,
//! `18` for the nineteenth century (the 1800s), `BC047` for the 470s BC, `BC03`
//! for the fourth century BC (400–301 BC).

use crate::date::{push_month_day, push_padded, push_year};
use crate::{format_year, Date, Interval, Precision};

/// Granularity of a calendar value, coarsest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gran {
    Millennium,
    Century,
    Decade,
    Year,
    Half,
    Season,
    Month,
    Day,
}

/// A season of the (northern) year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Autumn => "FA",
            Season::Winter => "WI",
        }
    }

    /// EDTF season numbers (21–24).
    fn edtf(self) -> u8 {
        match self {
            Season::Spring => 21,
            Season::Summer => 22,
            Season::Autumn => 23,
            Season::Winter => 24,
        }
    }

    /// First month and number of months, for all but winter (see `Cal::interval`).
    fn months(self) -> (u8, u8) {
        match self {
            Season::Spring => (3, 3),
            Season::Summer => (6, 3),
            Season::Autumn => (9, 3),
            Season::Winter => (12, 3),
        }
    }

    /// Position in the year of its name: a winter comes first, as it ends in
    /// the year it is named by.
    fn order(self) -> i32 {
        match self {
            Season::Winter => 0,
            Season::Spring => 1,
            Season::Summer => 2,
            Season::Autumn => 3,
        }
    }

    fn from_order(i: i32) -> Season {
        match i {
            0 => Season::Winter,
            1 => Season::Spring,
            2 => Season::Summer,
            _ => Season::Autumn,
        }
    }
}

/// A part of a day, or a clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tod {
    Morning,
    Afternoon,
    Evening,
    Night,
    Noon,
    Midnight,
    /// Hours, minutes and seconds if given.
    Clock(u8, u8, Option<u8>),
}

impl Tod {
    fn code(self) -> String {
        match self {
            Tod::Morning => "MO".into(),
            Tod::Afternoon => "AF".into(),
            Tod::Evening => "EV".into(),
            Tod::Night => "NI".into(),
            Tod::Noon => "12:00".into(),
            Tod::Midnight => "24:00".into(),
            Tod::Clock(h, m, None) => format!("{h:02}:{m:02}"),
            Tod::Clock(h, m, Some(s)) => format!("{h:02}:{m:02}:{s:02}"),
        }
    }
}

/// A calendar value. `year` is the astronomical year (the first year, for
/// decades, centuries and millennia); `known == false` when the text gave no
/// year and none could be inferred (`XXXX-04`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cal {
    pub gran: Gran,
    pub year: i32,
    pub known: bool,
    pub month: u8,
    pub day: u8,
    /// Season for `Gran::Season`, 1 or 2 for `Gran::Half`.
    pub sub: u8,
    pub season: Season,
    pub tod: Option<Tod>,
}

impl Cal {
    fn base(gran: Gran, year: i32) -> Cal {
        Cal { gran, year, known: true, month: 1, day: 1, sub: 0, season: Season::Spring, tod: None }
    }

    pub fn year(y: i32) -> Cal {
        Cal::base(Gran::Year, y)
    }

    pub fn month(y: i32, m: u8) -> Cal {
        Cal { month: m, ..Cal::base(Gran::Month, y) }
    }

    /// A day; clamped into the month so that no invalid day exists.
    pub fn day(y: i32, m: u8, d: u8) -> Cal {
        let d = d.clamp(1, crate::days_in_month(y, m).max(1));
        Cal { month: m, day: d, ..Cal::base(Gran::Day, y) }
    }

    pub fn season(y: i32, s: Season) -> Cal {
        Cal { season: s, ..Cal::base(Gran::Season, y) }
    }

    pub fn half(y: i32, h: u8) -> Cal {
        Cal { sub: h, ..Cal::base(Gran::Half, y) }
    }

    /// The decade of an AD count (`185` → the 1850s).
    pub fn decade_ad(n: i32) -> Cal {
        Cal::base(Gran::Decade, n * 10)
    }

    /// The decade of a BC count (`47` → the 470s BC, 479–470 BC).
    pub fn decade_bc(n: i32) -> Cal {
        Cal::base(Gran::Decade, 1 - (n * 10 + 9))
    }

    /// The `n`th century AD (1-based: 19 → the 1800s).
    pub fn century_ad(n: i32) -> Cal {
        Cal::base(Gran::Century, (n - 1) * 100)
    }

    /// The `n`th century BC (1-based: 4 → 400–301 BC).
    pub fn century_bc(n: i32) -> Cal {
        Cal::base(Gran::Century, 1 - n * 100)
    }

    /// The `n`th millennium AD (1-based).
    pub fn millennium_ad(n: i32) -> Cal {
        Cal::base(Gran::Millennium, (n - 1) * 1000)
    }

    /// The `n`th millennium BC (1-based).
    pub fn millennium_bc(n: i32) -> Cal {
        Cal::base(Gran::Millennium, 1 - n * 1000)
    }

    /// The decade, century or millennium that contains astronomical year `y`,
    /// counted the way its era counts.
    pub fn containing(gran: Gran, y: i32) -> Cal {
        let len = unit_years(gran);
        match gran {
            Gran::Decade | Gran::Century | Gran::Millennium if y <= 0 => {
                // BC: decades run 479..470 BC, centuries 400..301 BC.
                let bc = 1 - y; // historical BC year
                let n = if gran == Gran::Decade { bc / 10 } else { (bc - 1) / len };
                match gran {
                    Gran::Decade => Cal::decade_bc(n),
                    Gran::Century => Cal::century_bc(n + 1),
                    _ => Cal::millennium_bc(n + 1),
                }
            }
            Gran::Decade | Gran::Century | Gran::Millennium => Cal::base(gran, y.div_euclid(len) * len),
            _ => Cal::year(y),
        }
    }

    /// The precision of this value in records.
    pub fn precision(&self) -> Precision {
        if self.tod.is_some() {
            return Precision::Day;
        }
        match self.gran {
            Gran::Millennium => Precision::Millennium,
            Gran::Century => Precision::Century,
            Gran::Decade => Precision::Decade,
            Gran::Year => Precision::Year,
            Gran::Half | Gran::Season => Precision::Season,
            Gran::Month => Precision::Month,
            Gran::Day => Precision::Day,
        }
    }

    /// The TIMEX3 value: `1917`, `1917-10`, `1917-10-25`, `1858-SP`, `2008-H2`,
    /// `185`, `18`, `1`, `BC0044`, `BC047`, `BC03`, `XXXX-04`, `1965-01-31TMO`.
    pub fn value(&self) -> String {
        let mut s = match self.gran {
            Gran::Millennium | Gran::Century | Gran::Decade => self.span_value(),
            _ if !self.known => "XXXX".to_string(),
            _ if self.year <= 0 => format!("BC{:04}", 1 - self.year),
            _ => {
                let mut s = String::with_capacity(16);
                push_padded(&mut s, self.year.unsigned_abs(), 4);
                s
            }
        };
        match self.gran {
            Gran::Half => s.push_str(&format!("-H{}", self.sub)),
            Gran::Season => {
                s.push('-');
                s.push_str(self.season.code());
            }
            Gran::Month => push_month_day(&mut s, Some(self.month), None),
            Gran::Day => push_month_day(&mut s, Some(self.month), Some(self.day)),
            _ => {}
        }
        if let Some(t) = self.tod {
            match self.gran {
                Gran::Day => {}
                Gran::Month => s.push_str("-XX"),
                _ => s.push_str("-XX-XX"),
            }
            s.push('T');
            s.push_str(&t.code());
        }
        s
    }

    fn span_value(&self) -> String {
        let len = unit_years(self.gran);
        let digits = match self.gran {
            Gran::Decade => 3,
            Gran::Century => 2,
            _ => 1,
        };
        // BC spans start before year 0; the first century AD starts at 0.
        if self.year < 0 {
            let n = match self.gran {
                Gran::Decade => (-self.year - 8) / 10,
                _ => (1 - self.year) / len - 1,
            };
            if n < 0 {
                return format!("BC{:0w$}", n, w = digits);
            }
            let mut s = String::with_capacity(8);
            s.push_str("BC");
            push_padded(&mut s, n as u32, digits);
            s
        } else {
            let mut s = String::with_capacity(8);
            push_padded(&mut s, (self.year / len) as u32, digits);
            s
        }
    }

    /// The days covered. Unknown years give `None`.
    pub fn interval(&self) -> Option<Interval> {
        if !self.known {
            return None;
        }
        let y = self.year;
        Some(match self.gran {
            Gran::Millennium | Gran::Century | Gran::Decade => Interval::years(y, y + unit_years(self.gran) - 1),
            Gran::Year => Interval::year(y),
            Gran::Half => {
                let m0 = if self.sub == 2 { 7 } else { 1 };
                Interval::new(Date { year: y, month: m0, day: 1 }, Date::month_end(y, m0 + 5))
            }
            // Winter `y` is December of `y - 1` to February of `y` (so "the winter
            // of 1941–42" is 1942-WI); a winter named by one year alone ("the winter
            // of 1941") may be either, and covers both.
            Gran::Season => match (self.season, self.sub) {
                (Season::Winter, 1) => Interval::new(Date { year: y, month: 1, day: 1 }, Date::month_end(y + 1, 2)),
                (Season::Winter, _) => month_run(y - 1, 12, 3),
                (s, _) => {
                    let (m0, n) = s.months();
                    month_run(y, m0, n)
                }
            },
            Gran::Month => month_run(y, self.month, 1),
            Gran::Day => {
                let d = Date::new(y, self.month, self.day)?;
                Interval::new(d, d)
            }
        })
    }

    /// The EDTF form: `1917`, `1917-10-25`, `185X`, `18XX`, `1858-21`, or an
    /// interval where EDTF has no single form for the value (BC decades).
    pub fn edtf(&self) -> String {
        if !self.known {
            return match self.gran {
                Gran::Month => format!("XXXX-{:02}", self.month),
                Gran::Day => format!("XXXX-{:02}-{:02}", self.month, self.day),
                Gran::Season => format!("XXXX-{}", self.season.edtf()),
                _ => "XXXX".into(),
            };
        }
        let y = self.year;
        match self.gran {
            Gran::Millennium | Gran::Century | Gran::Decade => {
                let len = unit_years(self.gran);
                let xs = match self.gran {
                    Gran::Decade => 1,
                    Gran::Century => 2,
                    _ => 3,
                };
                let mut s = String::with_capacity(12);
                if (0..10_000).contains(&y) && y % len == 0 {
                    push_padded(&mut s, y as u32, 4);
                    s.truncate(4 - xs);
                    (0..xs).for_each(|_| s.push('X'));
                } else {
                    push_year(&mut s, y);
                    s.push('/');
                    push_year(&mut s, y + len - 1);
                }
                s
            }
            Gran::Year => format_year(y),
            Gran::Half => {
                let m0 = if self.sub == 2 { 7 } else { 1 };
                format!("{}-{:02}/{}-{:02}", format_year(y), m0, format_year(y), m0 + 5)
            }
            Gran::Season => format!("{}-{}", format_year(y), self.season.edtf()),
            Gran::Month => year_month_day(y, Some(self.month), None),
            Gran::Day => year_month_day(y, Some(self.month), Some(self.day)),
        }
    }

    /// The value `n` units of `gran` later (earlier for negative `n`), at the
    /// coarser of the two granularities: a day plus twelve days is a day, a year
    /// minus sixteen years a year, a day plus a year the year after.
    pub fn shift(&self, gran: Gran, n: i32) -> Cal {
        let target = if gran < self.gran { gran } else { self.gran };
        let mut c = *self;
        c.tod = None;
        match gran {
            Gran::Millennium | Gran::Century | Gran::Decade | Gran::Year => {
                let y = self.year + n * unit_years(gran);
                match target {
                    Gran::Millennium | Gran::Century | Gran::Decade => return Cal::containing(target, y),
                    _ => c.year = y,
                }
                if c.gran == Gran::Day {
                    c.day = c.day.min(crate::days_in_month(c.year, c.month));
                }
            }
            Gran::Half => {
                let idx = self.year * 2 + i32::from(self.sub.max(1)) - 1 + n;
                c.year = idx.div_euclid(2);
                c.sub = (idx.rem_euclid(2) + 1) as u8;
            }
            Gran::Season => {
                let s = self.season.order() + n;
                c.year = self.year + s.div_euclid(4);
                c.season = Season::from_order(s.rem_euclid(4));
                c.sub = 0;
            }
            Gran::Month => {
                let idx = self.year * 12 + i32::from(self.month) - 1 + n;
                c.year = idx.div_euclid(12);
                c.month = (idx.rem_euclid(12) + 1) as u8;
                if c.gran == Gran::Day {
                    c.day = c.day.min(crate::days_in_month(c.year, c.month));
                }
            }
            Gran::Day => {
                if self.known && self.gran == Gran::Day {
                    if let Some(d) = Date::new(self.year, self.month, self.day) {
                        let d = d.add_days(i64::from(n));
                        return Cal::day(d.year, d.month, d.day);
                    }
                }
            }
        }
        c.truncate(target)
    }

    /// The same value at a coarser granularity (the year of a day, ...).
    pub fn truncate(&self, gran: Gran) -> Cal {
        if gran >= self.gran {
            return *self;
        }
        let mut c = *self;
        c.tod = None;
        match gran {
            Gran::Millennium | Gran::Century | Gran::Decade => {
                Cal { known: self.known, ..Cal::containing(gran, self.year) }
            }
            Gran::Year => {
                c.gran = Gran::Year;
                c
            }
            Gran::Half => {
                c.sub = if self.month >= 7 { 2 } else { 1 };
                c.gran = Gran::Half;
                c
            }
            Gran::Season => {
                c.season = match self.month {
                    3..=5 => Season::Spring,
                    6..=8 => Season::Summer,
                    9..=11 => Season::Autumn,
                    _ => Season::Winter,
                };
                if self.month == 12 && self.gran >= Gran::Month {
                    c.year += 1;
                }
                c.gran = Gran::Season;
                c
            }
            Gran::Month => {
                c.gran = Gran::Month;
                c
            }
            Gran::Day => c,
        }
    }
}

/// Years in a unit (1 for a year and finer).
pub(crate) fn unit_years(g: Gran) -> i32 {
    match g {
        Gran::Millennium => 1000,
        Gran::Century => 100,
        Gran::Decade => 10,
        _ => 1,
    }
}

/// `n` months from month `m0` of year `y`, running into later years.
fn month_run(y: i32, m0: u8, n: u8) -> Interval {
    let last = y * 12 + i32::from(m0) - 1 + i32::from(n) - 1;
    let (ly, lm) = (last.div_euclid(12), (last.rem_euclid(12) + 1) as u8);
    Interval::new(Date { year: y, month: m0, day: 1 }, Date::month_end(ly, lm))
}

/// A part of a calendar value: "early", "mid-", "late", the halves, the turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Start,
    Mid,
    End,
    FirstHalf,
    SecondHalf,
}

impl Part {
    /// The TIMEX3 `mod`.
    pub fn timex_mod(self) -> &'static str {
        match self {
            Part::Start | Part::FirstHalf => "START",
            Part::Mid => "MID",
            Part::End | Part::SecondHalf => "END",
        }
    }
}

/// The sub-interval a part covers: thirds for early/mid/late, halves for halves,
/// counted in the next finer unit (years of a decade, months of a year).
pub(crate) fn part_interval(cal: &Cal, part: Part) -> Option<(Interval, Precision)> {
    let iv = cal.interval()?;
    // The part as the fraction [a/den, b/den) of the whole.
    let (a, b, den): (i64, i64, i64) = match part {
        Part::Start => (0, 1, 3),
        Part::Mid => (1, 2, 3),
        Part::End => (2, 3, 3),
        Part::FirstHalf => (0, 1, 2),
        Part::SecondHalf => (1, 2, 2),
    };
    // Cut `n` units into the part: the first unit and the last (inclusive), rounding outwards.
    let cut = |n: i64| -> (i64, i64) {
        let s = n * a / den;
        let e = ((n * b + den - 1) / den - 1).max(s);
        (s, e)
    };
    let prec = match cal.gran {
        Gran::Millennium => Precision::Century,
        Gran::Century => Precision::Decade,
        Gran::Decade => Precision::Year,
        Gran::Year | Gran::Half | Gran::Season => Precision::Season,
        Gran::Month => Precision::Month,
        Gran::Day => Precision::Day,
    };
    match cal.gran {
        Gran::Millennium | Gran::Century | Gran::Decade => {
            let (s, e) = cut(i64::from(unit_years(cal.gran)));
            Some((Interval::years(cal.year + s as i32, cal.year + e as i32), prec))
        }
        Gran::Day => Some((iv, prec)),
        Gran::Month => {
            let (s, e) = cut(i64::from(crate::days_in_month(cal.year, cal.month)));
            Some((Interval::new(iv.start.add_days(s), iv.start.add_days(e)), prec))
        }
        _ => {
            // Months of a year, half or season.
            let first = i64::from(iv.start.year) * 12 + i64::from(iv.start.month) - 1;
            let lastm = i64::from(iv.end.year) * 12 + i64::from(iv.end.month) - 1;
            let (s, e) = cut(lastm - first + 1);
            let ym = |k: i64| ((first + k).div_euclid(12) as i32, ((first + k).rem_euclid(12) + 1) as u8);
            let ((sy, sm), (ey, em)) = (ym(s), ym(e));
            Some((Interval::new(Date { year: sy, month: sm, day: 1 }, Date::month_end(ey, em)), prec))
        }
    }
}

/// EDTF for an interval, written as coarsely as it is exact: `1950/1953`,
/// `1917-09/1917-12`, `1929-10-21/1929-10-31`.
pub(crate) fn edtf_interval(iv: &Interval) -> String {
    let months = iv.start.day == 1 && iv.end.day == crate::days_in_month(iv.end.year, iv.end.month);
    let prec = match (months, months && iv.start.month == 1 && iv.end.month == 12) {
        (_, true) => Precision::Year,
        (true, false) => Precision::Month,
        _ => Precision::Day,
    };
    // Both ends into one string; one end alone when they read the same.
    let mut s = String::with_capacity(24);
    push_edtf_date(&mut s, &iv.start, prec);
    let mid = s.len();
    s.push('/');
    push_edtf_date(&mut s, &iv.end, prec);
    if s[..mid] == s[mid + 1..] {
        s.truncate(mid);
    }
    s
}

/// EDTF for the day, month or year `d` falls in.
pub(crate) fn edtf_date(d: &Date, prec: Precision) -> String {
    let mut s = String::with_capacity(12);
    push_edtf_date(&mut s, d, prec);
    s
}

/// Appends [`edtf_date`] to `s`, without the formatting machinery.
fn push_edtf_date(s: &mut String, d: &Date, prec: Precision) {
    match prec {
        Precision::Day => d.push_iso(s),
        Precision::Month | Precision::Season => {
            push_year(s, d.year);
            push_month_day(s, Some(d.month), None);
        }
        _ => push_year(s, d.year),
    }
}

/// `format_year(y)`, then `-MM` and `-DD` as given: the EDTF of a month or a
/// day, written without the formatting machinery.
fn year_month_day(y: i32, month: Option<u8>, day: Option<u8>) -> String {
    let mut s = String::with_capacity(16);
    push_year(&mut s, y);
    push_month_day(&mut s, month, day);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_edtf_read_as_formatted() {
        for y in [-10_000, -43, 0, 1, 7, 999, 1917, 9999, 10_000, 123_456] {
            for (m, d) in [(1, 1), (3, 15), (12, 31)] {
                let day = Cal { month: m, day: d, ..Cal::base(Gran::Day, y) };
                let month = Cal { month: m, ..Cal::base(Gran::Month, y) };
                let year = if y <= 0 { format!("BC{:04}", 1 - y) } else { format!("{y:04}") };
                assert_eq!(day.value(), format!("{year}-{m:02}-{d:02}"));
                assert_eq!(month.value(), format!("{year}-{m:02}"));
                assert_eq!(day.edtf(), format!("{}-{m:02}-{d:02}", format_year(y)));
                assert_eq!(month.edtf(), format!("{}-{m:02}", format_year(y)));
            }
        }
    }

    #[test]
    fn values_follow_timeml() {
        assert_eq!(Cal::year(1917).value(), "1917");
        assert_eq!(Cal::year(-43).value(), "BC0044");
        assert_eq!(Cal::decade_ad(185).value(), "185");
        assert_eq!(Cal::decade_bc(47).value(), "BC047");
        assert_eq!(Cal::century_ad(19).value(), "18");
        assert_eq!(Cal::century_bc(4).value(), "BC03");
        assert_eq!(Cal::millennium_ad(1).value(), "0");
        assert_eq!(Cal::season(1858, Season::Spring).value(), "1858-SP");
        assert_eq!(Cal::half(2008, 2).value(), "2008-H2");
        assert_eq!(Cal::day(1939, 9, 1).value(), "1939-09-01");
    }

    #[test]
    fn intervals_of_spans() {
        let iv = Cal::century_bc(4).interval().unwrap();
        assert_eq!((iv.start.year, iv.end.year), (-399, -300));
        let iv = Cal::decade_bc(47).interval().unwrap();
        assert_eq!((iv.start.year, iv.end.year), (-478, -469));
        let iv = Cal::season(1942, Season::Winter).interval().unwrap();
        assert_eq!((iv.start.to_string(), iv.end.to_string()), ("1941-12-01".into(), "1942-02-28".into()));
        let wide = Cal { sub: 1, ..Cal::season(1941, Season::Winter) }.interval().unwrap();
        assert_eq!((wide.start.to_string(), wide.end.to_string()), ("1941-01-01".into(), "1942-02-28".into()));
        assert_eq!(Cal::season(1941, Season::Autumn).shift(Gran::Season, 1).value(), "1942-WI");
        assert_eq!(Cal::month(1941, 12).truncate(Gran::Season).value(), "1942-WI");
        assert_eq!(Cal::century_ad(17).edtf(), "16XX");
        assert_eq!(Cal::decade_ad(185).edtf(), "185X");
    }

    #[test]
    fn containing_round_trips_the_counts() {
        assert_eq!(Cal::containing(Gran::Decade, -475), Cal::decade_bc(47));
        assert_eq!(Cal::containing(Gran::Century, -350), Cal::century_bc(4));
        assert_eq!(Cal::containing(Gran::Century, 1853), Cal::century_ad(19));
        assert_eq!(Cal::containing(Gran::Decade, -489).shift(Gran::Decade, 1).value(), "BC048");
    }

    #[test]
    fn shifts_at_the_coarser_granularity() {
        assert_eq!(Cal::day(1940, 6, 10).shift(Gran::Day, 12).value(), "1940-06-22");
        assert_eq!(Cal::year(1985).shift(Gran::Year, -16).value(), "1969");
        assert_eq!(Cal::day(1941, 12, 7).shift(Gran::Year, -1).value(), "1940");
        assert_eq!(Cal::month(1940, 12).shift(Gran::Month, 1).value(), "1941-01");
        assert_eq!(Cal::year(1985).shift(Gran::Day, 8).value(), "1985");
    }

    #[test]
    fn edtf_intervals_are_as_coarse_as_exact() {
        let iv = |a: &str, b: &str| Interval::new(Date::parse(a).unwrap(), Date::parse(b).unwrap());
        assert_eq!(edtf_interval(&iv("1950-01-01", "1953-12-31")), "1950/1953");
        assert_eq!(edtf_interval(&iv("1917-09-01", "1917-12-31")), "1917-09/1917-12");
        assert_eq!(edtf_interval(&iv("1929-10-21", "1929-10-31")), "1929-10-21/1929-10-31");
        assert_eq!(edtf_interval(&iv("-0043-01-01", "-0043-12-31")), "-0043");
    }

    #[test]
    fn parts_split_in_thirds() {
        let (iv, p) = part_interval(&Cal::decade_ad(195), Part::Start).unwrap();
        assert_eq!((iv.start.year, iv.end.year, p), (1950, 1953, Precision::Year));
        let (iv, _) = part_interval(&Cal::year(1917), Part::End).unwrap();
        assert_eq!((iv.start.to_string(), iv.end.to_string()), ("1917-09-01".into(), "1917-12-31".into()));
        let (iv, _) = part_interval(&Cal::century_ad(19), Part::Mid).unwrap();
        assert_eq!((iv.start.year, iv.end.year), (1833, 1866));
    }
}
