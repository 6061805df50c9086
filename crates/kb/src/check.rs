//! Validation of dictionaries: what `annals dict check` reports.
//!
//! Beyond rows that do not parse: polity periods of one country that overlap,
//! terms of one office that overlap, and one name that means different countries
//! at the same time (unless the name is marked ambiguous with a leading `~`).

use std::collections::HashMap;

use crate::{is_polity, row_interval, ActorKind, KbError, KbErrorKind, Row};

/// Checks loaded rows for contradictions. Parse errors are reported by the loader.
pub fn check_rows(rows: &[Row]) -> Vec<KbError> {
    let mut errors = Vec::new();
    overlapping_polities(rows, &mut errors);
    overlapping_terms(rows, &mut errors);
    conflicting_names(rows, &mut errors);
    errors
}

/// Days two rows share (0 when they at most touch on one day).
fn shared_days(a: &Row, b: &Row) -> i64 {
    row_interval(a)
        .intersect(&row_interval(b))
        .map_or(0, |x| x.days() - 1)
}

fn overlapping_polities(rows: &[Row], errors: &mut Vec<KbError>) {
    let mut by_country: HashMap<&str, Vec<&Row>> = HashMap::new();
    for r in rows.iter().filter(|r| is_polity(r)) {
        by_country.entry(&r.code).or_default().push(r);
    }
    for list in by_country.values() {
        pairs(list, errors, |a, b| {
            (a.id != b.id && shared_days(a, b) > 0).then(|| {
                format!(
                    "polity {:?} ({}) overlaps {:?} ({}) for {}",
                    a.label, a.id, b.label, b.origin, a.code
                )
            })
        });
    }
}

fn overlapping_terms(rows: &[Row], errors: &mut Vec<KbError>) {
    let mut by_office: HashMap<(&str, &str), Vec<&Row>> = HashMap::new();
    for r in rows
        .iter()
        .filter(|r| r.kind == ActorKind::Person && is_single_office(&r.label))
    {
        by_office
            .entry((r.country(), r.label.as_str()))
            .or_default()
            .push(r);
    }
    for list in by_office.values() {
        pairs(list, errors, |a, b| {
            (a.id != b.id && shared_days(a, b) > 0).then(|| {
                format!(
                    "term of {} as {:?} overlaps that of {} ({})",
                    a.id, a.label, b.id, b.origin
                )
            })
        });
    }
}

/// Offices held by one person at a time (not "general", "minister", "leader").
fn is_single_office(label: &str) -> bool {
    let l = label.to_ascii_lowercase();
    [
        "president",
        "prime minister",
        "chancellor",
        "premier",
        "emperor",
        "empress",
        "king",
        "queen",
        "tsar",
        "general secretary",
        "chairman",
        "head of state",
        "head of government",
        "supreme leader",
        "shah",
        "sultan",
    ]
    .iter()
    .any(|o| l.starts_with(o))
        && !l.contains("acting")
        && !l.contains(" of the ") // "president of the party" style roles are not state offices
}

fn conflicting_names(rows: &[Row], errors: &mut Vec<KbError>) {
    let mut by_name: HashMap<&str, Vec<&Row>> = HashMap::new();
    let mut names_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in rows {
        names_of
            .entry(&r.id)
            .or_default()
            .extend(r.names.iter().map(String::as_str));
    }
    for r in rows {
        for n in &names_of[r.id.as_str()] {
            if !n.starts_with('~') {
                by_name.entry(n).or_default().push(r);
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (name, list) in by_name {
        pairs(&list, errors, |a, b| {
            let clash = a.id != b.id
                && a.country() != b.country()
                && shared_days(a, b) > 0
                && seen.insert((name, a.country().to_string(), b.country().to_string()));
            clash.then(|| {
                format!("name {name:?} means {} ({}) and {} ({}) at the same time; mark it ambiguous with a leading '~'", a.code, a.id, b.code, b.origin)
            })
        });
    }
}

fn pairs<'a>(
    list: &[&'a Row],
    errors: &mut Vec<KbError>,
    mut f: impl FnMut(&'a Row, &'a Row) -> Option<String>,
) {
    for (i, a) in list.iter().enumerate() {
        for b in &list[i + 1..] {
            if let Some(m) = f(a, b) {
                let kind = if m.starts_with("name") {
                    KbErrorKind::Conflict(m)
                } else {
                    KbErrorKind::Overlap(m)
                };
                errors.push(KbError {
                    origin: a.origin.clone(),
                    kind,
                });
            }
        }
    }
}
