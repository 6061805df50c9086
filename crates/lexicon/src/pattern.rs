//! Event patterns: the line format of `dict/lexicon/*.txt` and its parsed form.
//!
//! ```text
//! # code   pattern                              ; flags
//! 057      sign ... treaty+|agreement+|pact+    ; mutual
//! 190      drive X out
//! 111      criticise|criticize
//! ```
//! In `verbs*.txt` the first word is a verb lemma (alternatives with `|`), expanded
//! to all its forms; in `nouns*.txt` it is a noun (a one-word pattern also
//! matches its plural). After it: literal words (ignoring case; `word+` also
//! matches the plural; `a|b` alternatives, `_` joining the words of one
//! alternative as in `martial_law`), `...` (up to five words), `X` (where
//! the target stands). Flags after `;`: `mutual` (an event with a partner is
//! symmetric), `notarget` (no target is looked for), `target=with,against` (the
//! only prepositions that introduce the target), `intent` (the verb states an
//! intention: what it governs is not coded as done).

use annals_text::words::normalize_char;

use crate::inflect::{noun_forms, verb_forms, Form};
use crate::{LexError, LexErrorKind};

/// Whether a pattern's head is a verb or a noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A verb pattern.
    Verb,
    /// An event noun.
    Noun,
}

/// One element after the head.
#[derive(Clone, Debug, PartialEq)]
pub enum Elem {
    /// One of these token sequences (normalized, lowercase).
    Words(Vec<Vec<String>>),
    /// Up to this many tokens.
    Gap(u8),
    /// The target's place.
    Target,
}

/// Options of a pattern.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flags {
    /// A partner introduced by "with"/"between", or coordinated subjects, make a
    /// symmetric event.
    pub mutual: bool,
    /// No target is looked for.
    pub no_target: bool,
    /// Only these prepositions introduce the target (empty: the default set).
    pub target_preps: Vec<String>,
    /// The verb states an intention or an attempt; what it governs did not (yet) happen.
    pub intent: bool,
}

/// A parsed pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// CAMEO event code.
    pub code: String,
    /// Verb or noun.
    pub kind: Kind,
    /// The head's forms (lowercase) and their grammatical form.
    pub heads: Vec<(String, Form)>,
    /// What must follow the head.
    pub elems: Vec<Elem>,
    /// Options.
    pub flags: Flags,
    /// A readable name for the rule: `verb: sign ... treaty+`.
    pub rule: String,
    /// `file:line`.
    pub origin: String,
}

impl Pattern {
    /// How specific the pattern is: more literal words first, then fewer gaps.
    pub fn specificity(&self) -> i32 {
        self.elems
            .iter()
            .map(|e| match e {
                Elem::Words(_) => 10,
                Elem::Target => 3,
                Elem::Gap(_) => -1,
            })
            .sum()
    }
}

/// Parses one pattern file; `kind` comes from the file name.
pub fn parse_file(
    src: &str,
    file: &str,
    kind: Kind,
    out: &mut Vec<Pattern>,
    errors: &mut Vec<LexError>,
) {
    for (i, raw) in src.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let origin = format!("{file}:{}", i + 1);
        for line in expand_multiword_heads(line) {
            match parse_line(&line, kind, &origin) {
                Ok(p) => out.push(p),
                Err(kind) => errors.push(LexError {
                    origin: origin.clone(),
                    kind,
                }),
            }
        }
    }
}

/// A head alternative written with `_` ("border_war") becomes a line of its own
/// whose head is the first word and whose next element is the rest.
fn expand_multiword_heads(line: &str) -> Vec<String> {
    let mut parts = line.splitn(3, char::is_whitespace);
    let (Some(code), Some(head)) = (parts.next(), parts.next()) else {
        return vec![line.to_string()];
    };
    if !head.contains('_') {
        return vec![line.to_string()];
    }
    let rest = parts.next().unwrap_or("").trim_start();
    let mut out = Vec::new();
    let simple: Vec<&str> = head
        .split('|')
        .filter(|a| !a.contains('_') && !a.is_empty())
        .collect();
    if !simple.is_empty() {
        out.push(format!("{code} {} {rest}", simple.join("|")));
    }
    for alt in head.split('|').filter(|a| a.contains('_')) {
        let (first, more) = alt.split_once('_').expect("contains _");
        // The first word must match exactly as written: no automatic plural.
        let sep = if rest.starts_with(';') || rest.is_empty() {
            " "
        } else {
            " "
        };
        out.push(format!(
            "{code} {first} {}{sep}{rest}",
            more.replace('_', " ")
                .split(' ')
                .collect::<Vec<_>>()
                .join(" ")
        ));
    }
    out
}

fn parse_line(line: &str, kind: Kind, origin: &str) -> Result<Pattern, LexErrorKind> {
    let (body, flags_src) = line.split_once(';').unwrap_or((line, ""));
    let mut parts = body.split_whitespace();
    let code = parts.next().ok_or(LexErrorKind::Empty)?.to_string();
    if annals_cameo::lookup(&code).is_none() {
        return Err(LexErrorKind::UnknownCode(code));
    }
    let head = parts.next().ok_or(LexErrorKind::NoHead)?;
    let mut heads = Vec::new();
    for alt in head.split('|').filter(|a| !a.is_empty()) {
        let alt = alt.to_ascii_lowercase();
        match kind {
            Kind::Verb => heads.extend(verb_forms(alt.trim_end_matches('+'))),
            Kind::Noun => {
                let rest_is_empty = body.split_whitespace().count() == 2;
                if alt.ends_with('+') || rest_is_empty {
                    heads.extend(
                        noun_forms(alt.trim_end_matches('+'))
                            .into_iter()
                            .map(|f| (f, Form::Noun)),
                    );
                } else {
                    heads.push((alt, Form::Noun));
                }
            }
        }
    }
    if heads
        .iter()
        .any(|(h, _)| h.contains(|c: char| !c.is_alphanumeric() && c != '-' && c != '\''))
    {
        return Err(LexErrorKind::BadWord(head.to_string()));
    }
    let mut elems = Vec::new();
    for p in parts {
        elems.push(match p {
            "..." => Elem::Gap(5),
            "X" => Elem::Target,
            words => {
                let mut alts = Vec::new();
                for alt in words.split('|').filter(|a| !a.is_empty()) {
                    // `_` joins the words of a multiword alternative: `martial_law`.
                    let alt = alt.replace('_', " ");
                    let forms = if let Some(stem) = alt.strip_suffix('+') {
                        noun_forms(stem)
                    } else {
                        vec![alt.to_ascii_lowercase()]
                    };
                    for f in forms {
                        alts.push(entry_tokens(&f));
                    }
                }
                if alts.is_empty() {
                    return Err(LexErrorKind::BadWord(words.to_string()));
                }
                Elem::Words(alts)
            }
        });
    }
    let mut flags = Flags::default();
    for f in flags_src.split_whitespace() {
        match f {
            "mutual" => flags.mutual = true,
            "notarget" => flags.no_target = true,
            "intent" => flags.intent = true,
            other => match other.strip_prefix("target=") {
                Some(list) => flags.target_preps = list.split(',').map(str::to_string).collect(),
                None => return Err(LexErrorKind::BadFlag(other.to_string())),
            },
        }
    }
    let kind_name = if kind == Kind::Verb { "verb" } else { "noun" };
    let rule = format!(
        "{kind_name}: {}",
        body.split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
            .join(" ")
    );
    Ok(Pattern {
        code,
        kind,
        heads,
        elems,
        flags,
        rule,
        origin: origin.to_string(),
    })
}

/// The normalized, lowercase tokens of a dictionary word ("cease-fire" -> cease, -, fire).
pub fn entry_tokens(s: &str) -> Vec<String> {
    let mut toks = Vec::new();
    annals_text::tokenize(s, 0, s.len(), &mut toks);
    toks.iter()
        .map(|t| {
            t.text(s)
                .chars()
                .map(normalize_char)
                .collect::<String>()
                .to_lowercase()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str, kind: Kind) -> Result<Pattern, LexErrorKind> {
        parse_line(line, kind, "t:1")
    }

    #[test]
    fn parses_heads_words_gaps_targets_and_flags() {
        let p = one("057 sign ... treaty+|accord ; mutual", Kind::Verb).unwrap();
        assert!(p
            .heads
            .iter()
            .any(|(h, f)| h == "signed" && *f == Form::PastOrParticiple));
        assert_eq!(p.elems[0], Elem::Gap(5));
        let Elem::Words(w) = &p.elems[1] else {
            panic!()
        };
        assert!(w.contains(&vec!["treaties".to_string()]));
        assert!(p.flags.mutual);
        assert_eq!(p.rule, "verb: sign ... treaty+|accord");
        let q = one("190 drive X out", Kind::Verb).unwrap();
        assert_eq!(q.elems[0], Elem::Target);
    }

    #[test]
    fn multiword_alternatives_are_token_sequences() {
        let p = one("0871 agree to ... cease-fire|ceasefire", Kind::Verb).unwrap();
        let Elem::Words(w) = &p.elems[2] else {
            panic!()
        };
        assert!(w.contains(&vec![
            "cease".to_string(),
            "-".to_string(),
            "fire".to_string()
        ]));
        assert!(w.contains(&vec!["ceasefire".to_string()]));
    }

    #[test]
    fn rejects_unknown_codes_and_flags() {
        assert!(matches!(
            one("999 attack", Kind::Verb),
            Err(LexErrorKind::UnknownCode(_))
        ));
        assert!(matches!(
            one("190 attack ; loud", Kind::Verb),
            Err(LexErrorKind::BadFlag(_))
        ));
        assert!(matches!(one("190", Kind::Verb), Err(LexErrorKind::NoHead)));
    }
}
