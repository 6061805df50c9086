//! Narrative time: what moves it, what does not, and how events are dated.

use annals_time::{Basis, Date};

use crate::util::{iso, span, tag, tag_at};

#[test]
fn the_narrative_carries_the_last_explicit_date() {
    let d = tag("In 1969 a border war broke out. It was brief. Both sides withdrew.");
    let n = d.times.narrative_at(2).expect("narrative time");
    assert_eq!(n.edtf, "1969");
    let w = d.event("withdrew", None);
    assert_eq!((w.basis, w.edtf.as_str()), (Basis::Narrative, "1969"));
}

#[test]
fn flashbacks_do_not_move_the_narrative() {
    let d = tag("In 1969 a border war broke out. Khrushchev had been replaced by Brezhnev in 1964. The war ended quickly. 16 years earlier the alliance was signed.");
    assert_eq!(d.times.narrative_at(2).unwrap().edtf, "1969");
    assert_eq!(d.event("ended", None).edtf, "1969");
    // "16 years earlier" counts from the narrative, not from the flashback.
    assert_eq!(d.value("16 years earlier"), "1953");
    assert_eq!(d.times.narrative_at(3).unwrap().edtf, "1969");
}

#[test]
fn the_document_date_does_not_move_the_narrative() {
    let d = tag("In 1911 a revolution broke out. In recent years the border was settled. Currently trade is brisk. The new regime signed treaties.");
    assert_eq!(d.times.narrative_at(3).unwrap().edtf, "1911");
    let w = d.event("settled", None);
    assert_eq!((w.basis, span(&w).1), (Basis::Document, "2020-06-01".to_string()));
    let w = d.event("signed", None);
    assert_eq!((w.basis, w.edtf.as_str()), (Basis::Narrative, "1911"));
}

#[test]
fn quotations_brackets_plans_and_since_do_not_move_it() {
    let d = tag("In 1950 the treaty was signed. He said: \"In 1990 we will be rich.\" Mao (1893-1976) agreed. A campaign planned for 1952 was dropped. The first war since 1920 followed. Then peace came.");
    assert_eq!(d.times.narrative_at(5).unwrap().edtf, "1950");
}

#[test]
fn a_dated_paragraph_resets_the_narrative() {
    let d = tag("In 1945 the war ended.\n\nIn 1937 the two parties had formed an alliance. They fought together.");
    assert_eq!(d.times.narrative_at(2).unwrap().edtf, "1937");
}

#[test]
fn the_governing_expression_dates_the_event_not_any_date_in_the_sentence() {
    let text = "In 1985 he dropped the border issue that had caused open war 16 years earlier.";
    let d = tag(text);
    let dropped = d.event("dropped", Some("In 1985 he dropped the border issue"));
    assert_eq!((dropped.edtf.as_str(), dropped.basis), ("1985", Basis::Explicit));
    // Even when the coder's clause for "dropped" runs to the end of the sentence.
    let dropped = d.event("dropped", Some(text));
    assert_eq!(dropped.edtf, "1985");
    let war = d.event("caused", Some("that had caused open war 16 years earlier"));
    assert_eq!((war.edtf.as_str(), war.basis), ("1969", Basis::Anchored));
}

#[test]
fn a_fronted_date_governs_every_clause_of_its_sentence() {
    let d = tag("In 1937, the Kuomintang and the communists formed an alliance, but they resumed fighting in 1942.");
    assert_eq!(d.event("formed", Some("the Kuomintang and the communists formed an alliance")).edtf, "1937");
    assert_eq!(d.event("resumed", Some("they resumed fighting in 1942")).edtf, "1942");
}

#[test]
fn a_range_dates_the_event_as_a_whole() {
    let d = tag("From 1652 to 1689, the armies drove the settlers out.");
    let w = d.event("drove", None);
    assert_eq!((w.edtf.as_str(), span(&w)), ("1652/1689", iso("1652-01-01", "1689-12-31")));
}

#[test]
fn without_any_date_the_document_date() {
    let d = tag_at("The ministers met and agreed.", Date::new(2021, 3, 4).unwrap());
    let w = d.event("agreed", None);
    assert_eq!((w.basis, w.edtf.as_str()), (Basis::Document, "2021-03-04"));
}

#[test]
fn now_is_the_story_now_in_past_narration() {
    let d = tag("In 1918 the Reds held Moscow. Now the Whites advanced from the south.");
    assert_eq!(d.value("Now"), "PRESENT_REF");
    assert!(d.get("Now").when.is_none(), "past-tense 'now' is the narrative's");
    assert_eq!(d.event("advanced", None).edtf, "1918");
}

#[test]
fn ago_in_reported_speech_counts_from_the_story() {
    let d =
        tag("In April 1975 Thieu resigned. He said Kissinger had tricked him into signing the accord two years ago.");
    assert_eq!(d.value("two years ago"), "1973");
}
