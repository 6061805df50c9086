//! Matching what follows a pattern's head, with every word as a number.
//!
//! The words of all patterns (and the words a gap may not cross) are numbered
//! once, when the lexicon is built; [`crate::Lexicon::scan`] gives each token of
//! a sentence its word's number in the same probe that finds the heads. A
//! pattern then compares numbers, not strings, however many alternatives and
//! gap positions it tries.

use std::collections::HashMap;

use annals_text::wordmap::MAX_WORD;

use crate::pattern::Elem;

/// The number of a token whose word no pattern has.
pub(crate) const NO_WORD: u32 = u32::MAX;

/// One element after the head, its words numbered.
#[derive(Clone, Debug)]
pub(crate) enum Step {
    /// One of these word sequences (never empty).
    Words {
        /// The sequences, in the order they are tried.
        alts: Vec<Box<[u32]>>,
        /// Bit `n % 64` for the number `n` of each sequence's first word: most
        /// tokens start no sequence, and this tells so at once ([`ANY_FIRST`]: do
        /// not look).
        firsts: u64,
    },
    /// Up to this many tokens.
    Gap(u8),
    /// The target's place.
    Target,
}

/// The numbered words: every word of a pattern and every gap barrier.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vocabulary {
    /// Word (ASCII lowercase) to its number.
    numbers: HashMap<String, u32>,
    /// Whether the word with this number ends a clause, so a gap may not cross it.
    pub barrier: Vec<bool>,
}

impl Vocabulary {
    /// A vocabulary that already knows the barrier words.
    pub fn new() -> Vocabulary {
        let mut v = Vocabulary::default();
        for w in [
            ".", ";", ":", "!", "?", "\"", "which", "who", "but", "while",
        ] {
            let n = v.number(w);
            v.barrier[n as usize] = true;
        }
        v
    }

    /// The number of `word` (any ASCII case), given it now if it has none.
    fn number(&mut self, word: &str) -> u32 {
        let key = word.to_ascii_lowercase();
        if let Some(&n) = self.numbers.get(&key) {
            return n;
        }
        let n = self.barrier.len() as u32;
        self.numbers.insert(key, n);
        self.barrier.push(false);
        n
    }

    /// The elements of a pattern with their words numbered.
    pub fn compile(&mut self, elems: &[Elem]) -> Vec<Step> {
        elems
            .iter()
            .map(|e| match e {
                Elem::Words(alts) => {
                    let alts: Vec<Box<[u32]>> = alts
                        .iter()
                        .map(|alt| alt.iter().map(|w| self.number(w)).collect())
                        .collect();
                    // An empty sequence (never written, but possible) matches anywhere.
                    let firsts = alts.iter().fold(0, |bits, alt| {
                        bits | alt.first().map_or(ANY_FIRST, |&n| first_bit(n))
                    });
                    Step::Words { alts, firsts }
                }
                Elem::Gap(n) => Step::Gap(*n),
                Elem::Target => Step::Target,
            })
            .collect()
    }

    /// Every word with its number.
    pub fn words(&self) -> impl Iterator<Item = (&str, u32)> {
        self.numbers.iter().map(|(w, &n)| (w.as_str(), n))
    }

    /// The words too long for a word map, for tokens that long to be compared with.
    pub fn long_words(&self) -> Vec<(String, u32)> {
        self.words()
            .filter(|(w, _)| w.len() > MAX_WORD)
            .map(|(w, n)| (w.to_string(), n))
            .collect()
    }
}

/// What a pattern needs of the words after its head: for each of its word
/// steps, the [`Step::Words::firsts`] bits of which one must be there. A match
/// is tried only where the rest of the sentence ([`word_bits`]) has a bit of
/// each; most tries failed for want of a word the sentence never has, after
/// walking every gap position to find out.
pub(crate) fn needed_words(steps: &[Step]) -> Box<[u64]> {
    steps
        .iter()
        .filter_map(|s| match s {
            Step::Words { firsts, .. } if *firsts != ANY_FIRST => Some(*firsts),
            _ => None,
        })
        .collect()
}

/// The [`Step::Words::firsts`] bit of a token's word number, none for a word no
/// pattern has.
#[inline]
pub(crate) fn word_bits(word: u32) -> u64 {
    if word == NO_WORD {
        0
    } else {
        first_bit(word)
    }
}

/// Whether a sentence whose remaining words have `bits` ([`word_bits`]) may
/// hold everything `needed` ([`needed_words`]).
#[inline]
pub(crate) fn may_match(needed: &[u64], bits: u64) -> bool {
    needed.iter().all(|&n| n & bits != 0)
}

/// [`Step::Words::firsts`] when any token may start a sequence.
const ANY_FIRST: u64 = u64::MAX;

/// The bit of [`Step::Words::firsts`] for word number `n`.
#[inline]
fn first_bit(n: u32) -> u64 {
    1 << (n % 64)
}

/// What a pattern match has covered so far.
#[derive(Clone, Copy)]
pub(crate) struct MatchState {
    /// Token just past the last literal word.
    pub end: usize,
    /// The `X` slot.
    pub target: Option<(usize, usize)>,
    /// Literal tokens, as bits relative to the head.
    pub literal: u64,
    /// How many literal tokens.
    pub literals: u32,
}

/// What a match looks at in the sentence.
pub(crate) struct Sentence<'a> {
    /// Each token's word number ([`NO_WORD`] where no pattern has it).
    pub words: &'a [u32],
    /// Whether each word number is a barrier.
    pub barrier: &'a [bool],
    /// The token just past the actor mention starting at each token, `u32::MAX` for none.
    pub mention_end: &'a [u32],
}

impl Sentence<'_> {
    /// Whether token `t` ends a clause.
    #[inline]
    fn is_barrier(&self, t: usize) -> bool {
        let w = self.words[t];
        w != NO_WORD && self.barrier[w as usize]
    }
}

/// Matches `steps` from token `pos`, recording in `st` what was covered.
pub(crate) fn match_steps(
    steps: &[Step],
    pos: usize,
    head: usize,
    s: &Sentence,
    st: &mut MatchState,
) -> bool {
    let Some((first, rest)) = steps.split_first() else {
        return true;
    };
    match first {
        Step::Words { alts, firsts } => {
            if *firsts != ANY_FIRST {
                let word = s.words.get(pos).copied().unwrap_or(NO_WORD);
                if word == NO_WORD || firsts & first_bit(word) == 0 {
                    return false;
                }
            }
            for alt in alts {
                if s.words.get(pos..pos + alt.len()) == Some(&alt[..]) {
                    let save = *st;
                    st.end = pos + alt.len();
                    for t in pos..pos + alt.len() {
                        if t - head < 64 {
                            st.literal |= 1 << (t - head);
                        }
                    }
                    st.literals += alt.len() as u32;
                    if match_steps(rest, pos + alt.len(), head, s, st) {
                        return true;
                    }
                    *st = save;
                }
            }
            false
        }
        Step::Gap(n) => {
            for skip in 0..=*n as usize {
                if skip > 0 && (pos + skip > s.words.len() || s.is_barrier(pos + skip - 1)) {
                    return false;
                }
                if match_steps(rest, pos + skip, head, s, st) {
                    return true;
                }
            }
            false
        }
        Step::Target => {
            let Some(&e) = s.mention_end.get(pos) else {
                return false;
            };
            if e == u32::MAX {
                return false;
            }
            let save = *st;
            st.target = Some((pos, e as usize));
            if match_steps(rest, e as usize, head, s, st) {
                return true;
            }
            *st = save;
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_is_tried_only_where_each_word_step_has_a_word() {
        let mut v = Vocabulary::new();
        let steps = v.compile(&[
            Elem::Gap(2),
            Elem::Words(vec![vec!["treaty".into()], vec!["pact".into()]]),
            Elem::Target,
            Elem::Words(vec![vec!["with".into()]]),
        ]);
        let needed = needed_words(&steps);
        assert_eq!(needed.len(), 2);
        let mut bits = |w: &str| word_bits(v.number(w));
        let (treaty, pact, with) = (bits("treaty"), bits("pact"), bits("with"));
        assert!(may_match(&needed, pact | with));
        assert!(may_match(&needed, treaty | with));
        assert!(!may_match(&needed, treaty));
        assert!(!may_match(&needed, word_bits(NO_WORD)));
    }
}
