//! Names written with initials (`BankAmerica Corp Chairman A.W. Clausen`): the initials read
//! like an abbreviation (`U.S.`) and were left out of the name, so `Clausen` alone was the
//! speaker. The article tells them apart: initials stand before one surname every time they
//! are written, an abbreviation before many words.

use super::*;

/// Puts back the initials before the surnames they always precede: a one-word person `Clausen`
/// becomes `A.W. Clausen` when every `A.W.` of the article is followed by `Clausen`.
pub(super) fn restore_initials(texts: &[Tokens; 2], persons: &mut [Person]) {
    // For each initials token (lower-cased): the one word that always follows it, or none.
    let mut follows: HashMap<String, Option<(String, String)>> = HashMap::default();
    // `U.S. Officials`, `U.S. Dollar`: a word the article also writes in lower case is no
    // surname.
    let ordinary = ordinary_words(texts);
    for t in texts {
        for k in 0..t.words.len() {
            let written = t.words[k].raw(t.text);
            // `U.S.,` is `U.S.` closing a phrase: no name goes on after it.
            let raw = written.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
            if !is_initials(raw) {
                continue;
            }
            let closes = raw.len() < written.len();
            let key = raw.to_lowercase();
            // `J.P. Morgan and Co`, `E.F. Hutton Co`: a name going on after the surname is a
            // company's.
            let goes_on = t.capital.get(k + 2).copied().unwrap_or(false)
                || t.lower
                    .get(k + 2)
                    .is_some_and(|w| matches!(&**w, "and" | "&"));
            let next = (!closes
                && k + 1 < t.words.len()
                && t.capital[k + 1]
                && !goes_on
                && !ordinary.contains(&*t.lower[k + 1]))
            .then(|| (t.lower[k + 1].to_string(), raw.to_string()));
            let entry = follows.entry(key).or_insert_with(|| next.clone());
            if entry.as_ref().map(|(w, _)| w) != next.as_ref().map(|(w, _)| w) {
                *entry = None;
            }
        }
    }
    if follows.is_empty() {
        return;
    }
    // A surname is also written alone (`Clausen said`), not only after its initials.
    let mut alone: HashSet<&str> = HashSet::default();
    for t in texts {
        for k in 0..t.words.len() {
            let after_initials = k > 0 && is_initials(t.words[k - 1].raw(t.text));
            if t.capital[k] && !after_initials {
                alone.insert(&*t.lower[k]);
            }
        }
    }
    let before: HashMap<&str, &str> = follows
        .values()
        .flatten()
        .filter(|(surname, _)| alone.contains(surname.as_str()))
        .map(|(surname, initials)| (surname.as_str(), initials.as_str()))
        .collect();
    for p in persons.iter_mut() {
        if p.tokens.len() != 1 {
            continue;
        }
        if let Some(initials) = before.get(p.lower[0].as_str()) {
            let tokens = vec![initials.to_string(), p.tokens[0].clone()];
            *p = Person::new(tokens, std::mem::take(&mut p.roles));
        }
    }
}

/// Two or three capital letters each followed by a full stop (`A.W.`, `J.S.`, `R.L.`).
fn is_initials(raw: &str) -> bool {
    let letters: Vec<char> = raw.chars().collect();
    (4..=6).contains(&letters.len())
        && letters
            .chunks(2)
            .all(|c| c.len() == 2 && c[0].is_uppercase() && c[1] == '.')
}
