//! Resolving mentions to actors, and the focus: the actors a text has been
//! talking about, which pronouns, "both countries" and implicit partners refer to.

use std::cell::RefCell;
use std::collections::VecDeque;

use annals_kb::{ActorKind, KnowledgeBase};
use annals_time::Interval;
use compact_str::CompactString;

use crate::mention::{Head, Mention, PronounKind};

/// A resolved actor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Actor<'kb> {
    /// The knowledge base row's code (`CHNGOV`, `RUS`).
    pub base: &'kb str,
    /// Country or group code.
    pub country: &'kb str,
    /// Agent: the mention's role noun, else the row's.
    pub agent: Option<&'kb str>,
    /// Everyday name.
    pub name: &'kb str,
    /// What kind of actor.
    pub kind: ActorKind,
    /// The row, for dates.
    pub row: Option<u32>,
    /// The name, to resolve again at the event's date.
    pub name_idx: Option<u32>,
    /// Plural.
    pub plural: bool,
    /// Clean byte span of the words that name it.
    pub span: (usize, usize),
    /// For a role noun without a name: a hash of the noun, so that "the
    /// communists" later refers back to "the communists" before.
    pub noun_key: u64,
    /// Coordination group (unique in the document), to read "they" as "X and Y".
    pub group: u64,
    /// Named as an argument (subject, object) rather than as a modifier.
    pub argument: bool,
    /// Named in a place phrase ("in Europe"): a setting more than a party.
    pub located: bool,
}

impl Actor<'_> {
    /// The CAMEO actor code: country followed by the agent, if any. Inline
    /// (no allocation): codes are a few bytes long.
    pub fn code(&self) -> CompactString {
        match self.agent {
            Some(a) => {
                let mut code = CompactString::with_capacity(self.country.len() + a.len());
                code.push_str(self.country);
                code.push_str(a);
                code
            }
            None if self.base.len() > 3 && !self.base.starts_with(self.country) => {
                CompactString::new(self.country)
            }
            None => CompactString::new(self.base),
        }
    }

    /// Whether two actors are the same for the purpose of an event (one cannot act on itself).
    pub fn same_as(&self, o: &Actor) -> bool {
        self.country == o.country
            && self.agent == o.agent
            && self.row == o.row
            && self.name == o.name
    }
}

/// One actor remembered with where it was seen.
#[derive(Clone, Copy, Debug)]
pub struct Seen<'kb> {
    /// The actor.
    pub actor: Actor<'kb>,
    /// Paragraph index.
    pub paragraph: usize,
}

/// The actors a document has talked about, most recent last.
#[derive(Default, Debug)]
pub struct Focus<'kb> {
    /// A ring, so that forgetting the oldest moves nothing.
    seen: VecDeque<Seen<'kb>>,
    /// The distinct countries of `seen`, each with how many entries have it.
    countries: Vec<(&'kb str, u32)>,
    /// The same countries without the counts, for [`KnowledgeBase::resolve`].
    country_list: Vec<&'kb str>,
    /// Scores of [`Focus::topic`], kept to save an allocation a call.
    topic_scores: RefCell<Vec<TopicScore<'kb>>>,
}

/// A country's score in [`Focus::topic`].
#[derive(Clone, Copy, Debug)]
struct TopicScore<'kb> {
    country: &'kb str,
    score: u32,
    /// The order of its latest actor among those scored.
    latest: u32,
}

impl<'kb> Focus<'kb> {
    /// Remembers an actor (taken by reference: it is large, and copied once, into the ring).
    pub fn push(&mut self, actor: &Actor<'kb>, sentence: usize, paragraph: usize) {
        let _ = sentence;
        if self.seen.capacity() == 0 {
            // Room for all it keeps, at once rather than by doubling.
            self.seen.reserve_exact(65);
        }
        self.seen.push_back(Seen {
            actor: *actor,
            paragraph,
        });
        match self
            .countries
            .iter_mut()
            .find(|c| same_code(c.0, actor.country))
        {
            Some(c) => c.1 += 1,
            None => {
                self.countries.push((actor.country, 1));
                self.country_list.push(actor.country);
            }
        }
        if self.seen.len() > 64 {
            for s in self.seen.drain(..16) {
                if let Some(c) = self
                    .countries
                    .iter_mut()
                    .find(|c| same_code(c.0, s.actor.country))
                {
                    c.1 -= 1;
                }
            }
            self.countries.retain(|c| c.1 > 0);
            self.country_list.clear();
            self.country_list.extend(self.countries.iter().map(|c| c.0));
        }
    }

    /// Recent actors within `paragraphs` paragraphs back from `paragraph`, most recent first.
    pub fn recent(&self, paragraph: usize, paragraphs: usize) -> impl Iterator<Item = &Seen<'kb>> {
        self.seen
            .iter()
            .rev()
            .filter(move |s| s.paragraph + paragraphs >= paragraph)
    }

    /// The actor the recent text is most about, among countries not in `exclude`:
    /// each mention counts, arguments twice; ties go to the most recent.
    pub fn topic(
        &self,
        paragraph: usize,
        exclude: &[&str],
        extra: &[Actor<'kb>],
    ) -> Option<Actor<'kb>> {
        // Paragraphs only grow along `seen`, so the recent ones are a suffix:
        // found by a binary search rather than by testing every entry.
        let from = self.seen.partition_point(|s| s.paragraph + 1 < paragraph);
        let (older, newer) = self.seen.as_slices();
        let recent_older = older.get(from..).unwrap_or(&[]);
        let recent_newer = &newer[from.saturating_sub(older.len())..];
        let items = || {
            recent_older
                .iter()
                .chain(recent_newer)
                .map(|s| &s.actor)
                .chain(extra)
        };
        let mut scores = self.topic_scores.borrow_mut();
        scores.clear();
        for (order, a) in items().enumerate() {
            if exclude.iter().any(|x| same_code(x, a.country)) {
                continue;
            }
            let w = if a.argument && !a.located { 2 } else { 1 };
            match scores.iter_mut().find(|x| same_code(x.country, a.country)) {
                Some(x) => {
                    x.score += w;
                    x.latest = order as u32;
                }
                None => scores.push(TopicScore {
                    country: a.country,
                    score: w,
                    latest: order as u32,
                }),
            }
        }
        let best = scores.iter().max_by_key(|x| (x.score, x.latest))?;
        let k = best.latest as usize;
        let (a, b) = (recent_older.len(), recent_newer.len());
        match k {
            _ if k < a => Some(recent_older[k].actor),
            _ if k < a + b => Some(recent_newer[k - a].actor),
            _ => extra.get(k - a - b).copied(),
        }
    }

    /// The actors of the most recent coordination group of two or more, if
    /// recent, appended to `out`; whether there was one.
    pub fn last_group(&self, paragraph: usize, out: &mut Vec<Actor<'kb>>) -> bool {
        let mut i = self.seen.len();
        while i > 0 {
            i -= 1;
            let s = &self.seen[i];
            if s.paragraph + 1 < paragraph {
                break;
            }
            let g = s.actor.group;
            let members = || {
                self.seen
                    .iter()
                    .filter(|x| x.actor.group == g && x.actor.argument)
            };
            if members().nth(1).is_some() {
                out.extend(members().map(|x| x.actor));
                return true;
            }
        }
        false
    }

    /// The countries in focus, in no particular order: what an ambiguous name
    /// is resolved towards.
    pub fn countries(&self) -> &[&'kb str] {
        &self.country_list
    }
}

/// Whether two country codes are the same. Nearly all are three letters, which
/// are compared here without the call to `memcmp` that `==` makes.
#[inline]
fn same_code(a: &str, b: &str) -> bool {
    match (a.as_bytes(), b.as_bytes()) {
        ([a0, a1, a2], [b0, b1, b2]) => a0 == b0 && a1 == b1 && a2 == b2,
        (a, b) => a == b,
    }
}

/// The actors of one sentence's mentions, in one flat list: mention `k`'s are
/// `actors[ranges[k]]`, in text order.
#[derive(Default, Debug)]
pub struct SentenceActors<'kb> {
    actors: Vec<Actor<'kb>>,
    ranges: Vec<(u32, u32)>,
}

impl<'kb> SentenceActors<'kb> {
    /// Forgets the last sentence's actors.
    pub fn clear(&mut self) {
        self.actors.clear();
        self.ranges.clear();
    }

    /// Adds the actors of the next mention.
    pub fn push(&mut self, found: &[Actor<'kb>]) {
        let start = self.actors.len() as u32;
        self.actors.extend_from_slice(found);
        self.ranges.push((start, self.actors.len() as u32));
    }

    /// The actors of mention `k`.
    pub fn of(&self, k: usize) -> &[Actor<'kb>] {
        let (a, b) = self.ranges[k];
        &self.actors[a as usize..b as usize]
    }

    /// The actors of mention `k`, to change.
    pub fn of_mut(&mut self, k: usize) -> &mut [Actor<'kb>] {
        let (a, b) = self.ranges[k];
        &mut self.actors[a as usize..b as usize]
    }

    /// The first actor of mention `k`, if it resolved.
    pub fn first(&self, k: usize) -> Option<&Actor<'kb>> {
        self.of(k).first()
    }

    /// Every actor, in text order.
    pub fn all(&self) -> &[Actor<'kb>] {
        &self.actors
    }

    /// How many mentions.
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// The actors by mention, the latest mention first (each mention's actors in
    /// their own order).
    fn latest_first(&self) -> impl Iterator<Item = Actor<'kb>> + '_ {
        self.ranges
            .iter()
            .rev()
            .flat_map(|&(a, b)| self.actors[a as usize..b as usize].iter().copied())
    }
}

/// Resolves a mention at a date, appending its actors to `out`. `earlier` are
/// the actors of this sentence's earlier mentions; pairs give two actors, a
/// plural pronoun may give several, others one (or none).
#[allow(clippy::too_many_arguments)]
pub fn resolve<'kb>(
    kb: &'kb KnowledgeBase,
    m: &Mention,
    all: &[Mention],
    span: (usize, usize),
    at: Option<Interval>,
    earlier: &SentenceActors<'kb>,
    focus: &Focus<'kb>,
    paragraph: usize,
    ids: (u64, u64),
    out: &mut Vec<Actor<'kb>>,
) {
    let (group_id, noun_key) = ids;
    if m.in_name {
        // "the Europe Bridge": part of another proper name, not an actor.
        return;
    }
    let focus_countries = focus.countries();
    // What the mention makes of every actor it names, worked out once.
    let argument = !m.attributive && !m.predicate;
    let located = matches!(
        m.prep,
        Some("in") | Some("at") | Some("near") | Some("across")
    );
    let from_name = |name: u32| -> Option<Actor<'kb>> {
        let r = kb.reading(name, at, focus_countries)?;
        Some(Actor {
            base: r.code,
            country: r.country,
            agent: r.agent,
            name: r.name,
            kind: r.kind,
            row: Some(r.row),
            name_idx: Some(name),
            plural: false,
            span,
            noun_key: 0,
            group: group_id,
            argument,
            located,
        })
    };
    let own = |mut a: Actor<'kb>| {
        a.span = span;
        a.group = group_id;
        a.argument = argument;
        a.located = located;
        a
    };
    let with_agent = |mut a: Actor<'kb>| {
        if let Some(ag) = m.agent {
            a.agent = Some(ag);
        }
        a.plural = m.plural || a.plural;
        own(a)
    };
    let earlier_flat = || earlier.latest_first();
    match m.head {
        Head::Name(n) => {
            let Some(a) = from_name(n) else {
                return;
            };
            // Changed in place, where it stands: an actor is large to copy.
            // (`from_name` has set all `own` would.)
            out.push(a);
            let a = out.last_mut().expect("just pushed");
            a.plural = m.plural || kb.name_text(n).ends_with('s');
            if let Some(ag) = m.agent {
                a.agent = Some(ag);
            }
        }
        Head::Agent => {
            // The country: the hint ("government of Iraq"), the same noun before
            // ("the communists"), a name in the sentence, or what the text is about.
            let country = m
                .hint
                .and_then(from_name)
                .or_else(|| {
                    focus
                        .recent(paragraph, 2)
                        .map(|s| s.actor)
                        .find(|a| a.noun_key == noun_key && noun_key != 0)
                })
                .or_else(|| {
                    // "The Bolivian government criticised Peru. The government ...":
                    // a definite role noun alone is the last actor with that role.
                    if !m.definite || m.agent.is_none() {
                        return None;
                    }
                    focus
                        .recent(paragraph, 1)
                        .map(|s| s.actor)
                        .find(|a| a.agent == m.agent && a.kind != ActorKind::Person)
                })
                .or_else(|| {
                    (m.prep.is_some())
                        .then(|| nearest_name_after(all, m).and_then(from_name))
                        .flatten()
                })
                .or_else(|| earlier_flat().find(|a| a.argument))
                .or_else(|| nearest_name_after(all, m).and_then(from_name))
                .or_else(|| earlier_flat().next())
                .or_else(|| focus.topic(paragraph, &[], &[]));
            if let Some(c) = country {
                let name = kb.country_name(c.country).unwrap_or(c.name);
                let a = Actor {
                    base: c.country,
                    country: c.country,
                    agent: c.agent,
                    name,
                    kind: ActorKind::State,
                    row: None,
                    name_idx: None,
                    plural: m.plural,
                    span,
                    noun_key,
                    group: group_id,
                    argument,
                    located: false,
                };
                out.push(with_agent(a));
            }
        }
        Head::Pronoun(kind) => {
            if kind == PronounKind::Plural && m.agent.is_none() {
                // "they" after "X and Y" (or "both countries"): all of them.
                let arguments = || earlier.all().iter().filter(|a| a.argument);
                if let Some(last) = arguments().last() {
                    let group = || arguments().filter(|a| a.group == last.group);
                    if group().nth(1).is_some() {
                        out.extend(group().map(|&a| own(a)));
                        return;
                    }
                }
                let from = out.len();
                if focus.last_group(paragraph, out) {
                    for a in &mut out[from..] {
                        *a = own(*a);
                    }
                    return;
                }
            }
            let fits = |a: &Actor| match kind {
                PronounKind::Person => {
                    a.kind == ActorKind::Person || (a.agent == Some("GOV") && !a.plural)
                }
                PronounKind::Thing => a.kind != ActorKind::Person && !a.plural,
                PronounKind::Plural => a.plural,
            };
            // "urged its citizens": a possessive refers back to the sentence's subject.
            // ("its citizens" too: a possessive with a role noun.)
            if m.possessive || m.agent.is_some() {
                if let Some(a) = earlier.all().iter().find(|a| a.argument && fits(a)) {
                    out.push(with_agent(*a));
                    return;
                }
            }
            // "it" is first of all a state or an organization named outright.
            let strong = |a: &Actor| {
                fits(a)
                    && (kind != PronounKind::Thing
                        || (a.name_idx.is_some() && a.argument && a.agent.is_none()))
            };
            let found = earlier_flat()
                .find(|a| strong(a))
                .or_else(|| {
                    focus
                        .recent(paragraph, 1)
                        .map(|s| s.actor)
                        .find(|a| strong(a))
                })
                .or_else(|| earlier_flat().find(|a| fits(a)))
                .or_else(|| {
                    focus
                        .recent(paragraph, 1)
                        .map(|s| s.actor)
                        .find(|a| fits(a))
                })
                .or_else(|| {
                    (kind == PronounKind::Plural)
                        .then(|| {
                            focus
                                .recent(paragraph, 1)
                                .map(|s| s.actor)
                                .find(|a| a.kind != ActorKind::Person)
                        })
                        .flatten()
                });
            out.extend(found.map(with_agent));
        }
        Head::Pair => {
            if let Some(h) = m.hint.and_then(from_name) {
                // "both Chinese factions": the two actors of that country last named.
                let from = out.len();
                for a in earlier_flat().chain(focus.recent(paragraph, 1).map(|s| s.actor)) {
                    if a.country == h.country
                        && a.argument
                        && !out[from..].iter().any(|t| t.code() == a.code())
                    {
                        out.push(own(a));
                    }
                    if out.len() - from == 2 {
                        out[from..].reverse();
                        return;
                    }
                }
                out.truncate(from);
                let mut b = h;
                b.agent = Some(b.agent.unwrap_or("GOV"));
                b.row = None;
                out.push(with_agent(h));
                out.push(own(b));
                return;
            }
            // "both countries", "the two sides": the two countries last named, as countries.
            let from = out.len();
            let candidates = earlier_flat().chain(focus.recent(paragraph, 1).map(|s| s.actor));
            for a in candidates {
                if !out[from..].iter().any(|o| o.country == a.country) {
                    out.push(own(country_level(kb, a)));
                }
                if out.len() - from == 2 {
                    break;
                }
            }
            if out.len() - from == 2 {
                out[from..].reverse();
            } else {
                out.truncate(from);
            }
        }
    }
}

/// The country an actor belongs to, as an actor of its own.
pub fn country_level<'kb>(kb: &'kb KnowledgeBase, a: Actor<'kb>) -> Actor<'kb> {
    let name = kb.country_name(a.country).unwrap_or(a.name);
    Actor {
        base: a.country,
        agent: None,
        name,
        kind: ActorKind::State,
        row: None,
        name_idx: None,
        plural: false,
        noun_key: 0,
        ..a
    }
}

fn nearest_name_after(all: &[Mention], m: &Mention) -> Option<u32> {
    all.iter()
        .filter(|o| o.start >= m.end)
        .find_map(|o| match o.head {
            Head::Name(n) => Some(n),
            _ => None,
        })
}
