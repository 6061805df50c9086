//! Validation of dictionaries: what `annals dict check` reports.
//!
//! Beyond rows that do not parse (reported by the loader): codes whose country
//! or group no state or group row defines, agent codes CAMEO does not know,
//! a country with two country rows, polity periods of one country that overlap,
//! terms of one office that overlap, periods of one place held by two states
//! at once, and one name that means different countries
//! at the same time (unless all but one of its readings are marked secondary
//! with a leading `~`).

use std::collections::{HashMap, HashSet};

use crate::codes::RELIGION_CODES;
use crate::{
    is_agent_code, is_group_code, is_polity, row_interval, ActorKind, KbError, KbErrorKind, Row,
};

/// Checks loaded rows for contradictions. Parse errors are reported by the loader.
pub fn check_rows(rows: &[Row]) -> Vec<KbError> {
    let mut errors = Vec::new();
    unknown_codes(rows, &mut errors);
    duplicate_countries(rows, &mut errors);
    overlapping_polities(rows, &mut errors);
    overlapping_terms(rows, &mut errors);
    overlapping_holders(rows, &mut errors);
    conflicting_names(rows, &mut errors);
    errors
}

fn error(r: &Row, kind: KbErrorKind) -> KbError {
    KbError {
        origin: r.origin.clone(),
        kind,
    }
}

/// Every code's first three letters must be a country or group that a state or
/// group row defines (or one of CAMEO's international codes); where they name a
/// country, the next three must be a CAMEO agent (or religion) code.
fn unknown_codes(rows: &[Row], errors: &mut Vec<KbError>) {
    let defined: HashSet<&str> = rows
        .iter()
        .filter(|r| matches!(r.kind, ActorKind::State | ActorKind::Group) && r.code.len() == 3)
        .map(|r| r.code.as_str())
        .collect();
    for r in rows {
        let country = r.country();
        let international = is_group_code(country);
        if !international && !defined.contains(country) {
            errors.push(error(r, KbErrorKind::UnknownCode(country.to_string())));
            continue;
        }
        if let Some(second) = r.code.get(3..6) {
            if !international && !is_agent_code(second) && !RELIGION_CODES.contains(&second) {
                errors.push(error(r, KbErrorKind::BadAgent(second.to_string())));
            }
        }
    }
}

fn duplicate_countries(rows: &[Row], errors: &mut Vec<KbError>) {
    let mut first: HashMap<&str, &Row> = HashMap::new();
    for r in rows.iter().filter(|r| r.is_country_row()) {
        if let Some(f) = first.get(r.code.as_str()) {
            if f.id != r.id {
                let m = format!(
                    "a second country row for {} ({}; the first is {})",
                    r.code, r.id, f.origin
                );
                errors.push(error(r, KbErrorKind::Duplicate(m)));
            }
        } else {
            first.insert(&r.code, r);
        }
    }
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
                let m = format!(
                    "polity {:?} ({}) overlaps {:?} ({}) for {}",
                    a.label, a.id, b.label, b.origin, a.code
                );
                KbErrorKind::Overlap(m)
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
                let m = format!(
                    "term of {} as {:?} overlaps that of {} ({})",
                    a.id, a.label, b.id, b.origin
                );
                KbErrorKind::Overlap(m)
            })
        });
    }
}

/// A place is held by one state at a time: the rows of one place id may not
/// share a day (the new holder's row begins the day after the old one ends).
fn overlapping_holders(rows: &[Row], errors: &mut Vec<KbError>) {
    let mut by_place: HashMap<&str, Vec<&Row>> = HashMap::new();
    for r in rows.iter().filter(|r| r.kind == ActorKind::Place) {
        by_place.entry(&r.id).or_default().push(r);
    }
    for list in by_place.values() {
        pairs(list, errors, |a, b| {
            row_interval(a).overlaps(&row_interval(b)).then(|| {
                let m = format!(
                    "place {} held by {} overlaps its period under {} ({})",
                    a.id, a.code, b.code, b.origin
                );
                KbErrorKind::Overlap(m)
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
    // The names of an id are given on any of its rows and hold for all of them.
    let mut names_of: HashMap<&str, HashSet<&str>> = HashMap::new();
    let mut secondary: HashSet<(&str, &str)> = HashSet::new();
    for r in rows {
        for n in &r.names {
            let bare = n.trim_start_matches('~');
            names_of.entry(&r.id).or_default().insert(bare);
            if n.starts_with('~') {
                secondary.insert((r.id.as_str(), bare));
            }
        }
    }
    let mut by_name: HashMap<&str, Vec<&Row>> = HashMap::new();
    for r in rows {
        for &n in names_of.get(r.id.as_str()).into_iter().flatten() {
            if !secondary.contains(&(r.id.as_str(), n)) {
                by_name.entry(n).or_default().push(r);
            }
        }
    }
    let mut seen = HashSet::new();
    let mut names: Vec<_> = by_name.into_iter().collect();
    names.sort_by_key(|(n, _)| *n);
    for (name, list) in names {
        pairs(&list, errors, |a, b| {
            let clash = a.id != b.id
                && a.country() != b.country()
                && shared_days(a, b) > 0
                && seen.insert((name, a.country().to_string(), b.country().to_string()));
            clash.then(|| {
                KbErrorKind::Conflict(format!(
                    "name {name:?} means {} ({}) and {} ({}) at the same time; mark all readings but the most common with a leading '~'",
                    a.code, a.id, b.code, b.origin
                ))
            })
        });
    }
}

fn pairs<'a>(
    list: &[&'a Row],
    errors: &mut Vec<KbError>,
    mut f: impl FnMut(&'a Row, &'a Row) -> Option<KbErrorKind>,
) {
    for (i, a) in list.iter().enumerate() {
        for b in &list[i + 1..] {
            if let Some(kind) = f(a, b) {
                errors.push(KbError {
                    origin: a.origin.clone(),
                    kind,
                });
            }
        }
    }
}
