//! Reference: pairs ("both countries", "each other"), pronouns and definite
//! role nouns resolved to the actors in focus.

use super::*;

/// The single event of root `root` in sentence `sentence`.
fn in_sentence<'a>(events: &'a [Event], sentence: usize, root: &str) -> &'a Event {
    let found: Vec<&Event> = events
        .iter()
        .filter(|e| e.sentence == sentence && e.event.root == root)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "sentence {sentence}, root {root}:\n{}",
        show(events)
    );
    found[0]
}

#[test]
fn both_countries_is_the_pair_in_focus_as_one_symmetric_event() {
    for pair in ["Both countries", "The two countries"] {
        let text = format!("Bolivia attacked Argentina. {pair} later signed a treaty.");
        let events = code(&text);
        let e = in_sentence(&events, 1, "05");
        assert!(e.symmetric, "{text}");
        assert_eq!(
            (src(e), tgt(e)),
            ("BOL", "ARG"),
            "{text}\n{}",
            show(&events)
        );
        // Both actors are named by the same words.
        assert_eq!(e.source.as_ref().unwrap().text, pair);
        assert_eq!(e.target.as_ref().unwrap().text, pair);
    }
}

#[test]
fn the_pair_reaches_back_over_a_paragraph_break() {
    let events = code("Bolivia attacked Argentina.\n\nBoth countries later signed a treaty.");
    let e = in_sentence(&events, 1, "05");
    assert_eq!(
        (src(e), tgt(e), e.symmetric),
        ("BOL", "ARG", true),
        "{}",
        show(&events)
    );
}

#[test]
fn both_regimes_criticising_each_other_is_one_event() {
    let events = code("Bolivia attacked Argentina in 1900. Both regimes criticised each other.");
    let e = in_sentence(&events, 1, "11");
    assert!(e.symmetric);
    assert_eq!(
        (src_country(e), tgt_country(e)),
        ("BOL", "ARG"),
        "{}",
        show(&events)
    );
}

#[test]
fn coordinated_actors_fighting_each_other_is_one_symmetric_event() {
    let events = code("Bolivia and Argentina fought each other.");
    assert_eq!(events.len(), 1, "{}", show(&events));
    let e = &events[0];
    assert_eq!((src(e), tgt(e), e.symmetric), ("BOL", "ARG", true));
}

#[test]
fn it_refers_to_the_state_named_before() {
    let events = code("Argentina held elections in May. It later attacked Bolivia.");
    let e = in_sentence(&events, 1, "19");
    assert_eq!((src(e), tgt(e)), ("ARG", "BOL"), "{}", show(&events));
    assert_eq!(e.source.as_ref().unwrap().text, "It");
}

#[test]
fn they_after_coordinated_actors_is_all_of_them() {
    let events = code("Argentina and Chile signed a treaty. They later attacked Bolivia.");
    let attacks: Vec<(&str, &str)> = events
        .iter()
        .filter(|e| e.sentence == 1 && e.event.root == "19")
        .map(|e| (src(e), tgt(e)))
        .collect();
    assert_eq!(
        attacks,
        [("ARG", "BOL"), ("CHL", "BOL")],
        "{}",
        show(&events)
    );
}

#[test]
fn he_refers_to_the_person_named_before() {
    let events = code("President Evo Morales visited Chile. He later criticised Peru.");
    let e = in_sentence(&events, 1, "11");
    assert_eq!((src(e), tgt(e)), ("BOLGOV", "PER"), "{}", show(&events));
    assert_eq!(e.source.as_ref().unwrap().text, "He");
}

#[test]
fn a_pronoun_without_any_antecedent_codes_nothing() {
    let events = code("It attacked the town. They signed a truce.");
    assert!(events.is_empty(), "{}", show(&events));
}

#[test]
fn a_repeated_name_form_keeps_its_actor() {
    let events = code("The Soviets invaded Hungary. The Soviets later withdrew.");
    let e = in_sentence(&events, 1, "08");
    assert_eq!((src(e), tgt(e)), ("RUS", "HUN"), "{}", show(&events));
}

#[test]
fn the_government_is_the_government_named_before() {
    let events =
        code("The Bolivian government criticised Peru. The government later attacked Chile.");
    let e = in_sentence(&events, 1, "19");
    assert_eq!((src(e), tgt(e)), ("BOLGOV", "CHL"), "{}", show(&events));
}

#[test]
fn the_rebels_are_the_rebels_named_before() {
    let events = code("Bolivian rebels attacked Argentina. The rebels later withdrew.");
    let e = in_sentence(&events, 1, "08");
    assert_eq!(src(e), "BOLREB", "{}", show(&events));
    let events = code(
        "In 1950 Vietnamese communists fought France. The communists later defeated the French.",
    );
    let e = in_sentence(&events, 1, "19");
    assert_eq!((src(e), tgt(e)), ("VNMPTY", "FRA"), "{}", show(&events));
}
