//! Closed classes of English words the coder reasons with.
//!
//! Kept as small sorted tables checked without allocation (ASCII case folded).

/// Whether `w` equals one of `list` ignoring ASCII case. Length and first byte
/// are compared first, so most words are rejected without a string comparison.
#[inline]
pub fn is_in(w: &str, list: &[&str]) -> bool {
    let b = w.as_bytes();
    let Some(&f) = b.first() else { return false };
    let f = f.to_ascii_lowercase();
    list.iter().any(|x| {
        x.len() == b.len() && x.as_bytes()[0].to_ascii_lowercase() == f && x.eq_ignore_ascii_case(w)
    })
}

/// Determiners and quantifiers that may open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "some",
    "many",
    "most",
    "several",
    "all",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "no",
    "other",
    "another",
    "any",
    "each",
    "every",
    "more",
    "fewer",
    "about",
    "nearly",
    "almost",
    "over",
    "up",
    "least",
    "than",
    "senior",
    "top",
    "former",
    "new",
    "local",
    "main",
    "chief",
    "leading",
    "rival",
];

/// Prepositions that can govern an actor.
pub const PREPOSITIONS: &[&str] = &[
    "with",
    "against",
    "to",
    "from",
    "on",
    "at",
    "into",
    "toward",
    "towards",
    "over",
    "for",
    "of",
    "by",
    "in",
    "upon",
    "about",
    "between",
    "among",
    "under",
    "after",
    "before",
    "during",
    "since",
    "until",
    "through",
    "across",
    "within",
    "without",
    "behind",
    "beyond",
    "near",
    "along",
    "despite",
    "onto",
    "via",
    "like",
    "unlike",
    "amid",
    "including",
    "inside",
    "outside",
    "around",
    "throughout",
    "than",
    "as",
    "per",
];

/// Prepositions that introduce a target when a pattern does not say otherwise.
pub const TARGET_PREPOSITIONS: &[&str] = &[
    "with", "against", "to", "on", "from", "at", "into", "toward", "towards", "upon", "onto",
    "over", "for",
];

/// Forms of "be" (passive auxiliaries and copulas).
pub const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "'s", "'re", "get", "got", "gets", "getting",
];

/// Copulas and verbs after which a noun phrase is a predicate, not an actor in an event.
pub const COPULAS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "became",
    "become",
    "becomes",
    "becoming",
    "remained",
    "remains",
    "remain",
    "as",
    "named",
    "appointed",
    "elected",
    "called",
    "known",
];

/// Auxiliaries that may stand between a subject and its verb.
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "did",
    "does", "do", "will", "would", "shall", "should", "may", "might", "can", "could", "must", "'s",
    "'re", "'ve", "'d", "'ll",
];

/// Modal verbs that make an event possible rather than real.
pub const MODALS: &[&str] = &["may", "might", "can", "could", "should", "must", "ought"];

/// Modal verbs of the future: an announced act, coded as intent or threat.
pub const FUTURE: &[&str] = &["will", "would", "shall", "'ll", "'d"];

/// Words that deny the verb they stand before.
pub const NEGATIONS: &[&str] = &["not", "n't", "never", "no", "neither", "nor"];

/// Adverbs the coder steps over when it looks for a verb's neighbours.
pub const ADVERBS: &[&str] = &[
    "also",
    "then",
    "later",
    "soon",
    "again",
    "still",
    "finally",
    "eventually",
    "immediately",
    "openly",
    "reportedly",
    "allegedly",
    "officially",
    "formally",
    "already",
    "jointly",
    "once",
    "anyway",
    "even",
    "further",
    "gradually",
    "repeatedly",
    "routinely",
    "quickly",
    "swiftly",
    "briefly",
    "successfully",
    "effectively",
    "directly",
    "publicly",
    "secretly",
    "subsequently",
    "thereafter",
    "afterwards",
    "recently",
    "today",
    "yesterday",
    "just",
    "first",
    "now",
    "long",
    "largely",
    "mainly",
    "only",
    "reluctantly",
    "strongly",
    "sharply",
    "bitterly",
    "flatly",
    "outright",
    "personally",
    "previously",
    "ultimately",
    "initially",
    "ever",
    "somewhat",
    "increasingly",
];

/// Verbs after which "to V" states something that did happen.
pub const FACTIVE: &[&str] = &[
    "forced",
    "compelled",
    "obliged",
    "managed",
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "start",
    "starts",
    "continued",
    "continue",
    "continues",
    "helped",
    "help",
    "helps",
    "went",
    "came",
    "moved",
    "sent",
    "dispatched",
    "deployed",
    "used",
    "proceeded",
    "dared",
];

/// Words that open a subordinate or relative clause.
pub const CLAUSE_OPENERS: &[&str] = &[
    "which", "who", "whom", "whose", "where", "while", "whereas", "although", "though", "because",
    "unless", "whether", "if",
];

/// Relative pronouns: the clause's subject is the noun phrase before them.
pub const RELATIVES: &[&str] = &["which", "who", "that"];

/// Speech and report verbs: what follows them is reported, not done by the speaker.
pub const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "tells",
    "announced",
    "announces",
    "announce",
    "reported",
    "reports",
    "report",
    "stated",
    "states",
    "claimed",
    "claims",
    "claim",
    "added",
    "adds",
    "noted",
    "notes",
    "declared",
    "insisted",
    "confirmed",
    "argued",
    "alleged",
    "believed",
    "thought",
    "warned",
    "explained",
    "quoted",
    "according",
];

/// Pronouns that stand for one person.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him"];

/// Pronouns that stand for a state or an organization.
pub const THING_PRONOUNS: &[&str] = &["it"];

/// Pronouns that stand for a plural actor.
pub const PLURAL_PRONOUNS: &[&str] = &["they", "them"];

/// Possessive pronouns.
pub const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "its", "their"];

/// Words that open a subordinate clause and never modify a noun.
pub const SUBORDINATORS: &[&str] = &[
    "unless", "until", "when", "after", "before", "as", "than", "so", "because", "since", "once",
    "where", "though", "whereas", "whether", "while", "if",
];

/// Weekday and month names: capitalized, but not part of a proper name.
pub const WEEKDAYS_MONTHS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Role nouns that are also adjectives ("official contact", "military aid").
pub const ADJECTIVAL_AGENTS: &[&str] = &[
    "official",
    "military",
    "civilian",
    "royal",
    "imperial",
    "diplomatic",
    "presidential",
    "parliamentary",
    "judicial",
    "naval",
    "refugee",
    "state",
    "government",
    "police",
    "party",
    "opposition",
    "intelligence",
    "press",
];
