//! What a speaker is: a named person, an organisation, a description the article never ties to
//! a name, or nobody. Decided from the speaker text and the data in `assets/lexicon/` (places,
//! organisation forms, given names, honorifics), never from lists of particular names.

mod body_forms;

use super::vocab::{DETERMINERS, GROUP_NOUNS};
use crate::extract::lexicon::{self, Sex};
use crate::model::SpeakerKind;

/// Pronouns that name nobody by themselves.
pub fn is_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "him" | "her" | "them" | "us"
    )
}

/// Whether a capitalised run (lower-cased words) is a place: a country, region, US state or
/// large city (`seoul`, `new jersey`, `the philippines`), a people's adjective alone (`korean`),
/// or a place with a leading `the`.
pub fn is_place(lower_words: &[String]) -> bool {
    let words = match lower_words.first().map(String::as_str) {
        Some("the") => &lower_words[1..],
        _ => lower_words,
    };
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    let joined = words.join(" ");
    lexicon::is_place(&joined)
        || (words.len() == 1 && lexicon::is_demonym(&joined))
        || (words.len() >= 2 && words.last().is_some_and(|w| lexicon::is_place_form(w)))
        // `West Germany`, `Southern California`: a word that opens place names before a place
        // (that is nobody's given name, unlike `Jordan`).
        || (words.len() == 2
            && lexicon::opens_place(&words[0])
            && lexicon::is_place(&words[1])
            && lexicon::given_name(&words[1]).is_none())
}

/// Whether a word makes a name an organisation's (`ministry`, `bureau`, `ltd`, `party`).
pub fn is_organisation_word(lower: &str) -> bool {
    let lower = lower.trim_end_matches('.');
    lexicon::is_organisation_form(lower) || GROUP_NOUNS.contains(&lower)
}

/// A given name the data knows and one more word (`John Hall`, `Grace Bank`): a person's
/// name even when the second word also names a kind of body or place, unless it is a legal
/// form (`Morgan Ltd`).
pub fn given_name_and_surname(lower: &[String]) -> bool {
    lower.len() == 2
        && lexicon::given_name(&lower[0]).is_some_and(|s| s != Sex::Either)
        && !is_organisation_word(&lower[0])
        && !lexicon::legal_forms().contains(&lower[1].as_str())
        && !matches!(
            lower[1].trim_end_matches('.'),
            "corp" | "inc" | "ltd" | "plc" | "co" | "group"
        )
}

/// The kind of a resolved speaker text. `person_hint`: the resolver met the name as a person
/// (with a title, in apposition to a role, or by its surname elsewhere).
pub fn kind_of(name: &str, person_hint: bool) -> SpeakerKind {
    let name = name.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first() else {
        return SpeakerKind::Unresolved;
    };
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                .to_lowercase()
        })
        .collect();
    if words.len() == 1 && is_pronoun(&lower[0]) {
        return SpeakerKind::Unresolved;
    }
    if is_fragment(&words, &lower) {
        return SpeakerKind::Unresolved;
    }
    // `Harrow & Finch`: capitalised words joined by an ampersand name a firm.
    let ampersand = words.windows(3).any(|w| {
        w[1] == "&" && w[0].starts_with(char::is_uppercase) && w[2].starts_with(char::is_uppercase)
    });
    if ampersand || body_forms::ends_with_legal_form(&words, &lower) {
        return SpeakerKind::Organisation;
    }
    if body_forms::names_a_body(&words, &lower) {
        return SpeakerKind::Organisation;
    }
    // `a spokesman for the ministry`, `one trader`, `the company`: written in lower case.
    if !first.chars().next().is_some_and(char::is_uppercase) {
        let rest_named = lower.first().is_some_and(|w| w == "the")
            && words[1..]
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if !rest_named || words.len() == 1 {
            return SpeakerKind::Description;
        }
    }
    if (DETERMINERS.contains(&lower[0].as_str())
        || matches!(lower[0].as_str(), "one" | "another" | "some"))
        && words.len() == 1
    {
        return SpeakerKind::Description;
    }
    // `Argentine officials`, `UAW officials`: capitals qualifying a lower-case role noun
    // (or its plural) describe people, they name none.
    if words.len() >= 2 && words[words.len() - 1].starts_with(char::is_lowercase) {
        let last = lower[lower.len() - 1].as_str();
        let singular = last.strip_suffix('s').unwrap_or(last);
        // `Weilheim town council` stays a body.
        let role = super::vocab::ROLE_NOUNS.contains(&last)
            || super::vocab::ROLE_NOUNS.contains(&singular);
        if role && !is_organisation_word(last) && !is_organisation_word(singular) {
            return SpeakerKind::Description;
        }
    }
    // `An insider`, `A spokesperson for the show`, `The regional administration` opening a
    // sentence: a determiner and a common noun describe, whatever the capital.
    let described = matches!(
        lower[0].as_str(),
        "a" | "an" | "the" | "one" | "another" | "some" | "his" | "her" | "their" | "its" | "my"
    ) && words[1..].iter().zip(&lower[1..]).any(|(w, l)| {
        w.starts_with(char::is_lowercase) && !matches!(l.as_str(), "of" | "for" | "and" | "de")
    });
    if described {
        return SpeakerKind::Description;
    }
    // `Save the Vaal`, `Friends of the Earth`: a `the` inside a capitalised name.
    if words.len() >= 3
        && !person_hint
        && lower[1..words.len() - 1].iter().any(|l| l == "the")
        && lexicon::given_name(&lower[0]).is_none()
    {
        return SpeakerKind::Organisation;
    }
    // `Indian Express`, `Jakarta Post`: a newspaper's name, its last word one that mastheads
    // are made of (`assets/lexicon/masthead-words.txt`) and its first no given name (`Emily
    // Post` stays a person).
    let masthead = words.len() >= 2
        && lower.last().is_some_and(|w| lexicon::is_masthead_word(w))
        && lexicon::given_name(&lower[0]).is_none();
    if masthead && !person_hint {
        return SpeakerKind::Organisation;
    }
    // `The Bundesbank`, `The Kremlin`: a name after `the` is a body, never a person. `John
    // Hall`, met as a person, stays one.
    let named_person = person_hint && given_name_and_surname(&lower);
    if (lower.iter().any(|w| is_organisation_word(w)) || is_place(&lower) || lower[0] == "the")
        && !named_person
    {
        return SpeakerKind::Organisation;
    }
    // `West German`, `South Korean`: a people's adjective after a word that opens place names
    // (`West Bank`, `South Africa`) is a nationality, not a person (`Dawn French` stays one).
    let nationality =
        words.len() == 2 && lexicon::is_demonym(&lower[1]) && lexicon::opens_place(&lower[0]);
    if nationality {
        return SpeakerKind::Unresolved;
    }
    // `United`, `South`: one word that opens place names (`United States`, `South Africa`)
    // and is nobody's given name is what is left of a place's or a body's name (`United said`
    // after `United Airlines`), never a person, however it was met.
    if words.len() == 1
        && lexicon::opens_place(&lower[0])
        && lexicon::given_name(&lower[0]).is_none()
    {
        return SpeakerKind::Organisation;
    }
    // `Tass said`, `Tanjug quoted`: a news agency, however it was met
    // (`assets/lexicon/news-agencies.txt`).
    // `Tass` for `TASS`: a short name written in title case (not `Ap`, a word of two).
    let agency = lexicon::is_news_agency(name)
        || (words.len() == 1
            && name.chars().count() == 4
            && lexicon::is_news_agency(&name.to_uppercase()));
    if !named_person && agency {
        return SpeakerKind::Organisation;
    }
    if person_hint || words.len() >= 2 || lexicon::given_name(&lower[0]).is_some() {
        return SpeakerKind::Person;
    }
    SpeakerKind::Organisation
}

/// Words of grammar that open a clause, never a name: auxiliaries, conjunctions and sentence
/// adverbs (`Would I`, `Maybe All Might`, `Was Bartleby`, `And Japan` in fiction and
/// inverted speech).
const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "although",
    "though",
    "whereas",
    "unless",
    "but",
    "or",
    "so",
    "yet",
    "then",
    "now",
    "maybe",
    "perhaps",
    "indeed",
    "still",
    "also",
    "would",
    "could",
    "should",
    "shall",
    "will",
    "may",
    "might",
    "must",
    "can",
    "was",
    "were",
    "is",
    "are",
    "am",
    "had",
    "has",
    "have",
    "did",
    "does",
    "do",
    "not",
    "there",
    "here",
    "what",
    "when",
    "why",
    "how",
    "where",
    "who",
    "if",
    "as",
    "thus",
    "hence",
    "meanwhile",
    "however",
];

/// Whether a lower-cased word opens a clause and is nobody's given name (`and`, `would`).
pub fn is_clause_opener(lower: &str) -> bool {
    let bare = lower.trim_end_matches('.');
    CLAUSE_OPENERS.contains(&bare) && lexicon::given_name(bare).is_none()
}

/// A speaker text that is a piece of a page or of a clause rather than a name: a pronoun among
/// its words (`Would I`, `Better Student Journalism We`), a clause opener first, punctuation
/// inside a word (`And…Other Alden`), or a word said twice (`Response Response`).
fn is_fragment(words: &[&str], lower: &[String]) -> bool {
    if !words[0].starts_with(char::is_uppercase) {
        // Descriptions (`a senior official in the Ministry of … IT`) are told apart elsewhere.
        return false;
    }
    // `IT` and `US` are abbreviations, `I` and `We` pronouns.
    let pronoun_inside = words.len() > 1
        && words.iter().zip(lower).any(|(w, l)| {
            is_pronoun(l) && (*w == "I" || w.chars().skip(1).all(char::is_lowercase))
        });
    // `Will O'Rourke`, `May Brown`: a given name is a name even when it is also a verb.
    let opener = words.len() > 1
        && [&lower[0], &lower[lower.len() - 1]]
            .iter()
            .any(|w| is_clause_opener(w));
    // `Harrow & Finch`: an ampersand standing alone joins a firm's name.
    let odd_characters = words.iter().any(|w| {
        *w != "&"
            && w.chars()
                .any(|c| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | ',')))
    });
    let repeated = lower.windows(2).any(|p| p[0] == p[1]);
    // `Acknowledgements The`, `Memo This Internet-Draft`: a heading run into the sentence
    // after it, where a capitalised determiner or demonstrative opens that sentence (`Save
    // the Children` writes its `the` in lower case).
    let sentence_inside = words.len() > 1
        && words.iter().zip(lower).skip(1).any(|(w, l)| {
            w.starts_with(char::is_uppercase)
                && (DETERMINERS.contains(&l.as_str())
                    || matches!(l.as_str(), "this" | "these" | "that" | "those"))
        });
    pronoun_inside || opener || odd_characters || repeated || sentence_inside
}

/// The sex a person's name and titles tell: an honorific (`Mrs`, `spokeswoman`) first, then the
/// first given name the data knows.
pub fn sex_of<'a>(
    name_lower: &[String],
    roles: impl IntoIterator<Item = &'a String>,
) -> Option<Sex> {
    // `chairman`, `spokesman`: the `-man` forms are written for women too (`CFTC chairman
    // Susan Phillips`), so they tell a sex only when the given name does not.
    let mut weak = None;
    for r in roles {
        match lexicon::honorific(r) {
            Some(Sex::Either) | None => {}
            Some(Sex::Male) if r.ends_with("man") => weak = weak.or(Some(Sex::Male)),
            strong => return strong,
        }
    }
    // Surname-first names (`Lee Jae-myung`) put the given name last: the first that is known
    // and tells a sex decides.
    let n = name_lower.len();
    name_lower[..n.saturating_sub(1).max(1).min(n)]
        .iter()
        .filter_map(|w| lexicon::given_name(w))
        .find(|s| *s != Sex::Either)
        .or(weak)
}

/// The sex a pronoun asks for.
pub fn pronoun_sex(lower: &str) -> Option<Sex> {
    match lower {
        "he" | "him" | "his" => Some(Sex::Male),
        "she" | "her" | "hers" => Some(Sex::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn kinds_from_data() {
        assert_eq!(kind_of("Paul Keating", false), SpeakerKind::Person);
        assert_eq!(kind_of("Maria", false), SpeakerKind::Person);
        assert_eq!(kind_of("Keating", true), SpeakerKind::Person);
        assert_eq!(kind_of("Seoul", false), SpeakerKind::Organisation);
        assert_eq!(kind_of("West German", true), SpeakerKind::Unresolved);
        assert_eq!(kind_of("Maria German", false), SpeakerKind::Person);
        assert_eq!(kind_of("New Jersey", true), SpeakerKind::Organisation);
        assert_eq!(
            kind_of("Bureau of Meteorology", false),
            SpeakerKind::Organisation
        );
        assert_eq!(
            kind_of("Westlink Hospitality Ltd", false),
            SpeakerKind::Organisation
        );
        assert_eq!(kind_of("Bundesbank", false), SpeakerKind::Organisation);
        assert_eq!(kind_of("the company", false), SpeakerKind::Description);
        assert_eq!(
            kind_of("a spokesman for the ministry", false),
            SpeakerKind::Description
        );
        assert_eq!(kind_of("one trader", false), SpeakerKind::Description);
        assert_eq!(kind_of("One", true), SpeakerKind::Description);
        assert_eq!(kind_of("An insider", true), SpeakerKind::Description);
        assert_eq!(
            kind_of("The regional administration", false),
            SpeakerKind::Description
        );
        assert_eq!(kind_of("The Bundesbank", false), SpeakerKind::Organisation);
        assert_eq!(kind_of("he", false), SpeakerKind::Unresolved);
        assert_eq!(kind_of("Would I", true), SpeakerKind::Unresolved);
        assert_eq!(kind_of("Maybe All Might", true), SpeakerKind::Unresolved);
        assert_eq!(kind_of("And…Other Alden", true), SpeakerKind::Unresolved);
        assert_eq!(kind_of("Response Response", true), SpeakerKind::Unresolved);
        assert_eq!(kind_of("I. What", true), SpeakerKind::Unresolved);
        assert_eq!(kind_of("Will O'Rourke", true), SpeakerKind::Person);
        assert_eq!(
            kind_of("Better Student Journalism We", true),
            SpeakerKind::Unresolved
        );
        assert_eq!(kind_of("", false), SpeakerKind::Unresolved);
    }

    #[test]
    fn places_and_sexes() {
        assert!(is_place(&lower("the Philippines")));
        assert!(is_place(&lower("Cuba")));
        assert!(is_place(&lower("West Germany")));
        assert!(!is_place(&lower("Jan Jordan")));
        assert!(!is_place(&lower("Donald Trump")));
        assert_eq!(sex_of(&lower("Maria Lopez"), []), Some(Sex::Female));
        assert_eq!(sex_of(&lower("John Smith"), []), Some(Sex::Male));
        let mrs = vec!["mrs".to_string()];
        assert_eq!(sex_of(&lower("Lee Smith"), &mrs), Some(Sex::Female));
        assert_eq!(pronoun_sex("she"), Some(Sex::Female));
    }
}
