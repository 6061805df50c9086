//! Pattern families through the whole coder: inflections, phrasal verbs and
//! particles, light verbs, event nouns.

use super::*;

// --- inflections ----------------------------------------------------------------

#[test]
fn every_form_of_a_regular_verb_codes_the_same_event() {
    for text in [
        "Kenya signs a trade agreement with Uganda.",
        "Kenya signed a trade agreement with Uganda.",
        "Kenya is signing a trade agreement with Uganda.",
        "Kenya has signed a trade agreement with Uganda.",
    ] {
        let e = expect(text, "05", "KEN", "UGA");
        assert_eq!(e.event.cameo, "057", "{text}");
        assert!(
            e.trigger.text.starts_with("sign"),
            "{text}: {:?}",
            e.trigger.text
        );
        assert!(
            e.trigger.text.ends_with("agreement"),
            "{text}: {:?}",
            e.trigger.text
        );
    }
}

#[test]
fn third_person_and_progressive_forms_of_attack() {
    for text in [
        "Argentina attacks Brazil.",
        "Argentina attacked Brazil.",
        "Argentina was attacking Brazil.",
    ] {
        let e = expect(text, "19", "ARG", "BRA");
        assert_eq!(e.event.cameo, "190", "{text}");
        assert!(!e.negated);
    }
}

#[test]
fn irregular_past_forms() {
    // fight/fought, give/gave, take/took, drive/driven.
    let e = expect("Ghana fought against Togo.", "19", "GHA", "TGO");
    assert_eq!(e.trigger.text, "fought against");
    let e = expect("Kenya gave aid to Uganda.", "07", "KEN", "UGA");
    assert_eq!(e.event.cameo, "070");
    let e = expect("Kenya took over Somalia.", "19", "KEN", "SOM");
    assert_eq!(e.event.cameo, "192");
    let e = expect(
        "Kenyan forces have driven the Ugandan settlers out.",
        "19",
        "KENMIL",
        "UGACVL",
    );
    assert_eq!(e.event.cameo, "190");
}

// --- phrasal verbs and particles ------------------------------------------------

#[test]
fn the_particle_decides_the_code_of_drive() {
    // Driving settlers out is fighting (190); driving them away is expelling (174).
    let out = expect(
        "Peruvian forces drove the Chilean miners out.",
        "19",
        "PERMIL",
        "CHLLAB",
    );
    assert_eq!(out.trigger.text, "drove the Chilean miners out");
    let away = expect("Kenya drove Ugandan settlers away.", "17", "KEN", "UGACVL");
    assert_eq!(away.event.cameo, "174");
}

#[test]
fn side_with_is_support_for_the_partner() {
    let e = expect("Peru sided with Bolivia.", "05", "PER", "BOL");
    assert_eq!(e.event.cameo, "051");
    assert_eq!(e.trigger.text, "sided with");
}

#[test]
fn take_over_is_occupation() {
    let e = expect("Kenya took over Somalia.", "19", "KEN", "SOM");
    assert_eq!(e.trigger.text, "took over");
}

#[test]
fn call_off_needs_its_particle_and_has_no_target() {
    let events = code("Bolivia called off the strike.");
    let e = one(&events, "08");
    assert_eq!((&*e.event.cameo, src(e), tgt(e)), ("082", "BOL", "-"));
    assert_eq!(e.trigger.text, "called off the strike");
}

#[test]
fn pull_out_and_give_in() {
    let e = expect("Kenya pulled out of Somalia.", "08", "KEN", "SOM");
    assert_eq!(e.event.cameo, "0874");
    let e = expect("Kenya gave in to Uganda.", "08", "KEN", "UGA");
    assert_eq!(e.event.cameo, "080");
}

// --- light verbs ----------------------------------------------------------------

#[test]
fn make_peace_is_a_symmetric_agreement() {
    let e = expect("Peru made peace with Ecuador.", "05", "PER", "ECU");
    assert_eq!(e.event.cameo, "057");
    assert!(e.symmetric, "peace is made between both");
    assert_eq!(e.trigger.text, "made peace");
}

#[test]
fn make_an_alliance_with_a_determiner_in_the_gap() {
    let e = expect("Peru made an alliance with Ecuador.", "05", "PER", "ECU");
    assert_eq!((&*e.event.cameo, e.symmetric), ("057", true));
    assert_eq!(e.trigger.text, "made an alliance");
}

#[test]
fn make_concessions_is_yielding() {
    let e = expect("Kenya made concessions to Uganda.", "08", "KEN", "UGA");
    assert_eq!(e.event.cameo, "080");
}

#[test]
fn coordinated_objects_of_a_light_verb_make_one_event() {
    // "provided aid and support": one act of aid, not an aid and a second verb "support".
    let events = code("Kenya provided aid and support to Uganda.");
    assert_eq!(events.len(), 1, "{}", show(&events));
    let e = &events[0];
    assert_eq!((&*e.event.cameo, src(e), tgt(e)), ("070", "KEN", "UGA"));
}

#[test]
fn a_speech_offering_reconciliation_is_the_offer() {
    let events = code("The president of Peru made a speech offering reconciliation with Ecuador.");
    let e = one(&events, "03");
    assert_eq!(e.event.cameo, "037");
    assert_eq!(
        (src(e), tgt_country(e)),
        ("PERGOV", "ECU"),
        "{}",
        show(&events)
    );
    assert_eq!(e.trigger.text, "offering reconciliation");
}

// --- event nouns -----------------------------------------------------------------

#[test]
fn attributive_name_before_an_event_noun_is_its_source() {
    let e = expect(
        "The Argentine invasion of Uruguay began in March.",
        "19",
        "ARG",
        "URY",
    );
    assert_eq!(e.trigger.text, "invasion");
    assert!(e.rule.starts_with("noun:"), "{}", e.rule);
}

#[test]
fn possessive_name_before_an_event_noun_is_its_source() {
    let e = expect(
        "Peru's blockade of Bolivia lasted a year.",
        "19",
        "PER",
        "BOL",
    );
    assert_eq!(e.event.cameo, "191");
}

#[test]
fn by_after_an_event_noun_names_the_doer() {
    let e = expect(
        "The occupation of Bolivia by Chilean forces lasted a year.",
        "19",
        "CHLMIL",
        "BOL",
    );
    assert_eq!(e.event.cameo, "192");
}

#[test]
fn anti_prefix_marks_the_target_of_an_event_noun() {
    let e = expect("Peru's anti-Chilean propaganda grew.", "11", "PER", "CHL");
    assert_eq!(e.event.cameo, "111");
}

#[test]
fn war_between_two_named_countries_is_one_symmetric_event() {
    let events = code("A border war between Peru and Ecuador broke out in 1941.");
    let e = one(&events, "19");
    assert!(e.symmetric);
    assert_eq!((src(e), tgt(e)), ("PER", "ECU"), "actors in text order");
    assert_eq!(e.trigger.text, "border war");
}

#[test]
fn with_support_supports_the_subject_of_the_clause() {
    let events = code("With Brazilian support, Paraguayan rebels seized the capital.");
    let e = one(&events, "07");
    assert_eq!((src(e), tgt(e)), ("BRA", "PRYREB"), "{}", show(&events));
    assert_eq!(e.trigger.text, "support");
}

#[test]
fn plural_of_a_one_word_event_noun() {
    let e = expect("Kenyan attacks on Uganda continued.", "18", "KEN", "UGA");
    assert_eq!(e.trigger.text, "attacks");
}

#[test]
fn withdrawal_of_troops_from_a_country() {
    let e = expect(
        "The withdrawal of Argentine troops from Uruguay ended the crisis.",
        "08",
        "ARGMIL",
        "URY",
    );
    assert_eq!(e.event.cameo, "0874");
}

#[test]
fn back_as_a_particle_is_not_support() {
    for text in [
        "Peru attacked Chile. Chile fought back.",
        "Peru hit back at Chile.",
    ] {
        let events = code(text);
        assert!(
            with_root(&events, "05").is_empty(),
            "{text}\n{}",
            show(&events)
        );
    }
}

#[test]
fn seizing_an_actor_is_occupation_seizing_things_is_confiscation() {
    let e = expect(
        "In 1947 Argentina seized the capital of Uruguay.",
        "19",
        "ARG",
        "URY",
    );
    assert_eq!(e.event.cameo, "192");
    let e = expect(
        "Argentine police seized weapons from Uruguay.",
        "17",
        "ARGCOP",
        "URY",
    );
    assert_eq!(e.event.cameo, "171");
}

#[test]
fn a_month_is_not_a_march() {
    let events = code("In March 1947 China attacked Russia.");
    assert!(with_root(&events, "14").is_empty(), "{}", show(&events));
    let events = code("The protesters held a march against Russia in May 2001.");
    assert_eq!(with_root(&events, "14").len(), 1, "{}", show(&events));
}

#[test]
fn a_country_name_ending_like_an_adjective_before_an_irregular_past() {
    // "Japan", "Iran", "Sudan" look like demonyms ("German"); before "withdrew"
    // they are the subject, not a modifier.
    expect(
        "In 1925 Japan withdrew its forces from Manchuria.",
        "08",
        "JPN",
        "CHN",
    );
    expect(
        "In 1918 the Germans launched a sweeping advance into Russia.",
        "19",
        "DEU",
        "RUS",
    );
}

#[test]
fn a_country_name_in_the_present_tense_is_the_subject() {
    expect("Iran rejects the American proposal.", "12", "IRN", "USA");
    expect("Pakistan accuses India of aggression.", "11", "PAK", "IND");
    expect("Nepal protests the Chinese drills.", "14", "NPL", "CHN");
}

#[test]
fn everyday_news_shapes() {
    // A past tense that looks like a base form after a name.
    expect(
        "Venezuela cut diplomatic ties with Colombia in 2019.",
        "16",
        "VEN",
        "COL",
    );
    // Striking targets is force, striking alone is a labour strike.
    expect(
        "Israel struck targets in Gaza on Monday.",
        "19",
        "ISR",
        "PSE",
    );
    // Exchanging fire and agreeing to talks are mutual.
    let e = expect(
        "India and Pakistan exchanged fire across the border.",
        "19",
        "IND",
        "PAK",
    );
    assert!(e.symmetric);
    let e = expect(
        "Turkey and Greece agreed to resume talks.",
        "03",
        "TUR",
        "GRC",
    );
    assert!(e.symmetric);
    // Retaken from a named enemy: the enemy is the target, not the city's state.
    let events = code("Iraqi forces recaptured Mosul from the Islamic State in 2017.");
    let e = one(&events, "19");
    assert_eq!(
        (src(e), tgt_country(e)),
        ("IRQMIL", "IMG"),
        "{}",
        show(&events)
    );
}
