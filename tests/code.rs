//! `annals code` integration tests.
