//! Grammar rules for everything that is not a calendar date by itself: phrases
//! after "the", relative offsets ("16 years earlier", "the following year",
//! "that spring"), expressions relative to the document date ("now", "last
//! year", "in recent years"), durations ("ten years", "the next decade"),
//! hedges ("about", "c.", "more than"), clock times and sets.

use crate::calendar::{Cal, Gran, Tod};
use crate::dates::unknown;
use crate::grammar::{DUnit, Parsed, Parser, Qty, RefKind, Sem};
use crate::lexicon::Lex;
use crate::scan::{Kind, Suffix, P};

impl<'a> Parser<'a> {
    /// Rules after "the".
    pub(crate) fn the(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let k = i + 1;
        match self.t.get(k)?.kind {
            Kind::Num { suffix: Suffix::S, .. } => self.decade(i, k, out),
            Kind::Num { suffix: Suffix::Ord, .. } => self.century(i, k, out).or_else(|| self.day_first(i, k, out)),
            Kind::Punct(P::Apos) => {
                let before = out.len();
                let e = self.apostrophe_decade(k, out)?;
                out[before].t0 = i;
                Some(e)
            }
            Kind::Word(Some(l)) => match l {
                Lex::Ord(_) | Lex::Card(_) => self
                    .counted_span(i, k, out)
                    .or_else(|| self.century(i, k, out))
                    .or_else(|| self.decade_word(i, k, out))
                    .or_else(|| self.half_of(i, k, out))
                    .or_else(|| self.the_span(i, k, out)),
                Lex::DecadeWord(_) => self.decade_word(i, k, out),
                Lex::Early | Lex::Late if matches!(self.lex(k + 1), Some(Lex::Tod(_))) => {
                    self.time_of_day(i, k + 1, out)
                }
                // "the early hours of 22 June": the small hours are the night's end.
                Lex::Early | Lex::Late if matches!(self.lex(k + 1), Some(Lex::Hour(true))) => {
                    let tod = if l == Lex::Early { Tod::Morning } else { Tod::Night };
                    self.day_part(i, k + 1, tod, out)
                }
                Lex::Early | Lex::Late | Lex::Mid | Lex::Middle => {
                    self.part_prefix(i, k, out).or_else(|| self.half_of(i, k, out)).or_else(|| self.the_span(i, k, out))
                }
                Lex::Beginning | Lex::Start | Lex::End | Lex::Close | Lex::Turn => self.part_of(i, k, out),
                Lex::Latter | Lex::Later | Lex::Last => self.half_of(i, k, out).or_else(|| self.the_span(i, k, out)),
                Lex::Rest => self.rest_of(i, k, out),
                Lex::Season(_) => self.season(i, k, out),
                Lex::Following | Lex::Next | Lex::Previous | Lex::Same => self.the_relative(i, k, out),
                Lex::Past | Lex::Intervening => self
                    .the_span(i, k, out)
                    .or_else(|| self.push(out, Parsed::new(i, k + 1, Sem::Ref(RefKind::Past, false)))),
                Lex::Future => self.push(out, Parsed::new(i, k + 1, Sem::Ref(RefKind::Future, false))),
                Lex::Present => {
                    let e = if self.is(k + 1, Lex::Day) { k + 2 } else { k + 1 };
                    self.push(out, Parsed::new(i, e, Sem::Ref(RefKind::Present, true)))
                }
                Lex::Time if self.is(k + 1, Lex::Being) => {
                    self.push(out, Parsed::new(i, k + 2, Sem::Ref(RefKind::Present, true)))
                }
                Lex::Day | Lex::Unit(..) | Lex::Week(false) => self.the_unit(i, k, out),
                Lex::Tod(_) => self.time_of_day(i, k, out),
                _ => None,
            },
            _ => None,
        }
    }

    /// "the day before", "the day after", "the year before", "the year 1955".
    fn the_unit(&self, i: usize, k: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (unit, plural) = DUnit::from_lex(self.lex(k)?)?;
        if unit == DUnit::Year && self.year(k + 1).is_some() {
            // "the year 1066", "the years 1914–18".
            let before = out.len();
            let e = self.year_expr(k + 1, out)?;
            out[before].t0 = i;
            return Some(e);
        }
        if plural {
            return None;
        }
        let (g, mult) = unit.step()?;
        let n = match self.lex(k + 1)? {
            Lex::Before => -1,
            Lex::After => 1,
            Lex::Following => 1,
            _ => return None,
        };
        if !self.ends_phrase(k + 2) {
            return None;
        }
        self.push(out, Parsed::new(i, k + 2, Sem::Rel { gran: g, n: n * mult, fill: None }))
    }

    /// Whether nothing that would make the phrase longer follows token `i`
    /// ("the day before," but not "the day before the battle").
    fn ends_phrase(&self, i: usize) -> bool {
        match self.t.get(i) {
            None => true,
            Some(t) => match t.kind {
                Kind::Punct(_) => true,
                Kind::Word(Some(Lex::And | Lex::Subordinator | Lex::Relative | Lex::Had | Lex::PresentVerb)) => true,
                Kind::Word(Some(Lex::The | Lex::A | Lex::Of)) => false,
                Kind::Word(_) => t.cap,
                _ => false,
            },
        }
    }

    /// "the following year", "the next day", "the previous year", "the same
    /// month", "the following spring", "the next morning"; with a plural or a
    /// number, a duration ("the next ten years").
    fn the_relative(&self, i: usize, k: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let n = match self.lex(k)? {
            Lex::Following | Lex::Next => 1,
            Lex::Previous => -1,
            Lex::Same => 0,
            _ => return None,
        };
        let j = k + 1;
        let sem = match self.lex(j)? {
            Lex::Unit(g, false) => Sem::Rel { gran: g, n, fill: None },
            Lex::Day => Sem::Rel { gran: Gran::Day, n, fill: None },
            Lex::Week(false) => Sem::Rel { gran: Gran::Day, n: 7 * n, fill: None },
            Lex::Season(s) if n != 0 => Sem::Rel { gran: Gran::Season, n, fill: Some(unknown(Cal::season(0, s))) },
            Lex::Month(m) if n != 0 && self.cap(j) => {
                Sem::Rel { gran: Gran::Month, n, fill: Some(unknown(Cal::month(0, m))) }
            }
            Lex::Tod(t) => {
                let mut p = Parsed::new(i, j + 1, Sem::Rel { gran: Gran::Day, n, fill: None });
                p.tod = Some(t);
                return self.push(out, p);
            }
            _ => return self.the_span(i, k, out),
        };
        self.push(out, Parsed::new(i, j + 1, sem))
    }

    /// A stretch of time named with a determiner: "the next ten years", "the
    /// past decade", "the first two years", "the early years", "the intervening
    /// years", "the following days", "the last years". `k` is at the adjective.
    pub(crate) fn the_span(&self, i: usize, k: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let anchor: i8 = match self.lex(k)? {
            Lex::Next | Lex::Following => 1,
            Lex::Past | Lex::Previous => -1,
            Lex::Last | Lex::Ord(1) | Lex::Early | Lex::Later | Lex::Intervening | Lex::Late => 0,
            _ => return None,
        };
        let (q, j) = match self.quantity(k + 1) {
            Some((Qty::N(1), _)) if self.is(k + 1, Lex::A) => return None,
            Some(x) => x,
            None if self.is(k + 1, Lex::Vague) => (Qty::Vague, k + 2),
            None => (Qty::Vague, k + 1),
        };
        let (unit, plural) = DUnit::from_lex(self.lex(j)?)?;
        let q = match (q, plural) {
            (Qty::Vague, false) if matches!(self.lex(k), Some(Lex::Ord(1) | Lex::Last | Lex::Past)) => Qty::N(1),
            (Qty::Vague, false) => return None,
            (Qty::N(1), true) => return None,
            (q, _) => q,
        };
        // "the last year" (singular) names a year of something, not a span up to
        // now; "the past decade" is the decade up to now.
        let anchor = if plural || !matches!(q, Qty::N(1)) || self.is(k, Lex::Past) { anchor } else { 0 };
        self.push(out, Parsed::new(i, j + 1, Sem::Duration { q, unit, anchor }))
    }

    /// "the four previous weeks", "the two following days": a number before the adjective.
    fn counted_span(&self, i: usize, k: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (Qty::N(n), j) = self.quantity(k)? else {
            return None;
        };
        let anchor: i8 = match self.lex(j)? {
            Lex::Next | Lex::Following => 1,
            Lex::Past | Lex::Previous | Lex::Last => -1,
            Lex::Ord(1) => 0,
            _ => return None,
        };
        let (unit, true) = DUnit::from_lex(self.lex(j + 1)?)? else {
            return None;
        };
        self.push(out, Parsed::new(i, j + 2, Sem::Duration { q: Qty::N(n), unit, anchor }))
    }

    /// "later that year", "later in the summer", "later in 1917".
    pub(crate) fn later_in(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        if !self.is(i, Lex::Later) {
            return None;
        }
        let j = if self.is(i + 1, Lex::In) { i + 2 } else { i + 1 };
        let before = out.len();
        let e = match self.lex(j) {
            Some(Lex::That | Lex::This) => self.anaphor(j, out),
            Some(Lex::The) if j == i + 2 => self.the(j, out).or_else(|| match self.lex(j + 1) {
                Some(Lex::Unit(g, false)) => {
                    self.push(out, Parsed::new(j, j + 2, Sem::Rel { gran: g, n: 0, fill: None }))
                }
                _ => None,
            }),
            _ if j == i + 2 => self.year_expr(j, out),
            _ => None,
        };
        match e {
            Some(e)
                if out.len() > before && matches!(out[before].sem, Sem::Rel { .. } | Sem::Partial(_) | Sem::Abs(_)) =>
            {
                out[before].t0 = i;
                Some(e)
            }
            _ => {
                out.truncate(before);
                None
            }
        }
    }

    /// Hedged expressions: "about 1640", "c. 1640", "ca. 466 BC", "around the
    /// 1640s", "some ten years", "more than 40 days", "nearly a year", "just 14
    /// years later", "at least ten years".
    pub(crate) fn hedged(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let before = out.len();
        let (j, qmod, dates) = match self.lex(i)? {
            Lex::Approx => {
                let t = self.txt(i);
                let short =
                    t.eq_ignore_ascii_case("c") || t.eq_ignore_ascii_case("ca") || t.eq_ignore_ascii_case("approx");
                let j = if matches!(self.punct(i + 1), Some(P::Period)) { i + 2 } else { i + 1 };
                if short && j == i + 1 && !self.glued(i + 1) {
                    return None;
                }
                (j, Some("APPROX"), !t.eq_ignore_ascii_case("some"))
            }
            Lex::Nearly => (i + 1, Some("LESS_THAN"), false),
            Lex::Just => (i + 1, None, false),
            Lex::More if self.is(i + 1, Lex::Than) => (i + 2, Some("MORE_THAN"), false),
            Lex::Less if self.is(i + 1, Lex::Than) => (i + 2, Some("LESS_THAN"), false),
            Lex::Over => (i + 1, Some("MORE_THAN"), false),
            Lex::At if self.txt(i + 1).eq_ignore_ascii_case("least") => (i + 2, Some("EQUAL_OR_MORE"), false),
            _ => return None,
        };
        if dates {
            let is_date_start = matches!(
                self.t.get(j).map(|t| t.kind),
                Some(
                    Kind::Num { .. }
                        | Kind::Punct(P::Apos)
                        | Kind::Word(Some(
                            Lex::Month(_) | Lex::The | Lex::Era(false) | Lex::Early | Lex::Late | Lex::Mid
                        ))
                )
            );
            if is_date_start {
                let r = match self.t.get(j).map(|t| t.kind) {
                    Some(Kind::Num { .. }) => self.quantified(j, j, out).or_else(|| self.numeric(j, out)),
                    Some(Kind::Word(Some(Lex::Month(_)))) => self.month_first(j, out),
                    Some(Kind::Word(Some(Lex::The))) => self.the(j, out),
                    Some(Kind::Word(Some(Lex::Early | Lex::Late | Lex::Mid))) => self.part_prefix(j, j, out),
                    Some(Kind::Punct(P::Apos)) => self.apostrophe_decade(j, out),
                    _ => self.year_expr(j, out),
                };
                if let Some(e) = r {
                    if out.len() > before && out[before].t0 == j {
                        let p = &mut out[before];
                        p.t0 = i;
                        match p.sem {
                            Sem::Duration { .. } => p.qmod = qmod,
                            _ => p.approx = true,
                        }
                        return Some(e);
                    }
                }
                out.truncate(before);
            }
        }
        let e = self.quantified(i, j, out)?;
        let p = &mut out[before];
        match p.sem {
            Sem::Duration { .. } if !self.is(i, Lex::Just) => p.qmod = qmod,
            Sem::Rel { .. } | Sem::Vague { .. } | Sem::Dct { .. } => {}
            _ => {
                out.truncate(before);
                return None;
            }
        }
        Some(e)
    }

    /// A quantity and a unit: a duration ("ten years", "a few days", "90 days",
    /// "ten-day", "26 years of age", "twelve to eighteen months") or an offset
    /// ("16 years earlier", "a year later", "two years ago", "weeks later").
    pub(crate) fn quantified(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (q, mut j) = self.quantity(i)?;
        if matches!(self.punct(j), Some(P::Dash)) && self.glued(j) {
            j += 1;
        } else if matches!(self.punct(j), Some(P::Dash)) || self.is(j, Lex::To) || self.is(j, Lex::Or) {
            // "twelve to eighteen months": the span covers both; the value the first.
            if let Some((Qty::N(_), k)) = self.quantity(j + 1) {
                if DUnit::from_lex(self.lex(k)?).is_some() {
                    j = k;
                }
            }
        }
        // One adjective may come between: "two bloody weeks", "three full days".
        if matches!(q, Qty::N(n) if n >= 2)
            && self.t.get(j).is_some_and(|t| t.is_word() && !t.cap && t.lex().is_none())
            && matches!(self.lex(j + 1).and_then(DUnit::from_lex), Some((_, true)))
        {
            j += 1;
        }
        let (unit, plural) = DUnit::from_lex(self.lex(j)?)?;
        if matches!(q, Qty::N(1)) && plural && self.is(i, Lex::A) {
            return None;
        }
        let k = j + 1;
        // An offset from the reference time.
        let dir = match self.lex(k) {
            Some(Lex::Later | Lex::Afterwards) => Some(1),
            Some(Lex::Earlier | Lex::Previously) => Some(-1),
            Some(Lex::Before | Lex::Prior) if self.ends_phrase(k + 1) => Some(-1),
            Some(Lex::After | Lex::On) if self.ends_phrase(k + 1) => Some(1),
            Some(Lex::Ago) => Some(0),
            _ => None,
        };
        if let Some(d) = dir {
            if matches!(q, Qty::N(n) if n > 100_000) {
                // Not a date of any history: "two billion years ago" stays a duration.
                return None;
            }
            let sem = match (q, unit.step()) {
                (Qty::Vague, Some((g, _))) if d == 0 => Sem::Dct { gran: g, n: -1, fill: None },
                (Qty::Vague, Some((g, _))) => Sem::Vague { later: d > 0, gran: g },
                (Qty::N(n), Some((g, mult))) if d == 0 => Sem::Dct { gran: g, n: -(n as i32) * mult, fill: None },
                // "a decade earlier" from 490 BC is 500 BC: counted in years, it
                // keeps the reference's precision.
                (Qty::N(n), Some((g, mult))) => {
                    let (g, mult) = match g {
                        Gran::Decade | Gran::Century | Gran::Millennium => (Gran::Year, crate::calendar::unit_years(g)),
                        g => (g, mult),
                    };
                    Sem::Rel { gran: g, n: d * n as i32 * mult, fill: None }
                }
                _ => return None,
            };
            return self.push(out, Parsed::new(t0, k + 1, sem));
        }
        let mut e = k;
        if self.is(e, Lex::Long) || self.is(e, Lex::Old) {
            e += 1;
        } else if (matches!(self.punct(e), Some(P::Dash)) && self.is(e + 1, Lex::Long))
            || (self.is(e, Lex::Of) && self.is(e + 1, Lex::Age))
        {
            // "3-year-long", "26 years of age".
            e += 2;
        }
        self.push(out, Parsed::new(t0, e, Sem::Duration { q, unit, anchor: 0 }))
    }

    /// A unit alone: "weeks later", "for years", "year-long".
    pub(crate) fn bare_unit(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (unit, plural) = DUnit::from_lex(self.lex(i)?)?;
        if !plural {
            // "year-long": one year.
            if matches!(self.punct(i + 1), Some(P::Dash)) && self.is(i + 2, Lex::Long) {
                return self.push(out, Parsed::new(i, i + 3, Sem::Duration { q: Qty::N(1), unit, anchor: 0 }));
            }
            return None;
        }
        let g = unit.step()?.0;
        match self.lex(i + 1) {
            Some(Lex::Later | Lex::Afterwards) => {
                return self.push(out, Parsed::new(i, i + 2, Sem::Vague { later: true, gran: g }))
            }
            Some(Lex::Earlier | Lex::Previously) => {
                return self.push(out, Parsed::new(i, i + 2, Sem::Vague { later: false, gran: g }))
            }
            _ => {}
        }
        let prev = if i > 0 { self.lex(i - 1) } else { None };
        if matches!(prev, Some(Lex::For | Lex::Within | Lex::Over)) {
            return self.push(out, Parsed::new(i, i + 1, Sem::Duration { q: Qty::Vague, unit, anchor: 0 }));
        }
        None
    }

    /// "that year", "that same day", "that spring", "that morning", "this year".
    pub(crate) fn anaphor(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        if self.is(i, Lex::These) {
            // "these days": the present.
            return match self.lex(i + 1) {
                Some(Lex::Unit(Gran::Day, true)) => {
                    self.push(out, Parsed::new(i, i + 2, Sem::Ref(RefKind::Present, true)))
                }
                _ => None,
            };
        }
        let this = self.is(i, Lex::This);
        let mut j = i + 1;
        if self.is(i, Lex::That) && self.is(j, Lex::Same) {
            j += 1;
        }
        if self.is(i, Lex::Same) {
            return None;
        }
        let (gran, fill, tod) = match self.lex(j)? {
            Lex::Unit(g, false) => (g, None, None),
            Lex::Day => (Gran::Day, None, None),
            Lex::Season(s) => (Gran::Year, Some(unknown(Cal::season(0, s))), None),
            Lex::Month(m) if self.cap(j) => (Gran::Year, Some(unknown(Cal::month(0, m))), None),
            Lex::Tod(t) => (Gran::Day, None, Some(t)),
            _ => return None,
        };
        let sem = if this && tod.is_none() { Sem::Dct { gran, n: 0, fill } } else { Sem::Rel { gran, n: 0, fill } };
        let mut p = Parsed::new(i, j + 1, sem);
        p.tod = tod;
        self.push(out, p)
    }

    /// "next year", "last month", "last summer", "next January", "last ten years".
    pub(crate) fn dct_relative(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        if i > 0 && matches!(self.lex(i - 1), Some(Lex::The | Lex::This | Lex::That | Lex::Poss)) {
            return None;
        }
        if i > 0 && matches!(self.t.get(i - 1).map(|t| t.kind), Some(Kind::Punct(P::Apos))) {
            return None;
        }
        let n = if self.is(i, Lex::Next) { 1 } else { -1 };
        let sem = match self.lex(i + 1)? {
            Lex::Unit(g, false) if g != Gran::Day => Sem::Dct { gran: g, n, fill: None },
            Lex::Week(false) => Sem::Dct { gran: Gran::Day, n: 7 * n, fill: None },
            Lex::Season(s) => Sem::Dct { gran: Gran::Season, n, fill: Some(unknown(Cal::season(0, s))) },
            Lex::Month(m) if self.cap(i + 1) => {
                Sem::Dct { gran: Gran::Month, n, fill: Some(unknown(Cal::month(0, m))) }
            }
            _ => {
                let before = out.len();
                let e = self.the_span(i, i, out)?;
                if let Sem::Duration { anchor, .. } = &mut out[before].sem {
                    *anchor = if n > 0 { 1 } else { -1 };
                }
                return Some(e);
            }
        };
        self.push(out, Parsed::new(i, i + 2, sem))
    }

    /// Words relative to the document date: "now", "today", "currently",
    /// "recently", "recent years", "former", "future", "present-day", "at present".
    pub(crate) fn reference(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let one = |sem| Parsed::new(i, i + 1, sem);
        let p = match self.lex(i)? {
            Lex::Now | Lex::Current => one(Sem::Ref(RefKind::Present, true)),
            Lex::Today => one(Sem::Ref(RefKind::Today, true)),
            Lex::Yesterday => one(Sem::Dct { gran: Gran::Day, n: -1, fill: None }),
            Lex::Tomorrow => one(Sem::Dct { gran: Gran::Day, n: 1, fill: None }),
            Lex::Tonight => {
                let mut p = one(Sem::Dct { gran: Gran::Day, n: 0, fill: None });
                p.tod = Some(Tod::Night);
                p
            }
            Lex::Recent => match self.lex(i + 1).and_then(DUnit::from_lex) {
                Some((u, true)) => Parsed::new(i, i + 2, Sem::Recent(u)),
                _ if self.txt(i).eq_ignore_ascii_case("recent") => one(Sem::Ref(RefKind::Past, false)),
                _ => one(Sem::Recent(DUnit::Year)),
            },
            // "the former" standing for a noun ("the former an option") is no time.
            Lex::Former
                if i > 0
                    && self.is(i - 1, Lex::The)
                    && self.t.get(i + 1).is_none_or(|t| !t.is_word() || t.lex().is_some()) =>
            {
                return None
            }
            Lex::Former => one(Sem::Ref(RefKind::Past, false)),
            Lex::Future => one(Sem::Ref(RefKind::Future, false)),
            Lex::Present => {
                if i > 0 && self.is(i - 1, Lex::At) {
                    one(Sem::Ref(RefKind::Present, true))
                } else if self.is(i + 1, Lex::Day) {
                    Parsed::new(i, i + 2, Sem::Ref(RefKind::Present, true))
                } else if matches!(self.punct(i + 1), Some(P::Dash)) && self.is(i + 2, Lex::Day) {
                    Parsed::new(i, i + 3, Sem::Ref(RefKind::Present, true))
                } else {
                    return None;
                }
            }
            Lex::Past => {
                let before = out.len();
                let e = self.the_span(i, i, out)?;
                out[before].t0 = i;
                return Some(e);
            }
            _ => return None,
        };
        self.push(out, p)
    }

    /// "the morning of 31 January 1965", "the night of May 13", "the afternoon",
    /// "night". `t0` is at "the" if there is one.
    pub(crate) fn time_of_day(&self, t0: usize, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let Some(Lex::Tod(tod)) = self.lex(i) else {
            return None;
        };
        self.day_part(t0, i + 1, tod, out).or_else(|| {
            let mut p = Parsed::new(t0, i + 1, Sem::Partial(Cal { known: false, ..Cal::year(0) }));
            p.tod = Some(tod);
            self.push(out, p)
        })
    }

    /// "[hours] of 30 April" after a part of the day: that day, at that part.
    /// ("the early morning hours of 30 April", "the early hours of 22 June").
    fn day_part(&self, t0: usize, j: usize, tod: Tod, out: &mut Vec<Parsed>) -> Option<usize> {
        let of = if self.is(j, Lex::Hour(true)) { j + 1 } else { j };
        if self.is(of, Lex::Of) {
            let before = out.len();
            let r = match self.t.get(of + 1).map(|t| t.kind) {
                Some(Kind::Word(Some(Lex::Month(_)))) => self.month_first(of + 1, out),
                Some(Kind::Num { .. }) => self.day_first(of + 1, of + 1, out),
                _ => None,
            };
            if let Some(e) = r {
                if out.len() == before + 1 {
                    let p = &mut out[before];
                    p.t0 = t0;
                    p.tod = Some(tod);
                    return Some(e);
                }
            }
            out.truncate(before);
        }
        None
    }

    /// "3:00 a.m.", "11:30", "5 p.m.": a time on the reference day.
    pub(crate) fn clock(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let (h, d, Suffix::None) = self.num(i)? else {
            return None;
        };
        if d > 2 || h > 24 {
            return None;
        }
        let (mut m, mut j) = (0, i + 1);
        if matches!(self.punct(j), Some(P::Colon)) && self.glued(j) {
            let (mm, 2, Suffix::None) = self.num(j + 1)? else {
                return None;
            };
            if mm > 59 {
                return None;
            }
            m = mm;
            j += 2;
        }
        let mut h = h;
        match self.lex(j) {
            Some(Lex::AmPm(pm)) if h <= 12 => {
                h = match (pm, h) {
                    (true, 12) => 12,
                    (true, h) => h + 12,
                    (false, 12) => 0,
                    (false, h) => h,
                };
                j += 1;
            }
            _ if j == i + 1 => return None,
            _ => {}
        }
        let mut p = Parsed::new(i, j, Sem::Rel { gran: Gran::Day, n: 0, fill: None });
        p.tod = Some(Tod::Clock(h as u8, m as u8, None));
        self.push(out, p)
    }

    /// "daily", "weekly", "per month", "every year".
    pub(crate) fn set(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let value = |g: Gran| match g {
            Gran::Day => "XXXX-XX-XX",
            Gran::Half => "XXXX-WXX",
            Gran::Month => "XXXX-XX",
            _ => "XXXX",
        };
        match self.lex(i)? {
            Lex::Daily(g) => self.push(out, Parsed::new(i, i + 1, Sem::Set(value(g)))),
            Lex::Per | Lex::Every => {
                let g = match self.lex(i + 1)? {
                    Lex::Day => Gran::Day,
                    Lex::Week(false) => Gran::Half,
                    Lex::Unit(g @ (Gran::Month | Gran::Year), false) => g,
                    _ => return None,
                };
                self.push(out, Parsed::new(i, i + 2, Sem::Set(value(g))))
            }
            _ => None,
        }
    }
}
