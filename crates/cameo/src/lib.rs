//! The CAMEO event ontology as annals uses it.
//!
//! One table, `dict/cameo/events.tsv`, embedded at compile time, gives for every
//! CAMEO event code its root, label, quad class, Goldstein score and PLOVER
//! category. It is parsed once, on first use, and shared read-only.
//!
//! ```
//! let t = annals_cameo::lookup("190").unwrap();
//! assert_eq!(t.root, "19");
//! assert_eq!(t.label, "Use conventional military force");
//! assert_eq!(t.quad_class, 4);
//! assert_eq!(t.goldstein, -10.0);
//! assert_eq!(t.plover, "ASSAULT");
//! assert!(annals_cameo::lookup("999").is_none());
//! ```
#![deny(missing_docs)]

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// The embedded table.
pub const EVENTS_TSV: &str = include_str!("../../../dict/cameo/events.tsv");

/// One CAMEO event code and its attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct EventType {
    /// The code: two to four digits (`19`, `190`, `1823`).
    pub code: String,
    /// The first two digits.
    pub root: String,
    /// The codebook's name for it.
    pub label: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein conflict-cooperation score, -10 to +10.
    pub goldstein: f32,
    /// PLOVER event category; empty where PLOVER has none (roots 01, 02).
    pub plover: String,
}

/// A malformed row of an event table.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct TableError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// The parsed table, keyed by code.
#[derive(Debug)]
pub struct Table {
    by_code: HashMap<String, EventType>,
}

impl Table {
    /// Parses a table in the format of `events.tsv`.
    pub fn parse(src: &str) -> Result<Table, TableError> {
        let mut by_code = HashMap::default();
        for (i, line) in src.lines().enumerate() {
            let line_no = i + 1;
            if line.starts_with('#') || line.trim().is_empty() || line.starts_with("code\t") {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let err = |m: &str| TableError {
                line: line_no,
                message: m.to_string(),
            };
            if f.len() < 6 {
                return Err(err("expected 6 tab-separated fields"));
            }
            let code = f[0].to_string();
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err("code must be 2 to 4 digits"));
            }
            if f[1] != &code[..2] {
                return Err(err("root must be the code's first two digits"));
            }
            let quad_class: u8 = f[3].parse().map_err(|_| err("bad quad class"))?;
            let goldstein: f32 = f[4].parse().map_err(|_| err("bad Goldstein score"))?;
            if !(1..=4).contains(&quad_class) || !(-10.0..=10.0).contains(&goldstein) {
                return Err(err("quad class or Goldstein score out of range"));
            }
            let t = EventType {
                root: f[1].to_string(),
                label: f[2].to_string(),
                quad_class,
                goldstein,
                plover: f[5].to_string(),
                code: code.clone(),
            };
            if by_code.insert(code, t).is_some() {
                return Err(err("duplicate code"));
            }
        }
        Ok(Table { by_code })
    }

    /// The entry for `code`.
    pub fn get(&self, code: &str) -> Option<&EventType> {
        self.by_code.get(code)
    }

    /// All entries, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &EventType> {
        self.by_code.values()
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        self.by_code.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.by_code.is_empty()
    }
}

/// The built-in table.
pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::parse(EVENTS_TSV).expect("built-in CAMEO table is valid (tested)"))
}

/// The built-in entry for `code`.
pub fn lookup(code: &str) -> Option<&'static EventType> {
    table().get(code)
}

/// Names of the four quad classes, by number.
pub fn quad_class_name(q: u8) -> &'static str {
    match q {
        1 => "verbal cooperation",
        2 => "material cooperation",
        3 => "verbal conflict",
        _ => "material conflict",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_table_parses_and_covers_all_roots() {
        let t = table();
        assert!(t.len() > 300);
        for r in 1..=20 {
            let root = format!("{r:02}");
            assert!(t.get(&root).is_some(), "root {root}");
        }
    }

    #[test]
    fn every_code_is_consistent_with_its_root() {
        for e in table().iter() {
            let root = table().get(&e.root).unwrap();
            assert_eq!(e.quad_class, root.quad_class, "{}", e.code);
            if e.root != "01" && e.root != "02" {
                assert!(!e.plover.is_empty(), "{} has no PLOVER category", e.code);
            }
        }
    }

    #[test]
    fn known_figures() {
        assert_eq!(lookup("057").unwrap().goldstein, 8.0);
        assert_eq!(lookup("0874").unwrap().plover, "RETREAT");
        assert_eq!(lookup("163").unwrap().plover, "COERCE");
    }

    #[test]
    fn malformed_rows_name_their_line() {
        let e =
            Table::parse("code\troot\tlabel\tq\tg\tp\n190\t18\tx\t4\t-10\tASSAULT\n").unwrap_err();
        assert_eq!(e.line, 2);
    }
}
