//! Word and sentence helpers shared by the quote passes. All offsets are byte offsets into the
//! string passed in; callers turn them into character offsets once, at the end.

use std::borrow::Cow;

use super::vocab;

/// One whitespace-separated token, punctuation included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn raw(self, s: &str) -> &str {
        &s[self.start..self.end]
    }

    /// The token without surrounding punctuation and quotation marks (`"Zelensky,` -> `Zelensky`).
    pub fn core(self, s: &str) -> &str {
        core(self.raw(s))
    }

    /// The core lower-cased, for comparing against word lists.
    pub fn lower(self, s: &str) -> String {
        self.core(s).to_lowercase()
    }

    /// Whether punctuation after the word closes a phrase (`Smith,`, `said:`, `Saturday.`),
    /// so a name or subject cannot run on past it. Abbreviations (`Mr.`) do not close.
    pub fn closes_phrase(self, s: &str) -> bool {
        let raw = self.raw(s);
        let trail = trailing_punct(raw);
        if trail.is_empty() {
            return false;
        }
        if trail == "." && is_abbreviation(core(raw)) {
            return false;
        }
        // `the Kenya Technical Lecturers' Union`: a capitalised plural's possessive apostrophe
        // before an organisation's word is no closing quotation mark (before a name it still
        // closes: `Salomon Brothers' Henry Kaufman`).
        // `the students' union`: the same in lower case, before a lower-case organisation word.
        if matches!(trail, "'" | "\u{2019}") && raw[..raw.len() - trail.len()].ends_with('s') {
            let capital = raw.starts_with(char::is_uppercase);
            let next = s[self.end..].split_whitespace().next().unwrap_or("");
            if next.starts_with(char::is_uppercase) == capital
                && super::kinds::is_organisation_word(&core(next).to_lowercase())
            {
                return false;
            }
        }
        trail.chars().any(|c| {
            matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | ')' | '(')
                || is_quote_mark(c)
                || is_dash(c)
        })
    }

    pub fn is_capitalized(self, s: &str) -> bool {
        let core = self.core(s);
        core.chars().next().is_some_and(char::is_uppercase) || glued_name(core)
    }
}

/// `al-Sabah`, `el-Sisi`: a name particle glued to a capitalised surname is a name's word,
/// capitalised like the surname (`de-escalation` is none).
pub fn glued_name(core: &str) -> bool {
    core.split_once('-').is_some_and(|(particle, rest)| {
        rest.chars().next().is_some_and(char::is_uppercase)
            && crate::extract::lexicon::is_name_particle(particle)
    })
}

/// A text split into words once, with each word's lower-cased core: the people passes walk
/// every word of an article several times, and splitting and lower-casing it again for each
/// walk was most of their cost (perf, bench corpus).
pub struct Tokens<'a> {
    pub text: &'a str,
    pub words: Vec<Word>,
    /// The core without a possessive `'s`, lower-cased (borrowed when already lower-case).
    pub lower: Vec<Cow<'a, str>>,
    pub capital: Vec<bool>,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Self {
        let words = words(text, usize::MAX);
        let mut lower = Vec::with_capacity(words.len());
        let mut capital = Vec::with_capacity(words.len());
        for &w in &words {
            let c = possessive_stripped(w.core(text));
            capital.push(c.chars().next().is_some_and(char::is_uppercase) || glued_name(c));
            lower.push(lower_case(c));
        }
        Tokens {
            text,
            words,
            lower,
            capital,
        }
    }

    /// The word's core without a possessive `'s`, as written; an initial keeps its full stop
    /// (`C. Eugene Steuerle`).
    pub fn clean(&self, i: usize) -> &'a str {
        name_core(self.words[i].raw(self.text))
    }
}

/// A token's core as a name part: without a possessive `'s`, and with the full stop of an
/// initial kept (`C.` stays `C.`, so `C. Eugene Steuerle` is written as the article does).
pub fn name_core(raw: &str) -> &str {
    let c = core(raw);
    let at = c.as_ptr() as usize - raw.as_ptr() as usize;
    let mut chars = c.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(ch), None) if ch.is_uppercase());
    if initial && raw[at + c.len()..].starts_with('.') {
        return &raw[at..at + c.len() + 1];
    }
    possessive_stripped(c)
}

pub fn possessive_stripped(core: &str) -> &str {
    core.strip_suffix("'s")
        .or_else(|| core.strip_suffix("’s"))
        .unwrap_or(core)
}

/// `s` lower-cased, without allocating when it already is (ASCII only: other scripts have
/// case mappings that `is_uppercase` does not flag, such as title-case letters).
pub fn lower_case(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// Tokens of `s` in order, at most `max` of them, so callers working on windows stay bounded.
pub fn words(s: &str, max: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(st) = start.take() {
                out.push(Word { start: st, end: i });
                if out.len() >= max {
                    return out;
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(Word {
            start: st,
            end: s.len(),
        });
    }
    out
}

/// The last `max` tokens of `s`, in text order.
pub fn last_words(s: &str, max: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut end = None;
    for (i, c) in s.char_indices().rev() {
        if c.is_whitespace() {
            if let Some(e) = end.take() {
                out.push(Word {
                    start: i + c.len_utf8(),
                    end: e,
                });
                if out.len() >= max {
                    break;
                }
            }
        } else if end.is_none() {
            end = Some(i + c.len_utf8());
        }
    }
    if out.len() < max {
        if let Some(e) = end {
            out.push(Word { start: 0, end: e });
        }
    }
    out.reverse();
    out
}

pub fn core(raw: &str) -> &str {
    raw.trim_matches(|c: char| !c.is_alphanumeric())
}

pub fn trailing_punct(raw: &str) -> &str {
    &raw[raw.trim_end_matches(|c: char| !c.is_alphanumeric()).len()..]
}

pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―')
}

pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'')
}

/// `Mr.`, `Gen.`, an initial (`J.`, `U.S.`) or an abbreviated given name (`Ma. Luisa`): a
/// full stop that does not end the sentence.
pub fn is_abbreviation(core: &str) -> bool {
    let mut chars = core.chars();
    let single_initial =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_initial
        || core.contains('.')
        || vocab::ABBREVIATIONS.contains(&core)
        || vocab::is_given_name_abbreviation(core)
}

/// The byte index just after the sentence that contains `from`, looking at most `limit` bytes
/// ahead (then the window's end is returned, so callers stay linear on huge paragraphs).
pub fn sentence_end(s: &str, from: usize, limit: usize) -> usize {
    let stop = floor_boundary(s, from.saturating_add(limit));
    let window = &s[from..stop];
    let bytes = window.as_bytes();
    let closing = |c: char| matches!(c, '"' | '”' | '’' | '»' | ')');
    // Jump from one `.`/`!`/`?` to the next (they are ASCII, so never inside a UTF-8
    // sequence): this runs over every sentence of every paragraph.
    let mut i = 0;
    while let Some(k) = bytes[i..]
        .iter()
        .position(|b| matches!(b, b'.' | b'!' | b'?'))
    {
        let at = i + k;
        i = at + 1;
        let closes = window[at + 1..]
            .chars()
            .next()
            .is_none_or(|n| n.is_whitespace() || closing(n));
        if !closes {
            continue;
        }
        if bytes[at] == b'.' {
            let word_start = window[..at]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(p, c)| p + c.len_utf8());
            if is_abbreviation(core(&window[word_start..at])) {
                continue;
            }
        }
        // Swallow closing marks that belong to the sentence.
        let marks = window[at + 1..]
            .chars()
            .take_while(|&c| closing(c))
            .map(char::len_utf8)
            .sum::<usize>();
        return from + at + 1 + marks;
    }
    stop
}

/// The byte index where the sentence ending at `to` starts, looking back at most `limit` bytes
/// and never before `floor`.
pub fn sentence_start(s: &str, to: usize, floor: usize, limit: usize) -> usize {
    let lowest = ceil_boundary(s, to.saturating_sub(limit).max(floor));
    let window = &s[lowest..to];
    let bytes = window.as_bytes();
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let next_ws = window[i + 1..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
            if next_ws {
                let word_start = window[..i].rfind(char::is_whitespace).map_or(0, |p| p + 1);
                if b != b'.' || !is_abbreviation(core(&window[word_start..i])) {
                    return lowest + i + 1;
                }
            }
        }
    }
    lowest
}

pub fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub fn ceil_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Narrows `start..end` to the quoted words: no surrounding spaces, no leading or trailing
/// dash, no trailing comma.
pub fn trim_quote_range(s: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    loop {
        let text = &s[start..end];
        let t = text.trim_start_matches(|c: char| c.is_whitespace() || is_dash(c));
        let t = t.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || is_dash(c));
        let new_start = start
            + (text.len()
                - text
                    .trim_start_matches(|c: char| c.is_whitespace() || is_dash(c))
                    .len());
        let new_end = new_start + t.len();
        if new_start == start && new_end == end {
            return (start, end);
        }
        start = new_start;
        end = new_end.max(new_start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_hold_each_words_lower_cased_core_without_the_possessive() {
        let text = "  \"Zelensky's plan,\" said Łódź’s MAYOR —  ok.";
        let t = Tokens::new(text);
        let lower: Vec<&str> = t.lower.iter().map(|l| l.as_ref()).collect();
        assert_eq!(
            lower,
            ["zelensky", "plan", "said", "łódź", "mayor", "", "ok"]
        );
        assert_eq!(t.capital, [true, false, false, true, true, false, false]);
        assert_eq!(
            (t.clean(0), t.clean(3), t.clean(4)),
            ("Zelensky", "Łódź", "MAYOR")
        );
        // Already lower-case ASCII is borrowed; anything else is a new string.
        assert!(matches!(t.lower[2], Cow::Borrowed(_)) && matches!(t.lower[0], Cow::Owned(_)));
    }

    #[test]
    fn sentence_ends_skip_abbreviations_and_keep_closing_marks() {
        let s = "Mr. Smith met Gen. Lee in the U.S. on Monday. Then he left.";
        assert_eq!(
            &s[..sentence_end(s, 0, 1000)],
            "Mr. Smith met Gen. Lee in the U.S. on Monday."
        );
        let s = "\"We won,\" she said.\" Next? Yes!";
        assert_eq!(&s[..sentence_end(s, 0, 1000)], "\"We won,\" she said.\"");
        let from = s.find("Next").unwrap_or(0);
        assert_eq!(&s[from..sentence_end(s, from, 1000)], "Next?");
        // A full stop inside a number is no end; non-ASCII text around it is fine.
        let s = "Ціна 3.5 гривні зросла. Далі буде.";
        assert_eq!(&s[..sentence_end(s, 0, 1000)], "Ціна 3.5 гривні зросла.");
        // No end within the window: the window's end, on a character boundary.
        let s = "Łódź łódź łódź";
        let end = sentence_end(s, 0, 3);
        assert!(s.is_char_boundary(end) && end <= 3, "{end}");
    }
}
