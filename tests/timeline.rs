//! `annals timeline` integration tests.
