//! Negation, modality, intent, threat and refusal: what the text says did not
//! happen, or only might, is never coded as happened.

use super::*;

/// Fails unless every event of root `root` is negated (or there is none).
fn never_happened(text: &str, root: &str) {
    let events = code(text);
    assert!(
        with_root(&events, root).iter().all(|e| e.negated),
        "{text}: coded as happened:\n{}",
        show(&events)
    );
}

#[test]
fn negated_verbs_are_negated_or_absent() {
    for text in [
        "Peru did not attack Chile.",
        "Peru didn't attack Chile.",
        "Peru has never attacked Chile.",
    ] {
        never_happened(text, "19");
    }
}

#[test]
fn a_negated_event_keeps_its_code_actors_and_trigger() {
    let events = code("Peru did not attack Chile.");
    let e = one(&events, "19");
    assert!(e.negated);
    assert_eq!(
        (src(e), tgt(e), e.trigger.text.as_str()),
        ("PER", "CHL", "attack")
    );
}

#[test]
fn possible_events_are_not_coded() {
    for text in [
        "Peru may attack Chile.",
        "Peru could attack Chile.",
        "Peru might invade Chile.",
        "Peru should sign a treaty with Chile.",
    ] {
        let events = code(text);
        assert!(events.is_empty(), "{text}:\n{}", show(&events));
    }
}

#[test]
fn conditions_are_not_events() {
    let events = code("If Peru attacks Chile, Bolivia will respond.");
    assert!(with_root(&events, "19").is_empty(), "{}", show(&events));
}

#[test]
fn an_announced_attack_is_a_threat() {
    for text in ["Peru will attack Chile.", "Peru is going to attack Chile."] {
        let e = expect(text, "13", "PER", "CHL");
        assert_eq!(e.event.cameo, "138", "{text}");
        assert_eq!(e.event.quad_class, 3, "verbal conflict");
        assert!(!e.negated);
    }
}

#[test]
fn announced_aid_is_intent_to_cooperate() {
    for text in ["Peru will give Chile aid.", "Peru would give Chile aid."] {
        let e = expect(text, "03", "PER", "CHL");
        assert_eq!(e.event.cameo, "033", "{text}");
        assert_eq!(e.event.quad_class, 1, "verbal cooperation");
    }
}

#[test]
fn intent_governors_make_intent_not_the_act() {
    let e = expect("Peru is prepared to send aid to Chile.", "03", "PER", "CHL");
    assert_eq!(e.event.cameo, "033");
    let events = code("Peru plans to attack Chile.");
    assert!(with_root(&events, "19").is_empty(), "{}", show(&events));
    one(&events, "13");
}

#[test]
fn refusing_to_act_is_a_rejection() {
    for (text, cameo) in [
        ("Peru refused to sign a treaty with Chile.", "120"),
        ("Peru refused to negotiate with Chile.", "125"),
        ("Peru refused to withdraw its troops from Chile.", "1246"),
    ] {
        let e = expect(text, "12", "PER", "CHL");
        assert_eq!(e.event.cameo, cameo, "{text}");
    }
}

#[test]
fn a_negated_present_or_future_is_a_refusal() {
    for text in [
        "Peru does not recognise Chile.",
        "Peru will not recognise Chile.",
    ] {
        let e = expect(text, "12", "PER", "CHL");
        assert!(e.rule.ends_with("(refused)"), "{text}: {}", e.rule);
        assert!(!e.negated);
    }
}

#[test]
fn a_reported_obligation_is_a_demand_of_the_obliged() {
    let events = code("Peru said Chile must withdraw its troops.");
    assert_eq!(events.len(), 1, "{}", show(&events));
    let e = &events[0];
    assert_eq!((&*e.event.cameo, src(e), tgt(e)), ("100", "PER", "CHL"));
}

#[test]
fn a_bare_warning_is_a_threat() {
    let e = expect("Peru warned Chile.", "13", "PER", "CHL");
    assert_eq!(e.event.cameo, "130");
}

#[test]
fn a_vow_to_attack_is_a_threat() {
    let events = code("Peru vowed to attack Chile.");
    assert!(with_root(&events, "03").is_empty(), "{}", show(&events));
    one(&events, "13");
}

#[test]
fn a_denied_event_is_negated() {
    never_happened("Peru denied attacking Chile.", "19");
    never_happened("Peru denied that it had attacked Chile.", "19");
    never_happened("Kenya denied that Uganda attacked Rwanda.", "19");
}
