//! How text is cut into words and folded, the same for the index, queries, snippets and the
//! reader's highlights.
//!
//! The full-text index uses SQLite's `unicode61` tokenizer (letters and digits make words,
//! case and Latin accents folded). Scripts written without spaces defeat it: a whole Chinese
//! sentence is one "word". So Han, Kana and Hangul runs are rewritten before indexing
//! (`index_text`) into overlapping pairs of characters, and a query's runs into the same
//! pairs (`tokens`): any word of two or more characters inside a run is then a phrase of
//! pairs, and a single character a prefix of them. The index tables are contentless, so only
//! the indexed text changes; the stored article does not.

use std::borrow::Cow;

/// True for the characters written without spaces that the index cuts into pairs: Han
/// (with the iteration marks), Hiragana, Katakana and Hangul.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF       // Hangul Jamo
        | 0x3005..=0x3007     // 々 〆 〇
        | 0x3040..=0x30FF     // Hiragana, Katakana (with ー)
        | 0x3130..=0x318F     // Hangul compatibility Jamo
        | 0x31F0..=0x31FF     // Katakana phonetic extensions
        | 0x3400..=0x4DBF     // Han extension A
        | 0x4E00..=0x9FFF     // Han
        | 0xA960..=0xA97F     // Hangul Jamo extended A
        | 0xAC00..=0xD7AF     // Hangul syllables
        | 0xD7B0..=0xD7FF     // Hangul Jamo extended B
        | 0xF900..=0xFAFF     // Han compatibility
        | 0xFF66..=0xFF9F     // half-width Katakana
        | 0x20000..=0x3134F // Han extensions B–G
    )
}

/// Latin letters whose stroke or slash `unicode61 remove_diacritics 2` keeps (it folds
/// `ó` to `o` but leaves `ł`, `ø`, `đ`): Chronicle folds them itself, in the indexed text and
/// in queries, so `spolka` finds `Spółka` as `fold` says it should.
fn unfolded_by_sqlite(c: char) -> Option<char> {
    Some(match c {
        'ł' | 'Ł' | 'ŀ' | 'Ŀ' => 'l',
        'ø' | 'Ø' => 'o',
        'đ' | 'Đ' => 'd',
        'ħ' | 'Ħ' => 'h',
        'ŧ' | 'Ŧ' => 't',
        'ı' => 'i',
        _ => return None,
    })
}

/// A character that belongs to a word (as `unicode61` sees letters and digits).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// `text` as the index should see it: each run of `is_cjk` characters becomes its
/// overlapping pairs followed by its last character (so a one-character query, a prefix,
/// finds the end of a run too), set apart by spaces. Text without such characters is
/// returned as it is, without a copy.
pub fn index_text(text: &str) -> Cow<'_, str> {
    // ASCII needs nothing: most text is checked a byte at a time.
    if text.is_ascii()
        || !text
            .chars()
            .any(|c| is_cjk(c) || unfolded_by_sqlite(c).is_some())
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 3);
    let mut run: Vec<char> = Vec::new();
    for c in text.chars() {
        if is_cjk(c) {
            run.push(c);
            continue;
        }
        push_pairs(&mut out, &run, true);
        run.clear();
        out.push(unfolded_by_sqlite(c).unwrap_or(c));
    }
    push_pairs(&mut out, &run, true);
    Cow::Owned(out)
}

/// Writes a run as its pairs (and, with `last`, its final character), spaced from its
/// neighbours so the tokenizer never joins them to letters around the run.
fn push_pairs(out: &mut String, run: &[char], last: bool) {
    if run.is_empty() {
        return;
    }
    out.push(' ');
    for pair in run.windows(2) {
        out.push(pair[0]);
        out.push(pair[1]);
        out.push(' ');
    }
    if last || run.len() == 1 {
        out.push(run[run.len() - 1]);
        out.push(' ');
    }
}

/// One piece of a word as typed: letters and digits of one kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A word the tokenizer keeps whole.
    Word(String),
    /// A run of `is_cjk` characters.
    Run(String),
}

/// Cuts `text` into the pieces the index knows: words, and runs of `is_cjk` characters.
/// Everything else (spaces, punctuation, symbols) separates them.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    for (range, cjk) in piece_spans(text) {
        let s = text[range].to_string();
        out.push(if cjk { Piece::Run(s) } else { Piece::Word(s) });
    }
    out
}

/// Byte ranges of `pieces`, each with whether it is a run of `is_cjk` characters.
pub fn piece_spans(text: &str) -> Vec<(std::ops::Range<usize>, bool)> {
    let mut spans = Vec::new();
    let mut start: Option<(usize, bool)> = None;
    for (i, c) in text.char_indices() {
        let kind = is_word_char(c).then(|| is_cjk(c));
        match (start, kind) {
            (Some((s, k)), Some(now)) if k != now => {
                spans.push((s..i, k));
                start = Some((i, now));
            }
            (Some((s, k)), None) => {
                spans.push((s..i, k));
                start = None;
            }
            (None, Some(now)) => start = Some((i, now)),
            _ => {}
        }
    }
    if let Some((s, k)) = start {
        spans.push((s..text.len(), k));
    }
    spans
}

/// The index tokens of `text`: its words as the index holds them (with the letters SQLite
/// does not fold folded), its runs as overlapping pairs (a run of one character stays one
/// character). Otherwise not folded: the tokenizer folds them as it folds the index.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in pieces(text) {
        match piece {
            Piece::Word(w) => out.push(
                w.chars()
                    .map(|c| unfolded_by_sqlite(c).unwrap_or(c))
                    .collect(),
            ),
            Piece::Run(r) => {
                let chars: Vec<char> = r.chars().collect();
                if chars.len() == 1 {
                    out.push(r);
                } else {
                    out.extend(chars.windows(2).map(|p| p.iter().collect::<String>()));
                }
            }
        }
    }
    out
}

/// A word as the index compares it: lower case, accents of Latin letters removed (as
/// `unicode61 remove_diacritics 2` does). Used for highlights, people's names and the
/// query's own checks, so that what is highlighted is what matched.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        out.push(fold_accent(c));
    }
    out
}

/// The Latin letter without its accent; any other character unchanged.
fn fold_accent(c: char) -> char {
    if (c as u32) < 0xC0 || (c as u32) > 0x24F && !(0x1E00..=0x1EFF).contains(&(c as u32)) {
        return c;
    }
    const FROM: &str = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžǎǐǒǔșțẁẃẅỳạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỵỷỹ";
    const TO: &str = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzaioustwwwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyy";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_is_indexed_as_it_is_but_for_letters_sqlite_does_not_fold() {
        assert!(matches!(index_text("Oil prices fell."), Cow::Borrowed(_)));
        assert!(matches!(index_text("Kraków, Zürich"), Cow::Borrowed(_)));
        assert_eq!(
            index_text("Spółka z Łodzi, Ørsted"),
            "Spólka z lodzi, orsted"
        );
        assert_eq!(tokens("Łódź"), ["lódź"]);
    }

    #[test]
    fn runs_become_overlapping_pairs_and_their_last_character() {
        assert_eq!(index_text("中华人民"), " 中华 华人 人民 民 ");
        assert_eq!(index_text("我"), " 我 ");
        // Runs are set apart from letters and digits next to them.
        assert_eq!(
            index_text("Apple公司在2024年"),
            "Apple 公司 司在 在 2024 年 "
        );
        assert_eq!(
            index_text("東京タワー、서울에서"),
            " 東京 京タ タワ ワー ー 、 서울 울에 에서 서 "
        );
    }

    #[test]
    fn query_tokens_are_the_same_pairs() {
        assert_eq!(tokens("人民共和国"), ["人民", "民共", "共和", "和国"]);
        assert_eq!(tokens("人"), ["人"]);
        assert_eq!(tokens("covid-19"), ["covid", "19"]);
        assert_eq!(tokens("Apple公司"), ["Apple", "公司"]);
        assert_eq!(tokens("... —"), Vec::<String>::new());
    }

    #[test]
    fn pieces_separate_words_and_runs() {
        assert_eq!(
            pieces("o'Brien 北京2024"),
            [
                Piece::Word("o".into()),
                Piece::Word("Brien".into()),
                Piece::Run("北京".into()),
                Piece::Word("2024".into())
            ]
        );
    }

    #[test]
    fn folding_removes_case_and_latin_accents_only() {
        assert_eq!(fold("Spółka"), "spolka");
        assert_eq!(fold("ŁÓDŹ"), "lodz");
        assert_eq!(fold("Ørsted"), "orsted");
        assert_eq!(fold("Nguyễn"), "nguyen");
        assert_eq!(fold("Straße"), "straße");
        assert_eq!(fold("Киев"), "киев");
        assert_eq!(fold("東京"), "東京");
    }
}
