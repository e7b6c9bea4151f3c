//! `Nadezhda Shirokova, who lives in the neighbouring village, said …`: a name followed by a
//! relative clause opened by `who` or `whose` is a person's (bodies take `which`), even when the
//! given-name data does not know its first word and the article never uses the surname alone.

use super::*;

/// Longest name run read back from the comma before `who`.
const MAX_NAME_WORDS: usize = 3;

/// The lower-cased names (two or three capitalised words) that a `, who` or `, whose` clause
/// follows.
pub(super) fn names_before_who(texts: &[Tokens; 2]) -> HashSet<Vec<String>> {
    let mut out = HashSet::default();
    for t in texts {
        for k in 1..t.words.len().saturating_sub(1) {
            let who = matches!(&*t.lower[k + 1], "who" | "whose");
            if !who || !t.capital[k] || !t.words[k].raw(t.text).ends_with(',') {
                continue;
            }
            let mut from = k;
            while from > 0
                && k - from + 1 < MAX_NAME_WORDS
                && t.capital[from - 1]
                && !t.words[from - 1].closes_phrase(t.text)
            {
                from -= 1;
            }
            if k > from {
                out.insert((from..=k).map(|i| t.lower[i].to_string()).collect());
            }
        }
    }
    out
}

/// `Cr Janine Sutcliffe, who was elected mayor in November,`: a name (its titles split off)
/// and the office a `who` clause after it gives, linked by `was`, `elected`, `named as` and
/// the like (`assets/lexicon/office-links.txt`).
pub(super) fn offices_after_who(t: &Tokens) -> Vec<(Vec<String>, HashSet<String>)> {
    let mut out = Vec::new();
    for k in 1..t.words.len().saturating_sub(2) {
        if &*t.lower[k + 1] != "who" || !t.capital[k] || !t.words[k].raw(t.text).ends_with(',') {
            continue;
        }
        let links = (k + 2..t.words.len().min(k + 7))
            .take_while(|&j| lexicon::is_office_link(&t.lower[j]) && !t.capital[j])
            .count();
        let at = k + 2 + links;
        let office = at < t.words.len()
            && links > 0
            && !t.capital[at]
            && (ROLE_NOUNS.contains(&&*t.lower[at]) || is_title(&t.lower[at]));
        if !office {
            continue;
        }
        let mut from = k;
        while from > 0
            && k - from < MAX_NAME_WORDS
            && t.capital[from - 1]
            && !t.words[from - 1].closes_phrase(t.text)
        {
            from -= 1;
        }
        let run: Vec<String> = (from..=k).map(|i| t.clean(i).to_string()).collect();
        let (titles, name) = split_name(&run);
        if name.len() >= 2 && looks_like_name(&name) {
            let mut roles: HashSet<String> = titles.into_iter().collect();
            roles.insert(t.lower[at].to_string());
            out.push((name, roles));
        }
    }
    out
}
