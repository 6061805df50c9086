//! What surrounds an expression in its sentence: the clause it sits in, the
//! tense of that clause, quotation marks and brackets, and the preposition that
//! bounds it ("before 1700", "after Stalin's death in 1953").
//!
//! These are shallow cues read off the tokens, not a parse; they decide whether
//! an expression moves the narrative time and which events it governs.

use crate::lexicon::{Lex, Marks};
use crate::scan::{Tok, P};

/// A bound a preposition puts on an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bound {
    /// "before 1700", "prior to the 17th century".
    Before,
    /// "by 1640": the state the story has reached then.
    OnOrBefore,
    /// "until 1727": how long something lasted.
    Until,
    /// "after 1689", "following 1945".
    After,
    /// "since 1991", "from 1991" (without an end).
    Since,
}

impl Bound {
    pub fn timex_mod(self) -> &'static str {
        match self {
            Bound::Before => "BEFORE",
            Bound::OnOrBefore | Bound::Until => "ON_OR_BEFORE",
            Bound::After => "AFTER",
            Bound::Since => "ON_OR_AFTER",
        }
    }
}

/// The surroundings of one expression.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Around {
    pub quoted: bool,
    pub parenthetical: bool,
    /// A present-tense verb in the clause ("is", "has", "remain").
    pub present: bool,
    /// A pluperfect in the clause ("had been", "had caused"): a flashback.
    pub flashback: bool,
    /// A modal or a word of intent ("would", "planned"): the date may never have come.
    pub modal: bool,
    /// Token range of the clause the expression sits in.
    pub clause_start: usize,
    pub clause_end: usize,
    /// The clause is a relative clause ("that had caused ...", "which ...").
    pub relative: bool,
    /// The expression opens its sentence ("In 1937, ..."): it governs the sentence.
    pub fronted: bool,
    pub bound: Option<Bound>,
    /// The bound comes through an event ("after Stalin's death in 1953").
    pub anchored: bool,
}

#[inline]
fn lex(t: &[Tok], i: usize) -> Option<Lex> {
    t.get(i).and_then(Tok::lex)
}

#[inline]
fn punct(t: &[Tok], i: usize) -> Option<P> {
    t.get(i).and_then(Tok::punct)
}

/// Whether token `i` opens a clause.
fn opens_clause(t: &[Tok], i: usize) -> bool {
    matches!(lex(t, i), Some(Lex::Relative | Lex::Subordinator | Lex::That))
        || matches!(punct(t, i), Some(P::Semi | P::Colon))
}

/// Whether a known word may say something to [`around`] (a clause opener,
/// a tense word), for the lexicon to mark it: the walks pass over the
/// tokens that are not marked so (nor a comma, quotation mark or bracket).
pub(crate) fn tells_clause_word(l: Lex) -> bool {
    matches!(
        l,
        Lex::Relative | Lex::Subordinator | Lex::That | Lex::Had | Lex::PresentVerb | Lex::Modal | Lex::Month(_)
    )
}

/// Reads the surroundings of the expression at tokens `[t0, t1)` of a sentence.
/// `in_range` is true for either end of a range, whose preposition ("from",
/// "between") is the range's.
///
/// Two walks out from the expression read it all: back to the sentence start
/// (quotation marks, brackets, the clause start, the comma before it) and on to
/// the clause end (the comma after it); the tense words are read on the way.
pub(crate) fn around(t: &[Tok], t0: usize, t1: usize, in_range: bool) -> Around {
    let mut a = Around::default();
    // A pluperfect between the commas around the expression, so that "which had
    // continued since 460 BC, finally ended in 445 BC" has its flashback only
    // on the first date.
    let mut had = false;
    let mut quotes = 0usize;
    let mut depth = 0i32;
    let mut clause_start = None;
    let mut seg_start = None;
    for i in (0..t0).rev() {
        if !t[i].marks.has(Marks::TELLS_CLAUSE) {
            continue;
        }
        match t[i].punct() {
            Some(P::Quote) => quotes += 1,
            Some(P::Close) if !a.parenthetical => depth += 1,
            Some(P::Open) if !a.parenthetical && depth == 0 => a.parenthetical = true,
            Some(P::Open) if !a.parenthetical => depth -= 1,
            Some(P::Comma) if clause_start.is_none() && seg_start.is_none() => seg_start = Some(i + 1),
            _ => {}
        }
        if clause_start.is_none() {
            tense(t, i, seg_start.is_none(), &mut a, &mut had);
            if opens_clause(t, i) {
                clause_start = Some(i);
            }
        }
    }
    a.quoted = quotes % 2 == 1;
    a.clause_start = clause_start.unwrap_or(0);
    a.clause_end = t.len();
    let mut in_seg = true;
    for i in t1..t.len() {
        if !t[i].marks.has(Marks::TELLS_CLAUSE) {
            continue;
        }
        if opens_clause(t, i) {
            a.clause_end = i;
            break;
        }
        if matches!(punct(t, i), Some(P::Comma)) {
            in_seg = false;
        }
        tense(t, i, in_seg, &mut a, &mut had);
    }
    a.relative = matches!(lex(t, a.clause_start), Some(Lex::Relative | Lex::That));
    // "After Japan had been defeated in 1945": a pluperfect in a temporal clause
    // is sequence of tenses, not a flashback.
    let seg_start = seg_start.unwrap_or(a.clause_start);
    let temporal = (seg_start..seg_start + 2)
        .any(|i| matches!(lex(t, i), Some(Lex::After | Lex::Before | Lex::Until | Lex::Since | Lex::Subordinator)));
    a.flashback = had && !temporal;
    a.fronted = t0 <= 2 && !a.quoted;
    if !in_range {
        bound(t, t0, &mut a);
    }
    // "By 1640 the settlers had crossed Siberia": a perfect up to the date, not a flashback.
    if a.bound == Some(Bound::OnOrBefore) {
        a.flashback = false;
    }
    a
}

/// Reads the tense of the clause word at `i`: a present-tense verb, a modal,
/// and (`in_seg`: between the commas around the expression) a pluperfect.
#[inline]
fn tense(t: &[Tok], i: usize, in_seg: bool, a: &mut Around, had: &mut bool) {
    match lex(t, i) {
        Some(Lex::Had)
            if in_seg && !matches!(lex(t, i + 1), Some(Lex::To)) && t.get(i + 1).is_some_and(Tok::is_word) =>
        {
            *had = true;
        }
        Some(Lex::PresentVerb) => a.present = true,
        // "would", "planned"; not "the Schlieffen Plan".
        Some(Lex::Modal) if !t[i].cap => a.modal = true,
        // "may" in lower case is the modal verb.
        Some(Lex::Month(5)) if !t[i].cap => a.modal = true,
        _ => {}
    }
}

/// The preposition before the expression, or one a few words before it that
/// reaches it through an event ("after Stalin's death in 1953").
fn bound(t: &[Tok], t0: usize, a: &mut Around) {
    if t0 == 0 {
        return;
    }
    let prev = t0 - 1;
    let direct = |i: usize| -> Option<Bound> {
        Some(match lex(t, i)? {
            Lex::Before => Bound::Before,
            Lex::To if i > 0 && matches!(lex(t, i - 1), Some(Lex::Prior)) => Bound::Before,
            Lex::By => Bound::OnOrBefore,
            Lex::Until => Bound::Until,
            Lex::After | Lex::Following => Bound::After,
            Lex::Since | Lex::From => Bound::Since,
            _ => return None,
        })
    };
    if let Some(b) = direct(prev) {
        a.bound = Some(b);
        return;
    }
    if !matches!(lex(t, prev), Some(Lex::In | Lex::Of | Lex::On | Lex::During)) {
        return;
    }
    // "after Stalin's death in 1953": a bounding preposition a few words back,
    // with no clause break between.
    let lo = prev.saturating_sub(6);
    for i in (lo..prev).rev() {
        if opens_clause(t, i) || matches!(punct(t, i), Some(P::Comma | P::Quote | P::Open | P::Close | P::Period)) {
            return;
        }
        if let Some(b) = direct(i) {
            // "replaced by Brezhnev in 1964": "by" before a noun names an agent.
            if !matches!(lex(t, i), Some(Lex::From | Lex::By)) {
                a.bound = Some(b);
                a.anchored = true;
            }
            return;
        }
    }
}
