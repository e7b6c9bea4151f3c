//! The shapes of single lines that every title, byline and section rule asks about: a
//! headline, a kicker, a short label, a site's name, a metadata line, a line opening with a
//! date. Shapes only: no line's role is decided here.

use super::{byline, lines, meta, rights};
use crate::extract::dates;

/// A line that opens with a date and goes on (`04/06/2025 14:52 Kaolack : le marché… – La
/// Gazette`): the header a browser prints on every page, not a headline.
pub(super) fn starts_with_date(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=4.min(words.len()))
        .any(|n| words.len() - n >= 3 && dates::parse_date(&words[..n].join(" ")).is_some())
}

/// A section-name-like line: at most four words, not a sentence, not metadata.
pub(super) fn is_short_label(line: &str) -> bool {
    line.split(' ').count() <= 4
        && line.chars().count() <= 40
        && !lines::ends_sentence(line)
        && !is_metadata_line(line)
}

/// A kicker or section line: one to three words (six characters in scripts written without
/// spaces), no digits, no end punctuation.
pub(super) fn is_kicker(line: &str) -> bool {
    let line = super::section::without_arrow(line);
    let chars = line.chars().count();
    let unspaced = line.chars().any(is_unspaced_script);
    let short = if unspaced {
        chars <= 6
    } else {
        line.split(' ').count() <= 3 && chars <= 30
    };
    // No bare number (a date, a time, a score); `P4 Jämtland` is a name, and so is a league or
    // a tier numbered last (`Liga 2`, `Formula 1`).
    let words: Vec<&str> = line.split_whitespace().collect();
    let numbered_last = words.len() >= 2
        && words.last().is_some_and(|w| w.len() <= 2)
        && words[..words.len() - 1].iter().all(|w| {
            w.chars().all(char::is_alphabetic)
                && crate::extract::lexicon::month_number(w).is_none()
                && !crate::extract::lexicon::is_weekday(w)
        });
    let bare_number =
        |w: &&str| w.chars().any(|c| c.is_ascii_digit()) && !w.chars().any(char::is_alphabetic);
    short
        && (numbered_last || !words.iter().any(bare_number))
        && !lines::ends_sentence(line)
        && !line.ends_with(':')
}

/// A site's name as its top line prints it: a short label (`The Front Range Daily`), or one
/// word that may hold digits (`portal1`).
pub(super) fn is_site_name_shaped(line: &str) -> bool {
    is_short_label(line)
        && (line.split(' ').count() > 1 || line.chars().all(char::is_alphanumeric))
        && line.chars().any(char::is_alphabetic)
}

/// A headline: longer than a kicker, no full stop at the end, not a paragraph.
pub(super) fn is_headline(line: &str) -> bool {
    let chars = line.chars().count();
    let long_enough = if line.chars().any(is_unspaced_script) {
        chars >= 7
    } else {
        line.split(' ').count() >= 4
    };
    long_enough && chars <= 250 && !line.trim_end().ends_with('.')
}

/// Han, kana and Thai: scripts that write words without spaces.
pub(super) fn is_unspaced_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{0E00}'..='\u{0E7F}')
}

/// Editor labels (`assets/lexicon/editor-labels.txt`), longest first.
static EDITOR_LABELS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let mut labels: Vec<&str> = crate::extract::lexicon::word_list(include_str!(
        "../../../assets/lexicon/editor-labels.txt"
    ))
    .into_iter()
    .collect();
    labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
    labels
});

/// `Edited By: Vikas Tripathi`, `责任编辑：张琳`: an editor's credit.
pub(super) fn is_editor_line(line: &str) -> bool {
    line.len() <= 120 && meta::strip_label(line, &EDITOR_LABELS, true).is_some()
}

/// Whether a line is one of the metadata kinds that can sit above the title.
pub(super) fn is_metadata_line(line: &str) -> bool {
    is_editor_line(line)
        || meta::is_separator(line)
        || !dates::parse_date_clauses(line).is_empty()
        // `24 listopada o 19:42 ·`: a post's date without its year.
        || dates::is_yearless_date_line(line)
        || super::dated_meta_line(line).is_some()
        || byline::byline(line).is_some()
        || meta::sources(line).is_some()
        || meta::url_line(line).is_some()
        || rights::credit(line).is_some()
        || meta::category(line).is_some()
        // `سارة المهيري | تصوير: خالد النعيمي`: a short line that credits a photo.
        || line.len() <= 160
            && super::teasers::labelled_credit_at(line).is_some()
            && line.split_whitespace().count() <= 12
}
