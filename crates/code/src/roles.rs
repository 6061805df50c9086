//! From pattern hits and mentions to candidate events: who is the source, who the
//! target, and whether the event is told as done, denied, intended or only possible.
//!
//! Verbs: the source is the subject (the nearest argument to the left in the
//! clause, the antecedent of "which/who/that", the subject of the first verb of
//! a coordinated verb phrase, or the agent after "by" in the passive); the
//! target is the first argument after the pattern's words that is a direct
//! object or stands after a target preposition. Nouns: the source is the
//! attributive or possessive name before them ("the Soviet invasion") or "by X";
//! the target follows "of", "against", "on", "to", or is written "anti-X";
//! "between X and Y" makes a mutual event.

use annals_lexicon::{Form, Hit, Kind, Lexicon};
use annals_text::Words;

use crate::classes::{all_classes, word_in};
use crate::clause::{governor_of_infinitive, verb_context, Clauses, FAILED, INTENT_GOVERNORS};
use crate::group::Group;
use crate::lists::*;
use crate::mention::{Head, Mention};
use crate::modality;

/// Who takes part in a candidate event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Party {
    /// Mentions of one coordination group (indices into the sentence's mentions).
    Mentions(Group),
    /// Whoever is in focus: the other actor (target) or the two actors (pair).
    Implicit,
    /// Nobody found.
    None,
}

impl Party {
    /// Whether nobody was found.
    pub fn is_none(&self) -> bool {
        matches!(self, Party::None)
    }
}

/// A candidate event in one sentence.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The pattern hit.
    pub hit: Hit,
    /// The CAMEO code after modality (intent and threat change it).
    pub code: String,
    /// The rule that fired, for the record.
    pub rule: String,
    /// Source.
    pub source: Party,
    /// Target.
    pub target: Party,
    /// Mutual: source and target are written once, in text order.
    pub symmetric: bool,
    /// Named only to be denied.
    pub negated: bool,
    /// Why it is not coded, if it is not.
    pub rejected: Option<&'static str>,
    /// The clause, as a token range.
    pub clause: (usize, usize),
    /// The head of the promise verb ("vowed to attack") whose act this is, if the
    /// act turns the promise into a threat and so is coded in its place.
    pub promised_by: Option<usize>,
}

/// What role assignment needs to see of a sentence.
#[derive(Clone, Copy)]
pub struct SentenceView<'a> {
    /// The sentence's tokens as words.
    pub words: &'a Words,
    /// Its mentions, in text order.
    pub mentions: &'a [Mention],
    /// Which token starts which mention (index), `usize::MAX` for none.
    pub mention_at: &'a [usize],
    /// Which token lies inside some mention.
    pub in_mention: &'a [bool],
    /// Pattern heads.
    pub is_head: &'a [bool],
    /// The country each mention resolves to, where it does.
    pub countries: &'a [Option<&'a str>],
    /// Heads read as verbs (set by [`candidates`] once readings are chosen).
    pub verb_heads: &'a [bool],
    /// The word classes of every token (set by [`candidates`], from the
    /// lexicon's scan or looked up, so that a class test is one bit).
    pub classes: &'a [u64],
}

impl SentenceView<'_> {
    #[inline]
    fn text(&self, i: usize) -> &str {
        self.words.text(i)
    }

    /// Token `i`'s bytes ([`Words::bytes`]).
    #[inline]
    fn bytes(&self, i: usize) -> &[u8] {
        self.words.bytes(i)
    }

    /// Whether token `i` is all ASCII lowercase letters (true of an empty one).
    #[inline]
    fn is_lowercase(&self, i: usize) -> bool {
        self.bytes(i).iter().all(|b| b.is_ascii_lowercase())
    }

    /// Whether token `i` is in `list`, read from the classes the sentence's
    /// words already have rather than looked up again.
    #[inline]
    fn is(&self, i: usize, list: &WordList) -> bool {
        self.classes[i] & list.bit() != 0
    }

    /// Whether token `i` is in any of the lists whose bits `lists` has.
    #[inline]
    fn in_any(&self, i: usize, lists: u64) -> bool {
        self.classes[i] & lists != 0
    }

    /// [`is_adjective_at`] token `i`.
    fn is_adjective_at(&self, i: usize) -> bool {
        is_adjective_at(self.words, i, self.bytes(i))
    }

    /// Indices of the mentions of `m`'s coordination group.
    /// A group is a run of adjacent mentions (a mention joins the group of the
    /// one before it or opens the next), so only `m`'s run is read.
    fn group_of(&self, m: usize) -> Group {
        let g = self.mentions[m].group;
        let argument = self.mentions[m].is_argument();
        // Most mentions are a group of their own.
        let alone = |k: Option<usize>| {
            k.and_then(|k| self.mentions.get(k))
                .is_none_or(|x| x.group != g)
        };
        if alone(m.checked_sub(1)) && alone(Some(m + 1)) {
            return Group::one(m);
        }
        let first = self.mentions[..m]
            .iter()
            .rposition(|x| x.group != g)
            .map_or(0, |k| k + 1);
        self.mentions[first..]
            .iter()
            .take_while(|x| x.group == g)
            .enumerate()
            .filter(|(_, x)| x.is_argument() == argument)
            .map(|(k, _)| first + k)
            .collect()
    }
}

/// Builds candidate events from pattern hits.
pub fn candidates(lex: &Lexicon, v: &SentenceView, hits: &[Hit], out: &mut Vec<Candidate>) {
    // Most sentences name no event: nothing below is needed for them.
    if hits.is_empty() {
        if !out.is_empty() {
            SCRATCH.with(|scratch| scratch.borrow_mut().retire(out, 0));
        }
        return;
    }
    let classes = all_classes(v.words);
    let v = &SentenceView {
        classes: &classes,
        ..*v
    };
    SCRATCH.with(|scratch| {
        let scratch = &mut *scratch.borrow_mut();
        choose_readings(v, hits, &mut scratch.readings);
        assign_roles(lex, v, scratch, out);
    });
    if out.is_empty() {
        return;
    }
    // "vowed to attack": the threat is coded at the act, not as a promise.
    let promises: Vec<usize> = out
        .iter()
        .filter(|c| c.rejected.is_none())
        .filter_map(|c| c.promised_by)
        .collect();
    for c in out
        .iter_mut()
        .filter(|c| c.rejected.is_none() && promises.contains(&c.hit.head))
    {
        c.rejected = Some("a promise of force is a threat, coded at the act promised");
    }
    // A bare statement (01) is coded only where the sentence has no other event.
    let other = out
        .iter()
        .any(|c| c.rejected.is_none() && !c.code.starts_with("01"));
    if other {
        for c in out
            .iter_mut()
            .filter(|c| c.rejected.is_none() && c.code.starts_with("01"))
        {
            c.rejected = Some("a statement beside another event");
        }
    }
}

/// Buffers [`candidates`] fills anew for each sentence.
#[derive(Default)]
struct Scratch {
    /// The hits kept by [`choose_readings`].
    readings: Vec<Hit>,
    /// Which tokens head a verb reading.
    verb_heads: Vec<bool>,
    /// The sentence's clauses.
    clauses: Clauses,
    /// The code and rule strings of candidates no longer in use, whose buffers
    /// new candidates take over: most sentences have fewer candidates than the
    /// one before, and a string dropped there would be allocated again later.
    spare_strings: Vec<String>,
}

impl Scratch {
    /// Shortens `out` to `len` candidates, keeping the strings of those dropped.
    /// Inlined: most calls have nothing to drop.
    #[inline]
    fn retire(&mut self, out: &mut Vec<Candidate>, len: usize) {
        if out.len() > len {
            self.keep_strings(out, len);
        }
    }

    /// [`Scratch::retire`] where `out` has more than `len` candidates.
    fn keep_strings(&mut self, out: &mut Vec<Candidate>, len: usize) {
        for c in out.drain(len..) {
            self.spare_strings.push(c.code);
            self.spare_strings.push(c.rule);
        }
    }
}

/// An empty string, with a buffer from a retired candidate where `spare` has one.
fn spare_string(spare: &mut Vec<String>) -> String {
    let mut s = spare.pop().unwrap_or_default();
    s.clear();
    s
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// One candidate per reading kept, with its parties. The candidates already in
/// `out` (the last sentence's) lend their strings' buffers to the new ones.
fn assign_roles(lex: &Lexicon, v: &SentenceView, scratch: &mut Scratch, out: &mut Vec<Candidate>) {
    scratch.retire(out, scratch.readings.len());
    let hits = &scratch.readings;
    if hits.is_empty() {
        return;
    }
    let verb_heads = &mut scratch.verb_heads;
    verb_heads.clear();
    verb_heads.resize(v.words.len(), false);
    for h in hits.iter().filter(|h| h.kind == Kind::Verb) {
        verb_heads[h.head] = true;
    }
    let view = SentenceView {
        verb_heads: &verb_heads[..],
        ..*v
    };
    let v = &view;
    scratch
        .clauses
        .find(v.words, |i: usize| v.mention_at[i] != usize::MAX);
    for (k, hit) in hits.iter().enumerate() {
        let p = lex.pattern(hit.pattern);
        let clause = scratch.clauses.of(hit.head);
        if k == out.len() {
            out.push(Candidate {
                hit: *hit,
                code: spare_string(&mut scratch.spare_strings),
                rule: spare_string(&mut scratch.spare_strings),
                source: Party::None,
                target: Party::None,
                symmetric: false,
                negated: false,
                rejected: None,
                clause,
                promised_by: None,
            });
        }
        let (done, rest) = out.split_at_mut(k);
        let c = &mut rest[0];
        c.hit = *hit;
        c.code.clone_from(&p.code);
        c.rule.clone_from(&p.rule);
        c.source = Party::None;
        c.target = Party::None;
        c.symmetric = false;
        c.negated = false;
        c.rejected = None;
        c.clause = clause;
        c.promised_by = None;
        match p.kind {
            Kind::Verb => verb_roles(lex, v, &hits[..k], done, v.verb_heads, c),
            Kind::Noun => noun_roles(lex, v, c),
        }
        if c.rejected.is_none() && asked_for(lex, v, &hits[..k], c) {
            c.rejected = Some("asked for, promised or threatened by another verb, not done");
        }
    }
}

/// Whether a candidate stands in a "that" clause of a verb of demand, appeal,
/// promise or threat ("demanded that Hamas renounce ...").
fn asked_for(lex: &Lexicon, v: &SentenceView, earlier: &[Hit], c: &Candidate) -> bool {
    let Some(that) = c.clause.0.checked_sub(1) else {
        return false;
    };
    if !v.bytes(that).eq_ignore_ascii_case(b"that") {
        return false;
    }
    earlier.iter().any(|h| {
        let root = &lex.pattern(h.pattern).code[..2];
        h.head < that && h.end + 3 >= that && matches!(root, "02" | "03" | "10" | "13")
    })
}

/// Where a head word could be a verb or a noun, keep the reading its neighbours
/// allow; drop hits inside a longer verb pattern ("signed a treaty", "resumed
/// trade") and verb readings of coordinated objects ("provided aid and support").
fn choose_readings(v: &SentenceView, hits: &[Hit], keep: &mut Vec<Hit>) {
    keep.clear();
    for h in hits {
        // Inside the words of another pattern ("signed a truce", "military aid").
        if hits.iter().any(|o| o.head < h.head && h.head < o.end) {
            continue;
        }
        // Inside an actor's name ("aid agencies", "peace movement").
        if v.in_mention[h.head] {
            continue;
        }
        if h.kind == Kind::Verb && h.head > 0 {
            let prev = v.bytes(h.head - 1);
            // "the besieged town", "Israeli-occupied", "the defeated party": participles as adjectives.
            let participle = matches!(
                h.form,
                Form::Past | Form::PastOrParticiple | Form::Participle
            );
            if participle
                && (v.in_any(
                    h.head - 1,
                    A_AN.bit() | THE.bit() | THIS.bit() | POSSESSIVE_PRONOUNS.bit(),
                ) || prev == b"-")
            {
                continue;
            }
            // "weapons supply", "militia ally": a bare verb form after a common noun
            // is the second half of a compound noun.
            // (The lists take in "to", "then", "also" and "not"; words of
            // two letters or fewer are never the first half.)
            if matches!(h.form, Form::Base)
                && prev.len() > 2
                && v.is_lowercase(h.head - 1)
                && !v.is_head[h.head - 1]
                && !v.in_mention[h.head - 1]
                && !v.in_any(
                    h.head - 1,
                    AUXILIARIES.bit()
                        | MODALS.bit()
                        | FUTURE.bit()
                        | ADVERBS.bit()
                        | NEGATIONS.bit()
                        | PREPOSITIONS.bit()
                        | AND.bit()
                        | BUT.bit()
                        | RELATIVES.bit(),
                )
                && !matches!(v.bytes(h.head - 1), b"they" | b"you")
                && !prev.ends_with(b"ly")
            {
                continue;
            }
            // "mobilized pressure groups": a verb right after a verb is a noun.
            if matches!(h.form, Form::Base | Form::Third)
                && v.is_head[h.head - 1]
                && (prev.ends_with(b"ed") || prev.ends_with(b"ing"))
            {
                continue;
            }
            // "fought back", "struck back": after a verb, "back" is a particle.
            if v.bytes(h.head).eq_ignore_ascii_case(b"back")
                && (hits
                    .iter()
                    .any(|o| o.kind == Kind::Verb && o.head + 1 == h.head)
                    || prev.ends_with(b"ed")
                    || is_in(
                        v.text(h.head - 1),
                        &["fought", "struck", "hit", "fight", "strike"],
                    ))
            {
                continue;
            }
            // "send them back": a verb does not follow its own object pronoun.
            if v.is(h.head - 1, OBJECT_PRONOUNS) {
                continue;
            }
            // "a shooting", "the bombing": a gerund after a determiner is a noun.
            if h.form == Form::Gerund
                && is_in(
                    v.text(h.head - 1),
                    &["a", "an", "the", "this", "that", "its", "their"],
                )
            {
                continue;
            }
        }
        // "ROC supply ships": a bare verb form cannot have a singular name alone as
        // its subject, unless a verb before the name makes it an object ("let China decide").
        if h.kind == Kind::Verb && h.form == Form::Base && h.head > 0 && v.in_mention[h.head - 1] {
            if let Some(m) = v.mentions.iter().find(|m| m.end == h.head) {
                let alone = v.mentions.iter().filter(|o| o.group == m.group).count() == 1;
                let governed = m.det_start > 0
                    && (v.is_head[m.det_start - 1]
                        || is_in(
                            v.text(m.det_start - 1),
                            &[
                                "let", "make", "made", "help", "helped", "see", "saw", "have",
                                "had",
                            ],
                        ));
                // "Venezuela cut ties": a past tense that looks like the base form.
                let past = annals_lexicon::inflect::is_past_as_base(v.text(h.head));
                if matches!(m.head, Head::Name(_))
                    && !m.plural
                    && !v.text(m.end - 1).ends_with(['s', 'S'])
                    && alone
                    && !governed
                    && !m.possessive
                    && !past
                {
                    continue;
                }
            }
        }
        // A capitalized word inside a sentence is a name, not a verb ("last March").
        if h.kind == Kind::Verb
            && h.head > 0
            && match v.bytes(h.head).first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                // A letter beyond ASCII: its case needs the character.
                _ => v.text(h.head).starts_with(|c: char| c.is_uppercase()),
            }
            && !matches!(v.bytes(h.head - 1).first(), Some(b'"' | b'(' | b'\''))
        {
            continue;
        }
        let twin = hits.iter().any(|o| o.head == h.head && o.kind != h.kind);
        let coordinated_object = h.head >= 2
            && matches!(h.form, Form::Base | Form::Third | Form::Noun)
            && v.in_any(h.head - 1, AND.bit() | OR.bit())
            && hits
                .iter()
                .any(|o| o.end == h.head - 1 && o.head < h.head - 1);
        let noun_reading = coordinated_object || looks_like_noun(v, h.head);
        if twin {
            if (h.kind == Kind::Noun) != noun_reading {
                continue;
            }
        } else if h.kind == Kind::Verb
            && noun_reading
            && !matches!(
                h.form,
                Form::Past | Form::PastOrParticiple | Form::Participle | Form::Gerund
            )
        {
            // "their arms industries", "medical supplies": a noun with no event of its own.
            continue;
        }
        keep.push(*h);
    }
}

/// Event nouns whose purpose ("to protest ...") tells what the event was for.
const PURPOSE_NOUNS: &[&str] = &[
    "rally",
    "rallies",
    "strike",
    "strikes",
    "march",
    "marches",
    "demonstration",
    "demonstrations",
    "protest",
    "protests",
    "vigil",
    "sit-in",
    "boycott",
];

/// A lowercase word that looks like an adjective or a noun modifier.
pub fn is_adjective(t: &str) -> bool {
    t.len() > 2
        && t.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && (has_adjective_ending(t.as_bytes()) || is_in(t, ADJECTIVES))
}

/// [`is_adjective`] of token `i` (whose bytes are `t`), with its
/// listed adjectives read from the token's classes rather than looked up.
///
/// The conditions are asked cheapest first: the first letter, the class bit
/// and the ending before every letter is read.
#[inline]
pub(crate) fn is_adjective_at(words: &Words, i: usize, t: &[u8]) -> bool {
    let lower = |b: &u8| b.is_ascii_lowercase() || *b == b'-';
    t.len() > 2
        && lower(&t[0])
        && (word_in(words, i, ADJECTIVES) || has_adjective_ending(t))
        && t.iter().all(lower)
}

/// Whether a word ends as adjectives do ("-al", "-ic", "-ous" ...).
///
/// The endings are "-al", "-ic", "-ist", "-ive", "-ous", "-ary", "-ful", "-ent",
/// "-ant", "-ian", "-ese", "-ish" and "-ern": told apart by the last two bytes,
/// then the third from last where the ending has three.
fn has_adjective_ending(b: &[u8]) -> bool {
    let n = b.len();
    if n < 2 {
        return false;
    }
    let third = if n >= 3 { b[n - 3] } else { 0 };
    match [b[n - 2], b[n - 1]] {
        [b'a', b'l'] | [b'i', b'c'] => true,
        [b's', b't'] | [b'v', b'e'] | [b'a', b'n'] | [b's', b'h'] => third == b'i',
        [b'u', b's'] => third == b'o',
        [b'r', b'y'] => third == b'a',
        [b'u', b'l'] => third == b'f',
        [b'n', b't'] => third == b'e' || third == b'a',
        [b's', b'e'] | [b'r', b'n'] => third == b'e',
        _ => false,
    }
}

/// A word used as a noun: after a determiner, a possessive, a number or an
/// attributive name, or before "of"/"between"/"against" without a verb reading.
fn looks_like_noun(v: &SentenceView, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = v.bytes(i - 1);
    if v.is(i - 1, DETERMINERS)
        || prev == b"'s"
        || prev == b"'"
        || prev.first().is_some_and(|b| b.is_ascii_digit())
    {
        return true;
    }
    if v.is(i - 1, PREPOSITIONS) && !prev.eq_ignore_ascii_case(b"to") {
        return true;
    }
    if v.in_mention[i - 1] {
        // "Soviet invasion" (attributive name) versus "Russia attacked".
        if let Some(m) = v.mentions.iter().find(|m| m.end == i) {
            if m.attributive || m.possessive {
                return true;
            }
            // "a key U.S. ally": a determiner before the name makes it a modifier.
            return m.det_start < m.start
                && is_in(
                    v.text(m.det_start),
                    &[
                        "a", "an", "this", "these", "those", "its", "their", "his", "her",
                    ],
                );
        }
    }
    // "anti-Western riots", "pro-government rallies": a word after a hyphenated
    // modifier is the noun it modifies.
    if i >= 2 && v.bytes(i - 2) == b"-" {
        return true;
    }
    // "recent calls": a plural after an adjective.
    if v.bytes(i).ends_with(b"s") && v.is_adjective_at(i - 1) {
        return true;
    }
    // "a key ally", "growing pressure": adjectives back to a determiner.
    let mut j = i - 1;
    let mut steps = 0;
    while j > 0
        && steps < 5
        && (v.is_adjective_at(j)
            || v.bytes(j).ends_with(b"ing")
            || v.bytes(j) == b"-"
            || (j > 0 && v.bytes(j - 1) == b"-"))
    {
        j -= 1;
        steps += 1;
        if v.in_any(j, A_AN.bit() | THE.bit() | POSSESSIVE_PRONOUNS.bit()) {
            return true;
        }
    }
    // "a close ally": an indefinite article never stands before a verb, so a
    // plain word a few lowercase words after one is a noun.
    {
        let mut j = i;
        while j > 0 && i - j < 3 {
            j -= 1;
            if v.is(j, A_AN) {
                return true;
            }
            if !(v.bytes(j).len() > 2
                && v.is_lowercase(j)
                && !v.is(j, PREPOSITIONS)
                && !v.is(j, AUXILIARIES)
                && !v.in_any(
                    j,
                    AND.bit() | OR.bit() | BUT.bit() | RELATIVES.bit() | TO.bit(),
                ))
            {
                break;
            }
        }
    }
    // "a suicide car bombing": a gerund after singular noun modifiers and a determiner.
    // Plural words between are excluded: "the troops bombing the city" is a clause.
    if v.bytes(i).ends_with(b"ing") {
        let mut j = i - 1;
        while j > 0 && i - j <= 2 {
            let w = v.text(j);
            let modifier = w.len() > 2
                && v.is_lowercase(j)
                && !w.ends_with('s')
                && !v.is(j, PREPOSITIONS)
                && !is_in(
                    w,
                    &[
                        "and", "or", "but", "that", "which", "who", "was", "were", "is", "are",
                        "been", "be",
                    ],
                );
            if !modifier {
                break;
            }
            j -= 1;
            if v.in_any(
                j,
                A_AN.bit() | THE.bit() | THIS.bit() | THAT.bit() | POSSESSIVE_PRONOUNS.bit(),
            ) {
                return true;
            }
        }
    }
    // An adjective before it: "brief border war", "military aid".
    v.is_lowercase(i - 1)
        && (prev.ends_with(b"al")
            || prev.ends_with(b"ary")
            || prev.ends_with(b"ic")
            || prev.ends_with(b"ive")
            || prev.ends_with(b"ous"))
}

fn verb_roles(
    lex: &Lexicon,
    v: &SentenceView,
    earlier: &[Hit],
    done: &[Candidate],
    verb_heads: &[bool],
    c: &mut Candidate,
) {
    let hit = c.hit;
    let p = lex.pattern(hit.pattern);
    let ctx = verb_context(v.words, hit.head, hit.form, c.clause.0);
    // Gerunds after "of"/"for"/"with"/"about" are topics or allegations, not acts.
    if hit.form == Form::Gerund && hit.head > 0 && v.is(hit.head - 1, TOPIC_PREPOSITIONS) {
        c.rejected = Some("gerund after a preposition: a topic, not an act");
        return;
    }
    // A participle without "be" right before "by X" is a reduced passive
    // ("reforms criticized by Mao"), unless "has/had" makes it a perfect.
    let by_follows = hit.head + 1 < v.words.len()
        && v.bytes(hit.head + 1).eq_ignore_ascii_case(b"by")
        && v.mention_at
            .get(hit.head + 2)
            .is_some_and(|&m| m != usize::MAX);
    let perfect = hit.head > 0 && v.is(hit.head - 1, HAVE);
    // Words after which a participle is a verb, not a noun's modifier (the
    // auxiliaries, adverbs and relatives take in "then", "also", "who", "which").
    let verb_before =
        AUXILIARIES.bit() | ADVERBS.bit() | RELATIVES.bit() | AND.bit() | OR.bit() | BUT.bit();
    let reduced = matches!(hit.form, Form::Participle | Form::PastOrParticiple)
        && !ctx.passive
        && !perfect
        && hit.head > 0
        && {
            // "a bill signed in by X", "reforms criticized by Mao": a participle after a noun.
            by_follows
                || (v.bytes(hit.head - 1).iter().all(|b| b.is_ascii_lowercase())
                    && !v.in_any(hit.head - 1, verb_before)
                    && !v.in_mention[hit.head - 1]
                    && (hit.head + 3..hit.head + 5)
                        .any(|i| i < v.words.len() && v.bytes(i - 2).eq_ignore_ascii_case(b"by")))
        };
    // "the ceasefire agreement signed in March": a participle after a noun and
    // before a preposition describes the noun.
    let describing = matches!(hit.form, Form::Participle | Form::PastOrParticiple)
        && !ctx.passive
        && !perfect
        && hit.head > 0
        && {
            let prev = v.bytes(hit.head - 1);
            let next: &[u8] = if hit.head + 1 < v.words.len() {
                v.bytes(hit.head + 1)
            } else {
                b"."
            };
            prev.len() > 2
                && prev.iter().all(|b| b.is_ascii_lowercase())
                && !v.in_mention[hit.head - 1]
                && !v.is_head[hit.head - 1]
                && !v.in_any(hit.head - 1, verb_before | SUBJECT_PRONOUNS.bit())
                && ((hit.head + 1 < v.words.len() && v.is(hit.head + 1, PREPOSITIONS))
                    || matches!(next, b"," | b"." | b";"))
        };
    if (reduced || describing) && !v.mentions.iter().any(|m| m.end == hit.head) {
        c.rejected = Some("a participle describing a thing, not an actor");
        return;
    }
    let passive = ctx.passive || reduced;
    // Infinitives: done after "forced to", intended after "prepared to", otherwise not coded.
    let mut intent = false;
    let mut subject_head = hit.head;
    if let Some(to) = ctx.infinitive {
        let gov = governor_of_infinitive(v.words, to, |i| v.in_mention[i]);
        // "sent troops to fight", "was forced to sign": the doer is the governor's subject.
        if let Some(g) = gov {
            subject_head = g;
        }
        let gw = gov.map(|g| v.text(g)).unwrap_or("");
        // "vowed to attack": a bare promise of an act of force is a threat.
        let promise_of_force = gov.is_some_and(|g| {
            is_in(v.text(g), INTENT_GOVERNORS)
                && earlier
                    .iter()
                    .any(|h| h.head == g && lex.pattern(h.pattern).code == "030")
        }) && is_force(&c.code);
        if promise_of_force {
            c.promised_by = gov;
        } else if let Some(g) = gov {
            if earlier
                .iter()
                .any(|h| h.head == g || (h.head < g && g < h.end))
            {
                c.rejected = Some("governed by another event verb, which codes it");
                return;
            }
        }
        // "a rally in Lagos to protest", "a hunger strike to protest": the purpose
        // of an event that took place.
        let purpose_of = (to.saturating_sub(7)..to)
            .rev()
            .find(|&i| is_in(v.text(i), PURPOSE_NOUNS));
        if is_in(gw, FACTIVE) {
            // Happened.
        } else if is_in(gw, INTENT_GOVERNORS) {
            intent = true;
        } else if is_in(gw, FAILED) {
            c.negated = true;
        } else if let Some(noun) = purpose_of {
            subject_head = noun;
        } else {
            c.rejected = Some("infinitive not stated as done");
            return;
        }
    }
    // "X said Y must do Z" is coded at "must" (see below), not at the verb.
    if ctx.obligation
        && earlier
            .iter()
            .any(|h| h.head < hit.head && v.text(h.head).eq_ignore_ascii_case("must"))
    {
        c.rejected = Some("coded at its modal as a demand");
        return;
    }
    if v.bytes(hit.head).eq_ignore_ascii_case(b"must") {
        // The modal itself: whoever says that someone must act demands it of them.
        if let Some(sp) = (0..hit.head).rev().find(|&i| v.is(i, SPEECH)) {
            let speaker = subject_of(v, sp, 0, done);
            let obliged = subject_of(v, hit.head, c.clause.0.min(hit.head), done);
            if !speaker.is_none() && !obliged.is_none() && speaker != obliged {
                c.source = speaker;
                c.target = obliged;
                c.rule = "reported obligation: X said Y must".to_string();
                return;
            }
        }
        c.rejected = Some("an obligation nobody is reported to state");
        return;
    }
    if ctx.modal {
        // "X said Y must do Z": X demands it of Y.
        if ctx.obligation {
            if let Some(sp) = (0..c.clause.0.max(hit.head))
                .rev()
                .find(|&i| v.is(i, SPEECH))
            {
                let speaker = subject_of(v, sp, 0, done);
                let obliged = subject_of(v, subject_head, c.clause.0.min(subject_head), done);
                if !speaker.is_none() && !obliged.is_none() && speaker != obliged {
                    c.source = speaker;
                    c.target = obliged;
                    c.code = "100".to_string();
                    c.rule = format!("reported obligation: {}", c.rule);
                    return;
                }
            }
        }
        c.rejected = Some("only possible (may, could, should)");
        return;
    }
    // "whom they had taken hostage": an object relative tells background.
    if c.clause.0 > 0 && v.bytes(c.clause.0 - 1).eq_ignore_ascii_case(b"whom") {
        c.rejected = Some("background told in a relative clause");
        return;
    }
    // "a special law recognizing victories": a participle after a noun describes it.
    if hit.form == Form::Gerund
        && hit.head > 0
        && {
            let prev = v.text(hit.head - 1);
            prev.len() > 2 && v.is_lowercase(hit.head - 1) && !v.in_mention[hit.head - 1] && !v.is(hit.head - 1, AUXILIARIES) && !v.is(hit.head - 1, PREPOSITIONS) && !v.is(hit.head - 1, ADVERBS) && !v.is_head[hit.head - 1] && !is_in(prev, &["and", "or", "but", "then", "while", "after", "before", "by", "without", "not"])
            // "made a speech offering reconciliation": what is said in a speech is said by the speaker.
            && !v.is(hit.head - 1, COMMUNICATION_NOUNS)
        }
    {
        c.rejected = Some("a participle describing a thing, not an actor");
        return;
    }
    // "unless the president agrees", "if war starts", "until a new government
    // takes over": a condition, not an event.
    if condition_before(v, hit.head, verb_heads) {
        let until_date = (hit.head.saturating_sub(14)..hit.head).any(|i| {
            v.text(i).eq_ignore_ascii_case("until")
                && v.text(i + 1).starts_with(|c: char| c.is_ascii_digit())
        });
        if !until_date {
            c.rejected = Some("a condition, not an event");
            return;
        }
    }
    // Source and target.
    if !passive && hit.form == Form::Gerund && hit.head > 0 {
        // "rebels fighting to topple ...": the noun before a participle is its subject.
        if let Some(k) = v
            .mentions
            .iter()
            .position(|m| m.end == hit.head && !m.attributive)
        {
            c.source = Party::Mentions(v.group_of(k));
        }
    }
    if passive {
        c.source = by_agent(v, hit.head + 1, c.clause.1.max(hit.end));
        c.target = subject_of(v, hit.head, c.clause.0, done);
        if c.source.is_none() && p.code.starts_with("17") && v.text(hit.end - 1) == "to" {
            // "China was forced to sign a treaty with Russia", "forced to cede the
            // island to Britain": who forced it is the partner of what it was forced
            // to do, even in a relative clause ("the treaty, which gave ... to Sweden").
            if let Some(k) = v.mentions.iter().position(|m| {
                m.det_start > hit.head
                    && matches!(m.prep, Some("with") | Some("to"))
                    && m.is_argument()
            }) {
                c.source = Party::Mentions(v.group_of(k));
            }
        }
        if c.target.is_none() {
            // "A camp for Congolese refugees was attacked": the people named in the subject.
            if let Some(k) = v.mentions.iter().rposition(|m| {
                m.end <= hit.head
                    && m.start >= c.clause.0
                    && matches!(m.prep, Some("for") | Some("of"))
                    && m.is_argument()
            }) {
                c.target = Party::Mentions(v.group_of(k));
            }
        }
    } else {
        if c.source.is_none() {
            c.source = subject_of(v, subject_head, c.clause.0.min(subject_head), done);
        }
        {
            c.target = match hit.target {
                Some((s, _)) if v.mention_at[s] != usize::MAX => {
                    Party::Mentions(v.group_of(v.mention_at[s]))
                }
                _ => object_of(
                    v,
                    &hit,
                    c.clause.1.max(hit.end),
                    &p.flags.target_preps,
                    &c.source,
                    verb_heads,
                ),
            };
        }
    }
    // "investigating crimes by Croatian extremists": for investigations and
    // accusations the doer named with "by" is the one targeted.
    if matches!(&p.code[..2], "09" | "11" | "14") && !passive {
        if let Some(k) = v.mentions.iter().position(|m| {
            m.det_start > hit.head
                && m.start < c.clause.1.max(hit.end) + 2
                && m.prep == Some("by")
                && m.is_argument()
        }) {
            c.target = Party::Mentions(v.group_of(k));
        }
    }
    // ", killing at least 156 people": unnamed victims of an adjunct are those of
    // the event it follows.
    if hit.form == Form::Gerund && hit.head > 0 && v.text(hit.head - 1) == "," {
        if let Party::Mentions(t) = &c.target {
            let unnamed = t.len() == 1
                && v.mentions[t[0]].head == Head::Agent
                && v.mentions[t[0]].hint.is_none()
                && !(v.mentions[t[0]].start > 0 && v.in_mention[v.mentions[t[0]].start - 1]);
            if unnamed {
                if let Some(prev) = done.iter().rev().find(|d| {
                    d.hit.head < hit.head
                        && d.rejected.is_none()
                        && matches!(d.target, Party::Mentions(_))
                }) {
                    c.target = prev.target.clone();
                }
            }
        }
    }
    // "demanded that Hamas renounce ...": the one asked is the subject of the "that" clause.
    if c.target.is_none()
        && matches!(&p.code[..2], "02" | "10")
        && c.clause.1 < v.words.len()
        && v.text(c.clause.1).eq_ignore_ascii_case("that")
    {
        if let Some(k) = v.mentions.iter().position(|m| {
            m.start > c.clause.1
                && m.det_start <= c.clause.1 + 3
                && m.is_argument()
                && m.prep.is_none()
        }) {
            c.target = Party::Mentions(v.group_of(k));
        }
    }
    // "X and Y met", "both countries signed", "criticise each other".
    mutual_parties(v, p.flags.mutual, c);
    if c.source.is_none() {
        c.rejected = Some("no source");
        return;
    }
    if !p.flags.no_target && c.target.is_none() && !c.symmetric {
        c.target = Party::Implicit;
    }
    // Modality changes the code: announced or intended acts become intent (03)
    // or threat (13); refusing a cooperative act is a rejection (12).
    let future = ctx.future || intent;
    if denied(v, hit.head, hit.form, c.clause.0) {
        c.negated = true;
    }
    if ctx.negated && !c.negated {
        if future || ctx.present {
            c.code = modality::refusal(&c.code).to_string();
            c.rule = format!("{} (refused)", c.rule);
        } else {
            c.negated = true;
        }
    } else if future {
        c.code = modality::intent(&c.code).to_string();
        c.rule = format!("{} (announced)", c.rule);
    }
}

/// Whether a condition word ("unless", "if" ...) stands in the 14 tokens before
/// `head` with no verb head between it and `head`. Read from `head` leftwards,
/// the scan ends at the first verb head, since any condition word before it is
/// that verb's.
fn condition_before(v: &SentenceView, head: usize, verb_heads: &[bool]) -> bool {
    let from = head.saturating_sub(14);
    for (&classes, &verb) in v.classes[from..head]
        .iter()
        .zip(&verb_heads[from..head])
        .rev()
    {
        if classes & CONDITIONS.bit() != 0 {
            return true;
        }
        if verb {
            return false;
        }
    }
    false
}

/// Material conflict (reducing relations, coercion, force): a promise of it is a threat.
fn is_force(code: &str) -> bool {
    matches!(code.get(..2), Some("15" | "16" | "17" | "18" | "19" | "20"))
}

/// "X denied attacking Y", "X denied that Y attacked Z": the act is named only to be denied.
fn denied(v: &SentenceView, head: usize, form: Form, clause_start: usize) -> bool {
    let denial = |i: usize| v.is(i, DENIALS);
    if form == Form::Gerund && head > 0 && denial(head - 1) {
        return true;
    }
    // The clause the verb heads is the object of a denial: "denied (that) ...".
    let mut i = clause_start;
    if i > 0 && v.bytes(i - 1).eq_ignore_ascii_case(b"that") {
        i -= 1;
    }
    i > 0 && denial(i - 1) && clause_start < head
}

/// Mutual events: coordinated subjects with a mutual verb, "each other", "both countries".
fn mutual_parties(v: &SentenceView, mutual: bool, c: &mut Candidate) {
    let is_pair = |ms: &[usize]| ms.len() == 1 && v.mentions[ms[0]].head == Head::Pair;
    let (source_pair, sources) = match &c.source {
        Party::Mentions(m) => (is_pair(m), m.len()),
        _ => return,
    };
    let target_pair = matches!(&c.target, Party::Mentions(t) if is_pair(t));
    if source_pair {
        // "both countries fought", "both regimes criticised each other".
        c.symmetric = true;
        if target_pair || mutual || c.target.is_none() {
            c.target = Party::None;
        }
        return;
    }
    if target_pair {
        // "X and Y criticised each other".
        c.symmetric = true;
        c.target = Party::None;
        return;
    }
    if mutual {
        if sources >= 2 && c.target.is_none() {
            c.symmetric = true;
        } else if let Party::Mentions(t) = &c.target {
            let prep = v.mentions[t[0]].prep.unwrap_or("");
            if prep == "with" || prep == "between" || prep.is_empty() {
                c.symmetric = true;
            }
        }
    }
}

/// The subject of the verb at `head`.
fn subject_of(v: &SentenceView, head: usize, clause_start: usize, done: &[Candidate]) -> Party {
    // Step back over auxiliaries, negation, adverbs and "to".
    let mut j = head;
    while j > 0
        && v.in_any(
            j - 1,
            AUXILIARIES.bit() | NEGATIONS.bit() | ADVERBS.bit() | TO.bit(),
        )
    {
        j -= 1;
    }
    // Relative clause: the antecedent before "which/who/that".
    if j > 0 && v.is(j - 1, RELATIVES) {
        let rel = j - 1;
        let before = if rel > 0 && v.bytes(rel - 1) == b"," {
            rel - 1
        } else {
            rel
        };
        if let Some(m) = v
            .mentions
            .iter()
            .rposition(|m| m.end == before && m.is_argument())
        {
            return Party::Mentions(v.group_of(m));
        }
        // "a Chinese faction that ...": an attributive name in the antecedent.
        if let Some(m) = v
            .mentions
            .iter()
            .rposition(|m| m.end <= before && m.end + 3 >= before && !m.anti)
        {
            return Party::Mentions(Group::one(m));
        }
    }
    // After a relative clause set off by commas: "Uganda, which had closed its
    // border, attacked Kenya" -- the subject is the antecedent before ", which".
    if j > 1 && v.bytes(j - 1) == b"," {
        let opening = (j.saturating_sub(24)..j - 1).rev().find(|&i| {
            v.bytes(i) == b","
                && i > 0
                && [&b"which"[..], b"who", b"whose"]
                    .iter()
                    .any(|w| v.bytes(i + 1).eq_ignore_ascii_case(w))
        });
        if let Some(open) = opening {
            // No other comma-closed clause in between: the relative ends at our comma.
            if !(open + 1..j - 1).any(|i| matches!(v.bytes(i), b"," | b";")) {
                if let Some(m) = v
                    .mentions
                    .iter()
                    .rposition(|m| m.end == open && m.is_argument() && m.prep.is_none())
                {
                    return Party::Mentions(v.group_of(m));
                }
            }
        }
    }
    // Coordinated verb phrase: "made peace and established trade".
    if j > 0
        && (v.bytes(j - 1).eq_ignore_ascii_case(b"and")
            || v.bytes(j - 1) == b","
            || v.bytes(j - 1).eq_ignore_ascii_case(b"then"))
    {
        if let Some(prev) = done.iter().rev().find(|c| {
            c.hit.kind == Kind::Verb
                && c.hit.head < head
                && c.clause.0 <= head
                && !c.source.is_none()
        }) {
            return prev.source.clone();
        }
    }
    // An apposition between subject and verb: "Pakistan, a key U.S. ally, has refused".
    let mut limit = j;
    if j > 0 && v.bytes(j - 1) == b"," {
        if let Some(open) = (clause_start..j - 1)
            .rev()
            .take(14)
            .find(|&i| v.bytes(i) == b",")
        {
            let has_verb = (open + 1..j - 1).any(|i| v.verb_heads[i]);
            let starts_with_name = v.mention_at.get(open + 1).is_some_and(|&m| m != usize::MAX)
                || v.bytes(open + 1).eq_ignore_ascii_case(b"a")
                || v.bytes(open + 1).eq_ignore_ascii_case(b"an")
                || v.bytes(open + 1).eq_ignore_ascii_case(b"the");
            if !has_verb && starts_with_name && open > clause_start {
                limit = open;
            }
        }
    }
    // The nearest argument to the left without a preposition; "after", "before",
    // "since" and the like before a subject right at its verb open a clause
    // ("one day after a Serbian army jet shot down ...").
    for (k, m) in v.mentions.iter().enumerate().rev() {
        if m.end > limit || m.start < clause_start {
            continue;
        }
        if !m.is_argument() {
            continue;
        }
        // Asked only of a mention after one of those words.
        let subordinate = || {
            matches!(
                m.prep,
                Some("after")
                    | Some("before")
                    | Some("since")
                    | Some("until")
                    | Some("as")
                    | Some("when")
            ) && limit - m.end <= 2
                && (m.end..limit)
                    .all(|i| v.is_lowercase(i) && !v.is(i, PREPOSITIONS) && !v.is(i, AUXILIARIES))
        };
        if m.prep.is_none() || subordinate() {
            return Party::Mentions(v.group_of(k));
        }
    }
    if limit != j {
        for (k, m) in v.mentions.iter().enumerate().rev() {
            if m.end <= j && m.start >= clause_start && m.is_argument() && m.prep.is_none() {
                return Party::Mentions(v.group_of(k));
            }
        }
    }
    // No actor as subject ("A roadside bombing near Samarra killed ..."): the
    // place named in the subject stands for whoever acted there.
    for (k, m) in v.mentions.iter().enumerate() {
        if m.start >= clause_start
            && m.end <= j
            && matches!(m.prep, Some("in") | Some("near") | Some("at") | Some("of"))
            && !m.attributive
        {
            return Party::Mentions(Group::one(k));
        }
    }
    Party::None
}

/// The agent of a passive: "by X" after the verb, or the name in apposition to
/// the noun phrase after "by" ("by a communist group, the Bolsheviks").
fn by_agent(v: &SentenceView, from: usize, clause_end: usize) -> Party {
    let Some(by) = (from..clause_end.min(v.words.len()))
        .take(12)
        .find(|&i| v.bytes(i).eq_ignore_ascii_case(b"by"))
    else {
        return Party::None;
    };
    for (k, m) in v.mentions.iter().enumerate() {
        if m.det_start > by && m.det_start <= by + 8 && m.start < clause_end && m.is_argument() {
            return Party::Mentions(v.group_of(k));
        }
    }
    Party::None
}

/// The target of an active verb: the first direct object or object of a target
/// preposition after the pattern's words; else a place after "in"/"at"/"on".
fn object_of(
    v: &SentenceView,
    hit: &Hit,
    clause_end: usize,
    preps: &[String],
    source: &Party,
    verb_heads: &[bool],
) -> Party {
    let src_ms: &[usize] = match source {
        Party::Mentions(m) => m,
        _ => &[],
    };
    let mut location: Option<usize> = None;
    for (k, m) in v.mentions.iter().enumerate() {
        // From after the head: a gap in the pattern may hold the target
        // ("demanding that the Turkish government provide information").
        if m.det_start <= hit.head
            || m.start >= clause_end
            || src_ms.contains(&k)
            || hit.is_literal(m.start)
        {
            continue;
        }
        // Another event verb between: its own object, unless it is an infinitive
        // this verb governs ("threatened to break relations with Russia").
        // A default target stands near its verb; far away it belongs to another clause.
        if preps.is_empty() && m.det_start > hit.end + 16 && m.prep != Some("to") {
            break;
        }
        let verb_between = (hit.end.min(m.det_start)..m.det_start)
            .any(|i| verb_heads[i] && !(i > 0 && v.text(i - 1).eq_ignore_ascii_case("to")));
        if verb_between {
            break;
        }
        if m.predicate || (m.attributive && !m.anti) {
            if m.attributive && matches!(m.head, Head::Name(_)) && !m.in_name {
                if is_place_prep(v, m) {
                    location = location.or(Some(k));
                } else if !m.predicate {
                    // A nationality in the object names its owner: "rejected an
                    // Indian proposal", "fired against Kampuchean camps".
                    let prep = m.prep.unwrap_or("");
                    let direct = (prep.is_empty()
                        && m.det_start <= hit.end + 4
                        && !(hit.end..m.det_start).any(|i| v.is(i, PREPOSITIONS)))
                        || (prep == "of" && m.det_start <= hit.end + 6);
                    let own = v.countries.get(k).copied().flatten().is_some_and(|c| {
                        src_ms
                            .iter()
                            .any(|&s| v.countries.get(s).copied().flatten() == Some(c))
                    });
                    if (direct || is_in(prep, TARGET_PREPOSITIONS)) && !own {
                        return Party::Mentions(Group::one(k));
                    }
                }
            }
            continue;
        }
        if m.possessive && matches!(m.head, Head::Pronoun(_)) {
            continue;
        }
        let prep = m.prep.unwrap_or("");
        let allowed = if preps.is_empty() {
            prep.is_empty() || is_in(prep, TARGET_PREPOSITIONS)
        } else {
            preps.iter().any(|p| p.eq_ignore_ascii_case(prep)) || prep.is_empty()
        };
        // "support the rights of Palestinians": the owner of a short object.
        let genitive_object = prep == "of"
            && m.det_start <= hit.end + 4
            && !(hit.end..m.det_start.saturating_sub(1)).any(|i| v.is(i, PREPOSITIONS));
        if (allowed || genitive_object) && !own_forces(v, k, src_ms) {
            return Party::Mentions(v.group_of(k));
        }
        if location.is_none()
            && is_in(
                prep,
                &["in", "at", "on", "near", "along", "inside", "across"],
            )
        {
            location = Some(k);
        }
    }
    match location {
        Some(k) => Party::Mentions(v.group_of(k)),
        None => Party::None,
    }
}

/// Whether an attributive name sits in a place phrase ("at the Sino-Soviet border").
fn is_place_prep(v: &SentenceView, m: &Mention) -> bool {
    let mut i = m.det_start;
    while i > 0 && i + 3 > m.det_start {
        i -= 1;
        if is_in(v.text(i), &["in", "at", "on", "near", "along", "across"]) {
            return true;
        }
        if !(v.is(i, DETERMINERS) || v.text(i) == "-" || v.in_mention[i]) {
            return false;
        }
    }
    false
}

/// "its forces", "the Soviet garrisons" after a Soviet subject: the source's own
/// people or forces are what the act is done with, not to. `k` is the mention's
/// index (no two mentions of a sentence span the same tokens).
fn own_forces(v: &SentenceView, k: usize, src: &[usize]) -> bool {
    let m = &v.mentions[k];
    let own_possessive = matches!(m.head, Head::Pronoun(_)) && m.agent.is_some();
    let country = v.countries.get(k).copied().flatten();
    let same_country = country.is_some()
        && src
            .iter()
            .any(|&s| v.countries.get(s).copied().flatten() == country);
    own_possessive || (same_country && m.agent == Some("MIL") && m.prep.is_none())
}

fn noun_roles(lex: &Lexicon, v: &SentenceView, c: &mut Candidate) {
    let hit = c.hit;
    let p = lex.pattern(hit.pattern);
    // "an offer to hammer out a framework agreement": what an infinitive only aims at.
    if let Some(to) = (c.clause.0.max(hit.head.saturating_sub(8))..hit.head)
        .rev()
        .find(|&i| {
            v.text(i).eq_ignore_ascii_case("to")
                && i + 1 < hit.head
                && v.is_lowercase(i + 1)
                && !v.is(i + 1, DETERMINERS)
                && !v.in_mention[i + 1]
        })
    {
        let gov =
            governor_of_infinitive(v.words, to, |i| v.in_mention[i]).map_or("", |g| v.text(g));
        // A definite noun ("the Japanese invasion") names an event that exists.
        let indefinite = (to + 1..hit.head)
            .rev()
            .take(4)
            .any(|i| is_in(v.text(i), &["a", "an", "any", "some"]));
        if indefinite && !is_in(gov, FACTIVE) && !is_in(gov, PURPOSE_NOUNS) {
            c.rejected = Some("inside an infinitive that is not stated as done");
            return;
        }
    }
    // Walk left over the noun's own modifiers: "the brief border", "Soviet",
    // "China's anti-Soviet", "Sino-Soviet".
    let mut j = hit.head;
    let mut pre = Group::default();
    let mut steps = 0;
    while j > 0 && steps < 6 {
        steps += 1;
        let i = j - 1;
        if let Some(k) = v
            .mentions
            .iter()
            .position(|m| m.end == i + 1 && (m.attributive || m.possessive))
        {
            if v.mentions[k].anti {
                c.target = Party::Mentions(Group::one(k));
                j = v.mentions[k].start.saturating_sub(2);
            } else {
                pre.push(k);
                j = v.mentions[k].start;
            }
            continue;
        }
        let t = v.text(i);
        if t == "-" || v.is(i, DETERMINERS) || (v.is_adjective_at(i) && !v.is_head[i]) {
            j = i;
            continue;
        }
        break;
    }
    pre.reverse();
    if pre.len() >= 2 && p.flags.mutual {
        // "Sino-Soviet relations", "the U.S.-Soviet talks".
        c.source = Party::Mentions(pre.clone());
        c.symmetric = true;
    } else if let Some(&k) = pre.last() {
        c.source = Party::Mentions(Group::one(k));
    }
    // After the noun: "between X and Y", "by X", "of/against/on/to X".
    let mut reach = hit.end;
    for (mi, m) in v.mentions.iter().enumerate() {
        if m.det_start < hit.end || m.det_start > reach + 4 || m.start >= c.clause.1 || c.symmetric
        {
            continue;
        }
        // "the withdrawal of Argentine troops", "the visit of the Kenyan president":
        // the doer of an event that has no object is the one after "of".
        let intransitive = p.code == "0874" || p.code == "042";
        if intransitive
            && m.prep == Some("of")
            && c.source.is_none()
            && m.is_argument()
            && (m.head != Head::Agent || m.hint.is_some())
        {
            c.source = Party::Mentions(v.group_of(mi));
            reach = m.end;
            continue;
        }
        match m.prep.unwrap_or("") {
            "between" | "among" => {
                c.source = Party::Mentions(v.group_of(mi));
                c.symmetric = true;
                break;
            }
            "by" if c.source.is_none() && !p.flags.mutual => {
                c.source = Party::Mentions(v.group_of(mi));
            }
            "of" | "against" | "on" | "to" | "into" | "with" | "from" | "over" | "toward"
            | "towards"
                if c.target.is_none() =>
            {
                if m.head == Head::Agent && m.hint.is_none() {
                    continue; // "withdrawal of troops from X": the troops are not the target.
                }
                if m.prep == Some("with") && p.flags.mutual {
                    c.symmetric = true;
                }
                c.target = Party::Mentions(v.group_of(mi));
            }
            _ => {}
        }
    }
    // "with Soviet support": the supported is the clause's subject.
    if hit.head >= 1 && c.target.is_none() && !c.source.is_none() {
        let before = if let Party::Mentions(ms) = &c.source {
            v.mentions[ms[0]].det_start
        } else {
            hit.head
        };
        if before > 0 && v.text(before - 1).eq_ignore_ascii_case("with") {
            if let Some(k) = v.mentions.iter().position(|m| {
                m.det_start > hit.end
                    && m.is_argument()
                    && m.prep.is_none()
                    && m.start < c.clause.1.max(hit.end + 12)
            }) {
                c.target = Party::Mentions(v.group_of(k));
            }
        }
    }
    if c.source.is_none() && c.symmetric {
        c.rejected = Some("no source");
    }
    if c.source.is_none() && !c.symmetric {
        // "Italy announced a suspension of air links": the noun's doer is the
        // subject of the verb it is the object of.
        let mut i = j;
        while i > 0 && (v.is(i - 1, DETERMINERS) || v.is_adjective_at(i - 1)) {
            i -= 1;
        }
        if i > 0 {
            let verb = i - 1;
            let w = v.text(verb);
            let verbish = v.is(verb, SPEECH)
                || is_in(
                    w,
                    &[
                        "ordered",
                        "imposed",
                        "launched",
                        "began",
                        "started",
                        "declared",
                        "completed",
                        "staged",
                        "held",
                        "conducted",
                        "announces",
                        "orders",
                        "imposes",
                        "launches",
                        "declares",
                        "stages",
                        "holds",
                    ],
                );
            if verbish && w.chars().all(|ch| ch.is_ascii_lowercase()) {
                c.source = subject_of(v, verb, c.clause.0.min(verb), &[]);
            }
        }
    }
    if c.source.is_none() {
        // A definite relation noun without actors ("the alliance ended") is about the pair in focus.
        // ... when it is the subject of its clause, not the object of a verb ("the Reds won the civil war").
        let definite = hit.head > 0 && v.text(hit.head - 1).eq_ignore_ascii_case("the");
        let subject_position = hit.head < 2
            || is_in(v.text(hit.head - 2), &[",", "and", "but", ";", "then"])
            || hit.head - 1 == c.clause.0;
        if p.flags.mutual && definite && subject_position {
            c.source = Party::Implicit;
            c.symmetric = true;
            return;
        }
        c.rejected = Some("event noun without an actor");
        return;
    }
    if c.symmetric {
        return;
    }
    if c.target.is_none() && !p.flags.no_target && !matches!(&p.code[..2], "08" | "14") {
        c.rejected = Some("event noun without a target");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjective_endings_are_those_listed() {
        const ENDINGS: &[&str] = &[
            "al", "ic", "ist", "ive", "ous", "ary", "ful", "ent", "ant", "ian", "ese", "ish", "ern",
        ];
        let mut words: Vec<String> = vec!["".into(), "a".into(), "l".into(), "AL".into()];
        for e in ENDINGS {
            for stem in ["", "x", "ab"] {
                words.push(format!("{stem}{e}"));
                words.push(format!("{stem}{}", &e[1..]));
                words.push(format!("{stem}{}", e.to_ascii_uppercase()));
                for c in b'a'..=b'z' {
                    words.push(format!("{stem}{}{}", c as char, &e[e.len() - 2..]));
                }
            }
        }
        for w in &words {
            let listed = ENDINGS.iter().any(|e| w.ends_with(e));
            assert_eq!(has_adjective_ending(w.as_bytes()), listed, "{w:?}");
        }
    }
}
