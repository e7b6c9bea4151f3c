//! What an element's class and id say it holds: a byline, the story's date. Shared by the
//! metadata reader; the names are those news themes use (htmldate's list, in part).

use super::dom::Node;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// The element's class and id, lower-cased, as one string.
pub(super) fn classes(node: &Node) -> String {
    format!(
        "{} {}",
        node.attr("class").unwrap_or_default(),
        node.attr("id").unwrap_or_default()
    )
    .to_ascii_lowercase()
}

/// An element that holds a byline: `rel="author"`, or a class naming one (`byline`,
/// `post_author`, `gm-signature`, `hl-writer`; `assets/lexicon/byline-classes.txt`).
pub(super) fn is_byline_element(node: &Node, class: &str) -> bool {
    node.attr("rel") == Some("author")
        || class.contains("byline")
        || class_word(class, &["author", "author-name", "authors"])
        || class_ends_with(class, &["author", "authors"])
        || class_ends_with(class, &super::byline_links::BYLINE_CLASSES)
        // The word as the whole class (`<span class="writer">`), as portal themes name it.
        || class_word(class, &super::byline_links::BYLINE_CLASSES)
        // A browser's reader view saved as a page (Firefox's `reader-credits`).
        || class_word(class, &["reader-credits"])
        // A forum post's display name (Discourse's `first full-name`; `username` is none).
        || class_word(class, &["full-name"]) && class_word(class, &["first"])
        // A CSS-in-JS component named for the writer's name (`…-TextContributorName`,
        // `AuthorName__Link-sc-9f`): one compound inside the class.
        || RUN_TOGETHER_BYLINE.iter().any(|name| class.contains(name))
}

/// Compounds naming a byline's name in CSS-in-JS classes (`assets/lexicon/byline-class-names.txt`).
static RUN_TOGETHER_BYLINE: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::longest_first(include_str!(
        "../../../assets/lexicon/byline-class-names.txt"
    ))
});

/// Words of other languages in the class of a date's element (`assets/lexicon/date-classes.txt`).
static DATE_CLASS_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::word_list(include_str!("../../../assets/lexicon/date-classes.txt"))
});

/// Class or id names pages give the element holding the story's date (htmldate's list, in
/// part), or a class ending in `time` (`post_time`, `story-time`; not a reading time).
/// Comments, related stories and update stamps carry dates that are not the story's.
pub(super) fn is_date_class(class: &str) -> bool {
    let named = class.contains("date")
        || class
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|part| DATE_CLASS_WORDS.contains(part))
        || class.contains("timestamp")
        || class.contains("published")
        || class.contains("pubtime")
        || class.contains("submitted")
        || class.contains("datum")
        || class.contains("fecha")
        || (class_ends_with(class, &["time"]) && !class.contains("read"))
        || class_word(
            class,
            &[
                "time",
                // Joomla's article info: `<dd class="create">Created: …</dd>`.
                "create",
                "created",
                "posted",
                "posted-on",
                "meta-time",
                "entry-meta",
                "post-meta",
                "article-meta",
            ],
        );
    named
        // A citation's access date (`reference-accessdate`: "Retrieved 2016-05-01") neither.
        && !["comment", "related", "modified", "updated", "update-", "access"]
            .iter()
            .any(|w| class.contains(w))
}

/// Whether a class list holds a class whose last part (after `-` or `_`) is one of `words`:
/// `post_author`, `article__author`, not `author-bio`.
pub(super) fn class_ends_with(class: &str, words: &[&str]) -> bool {
    class.split_whitespace().any(|c| {
        c.rsplit_once(['-', '_'])
            .is_some_and(|(_, last)| words.contains(&last))
    })
}

/// Whether a class list holds one of `words` as a whole class name.
fn class_word(class: &str, words: &[&str]) -> bool {
    class.split_whitespace().any(|c| words.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_classes_in_other_languages_count_as_whole_parts() {
        assert!(is_date_class("artikel-zeit"));
        assert!(is_date_class("data-pubblicazione"));
        assert!(is_date_class("news_tarih"));
        assert!(is_date_class("date-de-parution"));
        assert!(is_date_class("aw-pub"));
        assert!(!is_date_class("pubs-nearby"));
        assert!(!is_date_class("zeitung-logo"));
        assert!(!is_date_class("horario-menu"));
        // A comment's date is still no story's.
        assert!(!is_date_class("comment-zeit"));
    }

    #[test]
    fn a_byline_word_as_the_whole_class_marks_the_byline() {
        let dom = super::super::dom::Dom::parse("<span class=\"writer\">Nimal Jayasekara</span>");
        let span = dom.find("span").expect("span");
        assert!(is_byline_element(&dom.nodes[span], "writer"));
        assert!(!is_byline_element(&dom.nodes[span], "writing-tips"));
        assert!(is_byline_element(
            &dom.nodes[span],
            "credits reader-credits"
        ));
        assert!(!is_byline_element(&dom.nodes[span], "photo-credits"));
    }

    #[test]
    fn a_css_in_js_component_named_for_the_writer_marks_the_byline() {
        let dom = super::super::dom::Dom::parse("<div>Hannah Pryce</div>");
        let div = dom.find("div").expect("div");
        let class = "ssrcss-68pt20-text-textcontributorname e8mq1e96";
        assert!(is_byline_element(&dom.nodes[div], class));
        assert!(is_byline_element(&dom.nodes[div], "css-1x2y3z-authorname"));
        assert!(!is_byline_element(&dom.nodes[div], "ssrcss-84ltp5-text"));
    }
}
