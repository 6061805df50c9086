//! End to end: `annals code` on the bundled Sweden–Denmark history, then
//! `annals timeline` on its events. The phases must have the signs of the
//! history the text tells: its wars hostile, the long peace of the eighteenth
//! century and the time since the Nordic Council not.

use serde_json::Value;

use crate::util::{stderr, stdout, Dir};

use super::example;

/// The wars the example tells, first and last year.
const WARS: &[(i32, i32)] = &[
    (1563, 1570),
    (1611, 1613),
    (1643, 1645),
    (1657, 1660),
    (1675, 1679),
    (1700, 1720),
];

/// Codes the example and builds the SWE-DNK timeline as JSON.
fn timeline(dir: &Dir) -> Value {
    let o = dir.run(&[
        "code",
        "--dct",
        "2025-01-01",
        &example("sweden-denmark.txt"),
        "-o",
        "events.jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let events = std::fs::read_to_string(dir.path().join("events.jsonl")).unwrap();
    assert!(events.lines().count() >= 15, "{events}");
    let o = dir.run(&[
        "timeline",
        "--dyad",
        "SWE-DNK",
        "--format",
        "json",
        "events.jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str(&stdout(&o)).expect("a JSON timeline")
}

fn year(date: &Value) -> i32 {
    date.as_str().unwrap()[..4].parse().unwrap()
}

/// The phases that overlap the years `from..=to`, as (start year, end year, relation).
pub(super) fn phases_over(t: &Value, from: i32, to: i32) -> Vec<(i32, i32, String)> {
    t["phases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                year(&p["start"]),
                year(&p["end"]),
                p["relation"].as_str().unwrap().to_string(),
            )
        })
        .filter(|(a, b, _)| *a <= to && *b >= from)
        .collect()
}

/// The mean Goldstein score of the periods overlapping `from..=to`, weighted by their events.
fn mean_over(t: &Value, from: i32, to: i32) -> Option<f64> {
    let (mut sum, mut n) = (0.0, 0.0);
    for p in t["periods"].as_array().unwrap() {
        if year(&p["start"]) <= to && year(&p["end"]) >= from {
            sum += p["goldstein_sum"].as_f64().unwrap_or(0.0);
            n += p["events"].as_f64().unwrap();
        }
    }
    (n > 0.0).then(|| sum / n)
}

#[test]
fn each_war_falls_in_a_hostile_phase_and_scores_below_zero() {
    let dir = Dir::new();
    let t = timeline(&dir);
    for &(from, to) in WARS {
        // A war that ends in a peace treaty may share its last years with a
        // cooperative phase, but some phase over the war is hostile...
        let phases = phases_over(&t, from, to);
        assert!(
            phases.iter().any(|p| p.2 == "hostile"),
            "war of {from}-{to}: phases {phases:?}"
        );
        // ...and the periods over it, taken together, lean to conflict.
        let mean =
            mean_over(&t, from, to).unwrap_or_else(|| panic!("war of {from}-{to}: no events"));
        assert!(mean < 0.0, "war of {from}-{to}: mean Goldstein {mean}");
    }
}

#[test]
fn a_war_is_hostile_in_its_silent_middle_years_too() {
    // A war goes on between the battles the text tells: the years strictly
    // inside each war lie in a hostile phase, told of or not.
    let dir = Dir::new();
    let t = timeline(&dir);
    for &(from, to) in WARS {
        for y in from + 1..to {
            let phases = phases_over(&t, y, y);
            assert!(
                phases.iter().all(|p| p.2 == "hostile"),
                "{y}, inside the war of {from}-{to}: {phases:?}"
            );
        }
    }
}

#[test]
fn the_eighteenth_century_after_1720_is_not_hostile() {
    let dir = Dir::new();
    let t = timeline(&dir);
    let phases = phases_over(&t, 1721, 1800);
    assert!(!phases.is_empty());
    assert!(phases.iter().all(|p| p.2 != "hostile"), "{phases:?}");
    // The peace of 1720 itself is on the cooperative side.
    let mean = mean_over(&t, 1720, 1729).expect("the peace of 1720");
    assert!(mean > 0.0, "{mean}");
}

#[test]
fn the_time_since_the_nordic_council_is_not_hostile() {
    let dir = Dir::new();
    let t = timeline(&dir);
    let phases = phases_over(&t, 1953, 2024);
    assert!(!phases.is_empty());
    assert!(phases.iter().all(|p| p.2 != "hostile"), "{phases:?}");
    assert!(phases.iter().any(|p| p.2 == "cooperative"), "{phases:?}");
}

#[test]
fn the_timeline_keeps_only_the_dyad_and_counts_every_event() {
    let dir = Dir::new();
    let t = timeline(&dir);
    let all: Vec<Value> = std::fs::read_to_string(dir.path().join("events.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let country = |e: &Value, r: &str| e[r]["country"].as_str().unwrap_or("").to_string();
    let dyad = all
        .iter()
        .filter(|e| {
            let (s, g) = (country(e, "source"), country(e, "target"));
            e["negated"] == false
                && !e["date"].is_null()
                && ((s == "SWE" && g == "DNK") || (s == "DNK" && g == "SWE"))
        })
        .count();
    assert_eq!(t["counts"]["events"].as_u64().unwrap() as usize, dyad);
    let total: f64 = t["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["events"].as_f64().unwrap())
        .sum();
    assert!((total - dyad as f64).abs() < 0.05, "{total} vs {dyad}");
}
