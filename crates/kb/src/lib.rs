//! The actor knowledge base of annals.
//!
//! Who an actor is depends on the date: "Russia" is the Tsardom in 1700 and the
//! Soviet Union in 1950 (RUS throughout); "the Republic of China" is CHN before
//! 1949 and TWN after; Stalin is `RUSGOV` from 1922 to 1953. The
//! [`KnowledgeBase`] holds dated rows for states, places, people, organizations
//! and groups, plus role nouns for CAMEO agents, all read from the readable files
//! in `dict/actors/` (embedded at compile time) and from user directories.
//!
//! Names are found in one pass with a compiled automaton, a trie anchored at word
//! starts ([`KnowledgeBase::find_names`]);
//! [`KnowledgeBase::resolve`] picks the actor valid at a date, preferring, among
//! several readings of an ambiguous name, one whose country is already in focus;
//! [`KnowledgeBase::candidates`] lists every reading for `--explain`.
//!
//! ```
//! use annals_kb::KnowledgeBase;
//! use annals_time::Interval;
//!
//! let kb = KnowledgeBase::builtin();
//! let text = "Russia signed.";
//! let mut found = Vec::new();
//! kb.find_names(text, 0, text.len(), &mut found);
//! let r = kb.resolve(found[0].name, Some(Interval::year(1950)), &[]).unwrap();
//! assert_eq!((r.code, r.country), ("RUS", "RUS"));
//! assert_eq!(kb.polity("RUS", Some(Interval::year(1950))), Some("Soviet Union"));
//! assert_eq!(kb.polity("RUS", Some(Interval::year(1700))), Some("Tsardom of Russia"));
//! ```
#![deny(missing_docs)]

mod agents;
pub mod check;
mod codes;
mod resolve;
mod row;
mod stats;

use std::fmt;
use std::path::Path;

use annals_text::trie::{PairedRunKeys, Trie};
use annals_time::{Date, Interval};
use rustc_hash::FxHashMap;

pub use agents::{is_agent_code, AgentNoun, AGENT_CODES};
pub use codes::{is_group_code, GROUP_CODES};
pub use resolve::{Choice, Reading, Resolved};
pub use row::{ActorKind, Row};
pub use stats::Stats;

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// A problem in a dictionary file.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct KbError {
    /// `file:line` (or `file` alone).
    pub origin: String,
    /// What is wrong.
    pub kind: KbErrorKind,
}

/// What is wrong with a dictionary row.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KbErrorKind {
    /// Too few fields.
    #[error(
        "expected at least 5 tab-separated fields (id, code, start, end, label, names), found {0}"
    )]
    Fields(usize),
    /// A code that is not three, six or nine capital letters.
    #[error("bad actor code {0:?}: expected a country or group code, optionally followed by an agent code")]
    BadCode(String),
    /// An unknown agent code.
    #[error("unknown agent code {0:?}")]
    BadAgent(String),
    /// A country or group code no state or group row defines.
    #[error("unknown country or group code {0:?} (no state or group row defines it)")]
    UnknownCode(String),
    /// A date that does not parse.
    #[error("bad date {0:?}: expected YYYY, YYYY-MM or YYYY-MM-DD")]
    BadDate(String),
    /// The end lies before the start.
    #[error("end before start")]
    EndBeforeStart,
    /// Two periods that may not overlap do.
    #[error("{0}")]
    Overlap(String),
    /// One name leads to different codes at the same time.
    #[error("{0}")]
    Conflict(String),
    /// Something defined twice.
    #[error("{0}")]
    Duplicate(String),
    /// The file cannot be read.
    #[error("cannot read: {0}")]
    Io(String),
}

/// A name found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameMatch {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset, exclusive.
    pub end: usize,
    /// The name's index, for [`KnowledgeBase::resolve`].
    pub name: u32,
}

/// A role noun found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgentMatch {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset, exclusive.
    pub end: usize,
    /// The CAMEO agent code.
    pub agent: &'static str,
}

struct Actor {
    id: String,
    rows: Vec<u32>,
    /// Names, each with whether this actor is a secondary (`~`) reading of it.
    names: Vec<(String, bool)>,
    /// The earliest start of its rows; `None` when one has no start. Kept so
    /// that resolving a name need not walk every row of its readings.
    first_start: Option<Date>,
    /// The latest end of its rows; `None` when one has no end.
    last_end: Option<Date>,
}

struct NameInfo {
    text: String,
    /// The actors the name can mean, with whether each is a secondary reading.
    readings: Vec<(u32, bool)>,
    /// One row of each country among all the rows of its readings: which of
    /// them are in focus is all the focus can change in its resolution.
    country_rows: Vec<u32>,
}

/// The loaded knowledge base: rows, names, agents and the automata that find them.
///
/// Its maps hash with FxHash rather than SipHash: keys are short codes and
/// names from the dictionaries, lookups are on the coder's hot path, and no
/// output depends on the order of their entries (where `build` iterates one,
/// each key yields its own entry whatever the order).
pub struct KnowledgeBase {
    /// Unique to this knowledge base in the process: what its resolutions are
    /// remembered under (see `resolve`).
    serial: u64,
    rows: Vec<Row>,
    /// Each row's span as day numbers ([`Date::to_days`] of its
    /// [`row_interval`]), computed once for the resolver's comparisons.
    row_days: Vec<DaySpan>,
    actors: Vec<Actor>,
    names: Vec<NameInfo>,
    name_of: FxHashMap<String, u32>,
    trie: Trie,
    agents: Vec<AgentNoun>,
    agent_codes: Vec<&'static str>,
    agent_trie: Trie,
    /// The run keys of `trie` and `agent_trie`, for the scan that asks both
    /// at every word.
    run_keys: PairedRunKeys,
    /// Per country, the spans of its polity rows in order of start, for
    /// [`KnowledgeBase::polity`].
    /// Keyed by [`code_key`]: a code hashes as one word, and compares without
    /// a call to `memcmp`.
    polity_spans: FxHashMap<u64, PolitySpans>,
    /// The same for codes too long for a key.
    long_polity_spans: FxHashMap<String, PolitySpans>,
    country_names: FxHashMap<String, String>,
    /// For each row of a state or a place, its country's name: the name it
    /// resolves to (looked up once here rather than at every resolution).
    row_country_names: Vec<Option<String>>,
    /// For each row, whether its code goes on with a known agent
    /// ([`Row::agent`], asked once here rather than at every resolution).
    row_has_agent: Vec<bool>,
}

/// A span of days `[start, end]` as [`Date::to_days`] numbers: an interval
/// converted once, for the several lookups of one event
/// ([`KnowledgeBase::polity_in`]).
#[derive(Clone, Copy, Debug)]
pub struct DaySpan {
    pub(crate) start: i64,
    pub(crate) end: i64,
}

impl DaySpan {
    /// The span of an interval.
    pub fn of(iv: Interval) -> DaySpan {
        DaySpan {
            start: iv.start.to_days(),
            end: iv.end.to_days(),
        }
    }
}

/// A country code of up to seven bytes (all of them today) as a number: its
/// bytes and its length.
fn code_key(code: &str) -> Option<u64> {
    let b = code.as_bytes();
    if let [x, y, z] = b {
        return Some(u64::from_le_bytes([*x, *y, *z, 0, 0, 0, 0, 3]));
    }
    let mut k = [0u8; 8];
    k.get_mut(..b.len())?.copy_from_slice(b);
    k[7] = b.len() as u8;
    (b.len() <= 7).then(|| u64::from_le_bytes(k))
}

/// A country's polity rows, in order of their start.
#[derive(Clone, Debug)]
struct PolitySpans {
    spans: Vec<PolitySpan>,
    /// Whether their ends ascend too (as for periods that do not overlap): then
    /// those before a span ending before a date all end before it too.
    ends_ascending: bool,
}

/// One polity row's span of days, computed once at load time so that
/// [`KnowledgeBase::polity`] compares integers instead of rebuilding intervals.
#[derive(Clone, Copy, Debug)]
struct PolitySpan {
    /// First day, as [`Date::to_days`].
    start: i64,
    /// Last day, as [`Date::to_days`].
    end: i64,
    /// The row.
    row: u32,
}

impl fmt::Debug for KnowledgeBase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KnowledgeBase")
            .field("rows", &self.rows.len())
            .field("names", &self.names.len())
            .finish()
    }
}

impl KnowledgeBase {
    /// The built-in knowledge base.
    ///
    /// The built-in files are checked by the test suite; a row that would not
    /// parse is skipped here rather than failing the program.
    pub fn builtin() -> KnowledgeBase {
        let (kb, _) = KnowledgeBase::from_sources(
            BUILTIN_FILES
                .iter()
                .map(|&(n, s)| (n.to_string(), s.to_string())),
        );
        kb
    }

    /// The built-in files extended by the `actors/` folders of `dirs` (or the
    /// `.tsv` files directly in a dir without one). Returns the problems found too.
    pub fn load(dirs: &[&Path]) -> (KnowledgeBase, Vec<KbError>) {
        let builtin = BUILTIN_FILES
            .iter()
            .map(|&(n, s)| (n.to_string(), s.to_string()));
        let mut user = Vec::new();
        let mut errors = Vec::new();
        for dir in dirs {
            match user_files(dir) {
                Ok(files) => user.extend(files),
                Err(e) => errors.push(e),
            }
        }
        let (kb, mut more) = KnowledgeBase::from_layers(builtin, user.into_iter());
        errors.append(&mut more);
        (kb, errors)
    }

    /// Builds a knowledge base from `(file name, contents)` pairs, all of one layer.
    pub fn from_sources(
        sources: impl Iterator<Item = (String, String)>,
    ) -> (KnowledgeBase, Vec<KbError>) {
        KnowledgeBase::from_layers(sources, std::iter::empty())
    }

    /// Builds a knowledge base from a base layer and a user layer: rows of the
    /// same id in several base files are one actor; a user file's rows replace the
    /// base rows of the ids it names.
    fn from_layers(
        base: impl Iterator<Item = (String, String)>,
        user: impl Iterator<Item = (String, String)>,
    ) -> (KnowledgeBase, Vec<KbError>) {
        let mut rows: Vec<Row> = Vec::new();
        let mut agent_nouns = Vec::new();
        let mut errors = Vec::new();
        let mut parse =
            |name: &str, src: &str, out: &mut Vec<Row>, agent_nouns: &mut Vec<AgentNoun>| {
                let file = Path::new(name)
                    .file_name()
                    .map_or(name.to_string(), |f| f.to_string_lossy().into_owned());
                if file.starts_with("agent") {
                    agents::parse_agents(src, name, agent_nouns, &mut errors);
                } else {
                    row::parse_rows(src, name, ActorKind::for_file(&file), out, &mut errors);
                }
            };
        for (name, src) in base {
            parse(&name, &src, &mut rows, &mut agent_nouns);
        }
        let mut user_rows = Vec::new();
        for (name, src) in user {
            parse(&name, &src, &mut user_rows, &mut agent_nouns);
        }
        let replaced: std::collections::HashSet<&str> =
            user_rows.iter().map(|r| r.id.as_str()).collect();
        rows.retain(|r| !replaced.contains(r.id.as_str()));
        rows.extend(user_rows);
        (KnowledgeBase::build(rows, agent_nouns), errors)
    }

    fn build(rows: Vec<Row>, agents: Vec<AgentNoun>) -> KnowledgeBase {
        let mut actors: Vec<Actor> = Vec::new();
        let mut actor_of: FxHashMap<&str, u32> =
            FxHashMap::with_capacity_and_hasher(rows.len(), Default::default());
        for (i, r) in rows.iter().enumerate() {
            let a = *actor_of.entry(&r.id).or_insert_with(|| {
                actors.push(Actor {
                    id: r.id.clone(),
                    rows: Vec::new(),
                    names: Vec::new(),
                    first_start: Some(Date::year_end(9999)),
                    last_end: Some(Date::year_start(-9999)),
                });
                (actors.len() - 1) as u32
            });
            let actor = &mut actors[a as usize];
            actor.rows.push(i as u32);
            actor.first_start = actor.first_start.zip(r.start).map(|(x, y)| x.min(y));
            actor.last_end = actor.last_end.zip(r.end).map(|(x, y)| x.max(y));
            for n in &r.names {
                // A leading '~' marks this actor as a secondary reading of an
                // ambiguous name; the mark is not part of the text.
                let secondary = n.starts_with('~');
                let n = n.trim_start_matches('~');
                match actor.names.iter_mut().find(|(m, _)| m == n) {
                    Some((_, s)) => *s |= secondary,
                    None => actor.names.push((n.to_string(), secondary)),
                }
            }
        }
        let mut names: Vec<NameInfo> = Vec::new();
        let mut name_of: FxHashMap<String, u32> = FxHashMap::default();
        for (ai, a) in actors.iter().enumerate() {
            for (n, secondary) in &a.names {
                let ni = match name_of.get(n) {
                    Some(&i) => i,
                    None => {
                        names.push(NameInfo {
                            text: n.clone(),
                            readings: Vec::new(),
                            country_rows: Vec::new(),
                        });
                        name_of.insert(n.clone(), (names.len() - 1) as u32);
                        (names.len() - 1) as u32
                    }
                };
                names[ni as usize].readings.push((ai as u32, *secondary));
            }
        }
        for info in &mut names {
            for &(a, _) in &info.readings {
                for &r in &actors[a as usize].rows {
                    let country = rows[r as usize].country();
                    if !info
                        .country_rows
                        .iter()
                        .any(|&k| rows[k as usize].country() == country)
                    {
                        info.country_rows.push(r);
                    }
                }
            }
        }
        // Patterns: each name, plus its twin with a curly apostrophe.
        let curly: Vec<(String, u32)> = names
            .iter()
            .enumerate()
            .filter(|(_, n)| n.text.contains('\''))
            .map(|(i, n)| (n.text.replace('\'', "\u{2019}"), i as u32))
            .collect();
        let patterns: Vec<(&str, u32)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.text.as_str(), i as u32))
            .chain(curly.iter().map(|(t, i)| (t.as_str(), *i)))
            .collect();
        let trie = Trie::new(&patterns);
        let agent_codes: Vec<&'static str> = agents
            .iter()
            .map(|a| {
                AGENT_CODES
                    .iter()
                    .find(|(c, _)| *c == a.agent)
                    .map_or("GOV", |(c, _)| *c)
            })
            .collect();
        // Of two nouns alike, the first listed wins.
        let nouns: Vec<(&str, u32)> = agents
            .iter()
            .enumerate()
            .map(|(i, a)| (a.noun.as_str(), i as u32))
            .collect();
        let agent_trie = Trie::folded(&nouns);
        let mut polities: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for (i, r) in rows.iter().enumerate() {
            if is_polity(r) {
                polities.entry(r.code.clone()).or_default().push(i as u32);
            }
        }
        for list in polities.values_mut() {
            list.sort_by_key(|&i| rows[i as usize].start);
        }
        let polity_spans: FxHashMap<String, PolitySpans> = polities
            .iter()
            .map(|(code, list)| {
                let spans: Vec<PolitySpan> = list
                    .iter()
                    .map(|&i| {
                        let iv = row_interval(&rows[i as usize]);
                        PolitySpan {
                            start: iv.start.to_days(),
                            end: iv.end.to_days(),
                            row: i,
                        }
                    })
                    .collect();
                let ends_ascending = spans.windows(2).all(|w| w[0].end <= w[1].end);
                let spans = PolitySpans {
                    spans,
                    ends_ascending,
                };
                (code.clone(), spans)
            })
            .collect();
        let (long_polity_spans, polity_spans): (FxHashMap<_, _>, _) = polity_spans
            .into_iter()
            .partition(|(code, _)| code_key(code).is_none());
        let polity_spans = polity_spans
            .into_iter()
            .filter_map(|(code, spans)| Some((code_key(&code)?, spans)))
            .collect();
        // A country's display name: the first name of its country row, else of a
        // group row with that code, else of its latest polity row.
        let mut country_names = FxHashMap::default();
        let first_name = |r: &Row| {
            actors[actor_of[r.id.as_str()] as usize]
                .names
                .first()
                .map(|(n, _)| n.clone())
        };
        // Country rows first, then groups: a group such as "African Americans"
        // coded USA must not name the United States.
        for pass in [true, false] {
            for r in rows.iter().filter(|r| {
                if pass {
                    r.is_country_row()
                } else {
                    r.kind == ActorKind::Group && r.code.len() == 3
                }
            }) {
                if let Some(n) = first_name(r) {
                    country_names.entry(r.code.clone()).or_insert(n);
                }
            }
        }
        for (code, list) in &polities {
            if !country_names.contains_key(code) {
                if let Some(n) = list
                    .last()
                    .and_then(|&last| first_name(&rows[last as usize]))
                {
                    country_names.insert(code.clone(), n);
                }
            }
        }
        drop(actor_of);
        let row_days = rows.iter().map(|r| DaySpan::of(row_interval(r))).collect();
        let row_country_names = rows
            .iter()
            .map(|r| match r.kind {
                ActorKind::State | ActorKind::Place => country_names.get(r.country()).cloned(),
                _ => None,
            })
            .collect();
        let row_has_agent = rows.iter().map(|r| r.agent().is_some()).collect();
        let run_keys = trie.paired_run_keys(&agent_trie);
        // Distinct for every knowledge base built, so that no two share remembered resolutions.
        static SERIALS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        KnowledgeBase {
            serial: SERIALS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            rows,
            row_days,
            actors,
            names,
            name_of,
            trie,
            agents,
            agent_codes,
            run_keys,
            agent_trie,
            polity_spans,
            long_polity_spans,
            country_names,
            row_country_names,
            row_has_agent,
        }
    }

    /// Finds every known name in `text[start..end]` (whole words, case-sensitive,
    /// longest first), appending to `out`.
    pub fn find_names(&self, text: &str, start: usize, end: usize, out: &mut Vec<NameMatch>) {
        self.trie.find(text, start, end, |start, end, name| {
            out.push(NameMatch { start, end, name })
        });
    }

    /// Finds every role noun in `text[start..end]`, appending to `out`: at each
    /// word start the longest noun (ignoring ASCII case), if it ends a word.
    pub fn find_agents(&self, text: &str, start: usize, end: usize, out: &mut Vec<AgentMatch>) {
        // Role nouns start where words start: a walk of the trie there costs a
        // few bytes per word instead of a scan of every byte.
        let end = end.min(text.len());
        annals_text::trie::scan_word_starts(text, start, end, |i| {
            let m = self.agent_at(text, i, end)?;
            out.push(m);
            Some(m.end)
        });
    }

    /// [`KnowledgeBase::find_names`] and [`KnowledgeBase::find_agents`] in one
    /// pass over the word starts of `text[start..end]`, with the same results:
    /// each search skips the words its own last match covers, and goes on
    /// looking at the word starts after it.
    pub fn find_names_and_agents(
        &self,
        text: &str,
        start: usize,
        end: usize,
        names: &mut Vec<NameMatch>,
        agents: &mut Vec<AgentMatch>,
    ) {
        let end = end.min(text.len());
        // Where each search may look next: the end of its last match.
        let (mut names_from, mut agents_from) = (start, start);
        annals_text::trie::scan_word_runs(text, start, end, |i, run_end, key| {
            // A word of ASCII letters and digits is looked up only where its
            // run is some entry's first run (one key for both tries); other
            // places (punctuation, non-ASCII letters) are asked as they are.
            let run = (run_end > i).then_some(key);
            let (name_may, agent_may) = match run {
                Some(run) => self.run_keys.may_begin(run),
                None => (true, true),
            };
            if name_may && i >= names_from {
                let found = match run {
                    Some(run) => self.trie.word_at_run(text, i, run, end),
                    None => self.trie.word_at(text, i, end),
                };
                if let Some((m_end, name)) = found {
                    names.push(NameMatch {
                        start: i,
                        end: m_end,
                        name,
                    });
                    names_from = m_end;
                }
            }
            if agent_may && i >= agents_from {
                if let Some(m) = self.agent_at(text, i, end) {
                    agents_from = m.end;
                    agents.push(m);
                }
            }
        });
    }

    /// The role noun at word start `i`, if one begins there and ends a word.
    #[inline]
    fn agent_at(&self, text: &str, i: usize, end: usize) -> Option<AgentMatch> {
        let bytes = text.as_bytes();
        let letter = match bytes[i] {
            b if b < 0x80 => b.is_ascii_alphabetic(),
            _ => text[i..].chars().next().is_some_and(char::is_alphabetic),
        };
        if !letter {
            return None;
        }
        let (m_end, id) = self.agent_trie.longest_prefix_folded(bytes, i, end)?;
        // `i` is a word start (the walks call this nowhere else), so only the
        // end is asked.
        if !ends_word(text, m_end) {
            return None;
        }
        Some(AgentMatch {
            start: i,
            end: m_end,
            agent: self.agent_codes[id as usize],
        })
    }

    /// The first row of a name's main reading (its first primary reading, else
    /// its first), with the name's text: what a name is, without dates.
    fn main_row(&self, name: u32) -> Option<(&Row, &str)> {
        let info = self.names.get(name as usize)?;
        let &(a, _) = info
            .readings
            .iter()
            .find(|(_, secondary)| !secondary)
            .or(info.readings.first())?;
        let &r = self.actors[a as usize].rows.first()?;
        Some((&self.rows[r as usize], &info.text))
    }

    /// Whether the main reading of a name is an actor of `kind` (cheap: no dates).
    pub fn name_is(&self, name: u32, kind: ActorKind) -> bool {
        self.main_row(name).is_some_and(|(row, _)| row.kind == kind)
    }

    /// Whether name `name` is the everyday name of the country its main reading
    /// is ("Japan", "Iran", "Nepal"), rather than an adjective or demonym
    /// ("Japanese", "Soviet") that some country names resemble.
    pub fn is_country_name(&self, name: u32) -> bool {
        self.main_row(name).is_some_and(|(row, text)| {
            row.kind == ActorKind::State
                && self
                    .country_name(row.country())
                    .is_some_and(|n| n.eq_ignore_ascii_case(text))
        })
    }

    /// The text of name `name`.
    pub fn name_text(&self, name: u32) -> &str {
        &self.names[name as usize].text
    }

    /// The name index of an exact name text (without a leading "the").
    pub fn name_index(&self, text: &str) -> Option<u32> {
        self.name_of.get(text).copied()
    }

    /// The name of the polity of `country` at `at` (the state row overlapping it
    /// most); `None` when undated or unknown.
    pub fn polity(&self, country: &str, at: Option<Interval>) -> Option<&str> {
        self.polity_in(country, at.map(DaySpan::of))
    }

    /// [`KnowledgeBase::polity`] at a time already in days.
    pub fn polity_in(&self, country: &str, at: Option<DaySpan>) -> Option<&str> {
        let at = at?;
        let spans = match code_key(country) {
            Some(key) => self.polity_spans.get(&key)?,
            None => self.long_polity_spans.get(country)?,
        };
        let (from, to) = (at.start, at.end);
        // The longest overlap wins; of equal overlaps, the later row (as
        // `max_by_key` would pick).
        let mut best: Option<(i64, u32)> = None;
        // Walked from the latest period, the later of two equal overlaps is
        // met first, and kept. Where the periods' ends ascend (most countries),
        // the walk stops at the first that ends before the date: most dates
        // are recent.
        for s in spans.spans.iter().rev() {
            if spans.ends_ascending && s.end < from {
                break;
            }
            let days = s.end.min(to) - s.start.max(from) + 1;
            if days > 0 && best.is_none_or(|(d, _)| days > d) {
                best = Some((days, s.row));
            }
        }
        best.map(|(_, i)| self.rows[i as usize].label.as_str())
    }

    /// The everyday name of a country or group code ("China" for CHN).
    pub fn country_name(&self, country: &str) -> Option<&str> {
        self.country_names.get(country).map(String::as_str)
    }

    /// The span of time a row holds, as an interval (open ends become the
    /// limits of the calendar annals uses).
    pub fn row_interval(&self, row: u32) -> Interval {
        row_interval(&self.rows[row as usize])
    }

    /// All rows.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// All role nouns.
    pub fn agent_nouns(&self) -> &[AgentNoun] {
        &self.agents
    }

    /// Every actor that a name (exact text) can mean, as (id, rows).
    pub fn lookup(&self, text: &str) -> Vec<(&str, Vec<&Row>)> {
        let Some(&ni) = self.name_of.get(text) else {
            return Vec::new();
        };
        self.names[ni as usize]
            .readings
            .iter()
            .map(|&(a, _)| {
                let actor = &self.actors[a as usize];
                (
                    actor.id.as_str(),
                    actor.rows.iter().map(|&r| &self.rows[r as usize]).collect(),
                )
            })
            .collect()
    }
}

/// A state row that names one polity of a country for a period (not the
/// country-wide row, which has no label).
pub(crate) fn is_polity(r: &Row) -> bool {
    r.kind == ActorKind::State && r.code.len() == 3 && !r.label.is_empty()
}

/// The interval a row holds; open ends reach far into the past or the future.
fn row_interval(r: &Row) -> Interval {
    Interval::new(
        r.start.unwrap_or(Date::year_start(-9999)),
        r.end.unwrap_or(Date::year_end(9999)),
    )
}

/// Whether no letter or digit follows `text[..end]`: an ASCII byte is told
/// from itself, without decoding a character.
#[inline]
fn ends_word(text: &str, end: usize) -> bool {
    match text.as_bytes().get(end) {
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        _ => !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric),
    }
}

fn user_files(dir: &Path) -> Result<Vec<(String, String)>, KbError> {
    let io = |e: std::io::Error| KbError {
        origin: dir.display().to_string(),
        kind: KbErrorKind::Io(e.to_string()),
    };
    let actors = dir.join("actors");
    let base = if actors.is_dir() {
        actors
    } else {
        dir.to_path_buf()
    };
    let mut files: Vec<_> = std::fs::read_dir(&base)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| KbError {
                origin: p.display().to_string(),
                kind: KbErrorKind::Io(e.to_string()),
            })?;
            Ok((p.display().to_string(), text))
        })
        .collect()
}

/// Defines one test per case: `name: "Text", "date" => "CODE", "polity";` where
/// the date is `YYYY[-MM[-DD]]` or `""` for undated, and the polity `""` when it is
/// not checked.
#[cfg(test)]
macro_rules! resolves {
    ($($test:ident: $text:expr, $date:expr => $code:expr, $polity:expr;)*) => {
        $(
            #[test]
            fn $test() {
                crate::tests::assert_resolves($text, $date, $code, $polity);
            }
        )*
    };
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_orgs;
#[cfg(test)]
mod tests_people_east;
#[cfg(test)]
mod tests_people_west;
#[cfg(test)]
mod tests_people_world;
#[cfg(test)]
mod tests_places;
#[cfg(test)]
mod tests_states;
