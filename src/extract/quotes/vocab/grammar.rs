//! Grammatical classes: determiners, pronouns, words that end a phrase, fillers between a
//! subject and its verb, dates, abbreviations, name particles, first-person words.

use super::WordSet;

pub static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "his", "her", "its", "their", "our", "one", "another", "two", "three",
    "several", "some",
]);

pub static PRONOUNS: WordSet = WordSet::new(&["he", "she", "they", "we", "i", "it", "him"]);

/// Words that end a subject when walking back from a verb, or a speaker when walking forward.
pub static PHRASE_STOPS: WordSet = WordSet::new(&[
    "that",
    "and",
    "but",
    "or",
    "when",
    "while",
    "as",
    "because",
    "which",
    "who",
    "whom",
    "whose",
    "if",
    "so",
    "then",
    "where",
    "after",
    "before",
    "on",
    "in",
    "at",
    "during",
    "last",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "earlier",
    "later",
    "this",
    "to",
    "via",
    "with",
    "from",
    "since",
    "until",
    "into",
    "about",
    "by",
    "also",
    "adding",
    "told",
    "said",
    "in",
    "what",
    "how",
    "why",
    "not",
    "it",
    "there",
    "here",
    "now",
    "once",
    "again",
    "just",
    "than",
    "very",
]);

/// Auxiliaries and modals that open a finite verb phrase: after `said Congress` they show the
/// name is the subject of what was said (`said Congress did not mean …`).
pub static FINITE_AUXILIARIES: WordSet = WordSet::new(&[
    "did", "does", "do", "was", "were", "is", "are", "has", "had", "have", "would", "will",
    "could", "can", "should", "may", "might", "must", "wanted", "wants",
]);

/// Adverbs and auxiliaries that sit between a subject and its speech verb (`he also said`).
pub static VERB_FILLERS: WordSet = WordSet::new(&[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "was",
    "is",
    "were",
    "would",
    "will",
    // `Baker did say`, `she does say`: the auxiliary of an emphatic or negated verb.
    "did",
    "does",
    "do",
    "again",
    "further",
    "once",
    "previously",
    "recently",
    "earlier",
    "reportedly",
    "repeatedly",
    "publicly",
    "simply",
    "only",
    "even",
    "himself",
    "herself",
    "themselves",
    "quickly",
    "flatly",
    "firmly",
    "bluntly",
    "angrily",
    "quietly",
    "openly",
    "already",
    "often",
    "separately",
    "subsequently",
    "explicitly",
    "privately",
    "emphatically",
    "has",
    "had",
    // Sentence adverbs (`Petricioli nevertheless said`); `-ly` adverbs are fillers anyway.
    "nevertheless",
    "however",
    "meanwhile",
]);

pub static WEEKDAYS_MONTHS: WordSet = WordSet::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
]);

pub static ABBREVIATIONS: WordSet = WordSet::new(&[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Prof", "Lt", "Col", "Capt", "Sgt",
    "Jr", "Sr", "Maj", "Adm", "Rev", "Hon", "Mt", "No", "vs", "etc", "Inc", "Co", "Corp", "Ltd",
    "Sta", "Sto", "Ste", "Ft",
]);

/// Particles inside names (`Ursula von der Leyen`, `Charles de Gaulle`): the shared list in
/// `assets/lexicon/name-particles.txt`.
pub static NAME_PARTICLES: NameParticles = NameParticles;

/// The shared name particles, looked up like the word sets here.
pub struct NameParticles;

impl NameParticles {
    pub fn contains(&self, word: &&str) -> bool {
        crate::extract::lexicon::is_name_particle(word) || glued_particle(word)
    }
}

/// `al-Khalifa`, `el-Sisi`, `bin-Laden`: a particle glued to the surname by a hyphen is part
/// of the name like the particle alone (`Sheikh Ali al-Khalifa al-Sabah` is no `Ali`).
fn glued_particle(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        rest.chars().next().is_some_and(char::is_alphabetic)
            && crate::extract::lexicon::is_name_particle(&particle.to_lowercase())
    })
}

/// Given names written abbreviated with a full stop (`Ma. Luisa Castañeda`, `Wm. Jones`):
/// `assets/lexicon/given-name-abbreviations.txt`, lower-case, without the stop.
static GIVEN_NAME_ABBREVIATIONS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("../../../../assets/lexicon/given-name-abbreviations.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });

/// Whether a word (without its full stop, any case) is a given name's abbreviation.
pub fn is_given_name_abbreviation(core: &str) -> bool {
    // `Ma`, never `MA` (Massachusetts) nor `MD`.
    core.chars().next().is_some_and(char::is_uppercase)
        && core.chars().skip(1).all(char::is_lowercase)
        && GIVEN_NAME_ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(core))
}

/// First- and second-person words: unmarked text closed by `, he said.` is speech (rather than
/// a paraphrase like `prices rose, the ministry said.`) when it speaks as `I` or `we`.
pub static FIRST_PERSON: WordSet = WordSet::new(&[
    "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "our", "ours",
    "us", "my", "me", "mine", "you", "your", "you're", "you've", "let's", "i’m", "i’ve", "i’d",
    "i’ll", "we’re", "we’ve", "we’d", "we’ll", "you’re", "you’ve", "let’s",
]);
