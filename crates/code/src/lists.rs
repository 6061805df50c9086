//! Closed classes of English words the coder reasons with.
//!
//! Each is a [`WordList`] with its own bit, so that a word's membership in all
//! of them is one table lookup (see [`crate::classes`]); ASCII case is folded.

pub use crate::classes::{is_in, WordList};

/// Every named list, for the class table.
pub const ALL_LISTS: &[&WordList] = &[
    DETERMINERS,
    PREPOSITIONS,
    TARGET_PREPOSITIONS,
    BE,
    COPULAS,
    AUXILIARIES,
    MODALS,
    FUTURE,
    NEGATIONS,
    ADVERBS,
    FACTIVE,
    CLAUSE_OPENERS,
    RELATIVES,
    SPEECH,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    SUBORDINATORS,
    WEEKDAYS_MONTHS,
    ADJECTIVAL_AGENTS,
    BUT,
    THAT,
    AND,
    COMMA,
    CLAUSE_PUNCT,
    ADJECTIVES,
    CONDITIONS,
    A_AN,
    THE,
    THIS,
    OR,
    TO,
    OBJECT_PRONOUNS,
    HAVE,
    SUBJECT_PRONOUNS,
    PAIR_OPENERS,
    TOPIC_PREPOSITIONS,
    DENIALS,
    COMMUNICATION_NOUNS,
];

/// Determiners and quantifiers that may open a noun phrase.
pub const DETERMINERS: &WordList = &WordList::new(
    0,
    &[
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
    ],
);

/// Prepositions that can govern an actor.
pub const PREPOSITIONS: &WordList = &WordList::new(
    1,
    &[
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
    ],
);

/// Prepositions that introduce a target when a pattern does not say otherwise.
pub const TARGET_PREPOSITIONS: &WordList = &WordList::new(
    2,
    &[
        "with", "against", "to", "on", "from", "at", "into", "toward", "towards", "upon", "onto",
        "over", "for",
    ],
);

/// Forms of "be" (passive auxiliaries and copulas).
pub const BE: &WordList = &WordList::new(
    3,
    &[
        "be", "is", "are", "was", "were", "been", "being", "'s", "'re", "get", "got", "gets",
        "getting",
    ],
);

/// Copulas and verbs after which a noun phrase is a predicate, not an actor in an event.
pub const COPULAS: &WordList = &WordList::new(
    4,
    &[
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
    ],
);

/// Auxiliaries that may stand between a subject and its verb.
pub const AUXILIARIES: &WordList = &WordList::new(
    5,
    &[
        "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "did",
        "does", "do", "will", "would", "shall", "should", "may", "might", "can", "could", "must",
        "'s", "'re", "'ve", "'d", "'ll",
    ],
);

/// Modal verbs that make an event possible rather than real.
pub const MODALS: &WordList = &WordList::new(
    6,
    &["may", "might", "can", "could", "should", "must", "ought"],
);

/// Modal verbs of the future: an announced act, coded as intent or threat.
pub const FUTURE: &WordList = &WordList::new(7, &["will", "would", "shall", "'ll", "'d"]);

/// Words that deny the verb they stand before.
pub const NEGATIONS: &WordList =
    &WordList::new(8, &["not", "n't", "never", "no", "neither", "nor"]);

/// Adverbs the coder steps over when it looks for a verb's neighbours.
pub const ADVERBS: &WordList = &WordList::new(
    9,
    &[
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
    ],
);

/// Verbs after which "to V" states something that did happen.
pub const FACTIVE: &WordList = &WordList::new(
    10,
    &[
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
    ],
);

/// Words that open a subordinate or relative clause.
pub const CLAUSE_OPENERS: &WordList = &WordList::new(
    11,
    &[
        "which", "who", "whom", "whose", "where", "while", "whereas", "although", "though",
        "because", "unless", "whether", "if",
    ],
);

/// Relative pronouns: the clause's subject is the noun phrase before them.
pub const RELATIVES: &WordList = &WordList::new(12, &["which", "who", "that"]);

/// Speech and report verbs: what follows them is reported, not done by the speaker.
pub const SPEECH: &WordList = &WordList::new(
    13,
    &[
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
    ],
);

/// Pronouns that stand for one person.
pub const PERSON_PRONOUNS: &WordList = &WordList::new(14, &["he", "she", "him"]);

/// Pronouns that stand for a state or an organization.
pub const THING_PRONOUNS: &WordList = &WordList::new(15, &["it"]);

/// Pronouns that stand for a plural actor.
pub const PLURAL_PRONOUNS: &WordList = &WordList::new(16, &["they", "them"]);

/// Possessive pronouns.
pub const POSSESSIVE_PRONOUNS: &WordList = &WordList::new(17, &["his", "her", "its", "their"]);

/// Words that open a subordinate clause and never modify a noun.
pub const SUBORDINATORS: &WordList = &WordList::new(
    18,
    &[
        "unless", "until", "when", "after", "before", "as", "than", "so", "because", "since",
        "once", "where", "though", "whereas", "whether", "while", "if",
    ],
);

/// Weekday and month names: capitalized, but not part of a proper name.
pub const WEEKDAYS_MONTHS: &WordList = &WordList::new(
    19,
    &[
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
    ],
);

/// Role nouns that are also adjectives ("official contact", "military aid").
pub const ADJECTIVAL_AGENTS: &WordList = &WordList::new(
    20,
    &[
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
    ],
);

/// "but": opens a clause.
pub const BUT: &WordList = &WordList::new(21, &["but"]);

/// "that": a relative, a complementizer or a determiner.
pub const THAT: &WordList = &WordList::new(22, &["that"]);

/// "and": coordination.
pub const AND: &WordList = &WordList::new(23, &["and"]);

/// ",": lists, appositions and clauses.
pub const COMMA: &WordList = &WordList::new(24, &[","]);

/// Marks that end a clause: semicolons, colons, quotes and brackets.
pub const CLAUSE_PUNCT: &WordList = &WordList::new(25, &[";", ":", "\"", "[", "]"]);

/// The first words of the phrases that name two actors at once ("each other",
/// "one another", "both countries", "the two sides"): with the pronouns, the
/// words that may begin a mention without a name or a role noun. (A high
/// bit, clear of the lists numbered in order above.)
pub const PAIR_OPENERS: &WordList = &WordList::new(40, &["each", "one", "both", "the"]);

/// Adjectives and noun modifiers without an adjective's ending ("new", "armed",
/// "border"); see [`crate::roles::is_adjective`].
pub const ADJECTIVES: &WordList = &WordList::new(
    26,
    &[
        "brief",
        "new",
        "small",
        "large",
        "major",
        "minor",
        "first",
        "second",
        "third",
        "last",
        "open",
        "long",
        "short",
        "full-scale",
        "bloody",
        "armed",
        "border",
        "joint",
        "direct",
        "fresh",
        "renewed",
        "former",
        "rival",
        "strong",
        "weak",
        "main",
        "old",
        "young",
        "great",
        "big",
        "key",
        "top",
        "further",
        "frontier",
        "limited",
        "massive",
        "secret",
        "unequal",
        "trade",
    ],
);

// The lists below serve single rules of the role finder (`crate::roles`); they
// are named lists only so that a token's membership is a bit of its classes.
// Their bits count down from 63, leaving the low bits to general lists.

/// Words that open a condition ("unless the president agrees"): what follows is
/// not an event.
pub const CONDITIONS: &WordList = &WordList::new(63, &["unless", "if", "until", "whether", "lest"]);

/// The indefinite article.
pub const A_AN: &WordList = &WordList::new(62, &["a", "an"]);

/// The definite article.
pub const THE: &WordList = &WordList::new(61, &["the"]);

/// "this": a determiner (or a pronoun).
pub const THIS: &WordList = &WordList::new(60, &["this"]);

/// "or": coordination.
pub const OR: &WordList = &WordList::new(59, &["or"]);

/// "to": an infinitive's or a preposition.
pub const TO: &WordList = &WordList::new(58, &["to"]);

/// Object pronouns, which no verb follows ("send them back").
pub const OBJECT_PRONOUNS: &WordList = &WordList::new(57, &["them", "him", "us", "me"]);

/// Forms of "have": a participle after them is a perfect, not a description.
pub const HAVE: &WordList = &WordList::new(56, &["has", "have", "had", "having"]);

/// Subject pronouns, after which a participle is the verb, not a noun's modifier.
pub const SUBJECT_PRONOUNS: &WordList = &WordList::new(55, &["they", "we", "he", "she", "it"]);

/// Prepositions before which a gerund names a topic or an allegation, not an
/// act ("accused of attacking", "talks about withdrawing").
pub const TOPIC_PREPOSITIONS: &WordList = &WordList::new(
    54,
    &[
        "of", "for", "with", "about", "from", "without", "against", "on", "at", "toward",
        "towards", "before", "instead", "in",
    ],
);

/// Words that deny the act named after them.
pub const DENIALS: &WordList = &WordList::new(53, &["denied", "denies", "deny", "denying"]);

/// Nouns of speaking and writing: a participle after them says what the speaker did.
pub const COMMUNICATION_NOUNS: &WordList = &WordList::new(
    52,
    &[
        "speech",
        "statement",
        "letter",
        "message",
        "address",
        "declaration",
        "communique",
        "interview",
        "broadcast",
        "note",
        "telegram",
        "announcement",
        "editorial",
        "article",
        "report",
        "resolution",
        "motion",
        "decree",
    ],
);
