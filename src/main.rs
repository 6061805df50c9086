//! `annals`: codes political events and their dates from history and news, and
//! charts how relations between two actors rose and fell over time.
//!
//! A thin shell: each subcommand is one module in `cmd/` (usage, arguments,
//! `run`); shared input and output handling lives in `io.rs`; all real work is
//! done by the library crates under `crates/`.

mod cmd;
mod dicts;
mod io;

use std::process::ExitCode;

/// mimalloc rather than the system allocator: coding allocates small records
/// and scratch vectors per sentence, and glibc's malloc and free cost several
/// times as many instructions for them (`cargo bench --bench throughput`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};

/// Command-line interface.
#[derive(Parser)]
#[command(
    name = "annals",
    version,
    about = "Reads history and news; writes down who did what to whom, and when.",
    long_about = "annals reads narrative text (plain text, HTML, JSONL) and writes down the political \
events in it: source, target, CAMEO event code with PLOVER category, quad class and Goldstein \
score, a date interval, and the words that prove it. From those events it draws the relation \
between any two actors over years or centuries.\n\n\
Examples:\n  annals code examples/sweden-denmark.txt\n  annals code --format csv news.jsonl -o events.csv\n  \
annals time history.txt\n  annals timeline --dyad SWE-DNK examples/sweden-denmark.txt\n  annals dict lookup Petrograd --date 1920"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code the political events in documents (JSONL, CSV or TSV).
    Code(cmd::code::Args),
    /// List the time expressions in documents, normalized.
    Time(cmd::time::Args),
    /// The relation between two actors over time.
    Timeline(cmd::timeline::Args),
    /// Inspect, check and count the dictionaries.
    Dict(cmd::dict::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(a) => cmd::code::run(a),
        Command::Time(a) => cmd::time::run(a),
        Command::Timeline(a) => cmd::timeline::run(a),
        Command::Dict(a) => cmd::dict::run(a),
    };
    match result {
        Ok(status) => status.into(),
        Err(e) => {
            if io::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("annals: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
