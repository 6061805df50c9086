//! `annals dict`: look into the dictionaries, check them, count them.

use std::path::PathBuf;
use std::process::ExitCode;

use annals_kb::check::check_rows;
use annals_kb::KnowledgeBase;
use annals_time::{Date, Interval};
use anyhow::{Context, Result};

const USAGE: &str = "Inspect the dictionaries annals codes with.

  annals dict stats                 counts of states, polities, people, organizations, agents, patterns
  annals dict check [DIR]           validate the built-in dictionaries, plus DIR if given
  annals dict lookup NAME [--date D] what NAME resolves to (at date D: YYYY, YYYY-MM or YYYY-MM-DD)

A dictionary directory is laid out like dict/ in the source: actors/*.tsv for actors,
actors/agents.tsv for role nouns, lexicon/*.txt for event patterns. See dict/README.md.";

/// Arguments of `annals dict`.
#[derive(clap::Args, Debug)]
#[command(long_about = USAGE)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
    #[command(flatten)]
    dicts: crate::dicts::DictArgs,
}

#[derive(clap::Subcommand, Debug)]
enum Action {
    /// Count what the dictionaries hold.
    Stats,
    /// Validate dictionaries: unknown codes, bad dates, end before start, overlapping
    /// terms or polities, one name meaning two countries at once.
    Check {
        /// A dictionary directory to check with the built-in data.
        dir: Option<PathBuf>,
    },
    /// Show what a name resolves to.
    Lookup {
        /// The name, as written in text ("Petrograd", "the Soviets", "Chiang Kai-shek").
        name: String,
        /// The date to resolve at: YYYY, YYYY-MM or YYYY-MM-DD (-0043 for 44 BC).
        #[arg(long, allow_hyphen_values = true)]
        date: Option<String>,
    },
}

/// Runs `annals dict`.
pub fn run(args: Args) -> Result<ExitCode> {
    match args.action {
        Action::Stats => stats(&args.dicts.knowledge_base()?),
        Action::Check { dir } => check(dir),
        Action::Lookup { name, date } => {
            lookup(&args.dicts.knowledge_base()?, &name, date.as_deref())
        }
    }
}

fn stats(kb: &KnowledgeBase) -> Result<ExitCode> {
    let s = kb.stats();
    println!("current states        {}", s.current_states);
    println!("historical polities   {}", s.historical_polities);
    println!("places                {}", s.places);
    println!("people                {}", s.people);
    println!("  dated roles         {}", s.roles);
    println!("organizations         {}", s.organizations);
    println!("groups                {}", s.groups);
    println!("agent nouns           {}", s.agent_nouns);
    println!("  agent codes         {}", s.agent_codes);
    println!("names matched         {}", s.names);
    println!("CAMEO event codes     {}", annals_cameo::table().len());
    Ok(ExitCode::SUCCESS)
}

fn check(dir: Option<PathBuf>) -> Result<ExitCode> {
    let dirs: Vec<&std::path::Path> = dir.iter().map(PathBuf::as_path).collect();
    let (kb, mut errors) = KnowledgeBase::load(&dirs);
    errors.extend(check_rows(kb.rows()));
    for e in &errors {
        println!("{e}");
    }
    if errors.is_empty() {
        println!(
            "ok: {} actor rows, {} agent nouns",
            kb.rows().len(),
            kb.agent_nouns().len()
        );
        Ok(ExitCode::SUCCESS)
    } else {
        println!("{} problem(s)", errors.len());
        Ok(ExitCode::from(1))
    }
}

fn lookup(kb: &KnowledgeBase, name: &str, date: Option<&str>) -> Result<ExitCode> {
    let at = match date {
        Some(d) => {
            let s = Date::parse_bound(d, false)
                .with_context(|| format!("--date {d:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"))?;
            let e = Date::parse_bound(d, true).expect("parsed above");
            Some(Interval::new(s, e))
        }
        None => None,
    };
    let bare = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    let Some(idx) = kb.name_index(bare) else {
        println!("{name:?}: not a known name");
        return Ok(ExitCode::from(1));
    };
    let r = kb.resolve(idx, at, &[]).expect("a known name resolves");
    let polity = kb.polity(r.country, at).unwrap_or("-");
    println!(
        "{name}: {} (country {}, agent {}) — {} [{}], polity {polity}",
        r.code,
        r.country,
        r.agent.unwrap_or("-"),
        r.name,
        r.label
    );
    for (id, rows) in kb.lookup(bare) {
        println!("  actor {id}:");
        for row in rows {
            let d = |x: Option<Date>| x.map_or(String::from("…"), |d| d.to_string());
            println!(
                "    {:<9} {} – {}  {}  ({})",
                row.code,
                d(row.start),
                d(row.end),
                row.label,
                row.origin
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
