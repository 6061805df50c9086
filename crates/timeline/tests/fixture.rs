//! The timeline of a history whose turns are known: relations between Sweden
//! and Denmark from 1520 to 2020 (fixtures/swe-dnk.txt, written for annals,
//! and the events a coder should find in it, from scripts/timeline-fixture.py).

use annals_code::Event;
use annals_time::Date;
use annals_timeline::{Dyad, Options, Phase, Relation, Timeline, TimelineBuilder, Unit};

fn events() -> Vec<Event> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/swe-dnk.events.jsonl"
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn timeline(dyad: &str, directed: bool, opts: &Options) -> Timeline {
    let mut b = TimelineBuilder::new(Dyad::parse(dyad, directed).unwrap());
    events().into_iter().for_each(|e| b.add(e));
    b.build(opts)
}

fn phase_at(t: &Timeline, year: i32) -> &Phase {
    let mid = Date::new(year, 7, 1).unwrap();
    t.phases
        .iter()
        .find(|p| Date::parse(&p.start).unwrap() <= mid && mid <= Date::parse(&p.end).unwrap())
        .unwrap_or_else(|| panic!("no phase covers {year}"))
}

/// Wars the text tells of, and years of cooperation.
const WAR_YEARS: [i32; 7] = [1565, 1612, 1644, 1658, 1676, 1710, 1808];
const COOPERATION_YEARS: [i32; 7] = [1848, 1873, 1914, 1943, 1952, 1991, 2000];

#[test]
fn phases_follow_the_history() {
    let t = timeline("SWE-DNK", false, &Options::default());
    assert_eq!(
        (t.counts.events, t.counts.negated, t.counts.undated),
        (50, 1, 1)
    );
    for y in WAR_YEARS {
        let p = phase_at(&t, y);
        assert_eq!(p.relation, Relation::Hostile, "{y}: {p:?}");
        assert!(p.mean.unwrap() < -1.0, "{y}: {p:?}");
    }
    for y in COOPERATION_YEARS {
        let p = phase_at(&t, y);
        assert_eq!(p.relation, Relation::Cooperative, "{y}: {p:?}");
        assert!(p.mean.unwrap() > 1.0, "{y}: {p:?}");
    }
    // The peace after the Napoleonic wars: the long cooperation begins after
    // Kiel (January 1814) and no later than the help of 1848.
    let start = Date::parse(&phase_at(&t, 1848).start).unwrap().year;
    assert!((1814..=1848).contains(&start), "{start}");
    // The worst years are years of battle.
    let low: i32 = t.lowest.as_ref().unwrap().label.parse().unwrap();
    assert!(
        [1565, 1611, 1612, 1643, 1644, 1676, 1677, 1710].contains(&low),
        "{low}"
    );
}

#[test]
fn a_stricter_penalty_gives_fewer_longer_phases() {
    let loose = timeline("SWE-DNK", false, &Options::default());
    let strict = timeline(
        "SWE-DNK",
        false,
        &Options {
            penalty: Some(20.0),
            ..Options::default()
        },
    );
    assert!(
        strict.phases.len() < loose.phases.len(),
        "{} vs {}",
        strict.phases.len(),
        loose.phases.len()
    );
    // The broad arc survives: war in the 1600s, cooperation in the 1900s.
    assert_eq!(phase_at(&strict, 1644).relation, Relation::Hostile);
    assert_eq!(phase_at(&strict, 1952).relation, Relation::Cooperative);
}

#[test]
fn one_direction() {
    let t = timeline("SWE-DNK", true, &Options::default());
    // Swedish acts towards Denmark and mutual events only.
    assert!(t
        .events
        .iter()
        .all(|e| e.source == "SWE" || e.direction == annals_timeline::Direction::Mutual));
    assert!(
        t.events.iter().any(|e| e.cameo == "074"),
        "the help of 1848 is Swedish"
    );
    assert!(
        !t.events.iter().any(|e| e.id == "swe-dnk#0.0"),
        "the Danish executions of 1520 are not"
    );
}

#[test]
fn json_snapshot() {
    let t = timeline(
        "SWE-DNK",
        false,
        &Options {
            by: Some(Unit::Century),
            ..Options::default()
        },
    );
    let mut v = serde_json::to_value(&t).unwrap();
    // The event rows copy the input; keep what the timeline adds to them.
    let rows: Vec<String> = t
        .events
        .iter()
        .map(|e| format!("{} x={} {:?} phase {}", e.id, e.x, e.direction, e.phase))
        .collect();
    v["events"] = serde_json::json!(rows);
    insta::assert_json_snapshot!("swe-dnk-by-century", v);
}
