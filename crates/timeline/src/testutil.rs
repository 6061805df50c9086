//! Events for unit tests.

use annals_code::{ActorRecord, Event, EventCode, EventDate, Trigger};

/// An event from `source` to `target` (country codes) with a CAMEO code and a
/// date from `start` to `end` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
pub fn event(
    id: &str,
    source: &str,
    target: &str,
    cameo: &str,
    start: &str,
    end: &str,
    symmetric: bool,
) -> Event {
    let actor = |c: &str| ActorRecord {
        code: c.into(),
        country: c.into(),
        agent: None,
        name: c.into(),
        polity: None,
        text: c.into(),
        span: [0, 0],
    };
    let a = annals_time::Date::parse_bound(start, false).unwrap();
    let b = annals_time::Date::parse_bound(end, true).unwrap();
    Event {
        id: id.to_string(),
        doc: "test".to_string(),
        sentence: 0,
        text: format!("Sentence of {id}."),
        span: [0, 0],
        date: Some(EventDate {
            edtf: if start == end {
                start.to_string()
            } else {
                format!("{start}/{end}")
            },
            start: a.to_string(),
            end: b.to_string(),
            precision: "year".into(),
            approximate: false,
            basis: "explicit".into(),
        }),
        source: Some(actor(source)),
        target: Some(actor(target)),
        event: EventCode::from_cameo(cameo).unwrap(),
        symmetric,
        negated: false,
        trigger: Trigger {
            text: "t".to_string(),
            span: [0, 0],
        },
        rule: "test".to_string(),
    }
}
