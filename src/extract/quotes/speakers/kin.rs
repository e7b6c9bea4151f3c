//! `His wife, Nino, tried to calm things.`, `Her daughter Nour`: a name in apposition to a
//! possessive and a noun that tells a sex (`wife`, `son`, `uncle`) is that sex's, whatever
//! the given-name data lists for it (`Nino` by its US use), and a person's.

use super::*;

/// Most words of the name after the noun.
const MAX_NAME_WORDS: usize = 4;

/// The lower-cased names written right after a possessive pronoun and a noun that tells a
/// sex, with that sex; `None` when the article gives the same name both.
pub(super) fn kin_sexes(texts: &[Tokens; 2]) -> HashMap<Vec<String>, Option<Sex>> {
    let mut out: HashMap<Vec<String>, Option<Sex>> = HashMap::default();
    for t in texts {
        for k in 2..t.words.len() {
            let possessive = matches!(
                &*t.lower[k - 2],
                "his" | "her" | "their" | "my" | "our" | "your"
            );
            if !possessive || t.capital[k - 1] || !t.capital[k] {
                continue;
            }
            let Some(sex) = lexicon::role_noun_sex(&t.lower[k - 1]) else {
                continue;
            };
            // `his father, Concrete`: a quoted or bracketed word is no name.
            if t.words[k]
                .raw(t.text)
                .starts_with(['"', '“', '„', '«', '‘', '(', '['])
            {
                continue;
            }
            let mut end = k;
            while end + 1 < t.words.len()
                && end + 1 - k < MAX_NAME_WORDS
                && t.capital[end + 1]
                && !t.words[end].closes_phrase(t.text)
            {
                end += 1;
            }
            let name: Vec<String> = (k..=end).map(|i| t.lower[i].to_string()).collect();
            let vote = out.entry(name).or_insert(Some(sex));
            if *vote != Some(sex) {
                *vote = None;
            }
        }
    }
    out
}
