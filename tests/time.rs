//! `annals time` integration tests.
