//! One module per subcommand: its usage, its arguments and `run`.

pub mod code;
pub mod dict;
pub mod time;
pub mod timeline;
