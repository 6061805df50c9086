//! `annals code` (not yet built).

use std::process::ExitCode;

use anyhow::{bail, Result};

/// Arguments of `annals code`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: crate::io::InputArgs,
}

/// Runs `annals code`.
pub fn run(args: Args) -> Result<ExitCode> {
    let _ = args.input;
    bail!("annals code is not built yet")
}
