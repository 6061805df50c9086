//! `annals timeline` (not yet built).

use std::process::ExitCode;

use anyhow::{bail, Result};

/// Arguments of `annals timeline`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: crate::io::InputArgs,
}

/// Runs `annals timeline`.
pub fn run(args: Args) -> Result<ExitCode> {
    let _ = args.input;
    bail!("annals timeline is not built yet")
}
