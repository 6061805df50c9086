//! The integration tests: one binary, each test running the real `annals`
//! executable in its own temporary directory.

#[macro_use]
mod util;

mod code;
mod dict;
mod read;
mod time;
mod timeline;
