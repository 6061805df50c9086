//! Tests of the built-in patterns: every file parses, every code exists, the
//! patterns reach every CAMEO root, and each pattern family codes a small phrase
//! as it should.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use annals_text::{tokenize, Words};

use super::*;

fn builtin() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::builtin)
}

/// Tokens of a phrase as the lexicon sees them.
fn words_of(text: &str) -> Words {
    let mut toks = Vec::new();
    tokenize(text, 0, text.len(), &mut toks);
    let mut w = Words::default();
    w.build(text, &toks);
    w
}

/// The hits in `text` as (code, verb or noun, the words from head to end).
/// `actors` are the token ranges of actor mentions, where `X` slots may match.
fn hits_in(lex: &Lexicon, text: &str, actors: &[(usize, usize)]) -> Vec<(String, Kind, String)> {
    let w = words_of(text);
    let mut ends = vec![u32::MAX; w.len()];
    for &(s, e) in actors {
        ends[s] = e as u32;
    }
    let mut out = Vec::new();
    lex.find(&w, &ends, &mut out);
    out.iter()
        .map(|h| {
            let words: Vec<&str> = (h.head..h.end).map(|i| w.text(i)).collect();
            (lex.pattern(h.pattern).code.clone(), h.kind, words.join(" "))
        })
        .collect()
}

/// The code of the verb reading of the phrase (its first verb hit), with the words matched.
fn verb(text: &str) -> (String, String) {
    verb_with(text, &[])
}

fn verb_with(text: &str, actors: &[(usize, usize)]) -> (String, String) {
    hits_in(builtin(), text, actors)
        .into_iter()
        .find(|h| h.1 == Kind::Verb)
        .map(|(c, _, w)| (c, w))
        .unwrap_or_else(|| panic!("no verb pattern in {text:?}"))
}

/// The code of the noun reading of the phrase (its first noun hit), with the words matched.
fn noun(text: &str) -> (String, String) {
    hits_in(builtin(), text, &[])
        .into_iter()
        .find(|h| h.1 == Kind::Noun)
        .map(|(c, _, w)| (c, w))
        .unwrap_or_else(|| panic!("no noun pattern in {text:?}"))
}

fn pair(code: &str, words: &str) -> (String, String) {
    (code.to_string(), words.to_string())
}

// --- the built-in files as a whole ---------------------------------------------

#[test]
fn every_builtin_file_parses_on_its_own() {
    assert!(BUILTIN_FILES.len() >= 2, "verbs and nouns at least");
    for &(name, src) in BUILTIN_FILES {
        let (lex, errors) =
            Lexicon::from_sources(std::iter::once((name.to_string(), src.to_string())));
        let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(msgs.is_empty(), "{name}:\n{}", msgs.join("\n"));
        assert!(!lex.patterns().is_empty(), "{name} holds no pattern");
        // The file name says whether its heads are verbs or nouns.
        let kind = if name.starts_with("noun") {
            Kind::Noun
        } else {
            Kind::Verb
        };
        assert!(lex.patterns().iter().all(|p| p.kind == kind), "{name}");
    }
}

#[test]
fn every_pattern_has_a_known_code_heads_and_an_origin() {
    for p in builtin().patterns() {
        let t = annals_cameo::lookup(&p.code).unwrap_or_else(|| panic!("{}: {}", p.origin, p.code));
        assert_eq!(t.root, p.code[..2], "{}", p.origin);
        assert!(!p.heads.is_empty(), "{}: no head", p.origin);
        assert!(
            p.rule.starts_with("verb: ") || p.rule.starts_with("noun: "),
            "{}",
            p.rule
        );
        let (file, line) = p.origin.rsplit_once(':').expect("file:line");
        assert!(
            file.ends_with(".txt") && line.parse::<usize>().is_ok(),
            "{}",
            p.origin
        );
    }
}

#[test]
fn the_patterns_reach_each_of_the_twenty_roots() {
    let roots: BTreeSet<&str> = builtin().patterns().iter().map(|p| &p.code[..2]).collect();
    let all: BTreeSet<String> = (1..=20).map(|r| format!("{r:02}")).collect();
    let missing: Vec<&String> = all.iter().filter(|r| !roots.contains(r.as_str())).collect();
    assert!(missing.is_empty(), "roots without a pattern: {missing:?}");
    assert_eq!(roots.len(), 20, "{roots:?}");
}

#[test]
fn at_least_150_distinct_codes() {
    let codes: BTreeSet<&str> = builtin()
        .patterns()
        .iter()
        .map(|p| p.code.as_str())
        .collect();
    assert!(codes.len() >= 150, "{} codes", codes.len());
    assert_eq!(builtin().stats().codes, codes.len());
}

#[test]
fn the_automaton_knows_every_head_form() {
    let lex = builtin();
    for p in lex.patterns() {
        for (form, _) in &p.heads {
            let w = words_of(form);
            let mut is_head = Vec::new();
            lex.heads(&w, &mut is_head);
            assert!(
                is_head.first() == Some(&true),
                "{}: head {form:?} not found",
                p.origin
            );
        }
    }
}

/// A phrase that a pattern should match: its first head form, the first
/// alternative of each word element, nothing for gaps and "X" for the target.
/// Returns the phrase and the token range of the target.
fn phrase_for(p: &Pattern) -> (String, Option<(usize, usize)>) {
    let mut parts: Vec<String> = vec![p.heads[0].0.clone()];
    let mut target = None;
    for e in &p.elems {
        match e {
            Elem::Words(alts) => parts.push(alts[0].join(" ")),
            Elem::Gap(_) => {}
            Elem::Target => {
                let at = words_of(&parts.join(" ")).len();
                target = Some((at, at + 1));
                parts.push("X".to_string());
            }
        }
    }
    (parts.join(" "), target)
}

#[test]
fn every_pattern_matches_its_own_words() {
    // Each pattern's own phrase is matched by a pattern with the same code (the
    // pattern itself or an equivalent one listed before it): no pattern is shadowed
    // by another that codes its words differently.
    let lex = builtin();
    let mut shadowed = Vec::new();
    for p in lex.patterns() {
        let (phrase, target) = phrase_for(p);
        let actors: Vec<(usize, usize)> = target.into_iter().collect();
        let hits = hits_in(lex, &phrase, &actors);
        let ok = hits
            .iter()
            .any(|(code, kind, _)| *kind == p.kind && *code == p.code);
        if !ok {
            shadowed.push(format!(
                "{} {} {:?} -> {:?}",
                p.origin, p.code, phrase, hits
            ));
        }
    }
    assert!(
        shadowed.is_empty(),
        "{} patterns never win their own words:\n{}",
        shadowed.len(),
        shadowed.join("\n")
    );
}

// --- pattern families -------------------------------------------------------------

#[test]
fn inflections_of_a_regular_verb() {
    for form in ["sign", "signs", "signed", "signing"] {
        assert_eq!(
            verb(&format!("{form} a treaty")),
            pair("057", &format!("{form} a treaty")),
            "{form}"
        );
    }
    // e-final and consonant-doubling stems.
    assert_eq!(verb("invading").0, "190");
    assert_eq!(verb("occupies").0, "192");
    assert_eq!(verb("shelled").0, "194");
}

#[test]
fn inflections_of_irregular_verbs() {
    for (phrase, code) in [
        ("fought", "190"),
        ("overran", "190"),
        ("shot down", "195"),
        ("withdrew", "0874"),
        ("gave aid", "070"),
        ("took over", "192"),
        ("made peace", "057"),
        ("broke off relations", "161"),
        ("driven", "190"),
    ] {
        let (c, _) = if phrase == "driven" {
            verb_with("driven X out", &[(1, 2)])
        } else {
            verb(phrase)
        };
        assert_eq!(c, code, "{phrase}");
    }
}

#[test]
fn particles_and_phrasal_verbs() {
    // "drive X out" and "drive X away" differ by their particle only.
    assert_eq!(
        verb_with("drove X out", &[(1, 2)]),
        pair("190", "drove X out")
    );
    assert_eq!(
        verb_with("drove X away", &[(1, 2)]),
        pair("174", "drove X away")
    );
    // The slot takes a whole actor mention, determiner included.
    assert_eq!(
        verb_with("drove the settlers out", &[(1, 3)]),
        pair("190", "drove the settlers out")
    );
    assert_eq!(verb("sided with"), pair("051", "sided with"));
    assert_eq!(verb("took over"), pair("192", "took over"));
    assert_eq!(
        verb("called off the strike"),
        pair("082", "called off the strike")
    );
    assert_eq!(verb("pulled out"), pair("0874", "pulled out"));
    assert_eq!(verb("gave in"), pair("080", "gave in"));
    // Without its particle, "call" is not the act of calling off.
    assert!(hits_in(builtin(), "called the strike", &[])
        .iter()
        .all(|h| h.0 != "082"));
}

#[test]
fn light_verbs_take_their_code_from_the_noun() {
    assert_eq!(verb("made peace"), pair("057", "made peace"));
    assert_eq!(verb("made an alliance"), pair("057", "made an alliance"));
    assert_eq!(verb("made concessions"), pair("080", "made concessions"));
    assert_eq!(verb("provided aid"), pair("070", "provided aid"));
    assert_eq!(verb("provided military aid").0, "072");
    assert_eq!(
        verb("offering reconciliation"),
        pair("037", "offering reconciliation")
    );
    assert_eq!(verb("held talks"), pair("046", "held talks"));
    assert_eq!(verb("declared war"), pair("190", "declared war"));
    // Up to five words between the verb and its noun.
    assert_eq!(verb("signed a long and detailed treaty").0, "057");
    assert!(hits_in(
        builtin(),
        "signed a very long and very detailed treaty",
        &[]
    )
    .iter()
    .all(|h| h.2 != "signed a very long and very detailed treaty"));
}

#[test]
fn a_gap_does_not_cross_a_clause_boundary() {
    let (code, words) = verb("signed; the treaty");
    assert_eq!((code.as_str(), words.as_str()), ("057", "signed"));
}

#[test]
fn the_most_specific_pattern_of_a_head_wins() {
    assert_eq!(verb("signed a truce").0, "0871");
    assert_eq!(verb("signed a treaty").0, "057");
    assert_eq!(verb("signed").0, "057");
    assert_eq!(verb("threatened sanctions").0, "1312");
    assert_eq!(verb("threatened").0, "130");
}

#[test]
fn event_nouns() {
    assert_eq!(noun("invasion"), pair("190", "invasion"));
    assert_eq!(noun("invasions"), pair("190", "invasions"));
    assert_eq!(noun("border war"), pair("190", "border war"));
    assert_eq!(noun("civil war"), pair("190", "civil war"));
    assert_eq!(noun("withdrawal"), pair("0874", "withdrawal"));
    assert_eq!(noun("support"), pair("070", "support"));
    assert_eq!(noun("treaties"), pair("057", "treaties"));
    assert_eq!(noun("suspension of military aid").0, "162");
    assert_eq!(noun("ceasefire").0, "0871");
    assert_eq!(noun("cease-fire").0, "0871");
}

#[test]
fn relation_nouns_are_coded_by_the_judgement_after_them() {
    assert_eq!(noun("relations remained fractious").0, "110");
    assert_eq!(noun("relations are close").0, "050");
    assert_eq!(noun("alliance ended").0, "160");
    // Without a judgement, "relations" alone is no event.
    assert!(hits_in(builtin(), "relations", &[]).is_empty());
}

#[test]
fn one_head_can_have_a_verb_and_a_noun_reading() {
    let hits = hits_in(builtin(), "attack", &[]);
    let kinds: BTreeSet<(String, bool)> = hits
        .iter()
        .map(|h| (h.0.clone(), h.1 == Kind::Verb))
        .collect();
    assert!(kinds.contains(&("190".to_string(), true)), "{hits:?}");
    assert!(kinds.contains(&("180".to_string(), false)), "{hits:?}");
}

#[test]
fn flags_of_the_families() {
    let find = |rule: &str| {
        builtin()
            .patterns()
            .iter()
            .find(|p| p.rule == rule)
            .unwrap_or_else(|| panic!("no pattern {rule:?}"))
    };
    assert!(find("verb: make peace").flags.mutual);
    assert!(find("noun: civil war").flags.no_target);
    assert_eq!(find("verb: side with").flags.target_preps, ["with"]);
    assert!(
        !find("verb: attack|invade|raid|storm|ambush|overrun")
            .flags
            .mutual
    );
}

#[test]
fn whole_words_only() {
    assert!(hits_in(builtin(), "counterattacked", &[]).is_empty());
    assert!(hits_in(builtin(), "signature", &[])
        .iter()
        .all(|h| h.0 != "057"));
}

#[test]
fn a_user_file_adds_a_verb_beside_the_builtin_ones() {
    let dir = std::env::temp_dir().join(format!("annals-lexicon-test-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("lexicon")).unwrap();
    std::fs::write(dir.join("lexicon/verbs-extra.txt"), "# mine\n0871 parley\n").unwrap();
    let (lex, errors) = Lexicon::load(&[dir.as_path()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(lex.patterns().len(), builtin().patterns().len() + 1);
    assert_eq!(verb_in(&lex, "parleyed").0, "0871");
    assert!(verb_in(&lex, "parleyed").1.ends_with("parleyed"));
    assert!(hits_in(builtin(), "parleyed", &[]).is_empty());
}

fn verb_in(lex: &Lexicon, text: &str) -> (String, String) {
    hits_in(lex, text, &[])
        .into_iter()
        .find(|h| h.1 == Kind::Verb)
        .map(|(c, _, w)| (c, w))
        .unwrap_or_else(|| panic!("no verb pattern in {text:?}"))
}
