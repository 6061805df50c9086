//! `annals read` integration tests.
