//! The event coder of annals: from documents to CAMEO-coded events.
//!
//! For each sentence the [`Coder`] finds actor mentions (names, role nouns,
//! pronouns, "both countries") with the knowledge base, event patterns with the
//! lexicon, and time expressions with the time tagger; it then assigns each
//! pattern a source and a target by rules of English clause structure (subject,
//! object, passive "by", prepositions, coordination, relative clauses, reported
//! speech), reads negation and modality, dates the event from the expression that
//! governs its clause (or the narrative time, or the actors' known dates), and
//! writes an [`Event`] with its evidence.
//!
//! ```
//! use annals_code::Coder;
//! use annals_text::Document;
//! use annals_time::Date;
//!
//! let coder = Coder::builtin();
//! let doc = Document::plain("demo", "In 1969, China attacked the Soviet Union.");
//! let events = coder.code(&doc, Date::new(2020, 1, 1).unwrap());
//! let e = &events[0];
//! assert_eq!(e.event.root, "19");
//! assert_eq!(e.source.as_ref().unwrap().country, "CHN");
//! assert_eq!(e.target.as_ref().unwrap().country, "RUS");
//! assert_eq!(e.target.as_ref().unwrap().polity.as_deref(), Some("Soviet Union"));
//! assert_eq!(e.date.as_ref().unwrap().start, "1969-01-01");
//! ```
#![deny(missing_docs)]

mod actor;
mod classes;
mod clause;
mod coder;
mod event;
mod group;
mod lists;
mod mention;
mod modality;
mod roles;
#[cfg(test)]
mod tests;

pub use coder::Coder;
pub use event::{ActorRecord, Event, EventCode, EventDate, Trigger};
