//! `annals time` (not yet built).

use std::process::ExitCode;

use anyhow::{bail, Result};

/// Arguments of `annals time`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: crate::io::InputArgs,
}

/// Runs `annals time`.
pub fn run(args: Args) -> Result<ExitCode> {
    let _ = args.input;
    bail!("annals time is not built yet")
}
