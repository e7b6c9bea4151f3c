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
