//! Month names read whatever their diacritics: pages in languages whose keyboards lack the
//! marks, or that write them otherwise, print `Nọvemba` or `Belu` for CLDR's `novemba` and
//! `bélú`. Folding drops every combining mark of the canonical decomposition, in Latin script
//! only; a folded name two months share is no month.

use rustc_hash::FxHashMap;
use unicode_normalization::UnicodeNormalization;

/// `word` without its combining marks, or `None` when it is not Latin script.
pub(super) fn fold(word: &str) -> Option<String> {
    let latin = word
        .chars()
        .all(|c| c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || is_latin_extra(c));
    latin.then(|| {
        word.nfd()
            .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
            .collect()
    })
}

/// Latin Extended Additional (`ọ`, `ẹ`, `ṣ`) and the combining marks themselves.
fn is_latin_extra(c: char) -> bool {
    ('\u{1E00}'..='\u{1EFF}').contains(&c) || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Folded month names (`names`: each CLDR name with its month) whose folding changed them and
/// that no other month folds to.
pub(super) fn folded_months<'a>(
    names: impl Iterator<Item = (&'a str, u32)>,
) -> FxHashMap<String, u32> {
    let mut folded: FxHashMap<String, Option<u32>> = FxHashMap::default();
    for (name, n) in names {
        let Some(f) = fold(name).filter(|f| f != name) else {
            continue;
        };
        let entry = folded.entry(f).or_insert(Some(n));
        if *entry != Some(n) {
            *entry = None;
        }
    }
    folded
        .into_iter()
        .filter_map(|(name, n)| Some((name, n?)))
        .collect()
}

/// `lower` folded, with the byte offset in `lower` of each folded byte (and one past the end):
/// where a name found in the folded text starts and ends in the original.
pub(super) fn fold_with_offsets(lower: &str) -> Option<(String, Vec<usize>)> {
    fold(lower)?;
    let mut out = String::with_capacity(lower.len());
    let mut offsets = Vec::with_capacity(lower.len() + 1);
    for (at, c) in lower.char_indices() {
        for d in c.to_string().nfd() {
            if unicode_normalization::char::is_combining_mark(d) {
                continue;
            }
            for _ in 0..d.len_utf8() {
                offsets.push(at);
            }
            out.push(d);
        }
    }
    offsets.push(lower.len());
    Some((out, offsets))
}
