//! Counts of what a knowledge base holds (`annals dict stats`).

use std::collections::HashSet;

use crate::{is_polity, ActorKind, KnowledgeBase};

/// Counts of what a knowledge base holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Countries: distinct codes with a country row.
    pub countries: usize,
    /// Countries tagged `member` (UN member states).
    pub un_members: usize,
    /// Countries tagged `observer` (UN observer states).
    pub un_observers: usize,
    /// Countries tagged `partial` (partially recognized states).
    pub partially_recognized: usize,
    /// Countries tagged `territory` (dependent or autonomous territories).
    pub territories: usize,
    /// Current states: distinct codes with an open-ended polity row, territories excluded.
    pub current_states: usize,
    /// Historical polities: distinct polities (ids) whose rows have ended.
    pub historical_polities: usize,
    /// Places (distinct).
    pub places: usize,
    /// Dated rows of places (a capital that moved or was renamed has several).
    pub place_rows: usize,
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
    /// Names with more than one reading.
    pub ambiguous_names: usize,
    /// All actor rows.
    pub rows: usize,
}

impl KnowledgeBase {
    /// Counts of what is loaded.
    pub fn stats(&self) -> Stats {
        let mut s = Stats {
            names: self.names.len(),
            agent_nouns: self.agents.len(),
            rows: self.rows.len(),
            ..Stats::default()
        };
        let mut ids: [HashSet<&str>; 5] = Default::default();
        let mut countries = HashSet::new();
        let mut territories = HashSet::new();
        let mut current = HashSet::new();
        let mut historical = HashSet::new();
        for r in &self.rows {
            ids[r.kind as usize].insert(&r.id);
            if r.is_country_row() {
                countries.insert(r.code.as_str());
                s.un_members += r.has_tag("member") as usize;
                s.un_observers += r.has_tag("observer") as usize;
                s.partially_recognized += r.has_tag("partial") as usize;
                if r.has_tag("territory") {
                    territories.insert(r.code.as_str());
                }
            } else if is_polity(r) {
                if r.end.is_none() {
                    current.insert(r.code.as_str());
                } else {
                    historical.insert(r.id.as_str());
                }
            }
            match r.kind {
                ActorKind::Place => s.place_rows += 1,
                ActorKind::Person => s.roles += 1,
                _ => {}
            }
        }
        s.countries = countries.len();
        s.historical_polities = historical.difference(&current_ids(self)).count();
        s.territories = territories.len();
        s.current_states = current.difference(&territories).count();
        s.places = ids[ActorKind::Place as usize].len();
        s.people = ids[ActorKind::Person as usize].len();
        s.organizations = ids[ActorKind::Organization as usize].len();
        s.groups = ids[ActorKind::Group as usize].len();
        s.agent_codes = self
            .agents
            .iter()
            .map(|a| a.agent.as_str())
            .collect::<HashSet<_>>()
            .len();
        s.ambiguous_names = self.names.iter().filter(|n| n.readings.len() > 1).count();
        s
    }
}

/// Ids of polities still current (an id whose last row is open is not historical,
/// even if an earlier row of it ended).
fn current_ids(kb: &KnowledgeBase) -> HashSet<&str> {
    kb.rows
        .iter()
        .filter(|r| is_polity(r) && r.end.is_none())
        .map(|r| r.id.as_str())
        .collect()
}
