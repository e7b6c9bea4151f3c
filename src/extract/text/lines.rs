//! Turning raw text into clean lines, and clean lines into paragraphs.

use crate::model::normalize_line;

/// One line with exotic spaces normalized (`normalize_line`), space runs collapsed and the ends
/// trimmed. Collapsing matters: a saved page often writes `as\u{A0} conflict` where the same
/// headline elsewhere says `as conflict`.
pub fn clean_line(line: &str) -> String {
    let normalized = normalize_line(line);
    let mut out = String::with_capacity(normalized.len());
    let mut last_space = false;
    for c in normalized.chars() {
        // Korean sites print the copyright sign as a circled letter.
        let c = if matches!(c, 'ⓒ' | 'Ⓒ') { '©' } else { c };
        let space = c == ' ';
        if !(space && last_space) {
            out.push(c);
        }
        last_space = space;
    }
    match without_emphasis(&out) {
        Some(inner) => inner.to_string(),
        None => out,
    }
}

/// A line wholly in Markdown or chat emphasis (`**Headline**`, `*HEADLINE*`, `_Published: …_`),
/// as chat apps and notes copy a bold headline: the text inside the marks.
fn without_emphasis(line: &str) -> Option<&str> {
    for mark in ["**", "__", "*", "_"] {
        let Some(inner) = line
            .strip_prefix(mark)
            .and_then(|rest| rest.strip_suffix(mark))
        else {
            continue;
        };
        let starts_word = inner.chars().next().is_some_and(|c| !c.is_whitespace());
        let ends_word = inner
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace());
        let marks_inside = inner.contains(mark.chars().next().unwrap_or('*'));
        if starts_word && ends_word && !marks_inside && inner.chars().any(char::is_alphanumeric) {
            return Some(inner);
        }
    }
    None
}

/// Splits text into cleaned lines: `\r\n`, lone `\r` and `\n` all end a line, a leading BOM
/// goes, and each line goes through [`clean_line`]. Blank lines stay as empty strings because
/// they separate paragraphs.
pub fn split_lines(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let raw: Vec<&str> = text
        .split("\r\n")
        .flat_map(|chunk| chunk.split(['\r', '\n']))
        .collect();
    let tabbed = super::field_box::tabbed_rows(&raw);
    // A record's row copied from a table keeps its label apart from its value too.
    let record_row = |line: &str| {
        line.trim()
            .split_once('\t')
            .is_some_and(|(label, _)| super::record::is_label(label))
    };
    raw.iter()
        .zip(tabbed)
        .map(|(line, tabbed)| match tabbed || record_row(line) {
            // A clipper's property row keeps its label apart from its value (`Created: …`).
            true => clean_line(&line.replacen('\t', ": ", 1)),
            false => clean_line(line),
        })
        .collect()
}

/// Whether a date line carries a label (`Published 16 Jul 2024`) rather than the date alone.
pub fn is_labelled_date(line: &str) -> bool {
    crate::extract::dates::parse_date(line).is_some_and(|d| d.text.len() < line.trim().len())
}

/// Whether a line ends like a finished sentence (`.`, `!`, `?`, `…`, possibly inside quotes).
pub fn ends_sentence(line: &str) -> bool {
    // German, Czech and Lithuanian close a quote with `“` (`„…“`), Swiss French with `›`.
    let trimmed = line.trim_end_matches([
        '"', '\'', '”', '’', '“', '‘', '»', '«', '›', '‹', ')', '」', '』', '）',
    ]);
    // Full stops of other scripts too: CJK `。`, Devanagari `।`, Urdu `۔`, Armenian `։`,
    // Ethiopic `።`, Myanmar `။`.
    trimmed.ends_with([
        '.', '!', '?', '…', '。', '！', '？', '।', '॥', '؟', '۔', '։', '።', '။',
    ])
}

/// A sentence with a wire's credit run on after its last full stop: `… colonies. PTI`,
/// `… Bayan Lepas. — Bernama`, `… gratis. (APA)`, `… desilting. – DPI`. The credit is a news
/// agency or initials, and follows a full stop and a space
/// (`5.30 EUR` ends no sentence) that ends a sentence of several words (`The Hon. Karen
/// Whitlock MLA` is a name). A teaser's `… Read More` is no credit.
pub fn ends_sentence_before_credit(line: &str) -> bool {
    let trimmed = line.trim_end();
    let marks = ['.', '!', '?', '。', '！', '？', '।', '۔'];
    let Some((at, mark)) = trimmed.char_indices().rev().find(|&(i, c)| {
        marks.contains(&c)
            && trimmed[i + c.len_utf8()..].chars().next().is_some_and(|n| {
                n.is_whitespace() || matches!(n, '"' | '”' | '»' | '’' | '(' | '（')
            })
    }) else {
        return false;
    };
    let tail = trimmed[at + mark.len_utf8()..]
        .trim_start_matches(['"', '”', '»', '’'])
        .trim_start();
    let head = &trimmed[..at];
    let sentence = if head.chars().any(super::title::is_unspaced_script) {
        head.chars().count() >= 12
    } else {
        head.split_whitespace().count() >= 5
    };
    let name = tail
        .trim_start_matches(['—', '–', '-', '(', '（'])
        .trim_end_matches([')', '）'])
        .trim();
    let initials =
        (2..=6).contains(&name.chars().count()) && name.chars().all(|c| c.is_ascii_uppercase());
    // `… compost pits. (With inputs from PTI)`: a credit line's words in the brackets.
    let credit_words = tail.starts_with(['(', '（'])
        && tail.chars().count() <= 60
        && super::agencies::closing_credit(tail).is_some();
    if sentence && credit_words {
        return true;
    }
    sentence
        && !name.is_empty()
        && tail.chars().count() <= 24
        && tail.split_whitespace().count() <= 3
        // `PTI`, `(中央社)`; a lower-case tail goes on the sentence (`… 5 p.m. today`).
        && name.chars().any(|c| c.is_alphabetic() && !c.is_lowercase())
        && (crate::extract::lexicon::is_news_agency(name) || initials)
        // `… in Tumpat. — Bernama photo` credits a photo: that line is a caption.
        && !tail
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| super::rights::is_photo_label(&w.to_lowercase()))
}

/// A line that is only a time of day, maybe with a zone: `1:39 PM ET`, `8:00am`, `09.04 GMT`.
pub fn is_time_of_day(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    let lower = first.to_ascii_lowercase();
    let clock = lower.trim_end_matches("am").trim_end_matches("pm");
    let Some((h, m)) = clock.split_once([':', '.']) else {
        return false;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(h, 1..=2) || !digits(m, 2..=2) || rest.len() > 2 {
        return false;
    }
    rest.iter().all(|w| {
        let w = w.trim_matches(['(', ')', ',']);
        matches!(
            w.to_ascii_lowercase().as_str(),
            "am" | "pm" | "a.m." | "p.m."
        ) || (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// A relative time as feeds print it beside a name: `8h`, `5 min`, `3 hours ago`,
/// `2 days ago`, and in any language CLDR describes (`2 години тому`, `3時間前`). A reading
/// time (`2 min read`) is not one: it sits beside the site's name too.
pub fn is_relative_time(line: &str) -> bool {
    if crate::extract::lexicon::is_relative_past(line) {
        return true;
    }
    const UNITS: &[&str] = &[
        "s", "m", "h", "d", "w", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours",
        "day", "days", "week", "weeks",
    ];
    let lower = line.to_lowercase();
    let mut words = lower.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let number_end = first
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(first.len());
    if number_end == 0 || number_end > 3 {
        return false;
    }
    let mut unit_seen = false;
    let glued = &first[number_end..];
    if !glued.is_empty() {
        if !UNITS.contains(&glued) {
            return false;
        }
        unit_seen = true;
    }
    for word in words {
        if !unit_seen && UNITS.contains(&word) {
            unit_seen = true;
        } else if !(unit_seen && word == "ago") {
            return false;
        }
    }
    unit_seen
}

/// Whether a file's blank-line-separated groups are hard-wrapped paragraphs.
///
/// Two shapes of file exist: paragraphs separated by blank lines, where a group of several
/// lines is one hard-wrapped paragraph, and files with one paragraph per line. A group's lines
/// are joined with spaces only when the whole file looks hard-wrapped: no content line longer
/// than 100 characters, at least three inner lines, most of them ending mid-sentence and at
/// least 40 characters long. Otherwise every line is a paragraph of its own.
pub fn is_hard_wrapped(groups: &[Vec<&str>]) -> bool {
    let longest = groups
        .iter()
        .flatten()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    if longest > 100 {
        return false;
    }
    let inner: Vec<&str> = groups
        .iter()
        .filter(|g| g.len() > 1)
        .flat_map(|g| g[..g.len() - 1].iter().copied())
        .collect();
    if inner.len() < 3 {
        return false;
    }
    let mid_sentence = inner.iter().filter(|l| !ends_sentence(l)).count();
    let long_enough = inner.iter().filter(|l| l.chars().count() >= 40).count();
    mid_sentence * 2 > inner.len() && long_enough * 10 >= inner.len() * 7
}

/// A menu, breadcrumb or link row printed on one line (`Home | News | Sport`, `首页 > 科技 >
/// 正文`, `[Docs] [txt|pdf] [Tracker]`) or a table row (cells joined by tabs): three or more
/// short items, or a line made mostly of bracketed links. A sentence with a `|` or citation
/// marks (`[1]`) is neither.
pub fn is_navigation(line: &str) -> bool {
    let short_items = |sep: &str| {
        let items: Vec<&str> = line.split(sep).map(str::trim).collect();
        // Two cells make a table row; a title may hold one `|` before the site's name.
        let least = if sep == "\t" { 2 } else { 3 };
        items.len() >= least && items.iter().all(|i| i.split_whitespace().count() <= 5)
    };
    let mut outside = 0usize;
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            c if depth == 0 && !c.is_whitespace() => outside += 1,
            _ => {}
        }
    }
    let bracketed_links = line.matches('[').count() >= 2 && outside * 3 <= line.chars().count();
    ["|", " > ", ">>", "＞", " › ", " » ", " / ", " · ", "\t"]
        .into_iter()
        .any(short_items)
        || bracketed_links
        || is_section_row(line)
}

/// A menu copied as one line of words (`Home News Money Sports Weather`, `Nyheder Faaborg
/// Sport Debat Kultur E-avis`): four or more capitalised words and nothing else, at least
/// three of them, and a third of all, the names of sections (`assets/lexicon/sections.txt`),
/// menu items (`menu-words.txt`), places (a local site's towns) or furniture (`Subscribe`). A headline has small words in lower case or punctuation.
pub fn is_section_row(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 4 || words.len() > 16 {
        return false;
    }
    // `首页 国内 地方 国际 财经`, `ニュース　地域　政治`: short words of a script written
    // without spaces, spaced apart, are menu items.
    let unspaced = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}');
    if words
        .iter()
        .all(|w| w.chars().count() <= 4 && w.chars().all(unspaced))
    {
        return true;
    }
    let capitalised = words.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            && !w.ends_with([',', ':', '.', '?', '!', ';'])
    });
    if !capitalised {
        return false;
    }
    let furniture = crate::extract::lexicon::page_furniture_phrases();
    let sections = words
        .iter()
        .map(|w| w.to_lowercase())
        .filter(|w| {
            crate::extract::lexicon::is_section_name(w)
                || crate::extract::lexicon::is_menu_word(w)
                || crate::extract::lexicon::is_place(w)
                || furniture.contains(&w.as_str())
        })
        .count();
    // A menu opens with `Home` more often than not; a headline almost never does with another
    // menu item after it and nothing in lower case.
    let opens_home = words[0].eq_ignore_ascii_case("home");
    sections >= 3 && sections * 3 >= words.len() || opens_home && sections >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menus_and_link_rows_are_navigation_sentences_with_marks_are_not() {
        for nav in [
            "Home | News | Sport | Weather",
            "首页|新闻|图片|评论|共青团",
            "Home > Science > Space",
            "首页 >> 教育资讯 >> 教育新闻 >> 正文",
            "[Docs] [txt|pdf] [Tracker] [Email]",
            "Currency\tNew Zealand dollar ($)",
            "Home News Money Sports Weather Play Shopping",
            "Nyheder Faaborg Svendborg Sport Debat Kultur E-avis",
            "Beranda Daerah Nasional Ekonomi Olahraga Hiburan Indeks",
        ] {
            assert!(is_navigation(nav), "{nav}");
        }
        for text in [
            "Rewriting Rules of Engagement | Spiceworks",
            "Sport and Culture News from the World",
            "Trump Wins Iowa Caucus Race",
            "World Business Leaders Meet",
            "New Zealand is an island country.[1][2] It has two main islands.",
            "Prices rose 3% | Shares fell as investors, worried by the war in the east, sold | Oil up",
        ] {
            assert!(!is_navigation(text), "{text}");
        }
    }

    #[test]
    fn times_of_day_and_relative_times() {
        assert!(is_time_of_day("1:39 PM ET"));
        assert!(is_time_of_day("8:00am"));
        assert!(is_time_of_day("09.04 GMT"));
        assert!(!is_time_of_day("1:39 PM is when it happened"));
        assert!(!is_time_of_day("2.5 million"));
        assert!(is_relative_time("8h"));
        assert!(is_relative_time("3 hours ago"));
        assert!(is_relative_time("2 days ago"));
        assert!(!is_relative_time("2 min read"));
        assert!(!is_relative_time("300 people"));
        assert!(!is_relative_time("8 hours of talks"));
    }

    #[test]
    fn line_endings_and_spaces() {
        assert_eq!(
            split_lines("\u{FEFF}a\r\nb\rc\n\nd\u{A0} \u{200B}e"),
            vec!["a", "b", "c", "", "d e"]
        );
    }

    #[test]
    fn hard_wrapped_groups_are_joined() {
        let a = "The council voted on Tuesday to close the old bridge to";
        let b = "lorries after engineers found cracks in two of its main";
        let c = "supports, a decision that will add twenty minutes to the";
        let d = "morning run for many delivery firms.";
        let groups = vec![vec![a, b, c, d], vec!["Short one."]];
        assert!(is_hard_wrapped(&groups));
    }

    #[test]
    fn one_paragraph_per_line() {
        let groups = vec![vec![
            "First sentence here.",
            "Second one here.",
            "Third.",
            "Fourth.",
        ]];
        assert!(!is_hard_wrapped(&groups));
    }

    #[test]
    fn a_line_wholly_in_emphasis_marks_loses_them() {
        assert_eq!(
            clean_line("**Liepājā kursēs jauns tramvajs**"),
            "Liepājā kursēs jauns tramvajs"
        );
        assert_eq!(
            clean_line("*LAGOS TO ENFORCE OKADA BAN*"),
            "LAGOS TO ENFORCE OKADA BAN"
        );
        assert_eq!(
            clean_line("_Published: 24th November 2025_"),
            "Published: 24th November 2025"
        );
        // Separators, marks inside the text and a word's own underscores stay.
        for line in ["***", "*Bold* and *more*", "snake_case_name", "* item"] {
            assert_eq!(clean_line(line), line);
        }
    }
}
