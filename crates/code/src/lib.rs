//! The event coder of annals (first version: the API; the coding stages follow).
#![deny(missing_docs)]

mod event;

pub use event::{ActorRecord, Event, EventCode, EventDate, Trigger};

use annals_kb::KnowledgeBase;
use annals_text::Document;
use annals_time::Date;

/// Codes documents into events. Build once, share by reference across threads.
pub struct Coder {
    #[allow(dead_code)]
    kb: KnowledgeBase,
}

impl Coder {
    /// A coder with the built-in dictionaries.
    pub fn builtin() -> Coder {
        Coder { kb: KnowledgeBase::builtin() }
    }

    /// The events of one document; `dct` is its creation date.
    pub fn code(&self, _doc: &Document, _dct: Date) -> Vec<Event> {
        Vec::new()
    }
}
