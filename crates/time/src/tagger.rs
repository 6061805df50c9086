//! The time tagger: finds the expressions of a document sentence by sentence,
//! resolves them against a narrative reference time it carries through the
//! text, and answers which date governs an event.
//!
//! Narrative time is the last explicit date of the story. Relative expressions
//! ("the following year") count from it and move it; flashbacks (a pluperfect
//! clause, "16 years earlier"), dates in quotations or brackets, bounds
//! ("before 1700") and expressions relative to the document date ("currently",
//! "in recent years") do not. The first date of a new paragraph sets it even
//! in a pluperfect clause: a new section starts a new thread of time.

use std::cell::RefCell;

use annals_text::Sentence;

use crate::anchor::{event_refs, mentions, EventRef};
use crate::calendar::{edtf_date, Cal, Gran, Tod};
use crate::context::{around, Around, Bound};
use crate::grammar::{parse_sentence, Parsed, Sem};
use crate::lexicon::{Lex, Lexicon, Marks};
use crate::resolve::{resolve, Ctx};
use crate::scan::{scan, Kind, Tok};
use crate::{Basis, Date, Interval, Precision, Timex, When};

/// Finds and normalizes time expressions. Build once, share by reference.
#[derive(Debug)]
pub struct TimeTagger {
    lex: Lexicon,
}

impl Default for TimeTagger {
    fn default() -> Self {
        TimeTagger::new()
    }
}

/// Where an expression sits, for [`DocTimes::event_date`].
#[derive(Clone, Copy, Debug, Default)]
struct Info {
    /// Byte offsets of the clause the expression sits in.
    clause_start: usize,
    clause_end: usize,
    /// Inside a relative clause ("that had caused open war 16 years earlier").
    relative: bool,
    /// Opens its sentence and so governs all of it ("In 1937, ...").
    fronted: bool,
}

/// A phrase dating events by an event told before ("after the war").
#[derive(Clone, Debug)]
struct Anchor {
    sentence: usize,
    start: usize,
    end: usize,
    when: When,
    info: Info,
    sets: bool,
}

/// Something in a sentence that can date an event.
#[derive(Clone, Copy)]
struct Found<'a> {
    start: usize,
    end: usize,
    when: &'a When,
    info: &'a Info,
    sets: bool,
}

impl Found<'_> {
    /// Whether it governs the event whose trigger is at `trigger` in the clause
    /// `[cs, ce)`: it lies in the clause, and not in a clause of its own nested
    /// in it ("the issue that had caused open war 16 years earlier").
    fn governs(&self, cs: usize, ce: usize, trigger: usize) -> bool {
        let inf = self.info;
        if self.start < cs || self.end > ce {
            return false;
        }
        if inf.clause_start > trigger && inf.clause_start > cs {
            return false;
        }
        if inf.relative && trigger < inf.clause_start.max(cs) {
            return false;
        }
        // It sits in a clause that closes before the trigger.
        !(self.end <= trigger && inf.clause_end <= trigger && inf.clause_end > cs && inf.clause_end < ce)
    }
}

/// The time expressions of one document and its narrative time.
#[derive(Debug, Default)]
pub struct DocTimes {
    /// All expressions, in text order.
    pub timexes: Vec<Timex>,
    info: Vec<Info>,
    anchors: Vec<Anchor>,
    /// For each sentence, the range of `timexes` inside it.
    ranges: Vec<(usize, usize)>,
    /// For each sentence, the narrative reference time in force when it begins,
    /// as a place in `told`.
    narrative: Vec<Option<u32>>,
    /// Each narrative time the story has taken, once: most sentences keep the
    /// time of the one before, which they share rather than copy.
    told: Vec<When>,
    /// The document date.
    dct: Option<Date>,
}

/// The narrative state carried from sentence to sentence.
#[derive(Default)]
struct Story {
    /// The calendar value relative expressions count from.
    reference: Option<Cal>,
    /// What an undated event is dated by, as a place in [`DocTimes::told`].
    when: Option<u32>,
}

impl TimeTagger {
    /// A tagger with the built-in patterns.
    pub fn new() -> TimeTagger {
        TimeTagger { lex: Lexicon::new() }
    }

    /// Tags every sentence of a document. `dct` anchors "today", "last year".
    pub fn tag(&self, clean: &str, sentences: &[Sentence], dct: Date) -> DocTimes {
        thread_local! {
            static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
        }
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => self.tag_with(clean, sentences, dct, &mut s),
            // Only a nested call (none today) finds the thread's buffers taken.
            Err(_) => self.tag_with(clean, sentences, dct, &mut Scratch::default()),
        })
    }

    fn tag_with(&self, clean: &str, sentences: &[Sentence], dct: Date, scratch: &mut Scratch) -> DocTimes {
        let mut r = Reader {
            clean,
            sentences,
            dct,
            story: Story::default(),
            fresh: false,
            out: DocTimes {
                dct: Some(dct),
                ranges: Vec::with_capacity(sentences.len()),
                narrative: Vec::with_capacity(sentences.len()),
                // About one expression a sentence: sized once rather than
                // grown a few times a document (measured).
                timexes: Vec::with_capacity(sentences.len()),
                info: Vec::with_capacity(sentences.len()),
                ..DocTimes::default()
            },
        };
        let Scratch { toks, parsed } = scratch;
        let mut refs = Vec::new();
        let mut paragraph = usize::MAX;
        for (si, s) in sentences.iter().enumerate() {
            r.out.narrative.push(r.story.when);
            let first = r.out.timexes.len();
            if s.paragraph != paragraph {
                paragraph = s.paragraph;
                r.fresh = true;
            }
            let marks = if within(clean, s) { scan(&self.lex, clean, s.start, s.end, toks) } else { Marks::NONE };
            let parse = marks.has(Marks::WORTH);
            if parse {
                parse_sentence(toks, clean, parsed);
                let dateline = si < 3 && is_dateline(toks, parsed);
                r.sentence(si, toks, parsed, dateline);
            }
            r.out.ranges.push((first, r.out.timexes.len()));
            if parse && marks.has(Marks::EVENT_REF) {
                event_refs(clean, toks, &mut refs);
                for e in &refs {
                    r.anchor(si, toks, e);
                }
            }
        }
        r.out
    }

    /// A creation date printed at the top of a document (a line holding only a
    /// full date, among its first three sentences), to use when none is given.
    pub fn dateline(&self, clean: &str, sentences: &[Sentence]) -> Option<Date> {
        let mut toks = Vec::new();
        let mut parsed = Vec::new();
        for s in sentences.iter().take(3) {
            if !within(clean, s) {
                continue;
            }
            scan(&self.lex, clean, s.start, s.end, &mut toks);
            parse_sentence(&toks, clean, &mut parsed);
            if is_dateline(&toks, &parsed) {
                if let Some(Sem::Abs(c)) = parsed.first().map(|p| p.sem) {
                    return Date::new(c.year, c.month, c.day);
                }
            }
        }
        None
    }
}

/// Buffers kept from one document to the next (per thread), so that tagging
/// allocates only what it returns.
#[derive(Default)]
struct Scratch {
    toks: Vec<Tok>,
    parsed: Vec<Parsed>,
}

/// The state of one pass over a document.
struct Reader<'a> {
    clean: &'a str,
    sentences: &'a [Sentence],
    dct: Date,
    story: Story,
    /// A new paragraph began and has had no date yet.
    fresh: bool,
    out: DocTimes,
}

impl Reader<'_> {
    /// Resolves the expressions of sentence `si` and moves the story.
    fn sentence(&mut self, si: usize, toks: &[Tok], parsed: &[Parsed], dateline: bool) {
        let (clean, dct) = (self.clean, self.dct);
        let (story, out) = (&mut self.story, &mut self.out);
        // The last date of this sentence, for relative expressions later in it.
        let mut local: Option<Cal> = None;
        let base = out.timexes.len();
        let mut range_ends: Vec<(usize, usize, Option<Cal>)> = Vec::new();
        for (pi, p) in parsed.iter().enumerate() {
            let second_end = parsed[..pi].iter().any(|q| q.range_to == Some(pi));
            let mut a = around(toks, p.t0, p.t1, p.range_to.is_some() || second_end);
            let point = matches!(
                p.sem,
                Sem::Abs(_) | Sem::Bare(_) | Sem::Partial(_) | Sem::Rel { .. } | Sem::Weekday(_) | Sem::Turn(_)
            );
            if !point {
                // "after two years of talks": a bound is for a point in time.
                a.bound = None;
            }
            let ctx = Ctx {
                dct,
                reference: clock_day(parsed, pi).or(local).or(story.reference),
                quoted: a.quoted,
                present: a.present,
                backward: a.flashback,
            };
            let r = resolve(p, clean, &ctx);
            let start = toks[p.t0].start as usize;
            let end = toks[p.t1 - 1].end as usize;
            // "By the mid-19th century, ...": the story is then at the date
            // itself, which only a bound "by" needs kept apart.
            let unbounded = if a.bound == Some(Bound::OnOrBefore) { r.when.clone() } else { None };
            let mut when = r.when;
            if let (Some(w), Some(b)) = (when.as_mut(), a.bound) {
                apply_bound(w, b, a.anchored, dct);
            }
            // Going back from the story's time ("16 years earlier", a month that
            // falls before it) is a look back, not a step of the story.
            let behind = |w: &When| {
                let r = ctx.reference.and_then(|c| c.interval());
                matches!(p.sem, Sem::Partial(_)) && r.is_some_and(|r| w.interval.end < r.start)
            };
            let backwards = matches!(p.sem, Sem::Rel { n, .. } if n < 0) || when.as_ref().is_some_and(behind);
            let usable = point && when.is_some() && !r.dct_based && !a.quoted && !a.parenthetical && !dateline;
            // Bounds backwards and "since" look back from the story's time; they do not move it.
            let bounded_back = matches!(a.bound, Some(Bound::Before | Bound::Since | Bound::Until));
            let sets = usable && !bounded_back && !backwards && !a.modal && (!a.flashback || self.fresh);
            if usable && matches!(p.sem, Sem::Abs(_)) {
                self.fresh = false;
            }
            if let Some(c) = r.cal {
                if !r.dct_based {
                    local = Some(c);
                }
            }
            let basis = when.as_ref().map_or(if r.dct_based { Basis::Document } else { Basis::Explicit }, |w| w.basis);
            out.timexes.push(Timex {
                start,
                end,
                sentence: si,
                kind: r.kind,
                value: r.value,
                modifier: a.bound.map(Bound::timex_mod).or(r.modifier),
                when,
                sets_narrative: sets,
                range: None,
                basis,
            });
            out.info.push(info(toks, &a));
            if let Some(to) = p.range_to {
                range_ends.push((base + pi, base + to, r.cal));
            }
            if sets {
                story.reference = r.cal.or(story.reference);
                let when = if a.bound == Some(Bound::OnOrBefore) {
                    unbounded
                } else {
                    out.timexes.last().and_then(|t| t.when.clone())
                };
                story.when = out.tell(when);
            }
        }
        for (a, b, first) in range_ends {
            if b >= out.timexes.len() {
                continue;
            }
            if let Some(w) = range_when(&out.timexes[a], &out.timexes[b]) {
                if out.timexes[b].sets_narrative || out.timexes[a].sets_narrative {
                    // A range sums up a stretch; what the story tells next starts with it.
                    story.when = out.tell(Some(w.clone()));
                    story.reference = first.or(story.reference);
                }
                out.timexes[a].range = Some(w.clone());
                out.timexes[b].range = Some(w);
            }
        }
    }

    /// Dates events by an event told before: "after the war" is after the date of
    /// the last sentence that told of a war.
    fn anchor(&mut self, si: usize, toks: &[Tok], r: &EventRef<'_>) {
        let (clean, sentences, dct) = (self.clean, self.sentences, self.dct);
        let (story, out) = (&mut self.story, &mut self.out);
        let (start, end) = (toks[r.t0].start as usize, toks[r.t1 - 1].end as usize);
        if out.in_sentence(si).iter().any(|t| t.start < end && start < t.end) {
            return;
        }
        let Some(told) = (si.saturating_sub(40)..si).rev().find(|&k| {
            let s = &sentences[k];
            within(clean, s) && mentions(clean, s.start, s.end, r.noun)
        }) else {
            return;
        };
        let own = out
            .in_sentence(told)
            .iter()
            .find(|t| t.basis == Basis::Explicit && t.when.is_some())
            .and_then(|t| t.range.clone().or_else(|| t.when.clone()));
        let Some(mut when) = own.or_else(|| out.narrative_at(told).cloned()) else {
            return;
        };
        let bound = match r.word {
            Lex::Before => Bound::Before,
            Lex::Until => Bound::Until,
            Lex::Since => Bound::Since,
            _ => Bound::After,
        };
        apply_bound(&mut when, bound, true, dct);
        let a = around(toks, r.t0, r.t1, true);
        let sets = bound == Bound::After && !a.quoted && !a.parenthetical && !a.flashback && !a.modal;
        if sets && a.fronted {
            story.when = out.tell(Some(when.clone()));
        }
        out.anchors.push(Anchor { sentence: si, start, end, when, info: info(toks, &a), sets });
    }
}

/// A clock time takes its day from a date right after it ("5:34 AM Baghdad time
/// on March 20, 2003").
fn clock_day(parsed: &[Parsed], pi: usize) -> Option<Cal> {
    let p = &parsed[pi];
    if !matches!((p.sem, p.tod), (Sem::Rel { n: 0, .. }, Some(Tod::Clock(..)))) {
        return None;
    }
    let q = parsed.get(pi + 1).filter(|q| q.t0 <= p.t1 + 5)?;
    match q.sem {
        Sem::Abs(c) if c.gran == Gran::Day => Some(c),
        _ => None,
    }
}

fn info(toks: &[Tok], a: &Around) -> Info {
    let at = |i: usize| toks.get(i).map_or_else(|| toks.last().map_or(0, |t| t.end as usize), |t| t.start as usize);
    Info { clause_start: at(a.clause_start), clause_end: at(a.clause_end), relative: a.relative, fronted: a.fronted }
}

/// Whether a sentence given by the caller is a real range of the text.
fn within(clean: &str, s: &Sentence) -> bool {
    s.start <= s.end && s.end <= clean.len() && clean.is_char_boundary(s.start) && clean.is_char_boundary(s.end)
}

/// A heading that is nothing but a full date (and maybe a time).
fn is_dateline(toks: &[Tok], parsed: &[Parsed]) -> bool {
    let [p] = parsed else { return false };
    let full_date = matches!(p.sem, Sem::Abs(c) if c.gran == Gran::Day);
    full_date && toks.iter().enumerate().all(|(i, t)| (p.t0..p.t1).contains(&i) || matches!(t.kind, Kind::Punct(_)))
}

/// The interval from one end of a range to the other.
fn range_when(a: &Timex, b: &Timex) -> Option<When> {
    let (wa, wb) = (a.when.as_ref()?, b.when.as_ref()?);
    if wb.interval.end < wa.interval.start {
        return None;
    }
    let interval = Interval::new(wa.interval.start, wb.interval.end);
    let precision = wa.precision.max(wb.precision);
    let edtf = [first(&wa.edtf), "/", last(&wb.edtf)].concat();
    let basis =
        if wa.basis == Basis::Explicit && wb.basis == Basis::Explicit { Basis::Explicit } else { Basis::Anchored };
    Some(When { edtf, interval, precision, approximate: wa.approximate || wb.approximate, basis })
}

/// Narrows a date to what a bound says: "after 1689" is 1689 and the years
/// after it; "before 1700" the years up to it. The open side reaches a decade
/// (or one unit of the date, if longer) beyond, and never past the document
/// date; the EDTF says the side is open.
fn apply_bound(w: &mut When, b: Bound, anchored: bool, dct: Date) {
    let iv = w.interval;
    // How far the open side reaches: the date's own length, at least ten years.
    let years = (iv.end.year - iv.start.year + 1).max(10);
    let (interval, edtf) = match b {
        Bound::After => {
            let end = Date::year_end(iv.end.year + years).min(dct.max(iv.end));
            (Interval::new(iv.start, end), [first(&w.edtf), "/.."].concat())
        }
        Bound::Since => (Interval::new(iv.start, dct.max(iv.end)), [first(&w.edtf), "/.."].concat()),
        Bound::Before => {
            let end = iv.start.add_days(-1);
            let edtf = ["../", &edtf_date(&end, w.precision)].concat();
            (Interval::new(Date::year_start(iv.start.year - years), end), edtf)
        }
        Bound::OnOrBefore | Bound::Until => {
            (Interval::new(Date::year_start(iv.start.year - years), iv.end), ["../", last(&w.edtf)].concat())
        }
    };
    w.interval = interval;
    w.edtf = edtf;
    w.approximate = true;
    if anchored {
        w.basis = Basis::Anchored;
    }
}

fn first(e: &str) -> &str {
    e.split('/').next().unwrap_or(e)
}

fn last(e: &str) -> &str {
    e.split('/').next_back().unwrap_or(e)
}

impl DocTimes {
    /// The expressions of sentence `i`.
    pub fn in_sentence(&self, i: usize) -> &[Timex] {
        match self.ranges.get(i) {
            Some(&(a, b)) => &self.timexes[a..b],
            None => &[],
        }
    }

    /// The narrative reference time in force when sentence `i` begins.
    pub fn narrative_at(&self, i: usize) -> Option<&When> {
        let k = (*self.narrative.get(i)?)?;
        self.told.get(k as usize)
    }

    /// Keeps `when` as a narrative time, and gives its place.
    fn tell(&mut self, when: Option<When>) -> Option<u32> {
        let k = u32::try_from(self.told.len()).ok()?;
        self.told.push(when?);
        Some(k)
    }

    /// The document date the expressions were resolved against.
    pub fn dct(&self) -> Option<Date> {
        self.dct
    }

    /// The date of an event whose trigger starts at `trigger` in the clause
    /// `[clause_start, clause_end)` of sentence `sentence`:
    ///
    /// 1. the expression that governs the clause (basis explicit or anchored): one
    ///    inside the clause but not inside a clause nested in it after the trigger
    ///    ("that had caused open war 16 years earlier"), nearest the trigger; a
    ///    range gives the whole range;
    /// 2. else a date opening the sentence ("In 1937, ..."), which governs it all;
    /// 3. else the narrative time: the last date set earlier in the sentence, or in
    ///    force when the sentence begins (basis narrative);
    /// 4. else the document date (basis document).
    pub fn event_date(&self, sentence: usize, clause_start: usize, clause_end: usize, trigger: usize) -> Option<When> {
        let Some(&(a, b)) = self.ranges.get(sentence) else {
            return self.document();
        };
        // What in the sentence can date an event: its expressions that name an
        // interval (a range as a whole), and the events it points back to.
        let found = (a..b)
            .filter_map(|i| {
                let t = &self.timexes[i];
                let w = t.range.as_ref().or(t.when.as_ref())?;
                Some(Found { start: t.start, end: t.end, when: w, info: &self.info[i], sets: t.sets_narrative })
            })
            .chain(self.anchors.iter().filter(|x| x.sentence == sentence).map(|x| Found {
                start: x.start,
                end: x.end,
                when: &x.when,
                info: &x.info,
                sets: x.sets,
            }));
        let governing = found.clone().filter(|f| f.governs(clause_start, clause_end, trigger)).min_by_key(|f| {
            if f.start > trigger {
                f.start - trigger
            } else {
                trigger.saturating_sub(f.end)
            }
        });
        if let Some(f) = governing {
            return Some(f.when.clone());
        }
        // A fronted date governs the whole sentence.
        if let Some(f) = found.clone().find(|f| f.info.fronted && f.end <= trigger) {
            return Some(f.when.clone());
        }
        // The narrative time, as moved by earlier dates in this sentence.
        if let Some(f) = found.clone().rfind(|f| f.sets && f.end <= trigger) {
            return Some(f.when.clone().with_basis(Basis::Narrative));
        }
        if let Some(n) = self.narrative_at(sentence) {
            return Some(n.clone().with_basis(Basis::Narrative));
        }
        self.document()
    }

    fn document(&self) -> Option<When> {
        self.dct.map(|d| When {
            edtf: d.to_string(),
            interval: Interval::new(d, d),
            precision: Precision::Day,
            approximate: false,
            basis: Basis::Document,
        })
    }
}
