//! The seed history (China and Russia, 1640s to today, read from ../shared beside
//! the repository, or ANNALS_SHARED): paragraph by paragraph, the interactions it
//! tells come out with the right dyad, the right kind (conflict or cooperation, by
//! quad class) and a date interval that overlaps the period the text gives.
//!
//! Events are picked by a few words of their sentence; nothing else of the seed
//! is written here, and nothing in the coder is tuned to it.

use std::path::PathBuf;
use std::sync::OnceLock;

use serde_json::Value;

use crate::util::{repo, stderr, stdout, Dir};

/// The seed document: ../shared beside the repository, or under ANNALS_SHARED.
pub(super) fn seed_path() -> PathBuf {
    let root = repo();
    let candidates = [root.join("../shared"), root.join("../../shared")];
    let shared = std::env::var_os("ANNALS_SHARED")
        .map(PathBuf::from)
        .or_else(|| candidates.into_iter().find(|p| p.is_dir()))
        .expect("the shared directory (../shared beside the repository, or ANNALS_SHARED)");
    let seed = shared.join("seed/000_ad2d2dcefd6c63fd.txt");
    assert!(seed.is_file(), "no seed at {}", seed.display());
    seed
}

/// The seed's events, coded once for all tests with the date the issue gives.
fn events() -> &'static [Value] {
    static EVENTS: OnceLock<Vec<Value>> = OnceLock::new();
    EVENTS.get_or_init(|| {
        let seed = seed_path();
        let dir = Dir::new();
        let o = dir.run(&["code", "--dct", "2026-11-28", &seed.display().to_string()]);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    })
}

/// What kind of interaction: by quad class, 1-2 cooperation, 3-4 conflict.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Cooperation,
    Conflict,
}

/// Who acts on whom: a direction, or either way (for mutual events).
#[derive(Clone, Copy, Debug)]
enum Dyad {
    From(&'static str, &'static str),
    Between(&'static str, &'static str),
}

fn country<'a>(e: &'a Value, role: &str) -> &'a str {
    e[role]["country"].as_str().unwrap_or("-")
}

fn kind(e: &Value) -> Kind {
    match e["event"]["quad_class"].as_u64().unwrap() {
        1 | 2 => Kind::Cooperation,
        _ => Kind::Conflict,
    }
}

fn dyad_fits(e: &Value, d: Dyad) -> bool {
    let (s, t) = (country(e, "source"), country(e, "target"));
    match d {
        Dyad::From(a, b) => s == a && t == b || e["symmetric"] == true && s == b && t == a,
        Dyad::Between(a, b) => (s == a && t == b) || (s == b && t == a),
    }
}

/// Whether the event's date interval overlaps the years `from..=to`.
fn overlaps(e: &Value, from: i32, to: i32) -> bool {
    let d = &e["date"];
    if d.is_null() {
        return false;
    }
    let year = |k: &str| d[k].as_str().unwrap()[..4].parse::<i32>().unwrap();
    year("start") <= to && year("end") >= from
}

fn line(e: &Value) -> String {
    format!(
        "  {} {} -> {} q{} {}{} [{} {}] {:?}",
        e["event"]["cameo"].as_str().unwrap(),
        e["source"]["code"].as_str().unwrap_or("-"),
        e["target"]["code"].as_str().unwrap_or("-"),
        e["event"]["quad_class"],
        if e["symmetric"] == true {
            "symmetric "
        } else {
            ""
        },
        if e["negated"] == true { "negated" } else { "" },
        e["date"]["edtf"].as_str().unwrap_or("undated"),
        e["date"]["basis"].as_str().unwrap_or(""),
        e["trigger"]["text"].as_str().unwrap()
    )
}

/// Finds, in the sentence holding `words`, the event triggered by words starting
/// with `trigger` that happened (not negated) with the dyad, the kind and a date
/// overlapping `from..=to`; fails with what was found instead.
fn expect(
    what: &str,
    (words, trigger): (&str, &str),
    dyad: Dyad,
    want: Kind,
    (from, to): (i32, i32),
) -> &'static Value {
    let in_sentence: Vec<&Value> = events()
        .iter()
        .filter(|e| e["text"].as_str().unwrap().contains(words))
        .collect();
    assert!(
        !in_sentence.is_empty(),
        "{what}: no event at all in the sentence with {words:?}"
    );
    in_sentence
        .iter()
        .copied()
        .find(|e| {
            e["trigger"]["text"].as_str().unwrap().starts_with(trigger)
                && e["negated"] == false
                && dyad_fits(e, dyad)
                && kind(e) == want
                && overlaps(e, from, to)
        })
        .unwrap_or_else(|| {
            panic!(
                "{what}: no {want:?} event {dyad:?} from {trigger:?} dated within {from}-{to} \
                 in the sentence with {words:?}; found:\n{}",
                in_sentence
                    .iter()
                    .map(|e| line(e))
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        })
}

use Dyad::{Between, From};
use Kind::{Conflict, Cooperation};

const CHN_RUS: Dyad = Between("CHN", "RUS");

#[test]
fn fighting_on_the_amur_1652_to_1689() {
    let e = expect(
        "the Amur fighting",
        ("the Russian settlers out", "drove"),
        From("CHN", "RUS"),
        Conflict,
        (1652, 1689),
    );
    // A possessive agent: the armies are China's military; the settlers Russian civilians.
    assert_eq!(e["source"]["code"], "CHNMIL");
    assert_eq!(e["event"]["root"], "19");
}

#[test]
fn peace_and_trade_after_1689() {
    let words = "made peace and established trade";
    expect(
        "the peace of 1689",
        (words, "made peace"),
        CHN_RUS,
        Cooperation,
        (1689, 1727),
    );
    // Coordinated verbs: the trade agreements are an event of their own.
    expect(
        "the trade of 1689",
        (words, "established"),
        CHN_RUS,
        Cooperation,
        (1689, 1727),
    );
}

#[test]
fn unequal_treaties_of_the_mid_nineteenth_century() {
    // CAMEO codes the signing itself as an agreement; the coercion is told by the
    // annexation and the concessions around it.
    let words = ("signed unequal treaties", "signed");
    let e = expect(
        "the unequal treaties",
        words,
        CHN_RUS,
        Cooperation,
        (1840, 1870),
    );
    assert_eq!(e["event"]["root"], "05");
    // Coordinated objects ("Western countries and Russia"): an event per actor.
    expect(
        "the treaties with the West",
        words,
        Between("CHN", "WST"),
        Cooperation,
        (1840, 1870),
    );
}

#[test]
fn the_annexation_of_the_amur_basin() {
    let e = expect(
        "the annexation",
        ("annexed the Amur basin", "annexed"),
        From("RUS", "CHN"),
        Conflict,
        (1850, 1870),
    );
    assert_eq!(e["event"]["cameo"], "192");
}

#[test]
fn concessions_exacted_from_china() {
    expect(
        "the concessions",
        ("exacted many other concessions", "exacted"),
        From("RUS", "CHN"),
        Conflict,
        (1850, 1900),
    );
}

#[test]
fn the_republic_was_forced_into_more_treaties() {
    // Being forced to sign is coercion by the partner, not cooperation.
    let e = expect(
        "the Beiyang treaties",
        ("forced to sign more unequal treaties", "forced"),
        CHN_RUS,
        Conflict,
        (1911, 1928),
    );
    assert_eq!(
        e["source"]["code"], "RUS",
        "Russia forced the treaties on China"
    );
    assert!(
        e["target"]["code"].as_str().unwrap().starts_with("CHN"),
        "China was forced"
    );
}

#[test]
fn soviet_aid_to_the_kuomintang_in_1923() {
    let words = "provided aid and support to the Kuomintang";
    let e = expect(
        "the aid of 1923",
        (words, "provided"),
        From("RUS", "CHN"),
        Cooperation,
        (1923, 1923),
    );
    assert_eq!(e["event"]["root"], "07");
    // "aid and support" is one act of aid.
    let n = events()
        .iter()
        .filter(|e| e["text"].as_str().unwrap().contains(words) && e["event"]["root"] == "07")
        .count();
    assert_eq!(n, 1);
}

#[test]
fn diplomatic_ties_in_1928() {
    let e = expect(
        "the ties of 1928",
        ("both countries established diplomatic ties", "established"),
        CHN_RUS,
        Cooperation,
        (1928, 1928),
    );
    assert_eq!(e["symmetric"], true, "'both countries' is one mutual event");
}

#[test]
fn wars_of_the_1920s_and_1930s() {
    let words = "both countries fought two wars";
    let e = expect(
        "the wars",
        (words, "fought"),
        CHN_RUS,
        Conflict,
        (1928, 1938),
    );
    assert_eq!(e["event"]["root"], "19");
    assert_eq!(e["symmetric"], true);
    expect(
        "fractious relations",
        (words, "relations"),
        CHN_RUS,
        Conflict,
        (1928, 1938),
    );
}

#[test]
fn soviet_help_against_japan() {
    expect(
        "help against Japan",
        ("helped Chiang Kai-shek", "helped"),
        From("RUS", "CHN"),
        Cooperation,
        (1928, 1945),
    );
}

#[test]
fn the_alliance_of_1949() {
    expect(
        "the alliance",
        ("made an alliance with the Soviets", "made an alliance"),
        CHN_RUS,
        Cooperation,
        (1949, 1950),
    );
    expect(
        "Soviet support",
        ("with Soviet support", "support"),
        From("RUS", "CHN"),
        Cooperation,
        (1949, 1949),
    );
}

#[test]
fn criticism_and_split_1956_to_1961() {
    let e = expect(
        "mutual criticism",
        ("criticise each other", "criticise"),
        CHN_RUS,
        Conflict,
        (1956, 1961),
    );
    assert_eq!(
        e["symmetric"], true,
        "'both regimes ... each other' is one mutual event"
    );
    let words = "accused the Soviet leadership";
    expect(
        "the accusation",
        (words, "accused"),
        From("CHN", "RUS"),
        Conflict,
        (1961, 1961),
    );
    expect(
        "the split",
        (words, "alliance"),
        CHN_RUS,
        Conflict,
        (1961, 1961),
    );
}

#[test]
fn the_border_war_of_1969() {
    let e = expect(
        "the border war",
        ("brief border war", "border war"),
        CHN_RUS,
        Conflict,
        (1969, 1969),
    );
    assert_eq!(
        (e["event"]["root"].as_str(), e["symmetric"].as_bool()),
        (Some("19"), Some(true))
    );
    assert_eq!(e["date"]["basis"], "explicit");
}

#[test]
fn reconciliation_in_1982() {
    let words = "offering reconciliation";
    expect(
        "the offer of reconciliation",
        (words, "offering"),
        From("RUS", "CHN"),
        Cooperation,
        (1982, 1982),
    );
    expect(
        "Deng's answer",
        (words, "agreed"),
        From("CHN", "RUS"),
        Cooperation,
        (1982, 1982),
    );
}

#[test]
fn fewer_garrisons_and_more_trade_in_1985() {
    let words = "reduced the Soviet garrisons";
    expect(
        "the garrisons",
        (words, "reduced the Soviet garrisons"),
        From("RUS", "CHN"),
        Cooperation,
        (1985, 1985),
    );
    expect(
        "the trade",
        (words, "resumed trade"),
        CHN_RUS,
        Cooperation,
        (1985, 1985),
    );
}

#[test]
fn close_ties_since_1991() {
    expect(
        "the ties since 1991",
        ("relations since 1991 are currently close", "relations"),
        CHN_RUS,
        Cooperation,
        (1991, 2026),
    );
    expect(
        "the alliance today",
        ("maintain a strong", "maintain"),
        CHN_RUS,
        Cooperation,
        (1991, 2026),
    );
}

#[test]
fn china_invaded_vietnam_in_1979() {
    let e = expect(
        "the war with Vietnam",
        ("invaded Vietnam", "invaded"),
        From("CHN", "VNM"),
        Conflict,
        (1979, 1979),
    );
    assert_eq!(e["event"]["root"], "19");
}

#[test]
fn the_soviet_invasion_of_afghanistan() {
    let words = "invasion of Afghanistan";
    expect(
        "the invasion of Afghanistan",
        (words, "invasion"),
        From("RUS", "AFG"),
        Conflict,
        (1979, 1989),
    );
    expect(
        "aid to the mujahedin",
        (words, "sent aid"),
        From("CHN", "AFG"),
        Cooperation,
        (1979, 1989),
    );
}

#[test]
fn the_japanese_invasion_of_china() {
    expect(
        "the Japanese invasion",
        ("Japanese invasion of China", "invasion"),
        From("JPN", "CHN"),
        Conflict,
        (1937, 1945),
    );
}

#[test]
fn no_china_russia_event_is_dated_outside_the_story() {
    // The story runs from the 17th century to the document date.
    for e in events().iter().filter(|e| dyad_fits(e, CHN_RUS)) {
        assert!(overlaps(e, 1600, 2026), "{}", line(e));
    }
}
