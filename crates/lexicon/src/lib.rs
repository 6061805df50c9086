//! Event patterns for annals: the words that name political events.
//!
//! Patterns live in `dict/lexicon/verbs*.txt` and `nouns*.txt` (see [`pattern`]
//! for the format), each mapping a verb or noun with what follows it to a CAMEO
//! code: `057 sign ... treaty+` codes "signed unequal treaties". Every head form
//! (sign, signs, signed, signing) goes into one trie, walked at each token, so
//! one pass over a sentence finds every candidate; each candidate is then
//! checked against the rest of its patterns, most specific first.
//!
//! ```
//! use annals_lexicon::Lexicon;
//! use annals_text::{tokenize, Words};
//!
//! let lex = Lexicon::builtin();
//! let text = "China and Russia signed a border treaty.";
//! let mut toks = Vec::new();
//! tokenize(text, 0, text.len(), &mut toks);
//! let mut words = Words::default();
//! words.build(text, &toks);
//! let mut hits = Vec::new();
//! lex.find(&words, &vec![u32::MAX; toks.len()], &mut hits);
//! let p = lex.pattern(hits[0].pattern);
//! assert_eq!(p.code, "057");
//! assert_eq!(words.text(hits[0].head), "signed");
//! ```
#![deny(missing_docs)]

pub mod inflect;
mod matcher;
pub mod pattern;
#[cfg(test)]
mod tests_patterns;

use std::collections::HashMap;
use std::path::Path;

use annals_text::trie::Trie;
use annals_text::wordmap::{WordMap, MAX_WORD};
use annals_text::Words;

use matcher::{
    match_steps, may_match, needed_words, word_bits, MatchState, Sentence, Step, Vocabulary,
    NO_WORD,
};

pub use inflect::Form;
pub use pattern::{Elem, Flags, Kind, Pattern};

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// A problem in a pattern file.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct LexError {
    /// `file:line`.
    pub origin: String,
    /// What is wrong.
    pub kind: LexErrorKind,
}

/// What is wrong with a pattern line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexErrorKind {
    /// Nothing on the line but a flag part.
    #[error("empty pattern")]
    Empty,
    /// A code without a head word.
    #[error("no head word after the code")]
    NoHead,
    /// A code that is not in the CAMEO table.
    #[error("unknown CAMEO code {0:?}")]
    UnknownCode(String),
    /// A word with characters a token cannot have.
    #[error("bad word {0:?}")]
    BadWord(String),
    /// An unknown flag.
    #[error("unknown flag {0:?} (known: mutual, notarget, intent, target=prep,prep)")]
    BadFlag(String),
    /// The file cannot be read.
    #[error("cannot read: {0}")]
    Io(String),
}

/// A pattern that matched: where its head is, how far its words reach, and
/// where its target slot (`X`) was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index of the pattern.
    pub pattern: u32,
    /// Verb or noun.
    pub kind: Kind,
    /// The form of the head as written.
    pub form: Form,
    /// Token index of the head.
    pub head: usize,
    /// Token index just past the last literal word matched.
    pub end: usize,
    /// Token range of the actor in the `X` slot, if the pattern has one.
    pub target: Option<(usize, usize)>,
    /// Which tokens from the head on are the pattern's own words (bit `i` for
    /// token `head + i`), as opposed to gaps and the target.
    pub literal: u64,
}

impl Hit {
    /// Whether token `t` is one of the pattern's own words.
    pub fn is_literal(&self, t: usize) -> bool {
        t >= self.head && t - self.head < 64 && self.literal & (1 << (t - self.head)) != 0
    }
}

/// The head words found in a sentence: for each token, its head form
/// and the token the head ends in.
#[derive(Clone, Debug, Default)]
pub struct HeadScan {
    heads: Vec<(u32, u32)>,
    /// The tokens that head some pattern, in order: the few that
    /// [`Lexicon::find_scanned`] tries.
    head_tokens: Vec<u32>,
    /// Each token's word number in the lexicon's vocabulary.
    words: Vec<u32>,
}

impl HeadScan {
    /// Whether token `t` heads some pattern.
    #[inline]
    pub fn is_head(&self, t: usize) -> bool {
        self.heads.get(t).is_some_and(|h| h.0 != u32::MAX)
    }

    #[cfg(test)]
    fn at(&self, t: usize) -> Option<(usize, usize)> {
        let h = *self.heads.get(t)?;
        (h.0 != u32::MAX).then_some((h.0 as usize, h.1 as usize))
    }
}

/// The compiled patterns.
pub struct Lexicon {
    patterns: Vec<Pattern>,
    /// Each pattern's elements with their words numbered.
    steps: Vec<Vec<Step>>,
    /// Each pattern's [`needed_words`], to pass over it cheaply where its words are missing.
    needs: Vec<Box<[u64]>>,
    /// Whether each word number ends a clause.
    barrier: Vec<bool>,
    /// The pattern words longer than a word map holds, with their numbers.
    long_words: Vec<(String, u32)>,
    /// Per head form, one after another: the lexicon patterns whose head it
    /// is, each with what a try of it first asks ([`Anchored`]); form `f`'s are
    /// `anchored[anchor_starts[f]..anchor_starts[f + 1]]`.
    anchored: Vec<Anchored>,
    /// Where each head form's patterns begin in `anchored`, and one past the last.
    anchor_starts: Vec<u32>,
    /// Every head form, lowercase; the id of a form is its index in `anchor_starts`.
    heads: Trie,
    /// What one lookup of a token's text tells (see [`Known`]).
    known: WordMap<Known>,
    /// Whether word classes were attached ([`Lexicon::add_word_classes`]).
    classified: bool,
    /// The bytes (either case) that some head form has after its first byte:
    /// only where one of them follows a token can a head run past the token.
    head_bytes: Box<[bool; 256]>,
}

/// A pattern that a head form begins, with what is asked of every try of it
/// kept beside it: most tries end at the needed words, without the pattern's
/// steps or its other fields being read.
#[derive(Clone, Copy, Debug)]
struct Anchored {
    /// The first two of the pattern's [`needed_words`] sets, 0 for none.
    needs: [u64; 2],
    /// Whether the pattern needs more than those two (read from `Lexicon::needs`).
    more_needs: bool,
    /// The pattern's index.
    pattern: u32,
    /// The form of the head.
    form: Form,
    /// The pattern's kind.
    kind: Kind,
}

impl Anchored {
    /// Whether the words after the head, as [`word_bits`] `after`, have a word of
    /// each of the first two needed sets. Asked without a branch per set.
    #[inline]
    fn first_needs_met(&self, after: u64) -> bool {
        let [a, b] = self.needs;
        let missing = |n: u64| (n != 0) & (n & after == 0);
        !(missing(a) | missing(b))
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

/// What the lexicon knows of a word, found with one lookup per token.
#[derive(Clone, Copy, Debug)]
struct Known {
    /// The head form the word is by itself (`u32::MAX` for none).
    form: u32,
    /// Its word number in the patterns' vocabulary ([`NO_WORD`] for none).
    word: u32,
    /// The caller's word classes ([`Lexicon::add_word_classes`]).
    classes: u64,
    /// Where some head form goes on past the word with a byte other than
    /// an ASCII letter or digit ("war" in "war crimes", "co" in "co-operate"),
    /// the bytes that follow that one ([`after_gap_bit`]; 0 where no form
    /// goes on): only where one of them follows can a head starting at a
    /// token of it end past the token. Most such words ("war", "call") are
    /// followed by a word no form has there.
    after_gap: u32,
}

impl Known {
    const NONE: Known = Known {
        form: u32::MAX,
        word: NO_WORD,
        classes: 0,
        after_gap: 0,
    };

    /// Of forms alike but for case the first is kept, as in the trie.
    fn merge(old: Known, new: Known) -> Known {
        Known {
            form: if old.form != u32::MAX {
                old.form
            } else {
                new.form
            },
            word: if old.word != NO_WORD {
                old.word
            } else {
                new.word
            },
            classes: old.classes | new.classes,
            after_gap: old.after_gap | new.after_gap,
        }
    }
}

/// The bit of [`Known::after_gap`] for a byte after a word's gap in the text:
/// one per ASCII letter (either case, as the head trie folds them), and one
/// shared by every other byte and by the end of the text.
#[inline]
fn after_gap_bit(byte: Option<u8>) -> u32 {
    match byte {
        Some(b) if b.is_ascii_alphabetic() => 1 << (b.to_ascii_lowercase() - b'a'),
        _ => 1 << 26,
    }
}

/// The [`Known::after_gap`] bits of a head form's byte after its gap: a
/// letter's own bit; any other byte, or none, may stand beside any byte of
/// the text as far as the bits can tell, so it takes them all.
fn after_gap_bits(byte: Option<u8>) -> u32 {
    match byte {
        Some(b) if b.is_ascii_alphabetic() => after_gap_bit(Some(b)),
        _ => u32::MAX,
    }
}

/// Counts of what a lexicon holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    /// Patterns.
    pub patterns: usize,
    /// Distinct CAMEO codes reached.
    pub codes: usize,
    /// Distinct CAMEO roots reached.
    pub roots: usize,
    /// Distinct head forms.
    pub forms: usize,
}

impl Lexicon {
    /// The built-in patterns (checked by the tests; a broken line is skipped).
    pub fn builtin() -> Lexicon {
        Lexicon::from_sources(
            BUILTIN_FILES
                .iter()
                .map(|&(n, s)| (n.to_string(), s.to_string())),
        )
        .0
    }

    /// Built-in patterns plus the `lexicon/` folders of `dirs`.
    pub fn load(dirs: &[&Path]) -> (Lexicon, Vec<LexError>) {
        let mut sources: Vec<(String, String)> = BUILTIN_FILES
            .iter()
            .map(|&(n, s)| (n.to_string(), s.to_string()))
            .collect();
        let mut errors = Vec::new();
        for dir in dirs {
            let sub = dir.join("lexicon");
            let Ok(rd) = std::fs::read_dir(&sub) else {
                continue;
            };
            let mut files: Vec<_> = rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            files.sort();
            for p in files {
                match std::fs::read_to_string(&p) {
                    Ok(s) => sources.push((p.display().to_string(), s)),
                    Err(e) => errors.push(LexError {
                        origin: p.display().to_string(),
                        kind: LexErrorKind::Io(e.to_string()),
                    }),
                }
            }
        }
        let (lex, mut more) = Lexicon::from_sources(sources.into_iter());
        errors.append(&mut more);
        (lex, errors)
    }

    /// Builds a lexicon from `(file name, contents)` pairs.
    pub fn from_sources(
        sources: impl Iterator<Item = (String, String)>,
    ) -> (Lexicon, Vec<LexError>) {
        let mut patterns = Vec::new();
        let mut errors = Vec::new();
        for (name, src) in sources {
            let file = Path::new(&name)
                .file_name()
                .map_or(name.clone(), |f| f.to_string_lossy().into_owned());
            let kind = if file.starts_with("noun") {
                Kind::Noun
            } else {
                Kind::Verb
            };
            pattern::parse_file(&src, &name, kind, &mut patterns, &mut errors);
        }
        (Lexicon::build(patterns), errors)
    }

    fn build(patterns: Vec<Pattern>) -> Lexicon {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut strings: Vec<String> = Vec::new();
        let mut anchors: Vec<Vec<(u32, Form)>> = Vec::new();
        for (pi, p) in patterns.iter().enumerate() {
            for (head, form) in &p.heads {
                let a = *index.entry(head.clone()).or_insert_with(|| {
                    strings.push(head.clone());
                    anchors.push(Vec::new());
                    strings.len() - 1
                });
                if !anchors[a].iter().any(|&(q, _)| q == pi as u32) {
                    anchors[a].push((pi as u32, *form));
                }
            }
        }
        for list in &mut anchors {
            // Most specific first; between equals, the one listed first.
            list.sort_by_key(|&(p, _)| (-patterns[p as usize].specificity(), p));
        }
        // Heads are only looked for where a token starts: a walk of the trie
        // there, passed over at once for most words.
        let forms: Vec<(&str, u32)> = strings
            .iter()
            .enumerate()
            .map(|(i, h)| (h.as_str(), i as u32))
            .collect();
        let mut head_bytes = Box::new([false; 256]);
        for f in &strings {
            for &b in f.as_bytes().iter().skip(1) {
                head_bytes[b.to_ascii_lowercase() as usize] = true;
                head_bytes[b.to_ascii_uppercase() as usize] = true;
            }
        }
        let mut vocabulary = Vocabulary::new();
        let steps: Vec<Vec<Step>> = patterns
            .iter()
            .map(|p| vocabulary.compile(&p.elems))
            .collect();
        let needs: Vec<Box<[u64]>> = steps.iter().map(|s| needed_words(s)).collect();
        let mut anchored = Vec::new();
        let mut anchor_starts = vec![0];
        for list in &anchors {
            anchored.extend(list.iter().map(|&(pi, form)| {
                let need = &needs[pi as usize];
                Anchored {
                    needs: [
                        need.first().copied().unwrap_or(0),
                        need.get(1).copied().unwrap_or(0),
                    ],
                    more_needs: need.len() > 2,
                    pattern: pi,
                    form,
                    kind: patterns[pi as usize].kind,
                }
            }));
            anchor_starts.push(anchored.len() as u32);
        }
        let stems = strings.iter().flat_map(|f| {
            let b = f.as_bytes();
            (1..b.len())
                .filter(move |&k| b[k] < 0x80 && !b[k].is_ascii_alphanumeric())
                .filter_map(move |k| Some((f.get(..k)?, after_gap_bits(b.get(k + 1).copied()))))
        });
        let known = WordMap::build(
            forms
                .iter()
                .map(|&(f, form)| {
                    (
                        f,
                        Known {
                            form,
                            ..Known::NONE
                        },
                    )
                })
                .chain(vocabulary.words().map(|(w, word)| {
                    (
                        w,
                        Known {
                            word,
                            ..Known::NONE
                        },
                    )
                }))
                .chain(stems.map(|(w, after_gap)| {
                    (
                        w,
                        Known {
                            after_gap,
                            ..Known::NONE
                        },
                    )
                })),
            Known::merge,
        );
        Lexicon {
            long_words: vocabulary.long_words(),
            barrier: vocabulary.barrier,
            patterns,
            steps,
            needs,
            anchored,
            anchor_starts,
            heads: Trie::folded(&forms),
            known,
            classified: false,
            head_bytes,
        }
    }

    /// Attaches word classes, bit sets that a caller keeps for some words
    /// (ASCII case folded, as the coder's closed word lists are), so that
    /// [`Lexicon::scan_classified`] gives each token its classes from the same
    /// lookup that finds its word number. A word's bits are or-ed together.
    pub fn add_word_classes<'a>(&mut self, classes: impl IntoIterator<Item = (&'a str, u64)>) {
        let known = std::mem::replace(&mut self.known, WordMap::build([], Known::merge));
        self.known = known.extended(
            classes.into_iter().map(|(w, classes)| {
                (
                    w,
                    Known {
                        classes,
                        ..Known::NONE
                    },
                )
            }),
            Known::merge,
        );
        self.classified = true;
    }

    /// The pattern with index `i`.
    pub fn pattern(&self, i: u32) -> &Pattern {
        &self.patterns[i as usize]
    }

    /// All patterns.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// Finds the patterns that match in a sentence. `mention_end[i]` is the token
    /// index just past the actor mention that starts at token `i` (`u32::MAX`
    /// where none does); `X` slots match only there. For each head at most one
    /// verb pattern and one noun pattern match: the one whose words reach
    /// furthest, and between equals the most specific.
    pub fn find(&self, words: &Words, mention_end: &[u32], out: &mut Vec<Hit>) {
        let mut scan = HeadScan::default();
        self.scan(words, &mut scan);
        self.find_scanned(words, &scan, mention_end, out);
    }

    /// Like [`Lexicon::find`], with the heads already found by [`Lexicon::scan`].
    pub fn find_scanned(
        &self,
        words: &Words,
        scan: &HeadScan,
        mention_end: &[u32],
        out: &mut Vec<Hit>,
    ) {
        out.clear();
        let sentence = Sentence {
            words: &scan.words,
            barrier: &self.barrier,
            mention_end,
        };
        // Read backwards, so the words after each head are known as bits
        // (`after`) when its patterns are tried; the hits are put in text
        // order at the end. Only the words from the first head on are read.
        debug_assert_eq!(scan.words.len(), words.len(), "a scan of these words");
        let mut after = 0u64;
        let mut unread = scan.words.len();
        for &head in scan.head_tokens.iter().rev() {
            let head = head as usize;
            for &word in &scan.words[head + 1..unread] {
                after |= word_bits(word);
            }
            unread = head + 1;
            let (anchor, head_end) = scan.heads[head];
            // Tokens head+1..=head_end of a longer head are in `after` too:
            // more bits only let more patterns be tried.
            self.find_at(
                head,
                anchor as usize,
                head_end as usize,
                after,
                &sentence,
                out,
            );
        }
        out.reverse();
    }

    /// The hits of the head at `head` (form `anchor`, last token `head_end`),
    /// noun before verb (the caller reverses them); `after` has the word bits
    /// of the tokens after the head.
    fn find_at(
        &self,
        head: usize,
        anchor: usize,
        head_end: usize,
        after: u64,
        sentence: &Sentence,
        out: &mut Vec<Hit>,
    ) {
        // For each reading (verb, noun), the pattern that reaches furthest wins;
        // between equals, the more specific (patterns are sorted that way).
        // The winners are kept as their pattern and match state, made hits at
        // the end: most heads' tries replace a winner or fail.
        let mut best: [Option<(&Anchored, MatchState)>; 2] = [None, None];
        let tries = &self.anchored
            [self.anchor_starts[anchor] as usize..self.anchor_starts[anchor + 1] as usize];
        for a in tries {
            if !a.first_needs_met(after)
                || (a.more_needs && !may_match(&self.needs[a.pattern as usize][2..], after))
            {
                continue;
            }
            let steps = &self.steps[a.pattern as usize];
            let slot = usize::from(a.kind != Kind::Verb);
            let mut st = MatchState {
                end: head_end + 1,
                target: None,
                literal: (1u64 << (head_end - head + 1).min(63)) - 1,
                literals: 0,
            };
            if match_steps(steps, head_end + 1, head, sentence, &mut st) {
                let better = best[slot].is_none_or(|(_, b)| {
                    st.end > b.end || (st.end == b.end && st.literals > b.literals)
                });
                if better {
                    best[slot] = Some((a, st));
                }
            }
        }
        let hit = |(a, st): (&Anchored, MatchState)| Hit {
            pattern: a.pattern,
            kind: a.kind,
            form: a.form,
            head,
            end: st.end,
            target: st.target,
            literal: st.literal,
        };
        let [verb, noun] = best;
        out.extend(noun.map(hit));
        out.extend(verb.map(hit));
    }

    /// Marks every token that is the head word of some pattern (a cheap first
    /// pass, before actor mentions are known).
    pub fn heads(&self, words: &Words, is_head: &mut Vec<bool>) {
        is_head.clear();
        is_head.resize(words.len(), false);
        for t in 0..words.len() {
            if self.head_at(words, t).is_some() {
                is_head[t] = true;
            }
        }
    }

    /// Finds every head word once, for [`Lexicon::find_scanned`] and for the
    /// callers that need to know which tokens head a pattern.
    pub fn scan(&self, words: &Words, out: &mut HeadScan) {
        self.scan_into(words, out, None);
    }

    /// Like [`Lexicon::scan`], and fills [`Words::classes`] with each token's
    /// classes when word classes were attached ([`Lexicon::add_word_classes`]);
    /// otherwise leaves them empty, for the caller to look up.
    pub fn scan_classified(&self, words: &mut Words, out: &mut HeadScan) {
        let mut classes = std::mem::take(&mut words.classes);
        classes.clear();
        if self.classified {
            self.scan_into(words, out, Some(&mut classes));
        } else {
            self.scan_into(words, out, None);
        }
        words.classes = classes;
    }

    fn scan_into(&self, words: &Words, out: &mut HeadScan, classes: Option<&mut Vec<u64>>) {
        // Sized once and written in place: a push per token and vector asks
        // for room three times.
        let n = words.len();
        out.heads.clear();
        out.heads.resize(n, (u32::MAX, 0));
        out.words.clear();
        out.words.resize(n, NO_WORD);
        out.head_tokens.clear();
        let classes: &mut [u64] = match classes {
            Some(c) => {
                c.clear();
                c.resize(n, 0);
                c
            }
            None => &mut [],
        };
        // The tokens' bounds and their slots walked together: no index is
        // checked against five lengths per token.
        let bounds = words.starts.iter().zip(&words.ends);
        let slots = out.heads.iter_mut().zip(out.words.iter_mut());
        for (t, ((&start, &end), (head_slot, word_slot))) in bounds.zip(slots).enumerate() {
            let (head, known) = self.read_token(words, t, start as usize, end as usize);
            if let Some((anchor, head_end)) = head {
                *head_slot = (anchor as u32, head_end as u32);
                out.head_tokens.push(t as u32);
            }
            *word_slot = known.word;
            if let Some(c) = classes.get_mut(t) {
                *c = known.classes;
            }
        }
    }

    /// The head word starting at token `t`, if any: its form's index and the
    /// token it ends in (a hyphenated head such as "co-operate" spans three).
    #[inline]
    fn head_at(&self, words: &Words, t: usize) -> Option<(usize, usize)> {
        self.read_token(words, t, words.starts[t] as usize, words.ends[t] as usize)
            .0
    }

    /// What the lexicon knows of token `t` (bytes `start..token_end` of the
    /// joined text): the head word starting there, as
    /// [`Lexicon::head_at`] tells it, and what one lookup of its text tells
    /// (its word number, as [`Known::word`] even for a word too long to look up).
    /// The longest form the text there begins with must end where a token does.
    // Inlined into the scan, the one caller per token: what it tells stays in
    // registers rather than being returned through memory.
    #[inline(always)]
    fn read_token(
        &self,
        words: &Words,
        t: usize,
        start: usize,
        token_end: usize,
    ) -> (Option<(usize, usize)>, Known) {
        let text = words.joined.as_bytes();
        let token = &text[start..token_end];
        let found = self.known.get_in(text, start, token_end);
        let known = match found {
            Some(k) => k,
            None if token.len() > MAX_WORD => Known {
                word: self
                    .long_words
                    .iter()
                    .find(|(w, _)| w.as_bytes().eq_ignore_ascii_case(token))
                    .map_or(NO_WORD, |&(_, n)| n),
                ..Known::NONE
            },
            None => Known::NONE,
        };
        if !token[0].is_ascii_alphabetic() {
            return (None, known);
        }
        // A head runs on past the token only into a byte some form has after
        // its first; where that byte is no letter or digit, only from a word
        // that some form goes on from (the lookup knows those words, short ones).
        let runs_on = text.get(token_end).is_some_and(|&b| {
            self.head_bytes[b as usize]
                && (known.after_gap & after_gap_bit(text.get(token_end + 1).copied()) != 0
                    || token.len() > MAX_WORD
                    || b >= 0x80
                    || b.is_ascii_alphanumeric())
        });
        if !runs_on {
            // No form continues past the token, and none ends inside it at a
            // token's end: the token is a head exactly when it is a form.
            if known.form != u32::MAX {
                return (Some((known.form as usize, t)), known);
            }
            if token.len() <= MAX_WORD {
                return (None, known);
            }
        }
        let head = self
            .heads
            .longest_prefix_folded(text, start, text.len())
            .and_then(|(end, form)| Some((form as usize, words.token_ending_at(end)?)));
        (head, known)
    }

    /// Counts of patterns, codes and roots.
    pub fn stats(&self) -> Stats {
        let codes: std::collections::HashSet<&str> =
            self.patterns.iter().map(|p| p.code.as_str()).collect();
        let roots: std::collections::HashSet<&str> = codes.iter().map(|c| &c[..2]).collect();
        Stats {
            patterns: self.patterns.len(),
            codes: codes.len(),
            roots: roots.len(),
            forms: self.anchor_starts.len() - 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annals_text::tokenize;

    fn lex(src: &str) -> Lexicon {
        let (l, e) =
            Lexicon::from_sources(vec![("verbs.txt".to_string(), src.to_string())].into_iter());
        assert!(e.is_empty(), "{e:?}");
        l
    }

    fn hits(l: &Lexicon, text: &str, mention_at: &[(usize, usize)]) -> Vec<(String, String)> {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let mut w = Words::default();
        w.build(text, &toks);
        let mut ends = vec![u32::MAX; toks.len()];
        for &(s, e) in mention_at {
            ends[s] = e as u32;
        }
        let mut out = Vec::new();
        l.find(&w, &ends, &mut out);
        out.iter()
            .map(|h| {
                (
                    l.pattern(h.pattern).code.clone(),
                    (h.head..h.end)
                        .map(|i| w.text(i))
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            })
            .collect()
    }

    #[test]
    fn most_specific_pattern_wins() {
        let l = lex("057 sign\n057 sign ... treaty+\n0871 sign ... armistice|truce\n");
        assert_eq!(
            hits(&l, "They signed a truce.", &[]),
            [("0871".to_string(), "signed a truce".to_string())]
        );
        assert_eq!(
            hits(&l, "They signed unequal treaties.", &[]),
            [("057".to_string(), "signed unequal treaties".to_string())]
        );
        assert_eq!(
            hits(&l, "They signed.", &[]),
            [("057".to_string(), "signed".to_string())]
        );
    }

    #[test]
    fn target_slots_and_particles() {
        let l = lex("190 drive X out\n");
        // "drove the Russian settlers out": the mention spans tokens 2..5.
        assert_eq!(
            hits(&l, "Armies drove the Russian settlers out.", &[(2, 5)]).len(),
            1
        );
        assert!(hits(&l, "Armies drove the Russian settlers away.", &[(2, 5)]).is_empty());
    }

    #[test]
    fn gaps_stop_at_clause_barriers() {
        let l = lex("057 sign ... treaty+\n");
        assert!(hits(&l, "They signed; a treaty.", &[]).is_empty());
    }

    #[test]
    fn heads_are_those_a_walk_at_every_token_finds() {
        let l = lex("190 war_crimes\n190 war\n057 co-operate\n057 sign\n190 air_strike+\n");
        let text = "War crimes, a war-crimes trial; the war ended. They co-operate, \
                    co - operate, cooperate and sign. Air strikes, air-strike, airstrike, \
                    WAR CRIMES and war crimesx. Warcrimes didn't sign";
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let mut w = Words::default();
        w.build(text, &toks);
        let mut scan = HeadScan::default();
        l.scan(&w, &mut scan);
        let b = w.joined.as_bytes();
        let mut heads = 0;
        for t in 0..w.len() {
            let start = w.starts[t] as usize;
            let walked = if b[start].is_ascii_alphabetic() {
                l.heads
                    .longest_prefix_folded(b, start, b.len())
                    .and_then(|(end, form)| Some((form as usize, w.token_ending_at(end)?)))
            } else {
                None
            };
            assert_eq!(scan.at(t), walked, "token {t} {:?}", w.text(t));
            heads += usize::from(walked.is_some());
        }
        assert!(heads >= 10, "{heads}");
    }

    #[test]
    fn whole_words_only_case_insensitive() {
        let l = lex("190 attack\n");
        assert_eq!(hits(&l, "ATTACKED them", &[]).len(), 1);
        assert!(hits(&l, "counterattacked", &[]).is_empty());
    }
}

#[cfg(test)]
mod builtin_tests {
    use super::*;

    #[test]
    fn builtin_patterns_parse() {
        let (lex, errors) = Lexicon::load(&[]);
        let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(msgs.is_empty(), "{}", msgs.join("\n"));
        assert!(lex.patterns().len() > 300);
    }

    #[test]
    fn builtin_patterns_reach_every_root_and_150_codes() {
        let s = Lexicon::builtin().stats();
        assert_eq!(s.roots, 20, "{s:?}");
        assert!(s.codes >= 150, "{s:?}");
    }
}
