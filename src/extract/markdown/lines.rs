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
/// dash in lower case (`- To dobry budżet - odparła.`); a menu's or a list's item is read
/// without it, also where a dash sets off a name (an outliner's paragraph closing with its
/// agency: `- … in 1985. — Bernama`).
pub(super) fn without_bullet(text: &str) -> String {
    let speech = |rest: &str| {
        [" - ", " – ", " — "].iter().any(|d| {
            rest.split(d)
                .skip(1)
                .any(|after| after.chars().next().is_some_and(char::is_lowercase))
        })
    };
    match text.strip_prefix("- ") {
        Some(rest) if !speech(rest) => rest.to_string(),
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

/// An outline item this long is a paragraph of the article, not a title, field or note.
const OUTLINE_PROSE_CHARS: usize = 100;

/// How deep in an outline the article's paragraphs stand: 1 where they are top-level items
/// (Logseq, Readwise), 2 where an outliner writes the article as a node whose children are
/// its paragraphs (Roam, Tana: `- Headline` over `  - paragraph`). The shallowest level with
/// two or more paragraph-long items; items nested deeper are notes.
pub(super) fn outline_text_depth(content: &str) -> usize {
    let mut indents: Vec<(usize, usize)> = Vec::new();
    for line in content.lines() {
        let text = line.trim_start();
        let Some(item) = text
            .strip_prefix(['-', '*', '+'])
            .and_then(|t| t.strip_prefix(' '))
        else {
            continue;
        };
        let indent: usize = line[..line.len() - text.len()]
            .chars()
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let long = usize::from(item.chars().count() >= OUTLINE_PROSE_CHARS);
        match indents.iter_mut().find(|(i, _)| *i == indent) {
            Some((_, n)) => *n += long,
            None => indents.push((indent, long)),
        }
    }
    indents.sort_unstable();
    indents
        .iter()
        .position(|&(_, long)| long >= 2)
        .map_or(1, |level| level + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outliners_article_node_holds_its_paragraphs_one_level_down() {
        let p = "A paragraph of the article that runs on well past a hundred characters, as the story's paragraphs do.";
        let roam =
            format!("- Author:: X\n- ### Headline\n    - {p}\n    - {p}\n        - my note\n");
        assert_eq!(outline_text_depth(&roam), 2);
        let logseq = format!("- {p}\n- {p}\n\t- my note, {p}\n");
        assert_eq!(outline_text_depth(&logseq), 1);
    }

    #[test]
    fn a_dash_keeps_speech_but_not_a_credit() {
        assert_eq!(
            without_bullet("- Nie zgadzam się - powiedział."),
            "- Nie zgadzam się - powiedział."
        );
        assert_eq!(
            without_bullet("- The ferry carries 20,000 a day. — Bernama"),
            "The ferry carries 20,000 a day. — Bernama"
        );
    }

    #[test]
    fn a_span_with_a_kickers_class_is_a_kicker() {
        assert!(is_kicker_span("[Health]{.kicker}"));
        assert!(is_kicker_span("[Santé]{.article-surtitle .small}"));
        assert!(!is_kicker_span("[Trójmiasto]{.kategoria-link}"));
        assert!(!is_kicker_span("[The Sentinel]{.masthead}"));
        assert!(!is_kicker_span("Health"));
    }
}
