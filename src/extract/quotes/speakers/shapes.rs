//! Shapes of a speaker phrase read from its words alone: a firm joined by `&`, an indefinite
//! description with its employer.

use super::super::vocab::PRONOUNS;
use super::*;

/// Whether a phrase is an indefinite description whose role noun is followed by a preposition
/// (`an aide to Chirac`, `a strategist at a large European bank`): one unnamed person.
pub(super) fn described_by_employer(lower: &[String]) -> bool {
    let Some(first) = lower.first() else {
        return false;
    };
    let prep = lower.iter().position(|l| {
        matches!(
            l.as_str(),
            "to" | "at" | "in" | "for" | "of" | "from" | "with"
        )
    });
    matches!(first.as_str(), "a" | "an" | "one" | "another")
        && prep.is_some_and(|k| {
            // `a source close to Jordan`, `a person familiar with the talks`.
            let head = if k >= 3
                && matches!(
                    lower[k - 1].as_str(),
                    "close" | "familiar" | "near" | "loyal"
                ) {
                k - 2
            } else {
                k - 1
            };
            k >= 2 && k + 1 < lower.len() && ROLE_NOUNS.contains(&lower[head].as_str())
        })
}

/// `A LandSAR volunteer who spent last night at Carrington Hut`: someone unnamed, described
/// by a role noun among the first words and a relative clause after it; the names inside the
/// clause are not theirs.
pub(super) fn described_by_relative(lower: &[String]) -> bool {
    matches!(
        lower.first().map(String::as_str),
        Some("a" | "an" | "one" | "another")
    ) && (2..lower.len().min(6)).any(|k| {
        matches!(lower[k].as_str(), "who" | "whose")
            && k + 1 < lower.len()
            && ROLE_NOUNS.contains(&lower[k - 1].as_str())
    })
}

/// A firm's name joined by `&` (`Harrow & Finch`, `The Barbados Light & Power Company
/// Limited`): capitalised words on both sides of the `&`, every word capitalised, an article
/// before it dropped.
pub(super) fn ampersand_firm(phrase: &str, ws: &[Word]) -> Option<String> {
    let amp = ws.iter().position(|w| w.raw(phrase) == "&")?;
    let from = usize::from(ws.first()?.raw(phrase).eq_ignore_ascii_case("the"));
    let fits = amp > from
        && amp + 1 < ws.len()
        && ws[from..].iter().enumerate().all(|(k, w)| {
            from + k == amp || (w.is_capitalized(phrase) && !w.raw(phrase).ends_with(','))
        })
        && !ws[from..]
            .iter()
            .any(|w| is_title(&w.lower(phrase)) || PRONOUNS.contains(&w.lower(phrase).as_str()));
    fits.then(|| phrase[ws[from].start..ws[ws.len() - 1].end].to_string())
}

/// A speaker phrase without what it puts in brackets after the name: `Rep. Ed Jones
/// (D-Tenn.)`, `Bill Bradley (Democrat)` name the person before the bracket.
pub(super) fn before_bracket(phrase: &str) -> &str {
    match phrase.find(['(', '[']) {
        Some(i) if i > 0 => phrase[..i].trim_end(),
        _ => phrase,
    }
}

/// A name's words without a generational suffix (`Louis Gerstner Jr.` is referred to as
/// `Gerstner`), lower-cased.
pub(super) fn without_suffix(lower: &[String]) -> &[String] {
    match lower.split_last() {
        Some((last, rest))
            if !rest.is_empty()
                && matches!(
                    last.trim_end_matches('.'),
                    "jr" | "sr" | "ii" | "iii" | "iv"
                ) =>
        {
            rest
        }
        _ => lower,
    }
}

/// A capitalised word that goes before a name without being part of it: a place, a people's
/// or party's adjective, an organisation word, an abbreviation (`U.S`, `Republican`,
/// `Agriculture`-less `Seoul`), unless it is also a given name (`Jordan`, `Paris`).
pub(super) fn is_affiliation(lower: &str) -> bool {
    let bare = lower.trim_end_matches('.');
    lexicon::given_name(bare).is_none()
        && (lexicon::is_place(bare)
            || lexicon::is_demonym(bare)
            || DEMONYMS.contains(&bare)
            || kinds::is_organisation_word(bare)
            || (bare.contains('.') && bare.len() <= 5))
}

/// The last capitalised possessor before the phrase's last word (`Cominco's Townson`): what
/// comes after it is the name.
pub(super) fn possessor_index(phrase: &str, ws: &[Word]) -> Option<usize> {
    ws.iter().take(ws.len().saturating_sub(1)).rposition(|w| {
        let raw = w.raw(phrase);
        w.is_capitalized(phrase) && (raw.ends_with("'s") || raw.ends_with("’s"))
    })
}

/// Whether a person of sex `have` may be referred to by a pronoun asking for `want`.
pub(super) fn compatible(have: Option<Sex>, want: Option<Sex>) -> bool {
    !matches!(
        (have, want),
        (Some(Sex::Male), Some(Sex::Female)) | (Some(Sex::Female), Some(Sex::Male))
    )
}

pub(super) fn phrase_without_the(phrase: &str) -> String {
    phrase
        .strip_prefix("the ")
        .or_else(|| phrase.strip_prefix("The "))
        .unwrap_or(phrase)
        .to_string()
}

/// A word inside a body's name as written: a plural possessive keeps its apostrophe
/// (`Employers'` in `Hungarian Employers' Forum`: the body's name, not `Employers Forum`), which
/// the name core drops.
pub(super) fn plural_possessive(raw: &str, clean: &str) -> String {
    let written = raw.strip_prefix(clean).unwrap_or("");
    match written.chars().next() {
        Some(mark @ ('\'' | '’')) if clean.ends_with('s') && written.len() == mark.len_utf8() => {
            format!("{clean}{mark}")
        }
        _ => clean.to_string(),
    }
}
