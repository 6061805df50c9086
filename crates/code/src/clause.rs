//! Clauses and the words around a verb: where a clause begins and ends, and what
//! the auxiliaries before a verb say about it (negation, modality, future,
//! passive, infinitive).

use annals_lexicon::Form;
use annals_text::Words;

use crate::classes::{all_classes, class_at};
use crate::lists::*;

/// Words and marks that end a clause: ";", ":", quotes, brackets, "but",
/// subordinators and relatives.
const BARRIER_CLASSES: u64 = CLAUSE_PUNCT.bit() | CLAUSE_OPENERS.bit() | BUT.bit();

/// The clause boundaries of one sentence, found once: which tokens open a new
/// clause, and where a closing attribution (", officials said.") begins.
#[derive(Clone, Debug, Default)]
pub struct Clauses {
    barrier: Vec<bool>,
    attribution: Option<usize>,
}

impl Clauses {
    /// Finds the boundaries of a sentence, reusing this one's buffer.
    /// `new_subject_at(i)` says whether a mention starts at token `i` (so that
    /// ", and Deng agreed" opens a clause).
    pub fn find(&mut self, words: &Words, new_subject_at: impl Fn(usize) -> bool) {
        let classes = all_classes(words);
        self.barrier.clear();
        self.barrier.extend((0..words.len()).map(|i| {
            let c = classes[i];
            c & BARRIER_CLASSES != 0
                || (c & THAT.bit() != 0 && is_relative_that(words, i))
                || (c & AND.bit() != 0 && is_and_new_subject(words, &classes, i, &new_subject_at))
        }));
        self.attribution = attribution_start(words);
    }

    /// The clause holding token `head`, as a token range. Coordinated verb
    /// phrases ("made peace and established trade") stay in one clause;
    /// "that"/"which"/"who", "but", subordinators and semicolons open a new one;
    /// so does ", and" before a new subject.
    pub fn of(&self, head: usize) -> (usize, usize) {
        let n = self
            .attribution
            .filter(|&a| a > head)
            .unwrap_or(self.barrier.len());
        let mut start = head;
        while start > 0 && !self.barrier[start - 1] {
            start -= 1;
        }
        let mut end = head + 1;
        while end < n && !self.barrier[end] {
            end += 1;
        }
        (start, end.min(self.barrier.len()).max(head + 1))
    }
}

/// Where a closing attribution (", a UN official said on Monday.") begins: the
/// comma before a speech verb near the end of the sentence.
pub fn attribution_start(words: &Words) -> Option<usize> {
    let n = words.len();
    let from = n.saturating_sub(16);
    let classes = all_classes(words);
    let speech = (from..n).rev().find(|&i| classes[i] & SPEECH.bit() != 0)?;
    (from..speech)
        .rev()
        .find(|&i| classes[i] & COMMA.bit() != 0)
}

/// "that" opening a clause (not the determiner "that year").
fn is_relative_that(words: &Words, i: usize) -> bool {
    if class_at(words, i) & THAT.bit() == 0 {
        return false;
    }
    match words.starts.get(i + 1).map(|_| words.text(i + 1)) {
        Some(next) => !is_in(
            next,
            &[
                "year", "day", "month", "time", "week", "spring", "summer", "autumn", "winter",
                "period", "decade", "century",
            ],
        ),
        None => false,
    }
}

/// "and" (or ", and") followed by a new subject and so by a new clause.
fn is_and_new_subject(
    words: &Words,
    classes: &[u64],
    i: usize,
    new_subject_at: &impl Fn(usize) -> bool,
) -> bool {
    if classes[i] & AND.bit() == 0 || i + 1 >= words.len() {
        return false;
    }
    let mut j = i + 1;
    while j < words.len() && classes[j] & (DETERMINERS.bit() | COMMA.bit()) != 0 {
        j += 1;
    }
    j < words.len() && new_subject_at(j) && (i == 0 || classes[i - 1] & COMMA.bit() != 0)
}

/// What the words before a verb say about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VerbContext {
    /// "not", "never", "n't".
    pub negated: bool,
    /// "may", "could", "should": possible, not real.
    pub modal: bool,
    /// "must", "should", "ought to": an obligation someone states.
    pub obligation: bool,
    /// "will", "would": announced.
    pub future: bool,
    /// A form of "be" before a participle.
    pub passive: bool,
    /// "to" before the verb: an infinitive, with the token index of "to".
    pub infinitive: Option<usize>,
    /// Present tense ("rejects", "does not accept").
    pub present: bool,
}

/// Reads the auxiliaries before the verb at `head` (within `clause_start..head`).
pub fn verb_context(words: &Words, head: usize, form: Form, clause_start: usize) -> VerbContext {
    let mut c = VerbContext {
        present: matches!(form, Form::Third),
        ..VerbContext::default()
    };
    let mut j = head;
    let mut steps = 0;
    while j > clause_start && steps < 6 {
        j -= 1;
        steps += 1;
        let t = words.text(j);
        let class = class_at(words, j);
        if class & NEGATIONS.bit() != 0
            || (t.eq_ignore_ascii_case("longer")
                && j > 0
                && words.text(j - 1).eq_ignore_ascii_case("no"))
        {
            c.negated = true;
        } else if class & MODALS.bit() != 0 {
            c.modal = true;
            c.obligation |= is_in(t, &["must", "should", "ought"]);
        } else if class & FUTURE.bit() != 0 {
            c.future = true;
        } else if t.eq_ignore_ascii_case("to") {
            c.infinitive = Some(j);
            break;
        } else if class & BE.bit() != 0 {
            if matches!(form, Form::Participle | Form::PastOrParticiple)
                && !is_in(words.text(head), STATIVE_PARTICIPLES)
            {
                c.passive = true;
            }
            if is_in(t, &["is", "are", "'s", "'re"]) {
                c.present = true;
            }
        } else if is_in(t, &["does", "do"]) {
            c.present = true;
        } else if class & (AUXILIARIES.bit() | ADVERBS.bit()) != 0 {
            // has, had, did: step over.
        } else {
            break;
        }
    }
    // "is going to", "are to" behave like "will".
    if let Some(to) = c.infinitive {
        if to >= 1 && words.text(to - 1).eq_ignore_ascii_case("going") {
            c.future = true;
            c.infinitive = None;
        }
    }
    c
}

/// The word that governs an infinitive whose "to" is at `to`: the verb or
/// adjective before it, stepping over an object of up to eight tokens
/// ("told the Communists' leader, Mao Zedong, to co-operate"). Returns its index.
pub fn governor_of_infinitive(
    words: &Words,
    to: usize,
    is_mention_token: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut j = to;
    let mut steps = 0;
    while j > 0 && steps < 10 {
        j -= 1;
        steps += 1;
        let t = words.text(j);
        if t == ","
            || is_mention_token(j)
            || class_at(words, j) & (DETERMINERS.bit() | ADVERBS.bit()) != 0
            || t == "'s"
        {
            continue;
        }
        return Some(j);
    }
    None
}

/// Participles that after "be" describe a state of the subject, not a passive
/// ("were engaged in", "is committed to").
pub const STATIVE_PARTICIPLES: &[&str] = &[
    "engaged",
    "involved",
    "committed",
    "determined",
    "prepared",
    "interested",
    "resolved",
    "opposed",
];

/// Adjectives and verbs after which an infinitive is an intention: the act is
/// coded as intent (or threat), not as done.
pub const INTENT_GOVERNORS: &[&str] = &[
    "prepared",
    "ready",
    "willing",
    "vowed",
    "vows",
    "vow",
    "pledged",
    "pledges",
    "pledge",
    "promised",
    "promises",
    "promise",
    "plans",
    "planned",
    "plan",
    "planning",
    "intends",
    "intended",
    "intend",
    "committed",
    "determined",
    "wants",
    "wanted",
    "want",
    "hopes",
    "hoped",
    "seeks",
    "sought",
    "offered",
    "offers",
    "aims",
    "aimed",
    "expects",
    "expected",
    "likely",
    "sworn",
    "swore",
    "decided",
    "decides",
    "agreed",
    "agrees",
    "resolved",
    "eager",
    "keen",
];

/// Words before an infinitive that mean the act did not happen or is only wished
/// for by someone else ("told X to", "asked X to", "failed to").
pub const FAILED: &[&str] = &[
    "failed",
    "fails",
    "fail",
    "unable",
    "refused",
    "declined",
    "tried",
    "attempted",
    "trying",
];
