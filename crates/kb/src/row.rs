//! Parsing actor and agent rows.

use annals_time::Date;

use crate::{KbError, KbErrorKind};

/// What kind of actor a row describes (from its file).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorKind {
    /// A state or a polity of one.
    State,
    /// A place: a city, a seat of power, a region.
    Place,
    /// A person.
    Person,
    /// An organization: party, army, movement, IGO.
    Organization,
    /// A group of states or people without a state ("the West").
    Group,
}

impl ActorKind {
    /// The kind for an actor file's name (`states.tsv` -> `State`).
    pub fn for_file(name: &str) -> ActorKind {
        let n = name.to_ascii_lowercase();
        if n.starts_with("state") || n.starts_with("polit") || n.starts_with("countr") {
            ActorKind::State
        } else if n.starts_with("place") || n.starts_with("cit") {
            ActorKind::Place
        } else if n.starts_with("people") || n.starts_with("person") || n.starts_with("leader") {
            ActorKind::Person
        } else if n.starts_with("group") {
            ActorKind::Group
        } else {
            ActorKind::Organization
        }
    }

    /// Lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Place => "place",
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
        }
    }
}

/// One actor row: an actor in one period.
#[derive(Clone, Debug)]
pub struct Row {
    /// Stable key shared by the rows of one actor.
    pub id: String,
    /// CAMEO actor code (`RUS`, `RUSGOV`, `IGOUNO`).
    pub code: String,
    /// First day, if bounded.
    pub start: Option<Date>,
    /// Last day, if bounded.
    pub end: Option<Date>,
    /// Polity name, office or kind.
    pub label: String,
    /// Surface forms given on this row (a leading `~` marks a secondary reading
    /// of an ambiguous name).
    pub names: Vec<String>,
    /// Optional seventh column: tags, comma-separated (`member`, `observer`,
    /// `partial`, `territory` on country rows).
    pub tags: Vec<String>,
    /// The kind, from the file.
    pub kind: ActorKind,
    /// `file:line` for messages.
    pub origin: String,
}

impl Row {
    /// The three-letter country or group part of the code.
    pub fn country(&self) -> &str {
        &self.code[..3.min(self.code.len())]
    }

    /// Whether the row carries a tag.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }

    /// Whether this is a country's row across its whole history (a state row
    /// with a bare code and no label).
    pub fn is_country_row(&self) -> bool {
        self.kind == ActorKind::State && self.code.len() == 3 && self.label.is_empty()
    }

    /// The agent part of the code, if it is a known CAMEO agent.
    pub fn agent(&self) -> Option<&str> {
        let a = self.code.get(3..6)?;
        crate::agents::is_agent_code(a).then_some(a)
    }
}

/// Parses the rows of one actor file.
pub fn parse_rows(
    src: &str,
    file: &str,
    kind: ActorKind,
    out: &mut Vec<Row>,
    errors: &mut Vec<KbError>,
) {
    let mut f: Vec<&str> = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let line_no = i + 1;
        let t = line.trim_end_matches('\r');
        if t.trim().is_empty() || t.starts_with('#') || t.starts_with("id\t") {
            continue;
        }
        let err = |kind: KbErrorKind| KbError {
            origin: format!("{file}:{line_no}"),
            kind,
        };
        f.clear();
        f.extend(t.split('\t'));
        if f.len() < 5 {
            errors.push(err(KbErrorKind::Fields(f.len())));
            continue;
        }
        let code = f[1].trim().to_string();
        if code.len() < 3 || code.len() % 3 != 0 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.push(err(KbErrorKind::BadCode(code)));
            continue;
        }
        let start = match parse_opt_date(f[2], false) {
            Ok(d) => d,
            Err(()) => {
                errors.push(err(KbErrorKind::BadDate(f[2].to_string())));
                continue;
            }
        };
        let end = match parse_opt_date(f[3], true) {
            Ok(d) => d,
            Err(()) => {
                errors.push(err(KbErrorKind::BadDate(f[3].to_string())));
                continue;
            }
        };
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                errors.push(err(KbErrorKind::EndBeforeStart));
                continue;
            }
        }
        let names = f.get(5).map_or_else(Vec::new, |n| {
            n.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(strip_article)
                .collect()
        });
        let tags = f.get(6).map_or_else(Vec::new, |t| {
            t.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        });
        out.push(Row {
            id: f[0].trim().to_string(),
            code,
            start,
            end,
            label: f[4].trim().to_string(),
            names,
            tags,
            kind,
            origin: origin(file, line_no),
        });
    }
}

/// `file:line`, written without the formatting machinery: every row has one.
fn origin(file: &str, line_no: usize) -> String {
    let mut s = String::with_capacity(file.len() + 8);
    s.push_str(file);
    s.push(':');
    annals_text::push_decimal(&mut s, line_no);
    s
}

fn strip_article(n: &str) -> String {
    n.strip_prefix("the ")
        .or_else(|| n.strip_prefix("The "))
        .unwrap_or(n)
        .to_string()
}

fn parse_opt_date(s: &str, end: bool) -> Result<Option<Date>, ()> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    Date::parse_bound(s, end).map(Some).ok_or(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn origins_read_as_formatted() {
        for n in [0, 1, 9, 10, 4711, usize::MAX] {
            assert_eq!(super::origin("states.tsv", n), format!("states.tsv:{n}"));
        }
    }
}
