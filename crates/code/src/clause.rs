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
    /// The tokens that open a new clause, in order (a sentence has few).
    barriers: Vec<usize>,
    /// The number of tokens.
    len: usize,
    attribution: Option<usize>,
}

/// Classes of which a token may be a barrier: only tokens with one of them are
/// asked the full question.
const MAYBE_BARRIER: u64 = BARRIER_CLASSES | THAT.bit() | AND.bit();

impl Clauses {
    /// Finds the boundaries of a sentence, reusing this one's buffer.
    /// `new_subject_at(i)` says whether a mention starts at token `i` (so that
    /// ", and Deng agreed" opens a clause).
    pub fn find(&mut self, words: &Words, new_subject_at: impl Fn(usize) -> bool) {
        let classes = all_classes(words);
        self.barriers.clear();
        self.len = classes.len();
        for (i, &c) in classes.iter().enumerate() {
            if c & MAYBE_BARRIER != 0
                && (c & BARRIER_CLASSES != 0
                    || (c & THAT.bit() != 0 && is_relative_that(words, i))
                    || (c & AND.bit() != 0
                        && is_and_new_subject(words, &classes, i, &new_subject_at)))
            {
                self.barriers.push(i);
            }
        }
        self.attribution = attribution_in(&classes);
    }

    /// The clause holding token `head`, as a token range. Coordinated verb
    /// phrases ("made peace and established trade") stay in one clause;
    /// "that"/"which"/"who", "but", subordinators and semicolons open a new one;
    /// so does ", and" before a new subject.
    pub fn of(&self, head: usize) -> (usize, usize) {
        let n = self.attribution.filter(|&a| a > head).unwrap_or(self.len);
        // The clause runs from after the last barrier before the head to the
        // first barrier after it (or the attribution).
        let after = self.barriers.partition_point(|&b| b < head);
        let start = after.checked_sub(1).map_or(0, |k| self.barriers[k] + 1);
        let next = self.barriers[after..]
            .iter()
            .find(|&&b| b > head)
            .map_or(n, |&b| b.min(n));
        (start, next.min(self.len).max(head + 1))
    }
}

/// Where a closing attribution (", a UN official said on Monday.") begins: the
/// comma before a speech verb near the end of the sentence.
pub fn attribution_start(words: &Words) -> Option<usize> {
    attribution_in(&all_classes(words))
}

/// [`attribution_start`] of a sentence whose tokens have the word classes `classes`.
fn attribution_in(classes: &[u64]) -> Option<usize> {
    let from = classes.len().saturating_sub(16);
    let tail = &classes[from..];
    let speech = tail.iter().rposition(|&c| c & SPEECH.bit() != 0)?;
    tail[..speech]
        .iter()
        .rposition(|&c| c & COMMA.bit() != 0)
        .map(|k| from + k)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The clause of `head` found by walking a barrier flag per token, as
    /// [`Clauses::of`] once did.
    fn walked(barrier: &[bool], attribution: Option<usize>, head: usize) -> (usize, usize) {
        let n = attribution.filter(|&a| a > head).unwrap_or(barrier.len());
        let mut start = head;
        while start > 0 && !barrier[start - 1] {
            start -= 1;
        }
        let mut end = head + 1;
        while end < n && !barrier[end] {
            end += 1;
        }
        (start, end.min(barrier.len()).max(head + 1))
    }

    #[test]
    fn clause_of_agrees_with_a_walk_over_barriers() {
        for len in 1..9usize {
            for mask in 0..1u32 << len {
                let barrier: Vec<bool> = (0..len).map(|i| mask & (1 << i) != 0).collect();
                for attribution in [None, Some(0), Some(len / 2), Some(len - 1)] {
                    let clauses = Clauses {
                        barriers: (0..len).filter(|&i| barrier[i]).collect(),
                        len,
                        attribution,
                    };
                    for head in 0..len {
                        assert_eq!(
                            clauses.of(head),
                            walked(&barrier, attribution, head),
                            "{barrier:?} {attribution:?} {head}"
                        );
                    }
                }
            }
        }
    }
}
