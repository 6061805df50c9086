//! The words the time grammar knows, compiled into one Aho-Corasick automaton.
//!
//! The trigger words (a month, a unit, "century", "now", ...) are compiled into
//! an Aho-Corasick automaton: one pass of it over a document finds them all
//! ([`Lexicon::hits`]) and says which sentences are worth parsing at all. The
//! other words the grammar reads ("the", "of", "early", "BC") are looked up in
//! a small hash table, only in those sentences. No allocation per word.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

use crate::calendar::{Gran, Season, Tod};

/// What a known word means to the grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    Month(u8),
    Season(Season),
    Weekday(u8),
    /// A unit word; `true` when plural.
    Unit(Gran, bool),
    Week(bool),
    Hour(bool),
    Minute(bool),
    /// "one" .. "ninety", "hundred"=100, "thousand"=1000, "dozen"=12.
    Card(u16),
    /// "first" .. "ninetieth".
    Ord(u16),
    /// "twenties" .. "nineties".
    DecadeWord(u8),
    /// `true` for BC/BCE.
    Era(bool),
    /// Vague quantities: "few", "several", "many", "couple".
    Vague,
    Tod(Tod),
    /// DCT-relative words and what they stand for.
    Now,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Current,
    Recent,
    Former,
    Future,
    Past,
    Present,
    Daily(Gran),
    Christmas,
    // Grammar words.
    The,
    A,
    Of,
    In,
    On,
    At,
    By,
    To,
    From,
    Until,
    Through,
    Between,
    And,
    Or,
    Since,
    Before,
    After,
    During,
    For,
    Within,
    Over,
    Prior,
    Following,
    Next,
    Previous,
    Last,
    Same,
    This,
    That,
    These,
    Early,
    Earlier,
    Late,
    Later,
    Latter,
    Mid,
    Middle,
    Beginning,
    Start,
    End,
    Close,
    Turn,
    Half,
    Part,
    Rest,
    Approx,
    Nearly,
    Just,
    More,
    Less,
    Than,
    Ago,
    Afterwards,
    Previously,
    Long,
    Old,
    Age,
    Per,
    Every,
    Time,
    Being,
    Day,
    Had,
    PresentVerb,
    Relative,
    Subordinator,
    Quoted,
    Intervening,
    /// "a.m." (false), "p.m." (true).
    AmPm(bool),
    /// His, her, its, their: "his last year" is not "last year".
    Poss,
    /// Nouns that are counted ("1500 troops"): the number before is no year.
    Count,
    /// Modal verbs and words of intent ("would", "planned"): an irrealis clause.
    Modal,
    /// "date", as in "to date".
    DateNoun,
}

impl Lex {
    /// Whether the word alone makes a sentence worth parsing.
    pub fn is_trigger(self) -> bool {
        matches!(
            self,
            Lex::Month(_)
                | Lex::Season(_)
                | Lex::Weekday(_)
                | Lex::Unit(..)
                | Lex::Week(_)
                | Lex::Hour(_)
                | Lex::Minute(_)
                | Lex::DecadeWord(_)
                | Lex::Tod(_)
                | Lex::Now
                | Lex::Today
                | Lex::Yesterday
                | Lex::Tomorrow
                | Lex::Tonight
                | Lex::Current
                | Lex::Recent
                | Lex::Former
                | Lex::Future
                | Lex::Past
                | Lex::Present
                | Lex::Daily(_)
                | Lex::Christmas
                | Lex::Day
                // "after the war" dates events without a time word.
                | Lex::After
                | Lex::Before
                | Lex::Since
                | Lex::Until
        )
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBR: [(&str, u8); 13] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("febr", 2),
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const CARDS: [(&str, u16); 31] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
    ("dozen", 12),
    ("zero", 0),
];
const ORDS: [(&str, u16); 28] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
];
const DECADE_WORDS: [(&str, u8); 9] = [
    ("tens", 1),
    ("twenties", 2),
    ("thirties", 3),
    ("forties", 4),
    ("fifties", 5),
    ("sixties", 6),
    ("seventies", 7),
    ("eighties", 8),
    ("nineties", 9),
];

/// Nouns that follow a number when it counts things rather than names a year.
const COUNT_NOUNS: [&str; 52] = [
    "men",
    "troops",
    "soldiers",
    "people",
    "persons",
    "civilians",
    "casualties",
    "dead",
    "killed",
    "wounded",
    "prisoners",
    "refugees",
    "ships",
    "vessels",
    "tanks",
    "aircraft",
    "planes",
    "guns",
    "horses",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "tons",
    "tonnes",
    "acres",
    "hectares",
    "dollars",
    "pounds",
    "rubles",
    "roubles",
    "francs",
    "votes",
    "seats",
    "members",
    "officers",
    "fighters",
    "rebels",
    "insurgents",
    "workers",
    "students",
    "families",
    "villages",
    "sorties",
    "attacks",
    "deaths",
    "cavalry",
    "infantry",
    "delegates",
];

/// Every other word, by meaning.
fn words() -> Vec<(&'static str, Lex)> {
    use Lex::*;
    let mut v: Vec<(&'static str, Lex)> = vec![
        ("spring", Season(crate::calendar::Season::Spring)),
        ("summer", Season(crate::calendar::Season::Summer)),
        ("autumn", Season(crate::calendar::Season::Autumn)),
        ("fall", Season(crate::calendar::Season::Autumn)),
        ("winter", Season(crate::calendar::Season::Winter)),
        ("year", Unit(Gran::Year, false)),
        ("years", Unit(Gran::Year, true)),
        ("month", Unit(Gran::Month, false)),
        ("months", Unit(Gran::Month, true)),
        ("day", Day),
        ("days", Unit(Gran::Day, true)),
        ("decade", Unit(Gran::Decade, false)),
        ("decades", Unit(Gran::Decade, true)),
        ("century", Unit(Gran::Century, false)),
        ("centuries", Unit(Gran::Century, true)),
        ("millennium", Unit(Gran::Millennium, false)),
        ("millennia", Unit(Gran::Millennium, true)),
        ("millenniums", Unit(Gran::Millennium, true)),
        ("week", Week(false)),
        ("weeks", Week(true)),
        ("fortnight", Week(false)),
        ("hour", Hour(false)),
        ("hours", Hour(true)),
        ("minute", Minute(false)),
        ("minutes", Minute(true)),
        ("few", Vague),
        ("several", Vague),
        ("many", Vague),
        ("couple", Vague),
        ("bc", Era(true)),
        ("bce", Era(true)),
        ("b.c.", Era(true)),
        ("b.c.e.", Era(true)),
        ("ad", Era(false)),
        ("ce", Era(false)),
        ("a.d.", Era(false)),
        ("c.e.", Era(false)),
        ("morning", Tod(crate::calendar::Tod::Morning)),
        ("afternoon", Tod(crate::calendar::Tod::Afternoon)),
        ("evening", Tod(crate::calendar::Tod::Evening)),
        ("night", Tod(crate::calendar::Tod::Night)),
        ("noon", Tod(crate::calendar::Tod::Noon)),
        ("midday", Tod(crate::calendar::Tod::Noon)),
        ("midnight", Tod(crate::calendar::Tod::Midnight)),
        ("now", Now),
        ("nowadays", Now),
        ("today", Today),
        ("yesterday", Yesterday),
        ("tomorrow", Tomorrow),
        ("tonight", Tonight),
        ("currently", Current),
        ("current", Current),
        ("presently", Current),
        ("recent", Recent),
        ("recently", Recent),
        ("lately", Recent),
        ("former", Former),
        ("formerly", Former),
        ("future", Future),
        ("past", Past),
        ("present", Present),
        ("daily", Daily(Gran::Day)),
        ("everyday", Daily(Gran::Day)),
        ("date", DateNoun),
        ("weekly", Daily(Gran::Half)),
        ("monthly", Daily(Gran::Month)),
        ("annually", Daily(Gran::Year)),
        ("yearly", Daily(Gran::Year)),
        ("annual", Daily(Gran::Year)),
        ("christmas", Christmas),
        ("the", The),
        ("a", A),
        ("an", A),
        ("of", Of),
        ("in", In),
        ("on", On),
        ("at", At),
        ("by", By),
        ("to", To),
        ("from", From),
        ("until", Until),
        ("till", Until),
        ("through", Through),
        ("throughout", Through),
        ("between", Between),
        ("and", And),
        ("or", Or),
        ("since", Since),
        ("before", Before),
        ("after", After),
        ("during", During),
        ("for", For),
        ("within", Within),
        ("over", Over),
        ("prior", Prior),
        ("following", Following),
        ("subsequent", Following),
        ("succeeding", Following),
        ("ensuing", Following),
        ("next", Next),
        ("coming", Next),
        ("previous", Previous),
        ("preceding", Previous),
        ("last", Last),
        ("same", Same),
        ("this", This),
        ("that", That),
        ("these", These),
        ("those", These),
        ("early", Early),
        ("earlier", Earlier),
        ("late", Late),
        ("later", Later),
        ("latter", Latter),
        ("mid", Mid),
        ("middle", Middle),
        ("beginning", Beginning),
        ("start", Start),
        ("dawn", Beginning),
        ("outset", Beginning),
        ("end", End),
        ("close", Close),
        ("turn", Turn),
        ("half", Half),
        ("part", Part),
        ("rest", Rest),
        ("remainder", Rest),
        ("about", Approx),
        ("around", Approx),
        ("circa", Approx),
        ("ca", Approx),
        ("c", Approx),
        ("approximately", Approx),
        ("approx", Approx),
        ("roughly", Approx),
        ("some", Approx),
        ("nearly", Nearly),
        ("almost", Nearly),
        ("just", Just),
        ("only", Just),
        ("more", More),
        ("less", Less),
        ("fewer", Less),
        ("than", Than),
        ("ago", Ago),
        ("afterwards", Afterwards),
        ("afterward", Afterwards),
        ("thereafter", Afterwards),
        ("previously", Previously),
        ("beforehand", Previously),
        ("long", Long),
        ("old", Old),
        ("age", Age),
        ("per", Per),
        ("every", Every),
        ("each", Every),
        ("time", Time),
        ("being", Being),
        ("had", Had),
        ("is", PresentVerb),
        ("are", PresentVerb),
        ("has", PresentVerb),
        ("have", PresentVerb),
        ("remains", PresentVerb),
        ("remain", PresentVerb),
        ("does", PresentVerb),
        ("do", PresentVerb),
        ("continues", PresentVerb),
        ("which", Relative),
        ("who", Relative),
        ("whom", Relative),
        ("whose", Relative),
        ("where", Relative),
        ("when", Subordinator),
        ("while", Subordinator),
        ("because", Subordinator),
        ("although", Subordinator),
        ("though", Subordinator),
        ("whereas", Subordinator),
        ("once", Subordinator),
        ("but", Subordinator),
        ("however", Subordinator),
        ("said", Quoted),
        ("says", Quoted),
        ("intervening", Intervening),
        ("final", Last),
        ("a.m.", AmPm(false)),
        ("p.m.", AmPm(true)),
        ("am", AmPm(false)),
        ("pm", AmPm(true)),
        ("would", Modal),
        ("could", Modal),
        ("should", Modal),
        ("might", Modal),
        ("must", Modal),
        ("will", Modal),
        ("shall", Modal),
        ("planned", Modal),
        ("plan", Modal),
        ("proposed", Modal),
        ("plans", Modal),
        ("intended", Modal),
        ("scheduled", Modal),
        ("expected", Modal),
        ("hoped", Modal),
        ("deadline", Modal),
        ("his", Poss),
        ("her", Poss),
        ("its", Poss),
        ("their", Poss),
        ("our", Poss),
        ("my", Poss),
    ];
    for w in COUNT_NOUNS {
        v.push((w, Count));
    }
    for (i, m) in MONTHS.iter().enumerate() {
        v.push((m, Month(i as u8 + 1)));
    }
    for &(m, n) in &MONTH_ABBR {
        v.push((m, Month(n)));
    }
    for (i, d) in WEEKDAYS.iter().enumerate() {
        v.push((d, Weekday(i as u8 + 1)));
    }
    for &(w, n) in &CARDS {
        v.push((w, Card(n)));
    }
    for &(w, n) in &ORDS {
        v.push((w, Ord(n)));
    }
    for &(w, n) in &DECADE_WORDS {
        v.push((w, DecadeWord(n)));
    }
    v
}

/// The compiled word list.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// The trigger words, as an automaton.
    ac: AhoCorasick,
    lex: Vec<Lex>,
    /// Every other word (lower case), for the words of sentences worth parsing.
    others: HashMap<&'static [u8], Lex, BuildHasherDefault<Fnv>>,
}

impl Lexicon {
    pub fn new() -> Lexicon {
        let (triggers, others): (Vec<_>, Vec<_>) =
            words().into_iter().partition(|w| w.1.is_trigger());
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            // A few hundred short words: a DFA is small and the fastest to run.
            .kind(Some(AhoCorasickKind::DFA))
            .build(triggers.iter().map(|w| w.0))
            // The patterns are a fixed list of short words; building cannot fail.
            .expect("time lexicon builds");
        Lexicon {
            ac,
            lex: triggers.into_iter().map(|w| w.1).collect(),
            others: others.into_iter().map(|(w, l)| (w.as_bytes(), l)).collect(),
        }
    }

    /// The meaning of a word that is not a trigger (`text[i..j]`, any case).
    #[inline]
    pub fn other(&self, text: &str, i: usize, j: usize) -> Option<Lex> {
        let w = text.as_bytes().get(i..j)?;
        let mut buf = [0u8; 16];
        if w.len() > buf.len() || !w.is_ascii() {
            return None;
        }
        buf[..w.len()].copy_from_slice(w);
        buf[..w.len()].make_ascii_lowercase();
        self.others.get(&buf[..w.len()]).copied()
    }

    /// Every trigger word in `text[start..end]` that stands as a word of its own,
    /// in order: one pass of the automaton over the text.
    pub fn hits(&self, text: &str, start: usize, end: usize, out: &mut Vec<Hit>) {
        out.clear();
        for m in self.ac.find_iter(Input::new(text).span(start..end)) {
            let (s, e) = (m.start(), m.end());
            if !letter_before(text, s) && !letter_at(text, e) {
                out.push(Hit {
                    start: s as u32,
                    end: e as u32,
                    lex: self.lex[m.pattern().as_usize()],
                });
            }
        }
    }
}

/// A known word found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: u32,
    pub end: u32,
    pub lex: Lex,
}

/// FNV-1a: a fast hash for the short keys of the word table.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Whether the character ending at byte `i` continues a word (a letter or a
/// digit, in any script; not a dash, a quote or a non-breaking space).
#[inline]
fn letter_before(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i.wrapping_sub(1)) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text
            .get(..i)
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_alphanumeric),
    }
}

/// Whether the character starting at byte `i` continues a word.
#[inline]
fn letter_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text
            .get(i..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric),
    }
}

/// Bytes that continue a word (ASCII letters and digits, and any non-ASCII byte,
/// so that "Díaz" or "Tết" never split into ASCII fragments).
#[inline]
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(t: &str) -> Vec<(&str, Lex)> {
        let l = Lexicon::new();
        let mut v = Vec::new();
        l.hits(t, 0, t.len(), &mut v);
        v.iter()
            .map(|h| (&t[h.start as usize..h.end as usize], h.lex))
            .collect()
    }

    #[test]
    fn finds_whole_words_only() {
        let v = hits("March mayor May years B.C. Sept known Díaz\u{a0}spring");
        assert_eq!(
            v,
            [
                ("March", Lex::Month(3)),
                ("May", Lex::Month(5)),
                ("years", Lex::Unit(Gran::Year, true)),
                ("Sept", Lex::Month(9)),
                ("spring", Lex::Season(crate::calendar::Season::Spring)),
            ]
        );
    }

    #[test]
    fn other_words_in_any_case() {
        let l = Lexicon::new();
        let t = "The B.C. Ca EARLY thee";
        assert_eq!(l.other(t, 0, 3), Some(Lex::The));
        assert_eq!(l.other(t, 4, 8), Some(Lex::Era(true)));
        assert_eq!(l.other(t, 9, 11), Some(Lex::Approx));
        assert_eq!(l.other(t, 12, 17), Some(Lex::Early));
        assert_eq!(l.other(t, 18, 22), None);
    }

    #[test]
    fn triggers_are_marked() {
        assert!(!hits("the known mayor sat").iter().any(|h| h.1.is_trigger()));
        assert!(hits("the war ended that spring")
            .iter()
            .any(|h| h.1.is_trigger()));
    }
}
