//! The event record: one coded event, as written to JSONL (see DESIGN.md).

use std::borrow::Cow;

use compact_str::CompactString;
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

/// An event's date interval. Its precision and basis are names from a fixed
/// set, borrowed when coded (owned when read back from JSON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// Extended Date/Time Format.
    pub edtf: String,
    /// First possible day, ISO (`-0043-03-15` for BCE).
    pub start: String,
    /// Last possible day, ISO.
    pub end: String,
    /// `day`, `month`, `season`, `year`, `decade`, `century` or `millennium`.
    pub precision: Cow<'static, str>,
    /// Hedged in the text.
    pub approximate: bool,
    /// `explicit`, `narrative`, `anchored`, `kb` or `document`.
    pub basis: Cow<'static, str>,
}

/// An actor as it took part in an event.
///
/// Its codes and names are [`CompactString`]s: every event copies them from
/// the knowledge base and the document, and they are nearly all short enough
/// (up to 24 bytes) to be held inline, with no allocation; they are written as
/// plain strings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// CAMEO actor code (`CHNMIL`); inline.
    pub code: CompactString,
    /// ISO alpha-3 of the present-day successor state, or a group code (`IGO`); inline.
    pub country: CompactString,
    /// CAMEO agent code, if any; inline.
    pub agent: Option<CompactString>,
    /// Everyday name of the actor; inline unless longer than 24 bytes.
    pub name: CompactString,
    /// The state as it was at the event's date; inline unless longer than 24 bytes.
    pub polity: Option<CompactString>,
    /// The words that name it; inline unless longer than 24 bytes.
    pub text: CompactString,
    /// Their byte span in the original document.
    pub span: [usize; 2],
}

/// The CAMEO coding of an event. Its texts borrow the built-in table's, so a
/// coded event copies none of them (read back from JSON, they are owned).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventCode {
    /// CAMEO event code.
    pub cameo: Cow<'static, str>,
    /// Its first two digits.
    pub root: Cow<'static, str>,
    /// The codebook's label.
    pub label: Cow<'static, str>,
    /// PLOVER category.
    pub plover: Cow<'static, str>,
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
            cameo: Cow::Borrowed(&t.code),
            root: Cow::Borrowed(&t.root),
            label: Cow::Borrowed(&t.label),
            plover: Cow::Borrowed(&t.plover),
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
