//! Calendar dates (proleptic Gregorian, astronomical years) and date intervals.

use std::fmt;

/// A calendar day. Years are astronomical: 1 BC is year 0, 44 BC is year -43.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Astronomical year.
    pub year: i32,
    /// 1 to 12.
    pub month: u8,
    /// 1 to the month's length.
    pub day: u8,
}

impl Date {
    /// A date, if the day exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// 1 January of `year`.
    pub fn year_start(year: i32) -> Date {
        Date { year, month: 1, day: 1 }
    }

    /// 31 December of `year`.
    pub fn year_end(year: i32) -> Date {
        Date { year, month: 12, day: 31 }
    }

    /// The last day of the given month.
    pub fn month_end(year: i32, month: u8) -> Date {
        Date { year, month, day: days_in_month(year, month) }
    }

    /// Parses `YYYY-MM-DD` (a leading `-` or `+` for the year's sign). See also
    /// [`Date::parse_bound`] for partial dates.
    pub fn parse(s: &str) -> Option<Date> {
        let (y, m, d) = split_iso(s)?;
        Date::new(y, m?, d?)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the earliest (`end == false`) or
    /// latest (`end == true`) day it covers.
    pub fn parse_bound(s: &str, end: bool) -> Option<Date> {
        let (y, m, d) = split_iso(s)?;
        match (m, d) {
            (None, _) => Some(if end { Date::year_end(y) } else { Date::year_start(y) }),
            (Some(m), None) => {
                if !(1..=12).contains(&m) {
                    return None;
                }
                Some(if end { Date::month_end(y, m) } else { Date { year: y, month: m, day: 1 } })
            }
            (Some(m), Some(d)) => Date::new(y, m, d),
        }
    }

    /// Days since 0000-03-01 (a monotone day number for arithmetic).
    pub fn to_days(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (self.year as i64 - 1, self.month as i64 + 9)
        } else {
            (self.year as i64, self.month as i64 - 3)
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe
    }

    /// Inverse of [`Date::to_days`].
    pub fn from_days(days: i64) -> Date {
        let era = days.div_euclid(146_097);
        let doe = days - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier for negative `n`).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// The fractional year (2000.5 is about 1 July 2000), for charts and weights.
    pub fn as_year_fraction(self) -> f64 {
        let start = Date::year_start(self.year).to_days();
        let len = (Date::year_start(self.year + 1).to_days() - start) as f64;
        self.year as f64 + (self.to_days() - start) as f64 / len
    }
}

impl fmt::Display for Date {
    /// ISO 8601 with astronomical years: `1969-03-02`, `-0043-03-15`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Written by hand: every event record carries several dates, and the
        // general formatting machinery costs more than the rest of a record.
        if (0..=9999).contains(&self.year) && self.month < 100 && self.day < 100 {
            // The common case, `YYYY-MM-DD`, digit by digit.
            let (y, m, d) = (self.year as u32, u32::from(self.month), u32::from(self.day));
            let digit = |n: u32| b'0' + (n % 10) as u8;
            let iso = [
                digit(y / 1000),
                digit(y / 100),
                digit(y / 10),
                digit(y),
                b'-',
                digit(m / 10),
                digit(m),
                b'-',
                digit(d / 10),
                digit(d),
            ];
            // Only ASCII digits and dashes.
            return f.write_str(std::str::from_utf8(&iso).unwrap_or_default());
        }
        let mut s = String::with_capacity(16);
        self.push_iso(&mut s);
        f.write_str(&s)
    }
}

impl Date {
    /// The ISO 8601 text [`Display`](fmt::Display) gives (`1969-03-02`,
    /// `-0043-03-15`), written straight into a new string.
    pub fn iso(&self) -> String {
        let mut s = String::with_capacity(11);
        self.push_iso(&mut s);
        s
    }

    /// Appends the ISO 8601 text of the date to `s`.
    pub(crate) fn push_iso(&self, s: &mut String) {
        push_year(s, self.year);
        push_month_day(s, Some(self.month), Some(self.day));
    }
}

/// Appends `n` with at least `width` digits: see [`annals_text::push_padded`].
#[inline]
pub(crate) fn push_padded(s: &mut String, n: u32, width: usize) {
    annals_text::push_padded(s, n as usize, width);
}

/// Appends an astronomical year as ISO 8601 writes it: four digits at least,
/// and a sign before the year zero (`-0043`).
pub(crate) fn push_year(s: &mut String, y: i32) {
    if y < 0 {
        s.push('-');
    }
    push_padded(s, y.unsigned_abs(), 4);
}

/// Appends `-MM` and then `-DD`, each as given (two digits at least).
pub(crate) fn push_month_day(s: &mut String, month: Option<u8>, day: Option<u8>) {
    for n in [month, day].into_iter().flatten() {
        s.push('-');
        push_padded(s, u32::from(n), 2);
    }
}

#[cfg(test)]
mod digits_tests {
    use super::*;

    #[test]
    fn dates_print_like_the_formatter() {
        for (y, m, d) in [
            (1969, 3, 2),
            (-43, 3, 15),
            (0, 1, 1),
            (12345, 12, 31),
            (-123456, 7, 9),
            (i32::MIN, 1, 1),
            (i32::MAX, 2, 28),
            (7, 10, 10),
            (9999, 12, 31),
            (10000, 1, 1),
            (2024, 100, 255),
        ] {
            let date = Date { year: y, month: m, day: d };
            let want =
                if y < 0 { format!("-{:04}-{:02}-{:02}", -(y as i64), m, d) } else { format!("{y:04}-{m:02}-{d:02}") };
            assert_eq!(date.to_string(), want);
            assert_eq!(date.iso(), want);
        }
        for y in [-10000, -43, -1, 0, 5, 999, 1917, 99999] {
            assert_eq!(crate::format_year(y), if y < 0 { format!("-{:04}", -y) } else { format!("{y:04}") });
        }
    }
}

fn split_iso(s: &str) -> Option<(i32, Option<u8>, Option<u8>)> {
    let s = s.trim();
    let (neg, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let mut parts = body.split('-');
    let ys = parts.next()?;
    if ys.is_empty() || !ys.bytes().all(|b| b.is_ascii_digit()) || ys.len() > 6 {
        return None;
    }
    let y: i32 = ys.parse().ok()?;
    let y = if neg { -y } else { y };
    let m = match parts.next() {
        Some(p) if p.len() == 2 => Some(p.parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    let d = match parts.next() {
        Some(p) if p.len() == 2 => Some(p.parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    Some((y, m, d))
}

/// Whether `year` (astronomical) is a Gregorian leap year.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A closed interval of days, `start <= end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Interval {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
}

impl Interval {
    /// The interval `[start, end]`, swapped if given backwards.
    pub fn new(a: Date, b: Date) -> Interval {
        if a <= b {
            Interval { start: a, end: b }
        } else {
            Interval { start: b, end: a }
        }
    }

    /// The whole of one year.
    pub fn year(y: i32) -> Interval {
        Interval { start: Date::year_start(y), end: Date::year_end(y) }
    }

    /// The years `a..=b`.
    pub fn years(a: i32, b: i32) -> Interval {
        Interval::new(Date::year_start(a.min(b)), Date::year_end(a.max(b)))
    }

    /// Whether the two intervals share a day.
    pub fn overlaps(&self, o: &Interval) -> bool {
        self.start <= o.end && o.start <= self.end
    }

    /// The common part, if any.
    pub fn intersect(&self, o: &Interval) -> Option<Interval> {
        let s = self.start.max(o.start);
        let e = self.end.min(o.end);
        (s <= e).then_some(Interval { start: s, end: e })
    }

    /// Whether `o` lies within `self`.
    pub fn contains(&self, o: &Interval) -> bool {
        self.start <= o.start && o.end <= self.end
    }

    /// Length in days, counting both ends.
    pub fn days(&self) -> i64 {
        self.end.to_days() - self.start.to_days() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for d in [
            Date::new(1969, 3, 2).unwrap(),
            Date::new(-43, 3, 15).unwrap(),
            Date::new(2000, 2, 29).unwrap(),
            Date::new(0, 1, 1).unwrap(),
        ] {
            assert_eq!(Date::from_days(d.to_days()), d);
            assert_eq!(d.add_days(1).add_days(-1), d);
        }
        assert_eq!(Date::new(1999, 12, 31).unwrap().add_days(1), Date::new(2000, 1, 1).unwrap());
    }

    #[test]
    fn formats_bce_with_sign() {
        assert_eq!(Date::new(-43, 3, 15).unwrap().to_string(), "-0043-03-15");
        assert_eq!(Date::parse("-0043-03-15"), Date::new(-43, 3, 15));
    }

    #[test]
    fn partial_bounds() {
        assert_eq!(Date::parse_bound("1900-02", true), Date::new(1900, 2, 28));
        assert_eq!(Date::parse_bound("1652", false), Date::new(1652, 1, 1));
        assert_eq!(Date::parse_bound("1652-13", false), None);
        assert_eq!(Date::parse("2001-02-29"), None);
    }
}
