//! Actor mentions in a sentence: names, role nouns, pronouns and references to
//! a pair ("both countries"), composed into noun phrases and grouped where they
//! are coordinated ("China and Russia").
//!
//! Composition rules, in words:
//! - a name followed by a role noun, with or without a possessive or up to two
//!   modifiers between ("Russian settlers", "China's armies", "Russian naval
//!   forces") is the name's country with that agent;
//! - a role noun or a name before a person's name is that person ("President
//!   Yoweri Museveni", "Japanese Prime Minister Ryutaro Hashimoto");
//! - a possessor before another name is a hint; the possessed name is the actor
//!   ("China's Beiyang government");
//! - a role noun followed by "of"/"in" and a name takes that name's country ("the
//!   government of Iraq", "rebels in the Ivory Coast");
//! - a name used before an ordinary noun is attributive ("Soviet reforms",
//!   "China's economy"): it can be the source of an event noun but is not a
//!   subject or object; after "anti-" it marks a target.

use annals_kb::{ActorKind, AgentMatch, KnowledgeBase, NameMatch};
use annals_text::Words;

use crate::classes::{all_classes, class_at, word_in};
use crate::lists::*;
use crate::roles::is_adjective_at;

/// What a mention refers through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
    /// A name in the knowledge base (index), possibly with a role noun's agent.
    Name(u32),
    /// A role noun alone: its country comes from context.
    Agent,
    /// A personal pronoun: he/she (person), it (thing), they (plural).
    Pronoun(PronounKind),
    /// Two actors at once: "both countries", "each other", "the two sides".
    Pair,
}

/// Kinds of pronoun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PronounKind {
    /// he, she, him.
    Person,
    /// it.
    Thing,
    /// they, them.
    Plural,
}

/// One actor mention.
#[derive(Clone, Copy, Debug)]
pub struct Mention {
    /// First token of the phrase (after any determiner).
    pub start: usize,
    /// Token just past the phrase.
    pub end: usize,
    /// First token including a leading determiner ("the", "its").
    pub det_start: usize,
    /// How it refers.
    pub head: Head,
    /// An agent from a role noun.
    pub agent: Option<&'static str>,
    /// A name that gives the country of a role noun or a pair ("Chilean" in
    /// "Chilean government officials" when the head is the agent).
    pub hint: Option<u32>,
    /// Plural ("the Soviets", "settlers", "they").
    pub plural: bool,
    /// Modifies an ordinary noun ("Soviet reforms", "China's economy").
    pub attributive: bool,
    /// Written as "anti-X".
    pub anti: bool,
    /// Possessive ("China's").
    pub possessive: bool,
    /// Follows a copula: a predicate ("became President of X").
    pub predicate: bool,
    /// A people named by where it lives rather than by its own state ("the
    /// Albanians of southern Serbia", "ethnic Turks"): the place, if named.
    pub place: Option<u32>,
    /// Written "ethnic X": a people, coded by where it lives.
    pub ethnic: bool,
    /// Part of a longer proper name ("the Europe Bridge"): not an actor at all.
    pub in_name: bool,
    /// Begins with "the" ("the government"): may name an actor already met.
    pub definite: bool,
    /// The preposition right before it, lowercase index into [`PREPOSITIONS`].
    pub prep: Option<&'static str>,
    /// Coordination group: mentions joined by "and", "," or "as well as" share it.
    pub group: usize,
}

impl Mention {
    fn new(start: usize, end: usize, head: Head) -> Mention {
        Mention {
            start,
            end,
            det_start: start,
            head,
            agent: None,
            hint: None,
            plural: false,
            attributive: false,
            anti: false,
            possessive: false,
            predicate: false,
            place: None,
            ethnic: false,
            in_name: false,
            definite: false,
            prep: None,
            group: 0,
        }
    }

    /// Whether it can be the subject or object of a verb.
    pub fn is_argument(&self) -> bool {
        !self.attributive && !self.predicate && !self.possessive
    }
}

/// Scratch buffers for finding mentions, reused across sentences.
#[derive(Default)]
pub struct MentionScratch {
    names: Vec<NameMatch>,
    agents: Vec<AgentMatch>,
    /// Per token, the name starting there: the token past it and the name
    /// (an end of 0 where none starts). Eight bytes, where an
    /// `Option<(usize, u32)>` takes sixteen: the table is cleared every sentence.
    name_at: Vec<(u32, u32)>,
    /// Per token, the role noun starting there: the token past it and its
    /// index in `agents` (an end of 0 where none starts).
    agent_at: Vec<(u32, u32)>,
}

impl MentionScratch {
    /// The name starting at token `i`: the token past it and the name.
    #[inline]
    fn name(&self, i: usize) -> Option<(usize, u32)> {
        match self.name_at.get(i) {
            Some(&(end, name)) if end != 0 => Some((end as usize, name)),
            _ => None,
        }
    }

    /// The role noun starting at token `i`: the token past it and its agent.
    #[inline]
    fn agent(&self, i: usize) -> Option<(usize, &'static str)> {
        match self.agent_at.get(i) {
            Some(&(end, k)) if end != 0 => Some((end as usize, self.agents[k as usize].agent)),
            _ => None,
        }
    }
}

/// Finds the actor mentions of a sentence. `is_head[i]` marks tokens that head an
/// event pattern (so that "Russia attacked" is not read as a noun phrase).
pub fn find_mentions(
    kb: &KnowledgeBase,
    words: &Words,
    is_head: &[bool],
    scratch: &mut MentionScratch,
    out: &mut Vec<Mention>,
) {
    out.clear();
    let n = words.len();
    let s = scratch;
    s.names.clear();
    s.agents.clear();
    kb.find_names_and_agents(
        &words.joined,
        0,
        words.joined.len(),
        &mut s.names,
        &mut s.agents,
    );
    s.name_at.clear();
    s.name_at.resize(n, (0, 0));
    s.agent_at.clear();
    s.agent_at.resize(n, (0, 0));
    let mut tokens = TokenCursor::default();
    for m in &s.names {
        if let Some((a, b)) = tokens.span(words, m.start, m.end) {
            s.name_at[a] = (b as u32 + 1, m.name);
        }
    }
    // The furthest end of the names starting at tokens before `names_seen`:
    // agents come in order, so each token's name is read once.
    let (mut names_seen, mut names_end) = (0, 0);
    let mut tokens = TokenCursor::default();
    for (k, m) in s.agents.iter().enumerate() {
        if let Some((a, b)) = tokens.span(words, m.start, m.end) {
            while names_seen <= a {
                names_end = names_end.max(s.name_at[names_seen].0);
                names_seen += 1;
            }
            // A name covering the same words wins ("Communist Party" inside a party's name).
            if names_end as usize <= a {
                s.agent_at[a] = (b as u32 + 1, k as u32);
            }
        }
    }
    let pronouns = PERSON_PRONOUNS.bit()
        | THING_PRONOUNS.bit()
        | PLURAL_PRONOUNS.bit()
        | POSSESSIVE_PRONOUNS.bit();
    // Words that may begin a mention without a name or role noun: pronouns
    // and the first words of pairs.
    let openers = pronouns | PAIR_OPENERS.bit();
    let classes = all_classes(words);
    let mut i = 0;
    loop {
        // Most tokens begin no mention: no name, role noun, pronoun or word
        // that opens a pair. They are passed over before the questions below.
        i = next_opener(s, &classes, openers, i);
        if i >= n {
            break;
        }
        if let Some(m) = phrase_at(kb, words, is_head, s, i) {
            i = m.end.max(i + 1);
            out.push(m);
            continue;
        }
        let t = words.bytes(i);
        let class = classes[i];
        if class & pronouns == 0 && !t.eq_ignore_ascii_case(b"her") {
            // No pronoun: only a pair can begin here ("the two sides"). (No
            // pronoun is a pair's first word, so pairs are asked only here.)
            if let Some(m) = pair_at(words, s, i) {
                i = m.end;
                out.push(m);
                continue;
            }
            i += 1;
            continue;
        }
        if class & PERSON_PRONOUNS.bit() != 0
            || (t.eq_ignore_ascii_case(b"her") && !next_is_noun(words, i))
        {
            out.push(Mention::new(i, i + 1, Head::Pronoun(PronounKind::Person)));
        } else if class & THING_PRONOUNS.bit() != 0 {
            out.push(Mention::new(i, i + 1, Head::Pronoun(PronounKind::Thing)));
        } else if class & PLURAL_PRONOUNS.bit() != 0 {
            let mut m = Mention::new(i, i + 1, Head::Pronoun(PronounKind::Plural));
            m.plural = true;
            out.push(m);
        } else if class & POSSESSIVE_PRONOUNS.bit() != 0 {
            // "its forces", "their government": the possessor with a role noun.
            if let Some((e, agent)) = s.agent(i + 1) {
                let kind = possessive_kind(t);
                let mut m = Mention::new(i, e, Head::Pronoun(kind));
                m.agent = Some(agent);
                out.push(m);
                i = e;
                continue;
            }
            // "their withdrawal", "its decision": a possessor, not an argument.
            if next_is_noun(words, i) {
                let kind = possessive_kind(t);
                let mut m = Mention::new(i, i + 1, Head::Pronoun(kind));
                m.possessive = true;
                m.plural = kind == PronounKind::Plural;
                out.push(m);
            }
        }
        i += 1;
    }
    annotate(kb, words, is_head, out);
}

/// The first token from `i` on that may begin a mention: one where a name or
/// a role noun starts or whose classes meet `openers` (`n` if none is).
///
/// A loop of its own over the three tables, cut to one length, so that it
/// keeps them in registers and has no bounds checks: most tokens begin
/// nothing, and the loop of [`find_mentions`] around the questions reloaded
/// the tables at each.
#[inline]
fn next_opener(s: &MentionScratch, classes: &[u64], openers: u64, i: usize) -> usize {
    let n = classes.len();
    let (names, agents) = (&s.name_at[..n], &s.agent_at[..n]);
    let rest = names[i.min(n)..]
        .iter()
        .zip(&agents[i.min(n)..])
        .zip(&classes[i.min(n)..])
        .position(|((name, agent), &class)| name.0 | agent.0 != 0 || class & openers != 0);
    rest.map_or(n, |k| i + k)
}

/// Whose a possessive pronoun's possessor is: "their" plural, "its" a thing,
/// "his" and "her" a person.
fn possessive_kind(t: &[u8]) -> PronounKind {
    if t.eq_ignore_ascii_case(b"their") {
        PronounKind::Plural
    } else if t.eq_ignore_ascii_case(b"its") {
        PronounKind::Thing
    } else {
        PronounKind::Person
    }
}

/// Maps the spans of matches, met in order of their starts, to tokens: a
/// cursor moves forward over the token starts instead of a binary search for
/// each match.
#[derive(Default)]
struct TokenCursor {
    next: usize,
}

impl TokenCursor {
    /// The first and last token of the span `start..end` of the joined text, if
    /// it starts and ends at token boundaries. `start` may not be less than the
    /// start of the span asked before.
    #[inline]
    fn span(&mut self, words: &Words, start: usize, end: usize) -> Option<(usize, usize)> {
        let (starts, ends) = (&words.starts, &words.ends);
        let n = starts.len();
        while self.next < n && (starts[self.next] as usize) < start {
            self.next += 1;
        }
        let a = self.next;
        if a == n || starts[a] as usize != start {
            return None;
        }
        // Tokens do not overlap, so the last token ends no earlier than the first.
        let mut b = a;
        while b < n && (ends[b] as usize) < end {
            b += 1;
        }
        (b < n && ends[b] as usize == end).then_some((a, b))
    }
}

/// Whether the token after `i` looks like the noun of a possessive "her".
fn next_is_noun(words: &Words, i: usize) -> bool {
    i + 1 < words.len()
        && words
            .text(i + 1)
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
        && !word_in(words, i + 1, PREPOSITIONS)
}

/// "both countries", "the two sides", "each other", "one another", "both Chinese factions".
fn pair_at(words: &Words, s: &MentionScratch, i: usize) -> Option<Mention> {
    let t = words.bytes(i);
    let n = words.len();
    let other = |j: usize, w: &[u8]| j < n && words.bytes(j).eq_ignore_ascii_case(w);
    if (t.eq_ignore_ascii_case(b"each") && other(i + 1, b"other"))
        || (t.eq_ignore_ascii_case(b"one") && other(i + 1, b"another"))
    {
        let mut m = Mention::new(i, i + 2, Head::Pair);
        m.plural = true;
        return Some(m);
    }
    let after_det = if t.eq_ignore_ascii_case(b"both") {
        i + 1
    } else if t.eq_ignore_ascii_case(b"the") && other(i + 1, b"two") {
        i + 2
    } else {
        return None;
    };
    // An optional name as hint, then a plural noun of states or sides.
    let mut j = after_det;
    let mut hint = None;
    if let Some((e, name)) = s.name(j) {
        hint = Some(name);
        j = e;
    }
    if j < n
        && PAIR_NOUNS
            .iter()
            .any(|p| words.text(j).eq_ignore_ascii_case(p))
    {
        let mut m = Mention::new(i, j + 1, Head::Pair);
        m.hint = hint;
        m.plural = true;
        return Some(m);
    }
    None
}

/// Plural nouns that, after "both" or "the two", stand for two actors.
/// Capitalized nouns that take a place's name to name a treaty, a meeting or a
/// battle ("the Treaty of Kiel", "the Congress of Vienna", "the Siege of Leningrad").
const NAMED_AFTER_PLACE: &[&str] = &[
    "treaty",
    "treaties",
    "peace",
    "battle",
    "siege",
    "congress",
    "convention",
    "conference",
    "accord",
    "accords",
    "agreement",
    "protocol",
    "declaration",
    "edict",
    "armistice",
    "truce",
    "sack",
    "massacre",
    "union",
    "university",
];

const PAIR_NOUNS: &[&str] = &[
    "countries",
    "nations",
    "states",
    "sides",
    "regimes",
    "governments",
    "powers",
    "parties",
    "factions",
    "leaders",
    "empires",
    "neighbours",
    "neighbors",
    "armies",
    "allies",
    "rivals",
    "republics",
    "kingdoms",
    "camps",
];

/// The noun phrase starting at token `i`, if a name or a role noun starts there.
fn phrase_at(
    kb: &KnowledgeBase,
    words: &Words,
    is_head: &[bool],
    s: &MentionScratch,
    i: usize,
) -> Option<Mention> {
    let n = words.len();
    let (first_end, first_name, first_agent) = match (s.name(i), s.agent(i)) {
        (Some((e, name)), _) => (e, Some(name), None),
        (None, Some((e, agent))) => (e, None, Some(agent)),
        (None, None) => return None,
    };
    // Agents starting a sentence with a capital are fine; elsewhere a capitalized
    // role noun is usually part of a title ("Prime Minister"), also fine.
    let mut m = match first_name {
        Some(name) => Mention::new(i, first_end, Head::Name(name)),
        None => {
            let mut m = Mention::new(i, first_end, Head::Agent);
            m.agent = first_agent;
            m.plural = words.text(first_end - 1).ends_with('s');
            m
        }
    };
    let mut j = first_end;
    loop {
        if j >= n {
            break;
        }
        // Possessive: "China's armies", "China's Beiyang government".
        let poss = matches!(words.bytes(j), b"'s" | b"'");
        let k = if poss { j + 1 } else { j };
        if k >= n {
            if poss {
                m.end = j + 1;
                m.possessive = true;
            }
            break;
        }
        if let Some((e, name)) = s.name(k) {
            let person = name_is_person(kb, name);
            // Adjacent names are one phrase ("Bolshevik Red Army"); so are a possessor
            // and what it owns, and a title and the person it names.
            let adjacent = !poss && k == j && matches!(m.head, Head::Name(_));
            // "Serbian Labour Minister": a name right before a ministerial title is
            // the portfolio, not the actor.
            let portfolio = e < n
                && is_in(
                    words.text(e),
                    &[
                        "Minister",
                        "Ministry",
                        "Secretary",
                        "Department",
                        "Commissioner",
                    ],
                );
            if portfolio && matches!(m.head, Head::Name(_)) {
                m.end = e;
                j = e;
                continue;
            }
            // Two state names side by side: the first is where, the second who
            // ("Bosnian Serbs", "Iraqi Kurds"), and the actor is the first.
            if adjacent
                && !person
                && name_is_state(kb, name)
                && matches!(m.head, Head::Name(p) if name_is_state(kb, p))
            {
                m.end = e;
                m.plural = words.text(e - 1).ends_with('s');
                j = e;
                continue;
            }
            let joinable =
                poss || person || adjacent || matches!(m.head, Head::Agent) || (m.agent.is_some());
            if joinable {
                // The later name is the actor; the earlier one hints its country.
                if let Head::Name(prev) = m.head {
                    m.hint = Some(prev);
                }
                m.head = Head::Name(name);
                m.end = e;
                m.possessive = false;
                j = e;
                continue;
            }
            break;
        }
        // Up to two modifiers before a role noun: "Russian naval forces".
        let mut k2 = k;
        let mut skipped = 0;
        while skipped < 2 && k2 < n && s.agent(k2).is_none() && is_modifier(words, is_head, k2) {
            k2 += 1;
            skipped += 1;
        }
        if k2 < n {
            if let Some((e, agent)) = s.agent(k2) {
                m.agent = Some(agent);
                m.plural = words.text(e - 1).ends_with('s');
                m.end = e;
                m.possessive = false;
                j = e;
                continue;
            }
        }
        if poss {
            m.end = j + 1;
            m.possessive = true;
        }
        break;
    }
    // A role noun without a name takes the country of "of X" / "in X" after it.
    if m.head == Head::Agent && m.end + 1 < n {
        let p = words.text(m.end);
        if p.eq_ignore_ascii_case("of")
            || p.eq_ignore_ascii_case("in")
            || p.eq_ignore_ascii_case("from")
        {
            let mut k = m.end + 1;
            while k < n
                && (words.text(k).eq_ignore_ascii_case("the")
                    || crate::roles::is_adjective(words.text(k))
                    || is_in(
                        words.text(k),
                        &["east", "west", "north", "south", "central"],
                    ))
                && k < m.end + 4
            {
                k += 1;
            }
            if let Some((e, name)) = s.name(k) {
                m.hint = Some(name);
                m.end = e;
                // "leaders of Romania's new government": take the possessed role noun too.
                if e < n && words.text(e) == "'s" {
                    m.end = e + 1;
                }
            }
        }
    }
    Some(m)
}

fn name_is_state(kb: &KnowledgeBase, name: u32) -> bool {
    kb.undated_kind(name) == Some(ActorKind::State)
}

fn name_is_person(kb: &KnowledgeBase, name: u32) -> bool {
    kb.undated_kind(name) == Some(ActorKind::Person)
}

/// A word that may stand between a name and its role noun.
fn is_modifier(words: &Words, is_head: &[bool], k: usize) -> bool {
    let t = words.text(k);
    let closed = PREPOSITIONS.bit()
        | AUXILIARIES.bit()
        | DETERMINERS.bit()
        | ADVERBS.bit()
        | CLAUSE_OPENERS.bit()
        | SUBORDINATORS.bit();
    // The head and class bits first: they are read, where the letters are decoded.
    !is_head[k]
        && class_at(words, k) & closed == 0
        && t.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_in(
            t,
            &[
                "and", "or", "but", "that", "which", "who", "said", "says", "told",
            ],
        )
}

/// Fills determiners, prepositions, attributive/anti/predicate flags and groups.
fn annotate(kb: &KnowledgeBase, words: &Words, is_head: &[bool], ms: &mut [Mention]) {
    let n = words.len();
    for m in ms.iter_mut() {
        // Step back over determiners and adjectives ("the anticommunist White forces").
        let mut d = m.start;
        let mut steps = 0;
        while d > 0 && steps < 4 {
            // The bytes: the text (with its character boundaries checked) only
            // where a capital letter is asked for.
            let t = words.bytes(d - 1);
            // "that" before a name is the complementizer ("demanded that Hamas ...").
            // "the besieged Bosnian town": a participle after a determiner is an adjective.
            // (Closures, asked last: most words before a mention are determiners or neither.)
            let participle = || {
                t.ends_with(b"ed")
                    && d >= 2
                    && is_in(words.text(d - 2), &["the", "a", "an", "its", "their"])
            };
            // "Moslem forces", "Hutu rebels": a capitalized adjective the knowledge base does not know.
            let demonym = || {
                d == m.start && t.len() > 3 && {
                    let t = words.text(d - 1);
                    t.starts_with(|c: char| c.is_uppercase()) && adjective_like(t)
                }
            };
            if (word_in(words, d - 1, DETERMINERS)
                && !t.eq_ignore_ascii_case(b"over")
                && !t.eq_ignore_ascii_case(b"that"))
                || is_adjective_at(words, d - 1, t)
                || participle()
                || demonym()
            {
                d -= 1;
                steps += 1;
            } else {
                break;
            }
        }
        m.det_start = d;
        m.definite = words.bytes(d).eq_ignore_ascii_case(b"the");
        if d > 0 {
            let p = words.bytes(d - 1);
            m.prep = if word_in(words, d - 1, PREPOSITIONS) {
                preposition_entry(p)
            } else {
                None
            };
            // "as authorities in Croatia cracked down": "as" before a subject and its
            // verb opens a clause; otherwise it makes a predicate ("known as X").
            let clause_subject = || {
                let mut k = m.end;
                while k < n && class_at(words, k) & (AUXILIARIES.bit() | ADVERBS.bit()) != 0 {
                    k += 1;
                }
                p.eq_ignore_ascii_case(b"as") && k < n && is_head[k]
            };
            if word_in(words, d - 1, COPULAS) && !clause_subject() {
                m.predicate = true;
            }
        }
        if d > 0 && words.bytes(d - 1).eq_ignore_ascii_case(b"ethnic")
            || (m.start > 0 && words.bytes(m.start - 1).eq_ignore_ascii_case(b"ethnic"))
        {
            m.ethnic = true;
        }
        // "official contact", "military aid": an agent noun used as an adjective.
        if m.head == Head::Agent
            && m.end == m.start + 1
            && m.end < n
            && word_in(words, m.start, ADJECTIVAL_AGENTS)
        {
            let next = words.text(m.end);
            // After "an"/"the" it is surely an adjective ("an official protest").
            let det_before =
                m.start > 0 && is_in(words.text(m.start - 1), &["a", "an", "the", "its", "their"]);
            let closed = SPEECH.bit() | AUXILIARIES.bit() | PREPOSITIONS.bit() | ADVERBS.bit();
            if next.chars().all(|c| c.is_ascii_lowercase())
                && (det_before || !is_head[m.end])
                && class_at(words, m.end) & closed == 0
                && !next.ends_with("ed")
                && !is_in(next, &["and", "or", "but", "who", "which", "that"])
            {
                m.attributive = true;
            }
        }
        // "the Treaty of Kiel", "the Battle of Britain": the place names the
        // treaty or the battle; it is not a party to anything.
        // (The capital, one byte, is asked before the list.)
        if m.start >= 2
            && m.start == m.det_start
            && words.bytes(m.start - 1) == b"of"
            && words
                .bytes(m.start - 2)
                .first()
                .is_some_and(u8::is_ascii_uppercase)
            && is_in(words.text(m.start - 2), NAMED_AFTER_PLACE)
        {
            m.attributive = true;
            m.in_name = true;
        }
        // "anti-Soviet": the name is what the noun is against.
        if m.start >= 2
            && words.bytes(m.start - 1) == b"-"
            && words.text(m.start - 2).eq_ignore_ascii_case("anti")
        {
            m.anti = true;
            m.attributive = true;
        }
        // A bare name before an ordinary noun modifies it ("Soviet reforms").
        if matches!(m.head, Head::Name(_)) && m.agent.is_none() && !m.possessive && m.end < n {
            let next = words.text(m.end);
            let lower = next.chars().next().is_some_and(char::is_lowercase);
            let closed = AUXILIARIES.bit() | ADVERBS.bit() | PREPOSITIONS.bit() | SPEECH.bit();
            // (A closure: asked only of an adjective before a lowercase word.)
            let content = || {
                next.chars().all(char::is_alphabetic)
                    && class_at(words, m.end) & closed == 0
                    && !is_in(
                        next,
                        &[
                            "and",
                            "or",
                            "but",
                            "nor",
                            "that",
                            "which",
                            "who",
                            "whose",
                            "itself",
                            "themselves",
                        ],
                    )
            };
            // Only adjectives and demonyms modify a noun ("Soviet reforms"); a noun
            // name before a lowercase word is its subject ("the Reds won").
            let name_text = words.text(m.end - 1);
            // Only a one-word name can be an adjective ("Amnesty International" is not).
            // "Iran rejects", "Japan withdrew": a country's own name without a
            // determiner is a noun, however much it looks like "German".
            // (Asked last: the knowledge base lookup costs the most.)
            let country_noun = || {
                m.det_start == m.start && matches!(m.head, Head::Name(id) if kb.is_country_name(id))
            };
            let adjective = m.end == m.start + 1
                && adjective_like(name_text)
                && !name_text.ends_with("ians")
                && !name_text.ends_with("ans")
                && !country_noun();
            let capital_noun = next.chars().next().is_some_and(char::is_uppercase)
                && next.chars().all(char::is_alphabetic)
                && !word_in(words, m.end, WEEKDAYS_MONTHS);
            if adjective && capital_noun && next.ends_with('s') && !next.ends_with("ss") {
                // "Iraqi Kurds", "Palestinian Arabs": a people named with its country.
                m.end += 1;
                m.plural = true;
            } else if adjective
                && ((lower
                    && content()
                    && !next.ends_with("ed")
                    // "Japan withdrew": a country's name before its verb.
                    && !annals_lexicon::inflect::is_irregular_past(next))
                    || capital_noun)
            {
                // "the Chinese Civil War": a capitalized noun after an adjective is modified too.
                m.attributive = true;
            } else if capital_noun && !is_head[m.end] {
                // "the Europe Bridge", "Israel Radio": a name inside a longer proper name.
                m.attributive = true;
                m.in_name = true;
            }
            // "Sino-Soviet", "U.S.-Soviet": both halves of a compound are attributive.
            if next == "-" {
                m.attributive = true;
            }
        }
    }
    // "the Albanians of southern Serbia": a people named with the place it lives in.
    for k in 0..ms.len().saturating_sub(1) {
        let (a, b) = (&ms[k], &ms[k + 1]);
        // (The plural, which reads the text, asked last.)
        let plural = || a.plural || words.bytes(a.end - 1).ends_with(b"s");
        if matches!(a.head, Head::Name(_))
            && a.agent.is_none()
            && matches!(b.head, Head::Name(_))
            && matches!(b.prep, Some("of") | Some("in"))
            && b.det_start == a.end + 1
            && plural()
        {
            if let Head::Name(place) = b.head {
                ms[k].place = Some(place);
            }
        }
    }
    // A name right after a hyphen that follows another name: "Sino-Soviet relations".
    for k in 1..ms.len() {
        if ms[k].start == ms[k - 1].end + 1
            && words.bytes(ms[k - 1].end) == b"-"
            && ms[k - 1].attributive
        {
            ms[k].attributive = true;
        }
    }
    group(words, is_head, ms);
}

/// The entry of [`PREPOSITIONS`] that `p` is (ignoring ASCII case). The
/// commonest are tried first, as most mentions after a preposition follow one
/// of them; then the list, by length and first letter first (most entries
/// differ in one).
#[inline]
fn preposition_entry(p: &[u8]) -> Option<&'static str> {
    const COMMON: [&str; 14] = [
        "in", "of", "to", "with", "by", "on", "for", "from", "at", "against", "as", "after",
        "between", "into",
    ];
    let same = |x: &&&str| {
        x.len() == p.len()
            && x.as_bytes()[0].eq_ignore_ascii_case(&p[0])
            && x.as_bytes().eq_ignore_ascii_case(p)
    };
    COMMON
        .iter()
        .find(same)
        .or_else(|| PREPOSITIONS.iter().find(same))
        .copied()
}

/// Whether a name's last word looks like an adjective or demonym: it ends
/// (ignoring ASCII case) like one ("-an", "-ese", "-ish", "-ic", "-ch", "-i",
/// "-et", "-ik", "-ist", "-al", "-ine", "-ite"), or is one of the demonyms that
/// do not ("Greek", "Serb", "Kurd"). Dispatched on the last letter, as this is
/// asked of many words before every name.
fn adjective_like(w: &str) -> bool {
    let ends_with = |s: &str| {
        w.len() >= s.len() && w.as_bytes()[w.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes())
    };
    let Some(last) = w.as_bytes().last() else {
        return false;
    };
    // Each arm: the endings with that last letter, then the words with it that
    // no ending covers.
    match last.to_ascii_lowercase() {
        b'n' => ends_with("an") || is_in(w, &["pashtun", "turkmen"]),
        b'e' => ends_with("ese") || ends_with("ine") || ends_with("ite"),
        b'h' => ends_with("ish") || ends_with("ch") || is_in(w, &["welsh", "kazakh"]),
        b'c' => ends_with("ic"),
        b'i' => true,
        b't' => ends_with("et") || ends_with("ist") || is_in(w, &["croat"]),
        b'k' => ends_with("ik") || is_in(w, &["greek", "uzbek"]),
        b'l' => ends_with("al") || is_in(w, &["tamil"]),
        b'o' => is_in(w, &["sino", "anglo", "franco", "russo", "lao"]),
        b's' => is_in(w, &["swiss", "scots"]),
        b'b' => is_in(w, &["serb"]),
        b'd' => is_in(w, &["kurd"]),
        b'z' => is_in(w, &["kyrgyz"]),
        _ => false,
    }
}

/// Coordination: "X and Y", "X, Y and Z", "X as well as Y", "with X and with Y".
fn group(words: &Words, is_head: &[bool], ms: &mut [Mention]) {
    let mut g = 0;
    for k in 0..ms.len() {
        if k > 0 && coordinated(words, &ms[k - 1], &ms[k]) && !starts_clause(words, is_head, ms, k)
        {
            ms[k].group = ms[k - 1].group;
            if ms[k].prep.is_none() {
                ms[k].prep = ms[k - 1].prep;
            }
        } else {
            g += 1;
            ms[k].group = g;
        }
    }
}

/// ", and Deng agreed": after a comma, a name followed by its verb opens a new
/// clause rather than extending a list.
///
/// After an opening prepositional phrase the subject may itself be a pair:
/// "With the retreat of the Whites, Britain and the United States pulled out".
fn starts_clause(words: &Words, is_head: &[bool], ms: &[Mention], k: usize) -> bool {
    let (a, b) = (&ms[k - 1], &ms[k]);
    let comma = (a.end..b.det_start).any(|i| words.bytes(i) == b",");
    if !comma || b.prep.is_some() {
        return false;
    }
    let mut last = k;
    if a.prep.is_some() && word_in(words, 0, PREPOSITIONS) {
        while last + 1 < ms.len()
            && ms[last + 1].prep.is_none()
            && ms[last + 1].det_start == ms[last].end + 1
            && is_in(words.text(ms[last].end), &["and", "or"])
        {
            last += 1;
        }
    }
    let mut i = ms[last].end;
    while i < words.len()
        && class_at(words, i) & (AUXILIARIES.bit() | ADVERBS.bit() | NEGATIONS.bit()) != 0
    {
        i += 1;
    }
    i < words.len() && (is_head[i] || word_in(words, i, SPEECH))
}

fn coordinated(words: &Words, a: &Mention, b: &Mention) -> bool {
    if a.attributive != b.attributive
        || a.possessive
        || matches!(a.head, Head::Pronoun(_)) != matches!(b.head, Head::Pronoun(_))
    {
        return false;
    }
    // "the Kuomintang, a Chinese faction": after a comma, an indefinite noun
    // phrase is an apposition, not a second actor.
    let det = words.bytes(b.det_start);
    if det.eq_ignore_ascii_case(b"a") || det.eq_ignore_ascii_case(b"an") {
        return false;
    }
    let n = b.det_start.saturating_sub(a.end);
    let t = |k: usize| words.bytes(a.end + k);
    let prep_of =
        |m: &Mention, p: &[u8]| m.prep.is_some_and(|x| x.as_bytes().eq_ignore_ascii_case(p));
    match n {
        1 => t(0) == b"," || t(0).eq_ignore_ascii_case(b"and") || t(0).eq_ignore_ascii_case(b"or"),
        2 => {
            (t(0) == b"," && t(1).eq_ignore_ascii_case(b"and"))
                || (t(0).eq_ignore_ascii_case(b"along") && t(1).eq_ignore_ascii_case(b"with"))
                || (t(0).eq_ignore_ascii_case(b"together") && t(1).eq_ignore_ascii_case(b"with"))
                || (t(0).eq_ignore_ascii_case(b"and") && prep_of(b, t(1)) && prep_of(a, t(1)))
        }
        3 => {
            (t(0).eq_ignore_ascii_case(b"as")
                && t(1).eq_ignore_ascii_case(b"well")
                && t(2).eq_ignore_ascii_case(b"as"))
                || (t(0) == b","
                    && t(1).eq_ignore_ascii_case(b"and")
                    && prep_of(b, t(2))
                    && prep_of(a, t(2)))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::adjective_like;
    use crate::classes::is_in;

    /// The plain reading of [`adjective_like`]: any ending, or a listed word.
    fn adjective_like_plainly(w: &str) -> bool {
        let ends_with = |s: &str| {
            w.len() >= s.len()
                && w.as_bytes()[w.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes())
        };
        [
            "an", "ese", "ish", "ic", "ch", "i", "et", "ean", "ian", "ik", "ist", "al", "ine",
            "ite",
        ]
        .iter()
        .any(|s| ends_with(s))
            || is_in(
                w,
                &[
                    "sino", "anglo", "franco", "russo", "greek", "thai", "swiss", "czech", "dutch",
                    "irish", "welsh", "scots", "lao", "serb", "croat", "kurd", "pashtun", "tamil",
                    "uzbek", "kazakh", "tajik", "kyrgyz", "turkmen", "afghan",
                ],
            )
    }

    #[test]
    fn common_prepositions_are_listed() {
        for p in crate::lists::PREPOSITIONS.iter() {
            assert_eq!(super::preposition_entry(p.as_bytes()), Some(*p));
            let upper = p.to_ascii_uppercase();
            assert_eq!(super::preposition_entry(upper.as_bytes()), Some(*p));
        }
        assert_eq!(super::preposition_entry(b"x"), None);
    }

    #[test]
    fn adjective_like_reads_as_its_endings_and_words() {
        let words = "i I an Soviet Chinese British Arabic French Iraqi Uzbek Tajik Kazakh \
            Kyrgyz Turkmen Afghan Pashtun Tamil Serb Croat Kurd Lao Sino Anglo Franco Russo Greek \
            Thai Swiss Scots Czech Dutch Irish Welsh GREEK Bolshevik Communist Liberal Argentine \
            Israelite Russia China Iran Japan Iraq Greeks Serbs Kurds Scot Wales Tamils Laos \
            Ottoman Élysée Bogotá Mao Congo Chad Gaza Chechen Tibetan";
        assert!(!adjective_like(""));
        for w in words.split_whitespace() {
            assert_eq!(adjective_like(w), adjective_like_plainly(w), "{w}");
        }
    }
}
