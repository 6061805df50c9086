//! The actor knowledge base of annals.
//!
//! Who an actor is depends on the date: "Russia" is the Tsardom in 1700 and the
//! Soviet Union in 1950 (RUS throughout); "the Republic of China" is CHN before
//! 1949 and TWN after; Stalin is `RUSGOV` from 1922 to 1953. The
//! [`KnowledgeBase`] holds dated rows for states, places, people, organizations
//! and groups, plus role nouns for CAMEO agents, all read from the readable files
//! in `dict/actors/` (embedded at compile time) and from user directories.
//!
//! Names are found in one pass with a compiled automaton ([`KnowledgeBase::find_names`]);
//! [`KnowledgeBase::resolve`] picks the actor valid at a date.
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
mod row;

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use annals_time::{Date, Interval};

pub use agents::{is_agent_code, AgentNoun, AGENT_CODES};
pub use row::{ActorKind, Row};

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

/// An actor resolved at a date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Resolved<'kb> {
    /// Index of the chosen row.
    pub row: u32,
    /// The actor's stable id.
    pub id: &'kb str,
    /// CAMEO actor code at that date.
    pub code: &'kb str,
    /// Country or group code (the first three letters).
    pub country: &'kb str,
    /// Agent code, if the code has one.
    pub agent: Option<&'kb str>,
    /// The actor's canonical name.
    pub name: &'kb str,
    /// The row's label (polity, office or kind).
    pub label: &'kb str,
    /// What kind of actor.
    pub kind: ActorKind,
    /// When the chosen row holds.
    pub start: Option<Date>,
    /// When the chosen row ends.
    pub end: Option<Date>,
    /// Other actors the name could have meant at that date (for `--explain`).
    pub alternatives: usize,
}

struct Actor {
    id: String,
    rows: Vec<u32>,
    names: Vec<String>,
}

struct NameInfo {
    text: String,
    actors: Vec<u32>,
}

/// The loaded knowledge base: rows, names, agents and the automata that find them.
pub struct KnowledgeBase {
    rows: Vec<Row>,
    actors: Vec<Actor>,
    names: Vec<NameInfo>,
    pattern_name: Vec<u32>,
    automaton: AhoCorasick,
    agents: Vec<AgentNoun>,
    agent_codes: Vec<&'static str>,
    agent_automaton: AhoCorasick,
    polities: HashMap<String, Vec<u32>>,
    country_names: HashMap<String, String>,
}

impl fmt::Debug for KnowledgeBase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KnowledgeBase")
            .field("rows", &self.rows.len())
            .field("names", &self.names.len())
            .finish()
    }
}

/// Counts of what a knowledge base holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Current states: distinct country codes with an open-ended state row.
    pub current_states: usize,
    /// Historical polities: bare-code state rows that have ended.
    pub historical_polities: usize,
    /// Places (rows).
    pub places: usize,
    /// Distinct people.
    pub people: usize,
    /// Dated roles of people.
    pub roles: usize,
    /// Distinct organizations.
    pub organizations: usize,
    /// Distinct groups.
    pub groups: usize,
    /// Role nouns.
    pub agent_nouns: usize,
    /// Distinct agent codes those nouns map to.
    pub agent_codes: usize,
    /// Distinct names matched in text.
    pub names: usize,
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
        let replaced: std::collections::HashSet<String> =
            user_rows.iter().map(|r| r.id.clone()).collect();
        rows.retain(|r| !replaced.contains(&r.id));
        rows.extend(user_rows);
        (KnowledgeBase::build(rows, agent_nouns), errors)
    }

    fn build(rows: Vec<Row>, agents: Vec<AgentNoun>) -> KnowledgeBase {
        let mut actors: Vec<Actor> = Vec::new();
        let mut actor_of: HashMap<String, u32> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            let a = *actor_of.entry(r.id.clone()).or_insert_with(|| {
                actors.push(Actor {
                    id: r.id.clone(),
                    rows: Vec::new(),
                    names: Vec::new(),
                });
                (actors.len() - 1) as u32
            });
            let actor = &mut actors[a as usize];
            actor.rows.push(i as u32);
            for n in &r.names {
                // A leading '~' marks a name as ambiguous for `dict check`; it is not text.
                let n = n.trim_start_matches('~');
                if !actor.names.iter().any(|m| m == n) {
                    actor.names.push(n.to_string());
                }
            }
        }
        let mut names: Vec<NameInfo> = Vec::new();
        let mut name_of: HashMap<String, u32> = HashMap::new();
        for (ai, a) in actors.iter().enumerate() {
            for n in &a.names {
                let ni = *name_of.entry(n.clone()).or_insert_with(|| {
                    names.push(NameInfo {
                        text: n.clone(),
                        actors: Vec::new(),
                    });
                    (names.len() - 1) as u32
                });
                names[ni as usize].actors.push(ai as u32);
            }
        }
        // Patterns: each name, plus its curly-apostrophe twin.
        let mut patterns: Vec<String> = Vec::with_capacity(names.len());
        let mut pattern_name: Vec<u32> = Vec::with_capacity(names.len());
        for (i, n) in names.iter().enumerate() {
            patterns.push(n.text.clone());
            pattern_name.push(i as u32);
            if n.text.contains('\'') {
                patterns.push(n.text.replace('\'', "’"));
                pattern_name.push(i as u32);
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .expect("names build an automaton");
        let agent_codes: Vec<&'static str> = agents
            .iter()
            .map(|a| {
                AGENT_CODES
                    .iter()
                    .find(|(c, _)| *c == a.agent)
                    .map_or("GOV", |(c, _)| *c)
            })
            .collect();
        let agent_automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(agents.iter().map(|a| a.noun.as_str()))
            .expect("agent nouns build an automaton");
        let mut polities: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            if is_polity(r) {
                polities.entry(r.code.clone()).or_default().push(i as u32);
            }
        }
        for list in polities.values_mut() {
            list.sort_by_key(|&i| rows[i as usize].start);
        }
        // A country's display name: the first name of its country row (a state row
        // without a label), else of its latest polity row.
        let mut country_names = HashMap::new();
        for r in rows
            .iter()
            .filter(|r| r.kind == ActorKind::State && r.code.len() == 3 && r.label.is_empty())
        {
            if let Some(n) = actors[actor_of[&r.id] as usize].names.first() {
                country_names
                    .entry(r.code.clone())
                    .or_insert_with(|| n.clone());
            }
        }
        for (code, list) in &polities {
            if country_names.contains_key(code) {
                continue;
            }
            if let Some(&last) = list.last() {
                let a = actor_of[&rows[last as usize].id];
                if let Some(n) = actors[a as usize].names.first() {
                    country_names.insert(code.clone(), n.clone());
                }
            }
        }
        KnowledgeBase {
            rows,
            actors,
            names,
            pattern_name,
            automaton,
            agents,
            agent_codes,
            agent_automaton,
            polities,
            country_names,
        }
    }

    /// Finds every known name in `text[start..end]` (whole words, case-sensitive,
    /// longest first), appending to `out`.
    pub fn find_names(&self, text: &str, start: usize, end: usize, out: &mut Vec<NameMatch>) {
        let input = aho_corasick::Input::new(text).span(start..end);
        for m in self.automaton.find_iter(input) {
            if is_word_bounded(text, m.start(), m.end()) {
                out.push(NameMatch {
                    start: m.start(),
                    end: m.end(),
                    name: self.pattern_name[m.pattern().as_usize()],
                });
            }
        }
    }

    /// Finds every role noun in `text[start..end]`, appending to `out`.
    pub fn find_agents(&self, text: &str, start: usize, end: usize, out: &mut Vec<AgentMatch>) {
        let input = aho_corasick::Input::new(text).span(start..end);
        for m in self.agent_automaton.find_iter(input) {
            if is_word_bounded(text, m.start(), m.end()) {
                out.push(AgentMatch {
                    start: m.start(),
                    end: m.end(),
                    agent: self.agent_codes[m.pattern().as_usize()],
                });
            }
        }
    }

    /// The text of name `name`.
    pub fn name_text(&self, name: u32) -> &str {
        &self.names[name as usize].text
    }

    /// The actor valid at `at` for a name. Where several actors share the name, one
    /// whose country is in `focus` (actors already seen nearby) wins, else the one
    /// listed first. Undated (`at == None`), the actor's longest-held row is used.
    pub fn resolve(&self, name: u32, at: Option<Interval>, focus: &[&str]) -> Option<Resolved<'_>> {
        let info = self.names.get(name as usize)?;
        let mut best: Option<(u32, u32, i64)> = None; // (actor, row, score)
        let mut valid = 0;
        for (rank, &a) in info.actors.iter().enumerate() {
            let actor = &self.actors[a as usize];
            let (row, fit) = self.pick_row(actor, at);
            let r = &self.rows[row as usize];
            if fit > 0 {
                valid += 1;
            }
            let in_focus = focus.contains(&r.country());
            // Overlap first, then focus, then listing order.
            let score = (fit.min(1) << 40) + ((in_focus as i64) << 30) - rank as i64;
            if best.is_none_or(|(_, _, s)| score > s) {
                best = Some((a, row, score));
            }
        }
        let (a, row, _) = best?;
        Some(self.resolved(a, row, valid.max(1) - 1))
    }

    /// The chosen row of an actor for a date and how well it fits (days of overlap;
    /// 0 when none overlaps and the nearest was taken).
    fn pick_row(&self, actor: &Actor, at: Option<Interval>) -> (u32, i64) {
        let Some(at) = at else {
            // Undated: the longest-held row.
            let row = *actor
                .rows
                .iter()
                .max_by_key(|&&r| span_days(&self.rows[r as usize]))
                .unwrap_or(&actor.rows[0]);
            return (row, 1);
        };
        let mut best = (actor.rows[0], i64::MIN);
        for &r in &actor.rows {
            let row = &self.rows[r as usize];
            let iv = row_interval(row);
            let score = match iv.intersect(&at) {
                Some(x) => x.days(),
                None => {
                    let gap = if iv.end < at.start {
                        at.start.to_days() - iv.end.to_days()
                    } else {
                        iv.start.to_days() - at.end.to_days()
                    };
                    -gap
                }
            };
            if score > best.1 {
                best = (r, score);
            }
        }
        (best.0, best.1.max(0))
    }

    fn resolved(&self, actor: u32, row: u32, alternatives: usize) -> Resolved<'_> {
        let a = &self.actors[actor as usize];
        let r = &self.rows[row as usize];
        let name = match r.kind {
            ActorKind::State | ActorKind::Place => self
                .country_name(r.country())
                .unwrap_or_else(|| a.names.first().map_or(&a.id, |s| s)),
            _ => a.names.first().map_or(&a.id, |s| s),
        };
        Resolved {
            row,
            id: &a.id,
            code: &r.code,
            country: r.country(),
            agent: r.agent(),
            name,
            label: &r.label,
            kind: r.kind,
            start: r.start,
            end: r.end,
            alternatives,
        }
    }

    /// The name of the polity of `country` at `at` (the state row overlapping it
    /// most); `None` when undated or unknown.
    pub fn polity(&self, country: &str, at: Option<Interval>) -> Option<&str> {
        let at = at?;
        let list = self.polities.get(country)?;
        list.iter()
            .filter_map(|&i| {
                let r = &self.rows[i as usize];
                row_interval(r).intersect(&at).map(|x| (x.days(), r))
            })
            .max_by_key(|(d, _)| *d)
            .map(|(_, r)| r.label.as_str())
    }

    /// The everyday name of a country or group code ("China" for CHN).
    pub fn country_name(&self, country: &str) -> Option<&str> {
        self.country_names.get(country).map(String::as_str)
    }

    /// The span of time an actor's chosen row holds, as an interval (open ends
    /// become the limits of the calendar annals uses).
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
        let Some(info) = self.names.iter().find(|n| n.text == text) else {
            return Vec::new();
        };
        info.actors
            .iter()
            .map(|&a| {
                let actor = &self.actors[a as usize];
                (
                    actor.id.as_str(),
                    actor.rows.iter().map(|&r| &self.rows[r as usize]).collect(),
                )
            })
            .collect()
    }

    /// The name index of an exact name text.
    pub fn name_index(&self, text: &str) -> Option<u32> {
        self.names
            .iter()
            .position(|n| n.text == text)
            .map(|i| i as u32)
    }

    /// Counts of what is loaded.
    pub fn stats(&self) -> Stats {
        let mut s = Stats {
            names: self.names.len(),
            agent_nouns: self.agents.len(),
            ..Stats::default()
        };
        let mut current = std::collections::HashSet::new();
        let mut kinds: HashMap<ActorKind, std::collections::HashSet<&str>> = HashMap::new();
        for r in &self.rows {
            kinds.entry(r.kind).or_default().insert(&r.id);
            match r.kind {
                ActorKind::State if is_polity(r) => {
                    if r.end.is_none() {
                        current.insert(r.code.as_str());
                    } else {
                        s.historical_polities += 1;
                    }
                }
                ActorKind::Place => s.places += 1,
                ActorKind::Person => s.roles += 1,
                _ => {}
            }
        }
        s.current_states = current.len();
        s.people = kinds.get(&ActorKind::Person).map_or(0, |k| k.len());
        s.organizations = kinds.get(&ActorKind::Organization).map_or(0, |k| k.len());
        s.groups = kinds.get(&ActorKind::Group).map_or(0, |k| k.len());
        s.agent_codes = self
            .agents
            .iter()
            .map(|a| a.agent.as_str())
            .collect::<std::collections::HashSet<_>>()
            .len();
        s
    }
}

/// A state row that names one polity of a country for a period (not the
/// country-wide row, which has no label).
pub(crate) fn is_polity(r: &Row) -> bool {
    r.kind == ActorKind::State && r.code.len() == 3 && !r.label.is_empty()
}

fn span_days(r: &Row) -> i64 {
    row_interval(r).days()
}

/// The interval a row holds; open ends reach far into the past or the future.
fn row_interval(r: &Row) -> Interval {
    Interval::new(
        r.start.unwrap_or(Date::year_start(-9999)),
        r.end.unwrap_or(Date::year_end(9999)),
    )
}

fn is_word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
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
mod tests_orgs;
#[cfg(test)]
mod tests_people_east;
#[cfg(test)]
mod tests_people_west;
#[cfg(test)]
mod tests_people_world;
#[cfg(test)]
mod tests_states;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn kb() -> &'static KnowledgeBase {
        static KB: OnceLock<KnowledgeBase> = OnceLock::new();
        KB.get_or_init(KnowledgeBase::builtin)
    }

    /// Resolves `text` (as written, "the" allowed) at `date` and checks the code
    /// and, when given, the polity.
    pub(crate) fn assert_resolves(text: &str, date: &str, code: &str, polity: &str) {
        let kb = kb();
        let bare = text
            .strip_prefix("the ")
            .or_else(|| text.strip_prefix("The "))
            .unwrap_or(text);
        let name = kb
            .name_index(bare)
            .unwrap_or_else(|| panic!("{text:?} is not a known name"));
        let at = (!date.is_empty()).then(|| {
            Interval::new(
                Date::parse_bound(date, false).expect("test date"),
                Date::parse_bound(date, true).expect("test date"),
            )
        });
        let r = kb.resolve(name, at, &[]).expect("known names resolve");
        assert_eq!(r.code, code, "{text:?} at {date:?}");
        if !polity.is_empty() {
            assert_eq!(
                kb.polity(r.country, at),
                Some(polity),
                "polity of {text:?} at {date:?}"
            );
        }
    }

    #[test]
    fn builtin_data_loads_without_problems() {
        let (kb, errors) = KnowledgeBase::load(&[]);
        let mut all: Vec<String> = errors.iter().map(ToString::to_string).collect();
        all.extend(check::check_rows(kb.rows()).iter().map(ToString::to_string));
        assert!(
            all.is_empty(),
            "{} problems:\n{}",
            all.len(),
            all.join("\n")
        );
    }

    #[test]
    fn user_rows_replace_rows_of_the_same_id() {
        let base = vec![(
            "states.tsv".to_string(),
            "X\tXXX\t1900\t1950\tOld\tXland\n".to_string(),
        )];
        let user = vec![(
            "mine/states.tsv".to_string(),
            "X\tYYY\t1900\t1950\tNew\tXland\n".to_string(),
        )];
        let (kb, errs) = KnowledgeBase::from_layers(base.into_iter(), user.into_iter());
        assert!(errs.is_empty());
        let r = kb
            .resolve(
                kb.name_index("Xland").unwrap(),
                Some(Interval::year(1920)),
                &[],
            )
            .unwrap();
        assert_eq!(r.code, "YYY");
    }

    #[test]
    fn names_match_whole_words_longest_first() {
        let kb = KnowledgeBase::builtin();
        let t = "The Republic of China and Russian settlers, not Russianness.";
        let mut m = Vec::new();
        kb.find_names(t, 0, t.len(), &mut m);
        let found: Vec<&str> = m.iter().map(|m| &t[m.start..m.end]).collect();
        assert_eq!(found, ["Republic of China", "Russian"]);
        let mut a = Vec::new();
        kb.find_agents(t, 0, t.len(), &mut a);
        assert_eq!(a.iter().map(|a| a.agent).collect::<Vec<_>>(), ["CVL"]);
    }
}
