//! The event coder (placeholder; the coder module follows).
#![deny(missing_docs)]

mod event;

pub use event::{ActorRecord, Event, EventCode, EventDate, Trigger};
