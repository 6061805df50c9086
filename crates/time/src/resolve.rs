//! From what an expression means to what it denotes: the TIMEX3 type, value and
//! mod, and a [`When`] (EDTF, interval, precision), given the narrative
//! reference time and the document date.

use crate::calendar::{edtf_interval, part_interval, Cal, Gran, Part};
use crate::date::push_padded;
use crate::grammar::{DUnit, Parsed, Qty, RefKind, Sem};
use crate::{format_year, Basis, Date, Interval, Precision, TimexType, When};

/// What the resolver knows around one expression.
pub(crate) struct Ctx {
    pub dct: Date,
    /// The reference time relative expressions count from.
    pub reference: Option<Cal>,
    /// Inside a quotation: "two years ago" counts from the narrative, not the document.
    pub quoted: bool,
    /// The clause is told in the present tense.
    pub present: bool,
    /// The clause is a flashback: a month named without its year lies before the reference.
    pub backward: bool,
}

impl Ctx {
    /// The "now" of the one speaking, when it is the story's time rather than the
    /// document's: inside a quotation, or in past-tense narration of a story
    /// years before the document ("he said he had signed two years ago").
    fn story_now(&self) -> Option<Cal> {
        let r = self.reference?;
        let far = r.known && r.year < self.dct.year - 2;
        (self.quoted || (!self.present && far)).then_some(r)
    }
}

/// A resolved expression.
pub(crate) struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<&'static str>,
    pub when: Option<When>,
    /// The calendar value, to serve as the next reference time.
    pub cal: Option<Cal>,
    /// Whether the value came from the document date.
    pub dct_based: bool,
}

pub(crate) fn resolve(p: &Parsed, text: &str, ctx: &Ctx) -> Resolved {
    let dct_cal = Cal::day(ctx.dct.year, ctx.dct.month, ctx.dct.day);
    let mut basis = Basis::Explicit;
    let mut dct_based = false;
    let cal: Option<Cal> = match p.sem {
        Sem::Abs(c) => Some(c),
        Sem::Bare(v) => match ctx.reference {
            Some(r) if r.known && r.year <= 0 => Some(Cal::year(1 - v as i32)),
            _ => Some(Cal::year(v as i32)),
        },
        Sem::Partial(c) => {
            basis = Basis::Anchored;
            fill_year(c, ctx.reference, ctx.backward)
        }
        Sem::Rel { gran, n, fill } => {
            basis = Basis::Anchored;
            ctx.reference.map(|r| relative(r, gran, n, fill))
        }
        Sem::Dct { gran, n, fill } => match ctx.story_now() {
            Some(r) => {
                basis = Basis::Anchored;
                Some(relative(r, gran, n, fill))
            }
            None => {
                basis = Basis::Document;
                dct_based = true;
                Some(relative(dct_cal, gran, n, fill))
            }
        },
        Sem::Weekday(n) => match ctx.reference.filter(|r| r.gran == Gran::Day && r.known) {
            // The nearest such day to the narrative's day.
            Some(r) => {
                basis = Basis::Anchored;
                Date::new(r.year, r.month, r.day).and_then(|d| {
                    (-3..=3).map(|k| d.add_days(k)).find(|x| weekday(*x) == n).map(|x| Cal::day(x.year, x.month, x.day))
                })
            }
            // News with no day of its own: the last such day before the document
            // date, or the next one in the present or future tense.
            None if ctx.story_now().is_none() => {
                basis = Basis::Document;
                let days = if ctx.present { 0..=6 } else { -6..=0 };
                days.map(|k| ctx.dct.add_days(k)).find(|x| weekday(*x) == n).map(|x| Cal::day(x.year, x.month, x.day))
            }
            None => None,
        },
        Sem::Turn(b) => {
            let b =
                b.or_else(|| ctx.reference.filter(|r| r.known).map(|r| (r.year as f64 / 100.0).round() as i32 * 100));
            return turn(b);
        }
        Sem::Ref(kind, dated) => return reference(kind, dated, ctx),
        Sem::Recent(unit) => return recent(unit, ctx.dct),
        Sem::Duration { q, unit, anchor } => return duration(p, q, unit, anchor, text, ctx),
        Sem::Set(v) => {
            return Resolved {
                kind: TimexType::Set,
                value: v.to_string(),
                modifier: None,
                when: None,
                cal: None,
                dct_based: false,
            }
        }
        Sem::Vague { later, gran } => return vague(later, gran, ctx),
    };
    let mut cal = cal;
    if let (Some(c), Some(t)) = (cal.as_mut(), p.tod) {
        c.tod = Some(t);
    }
    let kind = if p.tod.is_some() { TimexType::Time } else { TimexType::Date };
    let value = match (cal, p.sem) {
        // "the same day" when only the month is known: BC0479-06-XX.
        (Some(c), Sem::Rel { gran, .. } | Sem::Dct { gran, .. }) if c.tod.is_none() => {
            let mut v = c.value();
            let mut g = c.gran;
            while g < gran && matches!(g, Gran::Year | Gran::Month) {
                v.push_str("-XX");
                g = if g == Gran::Year { Gran::Month } else { Gran::Day };
            }
            v
        }
        (Some(c), _) => c.value(),
        (None, Sem::Weekday(n)) => format!("XXXX-WXX-{n}"),
        (None, Sem::Partial(c)) => {
            let mut c = c;
            c.tod = p.tod;
            c.value()
        }
        (None, _) => "XXXX".into(),
    };
    let modifier = p.part.map(Part::timex_mod).or(if p.approx { Some("APPROX") } else { None });
    let when = cal.filter(|c| c.known).and_then(|c| {
        let (interval, precision, edtf) = match p.part {
            Some(part) => {
                let (iv, prec) = part_interval(&c, part)?;
                (iv, prec, edtf_interval(&iv))
            }
            None => (c.interval()?, c.precision(), c.edtf()),
        };
        let edtf = if p.approx { approx_edtf(&edtf) } else { edtf };
        Some(When { edtf, interval, precision, approximate: p.approx, basis })
    });
    Resolved { kind, value, modifier, when, cal: cal.filter(|c| c.known), dct_based }
}

/// A month, day or season given without its year takes the year that puts it
/// nearest the reference time ("December 1941 ... January" is January 1942;
/// "June ... April" the April before), or in a flashback the nearest before it;
/// a decade without its century ("the sixties") takes the reference's century.
fn fill_year(c: Cal, reference: Option<Cal>, backward: bool) -> Option<Cal> {
    if c.known {
        return Some(c);
    }
    if c.gran == Gran::Decade {
        let century = match reference {
            Some(r) if r.known && r.year > 0 => r.year.div_euclid(100) * 100,
            _ => 1900,
        };
        return Some(Cal { known: true, year: century + c.year, ..c });
    }
    if c.gran == Gran::Year {
        // A time of day alone ("at night"): no day to put it on.
        return None;
    }
    let r = reference.filter(|r| r.known && r.gran >= Gran::Year)?;
    let with = |y: i32| Cal { known: true, year: y, ..c };
    let Some(riv) = r.interval().filter(|_| r.gran > Gran::Year) else {
        return Some(with(r.year));
    };
    // Days from the reference to each candidate (0 when they overlap); negative before it.
    let gap = |y: i32| -> Option<i64> {
        let iv = with(y).interval()?;
        Some(if iv.start > riv.end {
            iv.start.to_days() - riv.end.to_days()
        } else if iv.end < riv.start {
            iv.end.to_days() - riv.start.to_days()
        } else {
            0
        })
    };
    let candidates = [r.year, r.year + 1, r.year - 1];
    let best = if backward {
        candidates.into_iter().filter(|&y| gap(y).is_some_and(|g| g <= 0)).max_by_key(|&y| gap(y))
    } else {
        // Ties go to the same year, then forwards: narration mostly moves on.
        candidates.into_iter().min_by_key(|&y| gap(y).map_or(i64::MAX, |g| g.abs() * 2 + i64::from(g < 0)))
    };
    Some(with(best.unwrap_or(r.year)))
}

/// `n` units of `gran` from `r`; with `fill`, the month or season named, in the
/// year found (or the nearest such one before or after, for `Gran::Month` and
/// `Gran::Season` offsets).
fn relative(r: Cal, gran: Gran, n: i32, fill: Option<Cal>) -> Cal {
    let Some(f) = fill else {
        return r.shift(gran, n);
    };
    let year_of = |y: i32| Cal { known: r.known, year: y, ..f };
    if n != 0 && (gran == Gran::Season || gran == Gran::Month) {
        // The nearest such season or month after (or before) the reference.
        if let Some(riv) = r.interval() {
            for k in 0..3 {
                let y = if n > 0 { r.year + k - 1 } else { r.year + 1 - k };
                if let Some(iv) = year_of(y).interval() {
                    if (n > 0 && iv.start > riv.end) || (n < 0 && iv.end < riv.start) {
                        return year_of(y);
                    }
                }
            }
        }
        return year_of(r.year + n.signum());
    }
    year_of(r.shift(Gran::Year, if gran == Gran::Year { n } else { 0 }).year)
}

/// The precision of a unit.
fn gran_precision(g: Gran) -> Precision {
    Cal { gran: g, ..Cal::year(0) }.precision()
}

/// ISO weekday, 1 = Monday.
fn weekday(d: Date) -> u8 {
    // 2000-01-03 was a Monday.
    let monday = Date { year: 2000, month: 1, day: 3 }.to_days();
    ((d.to_days() - monday).rem_euclid(7) + 1) as u8
}

fn reference(kind: RefKind, dated: bool, ctx: &Ctx) -> Resolved {
    let value = match kind {
        RefKind::Present | RefKind::Today => "PRESENT_REF",
        RefKind::Past => "PAST_REF",
        RefKind::Future => "FUTURE_REF",
    };
    // "now" in past-tense narration is the narrative's now, not the document's.
    let at_dct = dated
        && match kind {
            RefKind::Present => ctx.story_now().is_none(),
            RefKind::Today => !ctx.quoted,
            RefKind::Past | RefKind::Future => false,
        };
    let when = at_dct.then(|| When {
        edtf: ctx.dct.to_string(),
        interval: Interval::new(ctx.dct, ctx.dct),
        precision: Precision::Day,
        approximate: false,
        basis: Basis::Document,
    });
    Resolved { kind: TimexType::Date, value: value.into(), modifier: None, when, cal: None, dct_based: true }
}

/// "recent years", "recently": a stretch before the document date.
fn recent(unit: DUnit, dct: Date) -> Resolved {
    let back_days: i64 = match unit {
        DUnit::Millennium | DUnit::Century | DUnit::Decade => 30 * 365,
        DUnit::Year => 10 * 365,
        DUnit::Month => 365,
        DUnit::Week => 91,
        DUnit::Day | DUnit::Hour | DUnit::Minute => 31,
    };
    let start = dct.add_days(-back_days);
    let interval = Interval::new(start, dct);
    let precision = if back_days > 300 { Precision::Year } else { Precision::Month };
    let when = When { edtf: edtf_interval(&interval), interval, precision, approximate: true, basis: Basis::Document };
    Resolved {
        kind: TimexType::Date,
        value: "PAST_REF".into(),
        modifier: None,
        when: Some(when),
        cal: None,
        dct_based: true,
    }
}

/// "a few days later": FUTURE_REF / PAST_REF in TIMEX3; for dating, a few units
/// after (or before) the reference.
fn vague(later: bool, gran: Gran, ctx: &Ctx) -> Resolved {
    let value = if later { "FUTURE_REF" } else { "PAST_REF" };
    let when = ctx.reference.and_then(|r| {
        let riv = r.interval()?;
        let far = r.shift(gran, if later { 3 } else { -3 }).interval()?;
        let interval = if later { Interval::new(riv.start, far.end) } else { Interval::new(far.start, riv.end) };
        let precision = r.precision().max(gran_precision(gran));
        Some(When { edtf: edtf_interval(&interval), interval, precision, approximate: true, basis: Basis::Anchored })
    });
    Resolved { kind: TimexType::Date, value: value.into(), modifier: None, when, cal: None, dct_based: false }
}

/// "the turn of the century": the decade around the boundary year.
fn turn(boundary: Option<i32>) -> Resolved {
    let when = boundary.map(|b| {
        let interval = Interval::years(b - 5, b + 4);
        When {
            edtf: format!("{}~", format_year(b)),
            interval,
            precision: Precision::Decade,
            approximate: true,
            basis: Basis::Explicit,
        }
    });
    Resolved {
        kind: TimexType::Date,
        value: boundary.map_or("XXXX".into(), format_year),
        modifier: Some("APPROX"),
        when,
        cal: boundary.map(Cal::year),
        dct_based: false,
    }
}

/// A duration's TIMEX3 value (`P10Y`, `PXD`, `P.5CE`, `PT24H`) and, when it is
/// anchored ("the next ten years"), the interval it covers.
fn duration(p: &Parsed, q: Qty, unit: DUnit, anchor: i8, text: &str, ctx: &Ctx) -> Resolved {
    let (code, time) = unit.code();
    // Written piece by piece, without the formatting machinery.
    let mut value = String::with_capacity(8);
    value.push('P');
    if time {
        value.push('T');
    }
    match q {
        Qty::N(n) => push_padded(&mut value, n, 1),
        Qty::Half => value.push_str(".5"),
        Qty::Dec(s, e) => value.push_str(text.get(s as usize..e as usize).unwrap_or("X")),
        Qty::Vague => value.push('X'),
    }
    value.push_str(code);
    let when = (anchor != 0).then_some(()).and_then(|_| {
        let (g, mult) = unit.step()?;
        let n = match q {
            Qty::N(n) => n as i32,
            _ => 3,
        };
        let base = ctx.reference.unwrap_or(Cal::year(ctx.dct.year));
        let (a, b) = if anchor > 0 { (base, base.shift(g, n * mult)) } else { (base.shift(g, -n * mult), base) };
        let interval = Interval::new(a.interval()?.start, b.interval()?.end);
        let precision = a.precision().min(b.precision());
        Some(When {
            edtf: edtf_interval(&interval),
            interval,
            precision,
            approximate: !matches!(q, Qty::N(_)),
            basis: Basis::Anchored,
        })
    });
    let modifier = p.qmod.or(if p.approx { Some("APPROX") } else { None });
    Resolved { kind: TimexType::Duration, value, modifier, when, cal: None, dct_based: false }
}

/// EDTF with the approximate marker on each end.
fn approx_edtf(e: &str) -> String {
    let mut s = String::with_capacity(e.len() + 2);
    for (k, x) in e.split('/').enumerate() {
        if k > 0 {
            s.push('/');
        }
        s.push_str(x);
        s.push('~');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Season;

    #[test]
    fn weekdays() {
        assert_eq!(weekday(Date { year: 2007, month: 9, day: 13 }), 4);
        assert_eq!(weekday(Date { year: 1941, month: 12, day: 7 }), 7);
    }

    #[test]
    fn relative_fills() {
        let r = Cal::year(1920);
        assert_eq!(relative(r, Gran::Year, 0, Some(Cal { known: false, ..Cal::month(0, 8) })).value(), "1920-08");
        let r = Cal::month(1917, 3);
        let spring = Cal { known: false, ..Cal::season(0, Season::Spring) };
        assert_eq!(relative(r, Gran::Season, 1, Some(spring)).value(), "1918-SP");
        let r = Cal::day(2009, 12, 19);
        let summer = Cal { known: false, ..Cal::season(0, Season::Summer) };
        assert_eq!(relative(r, Gran::Season, -1, Some(summer)).value(), "2009-SU");
        assert_eq!(relative(r, Gran::Season, 1, Some(summer)).value(), "2010-SU");
        let aug = Cal { known: false, ..Cal::month(0, 8) };
        assert_eq!(relative(Cal::month(1940, 6), Gran::Year, 1, Some(aug)).value(), "1941-08");
        assert_eq!(relative(Cal::year(1928), Gran::Year, 2, None).value(), "1930");
    }
}
