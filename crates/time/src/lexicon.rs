//! The words the time grammar knows, in one word table.
//!
//! The trigger words (a month, a unit, "century", "now", ...) are all plain
//! ASCII words, and count only as a word of their own (no letter or digit on
//! either side); they say which sentences are worth parsing at all. The other
//! words the grammar reads ("the", "of", "early", "BC") count wherever the
//! scanner finds them. Both kinds share one table, so the scanner looks each
//! word up once. No allocation per word.

use crate::calendar::{Gran, Season, Tod};
use annals_text::wordmap::{load_at, low_bytes};

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
    /// Whether the word can lead a reference to an event told before ("after
    /// the war", "following the treaty").
    pub fn leads_event_ref(self) -> bool {
        matches!(self, Lex::After | Lex::Before | Lex::Since | Lex::Until | Lex::Following)
    }

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

/// Month names, then their abbreviations (January is 1).
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
    ("febr", 2),
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
];
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/// Numbers in words: zero to twenty by position, then the tens from twenty.
const CARDS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/// Ordinals: first to twentieth by position, then the tens.
const ORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];
const TENTHS: [&str; 8] =
    ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
/// "twenties" .. "nineties" ("tens" is rare for the 1910s and common otherwise).
const DECADE_WORDS: [&str; 8] =
    ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

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

/// Every other word, grouped by meaning.
fn words() -> Vec<(&'static str, Lex)> {
    use crate::calendar::{Season as S, Tod as T};
    use Lex::*;
    let groups: &[(Lex, &[&'static str])] = &[
        (Season(S::Spring), &["spring"]),
        (Season(S::Summer), &["summer"]),
        (Season(S::Autumn), &["autumn", "fall"]),
        (Season(S::Winter), &["winter"]),
        (Unit(Gran::Year, false), &["year"]),
        (Unit(Gran::Year, true), &["years"]),
        (Unit(Gran::Month, false), &["month"]),
        (Unit(Gran::Month, true), &["months"]),
        (Day, &["day"]),
        (Unit(Gran::Day, true), &["days"]),
        (Unit(Gran::Decade, false), &["decade"]),
        (Unit(Gran::Decade, true), &["decades"]),
        (Unit(Gran::Century, false), &["century"]),
        (Unit(Gran::Century, true), &["centuries"]),
        (Unit(Gran::Millennium, false), &["millennium"]),
        (Unit(Gran::Millennium, true), &["millennia", "millenniums"]),
        (Week(false), &["week", "fortnight"]),
        (Week(true), &["weeks"]),
        (Hour(false), &["hour"]),
        (Hour(true), &["hours"]),
        (Minute(false), &["minute"]),
        (Minute(true), &["minutes"]),
        (Vague, &["few", "several", "many", "couple"]),
        (Era(true), &["bc", "bce", "b.c.", "b.c.e."]),
        (Era(false), &["ad", "ce", "a.d.", "c.e."]),
        (Tod(T::Morning), &["morning"]),
        (Tod(T::Afternoon), &["afternoon"]),
        (Tod(T::Evening), &["evening"]),
        (Tod(T::Night), &["night"]),
        (Tod(T::Noon), &["noon", "midday"]),
        (Tod(T::Midnight), &["midnight"]),
        (Now, &["now", "nowadays"]),
        (Today, &["today"]),
        (Yesterday, &["yesterday"]),
        (Tomorrow, &["tomorrow"]),
        (Tonight, &["tonight"]),
        (Current, &["currently", "current", "presently"]),
        (Recent, &["recent", "recently", "lately"]),
        (Former, &["former", "formerly"]),
        (Future, &["future"]),
        (Past, &["past"]),
        (Present, &["present"]),
        (Daily(Gran::Day), &["daily", "everyday"]),
        (DateNoun, &["date"]),
        (Daily(Gran::Half), &["weekly"]),
        (Daily(Gran::Month), &["monthly"]),
        (Daily(Gran::Year), &["annually", "yearly", "annual"]),
        (Christmas, &["christmas"]),
        (The, &["the"]),
        (A, &["a", "an"]),
        (Of, &["of"]),
        (In, &["in"]),
        (On, &["on"]),
        (At, &["at"]),
        (By, &["by"]),
        (To, &["to"]),
        (From, &["from"]),
        (Until, &["until", "till"]),
        (Through, &["through", "throughout"]),
        (Between, &["between"]),
        (And, &["and"]),
        (Or, &["or"]),
        (Since, &["since"]),
        (Before, &["before"]),
        (After, &["after"]),
        (During, &["during"]),
        (For, &["for"]),
        (Within, &["within"]),
        (Over, &["over"]),
        (Prior, &["prior"]),
        (Following, &["following", "subsequent", "succeeding", "ensuing"]),
        (Next, &["next", "coming"]),
        (Previous, &["previous", "preceding"]),
        (Last, &["last", "final"]),
        (Same, &["same"]),
        (This, &["this"]),
        (That, &["that"]),
        (These, &["these", "those"]),
        (Early, &["early"]),
        (Earlier, &["earlier"]),
        (Late, &["late"]),
        (Later, &["later"]),
        (Latter, &["latter"]),
        (Mid, &["mid"]),
        (Middle, &["middle"]),
        (Beginning, &["beginning", "dawn", "outset"]),
        (Start, &["start"]),
        (End, &["end"]),
        (Close, &["close"]),
        (Turn, &["turn"]),
        (Half, &["half"]),
        (Part, &["part"]),
        (Rest, &["rest", "remainder"]),
        (Approx, &["about", "around", "circa", "ca", "c", "approximately", "approx", "roughly", "some"]),
        (Nearly, &["nearly", "almost"]),
        (Just, &["just", "only"]),
        (More, &["more"]),
        (Less, &["less", "fewer"]),
        (Than, &["than"]),
        (Ago, &["ago"]),
        (Afterwards, &["afterwards", "afterward", "thereafter"]),
        (Previously, &["previously", "beforehand"]),
        (Long, &["long"]),
        (Old, &["old"]),
        (Age, &["age"]),
        (Per, &["per"]),
        (Every, &["every", "each"]),
        (Time, &["time"]),
        (Being, &["being"]),
        (Had, &["had"]),
        (PresentVerb, &["is", "are", "has", "have", "remains", "remain", "does", "do", "continues"]),
        (Relative, &["which", "who", "whom", "whose", "where"]),
        (Subordinator, &["when", "while", "because", "although", "though", "whereas", "once", "but", "however"]),
        (Intervening, &["intervening"]),
        (AmPm(false), &["a.m.", "am"]),
        (AmPm(true), &["p.m.", "pm"]),
        (
            Modal,
            &[
                "would",
                "could",
                "should",
                "might",
                "must",
                "will",
                "shall",
                "planned",
                "plan",
                "proposed",
                "plans",
                "intended",
                "scheduled",
                "expected",
                "hoped",
                "deadline",
            ],
        ),
        (Poss, &["his", "her", "its", "their", "our", "my"]),
    ];
    let mut v: Vec<(&'static str, Lex)> = groups.iter().flat_map(|(l, ws)| ws.iter().map(move |w| (*w, *l))).collect();
    v.extend(MONTHS.iter().enumerate().map(|(i, m)| (*m, Month(i as u8 + 1))));
    v.extend(MONTH_ABBR.iter().map(|&(m, n)| (m, Month(n))));
    v.extend(WEEKDAYS.iter().enumerate().map(|(i, d)| (*d, Weekday(i as u8 + 1))));
    v.extend(CARDS.iter().enumerate().map(|(i, w)| (*w, Card(i as u16))));
    v.extend(TENS.iter().enumerate().skip(1).map(|(i, w)| (*w, Card(20 + 10 * i as u16))));
    v.extend([("hundred", Card(100)), ("thousand", Card(1000)), ("dozen", Card(12))]);
    v.extend(ORDS.iter().enumerate().map(|(i, w)| (*w, Ord(i as u16 + 1))));
    v.extend(TENTHS.iter().enumerate().skip(1).map(|(i, w)| (*w, Ord(20 + 10 * i as u16))));
    v.push(("hundredth", Ord(100)));
    v.extend(DECADE_WORDS.iter().enumerate().map(|(i, w)| (*w, DecadeWord(i as u8 + 2))));
    v.extend(COUNT_NOUNS.iter().map(|w| (*w, Count)));
    v
}

/// The longest listed word.
const MAX_LEN: usize = 16;

/// The compiled word list: a table with a place for every first two letters
/// and length, so that a word is found by one index and a compare or two, with
/// no hashing. Most words of a text find their place empty.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// For each place (see [`place`]), where its words begin in `entries`
    /// (0: none).
    places: Box<[u16; PLACES]>,
    /// The listed words, those of one place next to each other; the first is
    /// a stand-in, so that 0 can mean none.
    entries: Vec<Entry>,
}

/// A listed word, folded to lowercase, and what it means.
#[derive(Clone, Copy, Debug)]
struct Entry {
    key: (u64, u64),
    meaning: Meaning,
    /// The marks of `meaning.trigger` as a trigger, and of `meaning.other`.
    marks: (Marks, Marks),
    /// The next entry has the same place.
    more: bool,
}

/// What a listed word means: as a trigger (of a word listed twice, the first
/// meaning), and otherwise (the last meaning).
#[derive(Clone, Copy, Debug)]
struct Meaning {
    trigger: Option<Lex>,
    other: Option<Lex>,
}

/// What the words of a sentence say about it, as bits gathered word by word
/// as the scanner finds them, so that the tagger passes over the work a
/// sentence cannot need.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Marks(u8);

impl Marks {
    /// Nothing.
    pub const NONE: Marks = Marks(0);
    /// A number or a trigger word: the sentence is worth parsing.
    pub const WORTH: Marks = Marks(1);
    /// A word that can lead a reference to an event told before.
    pub const EVENT_REF: Marks = Marks(2);

    /// Of a token, not its sentence: a rule of the grammar may start at it.
    pub const MAY_START: Marks = Marks(4);
    /// Of a token, not its sentence: it may say something of the clause
    /// around an expression (a clause opener, a tense word, a comma, a
    /// quotation mark or a bracket).
    pub const TELLS_CLAUSE: Marks = Marks(8);

    /// The marks of a word read as `lex`, a trigger or not: those of its
    /// sentence, and those of its token.
    fn of(lex: Option<Lex>, trigger: bool) -> Marks {
        let worth = if trigger { Marks::WORTH } else { Marks::NONE };
        let event_ref = if lex.is_some_and(Lex::leads_event_ref) { Marks::EVENT_REF } else { Marks::NONE };
        let may_start = if lex.is_some_and(crate::grammar::may_start_word) { Marks::MAY_START } else { Marks::NONE };
        let tells = if lex.is_some_and(crate::context::tells_clause_word) { Marks::TELLS_CLAUSE } else { Marks::NONE };
        worth | event_ref | may_start | tells
    }

    /// The marks of a punctuation token.
    pub fn of_punct(p: crate::scan::P) -> Marks {
        use crate::scan::P;
        let may_start = if p == P::Apos { Marks::MAY_START } else { Marks::NONE };
        let tells = if matches!(p, P::Quote | P::Open | P::Close | P::Comma | P::Semi | P::Colon) {
            Marks::TELLS_CLAUSE
        } else {
            Marks::NONE
        };
        may_start | tells
    }

    /// Only the marks that say something of a sentence.
    #[inline]
    pub fn of_sentence(self) -> Marks {
        Marks(self.0 & (Marks::WORTH.0 | Marks::EVENT_REF.0))
    }

    /// Whether all of `m` is marked.
    #[inline]
    pub fn has(self, m: Marks) -> bool {
        self.0 & m.0 == m.0
    }
}

impl std::ops::BitOr for Marks {
    type Output = Marks;
    #[inline]
    fn bitor(self, m: Marks) -> Marks {
        Marks(self.0 | m.0)
    }
}

impl std::ops::BitOrAssign for Marks {
    #[inline]
    fn bitor_assign(&mut self, m: Marks) {
        self.0 |= m.0;
    }
}

impl Lexicon {
    pub fn new() -> Lexicon {
        // Each word once, in the order first listed, its meanings merged.
        let mut merged: Vec<(&str, Meaning)> = Vec::new();
        for (w, l) in words() {
            let m = if l.is_trigger() {
                Meaning { trigger: Some(l), other: None }
            } else {
                Meaning { trigger: None, other: Some(l) }
            };
            match merged.iter_mut().find(|(x, _)| x.eq_ignore_ascii_case(w)) {
                Some((_, old)) => *old = Meaning { trigger: old.trigger.or(m.trigger), other: m.other.or(old.other) },
                None => merged.push((w, m)),
            }
        }
        merged.retain(|(w, _)| (1..=MAX_LEN).contains(&w.len()));
        merged.sort_by_key(|(w, _)| place(w.as_bytes()));
        let mut places = Box::new([0u16; PLACES]);
        let stand_in = Entry {
            key: (0, 0),
            meaning: Meaning { trigger: None, other: None },
            marks: (Marks::NONE, Marks::NONE),
            more: false,
        };
        let mut entries = vec![stand_in];
        for (k, (w, meaning)) in merged.iter().enumerate() {
            let at = place(w.as_bytes());
            if places[at] == 0 {
                places[at] = u16::try_from(entries.len()).expect("fewer than 65536 words");
            }
            let more = merged.get(k + 1).is_some_and(|(next, _)| place(next.as_bytes()) == at);
            let marks = (Marks::of(meaning.trigger, meaning.trigger.is_some()), Marks::of(meaning.other, false));
            entries.push(Entry { key: folded(w.as_bytes(), 0, w.len()), meaning: *meaning, marks, more });
        }
        Lexicon { places, entries }
    }

    /// The meaning of the word `text[i..j]` (any case), a word as the scanner
    /// makes them (letters, and the dots of an abbreviation), and its marks.
    /// `letters` says the word is ASCII letters only: only then can it be a
    /// trigger, and only if it stands as a word of its own.
    #[inline]
    pub fn word(&self, text: &str, i: usize, j: usize, letters: bool) -> (Option<Lex>, Marks) {
        // Every listed word is ASCII: others are in no list.
        let Some(w) = text.as_bytes().get(i..j) else { return (None, Marks::NONE) };
        if !(1..=MAX_LEN).contains(&w.len()) {
            return (None, Marks::NONE);
        }
        self.find(place(w), folded(text.as_bytes(), i, w.len()), text, i, j, letters)
    }

    /// [`Lexicon::word`] for a word of `n` (1 to 15) ASCII letters at `i`,
    /// folded to lowercase in the low bytes of `key` (first byte lowest;
    /// every byte past the word zero): the scanner has them loaded, and its
    /// place is a few operations on them.
    #[inline]
    pub fn short_word(&self, text: &str, i: usize, n: usize, key: (u64, u64)) -> (Option<Lex>, Marks) {
        debug_assert!((1..16).contains(&n));
        let lo = key.0;
        let place = ((lo & 31) << 9 | (lo >> 8 & 31) << 4) as usize | (n - 1);
        self.find(place, key, text, i, i + n, true)
    }

    /// The meaning of the word with place `place` and key `key` at
    /// `text[i..j]`, and its marks.
    // Inlined in both callers: as a call it costs more than it does.
    #[inline(always)]
    fn find(
        &self,
        place: usize,
        key: (u64, u64),
        text: &str,
        i: usize,
        j: usize,
        letters: bool,
    ) -> (Option<Lex>, Marks) {
        // Every place is below PLACES; saying so spares the bounds check.
        let mut at = usize::from(self.places[place % PLACES]);
        if at == 0 {
            return (None, Marks::NONE);
        }
        let e = loop {
            let e = &self.entries[at];
            if e.key == key {
                break e;
            }
            if !e.more {
                return (None, Marks::NONE);
            }
            at += 1;
        };
        match e.meaning.trigger {
            Some(t) if letters && !letter_before(text, i) && !letter_at(text, j) => (Some(t), e.marks.0),
            _ => (e.meaning.other, e.marks.1),
        }
    }
}

/// How many places [`place`] gives.
const PLACES: usize = 1 << 14;

/// Where a word of 1 to 16 bytes has its place in [`Lexicon::places`]: by
/// its first two bytes (any ASCII case) and its length.
#[inline]
fn place(w: &[u8]) -> usize {
    let fold = |b: u8| usize::from((b | 0x20) & 31);
    (fold(w[0]) << 5 | w.get(1).map_or(0, |&b| fold(b))) << 4 | (w.len() - 1)
}

/// The `n` bytes (1 to 16) of `b` at `i` in two machine words, each byte
/// with its case bit set. That lowercases the letters and leaves a dot as it
/// is; a byte past ASCII stays past it, and no other byte a word of the
/// scanner holds can turn into a letter or a dot. Read eight bytes at a time
/// where the text goes on far enough.
#[inline]
fn folded(b: &[u8], i: usize, n: usize) -> (u64, u64) {
    let word = |at: usize, k: usize| (load_at(b, at, k) | 0x2020_2020_2020_2020) & low_bytes(k);
    let lo = word(i, n.min(8));
    let hi = if n > 8 { word(i + 8, n - 8) } else { 0 };
    (lo, hi)
}

/// Whether the character ending at byte `i` continues a word (a letter or a
/// digit, in any script; not a dash, a quote or a non-breaking space).
#[inline]
fn letter_before(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i.wrapping_sub(1)) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text.get(..i).and_then(|s| s.chars().next_back()).is_some_and(char::is_alphanumeric),
    }
}

/// Whether the character starting at byte `i` continues a word.
#[inline]
fn letter_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()).is_some_and(char::is_alphanumeric),
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
    use crate::scan::scan_text;

    /// The trigger words the scanner finds in `t[start..end]`.
    fn hits_in(t: &str, start: usize, end: usize) -> Vec<(&str, Lex)> {
        let mut toks = Vec::new();
        scan_text(&Lexicon::new(), t, start, end, &mut toks);
        toks.iter()
            .filter_map(|k| Some((&t[k.start as usize..k.end as usize], k.lex().filter(|l| l.is_trigger())?)))
            .collect()
    }

    fn hits(t: &str) -> Vec<(&str, Lex)> {
        hits_in(t, 0, t.len())
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
        // The word's meaning and its marks for the sentence.
        let word = |start, end, first| {
            let (lex, marks) = l.word(t, start, end, first);
            (lex, marks.of_sentence())
        };
        assert_eq!(word(0, 3, true), (Some(Lex::The), Marks::NONE));
        assert_eq!(word(4, 8, false), (Some(Lex::Era(true)), Marks::NONE));
        assert_eq!(word(9, 11, true), (Some(Lex::Approx), Marks::NONE));
        assert_eq!(word(12, 17, true), (Some(Lex::Early), Marks::NONE));
        assert_eq!(word(18, 22, true), (None, Marks::NONE));
    }

    #[test]
    fn words_fit_the_tables() {
        // Triggers are found as runs of ASCII letters, and every word as an
        // ASCII word of up to 16 bytes.
        for (w, lex) in words() {
            assert!(w.len() <= MAX_LEN && w.is_ascii(), "{w}");
            if lex.is_trigger() {
                assert!(w.bytes().all(|b| b.is_ascii_alphabetic()), "{w}");
            }
        }
        assert_eq!(hits("10am may5 xmay may- Aprilé MAY"), [("may", Lex::Month(5)), ("MAY", Lex::Month(5))]);
        let t = "March";
        assert!(hits_in(t, 0, 3).is_empty());
        assert!(hits_in(t, 1, 5).is_empty());
    }

    #[test]
    fn triggers_are_marked() {
        assert!(!hits("the known mayor sat").iter().any(|h| h.1.is_trigger()));
        assert!(hits("the war ended that spring").iter().any(|h| h.1.is_trigger()));
    }
}
