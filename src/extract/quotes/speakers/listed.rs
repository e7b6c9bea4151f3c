//! Bodies named with a list of words (`Sears, Roebuck and Co`, `Ministry of Lands, Housing
//! and Urban Development`): their names run on past a comma, and a speaker cut from one is
//! that body.

use super::*;

impl People<'_> {
    /// The listed body name (`Ministry of Lands, Housing and Urban Development`) whose last
    /// words a speaker phrase of capitalised words is (`Housing and Urban Development`).
    pub(super) fn listed_body(&self, tokens: &[String], lower: &[String]) -> Option<String> {
        if self.listed_names.is_empty() {
            return None;
        }
        let from = usize::from(lower.first().is_some_and(|w| w == "the"));
        let (tokens, lower) = (&tokens[from..], &lower[from..]);
        // `Culture` cut from `The Ministry of Tourism, Arts and Culture said`: one word is
        // enough when the listed name ends with it.
        let capitals = !tokens.is_empty()
            && tokens.iter().zip(lower).all(|(t, l)| {
                t.starts_with(char::is_uppercase) || matches!(l.as_str(), "and" | "of")
            });
        if !capitals {
            return None;
        }
        // `Kenya Medical Practitioners said` cut from `The Kenya Medical Practitioners,
        // Pharmacists and Dentists Union … said`: or its first item, up to the list's comma.
        let opening = format!("{},", tokens.join(" "));
        self.listed_names
            .iter()
            .find(|(k, v)| k.len() > lower.len() && (k.ends_with(lower) || v.starts_with(&opening)))
            .map(|(_, v)| v.clone())
    }
}

impl People<'_> {
    /// The listed body a resolved speaker's name is the opening item or the last words of.
    pub(super) fn listed_body_of(&self, name: &str) -> Option<String> {
        if self.listed_names.is_empty() || name.contains(',') {
            return None;
        }
        let tokens: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        self.listed_body(&tokens, &lower)
    }
}

/// Most words of a body's name, and of one written with a list (`Department of
/// Infrastructure, Transport, Regional Development, Communications and the Arts`).
const MAX_NAME_WORDS: usize = 8;
const MAX_LISTED_NAME_WORDS: usize = 12;

/// Most words the body's name opened at `i` may run to, once a list is found in it.
pub(super) fn most_words(listed: bool) -> usize {
    if listed {
        MAX_LISTED_NAME_WORDS
    } else {
        MAX_NAME_WORDS
    }
}

/// Whether word `j` joins a body's name (`of`, `for`, `and`, `&`), or, in a name written with
/// a list, is the article opening its last item (`and the Arts`).
pub(super) fn joins(t: &Tokens, j: usize, listed: bool) -> bool {
    matches!(&*t.lower[j], "of" | "for" | "and" | "&")
        || t.words[j].raw(t.text) == "&"
        || (listed && j > 0 && &*t.lower[j] == "the" && &*t.lower[j - 1] == "and")
}

/// Most words of a listed body name's items before its `and`.
const MAX_LISTED_WORDS: usize = 6;

/// Whether a body's name goes on past the comma after word `j` (the name opened at `i`):
/// `Sears, Roebuck and Co`, `Ministry of Lands, Housing and Urban Development`, `Kenya Medical
/// Practitioners, Pharmacists and Dentists Union`. Capitalised items, one `and` before the
/// last, and the name is one body: its last item a legal form alone, or it opens with a body
/// word and `of`, or it ends with a body word that is no legal form (`Ford, GM and Chrysler
/// Corp` are three companies).
pub(super) fn listed_name_goes_on(t: &Tokens, i: usize, j: usize) -> bool {
    let raw = t.words[j].raw(t.text);
    if !raw.ends_with(',') || raw.ends_with(",,") || !t.capital[j] {
        return false;
    }
    let Some(and) = (j + 1..t.words.len().min(j + 1 + MAX_LISTED_WORDS))
        .take_while(|&k| t.capital[k] || &*t.lower[k] == "and")
        .find(|&k| &*t.lower[k] == "and")
    else {
        return false;
    };
    // `the future of Macao, and China's Foreign Ministry`: an item stands between the comma
    // and `and`, and no possessive in the last.
    if and == j + 1 {
        return false;
    }
    // `… Communications and the Arts`: an article may open the last item.
    let after = and + 1 + usize::from(t.lower.get(and + 1).is_some_and(|w| &**w == "the"));
    let last: Vec<usize> = (after..t.words.len().min(after + 4))
        .take_while(|&k| t.capital[k] && !t.words[k].raw(t.text).starts_with(['(', '"', '“']))
        .collect();
    if last.iter().any(|&k| {
        let raw = t.words[k].raw(t.text);
        raw.contains("'s") || raw.contains("’s")
    }) {
        return false;
    }
    let (Some(&first_last), Some(&end)) = (last.first(), last.last()) else {
        return false;
    };
    let legal = |k: usize| lexicon::legal_forms().contains(&&*t.lower[k]);
    let legal_alone = first_last == end && legal(end);
    let opens_with_body = kinds::is_organisation_word(&t.lower[i])
        && t.lower.get(i + 1).is_some_and(|w| &**w == "of");
    let ends_with_body = kinds::is_organisation_word(&t.lower[end]) && !legal(end);
    // No item but the last may be a company of its own (`General Motors Corp,`).
    let items_plain = !(i..and).any(legal);
    items_plain && (legal_alone || opens_with_body || ends_with_body)
}
