//! The phases of the seed history (China and Russia): `annals timeline` on the
//! seed's own events follows the turns its text tells. The years checked are
//! ones the text sets in a period; the boundaries between them are left to
//! the segmentation.

use serde_json::Value;

use crate::util::{stderr, stdout, Dir};

use super::seed::seed_path;
use super::timeline::phases_over;

/// The seed's CHN-RUS timeline as JSON.
fn timeline() -> Value {
    let dir = Dir::new();
    let seed = seed_path().display().to_string();
    let o = dir.run(&["code", "--dct", "2026-11-28", &seed, "-o", "events.jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = dir.run(&[
        "timeline",
        "--dyad",
        "CHN-RUS",
        "--format",
        "json",
        "events.jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str(&stdout(&o)).expect("a JSON timeline")
}

/// The relation the timeline gives year `y`.
fn relation_in(t: &Value, y: i32) -> String {
    let phases = phases_over(t, y, y);
    assert_eq!(phases.len(), 1, "{y}: {phases:?}");
    phases[0].2.clone()
}

#[test]
fn the_seed_phases_follow_its_history() {
    let t = timeline();
    let expected = [
        // Fighting on the Amur until Nerchinsk, then peace and trade.
        (1660, "hostile"),
        (1690, "cooperative"),
        // The unequal treaties, and the intervention against the Reds until
        // the Reds won the civil war.
        (1860, "hostile"),
        (1917, "hostile"),
        (1920, "hostile"),
        // Aid to the Kuomintang and diplomatic ties in the 1920s, then the wars.
        (1925, "cooperative"),
        (1932, "hostile"),
        // The alliance, the split, reconciliation and the years since 1991.
        (1950, "cooperative"),
        (1965, "hostile"),
        (1969, "hostile"),
        (1975, "hostile"),
        (1985, "cooperative"),
        (2000, "cooperative"),
    ];
    let got: Vec<(i32, String)> = expected
        .iter()
        .map(|(y, _)| (*y, relation_in(&t, *y)))
        .collect();
    let want: Vec<(i32, String)> = expected.iter().map(|(y, r)| (*y, r.to_string())).collect();
    assert_eq!(got, want);
    // 1969, the border war, is the low point of the split.
    let split = t["phases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["start"].as_str().unwrap() <= "1969" && p["end"].as_str().unwrap() >= "1969")
        .expect("a phase over 1969");
    let lowest = &split["lowest"];
    assert_eq!(lowest["label"], "1969", "{split}");
}
