//! `annals dict`: look into the dictionaries, check them, count them.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use annals_kb::check::check_rows;
use annals_kb::KnowledgeBase;
use annals_time::{Date, Interval};
use anyhow::{Context, Result};

const USAGE: &str = "Inspect the dictionaries annals codes with.

  annals dict stats                 counts of states, polities, people, organizations, agents, patterns
  annals dict check [DIR]           validate the built-in dictionaries, plus DIR if given
  annals dict lookup NAME [--date D] [--focus CODES]
                                    what NAME resolves to (at date D: YYYY, YYYY-MM or YYYY-MM-DD;
                                    among several readings, one of the countries CODES wins)

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
        /// Countries already named nearby, comma-separated (`USA,MEX`): among
        /// several readings of an ambiguous name, one of theirs wins.
        #[arg(long, value_delimiter = ',')]
        focus: Vec<String>,
    },
}

/// Runs `annals dict`.
pub fn run(args: Args) -> Result<ExitCode> {
    match args.action {
        Action::Stats => stats(&args.dicts.knowledge_base()?),
        Action::Check { dir } => check(dir),
        Action::Lookup { name, date, focus } => lookup(
            &args.dicts.knowledge_base()?,
            &name,
            date.as_deref(),
            &focus,
        ),
    }
}

fn stats(kb: &KnowledgeBase) -> Result<ExitCode> {
    let s = kb.stats();
    let rows: [(&str, usize); 19] = [
        ("countries and territories", s.countries),
        ("  UN member states", s.un_members),
        ("  UN observer states", s.un_observers),
        ("  partially recognized", s.partially_recognized),
        ("  territories", s.territories),
        ("current states", s.current_states),
        ("historical polities", s.historical_polities),
        ("places", s.places),
        ("  dated rows", s.place_rows),
        ("people", s.people),
        ("  dated roles", s.roles),
        ("organizations", s.organizations),
        ("groups", s.groups),
        ("actor rows", s.rows),
        ("names matched", s.names),
        ("  with several readings", s.ambiguous_names),
        ("agent nouns", s.agent_nouns),
        ("  agent codes", s.agent_codes),
        ("CAMEO event codes", annals_cameo::table().len()),
    ];
    let mut out = std::io::stdout().lock();
    for (what, n) in rows {
        writeln!(out, "{what:<26}{n}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn check(dir: Option<PathBuf>) -> Result<ExitCode> {
    let dirs: Vec<&std::path::Path> = dir.iter().map(PathBuf::as_path).collect();
    let (kb, mut errors) = KnowledgeBase::load(&dirs);
    errors.extend(check_rows(kb.rows()));
    let mut out = std::io::stdout().lock();
    for e in &errors {
        writeln!(out, "{e}")?;
    }
    if errors.is_empty() {
        writeln!(
            out,
            "ok: {} actor rows, {} agent nouns",
            kb.rows().len(),
            kb.agent_nouns().len()
        )?;
        Ok(ExitCode::SUCCESS)
    } else {
        writeln!(out, "{} problem(s)", errors.len())?;
        Ok(ExitCode::from(1))
    }
}

fn lookup(
    kb: &KnowledgeBase,
    name: &str,
    date: Option<&str>,
    focus: &[String],
) -> Result<ExitCode> {
    let focus: Vec<&str> = focus.iter().map(String::as_str).collect();
    let at = match date {
        Some(d) => {
            let s = Date::parse_bound(d, false)
                .with_context(|| format!("--date {d:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"))?;
            let e = Date::parse_bound(d, true).with_context(|| format!("--date {d:?}"))?;
            Some(Interval::new(s, e))
        }
        None => None,
    };
    let mut out = std::io::stdout().lock();
    let bare = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    let readings = kb
        .name_index(bare)
        .map(|i| kb.candidates(i, at, &focus))
        .unwrap_or_default();
    let Some(r) = readings.first() else {
        writeln!(out, "{name:?}: not a known name")?;
        return Ok(ExitCode::from(1));
    };
    let polity = kb.polity(r.country, at).unwrap_or("-");
    let when = if r.undated {
        "undated: the actor's longest-held row"
    } else if r.in_period {
        "in period"
    } else {
        "outside its known periods: the nearest row"
    };
    writeln!(
        out,
        "{name}: {} (country {}, agent {}) — {} [{}], polity {polity}; reading: {}; {when}",
        r.code,
        r.country,
        r.agent.unwrap_or("-"),
        r.name,
        r.label,
        r.choice.as_str()
    )?;
    let d = |x: Option<Date>| x.map_or(String::from("…"), |d| d.to_string());
    if r.bounds().is_some() {
        writeln!(
            out,
            "  bounds undated events to {} – {}",
            d(r.known_from),
            d(r.known_to)
        )?;
    }
    for alt in readings
        .iter()
        .skip(1)
        .filter(|a| a.in_period || !r.in_period)
    {
        writeln!(out, "  or {} ({}) [{}]", alt.code, alt.id, alt.label)?;
    }
    for (id, rows) in kb.lookup(bare) {
        writeln!(out, "  actor {id}:")?;
        for row in rows {
            writeln!(
                out,
                "    {:<9} {} – {}  {}  ({})",
                row.code,
                d(row.start),
                d(row.end),
                row.label,
                row.origin
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
