//! Grammar rules for calendar dates: ISO dates, days, months, years with and
//! without era, decades, centuries and millennia, seasons, weekdays and feasts.
//! Their parts ("early", "the end of") are in `parts`.

use crate::calendar::{Cal, Gran, Season, Tod};
use crate::grammar::{abbreviated_end, Parsed, Parser, Sem};
use crate::lexicon::Lex;
use crate::scan::{Kind, Suffix, P};

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

impl<'a> Parser<'a> {
    /// `2009-12-19`, `2009-12-19T17:00:00`.
    pub(crate) fn iso(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let Kind::Iso { y, m, d, time, secs } = self.t.get(i)?.kind else {
            return None;
        };
        let mut p = Parsed::new(i, i + 1, Sem::Abs(Cal::day(y, m, d)));
        p.tod = time.map(|(h, mi, s)| Tod::Clock(h, mi, secs.then_some(s)));
        self.push(out, p)
    }

    /// Rules that start with a number.
    pub(crate) fn numeric(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        if let Some(e) = self.clock(i, out) {
            return Some(e);
        }
        if let Some(e) = self.quantified(i, i, out) {
            return Some(e);
        }
        if let Some(e) = self.day_first(i, i, out) {
            return Some(e);
        }
        if let Some((_, _, Suffix::S)) = self.num(i) {
            return self.decade(i, i, out);
        }
        if let Some((_, _, Suffix::Ord)) = self.num(i) {
            return self.century(i, i, out);
        }
        if let Some(e) = self.era_range(i, out) {
            return Some(e);
        }
        self.year_expr(i, out)
    }

    /// A day of the month: 1–31 in at most two figures, `5` or `5th`.
    fn day_num(&self, i: usize) -> Option<(u8, usize)> {
        let (v, d, suf) = self.num(i)?;
        if d > 2 || !(1..=31).contains(&v) || !matches!(suf, Suffix::None | Suffix::Ord) {
            return None;
        }
        if self.punct(i + 1) == Some(P::Colon) && self.num(i + 2).is_some() {
            return None;
        }
        Some((v as u8, i + 1))
    }

    /// A month name as a month: capitalized; abbreviations only before a day or a
    /// year. Returns the month, whether abbreviated, and the next index.
    fn month_word(&self, i: usize) -> Option<(u8, bool, usize)> {
        let Some(Lex::Month(m)) = self.lex(i) else {
            return None;
        };
        if !self.cap(i) {
            return None;
        }
        let abbr = !self.txt(i).eq_ignore_ascii_case(MONTH_NAMES[usize::from(m - 1)]);
        let j = if abbr && self.punct(i + 1) == Some(P::Period) && self.glued(i + 1) { i + 2 } else { i + 1 };
        Some((m, abbr, j))
    }

    /// "that year", "the same year", "the following year", "the previous year"
    /// after "of": the year offset and the next index.
    pub(crate) fn rel_year(&self, j: usize) -> Option<(i32, usize)> {
        let (n, k) = match (self.lex(j)?, self.lex(j + 1)?) {
            (Lex::That | Lex::This, Lex::Unit(Gran::Year, false)) => return Some((0, j + 2)),
            (Lex::The, Lex::Same) => (0, j + 2),
            (Lex::The, Lex::Following | Lex::Next) => (1, j + 2),
            (Lex::The, Lex::Previous) => (-1, j + 2),
            (Lex::That, Lex::Same) => (0, j + 2),
            _ => return None,
        };
        self.is(k, Lex::Unit(Gran::Year, false)).then_some((n, k + 1))
    }

    /// A year after a month, day or season: "1939", ", 1939", "of 1940".
    fn year_after(&self, j: usize) -> Option<(i32, usize)> {
        let k = if matches!(self.punct(j), Some(P::Comma)) || self.is(j, Lex::Of) { j + 1 } else { j };
        let (y, e, _) = self.year(k)?;
        Some((y, e))
    }

    /// "September 1, 1939", "Oct 10, 1945", "April 12", "November 1939",
    /// "October, 1917", "February of 1940", "August of that year", "April",
    /// "April 6 and 7", "April 13 to 15".
    pub(crate) fn month_first(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (m, abbr, j) = self.month_word(i)?;
        if let Some((d, dj)) = self.day_num(j) {
            // A second day: "April 6 and 7", "April 13–15", "May 4 and 5".
            let second = match (self.punct(dj), self.lex(dj)) {
                (Some(P::Dash), _) | (_, Some(Lex::And | Lex::To)) => {
                    self.day_num(dj + 1).filter(|&(_, e)| !self.is_unit_or_month(e)).map(|(d2, e)| (d2, dj + 1, e))
                }
                _ => None,
            };
            let tail = second.map_or(dj, |s| s.2);
            let year = self.year_after(tail).map(|(y, e)| (Some(y), 0, e)).or_else(|| {
                (self.is(tail, Lex::Of)).then(|| self.rel_year(tail + 1)).flatten().map(|(n, e)| (None, n, e))
            });
            let make = |d: u8| -> Sem {
                match year {
                    Some((Some(y), _, _)) => Sem::Abs(Cal::day(y, m, d)),
                    Some((None, n, _)) => Sem::Rel { gran: Gran::Year, n, fill: Some(unknown(Cal::day(0, m, d))) },
                    None => Sem::Partial(unknown(Cal::day(0, m, d))),
                }
            };
            let end = year.map_or(tail, |y| y.2);
            return match second {
                Some((d2, s0, s1)) => {
                    let mut first = Parsed::new(i, dj, make(d));
                    first.range_to = Some(out.len() + 1);
                    out.push(first);
                    let s1 = if year.is_some() { end } else { s1 };
                    self.push(out, Parsed::new(s0, s1, make(d2)))
                }
                None => self.push(out, Parsed::new(i, end, make(d))),
            };
        }
        if let Some((y, e)) = self.year_after(j) {
            return self.push(out, Parsed::new(i, e, Sem::Abs(Cal::month(y, m))));
        }
        if self.is(j, Lex::Of) {
            if let Some((n, e)) = self.rel_year(j + 1) {
                return self.push(
                    out,
                    Parsed::new(i, e, Sem::Rel { gran: Gran::Year, n, fill: Some(unknown(Cal::month(0, m))) }),
                );
            }
        }
        if abbr || !self.month_alone(i, m) {
            return None;
        }
        self.push(out, Parsed::new(i, j, Sem::Partial(unknown(Cal::month(0, m)))))
    }

    fn is_unit_or_month(&self, i: usize) -> bool {
        matches!(
            self.lex(i),
            Some(Lex::Unit(..) | Lex::Day | Lex::Week(_) | Lex::Month(_) | Lex::Hour(_) | Lex::Minute(_))
        )
    }

    /// Whether a month name without day or year is a month here: not part of a
    /// name ("the October Revolution", "Black September"); "May" and "March"
    /// only after a preposition.
    fn month_alone(&self, i: usize, m: u8) -> bool {
        let prev = if i > 0 { self.lex(i - 1) } else { None };
        let prep = matches!(
            prev,
            Some(
                Lex::In
                    | Lex::By
                    | Lex::Until
                    | Lex::Since
                    | Lex::From
                    | Lex::To
                    | Lex::Through
                    | Lex::Of
                    | Lex::And
                    | Lex::Or
                    | Lex::Before
                    | Lex::After
                    | Lex::During
                    | Lex::Early
                    | Lex::Late
                    | Lex::Mid
                    | Lex::Between
            )
        );
        if prep || (i > 0 && matches!(self.punct(i - 1), Some(P::Open))) {
            return true;
        }
        if m == 3 || m == 5 {
            return false;
        }
        let next_cap = self.t.get(i + 1).is_some_and(|t| t.is_word() && t.cap && t.lex().is_none());
        let prev_cap = i > 0 && !self.at_start(i - 1) && self.t.get(i - 1).is_some_and(|t| t.is_word() && t.cap);
        !next_cap && !prev_cap
    }

    /// "20 July 1956", "3rd March 1918", "25 July, 1918", "6-7 February", the
    /// 5th of May. `t0` is where the expression starts (at "the", if any).
    pub(crate) fn day_first(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (d, mut j) = self.day_num(i)?;
        // "6-7 February": a day range before the month.
        let mut second = None;
        if matches!(self.punct(j), Some(P::Dash)) || self.is(j, Lex::And) {
            if let Some((d2, e)) = self.day_num(j + 1) {
                if self.month_word(e).is_some() {
                    second = Some((d2, j + 1));
                    j = e;
                }
            }
        }
        if self.is(j, Lex::Of) {
            j += 1;
        }
        let (m, _, mj) = self.month_word(j)?;
        let (year, end) = match self.year_after(mj) {
            Some((y, e)) => (Some(y), e),
            None => (None, mj),
        };
        let sem_of = |d: u8| match year {
            Some(y) => Sem::Abs(Cal::day(y, m, d)),
            None => Sem::Partial(unknown(Cal::day(0, m, d))),
        };
        match second {
            Some((d2, s0)) => {
                let mut first = Parsed::new(t0, i + 1, sem_of(d));
                first.range_to = Some(out.len() + 1);
                out.push(first);
                self.push(out, Parsed::new(s0, end, sem_of(d2)))
            }
            None => self.push(out, Parsed::new(t0, end, sem_of(d))),
        }
    }

    /// A year, with an abbreviated second end ("1939–45") as a range.
    pub(crate) fn year_expr(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let Some((y, j, _)) = self.year(i) else {
            return self.bare_year(i, out);
        };
        if matches!(self.punct(j), Some(P::Dash)) && self.glued(j) {
            if let Some((v, 2, Suffix::None)) = self.num(j + 1) {
                if let Some(y2) = abbreviated_end(y, v, 2) {
                    let mut first = Parsed::new(i, j, Sem::Abs(Cal::year(y)));
                    first.range_to = Some(out.len() + 1);
                    out.push(first);
                    return self.push(out, Parsed::new(j + 1, j + 2, Sem::Abs(Cal::year(y2))));
                }
            }
        }
        self.push(out, Parsed::new(i, j, Sem::Abs(Cal::year(y))))
    }

    /// "in 480", "by 476", "since 330": three figures after a preposition of
    /// time, and not counting anything after them ("in 300 ships").
    fn bare_year(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (v, 3, Suffix::None) = self.num(i)? else {
            return None;
        };
        let prev = if i > 0 { self.lex(i - 1) } else { None };
        if !matches!(
            prev,
            Some(Lex::In | Lex::By | Lex::Until | Lex::Since | Lex::Before | Lex::After | Lex::From | Lex::During)
        ) {
            return None;
        }
        let ends = match self.t.get(i + 1) {
            None => true,
            Some(t) => match t.kind {
                Kind::Punct(p) => matches!(p, P::Comma | P::Semi | P::Close | P::Period | P::Dash | P::Quote),
                Kind::Word(Some(l)) => {
                    !matches!(l, Lex::Count | Lex::Unit(..) | Lex::Week(_) | Lex::Day | Lex::Hour(_))
                }
                Kind::Word(None) => t.cap,
                _ => false,
            },
        };
        if !ends || self.punct(i + 1) == Some(P::Period) && self.num(i + 2).is_some() {
            return None;
        }
        self.push(out, Parsed::new(i, i + 1, Sem::Bare(v)))
    }

    /// A range whose first end has no era of its own: "from 499 to 493 BC",
    /// "396-395 BC", "between 1000 and 900 BC".
    fn era_range(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (v, d, Suffix::None) = self.num(i)? else {
            return None;
        };
        if d > 4 || v == 0 {
            return None;
        }
        let conj = matches!(self.punct(i + 1), Some(P::Dash))
            || matches!(self.lex(i + 1), Some(Lex::To | Lex::And | Lex::Until));
        if !conj {
            return None;
        }
        let (y2, e, true) = self.year(i + 2)? else {
            return None;
        };
        let y1 = if y2 <= 0 { 1 - v as i32 } else { v as i32 };
        if (y2 <= 0 && y1 > y2 + 1) || (y2 > 0 && y1 > y2) {
            // Not in order: not a range of years.
            return None;
        }
        let mut first = Parsed::new(i, i + 1, Sem::Abs(Cal::year(y1)));
        first.range_to = Some(out.len() + 1);
        out.push(first);
        self.push(out, Parsed::new(i + 2, e, Sem::Abs(Cal::year(y2))))
    }

    /// "1920s", "1920's", "the 1850s", "the 470s BC", "the 1800s" (a century).
    pub(crate) fn decade(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (v, d, Suffix::S) = self.num(i)? else {
            return None;
        };
        let v = v as i32;
        let bc = matches!(self.lex(i + 1), Some(Lex::Era(true))) && self.cap(i + 1);
        let end = if bc || matches!(self.lex(i + 1), Some(Lex::Era(false))) && self.cap(i + 1) { i + 2 } else { i + 1 };
        let cal = match d {
            3 | 4 if v % 100 == 0 && v != 2000 && d == 4 => {
                if bc {
                    Cal::century_bc(v / 100 + 1)
                } else {
                    Cal::century_ad(v / 100 + 1)
                }
            }
            3 | 4 if v % 10 == 0 => {
                if bc {
                    Cal::decade_bc(v / 10)
                } else {
                    Cal::decade_ad(v / 10)
                }
            }
            2 if v % 10 == 0 => {
                return self
                    .push(out, Parsed::new(t0, end, Sem::Partial(Cal { known: false, ..Cal::decade_ad(v / 10) })));
            }
            _ => return None,
        };
        self.push(out, Parsed::new(t0, end, Sem::Abs(cal)))
    }

    /// "'60s", "’20s".
    pub(crate) fn apostrophe_decade(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        if !self.glued(i + 1) {
            return None;
        }
        match self.num(i + 1)? {
            (_, 2, Suffix::S) => self.decade(i, i + 1, out),
            _ => None,
        }
    }

    /// "the sixties", "the nineteen-sixties", "the early twenties".
    pub(crate) fn decade_word(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let mut century = None;
        let mut j = i;
        if let Some(Lex::Card(c @ 10..=20)) = self.lex(i) {
            century = Some(i32::from(c));
            j = if matches!(self.punct(i + 1), Some(P::Dash)) { i + 2 } else { i + 1 };
        }
        let Some(Lex::DecadeWord(n)) = self.lex(j) else {
            return None;
        };
        if self.is(j + 1, Lex::Of) {
            // "the tens of thousands", "the sixties of the last century" is rare.
            return None;
        }
        let n = i32::from(n);
        let sem = match century {
            Some(c) => Sem::Abs(Cal::decade_ad(c * 10 + n)),
            None => Sem::Partial(Cal { known: false, ..Cal::decade_ad(n) }),
        };
        self.push(out, Parsed::new(t0, j + 1, sem))
    }

    /// "17th century", "the nineteenth century", "5th century BC", "the first
    /// millennium", "17th-century", "the 17th and 18th centuries".
    pub(crate) fn century(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (n, j) = self.ordinal(i)?;
        let unit_at = |k: usize| -> Option<(Gran, usize)> {
            let k = if matches!(self.punct(k), Some(P::Dash)) { k + 1 } else { k };
            match self.lex(k)? {
                Lex::Unit(g @ (Gran::Century | Gran::Millennium), _) => Some((g, k + 1)),
                _ => None,
            }
        };
        let (gran, mut e, second) = match unit_at(j) {
            Some((g, e)) => (g, e, None),
            None => {
                // "the 17th and 18th centuries": the unit comes after the second ordinal.
                if !(self.is(j, Lex::And) || self.is(j, Lex::To) || matches!(self.punct(j), Some(P::Dash))) {
                    return None;
                }
                let (n2, k) = self.ordinal(j + 1)?;
                let (g, e) = unit_at(k)?;
                (g, e, Some((n2, j + 1)))
            }
        };
        let bc = matches!(self.lex(e), Some(Lex::Era(true))) && self.cap(e);
        if bc || matches!(self.lex(e), Some(Lex::Era(false))) && self.cap(e) {
            e += 1;
        }
        let make = |n: u32| -> Option<Cal> {
            let n = n as i32;
            match (gran, bc) {
                (Gran::Century, false) if (1..=30).contains(&n) => Some(Cal::century_ad(n)),
                (Gran::Century, true) if (1..=100).contains(&n) => Some(Cal::century_bc(n)),
                (_, false) if (1..=3).contains(&n) => Some(Cal::millennium_ad(n)),
                (_, true) if (1..=10).contains(&n) => Some(Cal::millennium_bc(n)),
                _ => None,
            }
        };
        match second {
            None => self.push(out, Parsed::new(t0, e, Sem::Abs(make(n)?))),
            Some((n2, s0)) => {
                let (a, b) = (make(n)?, make(n2)?);
                let mut first = Parsed::new(t0, j, Sem::Abs(a));
                first.range_to = Some(out.len() + 1);
                out.push(first);
                self.push(out, Parsed::new(s0, e, Sem::Abs(b)))
            }
        }
    }

    /// "the spring of 1858", "summer 2007", "the winter of 1941–42", "autumn of
    /// 481 BC", "that spring" (via anaphor), "the summer".
    pub(crate) fn season(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let Some(Lex::Season(s)) = self.lex(i) else {
            return None;
        };
        let fall = self.txt(i).eq_ignore_ascii_case("fall");
        let j = i + 1;
        if let Some((y, mut e)) = self.year_after(j) {
            // "the winter of 1941–42": the second year belongs to the season, and
            // names it; a winter named by one year alone may be either.
            let mut cal = Cal::season(y, s);
            if s == Season::Winter {
                cal.sub = 1;
            }
            if matches!(self.punct(e), Some(P::Dash)) {
                if let Some((v, dg, Suffix::None)) = self.num(e + 1) {
                    let y2 = if dg == 2 { abbreviated_end(y, v, 2) } else { Some(v as i32) };
                    if y2 == Some(y + 1) {
                        e += 2;
                        if s == Season::Winter {
                            cal = Cal::season(y + 1, s);
                        }
                    }
                }
            }
            return self.push(out, Parsed::new(t0, e, Sem::Abs(cal)));
        }
        if self.is(j, Lex::Of) {
            let (n, e) = self.rel_year(j + 1)?;
            return self.push(
                out,
                Parsed::new(t0, e, Sem::Rel { gran: Gran::Year, n, fill: Some(unknown(Cal::season(0, s))) }),
            );
        }
        if fall && t0 == i {
            // "fall" alone is a verb or "the fall of ...".
            return None;
        }
        // A season in a name: "the Prague Spring", "Arab Spring".
        if self.cap(i) && self.after_name(i) {
            return None;
        }
        if self.t.get(j).is_some_and(|t| t.is_word() && t.cap && t.lex().is_none()) && self.cap(i) {
            return None;
        }
        self.push(out, Parsed::new(t0, j, Sem::Partial(unknown(Cal::season(0, s)))))
    }

    /// "Thursday, September 13, 2007" (one expression), or a weekday alone.
    pub(crate) fn weekday(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let Some(Lex::Weekday(n)) = self.lex(i) else {
            return None;
        };
        if !self.cap(i) {
            return None;
        }
        let j = if matches!(self.punct(i + 1), Some(P::Comma)) { i + 2 } else { i + 1 };
        let before = out.len();
        let dated = match self.t.get(j).map(|t| t.kind) {
            Some(Kind::Word(Some(Lex::Month(_)))) => self.month_first(j, out),
            Some(Kind::Num { .. }) => self.day_first(j, j, out),
            _ => None,
        };
        if let Some(e) = dated {
            if matches!(out[before].sem, Sem::Abs(c) | Sem::Partial(c) if c.gran == Gran::Day) {
                out[before].t0 = i;
                return Some(e);
            }
        }
        out.truncate(before);
        self.push(out, Parsed::new(i, i + 1, Sem::Weekday(n)))
    }

    /// "Christmas 1963", "Christmas Day", "Christmas Eve".
    pub(crate) fn christmas(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        if !self.cap(i) || self.after_name(i) {
            return None;
        }
        let mut j = i + 1;
        let mut day = 25;
        if self.is(j, Lex::Day) {
            j += 1;
        } else if self.txt(j).eq_ignore_ascii_case("eve") {
            day = 24;
            j += 1;
        }
        match self.year_after(j) {
            Some((y, e)) => self.push(out, Parsed::new(i, e, Sem::Abs(Cal::day(y, 12, day)))),
            None => self.push(out, Parsed::new(i, j, Sem::Partial(unknown(Cal::day(0, 12, day))))),
        }
    }
}

/// A value whose year is still to be found.
pub(crate) fn unknown(c: Cal) -> Cal {
    Cal { known: false, ..c }
}
