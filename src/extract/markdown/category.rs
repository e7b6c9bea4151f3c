//! The section a Markdown clip's text gave, checked against what a section label looks like.
//! Clips carry lines the text reader can take for a label: a note app's document type
//! written as a tag (Readwise's `Category: #articles`), a breadcrumb kept whole, the user's
//! own memo over the pasted story. A section is a short label, the last step of a trail.

use crate::model::Article;

/// Separators between a breadcrumb's steps (`News / Economy`, `Home › Local`).
const TRAIL_SEPARATORS: [&str; 5] = [" / ", " > ", " › ", " » ", " ❯ "];
/// A section label is a few words; more is a sentence or a note.
const MAX_LABEL_WORDS: usize = 6;
/// The same in characters, for scripts written without spaces.
const MAX_LABEL_CHARS: usize = 30;

/// Keeps the category only when it is shaped like a section label: a breadcrumb gives its last
/// step; a hashtag (a tool's tag or document type) and a sentence give none.
pub(super) fn settle(article: &mut Article) {
    let Some(category) = article.category.take() else {
        return;
    };
    let last_step = TRAIL_SEPARATORS
        .iter()
        .filter_map(|sep| category.rsplit_once(sep).map(|(_, last)| last.trim()))
        .min_by_key(|last| last.len())
        .unwrap_or(category.trim());
    let tag = last_step.starts_with('#');
    let sentence = last_step.ends_with(['.', '!', '?', '。', '！', '？'])
        || last_step.split_whitespace().count() > MAX_LABEL_WORDS
        || last_step.chars().count() > MAX_LABEL_CHARS;
    if tag || sentence || last_step.is_empty() {
        article.provenance.remove("category");
    } else {
        article.category = Some(last_step.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settled(category: &str) -> Option<String> {
        let mut article = Article {
            category: Some(category.into()),
            ..Article::default()
        };
        article.provenance.insert("category", "label");
        settle(&mut article);
        assert_eq!(
            article.provenance.contains_key("category"),
            article.category.is_some()
        );
        article.category
    }

    #[test]
    fn a_section_is_a_short_label_and_a_trails_last_step() {
        assert_eq!(settled("News / Economy").as_deref(), Some("Economy"));
        assert_eq!(settled("Home › Local News").as_deref(), Some("Local News"));
        assert_eq!(settled("#articles"), None);
        assert_eq!(
            settled("Memo: compare the figures with the transport office's report!"),
            None
        );
        assert_eq!(
            settled("メモ：県議会一般質問の準備用。資料と照合すること！"),
            None
        );
        assert_eq!(settled("Local News").as_deref(), Some("Local News"));
    }
}
