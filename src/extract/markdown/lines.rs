//! The shapes of single rendered lines: furniture no renderer prints, tag lines, a list
//! item's dash, and stacks of short lines that stand apart on the page.

use crate::extract::lexicon;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Lines no renderer prints as text: template tags (`{% include … %}`, `{{< figure … >}}`),
/// kramdown attribute lines (`{: .caption}`) and Pandoc div fences (`::: {.byline}`).
pub(super) fn is_furniture_line(line: &str) -> bool {
    (line.starts_with("{%") && line.ends_with("%}"))
        || (line.starts_with("{{") && line.ends_with("}}"))
        || (line.starts_with("{:") && line.ends_with('}'))
        || line.starts_with(":::")
}

/// A `-` item keeps its dash only as dash-led speech, which names its speaker after another
/// dash (`- To dobry budżet - odparła.`); a menu's or a list's item is read without it.
pub(super) fn without_bullet(text: &str) -> String {
    match text.strip_prefix("- ") {
        Some(rest) if ![" - ", " – ", " — "].iter().any(|d| rest.contains(d)) => {
            rest.to_string()
        }
        _ => text.to_string(),
    }
}

/// The most lines a stack of short lines holds (a byline, a role, a date and a place).
const MAX_STACK_LINES: usize = 4;
/// A stacked line is shorter than this; a paragraph hard-wrapped for e-mail or Pandoc runs to
/// 70 or more.
const MAX_STACK_LINE_CHARS: usize = 50;

/// Two to four short lines, none of them a sentence going on to the next line (a comma at
/// the end, a lower-case word opening the next).
pub(super) fn is_line_stack(lines: &[&str]) -> bool {
    (2..=MAX_STACK_LINES).contains(&lines.len())
        && lines
            .iter()
            .all(|l| !l.is_empty() && l.chars().count() < MAX_STACK_LINE_CHARS)
        && lines.windows(2).all(|pair| {
            !pair[0].ends_with([',', ';', '-'])
                && !pair[1].chars().next().is_some_and(char::is_lowercase)
        })
}

/// Parts of class names of a kicker (`kicker`, `overline`, `surtitre`), as the HTML reader
/// knows them (`assets/lexicon/kicker-classes.txt`).
static KICKER_CLASSES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    lexicon::word_list(include_str!("../../../assets/lexicon/kicker-classes.txt"))
});

/// A Pandoc span alone on its line whose class is a kicker's (`[Health]{.kicker}`): Pandoc keeps
/// a saved page's classes, and the page marked the label as the section over the headline.
pub(super) fn is_kicker_span(text: &str) -> bool {
    let Some((span, attributes)) = text.trim().split_once("]{") else {
        return false;
    };
    span.starts_with('[')
        && !span[1..].contains(['[', ']'])
        && attributes.strip_suffix('}').is_some_and(|a| {
            a.split_whitespace()
                .filter_map(|w| w.strip_prefix('.'))
                .flat_map(|class| class.split(['-', '_']))
                .any(|part| KICKER_CLASSES.contains(lexicon::lower(part).as_str()))
        })
}

/// Lines that are each a link alone, tag lines aside (a tool's `Read on Omnivore` / `Read
/// Original`, a share row written one link a line): furniture, as a list of links is.
/// `unlinked` says for each line whether it had text outside links.
pub(super) fn is_link_rows(lines: &[&str], unlinked: &[bool]) -> bool {
    lines.len() == unlinked.len()
        && lines.len() >= 2
        && lines
            .iter()
            .zip(unlinked)
            .all(|(line, unlinked)| !unlinked || is_tag_line(line))
}

/// A line of hashtags (`#news/pakistan #karachi/water`): a note app's tags, not text.
pub(super) fn is_tag_line(line: &str) -> bool {
    line.split_whitespace().all(|w| {
        w.strip_prefix('#')
            .is_some_and(|t| t.chars().next().is_some_and(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_with_a_kickers_class_is_a_kicker() {
        assert!(is_kicker_span("[Health]{.kicker}"));
        assert!(is_kicker_span("[Santé]{.article-surtitle .small}"));
        assert!(!is_kicker_span("[Trójmiasto]{.kategoria-link}"));
        assert!(!is_kicker_span("[The Sentinel]{.masthead}"));
        assert!(!is_kicker_span("Health"));
    }
}
