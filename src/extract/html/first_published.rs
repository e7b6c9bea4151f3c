//! A story's own statement of its first publication (`First published 3 March 2026, 11:40
//! GMT.`), as moved, re-imported and republished stories print it: their metadata gives the
//! day of the move, the text the day readers first saw the story.

use super::cleanup::Cleaned;
use crate::extract::dates::{self, ParsedDate};
use std::sync::LazyLock;

/// Labels of a first publication (`assets/lexicon/first-publication-labels.txt`).
static LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::longest_first(include_str!(
        "../../../assets/lexicon/first-publication-labels.txt"
    ))
});

/// Words that may stand between a label and its date (`first published in the print edition
/// on`): more, and the date is some other event's.
const WORDS_BETWEEN: usize = 6;

/// The names a page gives its own publication (JSON-LD's publisher, `og:site_name`), letters
/// and digits only.
pub(super) fn own_names(meta: &super::metadata::Meta) -> Vec<String> {
    meta.ld
        .publisher
        .iter()
        .cloned()
        .chain(meta.first(&["og:site_name", "application-name"]))
        .map(|n| super::metadata::simplify(&n))
        .filter(|n| !n.is_empty())
        .collect()
}

/// The first publication a story's text states, from its paragraphs and date lines.
/// `own_names` are the names the page gives its own publication (`og:site_name`, JSON-LD's
/// publisher), letters and digits only (`simplify`).
pub(super) fn first_publication(cleaned: &Cleaned, own_names: &[String]) -> Option<ParsedDate> {
    cleaned
        .date_lines
        .iter()
        .map(String::as_str)
        .chain(cleaned.paragraphs.iter().map(|p| p.text.as_str()))
        .find_map(|text| stated_in(text, own_names))
}

/// The date a first-publication label in `text` introduces.
fn stated_in(text: &str, own_names: &[String]) -> Option<ParsedDate> {
    let lower = crate::extract::lexicon::lower(text);
    // Lower-casing keeps byte offsets only when it keeps lengths: otherwise look no further.
    if lower.len() != text.len() {
        return None;
    }
    LABELS.iter().find_map(|label| {
        let at = lower.find(label)?;
        let starts_word = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if !starts_word {
            return None;
        }
        let rest = text[at + label.len()..].trim_start_matches([':', '：', ' ']);
        // The few words and the date after the label (the date reader takes short lines only).
        let end = rest
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take_while(|&end| end <= 110)
            .last()
            .unwrap_or(0);
        let rest = &rest[..end];
        let (_, date, before, _) = dates::find_date(rest)?;
        // `first appeared in The Blantyre Chronicle on …`: another outlet's first publication,
        // of which this page is a syndicated copy with a date of its own; the page's own
        // publication named there (`first published in The Cape Weekly Mirror on 22 August
        // 1997` on that paper's site) is a republication from its own archive.
        let own = super::metadata::simplify(&before);
        let names_outlet = before
            .split_whitespace()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !own_names
                .iter()
                .any(|name| name.chars().count() > 3 && own.contains(name.as_str()));
        (before.split_whitespace().count() <= WORDS_BETWEEN && !names_outlet).then_some(date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::html::cleanup::Para;

    fn cleaned(texts: &[&str]) -> Cleaned {
        Cleaned {
            paragraphs: texts
                .iter()
                .map(|t| Para {
                    text: (*t).to_string(),
                    ..Para::default()
                })
                .collect(),
            ..Cleaned::default()
        }
    }

    #[test]
    fn a_moved_story_states_its_first_publication() {
        let page = cleaned(&[
            "This article was moved from our old website when the paper relaunched on 9 March \
             2026. First published 3 March 2026, 11:40 GMT. Comments were not carried over.",
        ]);
        let found = first_publication(&page, &[]).map(|d| d.iso);
        assert_eq!(found.as_deref(), Some("2026-03-03T11:40:00+00:00"));
        let page = cleaned(&["Publicado originalmente el 3 de marzo de 2026."]);
        let found = first_publication(&page, &[]).map(|d| d.iso);
        assert_eq!(found.as_deref(), Some("2026-03-03"));
    }

    #[test]
    fn other_dates_and_far_dates_are_not_a_first_publication() {
        let page = cleaned(&[
            "The novel was first published in 1998 by a small press in Leeds and then, after a \
             long and difficult dispute, reissued on 3 March 2026.",
            "The ferry returned to service on 9 March 2026.",
            "This article first appeared in The Blantyre Chronicle on 10 March 2026.",
        ]);
        assert_eq!(first_publication(&page, &["thezombaherald".into()]), None);
    }

    #[test]
    fn a_republication_from_the_own_archive_names_its_own_paper() {
        let page = cleaned(&[
            "This article was first published in The Zomba Herald on 22 August 1997. We are \
             republishing it as part of our anniversary series.",
        ]);
        let found = first_publication(&page, &["thezombaherald".into()]).map(|d| d.iso);
        assert_eq!(found.as_deref(), Some("1997-08-22"));
        assert_eq!(first_publication(&page, &[]), None);
    }
}
