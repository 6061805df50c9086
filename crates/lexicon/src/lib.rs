//! Event patterns (placeholder; filled by the lexicon module).
#![deny(missing_docs)]
