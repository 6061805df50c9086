//! Event dates: the expression in the event's clause, the narrative time carried
//! from earlier sentences, expressions anchored on another, the actors' known
//! dates, and the document date.

use super::*;
use crate::EventDate;

/// The date of the single event of root `root`.
fn date_of(text: &str, root: &str) -> EventDate {
    let events = code(text);
    one(&events, root)
        .date
        .clone()
        .unwrap_or_else(|| panic!("{text}: undated:\n{}", show(&events)))
}

#[test]
fn a_year_in_the_clause_dates_the_event() {
    let d = date_of("In 1879 Chile attacked Peru.", "19");
    assert_eq!(
        (d.edtf.as_str(), d.start.as_str(), d.end.as_str()),
        ("1879", "1879-01-01", "1879-12-31")
    );
    assert_eq!(
        (&*d.precision, &*d.basis, d.approximate),
        ("year", "explicit", false)
    );
}

#[test]
fn each_clause_takes_its_own_year() {
    let events =
        code("Chile attacked Peru in 1879, and Bolivia signed a truce with Chile in 1884.");
    let years: Vec<(&str, &str)> = events
        .iter()
        .map(|e| (&*e.event.root, e.date.as_ref().unwrap().edtf.as_str()))
        .collect();
    assert_eq!(years, [("19", "1879"), ("08", "1884")], "{}", show(&events));
}

#[test]
fn a_range_dates_the_event_over_its_whole_span() {
    let d = date_of("From 1864 to 1870 Paraguay fought Brazil.", "19");
    assert_eq!(
        (d.start.as_str(), d.end.as_str()),
        ("1864-01-01", "1870-12-31")
    );
    assert_eq!(d.basis, "explicit");
}

#[test]
fn day_month_decade_and_century_precision() {
    for (text, edtf, precision, start, end) in [
        (
            "On 5 April 1879 Chile attacked Peru.",
            "1879-04-05",
            "day",
            "1879-04-05",
            "1879-04-05",
        ),
        (
            "In March 1879 Chile attacked Peru.",
            "1879-03",
            "month",
            "1879-03-01",
            "1879-03-31",
        ),
        (
            "In the 1850s Chile attacked Peru.",
            "185X",
            "decade",
            "1850-01-01",
            "1859-12-31",
        ),
        (
            "In the 18th century Chile attacked Peru.",
            "17XX",
            "century",
            "1700-01-01",
            "1799-12-31",
        ),
    ] {
        let d = date_of(text, "19");
        assert_eq!(
            (
                d.edtf.as_str(),
                &*d.precision,
                d.start.as_str(),
                d.end.as_str()
            ),
            (edtf, precision, start, end),
            "{text}"
        );
    }
}

#[test]
fn a_hedged_year_is_approximate() {
    let d = date_of("Around 1880 Chile attacked Peru.", "19");
    assert!(d.approximate);
    assert!(d.edtf.starts_with("1880"), "{}", d.edtf);
}

#[test]
fn years_before_the_common_era_use_astronomical_numbering() {
    let events = code("In 44 BC Rome attacked Gaul.");
    let d = events
        .iter()
        .find_map(|e| e.date.clone())
        .unwrap_or_else(|| panic!("{}", show(&events)));
    assert_eq!(
        (d.start.as_str(), d.end.as_str()),
        ("-0043-01-01", "-0043-12-31")
    );
}

#[test]
fn the_narrative_time_carries_to_later_sentences() {
    for text in [
        "In 1879 Chile attacked Peru. Bolivia then signed a truce with Chile.",
        "In 1879 Chile attacked Peru.\n\nBolivia then signed a truce with Chile.",
    ] {
        let d = date_of(text, "08");
        assert_eq!(
            (d.edtf.as_str(), &*d.basis),
            ("1879", "narrative"),
            "{text:?}"
        );
    }
}

#[test]
fn an_expression_anchored_on_the_narrative_time() {
    let d = date_of(
        "In 1900 Chile attacked Peru. Two years later, Peru signed a truce with Chile.",
        "08",
    );
    assert_eq!((d.edtf.as_str(), &*d.basis), ("1902", "anchored"));
}

#[test]
fn without_any_time_the_document_date() {
    let d = date_of("Chile attacked Peru.", "19");
    assert_eq!(
        (d.start.as_str(), d.end.as_str()),
        ("2020-06-15", "2020-06-15")
    );
    assert_eq!((&*d.precision, &*d.basis), ("day", "document"));
    // Another creation date, another date.
    let events = code_at("Chile attacked Peru.", Date::new(2023, 10, 9).unwrap());
    assert_eq!(
        one(&events, "19").date.as_ref().unwrap().start,
        "2023-10-09"
    );
}

#[test]
fn expressions_relative_to_the_document_date() {
    let d = date_of("Chile attacked Peru yesterday.", "19");
    assert_eq!(
        (d.start.as_str(), d.end.as_str()),
        ("2020-06-14", "2020-06-14")
    );
    let d = date_of("Chile attacked Peru last year.", "19");
    assert_eq!(
        (d.start.as_str(), d.end.as_str()),
        ("2019-01-01", "2019-12-31")
    );
}

#[test]
fn a_polity_name_bounds_an_otherwise_undated_event() {
    let d = date_of("The Soviets invaded Hungary.", "19");
    assert_eq!(d.basis, "kb");
    assert!(
        d.start.as_str() >= "1917" && d.end.as_str() <= "1992",
        "{d:?}"
    );
}

#[test]
fn today_is_the_document_date_even_after_another_year() {
    let events = code("Chile attacked Peru in 2015. Chile attacked Peru today.");
    let d = events[1].date.as_ref().unwrap();
    assert_eq!(d.start, "2020-06-15", "{}", show(&events));
}

#[test]
fn a_weekday_is_the_one_before_the_document_date() {
    // 15 June 2020 was a Monday; the Thursday before was the 11th.
    let d = date_of("Chile attacked Peru on Thursday.", "19");
    assert_eq!(d.start, "2020-06-11");
}
