//! CAMEO agent codes and the role nouns that stand for them.

use crate::{KbError, KbErrorKind};

/// The CAMEO agent (sector) codes annals knows, with their meaning.
pub const AGENT_CODES: &[(&str, &str)] = &[
    ("GOV", "government"),
    ("MIL", "military"),
    ("REB", "rebels"),
    ("OPP", "political opposition"),
    ("PTY", "political party"),
    ("COP", "police"),
    ("JUD", "judiciary"),
    ("SPY", "intelligence services"),
    ("INS", "insurgents"),
    ("SEP", "separatists"),
    ("UAF", "unidentified armed forces"),
    ("LEG", "legislature"),
    ("CVL", "civilians"),
    ("BUS", "business"),
    ("MED", "media"),
    ("EDU", "education"),
    ("HLH", "health"),
    ("LAB", "labour"),
    ("AGR", "agriculture"),
    ("CRM", "criminals"),
    ("ELI", "elites"),
    ("ENV", "environmental groups"),
    ("HRI", "human rights groups"),
    ("REF", "refugees"),
    ("MOD", "moderates"),
    ("RAD", "radicals"),
    ("REL", "religious groups"),
    ("DEV", "development"),
    ("ETH", "ethnic group"),
    ("SET", "settlers"),
];

/// Whether `code` is a known agent code.
pub fn is_agent_code(code: &str) -> bool {
    AGENT_CODES.iter().any(|&(c, _)| c == code)
}

/// One role noun and its agent code.
#[derive(Clone, Debug)]
pub struct AgentNoun {
    /// The noun, lowercase.
    pub noun: String,
    /// Its CAMEO agent code.
    pub agent: String,
    /// `file:line`.
    pub origin: String,
}

/// Parses an agents file: `agent<TAB>noun|noun|...`.
pub fn parse_agents(src: &str, file: &str, out: &mut Vec<AgentNoun>, errors: &mut Vec<KbError>) {
    for (i, line) in src.lines().enumerate() {
        let t = line.trim_end_matches('\r');
        if t.trim().is_empty() || t.starts_with('#') || t.starts_with("agent\t") {
            continue;
        }
        let origin = format!("{file}:{}", i + 1);
        let Some((agent, nouns)) = t.split_once('\t') else {
            errors.push(KbError {
                origin,
                kind: KbErrorKind::Fields(1),
            });
            continue;
        };
        let agent = agent.trim();
        if !is_agent_code(agent) {
            errors.push(KbError {
                origin,
                kind: KbErrorKind::BadAgent(agent.to_string()),
            });
            continue;
        }
        for n in nouns.split('|').map(str::trim).filter(|n| !n.is_empty()) {
            out.push(AgentNoun {
                noun: n.to_lowercase(),
                agent: agent.to_string(),
                origin: origin.clone(),
            });
        }
    }
}
