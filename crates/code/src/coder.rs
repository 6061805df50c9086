//! The document loop: sentences, mentions, patterns, roles, dates, records.

use std::cell::RefCell;
use std::fmt::Write as _;

use annals_kb::{ActorKind, DaySpan, KnowledgeBase};
use annals_lexicon::{HeadScan, Hit, Lexicon};
use annals_text::{split_sentences, tokenize, Document, Token, Words};
use annals_time::{Basis, Date, DocTimes, Interval, Precision, TimeTagger, When};
use compact_str::CompactString;

use crate::actor::{resolve, Actor, Focus, SentenceActors};
use crate::classes::class_entries;
use crate::mention::{find_mentions, Head, Mention, MentionScratch};
use crate::roles::{candidates, Candidate, Party, SentenceView};
use crate::{ActorRecord, Event, EventCode, EventDate, Trigger};

/// Codes documents into events. Build once, share by reference across threads.
pub struct Coder {
    kb: KnowledgeBase,
    lexicon: Lexicon,
    times: TimeTagger,
}

/// Buffers reused from sentence to sentence.
#[derive(Default)]
struct Scratch {
    toks: Vec<Token>,
    words: Words,
    is_head: Vec<bool>,
    head_scan: HeadScan,
    mentions: Vec<Mention>,
    mention_scratch: MentionScratch,
    mention_at: Vec<usize>,
    mention_end: Vec<u32>,
    in_mention: Vec<bool>,
    hits: Vec<Hit>,
    candidates: Vec<Candidate>,
}

impl Coder {
    /// A coder over the given dictionaries.
    pub fn new(kb: KnowledgeBase, mut lexicon: Lexicon) -> Coder {
        // The lexicon's lookup of each token gives its word classes too.
        lexicon.add_word_classes(class_entries());
        Coder {
            kb,
            lexicon,
            times: TimeTagger::new(),
        }
    }

    /// A coder with the built-in dictionaries.
    pub fn builtin() -> Coder {
        Coder::new(KnowledgeBase::builtin(), Lexicon::builtin())
    }

    /// The knowledge base.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The events of one document; `dct` is its creation date.
    pub fn code(&self, doc: &Document, dct: Date) -> Vec<Event> {
        self.run(doc, dct, None)
    }

    /// Like [`Coder::code`], and writes to `explain`, sentence by sentence, the
    /// actors, triggers and times recognised and why each candidate was or was not coded.
    pub fn code_explained(&self, doc: &Document, dct: Date, explain: &mut String) -> Vec<Event> {
        self.run(doc, dct, Some(explain))
    }

    fn run(&self, doc: &Document, dct: Date, explain: Option<&mut String>) -> Vec<Event> {
        thread_local! {
            static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
        }
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => self.run_with(doc, dct, explain, &mut s),
            // Only a nested call (none today) finds the thread's buffers taken.
            Err(_) => self.run_with(doc, dct, explain, &mut Scratch::default()),
        })
    }

    fn run_with(
        &self,
        doc: &Document,
        dct: Date,
        mut explain: Option<&mut String>,
        s: &mut Scratch,
    ) -> Vec<Event> {
        let sentences = split_sentences(&doc.clean);
        let times = self.times.tag(&doc.clean, &sentences, dct);
        let mut focus = Focus::default();
        // About one event per sentence: sized once, as each event is large to move.
        let mut events = Vec::with_capacity(sentences.len());
        let mut actors = SentenceActors::default();
        let mut found = Vec::new();
        let mut countries: Vec<Option<&str>> = Vec::new();
        let mut bufs = EventBuffers::default();
        for (si, sent) in sentences.iter().enumerate() {
            tokenize(&doc.clean, sent.start, sent.end, &mut s.toks);
            if s.toks.is_empty() {
                continue;
            }
            s.words.build(&doc.clean, &s.toks);
            self.lexicon.scan_classified(&mut s.words, &mut s.head_scan);
            s.is_head.clear();
            s.is_head
                .extend((0..s.words.len()).map(|t| s.head_scan.is_head(t)));
            find_mentions(
                &self.kb,
                &s.words,
                &s.is_head,
                &mut s.mention_scratch,
                &mut s.mentions,
            );
            index_mentions(s);
            self.lexicon
                .find_scanned(&s.words, &s.head_scan, &s.mention_end, &mut s.hits);
            // Mentions resolved at the sentence's own time, for reference and focus.
            let sent_iv = times
                .in_sentence(si)
                .iter()
                .find_map(|t| t.when.as_ref())
                .or_else(|| times.narrative_at(si))
                .map(|w| w.interval)
                // Undated text is read at the document's date.
                .or(Some(Interval::new(dct, dct)));
            actors.clear();
            for m in &s.mentions {
                let span = (
                    s.toks[m.start].start as usize,
                    s.toks[m.end - 1].end as usize,
                );
                let group_id = (si as u64) << 20 | m.group as u64;
                let noun_key = if m.head == Head::Agent {
                    noun_hash(s.words.text(m.end - 1))
                } else {
                    0
                };
                found.clear();
                resolve(
                    &self.kb,
                    m,
                    &s.mentions,
                    span,
                    sent_iv,
                    &actors,
                    &focus,
                    sent.paragraph,
                    (group_id, noun_key),
                    &mut found,
                );
                actors.push(&found);
            }
            locate_peoples(&self.kb, &s.mentions, &mut actors, sent_iv);
            countries.clear();
            countries.extend((0..actors.len()).map(|k| actors.first(k).map(|x| x.country)));
            let view = SentenceView {
                words: &s.words,
                mentions: &s.mentions,
                mention_at: &s.mention_at,
                in_mention: &s.in_mention,
                is_head: &s.is_head,
                countries: &countries,
                verb_heads: &s.is_head,
                classes: &[],
            };
            candidates(&self.lexicon, &view, &s.hits, &mut s.candidates);
            // "In March 1947": a trigger inside a time expression is a month or a
            // season, not an event.
            for c in s.candidates.iter_mut() {
                let at = s.toks[c.hit.head].start as usize;
                if times
                    .in_sentence(si)
                    .iter()
                    .any(|t| t.start <= at && at < t.end)
                {
                    c.rejected = Some("part of a time expression");
                }
            }

            if let Some(ex) = explain.as_deref_mut() {
                explain_sentence(
                    ex,
                    doc,
                    si,
                    sent.start,
                    sent.end,
                    s,
                    &actors,
                    &times,
                    &self.lexicon,
                    (&self.kb, sent_iv, focus.countries()),
                );
            }
            let mut n_in_sentence = 0;
            for c in &s.candidates {
                if c.rejected.is_some() {
                    continue;
                }
                let first = events.len();
                self.events_of(
                    doc,
                    si,
                    sent,
                    c,
                    s,
                    &actors,
                    &times,
                    &focus,
                    &mut n_in_sentence,
                    &mut bufs,
                    &mut events,
                );
                // The candidate's events are built in place at the end of the
                // document's (each is large to move), then the duplicates dropped.
                let (earlier, made) = events.split_at_mut(first);
                if let Some(doer) = doer_of_named_act(c, s, earlier, si) {
                    for e in made.iter_mut() {
                        if !same_actor(&e.source, &Some(doer.clone())) {
                            e.target = Some(doer.clone());
                        }
                    }
                }
                if let Some(ex) = explain.as_deref_mut() {
                    for e in made.iter() {
                        let _ = writeln!(
                            ex,
                            "    event {} {} -> {} {} ({}) [{}]",
                            e.event.cameo,
                            code_of(&e.source),
                            code_of(&e.target),
                            e.event.label,
                            e.rule,
                            e.date.as_ref().map_or("undated".to_string(), |d| format!(
                                "{} {}",
                                d.edtf, d.basis
                            ))
                        );
                    }
                    if made.is_empty() {
                        let _ = writeln!(
                            ex,
                            "    no event from {:?}: actors could not be resolved",
                            c.rule
                        );
                    }
                }
                let mut kept = first;
                for k in first..events.len() {
                    let e = &events[k];
                    // The sentence's events are the last ones kept.
                    let dup = events[..kept]
                        .iter()
                        .rev()
                        .take_while(|o| o.sentence == si)
                        .any(|o| {
                            o.trigger.span == e.trigger.span
                                && o.event.cameo == e.event.cameo
                                && same_actor(&o.source, &e.source)
                                && same_actor(&o.target, &e.target)
                        });
                    if !dup {
                        if kept != k {
                            events.swap(kept, k);
                        }
                        kept += 1;
                    }
                }
                events.truncate(kept);
            }
            for a in actors.all() {
                focus.push(a, si, sent.paragraph);
            }
        }
        events
    }

    /// The events of one candidate, pushed onto `out`: one per source and
    /// target, resolved and dated.
    #[allow(clippy::too_many_arguments)]
    fn events_of<'kb>(
        &'kb self,
        doc: &Document,
        si: usize,
        sent: &annals_text::Sentence,
        c: &Candidate,
        s: &Scratch,
        actors: &SentenceActors<'kb>,
        times: &DocTimes,
        focus: &Focus<'kb>,
        n: &mut usize,
        bufs: &mut EventBuffers<'kb>,
        out: &mut Vec<Event>,
    ) {
        let EventBuffers {
            sources,
            targets,
            pairs,
            countries: src_countries,
            sentence_actors,
            sentence_text,
        } = bufs;
        let byte = |t: usize| s.toks[t.min(s.toks.len() - 1)].start as usize;
        let clause_end = s.toks[c.clause.1.saturating_sub(1).min(s.toks.len() - 1)].end as usize;
        let when = event_when(times, si, byte(c.clause.0), clause_end, byte(c.hit.head));
        let pick = |p: &Party, out: &mut Vec<Actor<'kb>>| {
            out.clear();
            if let Party::Mentions(ms) = p {
                for &m in ms {
                    out.extend_from_slice(actors.of(m));
                }
            }
        };
        pick(&c.source, sources);
        pick(&c.target, targets);
        if c.source == Party::Implicit {
            implicit_pair(focus, sent.paragraph, sources);
            for a in sources.iter_mut() {
                *a = crate::actor::country_level(&self.kb, *a);
            }
        }
        let symmetric =
            c.symmetric || sources.len() == 2 && c.source != Party::None && is_pair_source(c, s);
        if c.target == Party::Implicit {
            // The other party the text is about.
            src_countries.clear();
            src_countries.extend(sources.iter().map(|a| a.country));
            // Not the reporters of a closing attribution (", officials said").
            let tail = crate::clause::attribution_start(&s.words).unwrap_or(usize::MAX);
            sentence_actors.clear();
            for (k, m) in s.mentions.iter().enumerate() {
                if m.start < tail {
                    sentence_actors.extend_from_slice(actors.of(k));
                }
            }
            targets.clear();
            targets.extend(focus.topic(sent.paragraph, src_countries, sentence_actors));
        }
        // A place taken by its own holder was taken from someone else.
        let taking = matches!(&c.code[..2], "18" | "19" | "20");
        if taking && !symmetric && c.target != Party::Implicit {
            let iv = when.as_ref().map(|w| w.interval);
            if let Some(from) =
                self.taken_from(c, s, actors, focus, sent.paragraph, sources, targets, iv)
            {
                *targets = from;
            }
        }
        if symmetric && targets.is_empty() && sources.len() < 2 {
            return;
        }
        // Pairs: one symmetric event between the two.
        pairs.clear();
        if symmetric && targets.is_empty() && sources.len() >= 2 {
            pairs.extend(sources[1..].iter().map(|b| (sources[0], Some(*b))));
        } else if targets.is_empty() {
            pairs.extend(sources.iter().map(|a| (*a, None)));
        } else {
            for a in sources.iter() {
                pairs.extend(targets.iter().map(|t| (*a, Some(*t))));
            }
        }
        // An actor does not act on itself: such a pair keeps its source alone.
        for (src, tgt) in pairs.iter_mut() {
            if tgt.as_ref().is_some_and(|t| src.same_as(t)) {
                *tgt = None;
            }
        }
        pairs.dedup_by(|a, b| a.0.same_as(&b.0) && a.1.is_none() && b.1.is_none());
        for &mut (src, tgt) in pairs.iter_mut() {
            // Actors as they were at the event's date, then the date bounded by
            // what is known of them.
            let first = when.as_ref().map(|w| w.interval);
            let (src, tgt) = (
                self.at_date(src, first),
                tgt.map(|t| self.at_date(t, first)),
            );
            let kb_date = self.bounded_date(when.as_ref(), &src, tgt.as_ref());
            let date = match &kb_date {
                Bound::Kept => when.as_ref(),
                Bound::Replaced(w) => Some(w),
            };
            let iv = date.map(|w| w.interval);
            let src = if iv != first {
                self.at_date(src, iv)
            } else {
                src
            };
            let tgt = if iv != first {
                tgt.map(|t| self.at_date(t, iv))
            } else {
                tgt
            };
            let Some(code) = EventCode::from_cameo(&c.code) else {
                continue;
            };
            // Symmetric events are written once, actors in text order.
            let (src, tgt) = match (symmetric, tgt) {
                (true, Some(t)) if t.span.0 < src.span.0 => (t, Some(src)),
                (_, t) => (src, t),
            };
            let (ss, se) = doc.to_original(sent.start, sent.end);
            // Converted once for both actors' polities.
            let days = iv.map(DaySpan::of);
            let trig_start = s.toks[c.hit.head].start as usize;
            let trig_end = s.toks[c.hit.end.saturating_sub(1).max(c.hit.head)].end as usize;
            let (ts, te) = doc.to_original(trig_start, trig_end);
            out.push(Event {
                id: event_id(&doc.id, si, *n),
                doc: doc.id.clone(),
                sentence: si,
                text: sentence_text.of(doc, si, sent).to_string(),
                span: [ss, se],
                date: date.map(event_date),
                source: Some(self.record(doc, &src, days)),
                target: tgt.as_ref().map(|t| self.record(doc, t, days)),
                event: code,
                symmetric,
                negated: c.negated,
                trigger: Trigger {
                    text: doc.text[ts..te].to_string(),
                    span: [ts, te],
                },
                rule: c.rule.clone(),
            });
            *n += 1;
        }
    }

    /// For an act of force whose targets are all places that the doers' own
    /// country held at the event's date, whom the places were taken from: the
    /// one named after "from" ("Iraqi forces recaptured Mosul from the Islamic
    /// State"), or, when a state itself is the doer, the other party the text is
    /// about ("Russia annexed Vladivostok", which was Russian from its founding).
    /// In a civil war ("the Reds took Omsk", "rebels shelled Juba") the place's
    /// own country stays the target. `None` keeps the targets.
    #[allow(clippy::too_many_arguments)]
    fn taken_from<'kb>(
        &'kb self,
        c: &Candidate,
        s: &Scratch,
        actors: &SentenceActors<'kb>,
        focus: &Focus<'kb>,
        paragraph: usize,
        sources: &[Actor<'kb>],
        targets: &[Actor<'kb>],
        iv: Option<Interval>,
    ) -> Option<Vec<Actor<'kb>>> {
        let holders: Vec<&str> = targets
            .iter()
            .map(|t| (t.kind == ActorKind::Place).then(|| self.at_date(*t, iv).country))
            .collect::<Option<_>>()?;
        let held_by = |ok: &dyn Fn(&Actor) -> bool| {
            !holders.is_empty()
                && holders
                    .iter()
                    .all(|h| sources.iter().any(|src| ok(src) && src.country == *h))
        };
        if held_by(&|_| true) {
            let named = s
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.prep == Some("from") && m.start > c.hit.head)
                .flat_map(|(k, _)| actors.of(k).iter().copied())
                .find(|a| a.kind != ActorKind::Place);
            if let Some(a) = named {
                return Some(vec![a]);
            }
        }
        if held_by(&|src| src.kind == ActorKind::State && src.agent.is_none()) {
            let countries: Vec<&str> = sources.iter().map(|a| a.country).collect();
            return Some(
                focus
                    .topic(paragraph, &countries, &[])
                    .into_iter()
                    .collect(),
            );
        }
        None
    }

    /// The event's date, bounded by what the knowledge base knows of its actors:
    /// a date carried from elsewhere that the actors cannot have is replaced by
    /// their common period (basis `kb`). The date is only read, so that the
    /// common case (it stands) copies nothing per event.
    fn bounded_date(&self, when: Option<&When>, a: &Actor, b: Option<&Actor>) -> Bound {
        let mut bound: Option<Interval> = None;
        for x in std::iter::once(a).chain(b) {
            let Some(row) = x.row else { continue };
            let r = &self.kb.rows()[row as usize];
            if r.start.is_none()
                || r.end.is_none()
                || r.kind == ActorKind::State && r.label.is_empty()
            {
                continue;
            }
            let iv = self.kb.row_interval(row);
            bound = Some(match bound {
                None => iv,
                Some(b) => b.intersect(&iv).unwrap_or(b),
            });
        }
        match (when, bound) {
            (Some(w), Some(b))
                if !w.interval.overlaps(&b)
                    && w.basis != Basis::Explicit
                    && w.basis != Basis::Anchored =>
            {
                Bound::Replaced(kb_when(b))
            }
            (None, Some(b)) => Bound::Replaced(kb_when(b)),
            _ => Bound::Kept,
        }
    }

    /// An actor named by a knowledge-base name, resolved again at the event's date.
    fn at_date<'kb>(&'kb self, a: Actor<'kb>, iv: Option<Interval>) -> Actor<'kb> {
        let Some(n) = a.name_idx else { return a };
        match self.kb.reading(n, iv, &[a.country]) {
            Some(r) => Actor {
                base: r.code,
                country: r.country,
                agent: a.agent.filter(|_| a.agent != r.agent).or(r.agent),
                name: r.name,
                kind: r.kind,
                row: Some(r.row),
                ..a
            },
            None => a,
        }
    }

    fn record(&self, doc: &Document, a: &Actor, days: Option<DaySpan>) -> ActorRecord {
        let (s, e) = doc.to_original(a.span.0, a.span.1);
        ActorRecord {
            code: a.code(),
            country: CompactString::new(a.country),
            agent: a.agent.map(CompactString::new),
            name: CompactString::new(a.name),
            polity: self.kb.polity_in(a.country, days).map(CompactString::new),
            text: CompactString::new(&doc.text[s..e]),
            span: [s, e],
        }
    }
}

fn is_pair_source(c: &Candidate, s: &Scratch) -> bool {
    match &c.source {
        Party::Mentions(ms) => ms.len() == 1 && s.mentions[ms[0]].head == Head::Pair,
        _ => false,
    }
}

/// Peoples are coded by where they live: "ethnic Albanians" in a sentence about
/// Macedonia are Macedonian actors, "the Albanians of southern Serbia" Serbian.
fn locate_peoples<'kb>(
    kb: &'kb KnowledgeBase,
    mentions: &[Mention],
    actors: &mut SentenceActors<'kb>,
    at: Option<Interval>,
) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if !m.ethnic && m.place.is_none() {
            continue;
        }
        let place = match m.place {
            Some(p) => kb.resolve(p, at, &[]).map(|r| r.country),
            None => mentions.iter().enumerate().find_map(|(j, o)| {
                let located = matches!(o.prep, Some("in") | Some("near") | Some("at") | Some("of"))
                    || o.possessive;
                let a = actors.first(j)?;
                (j != k
                    && located
                    && matches!(a.kind, ActorKind::State | ActorKind::Place)
                    && Some(a.country) != actors.first(k).map(|x| x.country))
                .then_some(a.country)
            }),
        };
        if let Some(country) = place {
            for a in actors.of_mut(k) {
                a.country = country;
                a.base = country;
                a.row = None;
                a.name_idx = None;
                a.name = kb.country_name(country).unwrap_or(a.name);
            }
        }
    }
}

/// The date of an event: the time engine's, except that where it falls back on
/// the narrative time, an expression earlier in the same sentence (outside the
/// event's clause) is the narrative time at that point ("In 1928 X happened, and
/// both countries established ties").
fn event_when(
    times: &DocTimes,
    si: usize,
    clause_start: usize,
    clause_end: usize,
    trigger: usize,
) -> Option<When> {
    let w = times.event_date(si, clause_start, clause_end, trigger)?;
    if w.basis != Basis::Narrative && w.basis != Basis::Document {
        return Some(w);
    }
    let earlier = times
        .in_sentence(si)
        .iter()
        .filter(|t| t.end <= clause_start && t.sets_narrative)
        .filter_map(|t| t.when.as_ref())
        .last();
    Some(earlier.map_or(w, |e| e.clone().with_basis(Basis::Narrative)))
}

/// The two most recent distinct countries in focus, into `out` (left empty
/// when there are not two).
fn implicit_pair<'kb>(focus: &Focus<'kb>, paragraph: usize, out: &mut Vec<Actor<'kb>>) {
    out.clear();
    for s in focus.recent(paragraph, 1) {
        if !out.iter().any(|o| o.country == s.actor.country) {
            out.push(s.actor);
        }
        if out.len() == 2 {
            out.reverse();
            return;
        }
    }
    out.clear();
}

/// A stable hash of a lowercase word, for matching role nouns across sentences.
fn noun_hash(w: &str) -> u64 {
    w.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(0x100_0000_01b3)
    })
}

/// What [`Coder::bounded_date`] made of an event's date.
enum Bound {
    /// The date stands (or there is none and nothing bounds it).
    Kept,
    /// Replaced by the actors' common period.
    Replaced(When),
}

fn kb_when(b: Interval) -> When {
    let edtf = format!(
        "{}/{}",
        annals_time::format_year(b.start.year),
        annals_time::format_year(b.end.year)
    );
    When {
        edtf,
        interval: b,
        precision: Precision::Year,
        approximate: false,
        basis: Basis::Kb,
    }
}

/// `doc#sentence.n`, written without the formatting machinery, which costs
/// more than the rest of the record's strings together.
fn event_id(doc: &str, sentence: usize, n: usize) -> String {
    let mut id = String::with_capacity(doc.len() + 12);
    id.push_str(doc);
    id.push('#');
    annals_text::push_decimal(&mut id, sentence);
    id.push('.');
    annals_text::push_decimal(&mut id, n);
    id
}

/// The buffers [`Coder::events_of`] fills for each candidate, reused through a
/// document (they hold actors, which borrow from the knowledge base).
#[derive(Default)]
struct EventBuffers<'kb> {
    sources: Vec<Actor<'kb>>,
    targets: Vec<Actor<'kb>>,
    pairs: Vec<(Actor<'kb>, Option<Actor<'kb>>)>,
    countries: Vec<&'kb str>,
    sentence_actors: Vec<Actor<'kb>>,
    sentence_text: SentenceText,
}

/// A sentence's folded text, folded once for all its events.
#[derive(Default)]
struct SentenceText {
    sentence: Option<usize>,
    text: String,
}

impl SentenceText {
    fn of(&mut self, doc: &Document, si: usize, sent: &annals_text::Sentence) -> &str {
        if self.sentence != Some(si) {
            self.text = doc.sentence_text(sent);
            self.sentence = Some(si);
        }
        &self.text
    }
}

fn event_date(w: &When) -> EventDate {
    EventDate {
        edtf: w.edtf.clone(),
        start: w.interval.start.iso(),
        end: w.interval.end.iso(),
        precision: w.precision.as_str().into(),
        approximate: w.approximate,
        basis: w.basis.as_str().into(),
    }
}

/// "Argentina condemned the invasion": a reaction whose object is an act of force
/// named by a noun without its own actors targets the doer of the latest such act
/// coded in the last few sentences, not the actor the text is about.
fn doer_of_named_act(
    c: &Candidate,
    s: &Scratch,
    events: &[Event],
    si: usize,
) -> Option<ActorRecord> {
    if c.target != Party::Implicit || !matches!(&c.code[..2], "11" | "12" | "13" | "14" | "16") {
        return None;
    }
    let force = |code: &str| matches!(&code[..2], "18" | "19" | "20");
    let names_act = s.candidates.iter().any(|n| {
        n.hit.kind == annals_lexicon::Kind::Noun
            && n.rejected.is_some()
            && n.hit.head >= c.hit.end
            && n.hit.head <= c.hit.end + 2
            && force(&n.code)
    });
    if !names_act {
        return None;
    }
    events
        .iter()
        .rev()
        .take_while(|o| si - o.sentence <= 3)
        .find(|o| force(&o.event.cameo) && !o.negated)
        .and_then(|o| o.source.clone())
}

fn same_actor(a: &Option<ActorRecord>, b: &Option<ActorRecord>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.code == b.code && a.name == b.name,
        (None, None) => true,
        _ => false,
    }
}

fn code_of(a: &Option<ActorRecord>) -> String {
    a.as_ref().map_or("-".to_string(), |a| a.code.to_string())
}

/// Token-indexed views of the mentions for the lexicon and role finding.
fn index_mentions(s: &mut Scratch) {
    let n = s.toks.len();
    s.mention_at.clear();
    s.mention_at.resize(n, usize::MAX);
    s.mention_end.clear();
    s.mention_end.resize(n, u32::MAX);
    s.in_mention.clear();
    s.in_mention.resize(n, false);
    for (k, m) in s.mentions.iter().enumerate() {
        s.mention_at[m.start] = k;
        s.mention_end[m.start] = m.end as u32;
        // An `X` slot may start at the determiner too ("drove the settlers out").
        s.mention_end[m.det_start] = m.end as u32;
        if m.det_start < m.start && s.mention_at[m.det_start] == usize::MAX {
            s.mention_at[m.det_start] = k;
        }
        for t in m.start..m.end {
            s.in_mention[t] = true;
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn explain_sentence(
    ex: &mut String,
    doc: &Document,
    si: usize,
    start: usize,
    end: usize,
    s: &Scratch,
    actors: &SentenceActors,
    times: &DocTimes,
    lex: &Lexicon,
    readings: (&KnowledgeBase, Option<Interval>, &[&str]),
) {
    let _ = writeln!(
        ex,
        "[{}#{}] {}",
        doc.id,
        si,
        annals_text::fold_whitespace(&doc.clean[start..end])
    );
    for (k, m) in s.mentions.iter().enumerate() {
        let a = actors.of(k);
        let words: Vec<&str> = (m.start..m.end).map(|i| s.words.text(i)).collect();
        let codes: Vec<String> = a
            .iter()
            .map(|x| format!("{} ({})", x.code(), x.name))
            .collect();
        let mut flags = Vec::new();
        if m.attributive {
            flags.push("attributive");
        }
        if m.anti {
            flags.push("anti");
        }
        if m.possessive {
            flags.push("possessive");
        }
        if m.predicate {
            flags.push("predicate");
        }
        let _ = writeln!(
            ex,
            "  actor {:?} -> {} {}{}",
            words.join(" "),
            if codes.is_empty() {
                "unresolved".to_string()
            } else {
                codes.join(" + ")
            },
            m.prep.map_or(String::new(), |p| format!("[{p}] ")),
            flags.join(",")
        );
        // An ambiguous name: how its reading was chosen, and what else it could be.
        for x in a {
            let Some(n) = x.name_idx else { continue };
            let (kb, at, focus) = readings;
            let all = kb.candidates(n, at, focus);
            let Some(chosen) = all.iter().find(|r| r.row == x.row.unwrap_or(u32::MAX)) else {
                continue;
            };
            if chosen.choice == annals_kb::Choice::Only {
                continue;
            }
            let mut others: Vec<String> = Vec::new();
            for r in all.iter().filter(|r| r.code != chosen.code) {
                let reading = format!("{} ({})", r.code, r.label);
                if !others.contains(&reading) {
                    others.push(reading);
                }
            }
            if !others.is_empty() {
                let _ = writeln!(
                    ex,
                    "    {:?}: {} reading; could also be {}",
                    x.name,
                    chosen.choice.as_str(),
                    others.join(", ")
                );
            }
        }
    }
    for t in times.in_sentence(si) {
        let _ = writeln!(
            ex,
            "  time {:?} -> {} {}",
            &doc.clean[t.start..t.end],
            t.kind.as_str(),
            t.value
        );
    }
    for c in &s.candidates {
        let p = lex.pattern(c.hit.pattern);
        let words: Vec<&str> = (c.hit.head..c.hit.end.max(c.hit.head + 1))
            .map(|i| s.words.text(i))
            .collect();
        match c.rejected {
            Some(why) => {
                let _ = writeln!(
                    ex,
                    "  trigger {:?} {} ({}, {}): not coded: {why}",
                    words.join(" "),
                    p.code,
                    p.rule,
                    p.origin
                );
            }
            None => {
                let clause: Vec<&str> = (c.clause.0..c.clause.1).map(|i| s.words.text(i)).collect();
                let _ = writeln!(
                    ex,
                    "  trigger {:?} {} ({}, {}){} in clause {:?}",
                    words.join(" "),
                    c.code,
                    p.rule,
                    p.origin,
                    if c.negated { ": negated" } else { "" },
                    clause.join(" ")
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_read_as_formatted() {
        for (doc, si, n) in [
            ("", 0, 0),
            ("a", 9, 10),
            ("doc-1", 123, 4567),
            ("x", usize::MAX, 1),
        ] {
            assert_eq!(event_id(doc, si, n), format!("{doc}#{si}.{n}"));
        }
    }
}
