//! Unit tests of loading, matching and resolution; the helper behind `resolves!`.

use super::*;
use std::sync::OnceLock;

pub(crate) fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(KnowledgeBase::builtin)
}

pub(crate) fn interval(date: &str) -> Option<Interval> {
    (!date.is_empty()).then(|| {
        Interval::new(
            Date::parse_bound(date, false).expect("test date"),
            Date::parse_bound(date, true).expect("test date"),
        )
    })
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
    let at = interval(date);
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

/// A small knowledge base from one `states.tsv` text.
fn small(states: &str) -> KnowledgeBase {
    let (kb, errs) = KnowledgeBase::from_sources(std::iter::once((
        "states.tsv".to_string(),
        states.to_string(),
    )));
    assert!(errs.is_empty(), "{errs:?}");
    kb
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

/// A place is held by one state (or government) at a time, so the periods of
/// its rows must not share a day. (A row that ends before it starts is already
/// refused by the loader, which `builtin_data_loads_without_problems` checks.)
#[test]
fn the_periods_of_a_place_do_not_overlap() {
    let mut by_id: std::collections::HashMap<&str, Vec<&Row>> = Default::default();
    for r in kb().rows().iter().filter(|r| r.kind == ActorKind::Place) {
        by_id.entry(&r.id).or_default().push(r);
    }
    let mut overlaps = Vec::new();
    for rows in by_id.values() {
        for (i, a) in rows.iter().enumerate() {
            for b in &rows[i + 1..] {
                if row_interval(a).overlaps(&row_interval(b)) {
                    overlaps.push(format!("{} overlaps {}", a.origin, b.origin));
                }
            }
        }
    }
    overlaps.sort();
    assert!(overlaps.is_empty(), "{}", overlaps.join("\n"));
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
    let kb = kb();
    let t = "The Republic of China and Russian settlers, not Russianness.";
    let mut m = Vec::new();
    kb.find_names(t, 0, t.len(), &mut m);
    let found: Vec<&str> = m.iter().map(|m| &t[m.start..m.end]).collect();
    assert_eq!(found, ["Republic of China", "Russian"]);
    let mut a = Vec::new();
    kb.find_agents(t, 0, t.len(), &mut a);
    assert_eq!(a.iter().map(|a| a.agent).collect::<Vec<_>>(), ["CVL"]);
}

#[test]
fn curly_apostrophes_match_like_straight_ones() {
    let kb = kb();
    let t = "the People\u{2019}s Republic of China";
    let mut m = Vec::new();
    kb.find_names(t, 0, t.len(), &mut m);
    assert_eq!(m.len(), 1);
    assert_eq!(kb.name_text(m[0].name), "People's Republic of China");
}

const TWO_CONGOS: &str = "\
A\tAAA\t\t\t\tAland\n\
A.old\tAAA\t1900\t1960\tOld Aland\tCongo\n\
A.new\tAAA\t1990\t\tNew Aland\tCongo\n\
B\tBBB\t\t\t\tBland\n\
B.rep\tBBB\t1960\t\tRepublic of Bland\t~Congo\n";

#[test]
fn the_date_decides_before_anything_else() {
    let kb = small(TWO_CONGOS);
    let congo = kb.name_index("Congo").unwrap();
    // Only Bland's row holds in 1975, even with Aland in focus.
    let r = kb.resolve(congo, interval("1975"), &["AAA"]).unwrap();
    assert_eq!((r.code, r.choice, r.alternatives), ("BBB", Choice::Only, 0));
    assert_eq!(
        kb.resolve(congo, interval("1930"), &[]).unwrap().code,
        "AAA"
    );
}

#[test]
fn context_beats_the_common_reading() {
    let kb = small(TWO_CONGOS);
    let congo = kb.name_index("Congo").unwrap();
    let common = kb.resolve(congo, interval("2000"), &[]).unwrap();
    assert_eq!(
        (common.code, common.choice, common.alternatives),
        ("AAA", Choice::Common, 1)
    );
    let context = kb.resolve(congo, interval("2000"), &["BBB"]).unwrap();
    assert_eq!(
        (context.code, context.choice, context.alternatives),
        ("BBB", Choice::Context, 1)
    );
    let all = kb.candidates(congo, interval("2000"), &["BBB"]);
    assert_eq!(
        all.iter().map(|c| c.code).collect::<Vec<_>>(),
        ["BBB", "AAA", "AAA"]
    );
    assert!(
        !all[2].in_period,
        "the 1900-1960 reading does not hold in 2000"
    );
}

#[test]
fn undated_names_use_the_whole_life_and_say_so() {
    let kb = small(TWO_CONGOS);
    let r = kb
        .resolve(kb.name_index("Congo").unwrap(), None, &[])
        .unwrap();
    assert!(r.undated);
    assert_eq!(r.code, "AAA");
    // Both Aland readings together: from 1900, open-ended.
    assert_eq!(
        (r.known_from, r.known_to),
        (Date::parse("1900-01-01"), None)
    );
    let old = small("X\tXXX\t1922-12-30\t1991-12-26\tUnion\tUnion\n");
    let r = old.resolve(0, None, &[]).unwrap();
    assert_eq!(
        r.bounds(),
        Some(Interval::new(
            Date::new(1922, 12, 30).unwrap(),
            Date::new(1991, 12, 26).unwrap()
        ))
    );
    assert!(kb
        .resolve(kb.name_index("Bland").unwrap(), None, &[])
        .unwrap()
        .bounds()
        .is_none());
}

#[test]
fn a_date_between_two_readings_takes_the_nearer() {
    let kb = small(TWO_CONGOS);
    let r = kb
        .resolve(kb.name_index("Congo").unwrap(), interval("1962"), &["XXX"])
        .unwrap();
    // Bland's republic holds in 1962; Aland's readings do not.
    assert_eq!(r.code, "BBB");
    let aland_only = small("A.old\tAAA\t1900\t1960\tOld\tZed\nA.new\tAAA\t1990\t\tNew\tZed\n");
    let r = aland_only.resolve(0, interval("1985"), &[]).unwrap();
    assert!(!r.in_period);
    assert_eq!(r.label, "New", "1985 is nearer to 1990 than to 1960");
}

#[test]
fn states_win_over_places_and_people_when_nothing_else_decides() {
    let (kb, errs) = KnowledgeBase::from_sources(
        [
            ("people.tsv", "p\tGGGGOV\t1900\t1990\tPresident\tGeorgia\n"),
            ("places.tsv", "c\tUSA\t\t\tstate\tGeorgia\n"),
            ("states.tsv", "g\tGGG\t\t\t\tGeorgia\n"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string())),
    );
    assert!(errs.is_empty());
    let g = kb.name_index("Georgia").unwrap();
    assert_eq!(kb.resolve(g, interval("1950"), &[]).unwrap().code, "GGG");
    assert_eq!(
        kb.resolve(g, interval("1950"), &["USA"]).unwrap().code,
        "USA"
    );
    assert_eq!(kb.candidates(g, interval("1950"), &[]).len(), 3);
}

#[test]
fn the_optional_tags_column_is_read() {
    let kb = small(
        "A\tAAA\t\t\t\tAland\tmember\nB\tBBB\t\t\t\tBland\tterritory\nB.x\tBBB\t1990\t\tB\t\n",
    );
    let s = kb.stats();
    assert_eq!(
        (s.countries, s.un_members, s.territories, s.current_states),
        (2, 1, 1, 0)
    );
}

#[test]
fn remembered_resolutions_are_the_fresh_ones() {
    // `resolve` remembers; `candidates` works everything out again: asked in
    // turn with every focus, both must agree, also when asked a second time.
    let kb = kb();
    for text in ["Georgia", "Congo", "China", "Macedonia", "Russia"] {
        let Some(name) = kb.name_index(text) else {
            continue;
        };
        for date in ["", "1850", "1950", "1992", "2010"] {
            for focus in [
                &[][..],
                &["USA"],
                &["GEO", "USA"],
                &["COD"],
                &["CHN", "TWN"],
            ] {
                for _ in 0..2 {
                    let fresh = kb.candidates(name, interval(date), focus);
                    assert_eq!(
                        kb.resolve(name, interval(date), focus).as_ref(),
                        fresh.first(),
                        "{text} at {date:?} with {focus:?}"
                    );
                }
            }
        }
    }
    // Two knowledge bases with a name of the same index remember apart.
    let a = small("A\tAAA\t\t\t\tZed\n");
    let b = small("B\tBBB\t\t\t\tZed\n");
    assert_eq!(a.resolve(0, None, &[]).unwrap().code, "AAA");
    assert_eq!(b.resolve(0, None, &[]).unwrap().code, "BBB");
}
