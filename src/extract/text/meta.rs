//! Recognisers for single metadata lines: bylines, names, sources, image credits, copyright
//! and legal notices. Each looks at one cleaned line and says what it is; none of them knows
//! where in the file the line sits (that is `mod.rs`'s job).

/// Strips a case-insensitive label such as `Source` plus an optional `:` from the front of a
/// line. With `colon_required`, the label only counts when a colon follows it.
pub(super) fn strip_label<'a>(
    line: &'a str,
    labels: &[&str],
    colon_required: bool,
) -> Option<&'a str> {
    let first = line.bytes().next()?.to_ascii_lowercase();
    for label in labels {
        // Most lines start with no label's first letter: skip the full comparison (this runs
        // for every short line of every file, once per label list).
        if first.is_ascii() && label.as_bytes().first() != Some(&first) {
            continue;
        }
        let Some(head) = line.get(..label.len()) else {
            continue;
        };
        // Compare without allocating: this runs for every line of every file.
        if !head.chars().flat_map(char::to_lowercase).eq(label.chars()) {
            continue;
        }
        let rest = &line[label.len()..];
        // `Autorka/Autor:`, `Autor/in:`: the label's other gender after a slash, then its colon.
        let rest = rest
            .strip_prefix('/')
            .and_then(|r| {
                let word = r.split([':', '：']).next()?;
                (r.len() > word.len()
                    && (1..=12).contains(&word.chars().count())
                    && word.chars().all(char::is_alphabetic))
                .then(|| &r[word.len()..])
            })
            .unwrap_or(rest);
        if let Some(after_colon) = rest
            .trim_start()
            .strip_prefix(':')
            .or_else(|| rest.trim_start().strip_prefix('：'))
            // Armenian writes the label's colon as `՝` (`Հեղինակ՝ Անի Հակոբյան`); Japanese
            // magazines an equals sign (`文＝森田沙織`, `写真＝筆者撮影`),
            .or_else(|| rest.trim_start().strip_prefix('՝'))
            // Khmer its own sign (`ដោយ៖ សុខ វណ្ណារ៉ា`).
            .or_else(|| rest.trim_start().strip_prefix('៖'))
            .or_else(|| rest.strip_prefix('＝'))
            // Chinese sites a full-width bar (`文｜王晓晨`, `编辑｜李明`).
            .or_else(|| rest.strip_prefix('｜'))
        {
            return Some(after_colon.trim());
        }
        let at_boundary = rest.starts_with(' ') || (rest.is_empty() && !colon_required);
        if !colon_required && at_boundary {
            return Some(rest.trim());
        }
    }
    None
}

/// Quote marks a source name may be wrapped in.
const QUOTES: &[char] = &['"', '\'', '“', '”', '„', '‟', '«', '»', '‚', '‘', '’', '`'];

/// `and` in many languages (`assets/lexicon/list-conjunctions.txt`), as a set: a list is split
/// at a word in it, which is one look-up per word however many languages the list holds.
static CONJUNCTIONS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../assets/lexicon/list-conjunctions.txt"
        ))
    });

/// A word alone that joins two names (`and`, `und`, `&`), as stacked bylines print between
/// their names.
pub(super) fn is_conjunction(word: &str) -> bool {
    let word = word.trim();
    word == "&" || CONJUNCTIONS.contains(word.to_lowercase().as_str())
}

/// Splits a list of names: `A, B and C`, `A & B`, `A/B` (when `slash` is set), `A、B`, and the
/// same conjunctions in the languages of `assets/lexicon/list-conjunctions.txt` (between two
/// words, written in lower case).
pub(super) fn split_list(value: &str, slash: bool) -> Vec<String> {
    let mut parts = vec![value.to_string()];
    let mut separators: Vec<&str> = vec![",", ";", " & ", "、"];
    if slash {
        separators.push("/");
    }
    for sep in separators {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts
        .iter()
        .flat_map(|p| split_at_conjunctions(p))
        .map(|p| p.trim().trim_matches(QUOTES).trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// `Arben Hoxha dhe Elira Shehu` → both names: splits at a conjunction with words on both sides.
pub(crate) fn split_at_conjunctions(part: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for word in part.split(' ') {
        let at = offset;
        offset += word.len() + 1;
        let inside = at > start && offset <= part.len();
        let conjunction = CONJUNCTIONS.contains(word)
            || unlisted_conjunction(&part[start..at], word, &part[at..]);
        if inside && !word.is_empty() && conjunction {
            pieces.push(&part[start..at]);
            start = offset;
        } else if at > start && opens_with_hebrew_and(&part[start..at], word, &part[at..]) {
            // `נועה בן-דוד ואבי שטרן`: Hebrew writes "and" on the next name's first letter.
            pieces.push(&part[start..at]);
            start = at + 'ו'.len_utf8();
        }
    }
    pieces.push(&part[start.min(part.len())..]);
    pieces
}

/// `Claudine Weber an Pit Schmit`: a short word in lower case between two whole names (two
/// capitalised words each) joins them, in a language whose "and" the list leaves out (`an` is
/// also a German preposition). A name's particle (`de`, `van`) is no conjunction.
fn unlisted_conjunction(before: &str, word: &str, rest: &str) -> bool {
    let capitalised = |s: &str, least: usize| {
        let words: Vec<&str> = s.split_whitespace().collect();
        (least..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let rest = rest.trim_start().strip_prefix(word).unwrap_or(rest);
    // Before it a whole name, or the first name's place after its comma (`Na Amina Juma,
    // Dodoma na Baraka Mwakyusa, Dar es Salaam`); after it always a whole name.
    (1..=3).contains(&word.chars().count())
        && word.chars().all(char::is_lowercase)
        && !crate::extract::lexicon::is_name_particle(word)
        && (capitalised(before, 2)
            || capitalised(before, 1)
                && crate::extract::lexicon::is_place(&crate::extract::lexicon::lower(
                    before.trim(),
                )))
        && capitalised(rest, 2)
}

/// `ואבי שטרן` after a whole name (`נועה בן-דוד`): Hebrew's "and" (ו) on the first letter of a
/// name of two words or more. Names are split there only between names of two words or more,
/// since a given name may itself begin with the letter.
fn opens_with_hebrew_and(before: &str, word: &str, rest: &str) -> bool {
    let hebrew = |s: &str| s.chars().any(|c| ('\u{05D0}'..='\u{05EA}').contains(&c));
    let Some(name) = word.strip_prefix('ו') else {
        return false;
    };
    // `נועה ברק ורויטרס`: an agency after the writer, one word of its own.
    let agency = rest.split_whitespace().count() == 1
        && crate::extract::lexicon::is_news_agency(rest.trim().trim_start_matches('ו'));
    name.chars().count() >= 2
        && hebrew(name)
        && before.split_whitespace().count() >= 2
        && (rest.split_whitespace().count() >= 2 || agency)
        && hebrew(before)
}

/// Source labels (`assets/lexicon/source-labels.txt`), longest first.
static SOURCE_LABELS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let mut labels: Vec<&str> = crate::extract::lexicon::word_list(include_str!(
        "../../../assets/lexicon/source-labels.txt"
    ))
    .into_iter()
    .collect();
    labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
    labels
});

/// A `Source:` line's sources, quotes stripped: `Source: "Ukrainian Pravda"/PAP` gives
/// `Ukrainian Pravda` and `PAP`. A URL is kept whole.
pub fn sources(line: &str) -> Option<Vec<String>> {
    if line.len() > 200 {
        return None;
    }
    // `(Forrás: MTI, Pesti Hét)`: the credit in brackets.
    let line = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(line);
    let value = match strip_label(line, &SOURCE_LABELS, true) {
        Some(value) => value,
        None => return agencies_after_unknown_label(line),
    };
    // `رويترز + الفرنسية`: a plus joins credited agencies as a comma does.
    let value = value.replace(" + ", ", ");
    let found = split_list(&value, !value.contains("://"));
    // A sentence after `Source:` is prose, not a list of names.
    let names_only = !found.is_empty() && found.iter().all(|s| s.chars().count() <= 80);
    // `Zdroj: magistrát` ("the city hall"): a common noun names where the facts came from, no
    // outlet credited for the text; the line is still the credit, not the story's.
    names_only.then(|| found.into_iter().filter(|s| !is_common_noun(s)).collect())
}

/// `Burimi: ATA` (Albanian "source"): one word of a label Chronicle does not know, then only
/// news agencies (`assets/lexicon/news-agencies.txt`): whatever the word, the line credits them.
/// Not a credit for pictures or editing (`Foto: AFP`).
fn agencies_after_unknown_label(line: &str) -> Option<Vec<String>> {
    let (label, value) = line.split_once([':', '：'])?;
    let label = label.trim();
    if label.is_empty() || !label.chars().all(char::is_alphabetic) {
        return None;
    }
    // The agencies first: few lines name only agencies, and the credit checks cost more.
    let found = split_list(value, true);
    let agencies = !found.is_empty()
        && found
            .iter()
            .all(|s| crate::extract::lexicon::is_news_agency(s));
    let credit = || {
        crate::extract::html::is_non_writing_credit(line) || super::rights::credit(line).is_some()
    };
    (agencies && !credit()).then_some(found)
}

/// One lower-case word that is no agency (`magistrát`, `policie`), as opposed to a name
/// (`PAP`, `ritzau`, `tvn24.pl`).
fn is_common_noun(source: &str) -> bool {
    use crate::extract::lexicon::is_news_agency;
    !source.contains([' ', '.'])
        && source.chars().next().is_some_and(char::is_lowercase)
        && !is_news_agency(source)
        && !is_news_agency(&source.to_uppercase())
}

/// The address on a `URL:` / `Link:` / `Original:` line.
pub fn url_line(line: &str) -> Option<String> {
    // An address alone on its line (a copy pasted under the page's address).
    let bare = line.trim();
    if (bare.starts_with("https://") || bare.starts_with("http://"))
        && !bare.contains(char::is_whitespace)
        && crate::extract::html::is_web_address(bare)
    {
        return Some(bare.to_string());
    }
    let value = strip_label(
        line,
        &[
            "url",
            "link",
            "original",
            "original url",
            "permalink",
            "adres",
            "lien",
        ],
        true,
    )?;
    let value = value.trim().trim_matches(['<', '>']);
    crate::extract::html::is_web_address(value).then(|| value.to_string())
}

/// A `Category:` / `Section:` line's value.
pub fn category(line: &str) -> Option<String> {
    let labels = [
        "category",
        "section",
        "kategoria",
        "dział",
        "rubrik",
        "ressort",
        "rubrique",
        "sección",
        "seccion",
    ];
    let value = strip_label(line, &labels, true)?;
    (!value.is_empty() && value.len() <= 60).then(|| value.to_string())
}

/// A line of decoration only (`·`, `***`, `---`, `|`).
pub fn is_separator(line: &str) -> bool {
    !line.is_empty() && line.chars().count() <= 12 && line.chars().all(|c| !c.is_alphanumeric())
}

/// Page furniture that sometimes survives a copy, alone on its line: `Advertisement`, `Share
/// this article`, `Dela`, `分享到：` (`assets/lexicon/furniture-lines.txt`), and an audio
/// player's line (`Kuula artiklit · 3 min`).
pub fn is_boilerplate(line: &str) -> bool {
    if super::player_line::is_player_line(line) {
        return true;
    }
    if line.len() > 40 {
        return is_prompt(line);
    }
    let lower = line.to_lowercase();
    FURNITURE_LINES.contains(lower.trim_end_matches([':', '：', '.'])) || is_prompt(line)
}

/// Most words in a prompt line (`assets/lexicon/prompt-openers.txt`).
const PROMPT_WORDS: usize = 40;

/// A line that opens with a prompt's words: the rest of the story elsewhere (`Lire la suite
/// sur lequotidien.ca`) or a mailing's footer (`You are receiving this e-mail because…`).
fn is_prompt(line: &str) -> bool {
    static OPENERS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../assets/lexicon/prompt-openers.txt"
        ))
        .into_iter()
        .collect()
    });
    if line.split_whitespace().count() > PROMPT_WORDS {
        return false;
    }
    let lower = line.trim_start().to_lowercase();
    OPENERS.iter().any(|o| {
        lower
            .strip_prefix(o)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '.', ',', '…']))
    })
}

static FURNITURE_LINES: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../assets/lexicon/furniture-lines.txt"
        ))
    });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hebrew_and_on_the_next_name_parts_two_names() {
        assert_eq!(
            split_list("נועה בן-דוד ואבי שטרן", false),
            ["נועה בן-דוד", "אבי שטרן"]
        );
        // An agency after the writer takes the letter too.
        assert_eq!(
            split_list("נועה ברק ורויטרס", false),
            ["נועה ברק", "רויטרס"]
        );
        // One name whose second word begins with the letter stays whole.
        assert_eq!(split_list("ורד ויסמן", false), ["ורד ויסמן"]);
    }

    #[test]
    fn sources_split_and_unquote() {
        assert_eq!(
            sources("Source: \"Ukrainian Pravda\"/PAP"),
            Some(vec!["Ukrainian Pravda".to_string(), "PAP".to_string()])
        );
        assert_eq!(
            sources("Sources: Reuters, AP and BBC"),
            Some(vec!["Reuters".into(), "AP".into(), "BBC".into()])
        );
        assert_eq!(
            sources("Źródło: „Rzeczpospolita”"),
            Some(vec!["Rzeczpospolita".into()])
        );
        assert_eq!(
            sources("Source: https://example.com/a/b"),
            Some(vec!["https://example.com/a/b".into()])
        );
        assert_eq!(sources("Sourcegraph is a company."), None);
    }

    #[test]
    fn url_lines() {
        assert_eq!(
            url_line("URL: https://example.org/news/1"),
            Some("https://example.org/news/1".into())
        );
        assert_eq!(url_line("Link: not an address"), None);
        assert_eq!(url_line("URLs are everywhere: https://x.org"), None);
    }
}
