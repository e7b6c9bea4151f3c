//! A cheap language guess from stop-word counts. It only has to tell apart the languages
//! Chronicle's users read (en, pl, de, fr, es, it, cs, uk, ru); anything unclear is `None`,
//! because a wrong tag is worse than none.

/// Common short words, chosen to overlap as little as possible between languages.
const STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "was", "with", "for", "on", "are", "have",
            "this", "from", "said", "would", "which", "their",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "się", "nie", "na", "że", "to", "jest", "do", "jak", "ale", "został",
            "przez", "oraz", "które", "który", "jego", "są",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "dem", "ein", "eine",
            "auch", "wurde", "den", "zu", "von",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "des", "et", "est", "une", "dans", "que", "pour", "qui", "pas", "sur",
            "du", "au", "avec", "sont", "été",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "que", "y", "en", "una", "por", "con", "para", "es", "del", "se",
            "su", "fue", "como", "pero",
        ],
    ),
    (
        "it",
        &[
            "il", "che", "di", "e", "della", "non", "per", "sono", "una", "gli", "nel", "anche",
            "stato", "alla", "dei", "è",
        ],
    ),
    (
        "cs",
        &[
            "a", "je", "se", "na", "že", "v", "které", "který", "jsou", "jako", "také", "bylo",
            "podle", "byl", "pro", "ve",
        ],
    ),
    (
        "uk",
        &[
            "і",
            "що",
            "не",
            "на",
            "та",
            "як",
            "це",
            "від",
            "для",
            "його",
            "також",
            "який",
            "було",
            "вони",
            "щоб",
            "є",
        ],
    ),
    (
        "ru",
        &[
            "и",
            "что",
            "не",
            "на",
            "как",
            "это",
            "от",
            "для",
            "его",
            "также",
            "который",
            "было",
            "они",
            "чтобы",
            "он",
            "по",
        ],
    ),
];

/// The stop words of a language tag from [`guess_language`]; all languages' words together
/// for `None` (a page in a language the list lacks still shares a few).
pub fn stop_words(tag: Option<&str>) -> Vec<&'static str> {
    match tag.and_then(|t| STOP_WORDS.iter().find(|(l, _)| *l == t)) {
        Some((_, list)) => list.to_vec(),
        None => STOP_WORDS
            .iter()
            .flat_map(|(_, list)| list.iter().copied())
            .collect(),
    }
}

/// Longest a word may be to count as a page's own function word (`an`, `fir`, `нь`, `энэ`).
const FUNCTION_WORD_CHARS: usize = 3;
/// Fewest words a line needs to count as running text when learning function words.
const PROSE_LINE_WORDS: usize = 8;
/// Fewest running-text lines a function word must appear in.
const FUNCTION_WORD_LINES: usize = 3;
/// A function word is in at least one running-text line in this many.
const FUNCTION_WORD_SHARE: usize = 5;
/// How many of a page's own function words are kept.
const FUNCTION_WORDS_KEPT: usize = 16;

/// A page's own function words, for a language the stop-word table lacks: the short words that
/// recur across its long lines (`an`, `vun`, `fir` in Luxembourgish; `нь`, `ба` in Mongolian).
/// Every language repeats its articles, particles and prepositions, so the page teaches them.
pub fn page_function_words<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut in_lines: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut prose_lines = 0;
    for line in lines.filter(|l| l.split_whitespace().count() >= PROSE_LINE_WORDS) {
        prose_lines += 1;
        let mut words: Vec<String> = line
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty() && w.chars().count() <= FUNCTION_WORD_CHARS)
            .map(str::to_lowercase)
            .collect();
        words.sort_unstable();
        words.dedup();
        for word in words {
            *in_lines.entry(word).or_insert(0) += 1;
        }
    }
    let mut common: Vec<(String, usize)> = in_lines
        .into_iter()
        // Common enough on this page: in several lines and in a share of them.
        .filter(|(_, n)| *n >= FUNCTION_WORD_LINES && *n * FUNCTION_WORD_SHARE >= prose_lines)
        .collect();
    common.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    common
        .into_iter()
        .take(FUNCTION_WORDS_KEPT)
        .map(|(w, _)| w)
        .collect()
}

/// How many words to look at: enough for a stable guess, bounded for huge files.
const MAX_WORDS: usize = 3000;

/// Returns a BCP 47 tag when one language clearly leads (at least 5 hits and half again as
/// many as the runner-up), else `None`.
pub fn guess_language(text: &str) -> Option<String> {
    guess_language_of(&[text])
}

/// [`guess_language`] over texts read one after the other, without joining them first.
pub fn guess_language_of(texts: &[&str]) -> Option<String> {
    let mut counts = [0usize; STOP_WORDS.len()];
    let mut words = 0;
    let mut lower = String::new();
    let longest = longest_stop_word();
    for word in texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
    {
        words += 1;
        // Most words are longer than any stop word and are in ASCII: those need no lookup
        // and no letter check (this loop was several percent of an import).
        let ascii = word.is_ascii();
        if ascii && word.len() > longest {
            continue;
        }
        lower.clear();
        if ascii {
            lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        if let Some(&languages) = stop_word_languages().get(lower.as_str()) {
            for (i, count) in counts.iter_mut().enumerate() {
                *count += usize::from(languages & (1 << i) != 0);
            }
        }
        if ascii {
            continue;
        }
        // Letters only one of the two Cyrillic languages uses settle uk against ru.
        if lower.contains(['ї', 'є', 'ґ', 'і']) {
            counts[7] += 1;
        }
        if lower.contains(['ы', 'э', 'ъ', 'ё']) {
            counts[8] += 1;
        }
    }
    let mut ranked: Vec<(usize, &str)> = counts
        .iter()
        .zip(STOP_WORDS)
        .map(|(n, (tag, _))| (*n, *tag))
        .collect();
    ranked.sort_by_key(|(count, _)| std::cmp::Reverse(*count));
    let (best, tag) = ranked[0];
    let runner_up = ranked[1].0;
    (words >= 10 && best >= 5 && best * 2 >= runner_up * 3).then(|| tag.to_string())
}

/// Whether texts the guess leaves untagged (or takes for Czech) read as Croatian, Bosnian or Serbian in Latin
/// script: only to read their month names (`listopada` is October there, November in Polish),
/// never as the article's language tag, which needs more than these few words.
pub fn reads_south_slavic(texts: &[&str]) -> bool {
    const MARKERS: &[&str] = &[
        "je", "su", "što", "će", "nije", "koji", "koja", "kako", "prema", "godine", "bio", "bila",
    ];
    // Polish and Czech words the others lack (the guess takes Croatian for Czech).
    const POLISH: &[&str] = &[
        "się", "że", "jest", "został", "przez", "že", "jsou", "který", "která", "které", "také",
        "jako", "byl", "byla",
    ];
    let (mut ours, mut polish) = (0, 0);
    for word in texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .take(MAX_WORDS)
    {
        let lower = word.to_lowercase();
        ours += usize::from(MARKERS.contains(&lower.as_str()));
        polish += usize::from(POLISH.contains(&lower.as_str()));
    }
    ours >= 5 && ours >= 2 * polish
}

/// The length of the longest stop word in ASCII (an ASCII word can only be one of those).
fn longest_stop_word() -> usize {
    static LONGEST: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
        STOP_WORDS
            .iter()
            .flat_map(|(_, list)| list.iter().filter(|w| w.is_ascii()).map(|w| w.len()))
            .max()
            .unwrap_or(0)
    });
    *LONGEST
}

/// Each stop word with the languages (bit `i` = `STOP_WORDS[i]`) that list it: one lookup a
/// word instead of a scan of every list (the scan was a few percent of an import).
fn stop_word_languages() -> &'static std::collections::HashMap<&'static str, u16> {
    static MAP: std::sync::LazyLock<std::collections::HashMap<&'static str, u16>> =
        std::sync::LazyLock::new(|| {
            let mut map = std::collections::HashMap::new();
            for (i, (_, list)) in STOP_WORDS.iter().enumerate() {
                for word in *list {
                    *map.entry(*word).or_insert(0u16) |= 1 << i;
                }
            }
            map
        });
    &MAP
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clear_cases() {
        assert_eq!(guess_language("The council said that the bridge was closed and that the repairs would take a year.").as_deref(), Some("en"));
        assert_eq!(guess_language("Rada miasta poinformowała, że most został zamknięty i że naprawa potrwa rok, ale nie jest to pewne.").as_deref(), Some("pl"));
        assert_eq!(guess_language("Der Stadtrat sagte, dass die Brücke gesperrt ist und die Reparatur auch ein Jahr dauern wird, nicht weniger.").as_deref(), Some("de"));
    }

    #[test]
    fn unclear_is_none() {
        assert_eq!(guess_language(""), None);
        assert_eq!(guess_language("Zelensky Kursk Pyongyang"), None);
    }
}
