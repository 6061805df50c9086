//! Grammar rules for the parts of dates: "early", "mid-", "late", "the end
//! of", "the beginning of", "the turn of the century", "the second half of",
//! "the rest of", around whatever date they apply to.

use crate::calendar::{Cal, Gran, Part};
use crate::grammar::{Parsed, Parser, Sem};
use crate::lexicon::Lex;
use crate::scan::{Kind, Suffix, P};

impl<'a> Parser<'a> {
    /// The thing a part applies to: a year, decade, century, month, season, or
    /// a relative year ("early the next year").
    fn part_target(&self, j: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let before = out.len();
        let r = match self.t.get(j)?.kind {
            Kind::Num { suffix: Suffix::S, .. } => self.decade(j, j, out),
            Kind::Num { suffix: Suffix::Ord, .. } => self.century(j, j, out),
            Kind::Num { .. } => self.year_expr(j, out),
            Kind::Punct(P::Apos) => self.apostrophe_decade(j, out),
            Kind::Word(Some(Lex::Month(_))) => self.month_first(j, out),
            Kind::Word(Some(Lex::Season(_))) => self.season(j, j, out),
            Kind::Word(Some(Lex::Ord(_) | Lex::Card(_))) => {
                self.century(j, j, out).or_else(|| self.decade_word(j, j, out))
            }
            Kind::Word(Some(Lex::DecadeWord(_))) => self.decade_word(j, j, out),
            Kind::Word(Some(Lex::Era(false))) => self.year_expr(j, out),
            Kind::Word(Some(Lex::The)) => self.the_target(j, out),
            Kind::Word(Some(Lex::That | Lex::This)) => self.anaphor(j, out),
            _ => None,
        };
        if r.is_none() {
            out.truncate(before);
        }
        r
    }

    /// After "the" inside a part: "the year", "the month", "the 1950s", "the
    /// 19th century", "the summer (of 1943)", "the following year".
    fn the_target(&self, j: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let k = j + 1;
        match self.lex(k) {
            Some(Lex::Unit(g, false)) if g != Gran::Day => {
                if let Some((y, e, _)) = self.year(k + 1) {
                    return self.push(out, Parsed::new(j, e, Sem::Abs(Cal::year(y))));
                }
                self.push(out, Parsed::new(j, k + 1, Sem::Rel { gran: g, n: 0, fill: None }))
            }
            Some(Lex::Day | Lex::Week(false)) => {
                self.push(out, Parsed::new(j, k + 1, Sem::Rel { gran: Gran::Day, n: 0, fill: None }))
            }
            _ => self.the(j, out),
        }
    }

    /// "early 1927", "late 1917", "mid-1800s", "the early 1950s", "mid-September",
    /// "late autumn of 481 BC", "early in 1862", "early the next year".
    pub(crate) fn part_prefix(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let part = match self.lex(i)? {
            Lex::Early => Part::Start,
            Lex::Late => Part::End,
            Lex::Mid | Lex::Middle => Part::Mid,
            _ => return None,
        };
        if self.is(i, Lex::Middle) && self.is(i + 1, Lex::Of) {
            return self.part_of(t0, i, out);
        }
        let mut j = i + 1;
        if matches!(self.punct(j), Some(P::Dash)) && self.glued(j) {
            j += 1;
        }
        if self.is(j, Lex::In) {
            j += 1;
        }
        let before = out.len();
        let e = self.part_target(j, out)?;
        let p = &mut out[before];
        if p.t0 != j || p.part.is_some() {
            out.truncate(before);
            return None;
        }
        p.t0 = t0;
        p.part = Some(part);
        Some(e)
    }

    /// "the end of 1954", "the beginning of 1864", "the middle of August", "the
    /// end of the month", "the turn of the century", "the close of the decade".
    pub(crate) fn part_of(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let part = match self.lex(i)? {
            Lex::Beginning | Lex::Start => Part::Start,
            Lex::End | Lex::Close => Part::End,
            Lex::Middle => Part::Mid,
            Lex::Turn => return self.turn(t0, i, out),
            _ => return None,
        };
        if !self.is(i + 1, Lex::Of) {
            return None;
        }
        let before = out.len();
        let e = self.part_target(i + 2, out)?;
        let p = &mut out[before];
        if p.part.is_some() || matches!(p.sem, Sem::Duration { .. }) {
            out.truncate(before);
            return None;
        }
        p.t0 = t0;
        p.part = Some(part);
        Some(e)
    }

    /// "the turn of the century", "the turn of the 20th century".
    fn turn(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        if !(self.is(i + 1, Lex::Of) && self.is(i + 2, Lex::The)) {
            return None;
        }
        if self.is(i + 3, Lex::Unit(Gran::Century, false)) {
            return self.push(out, Parsed::new(t0, i + 4, Sem::Turn(None)));
        }
        let (n, j) = self.ordinal(i + 3)?;
        let j = if matches!(self.punct(j), Some(P::Dash)) { j + 1 } else { j };
        if !self.is(j, Lex::Unit(Gran::Century, false)) || !(1..=30).contains(&n) {
            return None;
        }
        self.push(out, Parsed::new(t0, j + 1, Sem::Turn(Some((n as i32 - 1) * 100))))
    }

    /// "the second half of 2008", "the latter half of 2008", "the first half of
    /// the 19th century", "the latter part of the year", "the early part of the
    /// next decade", "the rest of 496".
    pub(crate) fn half_of(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let which = self.lex(i)?;
        let kind = self.lex(i + 1)?;
        if !self.is(i + 2, Lex::Of) {
            return None;
        }
        let part = match (which, kind) {
            (Lex::Ord(1), Lex::Half) => Part::FirstHalf,
            (Lex::Ord(2) | Lex::Latter | Lex::Last, Lex::Half) => Part::SecondHalf,
            (Lex::Ord(1) | Lex::Early, Lex::Part) => Part::Start,
            (Lex::Latter | Lex::Later | Lex::Last | Lex::Late, Lex::Part) => Part::End,
            _ => return None,
        };
        let before = out.len();
        let e = self.part_target(i + 3, out)?;
        let p = &mut out[before];
        if p.part.is_some() || matches!(p.sem, Sem::Duration { .. }) {
            out.truncate(before);
            return None;
        }
        p.t0 = t0;
        match (p.sem, part) {
            // A half of a year has a TIMEX3 value of its own: 2008-H2.
            (Sem::Abs(c), Part::FirstHalf | Part::SecondHalf) if c.gran == Gran::Year => {
                p.sem = Sem::Abs(Cal::half(c.year, if part == Part::FirstHalf { 1 } else { 2 }));
            }
            _ => p.part = Some(part),
        }
        Some(e)
    }

    /// "the rest of 496", "the remainder of the year": the whole of it.
    pub(crate) fn rest_of(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        if !(self.is(i, Lex::Rest) && self.is(i + 1, Lex::Of)) {
            return None;
        }
        let before = out.len();
        let e = self.part_target(i + 2, out)?;
        out[before].t0 = t0;
        Some(e)
    }
}
