//! The time grammar: a hand-written recursive-descent parser over the tokens of
//! one sentence. It recognizes expressions and says what they mean ([`Sem`]);
//! resolving them against the narrative and the document date is left to
//! `resolve`.
//!
//! Spans follow TimeML/TempEval conventions: determiners and modifiers that
//! belong to the expression are inside ("the 1920s", "the end of 1954", "early
//! 1927", "ca. 466 BC", "twelve days later"); prepositions are outside ("in",
//! "by", "after"); a range is two expressions ("from 1652 to 1689").
//!
//! The rules live in four files: this one (the driver, numbers, ranges),
//! `dates` (calendar dates), `parts` (their parts: "early", "the end of") and
//! `relative` (relative and document-relative expressions, durations, clock
//! times, sets).

use crate::calendar::{Cal, Gran, Part, Tod};
use crate::lexicon::{Lex, Marks};
use crate::scan::{Kind, Suffix, Tok, P};

/// A quantity in a duration or an offset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Qty {
    N(u32),
    Half,
    /// A decimal written in figures: the byte span of its text.
    Dec(u32, u32),
    /// "a few", "several", "many".
    Vague,
}

/// Units of durations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DUnit {
    Millennium,
    Century,
    Decade,
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
}

impl DUnit {
    /// The ISO 8601 / TIMEX3 unit letter(s), and whether it is a time unit (after `T`).
    pub fn code(self) -> (&'static str, bool) {
        match self {
            DUnit::Millennium => ("ML", false),
            DUnit::Century => ("CE", false),
            DUnit::Decade => ("DE", false),
            DUnit::Year => ("Y", false),
            DUnit::Month => ("M", false),
            DUnit::Week => ("W", false),
            DUnit::Day => ("D", false),
            DUnit::Hour => ("H", true),
            DUnit::Minute => ("M", true),
        }
    }

    /// The calendar unit it steps by, and how many of them.
    pub fn step(self) -> Option<(Gran, i32)> {
        Some(match self {
            DUnit::Millennium => (Gran::Millennium, 1),
            DUnit::Century => (Gran::Century, 1),
            DUnit::Decade => (Gran::Decade, 1),
            DUnit::Year => (Gran::Year, 1),
            DUnit::Month => (Gran::Month, 1),
            DUnit::Week => (Gran::Day, 7),
            DUnit::Day => (Gran::Day, 1),
            DUnit::Hour | DUnit::Minute => return None,
        })
    }

    pub fn from_lex(l: Lex) -> Option<(DUnit, bool)> {
        Some(match l {
            Lex::Unit(g, pl) => (
                match g {
                    Gran::Millennium => DUnit::Millennium,
                    Gran::Century => DUnit::Century,
                    Gran::Decade => DUnit::Decade,
                    Gran::Year => DUnit::Year,
                    Gran::Month => DUnit::Month,
                    _ => DUnit::Day,
                },
                pl,
            ),
            Lex::Day => (DUnit::Day, false),
            Lex::Week(pl) => (DUnit::Week, pl),
            Lex::Hour(pl) => (DUnit::Hour, pl),
            Lex::Minute(pl) => (DUnit::Minute, pl),
            _ => return None,
        })
    }
}

/// Symbolic TIMEX3 values relative to the document date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RefKind {
    Present,
    /// "today": the document's day even in past-tense narration ("X attacked Y
    /// today"), except inside a quotation, where it is the speaker's.
    Today,
    Past,
    Future,
}

/// What an expression means, before resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Sem {
    /// A calendar value with its year.
    Abs(Cal),
    /// A calendar value whose year (or century, for "the sixties") comes from the reference.
    Partial(Cal),
    /// `n` units of `gran` from the reference time ("16 years earlier", "the
    /// following year", "that spring" = 0 years with `fill` a season).
    Rel { gran: Gran, n: i32, fill: Option<Cal> },
    /// A vague offset ("a few days later"): `later` or earlier.
    Vague { later: bool, gran: Gran },
    /// `n` units of `gran` from the document date ("last year", "two years ago",
    /// "this year"), or from the story's time when the speaker lives in it.
    /// With `fill`, the nearest such month or season before (`n < 0`) or after.
    Dct { gran: Gran, n: i32, fill: Option<Cal> },
    /// PRESENT_REF and friends; `dated` when it denotes the document date
    /// ("now", "currently") rather than qualifying a noun ("former").
    Ref(RefKind, bool),
    /// "recent years", "recently": the time up to the document date.
    Recent(DUnit),
    /// A length of time; `anchor` +1 for "the next ten years", -1 for "the past decade".
    Duration { q: Qty, unit: DUnit, anchor: i8 },
    /// A recurring time, with its TIMEX3 value.
    Set(&'static str),
    /// A weekday (1 = Monday) near the reference day.
    Weekday(u8),
    /// A year in three figures with no era, after "in", "by", "since" ...: in
    /// the era of the story ("in 480" in a history of the Persian wars is 480 BC).
    Bare(u32),
    /// The turn of a century: the boundary year, or the one nearest the reference.
    Turn(Option<i32>),
}

/// One recognized expression.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Parsed {
    /// Token range `[t0, t1)`.
    pub t0: usize,
    pub t1: usize,
    pub sem: Sem,
    pub part: Option<Part>,
    pub tod: Option<Tod>,
    /// "about", "c.", "around".
    pub approx: bool,
    /// TIMEX3 mod from a quantifier ("more than", "nearly").
    pub qmod: Option<&'static str>,
    /// Index in the output of the other end of a range starting here.
    pub range_to: Option<usize>,
}

impl Parsed {
    pub fn new(t0: usize, t1: usize, sem: Sem) -> Parsed {
        Parsed { t0, t1, sem, part: None, tod: None, approx: false, qmod: None, range_to: None }
    }

    /// The calendar value, when it is a plain date with or without its year.
    pub fn cal(&self) -> Option<Cal> {
        match self.sem {
            Sem::Abs(c) | Sem::Partial(c) => Some(c),
            _ => None,
        }
    }
}

/// The parser over one sentence's tokens.
pub(crate) struct Parser<'a> {
    pub t: &'a [Tok],
    pub text: &'a str,
}

/// Parses every expression of a sentence into `out` (cleared first).
pub(crate) fn parse_sentence(toks: &[Tok], text: &str, out: &mut Vec<Parsed>) {
    out.clear();
    let p = Parser { t: toks, text };
    let mut i = 0;
    while i < toks.len() {
        if !may_start(&toks[i]) {
            i += 1;
            continue;
        }
        let before = out.len();
        match p.parse_at(i, out) {
            Some(next) if next > i && out.len() > before => {
                p.link_range(before, out);
                i = out.last().map_or(next, |l| l.t1.max(next));
            }
            _ => {
                out.truncate(before);
                i += 1;
            }
        }
    }
    // Every rule returns non-empty spans; should one not, drop it rather than fail later.
    if out.iter().any(|p| p.t0 >= p.t1 || p.t1 > toks.len()) {
        out.retain(|p| p.t0 < p.t1 && p.t1 <= toks.len());
        for p in out.iter_mut() {
            p.range_to = None;
        }
    }
}

/// Whether a rule can start at the token: most tokens (words the lexicon does
/// not know, punctuation) start none, and are passed over without trying them.
/// The scanner marks them (see [`may_start_word`] and [`Marks::of_punct`]).
#[inline]
fn may_start(t: &Tok) -> bool {
    t.marks.has(Marks::MAY_START)
}

/// Whether a rule can start at a known word, for the lexicon to mark it.
pub(crate) fn may_start_word(l: Lex) -> bool {
    !joins_only(l)
}

/// Known words that start no rule of [`Parser::word`]: they join or lead into
/// an expression that starts after them, and are among the commonest words of
/// any text ("of", "in", "and", "to").
#[inline]
fn joins_only(l: Lex) -> bool {
    matches!(
        l,
        Lex::Of
            | Lex::In
            | Lex::On
            | Lex::By
            | Lex::To
            | Lex::From
            | Lex::And
            | Lex::Or
            | Lex::For
            | Lex::Since
            | Lex::Before
            | Lex::After
            | Lex::During
            | Lex::Until
            | Lex::Through
            | Lex::Between
            | Lex::Within
            | Lex::Than
            | Lex::Had
    )
}

impl<'a> Parser<'a> {
    #[inline]
    pub fn lex(&self, i: usize) -> Option<Lex> {
        self.t.get(i).and_then(Tok::lex)
    }

    #[inline]
    pub fn is(&self, i: usize, l: Lex) -> bool {
        self.lex(i) == Some(l)
    }

    #[inline]
    pub fn punct(&self, i: usize) -> Option<P> {
        self.t.get(i).and_then(Tok::punct)
    }

    #[inline]
    pub fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap)
    }

    /// The token's text.
    pub fn txt(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |t| &self.text[t.start as usize..t.end as usize])
    }

    /// A plain number token: value, digit count, suffix.
    #[inline]
    pub fn num(&self, i: usize) -> Option<(u32, u8, Suffix)> {
        match self.t.get(i)?.kind {
            Kind::Num { val, digits, suffix, plain: true } => Some((val, digits, suffix)),
            _ => None,
        }
    }

    /// Whether token `i` is glued to the one before it (no space between).
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space)
    }

    /// Whether token `i` starts a sentence, a quotation or a bracket.
    pub fn at_start(&self, i: usize) -> bool {
        i == 0 || matches!(self.punct(i - 1), Some(P::Quote | P::Open | P::Colon | P::Semi))
    }

    /// A cardinal number in figures (up to four digits) or words
    /// ("ten", "twenty-seven", "two hundred"): its value and the next index.
    pub fn cardinal(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((v, d, Suffix::None)) = self.num(i) {
            return (d <= 4).then_some((v, i + 1));
        }
        let Some(Lex::Card(n)) = self.lex(i) else {
            return None;
        };
        let mut v = u32::from(n);
        let mut j = i + 1;
        if (20..=90).contains(&v) && v % 10 == 0 {
            let k = if self.punct(j) == Some(P::Dash) && self.glued(j) { j + 1 } else { j };
            if let Some(Lex::Card(u)) = self.lex(k) {
                if (1..=9).contains(&u) {
                    v += u32::from(u);
                    j = k + 1;
                }
            }
        }
        if let Some(Lex::Card(100)) = self.lex(j) {
            if v < 100 {
                v *= 100;
                j += 1;
            }
        }
        Some((v, j))
    }

    /// An ordinal ("17th", "nineteenth", "twenty-first").
    pub fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((v, d, Suffix::Ord)) = self.num(i) {
            return (d <= 3).then_some((v, i + 1));
        }
        match self.lex(i)? {
            Lex::Ord(n) => Some((u32::from(n), i + 1)),
            Lex::Card(n) if (20..=90).contains(&n) && n % 10 == 0 => {
                let k = if self.punct(i + 1) == Some(P::Dash) { i + 2 } else { i + 1 };
                match self.lex(k)? {
                    Lex::Ord(u) if (1..=9).contains(&u) => Some((u32::from(n + u), k + 1)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// A quantity: a cardinal, "a"/"an", "a few", "several", "a couple of",
    /// "half a", or a decimal in figures.
    pub fn quantity(&self, i: usize) -> Option<(Qty, usize)> {
        if let Some(t) = self.t.get(i) {
            if let Kind::Num { plain: false, suffix: Suffix::None, .. } = t.kind {
                let s = &self.text[t.start as usize..t.end as usize];
                if s.contains('.') && !s.contains(',') {
                    return Some((Qty::Dec(t.start, t.end), i + 1));
                }
                if let Kind::Num { val, .. } = t.kind {
                    return Some((Qty::N(val), i + 1));
                }
            }
        }
        if let Some((v, j)) = self.cardinal(i) {
            return Some((Qty::N(v), j));
        }
        match self.lex(i)? {
            Lex::A => match self.lex(i + 1) {
                Some(Lex::Vague) => {
                    let j = if self.is(i + 2, Lex::Of) { i + 3 } else { i + 2 };
                    Some((Qty::Vague, j))
                }
                Some(Lex::Half) => Some((Qty::Half, i + 2)),
                Some(Lex::Card(100)) => Some((Qty::N(100), i + 2)),
                _ => Some((Qty::N(1), i + 1)),
            },
            Lex::Vague if self.txt(i).eq_ignore_ascii_case("several") || self.txt(i).eq_ignore_ascii_case("many") => {
                Some((Qty::Vague, i + 1))
            }
            Lex::Half if self.is(i + 1, Lex::A) => Some((Qty::Half, i + 2)),
            _ => None,
        }
    }

    /// A year: "1066", "44 BC", "AD 1066", "A.D. 1066", "1066 AD". Returns the
    /// astronomical year, the next index and whether an era was written. Numbers
    /// below 1000 (and above 2199) are years only with an era.
    pub fn year(&self, i: usize) -> Option<(i32, usize, bool)> {
        if let Some(Lex::Era(false)) = self.lex(i) {
            if self.cap(i) && !self.txt(i).eq_ignore_ascii_case("ce") {
                if let Some((v, d, Suffix::None)) = self.num(i + 1) {
                    if d <= 4 && v >= 1 {
                        return Some((v as i32, i + 2, true));
                    }
                }
            }
            return None;
        }
        let (v, d, suf) = self.num(i)?;
        if suf != Suffix::None || d > 4 || v == 0 {
            return None;
        }
        if let Some(Lex::Era(bc)) = self.lex(i + 1) {
            if self.cap(i + 1) {
                return Some((if bc { 1 - v as i32 } else { v as i32 }, i + 2, true));
            }
        }
        if d == 4 && (1000..=2199).contains(&v) && !self.counted(i + 1) && !self.after_name(i) {
            return Some((v as i32, i + 1, false));
        }
        None
    }

    /// Whether token `i` follows a capitalized word of a name inside the sentence
    /// ("Resolution 1483", "White Christmas"), which makes it part of the name.
    pub fn after_name(&self, i: usize) -> bool {
        // In a heading ("Eastern Theater 1861–1863") the date stands apart.
        let ends = i + 1 >= self.t.len() || matches!(self.punct(i + 1), Some(P::Dash));
        !ends
            && i > 0
            && !self.at_start(i - 1)
            && self.t.get(i - 1).is_some_and(|t| t.is_word() && t.cap && t.lex().is_none())
    }

    /// Whether the word at `i` is a noun being counted ("1500 troops"), which
    /// makes the number before it a quantity and not a year.
    fn counted(&self, i: usize) -> bool {
        matches!(
            self.lex(i),
            Some(Lex::Count | Lex::Unit(..) | Lex::Week(_) | Lex::Day | Lex::Hour(_) | Lex::Minute(_))
        ) || matches!(self.punct(i), Some(P::Other)) && self.txt(i) == "%"
    }

    /// Tries every rule at token `i`, pushing what it finds; returns the index
    /// after the last token used.
    fn parse_at(&self, i: usize, out: &mut Vec<Parsed>) -> Option<usize> {
        let tok = self.t.get(i)?;
        match tok.kind {
            Kind::Iso { .. } => self.iso(i, out),
            Kind::Num { .. } => self.numeric(i, out),
            Kind::Punct(P::Apos) => self.apostrophe_decade(i, out),
            Kind::Word(Some(l)) => self.word(i, l, out),
            _ => None,
        }
    }

    /// Rules that start with a known word.
    fn word(&self, i: usize, l: Lex, out: &mut Vec<Parsed>) -> Option<usize> {
        match l {
            Lex::Month(_) => self.month_first(i, out),
            Lex::The => self.the(i, out),
            Lex::Early | Lex::Late | Lex::Mid | Lex::Middle | Lex::Later => {
                self.part_prefix(i, i, out).or_else(|| self.later_in(i, out))
            }
            Lex::Beginning | Lex::Start | Lex::End | Lex::Close => self.part_of(i, i, out),
            Lex::Approx | Lex::Nearly | Lex::Just | Lex::More | Lex::Less | Lex::Over | Lex::At => self.hedged(i, out),
            Lex::Era(false) => self.year_expr(i, out),
            Lex::Season(_) => self.season(i, i, out),
            Lex::That | Lex::This | Lex::Same | Lex::These => self.anaphor(i, out),
            Lex::Next | Lex::Last => self.dct_relative(i, out),
            Lex::Weekday(_) => self.weekday(i, out),
            Lex::Christmas => self.christmas(i, out),
            Lex::Daily(_) | Lex::Per | Lex::Every => self.set(i, out),
            Lex::Tod(_) => self.time_of_day(i, i, out),
            Lex::A | Lex::Card(_) | Lex::Vague | Lex::Half => self.quantified(i, i, out),
            Lex::Unit(..) | Lex::Week(true) | Lex::Day => self.bare_unit(i, out),
            Lex::Now
            | Lex::Today
            | Lex::Yesterday
            | Lex::Tomorrow
            | Lex::Tonight
            | Lex::Current
            | Lex::Recent
            | Lex::Former
            | Lex::Future
            | Lex::Present
            | Lex::Past => self.reference(i, out),
            Lex::Ord(_) => self.century(i, i, out),
            // "to date": up to now.
            Lex::DateNoun if i > 0 && self.is(i - 1, Lex::To) && !self.t.get(i + 1).is_some_and(|t| t.is_word()) => {
                self.push(out, Parsed::new(i, i + 1, Sem::Ref(RefKind::Present, true)))
            }
            _ => None,
        }
    }

    /// Pushes one expression and returns its end.
    pub fn push(&self, out: &mut Vec<Parsed>, p: Parsed) -> Option<usize> {
        let end = p.t1;
        out.push(p);
        Some(end)
    }

    /// After an expression, a range: "1652–1689", "from 1652 to 1689", "between
    /// 1937 and 1945", "April to June 1968", "the 1950s and 1960s". The second
    /// end lends its era and year to the first ("from 499 to 493 BC").
    fn link_range(&self, first: usize, out: &mut Vec<Parsed>) {
        if out.len() != first + 1 {
            return;
        }
        let a = out[first];
        let Some(ca) = a.cal() else { return };
        let j = a.t1;
        let between = a.t0 > 0 && self.is(a.t0 - 1, Lex::Between);
        let conj = match (self.punct(j), self.lex(j)) {
            (Some(P::Dash), _) => true,
            (_, Some(Lex::To | Lex::Until | Lex::Through)) => true,
            // "the 1950s and 1960s"; "the summer and autumn of 481 BC" shares its year.
            (_, Some(Lex::And)) => {
                between
                    || matches!(ca.gran, Gran::Decade | Gran::Century | Gran::Millennium)
                    || matches!(a.sem, Sem::Partial(c) if c.gran >= Gran::Season)
            }
            _ => false,
        };
        if !conj {
            return;
        }
        let mut tail = Vec::new();
        let k = j + 1;
        let got = self.parse_at(k, &mut tail).is_some() && (!tail.is_empty() && tail[0].t0 == k);
        let Some(mut b) = got.then(|| tail[0]) else {
            return;
        };
        let Some(cb) = b.cal() else { return };
        let mut ca = ca;
        // Lend the year (and era) of the second end to the first.
        if let (Sem::Partial(_), Sem::Abs(_)) = (a.sem, b.sem) {
            if ca.gran >= Gran::Season && cb.gran >= Gran::Season {
                ca.year = if ca.gran >= Gran::Month && cb.gran >= Gran::Month && ca.month > cb.month {
                    cb.year - 1
                } else {
                    cb.year
                };
                ca.known = true;
            }
        }
        if ca.known
            && cb.known
            && ca.gran == cb.gran
            && matches!(ca.gran, Gran::Decade | Gran::Century)
            && ca.year > cb.year
        {
            return;
        }
        let mut a2 = a;
        a2.sem = match a.sem {
            Sem::Partial(_) if ca.known => Sem::Abs(ca),
            s => s,
        };
        a2.range_to = Some(first + 1);
        out[first] = a2;
        b.range_to = None;
        out.push(b);
        out.extend(tail.into_iter().skip(1));
    }
}

/// Whether a year with this many written digits and value may be the second
/// end of an abbreviated range ("1939–45", "1941–42"): the next value up.
pub(crate) fn abbreviated_end(first: i32, v: u32, digits: u8) -> Option<i32> {
    if digits != 2 || first < 100 {
        return None;
    }
    let full = first - first.rem_euclid(100) + v as i32;
    (full > first).then_some(full)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::scan::scan_text;

    pub(crate) fn parse(text: &str) -> Vec<(String, Sem)> {
        let lex = Lexicon::new();
        let mut toks = Vec::new();
        scan_text(&lex, text, 0, text.len(), &mut toks);
        let mut out = Vec::new();
        parse_sentence(&toks, text, &mut out);
        out.iter().map(|p| (text[toks[p.t0].start as usize..toks[p.t1 - 1].end as usize].to_string(), p.sem)).collect()
    }

    #[test]
    fn words_passed_over_start_no_rule() {
        let lex = Lexicon::new();
        let words = "of in on by to from and or for since before after during until till through \
                     throughout between within than had";
        for w in words.split_whitespace() {
            for text in [format!("{w} 1990"), format!("to {w} date"), format!("{w} the year")] {
                let mut toks = Vec::new();
                scan_text(&lex, &text, 0, text.len(), &mut toks);
                let p = Parser { t: &toks, text: &text };
                let at = toks.iter().position(|t| &text[t.start as usize..t.end as usize] == w).unwrap();
                let Kind::Word(Some(l)) = toks[at].kind else { panic!("{w} is not in the lexicon") };
                assert!(joins_only(l), "{w}");
                let mut out = Vec::new();
                assert_eq!(p.word(at, l, &mut out), None, "{text}");
                assert!(out.is_empty(), "{text}");
            }
        }
    }

    #[test]
    fn numbers_in_words_and_figures() {
        let lex = Lexicon::new();
        let text = "twenty-seven 16 twenty first 17th a few";
        let mut toks = Vec::new();
        scan_text(&lex, text, 0, text.len(), &mut toks);
        let p = Parser { t: &toks, text };
        assert_eq!(p.cardinal(0), Some((27, 3)));
        assert_eq!(p.cardinal(3), Some((16, 4)));
        assert_eq!(p.ordinal(4), Some((21, 6)));
        assert_eq!(p.ordinal(6), Some((17, 7)));
        assert_eq!(p.quantity(7), Some((Qty::Vague, 9)));
    }

    #[test]
    fn years_need_an_era_below_one_thousand() {
        let v = parse("In 44 BC and AD 9 and 1066 but not 500 men or 1500 troops.");
        let s: Vec<&str> = v.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(s, ["44 BC", "AD 9", "1066"]);
        assert_eq!(v[0].1, Sem::Abs(Cal::year(-43)));
    }

    #[test]
    fn abbreviated_range_ends() {
        assert_eq!(abbreviated_end(1939, 45, 2), Some(1945));
        assert_eq!(abbreviated_end(1995, 96, 2), Some(1996));
        assert_eq!(abbreviated_end(1995, 90, 2), None);
    }
}
