//! Relations over time (placeholder).
#![deny(missing_docs)]
