//! The event record: one coded event, as written to JSONL (see DESIGN.md).

use serde::{Deserialize, Serialize};

/// One coded event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `doc#sentence.n`: unique within a run.
    pub id: String,
    /// The document: file name without extension, or the JSONL `id`.
    pub doc: String,
    /// Index of the sentence in the document, from 0.
    pub sentence: usize,
    /// The sentence's text (whitespace folded).
    pub text: String,
    /// The sentence's byte span `[start, end)` in the original document.
    pub span: [usize; 2],
    /// When it happened; `None` only when nothing bounds it.
    pub date: Option<EventDate>,
    /// Who did it.
    pub source: Option<ActorRecord>,
    /// To whom.
    pub target: Option<ActorRecord>,
    /// What was done.
    pub event: EventCode,
    /// Mutual ("X and Y signed"); written once, actors in text order.
    pub symmetric: bool,
    /// The text names the event only to deny it.
    pub negated: bool,
    /// The words that name the event.
    pub trigger: Trigger,
    /// The name of the rule that coded it.
    pub rule: String,
}

/// An event's date interval.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// Extended Date/Time Format.
    pub edtf: String,
    /// First possible day, ISO (`-0043-03-15` for BCE).
    pub start: String,
    /// Last possible day, ISO.
    pub end: String,
    /// `day`, `month`, `season`, `year`, `decade`, `century` or `millennium`.
    pub precision: String,
    /// Hedged in the text.
    pub approximate: bool,
    /// `explicit`, `narrative`, `anchored`, `kb` or `document`.
    pub basis: String,
}

/// An actor as it took part in an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// CAMEO actor code (`CHNMIL`).
    pub code: String,
    /// ISO alpha-3 of the present-day successor state, or a group code (`IGO`).
    pub country: String,
    /// CAMEO agent code, if any.
    pub agent: Option<String>,
    /// Everyday name of the actor.
    pub name: String,
    /// The state as it was at the event's date.
    pub polity: Option<String>,
    /// The words that name it.
    pub text: String,
    /// Their byte span in the original document.
    pub span: [usize; 2],
}

/// The CAMEO coding of an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventCode {
    /// CAMEO event code.
    pub cameo: String,
    /// Its first two digits.
    pub root: String,
    /// The codebook's label.
    pub label: String,
    /// PLOVER category.
    pub plover: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein score.
    pub goldstein: f32,
}

impl EventCode {
    /// The coding for a CAMEO code from the built-in table.
    pub fn from_cameo(code: &str) -> Option<EventCode> {
        let t = annals_cameo::lookup(code)?;
        Some(EventCode {
            cameo: t.code.clone(),
            root: t.root.clone(),
            label: t.label.clone(),
            plover: t.plover.clone(),
            quad_class: t.quad_class,
            goldstein: t.goldstein,
        })
    }
}

/// The words that name an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    /// The words.
    pub text: String,
    /// Their byte span in the original document.
    pub span: [usize; 2],
}
