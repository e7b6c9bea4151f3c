//! Descriptions and body names the walk back from a verb would cut: `A source close to
//! Jordan` (the walk stops at `to` and gives `Jordan`), `Save the Vaal` in apposition to `A
//! civic group` (the small word stops a name).

use super::super::vocab::{self, DETERMINERS, PHRASE_STOPS, PRONOUNS, ROLE_NOUNS};
use super::super::words::Word;
use super::MAX_SUBJECT_WORDS;
use super::phrase;
use super::phrase::trim_phrase;

/// How many words may follow `close to` or `familiar with` in a description.
const MAX_CLOSENESS_OBJECT_WORDS: usize = 5;

/// `A source close to Jordan`, `people familiar with the matter`, `one official close to the
/// talks`: a role noun after a determiner or a quantifier, then an adjective of nearness and its
/// preposition, then a short object, making up the end of `ws`. The whole is the description
/// (the walk back from the verb stops at the preposition and gives its object).
pub(super) fn described_by_closeness(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let lower: Vec<String> = ws.iter().map(|w| w.lower(s)).collect();
    let n = ws.len();
    let near = (1..n.saturating_sub(1))
        .rev()
        .take(MAX_CLOSENESS_OBJECT_WORDS + 1)
        .find(|&k| {
            matches!(
                (lower[k].as_str(), lower[k + 1].as_str()),
                ("close", "to") | ("familiar", "with") | ("near", "to") | ("loyal", "to")
            )
        })?;
    let object = &ws[near + 2..];
    if object.is_empty()
        || object.len() > MAX_CLOSENESS_OBJECT_WORDS
        || ws[..n - 1]
            .iter()
            .skip(near.saturating_sub(3))
            .any(|w| w.closes_phrase(s))
    {
        return None;
    }
    let head = near.checked_sub(1)?;
    let head_is_role = ROLE_NOUNS.contains(&lower[head].as_str())
        || vocab::GROUP_NOUNS.contains(&lower[head].as_str());
    // `a source`, `one official`, `sources`, `people`: a determiner or a quantifier opens it,
    // or a plural head stands alone.
    let opener = (head.saturating_sub(2)..=head).find(|&d| {
        matches!(
            lower[d].as_str(),
            "a" | "an" | "one" | "another" | "two" | "three" | "several" | "some" | "the"
        )
    });
    let start = match opener {
        Some(d) => d,
        None if lower[head].ends_with('s') => head,
        None => return None,
    };
    let opens_clause = start == 0 || ws[start - 1].closes_phrase(s);
    (head_is_role && opens_clause).then(|| trim_phrase(s, ws[start].start, ws[n - 1].end))
}

/// A body's name of up to six words (`Save the Vaal`, `Friends of the Earth`): capitalised
/// first and last words, small words of grammar between them.
pub(super) fn body_name(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let (first, last) = (ws.first()?, ws.last()?);
    let fits = ws.len() <= 6
        && first.is_capitalized(s)
        && last.is_capitalized(s)
        && ws.iter().all(|w| {
            w.is_capitalized(s)
                || matches!(
                    w.lower(s).as_str(),
                    "the" | "of" | "for" | "and" | "on" | "in" | "without" | "against"
                )
        })
        && !ws
            .iter()
            .any(|w| PRONOUNS.contains(&w.lower(s).as_str()) || w.lower(s).ends_with("'s"));
    fits.then(|| trim_phrase(s, first.start, last.end))
}

/// Most words of an indefinite description with its modifier (`A senior official at the Bank
/// of Sierra Leone`: nine); longer than a name's walk back.
const MAX_DESCRIBED_WORDS: usize = MAX_SUBJECT_WORDS + 4;

/// An indefinite description of one person whose head noun is followed by a short
/// prepositional phrase, making up all of `ws`: `an aide to Chirac`, `a strategist at a large
/// European bank`, `an aid worker in Goma`. A clause (`a year after the company`), a comma or a
/// second verb in it makes it something else.
pub(super) fn described_with_modifier(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let lower: Vec<String> = ws.iter().map(|w| w.lower(s)).collect();
    let (first, last) = (lower.first()?, ws.last()?);
    if !matches!(first.as_str(), "a" | "an" | "one" | "another")
        || !(3..=MAX_DESCRIBED_WORDS).contains(&ws.len())
        || ws[..ws.len() - 1].iter().any(|w| w.closes_phrase(s))
    {
        return None;
    }
    let prep = lower.iter().position(|l| {
        matches!(
            l.as_str(),
            "to" | "at" | "in" | "for" | "of" | "from" | "with"
        )
    })?;
    let head_is_role = prep >= 2
        && lower[1..prep]
            .iter()
            .all(|l| !PHRASE_STOPS.contains(&l.as_str()))
        && (ROLE_NOUNS.contains(&lower[prep - 1].as_str())
            || (vocab::SURNAME_ROLE_NOUNS.contains(&lower[prep - 1].as_str())
                && !ws[prep - 1].is_capitalized(s)));
    // `an official at the department in Thimphu`: a place the employer is in goes on with it;
    // `on` stays a stop (`a spokesman for the ministry on Tuesday`).
    let plain_tail = prep + 1 < ws.len()
        && lower[prep + 1..].iter().enumerate().all(|(k, l)| {
            let inner_place = k > 0
                && prep + 2 + k < ws.len()
                && matches!(l.as_str(), "in" | "at" | "of")
                && ws[prep + 2 + k].is_capitalized(s);
            (!PHRASE_STOPS.contains(&l.as_str())
                || DETERMINERS.contains(&l.as_str())
                || inner_place)
                && !vocab::is_speech_verb(l)
                // `A baker in the Bavarian town of Weilheim has been asked`: a verb ends it.
                && !vocab::FINITE_AUXILIARIES.contains(&l.as_str())
                && l != "been"
        });
    (head_is_role && plain_tail).then(|| phrase::trim_phrase(s, ws[0].start, last.end))
}

/// `A senior official in the Jal Shakti ministry said`: the description with a modifier that
/// opens the clause before the verb (the walk back would stop at `in` and give the ministry's
/// name), from its article to the verb.
pub(super) fn described_opening(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let d = ws.iter().enumerate().rposition(|(d, w)| {
        matches!(w.lower(s).as_str(), "a" | "an" | "one" | "another")
            && (d == 0 || ws[d - 1].closes_phrase(s))
    })?;
    described_with_modifier(s, &ws[d..])
}

/// Most capitalised words of the place or portfolio after an office's `of`.
const MAX_OFFICE_PLACE_WORDS: usize = 3;

/// `The mayor of Douala V`, `The Minister of Tourism`: `the`, an office (a role noun or a
/// title, lower-case modifiers before it) and `of` with a place or portfolio of up to three
/// capitalised words that name no body, opening the clause and making up all of `ws`. The walk
/// back from the verb would stop at `of` and give the place.
pub(super) fn office_of_place(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let d = ws
        .iter()
        .enumerate()
        .rposition(|(d, w)| w.lower(s) == "the" && (d == 0 || ws[d - 1].closes_phrase(s)))?;
    let rest = &ws[d + 1..];
    let of = rest.iter().position(|w| w.lower(s) == "of")?;
    let place = &rest[of + 1..];
    let office = rest.get(of.checked_sub(1)?)?.lower(s);
    let is_office = (ROLE_NOUNS.contains(&office.as_str())
        || vocab::TITLES.contains(&office.as_str()))
        && !super::super::kinds::is_organisation_word(&office);
    let modifiers_lower = rest[..of - 1].iter().all(|w| !w.is_capitalized(s));
    let place_fits = (1..=MAX_OFFICE_PLACE_WORDS).contains(&place.len())
        && place.iter().all(|w| {
            let lower = w.lower(s);
            w.is_capitalized(s)
                && !super::super::kinds::is_organisation_word(&lower)
                && !crate::extract::lexicon::legal_forms().contains(&lower.as_str())
        })
        && !rest[..rest.len() - 1].iter().any(|w| w.closes_phrase(s));
    (is_office && modifiers_lower && of <= 3 && place_fits)
        .then(|| trim_phrase(s, ws[d].start, ws[ws.len() - 1].end))
}

/// Most words of a bare description a second one may stand in apposition to.
const MAX_BARE_WORDS: usize = 4;
/// Most words of that second description.
const MAX_APPOSED_WORDS: usize = 16;

/// `One customer, a pensioner from Peißenberg, said`: a bare indefinite description (`head`,
/// up to four words) and a second one in apposition (`ws[j..end]`, opening with `a` or `an`)
/// describe the speaker together.
pub(super) fn bare_then_apposed(
    s: &str,
    ws: &[Word],
    j: usize,
    end: usize,
    head: (usize, usize),
) -> Option<(usize, usize)> {
    let first = ws.iter().position(|w| w.start >= head.0)?;
    let bare = j - first <= MAX_BARE_WORDS
        && matches!(ws[first].lower(s).as_str(), "one" | "a" | "an" | "another");
    let apposed = matches!(ws[j].lower(s).as_str(), "a" | "an")
        && end - j <= MAX_APPOSED_WORDS
        && !ws[j..end - 1].iter().any(|w| w.closes_phrase(s));
    if !(bare && apposed) {
        return None;
    }
    // `One of them, a retired teacher, said`: a head whose group is only a pronoun tells
    // nothing of the speaker, so the apposition alone describes them.
    let from = if pronoun_partitive(s, &ws[first..j]) {
        ws[j].start
    } else {
        head.0
    };
    Some(trim_phrase(s, from, ws[end - 1].end))
}

/// Whether a head is `one of` and a personal or demonstrative pronoun (`One of them,`,
/// `one of those`), ending at its comma.
fn pronoun_partitive(s: &str, head: &[Word]) -> bool {
    match head {
        [one, of, pronoun] => {
            one.lower(s) == "one"
                && of.lower(s) == "of"
                && matches!(pronoun.lower(s).as_str(), "them" | "us" | "those" | "these")
        }
        _ => false,
    }
}

/// The body a document opening the clause comes from: `A statement from the Brazilian embassy
/// in London described …` -> `the Brazilian embassy in London` (the walk back from the verb
/// stops at `in` and gives the place). The body is a name of up to eight words, with `the`,
/// `of`, `in`, `for` and `and` inside it.
pub(super) fn document_from(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let from = ws
        .iter()
        .position(|w| matches!(w.lower(s).as_str(), "from" | "by"))?;
    // `A statement from`, `a joint statement by`: a determiner opens the clause, at most one
    // word stands between it and the document.
    let det = (from.saturating_sub(3)..from.saturating_sub(1))
        .rev()
        .find(|&d| matches!(ws[d].lower(s).as_str(), "a" | "an" | "the"))?;
    let opens = det == 0 || ws[det - 1].closes_phrase(s);
    let body = &ws[from + 1..];
    let organisation_word = |w: &Word| super::super::kinds::is_organisation_word(&w.lower(s));
    // `from the ministry`: a body's word alone, resolved later like `the ministry said`.
    let names_a_body = body
        .last()
        .is_some_and(|w| w.is_capitalized(s) || organisation_word(w));
    let fits = opens
        && vocab::is_document(&ws[from - 1].lower(s))
        && (1..=8).contains(&body.len())
        && names_a_body
        && body.iter().all(|w| {
            w.is_capitalized(s)
                || organisation_word(w)
                || matches!(w.lower(s).as_str(), "the" | "of" | "in" | "for" | "and")
        })
        && !body.iter().any(|w| w.closes_phrase(s));
    fits.then(|| trim_phrase(s, body[0].start, body[body.len() - 1].end))
}

/// Most words of a relative clause inside a described subject.
const MAX_RELATIVE_WORDS: usize = 9;

/// `A LandSAR volunteer who spent last night at Carrington Hut said`: an indefinite
/// description (a role noun right before `who`) opening the clause, then a relative clause
/// without commas up to the verb ending in a capitalised word, is the speaker, whole; the walk
/// back from the verb would give the name in the relative clause.
pub(super) fn described_with_relative(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let n = ws.len();
    if n == 0 || !ws[n - 1].is_capitalized(s) {
        return None;
    }
    let who = (n.saturating_sub(MAX_RELATIVE_WORDS + 1)..n)
        .rev()
        .find(|&i| matches!(ws[i].lower(s).as_str(), "who" | "whose"))?;
    if who < 2 || who + 1 >= n || ws[who - 1..n - 1].iter().any(|w| w.closes_phrase(s)) {
        return None;
    }
    let head = ws[who - 1];
    if head.is_capitalized(s) || !ROLE_NOUNS.contains(&head.lower(s).as_str()) {
        return None;
    }
    let d = (who.saturating_sub(4)..who - 1).find(|&d| {
        matches!(ws[d].lower(s).as_str(), "a" | "an" | "one" | "another")
            && (d == 0 || ws[d - 1].closes_phrase(s))
    })?;
    Some(trim_phrase(s, ws[d].start, ws[n - 1].end))
}

/// Whether the phrase starting at byte `a` follows `in`, `at` or `from` after a lower-case
/// word (`Its spokeswoman in Port Sudan`): a proper name the walk back stopped at there is
/// where the described person is, no name of theirs.
pub(super) fn after_preposition(s: &str, ws: &[Word], a: usize) -> bool {
    ws.iter().rposition(|w| w.end <= a).is_some_and(|k| {
        matches!(ws[k].lower(s).as_str(), "in" | "at" | "from")
            && k > 0
            && !ws[k - 1].is_capitalized(s)
    })
}
