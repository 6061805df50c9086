//! English verb and noun inflection, enough to expand a lemma into the forms text uses.

use std::sync::OnceLock;

use annals_text::wordmap::WordMap;

/// The grammatical form of a matched verb or noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// `sign`: infinitive or present.
    Base,
    /// `signs`.
    Third,
    /// `signed` as a simple past.
    Past,
    /// `signed`/`taken` as a past participle (passive or perfect).
    Participle,
    /// A form that is both past and participle (`signed`, `made`).
    PastOrParticiple,
    /// `signing`.
    Gerund,
    /// A noun (`invasion`, `invasions`).
    Noun,
}

/// Irregular verbs: lemma, past, past participle.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("be", "was", "been"),
    ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bid", "bid", "bid"),
    ("bind", "bound", "bound"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("build", "built", "built"),
    ("burn", "burned", "burnt"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forgive", "forgave", "forgiven"),
    ("forsake", "forsook", "forsaken"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "got"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grow", "grew", "grown"),
    ("hang", "hanged", "hanged"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("mislead", "misled", "misled"),
    ("overcome", "overcame", "overcome"),
    ("overrun", "overran", "overrun"),
    ("oversee", "oversaw", "overseen"),
    ("overthrow", "overthrew", "overthrown"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("ride", "rode", "ridden"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown"),
    ("shut", "shut", "shut"),
    ("sink", "sank", "sunk"),
    ("slay", "slew", "slain"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("spread", "spread", "spread"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"),
    ("undertake", "undertook", "undertaken"),
    ("uphold", "upheld", "upheld"),
    ("wage", "waged", "waged"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"),
    ("withstand", "withstood", "withstood"),
    ("write", "wrote", "written"),
    ("forgo", "forwent", "forgone"),
    ("foresee", "foresaw", "foreseen"),
    ("outlaw", "outlawed", "outlawed"),
    ("shed", "shed", "shed"),
    ("split", "split", "split"),
    ("upset", "upset", "upset"),
    ("thrust", "thrust", "thrust"),
    ("sweep", "swept", "swept"),
    ("strive", "strove", "striven"),
    ("lie", "lay", "lain"),
];

/// Verbs of more than one syllable whose final consonant doubles (`expel` -> `expelled`).
const DOUBLING: &[&str] = &[
    "admit", "commit", "compel", "control", "expel", "occur", "patrol", "propel", "rebel", "refer",
    "prefer", "confer", "transfer", "acquit", "equip", "omit", "permit", "submit", "regret",
    "deter", "incur", "impel", "repel", "dispel", "outbid", "abet", "embed", "allot", "annul",
    "enrol", "instil", "remit", "transmit",
];

/// Whether `w` is an irregular verb whose simple past is its base form ("cut",
/// "put", "hit"): after a name, such a word may be the name's past-tense verb.
pub fn is_past_as_base(w: &str) -> bool {
    irregular_pasts()
        .get(w.as_bytes())
        .is_some_and(|k| k & PAST_AS_BASE != 0)
}

/// Whether `w` is the simple past of an irregular verb that differs from its
/// lemma ("withdrew", "took", "fought"): a word that, after a name, is its verb.
pub fn is_irregular_past(w: &str) -> bool {
    irregular_pasts()
        .get(w.as_bytes())
        .is_some_and(|k| k & PAST_DIFFERS != 0)
}

/// Kinds of irregular simple past, as bits: one that differs from its lemma...
const PAST_DIFFERS: u8 = 1;
/// ...and one that is its lemma.
const PAST_AS_BASE: u8 = 2;

/// The simple pasts of [`IRREGULAR`] with their kind, in one table: both
/// questions are asked of many words of every sentence, and a scan of the
/// list cost thousands of instructions each time.
fn irregular_pasts() -> &'static WordMap<u8> {
    static MAP: OnceLock<WordMap<u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        WordMap::build(
            IRREGULAR.iter().map(|(lemma, past, _)| {
                (
                    *past,
                    if past == lemma {
                        PAST_AS_BASE
                    } else {
                        PAST_DIFFERS
                    },
                )
            }),
            |a, b| a | b,
        )
    })
}

/// All forms of a verb lemma with their grammatical form.
pub fn verb_forms(lemma: &str) -> Vec<(String, Form)> {
    let lemma = lemma.to_ascii_lowercase();
    let mut out = vec![
        (lemma.clone(), Form::Base),
        (third_person(&lemma), Form::Third),
        (gerund(&lemma), Form::Gerund),
    ];
    if let Some(&(_, past, part)) = IRREGULAR.iter().find(|(l, _, _)| *l == lemma) {
        if past == part {
            out.push((past.to_string(), Form::PastOrParticiple));
        } else {
            out.push((past.to_string(), Form::Past));
            out.push((part.to_string(), Form::Participle));
        }
        // "burned"/"burnt" style doubles: also accept the regular form.
    } else {
        out.push((regular_past(&lemma), Form::PastOrParticiple));
        // British spelling doubles a final -l after one vowel: cancelled, travelling.
        let b = lemma.as_bytes();
        if b.len() > 3
            && b[b.len() - 1] == b'l'
            && is_vowel(b[b.len() - 2])
            && !is_vowel(b[b.len() - 3])
            && !doubles(&lemma)
        {
            out.push((format!("{lemma}led"), Form::PastOrParticiple));
            out.push((format!("{lemma}ling"), Form::Gerund));
        }
    }
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// Singular and plural of a noun.
pub fn noun_forms(noun: &str) -> Vec<String> {
    let n = noun.to_ascii_lowercase();
    let plural = if n.ends_with("ss")
        || n.ends_with("sh")
        || n.ends_with("ch")
        || n.ends_with('x')
        || n.ends_with('z')
    {
        format!("{n}es")
    } else if n.ends_with('s') {
        n.clone()
    } else if ends_consonant_y(&n) {
        format!("{}ies", &n[..n.len() - 1])
    } else {
        format!("{n}s")
    };
    if plural == n {
        vec![n]
    } else {
        vec![n, plural]
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn ends_consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2])
}

fn third_person(w: &str) -> String {
    if w == "be" {
        return "is".into();
    }
    if w == "have" {
        return "has".into();
    }
    if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
        || w.ends_with('o')
    {
        format!("{w}es")
    } else if ends_consonant_y(w) {
        format!("{}ies", &w[..w.len() - 1])
    } else {
        format!("{w}s")
    }
}

/// Whether the final consonant doubles before -ed/-ing.
fn doubles(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 3 {
        return false;
    }
    let (c1, v, c2) = (b[b.len() - 3], b[b.len() - 2], b[b.len() - 1]);
    let cvc = !is_vowel(c1) && is_vowel(v) && !is_vowel(c2) && !matches!(c2, b'w' | b'x' | b'y');
    if !cvc {
        return false;
    }
    let syllables = w.bytes().filter(|&c| is_vowel(c)).count();
    syllables == 1 || DOUBLING.contains(&w)
}

fn regular_past(w: &str) -> String {
    if w.ends_with('e') {
        format!("{w}d")
    } else if ends_consonant_y(w) {
        format!("{}ied", &w[..w.len() - 1])
    } else if doubles(w) {
        format!("{w}{}ed", &w[w.len() - 1..])
    } else {
        format!("{w}ed")
    }
}

fn gerund(w: &str) -> String {
    if w.ends_with("ie") {
        format!("{}ying", &w[..w.len() - 2])
    } else if w.ends_with('e')
        && !w.ends_with("ee")
        && !w.ends_with("ye")
        && !w.ends_with("oe")
        && w.len() > 2
    {
        format!("{}ing", &w[..w.len() - 1])
    } else if doubles(w) {
        format!("{w}{}ing", &w[w.len() - 1..])
    } else {
        format!("{w}ing")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_past_table_answers_as_the_list_does() {
        // Every listed past fits the table, which holds words of up to MAX_WORD bytes.
        for (lemma, past, part) in IRREGULAR {
            for w in [lemma, past, part] {
                let differs = IRREGULAR
                    .iter()
                    .any(|(l, p, _)| p != l && p.eq_ignore_ascii_case(w));
                let as_base = IRREGULAR
                    .iter()
                    .any(|(l, p, _)| p == l && l.eq_ignore_ascii_case(w));
                assert_eq!(is_irregular_past(w), differs, "{w}");
                assert_eq!(is_past_as_base(w), as_base, "{w}");
                assert_eq!(is_irregular_past(&w.to_uppercase()), differs, "{w}");
            }
        }
        assert!(is_irregular_past("Withdrew") && !is_irregular_past("withdraw"));
        assert!(is_past_as_base("cut") && !is_past_as_base("took"));
    }

    fn forms(l: &str) -> Vec<String> {
        verb_forms(l).into_iter().map(|(f, _)| f).collect()
    }

    #[test]
    fn regular_verbs() {
        assert_eq!(forms("sign"), ["sign", "signed", "signing", "signs"]);
        assert_eq!(forms("seize"), ["seize", "seized", "seizes", "seizing"]);
        assert_eq!(forms("deny"), ["denied", "denies", "deny", "denying"]);
        assert_eq!(forms("ban"), ["ban", "banned", "banning", "bans"]);
        assert_eq!(forms("expel"), ["expel", "expelled", "expelling", "expels"]);
        assert_eq!(forms("visit"), ["visit", "visited", "visiting", "visits"]);
        assert_eq!(forms("veto"), ["veto", "vetoed", "vetoes", "vetoing"]);
        assert_eq!(
            forms("cancel"),
            [
                "cancel",
                "canceled",
                "canceling",
                "cancelled",
                "cancelling",
                "cancels"
            ]
        );
    }

    #[test]
    fn irregular_verbs_know_past_from_participle() {
        let f = verb_forms("take");
        assert!(f.contains(&("took".to_string(), Form::Past)));
        assert!(f.contains(&("taken".to_string(), Form::Participle)));
        assert!(verb_forms("make").contains(&("made".to_string(), Form::PastOrParticiple)));
        assert!(forms("withdraw").contains(&"withdrew".to_string()));
    }

    #[test]
    fn nouns() {
        assert_eq!(noun_forms("treaty"), ["treaty", "treaties"]);
        assert_eq!(noun_forms("war"), ["war", "wars"]);
        assert_eq!(noun_forms("crisis"), ["crisis"]);
        assert_eq!(noun_forms("clash"), ["clash", "clashes"]);
    }
}
