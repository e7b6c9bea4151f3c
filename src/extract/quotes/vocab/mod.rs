//! Word lists the quote passes consult. Lists name grammatical classes (speech verbs, titles,
//! determiners), never phrases from particular articles.

mod grammar;
mod roles;
mod titles;
mod verbs;

pub use grammar::{
    ABBREVIATIONS, DETERMINERS, FINITE_AUXILIARIES, FIRST_PERSON, NAME_PARTICLES, PHRASE_STOPS,
    PRONOUNS, VERB_FILLERS, WEEKDAYS_MONTHS, is_given_name_abbreviation,
};
pub use roles::{GROUP_NOUNS, ROLE_NOUNS, SURNAME_ROLE_NOUNS};
pub use titles::{DEMONYMS, NOT_DEMONYMS, ROLE_ADJECTIVES, TITLES};
pub use verbs::{
    NAMING, REPORTING_FORMS, closes_speech, is_echo_verb, is_phrasal_speech_verb, is_speech_verb,
    takes_object,
};

static BODY_NOUNS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../../assets/lexicon/body-nouns.txt"
        ))
    });
static COMPANY_NAME_WORDS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../../assets/lexicon/company-name-words.txt"
        ))
    });

/// Whether a lower-cased word has the form of a doer's noun (`arbitrager`, `bondholder`,
/// `fisher`, `competitor`, `campaigner`): five letters or more ending in `-er`, `-or`, `-ist`,
/// `-ant`, `-ent`, `-ian` or `-eur`. Read only right after an indefinite article, where the
/// article says a noun follows.
pub fn is_agent_noun(lower: &str) -> bool {
    lower.chars().count() >= 5
        && lower.chars().all(char::is_alphabetic)
        && ["er", "or", "ist", "ant", "ent", "ian", "eur"]
            .iter()
            .any(|suffix| lower.ends_with(suffix))
        && !PHRASE_STOPS.contains(&lower)
}

/// Whether a lower-cased noun heads a description of a body (`the company behind the scheme`,
/// `a Leeds-based firm`; `assets/lexicon/body-nouns.txt`).
pub fn is_body_noun(lower: &str) -> bool {
    BODY_NOUNS.contains(lower)
}

/// Whether a lower-cased word closes a company's name that has no legal form (`Harbourline
/// Holdings`; `assets/lexicon/company-name-words.txt`).
pub fn closes_company_name(lower: &str) -> bool {
    COMPANY_NAME_WORDS.contains(lower)
}

/// Whether a noun names something written that can "say": `the statement said`.
pub fn is_document(noun: &str) -> bool {
    matches!(
        noun,
        "statement"
            | "report"
            | "brief"
            | "release"
            | "filing"
            | "announcement"
            | "letter"
            | "note"
            | "memo"
            | "survey"
            | "outlook"
    )
}

/// Whether `lower` ends like an English noun of office or trade (`accountant`, `registrar`;
/// `assets/lexicon/office-suffixes.txt`).
pub fn has_office_suffix(lower: &str) -> bool {
    OFFICE_SUFFIXES
        .iter()
        .any(|suffix| lower.len() > suffix.len() + 2 && lower.ends_with(suffix))
}

static OFFICE_SUFFIXES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    include_str!("../../../../assets/lexicon/office-suffixes.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// A word list with constant-time lookups: the quote passes ask it about nearly every word,
/// and scanning the lists was a fifth of the import's extraction time (measured).
pub struct WordSet {
    words: &'static [&'static str],
    data: &'static str,
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            data: "",
            set: std::sync::OnceLock::new(),
        }
    }

    /// The same words and those of a data file (one a line, `#` comments).
    const fn with_data(self, data: &'static str) -> Self {
        let words = self.words;
        // An empty `OnceLock`: nothing to drop, and a destructor cannot run in a const fn.
        std::mem::forget(self);
        WordSet {
            words,
            data,
            set: std::sync::OnceLock::new(),
        }
    }

    pub fn contains(&self, word: &&str) -> bool {
        self.set
            .get_or_init(|| {
                let data = self
                    .data
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'));
                self.words.iter().copied().chain(data).collect()
            })
            .contains(*word)
    }
}
