//! Nicknames written in quotation marks inside a name (`Harold "Bluey" Tate`, `Ernesto 'Boy'
//! Dizon`). The labelling guideline counts them as no quote, and left in place they cut the
//! name in two: `said Harold "Bluey" Tate, 84,` gave the speaker `Harold`, and the article's
//! `Tate` was never joined to him. They are blanked (same byte length, so every offset into
//! the text still holds) before quotes and speakers are looked for.

use std::borrow::Cow;

use crate::extract::lexicon;

/// The longest nickname blanked, in bytes between its marks: one to three words.
const MAX_NICKNAME_BYTES: usize = 40;

/// `text` with every quoted nickname between a given name and a capitalised word replaced by
/// spaces; borrowed when there is none.
pub fn masked(text: &str) -> Cow<'_, str> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        let close = match c {
            '"' => '"',
            '\u{201c}' => '\u{201d}',
            '\u{2018}' => '\u{2019}',
            '\'' => '\'',
            _ => continue,
        };
        if let Some(end) = nickname_end(text, i, c.len_utf8(), close) {
            spans.push((i, end));
        }
    }
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (a, b) in spans {
        out.push_str(&text[from..a]);
        out.extend(std::iter::repeat_n(' ', b - a));
        from = b;
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// Where the nickname whose opening mark (`open_len` bytes) stands at `i` ends (after its
/// closing mark), when it is one: a known given name and a space before it, one to three
/// capitalised words inside, a space and a capitalised word after it.
fn nickname_end(text: &str, i: usize, open_len: usize, close: char) -> Option<usize> {
    let before = text[..i].strip_suffix(' ')?;
    let given = before.rsplit(char::is_whitespace).next()?;
    // `director Kunle "KayDee" Adeyemi`: a given name the data lacks still opens a name after
    // a lower-case word (a role, a verb), where no sentence starts.
    let after_lower_word = before[..before.len() - given.len()]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(char::is_whitespace).next())
        .is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase) && w.chars().all(char::is_alphabetic)
        });
    // `Skipper Viliami "Big Vili" Lolohea`: the same after a title or a role, capitalised.
    let after_title = before[..before.len() - given.len()]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(char::is_whitespace).next())
        .is_some_and(|w| {
            let l = w.to_lowercase();
            super::vocab::ROLE_NOUNS.contains(&l.as_str())
                || super::vocab::TITLES.contains(&l.as_str())
        });
    // `C. J. "Pete" Silas`: two initials open a name as a given name does.
    let initials = is_initial(given)
        && before[..before.len() - given.len()]
            .strip_suffix(' ')
            .and_then(|b| b.rsplit(char::is_whitespace).next())
            .is_some_and(is_initial);
    if !initials
        && (!given.starts_with(char::is_uppercase)
            || !given.chars().all(|c| c.is_alphabetic() || c == '-')
            || (lexicon::given_name(&given.to_lowercase()).is_none()
                && !after_lower_word
                && !after_title))
    {
        return None;
    }
    let inner_start = i + open_len;
    let window_end = super::words::floor_boundary(
        text,
        (inner_start + MAX_NICKNAME_BYTES + close.len_utf8()).min(text.len()),
    );
    let inner_len = text[inner_start..window_end].find(close)?;
    let inner = &text[inner_start..inner_start + inner_len];
    let words: Vec<&str> = inner.split(' ').collect();
    if inner.is_empty()
        || words.len() > 3
        || !words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
    {
        return None;
    }
    let end = inner_start + inner_len + close.len_utf8();
    let after = text[end..].strip_prefix(' ')?;
    let next: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    (next.chars().count() >= 2 && next.starts_with(char::is_uppercase)).then_some(end)
}

/// One capital letter and a full stop (`J.`).
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(c), Some('.'), None) if c.is_uppercase()
    )
}

#[cfg(test)]
mod tests {
    use super::masked;

    #[test]
    fn a_quoted_nickname_inside_a_name_is_blanked_and_nothing_else_is() {
        let s = "said Harold \"Bluey\" Tate, 84, and Ernesto \u{2018}Boy\u{2019} Dizon.";
        let m = masked(s);
        assert_eq!(m.len(), s.len());
        assert!(m.contains("Harold         Tate"), "{m}");
        assert!(!m.contains("Boy"), "{m}");
        // A quote after a name, a quote before a lower-case word and a non-name stay.
        for kept in [
            "Smith said \"No\" today.",
            "told Mary \"Go\" and left.",
            "the so-called \"Reform\" Party said",
        ] {
            assert_eq!(masked(kept), kept);
        }
    }
}
