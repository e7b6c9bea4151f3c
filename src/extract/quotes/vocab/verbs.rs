//! Speech verbs and the words around them: what opens, closes or only reports speech, and
//! what names a title rather than a quote.

use super::WordSet;

/// Verbs that introduce or close reported speech, in the forms news copy uses.
pub static SPEECH_VERBS: WordSet = WordSet::new(&[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "adds",
    "adding",
    "stated",
    "states",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "stressed",
    "stresses",
    "concluded",
    "concludes",
    "noted",
    "notes",
    "explained",
    "explains",
    "warned",
    "warns",
    "argued",
    "argues",
    "asked",
    "asks",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "wrote",
    "writes",
    "reported",
    "replied",
    "replies",
    "continued",
    "continues",
    "declared",
    "declares",
    "announced",
    "announces",
    "admitted",
    "admits",
    "acknowledged",
    "acknowledges",
    "recalled",
    "recalls",
    "remarked",
    "observed",
    "suggested",
    "suggests",
    "urged",
    "urges",
    "promised",
    "promises",
    "vowed",
    "vows",
    "pledged",
    "predicted",
    "predicts",
    "cautioned",
    "complained",
    "conceded",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "described",
    "describes",
    "estimated",
    "joked",
    "quipped",
    "responded",
    "retorted",
    "shouted",
    "tweeted",
    "posted",
    "commented",
    "underlined",
    "underscored",
    "assured",
    "mentioned",
    "maintained",
    "countered",
    "demanded",
    "boasted",
    "agreed",
    "reiterated",
    "reiterates",
    "testified",
    "wondered",
    "lamented",
    "asserted",
    "asserts",
    "believes",
    "thinks",
    "told",
    "called",
    "accused",
    "praised",
    "criticised",
    "criticized",
    "hailed",
    "labelled",
    "labeled",
    "branded",
    "dismissed",
    "stated",
    "termed",
]);

/// Verbs that judge what they report (`called the plan "reckless"`, `accused X of "…"`):
/// they take an object, and are too weak to close unmarked speech.
fn is_evaluative(verb: &str) -> bool {
    matches!(
        verb,
        "called"
            | "accused"
            | "praised"
            | "criticised"
            | "criticized"
            | "hailed"
            | "labelled"
            | "labeled"
            | "branded"
            | "dismissed"
            | "described"
            | "describes"
            | "termed"
            | "blamed"
            | "blames"
    )
}

/// Speech verbs strong enough to close a sentence of unmarked speech (`..., he said.`).
pub fn closes_speech(verb: &str) -> bool {
    !is_evaluative(verb)
        && !matches!(
            verb,
            "believes"
                | "thinks"
                | "saying"
                | "adding"
                | "denied"
                | "denies"
                | "confirmed"
                | "confirms"
                | "posted"
        )
}

/// Speech verbs whose next name is whom the words were said to or about (`told reporters`,
/// `accused the White House of "…"`), never the speaker.
pub fn takes_object(verb: &str) -> bool {
    is_evaluative(verb)
        || verb.ends_with("ing")
        || matches!(
            verb,
            "told" | "tells" | "urged" | "urges" | "asked" | "asks" | "warned"
        )
}

pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERBS.contains(&lower) || MORE_SPEECH_VERBS.contains(lower)
}

/// More verbs of saying and of manner of speaking, as data (`assets/lexicon/speech-verbs.txt`).
static MORE_SPEECH_VERBS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../../assets/lexicon/speech-verbs.txt"
        ))
    });

/// Whether a lower-cased word reports words said again (`repeated`, `echoed`): an attribution
/// only right after the quote (`assets/lexicon/echo-verbs.txt`).
pub fn is_echo_verb(lower: &str) -> bool {
    ECHO_VERBS.contains(lower)
}

static ECHO_VERBS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../../assets/lexicon/echo-verbs.txt"
        ))
    });

/// `shot back`, `hit back`, `fired back`: a verb that reports speech only with `back` after it
/// (`"…," Shinde shot back.`).
pub fn is_phrasal_speech_verb(lower: &str, next: &str) -> bool {
    (matches!(lower, "shot" | "hit" | "fired") && next == "back")
        // `as the auditor general put it in her report, "…"`: putting it is saying it.
        || (matches!(lower, "put" | "puts") && next == "it")
}

/// Forms that open reported speech without being strong enough to stand as an attribution
/// (`insisting the team had "the right players"`, `slammed her ex as "a snake"`): they let a
/// quoted phrase after them count as a partial quote.
pub static REPORTING_FORMS: WordSet = WordSet::new(&[
    "insisting",
    "warning",
    "claiming",
    "arguing",
    "calling",
    "describing",
    "accusing",
    "noting",
    "slammed",
    "slamming",
    "branding",
    "labelling",
    "labeling",
    "dubbing",
    "blasted",
    "blasting",
    "promising",
    "vowing",
    "telling",
    "asking",
    "urging",
    "dismissing",
    "denounced",
    "denouncing",
]);

/// Words a name, title or nickname follows (`the "victory plan"`, `so-called "experts"`):
/// directly before a quotation mark they mark a name, not speech.
pub static NAMING: WordSet = WordSet::new(&[
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "so-called",
    "called",
    "dubbed",
    "named",
    "nicknamed",
    "titled",
    "entitled",
    "as",
    "word",
    "term",
    "phrase",
    "slogan",
    "label",
    "brand",
    "codenamed",
    "code-named",
    "alias",
    "aka",
    "known",
    "film",
    "book",
    "song",
    "album",
    "novel",
    "series",
    "show",
    "play",
    "newspaper",
    "magazine",
    "programme",
    "program",
    "operation",
    "campaign",
    "headline",
    "hashtag",
]);
