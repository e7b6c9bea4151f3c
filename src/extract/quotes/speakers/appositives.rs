//! People named in apposition to a role (`The council leader, Marcus Oyelaran,`, `Per
//! Nilsson, chairman of the association,`).

use super::runs::{after_the, is_initial};
use super::*;

/// People named in apposition to a role: `<description>, <Name>,` and `<Name>, <description>,`
/// where the description holds a role noun or title (`The museum's director, Clara Jensen,`,
/// `Per Nilsson, chairman of the association,`), or `<Name>, <age>,`.
pub(super) fn appositive_people(t: &Tokens) -> Vec<(HashSet<String>, Vec<String>)> {
    let (text, ws, lower) = (t.text, &t.words, &t.lower);
    let role_word = |l: &str| ROLE_NOUNS.contains(&l) || is_title(l);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let capital =
            |k: usize| t.capital[k] && !ws[k].raw(text).starts_with(['"', '“', '„', '«', '‘']);
        if !capital(i) {
            i += 1;
            continue;
        }
        // The run of capitalised words from i, ending at a word that closes a phrase.
        let mut j = i;
        while j < ws.len()
            && j - i < 5
            && (capital(j) || (j > i && NAME_PARTICLES.contains(&&*lower[j])))
        {
            if ws[j].closes_phrase(text) {
                break;
            }
            j += 1;
        }
        if j >= ws.len() || j - i >= 5 || !(capital(j) || NAME_PARTICLES.contains(&&*lower[j])) {
            i = j.max(i + 1);
            continue;
        }
        let run_end = j + 1;
        let tokens: Vec<String> = (i..run_end).map(|k| t.clean(k).to_string()).collect();
        let closed_by_comma = super::words::trailing_punct(ws[j].raw(text)).starts_with(',');
        let sentence_initial_det = (DETERMINERS.contains(&&*lower[i])
            || PHRASE_STOPS.contains(&&*lower[i]))
            && !is_initial(ws[i].raw(text));
        // `Her husband, Manuel,`: one given name in apposition to a role is a person too;
        // after a possessive and a noun of kin opening the sentence as its subject (`His
        // wife, Noy, runs …`, `Their son, Souksavanh, pilots …`) any one word is, the
        // given-name data knowing it or not (`The child is her granddaughter, Tekarara,`
        // names her in passing, for no later `she`).
        let kin = i >= 2
            && (i == 2 || ws[i - 3].closes_phrase(text))
            && matches!(
                &*lower[i - 2],
                "his" | "her" | "their" | "my" | "our" | "your"
            )
            && lexicon::role_noun_sex(&lower[i - 1]).is_some();
        let single_given = tokens.len() == 1
            && (kin
                || lexicon::given_name(&tokens[0].to_lowercase())
                    .is_some_and(|s| s != Sex::Either))
            && i > 0
            && ws[i - 1].raw(text).ends_with(',')
            && (kin || role_word(&lower[i - 1]));
        if (tokens.len() >= 2 || single_given)
            && looks_like_name(&tokens)
            && !sentence_initial_det
            && !after_the(t, i)
            && !tokens.iter().any(|t| is_title(&t.to_lowercase()))
            && !ws[i..j]
                .iter()
                .any(|w| w.raw(text).contains("'s") || w.raw(text).contains("’s"))
        {
            let mut roles: HashSet<String> = HashSet::default();
            let mut person = false;
            // Description before: `... director, <Name>`.
            if i > 0 && ws[i - 1].raw(text).ends_with(',') && role_word(&lower[i - 1]) {
                let mut k = i - 1;
                loop {
                    let l: &str = &lower[k];
                    if l.is_empty()
                        || DETERMINERS.contains(&l)
                        || PHRASE_STOPS.contains(&l)
                        || ws[k].is_capitalized(text)
                    {
                        break;
                    }
                    roles.insert(l.to_string());
                    if k == 0 || (i - k) >= 4 || ws[k - 1].closes_phrase(text) {
                        break;
                    }
                    k -= 1;
                }
                person = true;
            }
            // `The Minister of Agriculture, Arnaud Lefèvre,`, `The governor of the Sverdlovsk
            // region, Pavel Kruglov,`: a role and its `of` phrase before the comma.
            if !person && i > 0 && ws[i - 1].raw(text).ends_with(',') {
                if let Some(role) = role_before_of(t, i, &role_word) {
                    roles.insert(role);
                    person = true;
                }
            }
            // Description after: `<Name>, chairman of ...` / `<Name>, the club's captain,` / `<Name>, 45,`.
            if closed_by_comma && !person {
                let after = &lower[run_end..lower.len().min(run_end + 5)];
                if after
                    .first()
                    .is_some_and(|a| a.chars().all(|c| c.is_ascii_digit()) && !a.is_empty())
                {
                    person = true;
                } else {
                    for (k, l) in after.iter().enumerate() {
                        let w = ws[run_end + k];
                        if role_word(l) && !w.is_capitalized(text) {
                            roles.insert(l.to_string());
                            person = true;
                            break;
                        }
                        if PHRASE_STOPS.contains(&&**l) || w.closes_phrase(text) {
                            break;
                        }
                        if !DETERMINERS.contains(&&**l) && !w.is_capitalized(text) {
                            roles.insert(l.to_string());
                        }
                    }
                    if !person {
                        roles.clear();
                    }
                }
            }
            if person
                && !GROUP_NOUNS.contains(
                    &tokens
                        .last()
                        .map(|t| t.to_lowercase())
                        .unwrap_or_default()
                        .as_str(),
                )
            {
                // `Retiree Tan Boon Hock, 68,`: a role noun opening the run is the role, as
                // `split_name` reads it.
                let mut tokens = tokens;
                let first = tokens[0].to_lowercase();
                if tokens.len() >= 3
                    && ROLE_NOUNS.contains(&first.as_str())
                    && lexicon::given_name(&first).is_none()
                {
                    tokens.remove(0);
                    roles.insert(first);
                }
                out.push((roles, tokens));
            }
        }
        i = run_end;
    }
    out
}

/// The role word of `the <role> of <up to five words>,` standing right before word `i` (a
/// name), opening its clause: `The governor of the Sverdlovsk region, Pavel Kruglov`.
fn role_before_of(t: &Tokens, i: usize, role_word: &dyn Fn(&str) -> bool) -> Option<String> {
    let (text, ws, lower) = (t.text, &t.words, &t.lower);
    let of = (i.saturating_sub(7)..i.saturating_sub(1))
        .rev()
        .find(|&k| lower[k] == "of")?;
    let opens = |k: usize| k == 0 || ws[k - 1].closes_phrase(text);
    let role = of.checked_sub(1)?;
    let determiner_opens = role >= 1 && DETERMINERS.contains(&&*lower[role - 1]) && opens(role - 1);
    (role_word(&lower[role])
        && (determiner_opens || opens(role))
        && !ws[role..i - 1].iter().any(|w| w.closes_phrase(text)))
    .then(|| lower[role].to_string())
}
