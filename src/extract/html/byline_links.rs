//! Bylines as their links give them, and the visible byline that names more people than the
//! page declares. A byline element that links each name to the writer's page (`Par <a>Clémence
//! Thévenot</a>`, `रिपोर्ट: <a>अंकित शर्मा</a>, नई दिल्ली`) holds the names in its links, without
//! labels, roles and datelines; and a page's JSON-LD often names only the first of the writers
//! its byline prints (Ghost, Rank Math).

use super::dom::Dom;
use crate::extract::lexicon::word_list;
use std::sync::LazyLock;

/// Last parts of class names that mark a byline element (`assets/lexicon/byline-classes.txt`).
pub static BYLINE_CLASSES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    word_list(include_str!("../../../assets/lexicon/byline-classes.txt"))
        .into_iter()
        .collect()
});

/// The texts of the links inside element `id`, joined with `, `; empty when it has none.
/// Links to other sites (share and follow buttons) are not names; nor are links to a place on
/// the page itself (`<a href="#comments">Comments (3)</a>`).
pub fn linked_names(page: &Dom, id: usize) -> String {
    // A second link to the same writer's page (`?follow=1`, `More by …`) is a prompt beside
    // the name, whatever its words: one page, one writer.
    let mut pages: Vec<&str> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for d in page.descendants(id) {
        let node = &page.nodes[d];
        let Some(h) = node.attr("href") else {
            continue;
        };
        if node.tag != "a" || (h.contains("://") && !h.contains("/author")) || h.starts_with('#') {
            continue;
        }
        let text = page.text(d);
        if text.is_empty() || text.chars().count() > 60 || text.contains(',') {
            continue;
        }
        let path = h.split(['?', '#']).next().unwrap_or(h);
        if !pages.contains(&path) {
            pages.push(path);
            names.push(text);
        }
    }
    names.join(", ")
}

/// `visible` when it names every person `declared` names and more (a JSON-LD author list that
/// stops at the first writer), else `None`.
pub fn fuller(declared: &[String], visible: &[String]) -> Option<Vec<String>> {
    let key = |n: &String| super::metadata::simplify(n);
    let seen: Vec<String> = visible.iter().map(key).collect();
    (visible.len() > declared.len() && declared.iter().all(|d| seen.contains(&key(d))))
        .then(|| visible.to_vec())
}

/// Prompts printed after a reporter's name in CJK bylines (`김서연 기자 구독`): subscribe,
/// follow.
const CJK_PROMPTS: [&str; 5] = ["구독", "구독하기", "フォロー", "关注", "關注"];

/// The reporters of a CJK byline (`김서연 기자`, `記者 王海燕 李明`), once an address in
/// brackets and a prompt after the title are dropped; `None` for other bylines.
pub fn cjk_reporters(line: &str) -> Option<Vec<String>> {
    let line = line.split(['(', '（']).next().unwrap_or_default().trim();
    let line = CJK_PROMPTS
        .iter()
        .find_map(|p| line.strip_suffix(p))
        .unwrap_or(line)
        .trim();
    crate::extract::text::cjk_byline::reporters(line)
}

/// On a page in Chinese, a name of Han characters with spaces between runs of two to four is
/// several people (`刘思远　周婧`): Chinese writes a full name without a space, so the space
/// parts names. (Japanese puts one between surname and given name: `佐藤 美咲` is one person.)
pub fn chinese_names(people: Vec<String>, lang: Option<&str>) -> Vec<String> {
    if !lang.is_some_and(|l| l.to_ascii_lowercase().starts_with("zh")) {
        return people;
    }
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c) || c == '·';
    people
        .into_iter()
        .flat_map(|name| {
            let runs: Vec<&str> = name.split_whitespace().collect();
            let several = runs.len() >= 2
                && runs
                    .iter()
                    .all(|r| (2..=4).contains(&r.chars().count()) && r.chars().all(han));
            if several {
                runs.into_iter().map(str::to_string).collect()
            } else {
                vec![name]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_space_parts_chinese_names_but_not_a_japanese_one() {
        let both = vec!["刘思远　周婧".to_string()];
        assert_eq!(
            chinese_names(both.clone(), Some("zh-CN")),
            vec!["刘思远", "周婧"]
        );
        assert_eq!(chinese_names(both.clone(), Some("ja")), both);
        let one = vec!["佐藤 美咲".to_string()];
        assert_eq!(chinese_names(one.clone(), Some("ja")), one);
    }

    #[test]
    fn cjk_reporters_without_address_or_prompt() {
        let one = Some(vec!["김서연".to_string()]);
        assert_eq!(cjk_reporters("김서연 기자(seoyeon@hanbit.example)"), one);
        assert_eq!(cjk_reporters("김서연 기자 구독"), one);
        assert_eq!(cjk_reporters("Jane Doe"), None);
    }

    #[test]
    fn linked_names_leave_labels_and_places_out() {
        let page = Dom::parse(
            "<div class=\"byline\">रिपोर्ट: <a href=\"/author/ankit\">अंकित शर्मा</a>, नई दिल्ली \
             <a href=\"https://twitter.com/share\">Share</a></div>",
        );
        let id = page.find("div").expect("div");
        assert_eq!(linked_names(&page, id), "अंकित शर्मा");
        let page = Dom::parse(
            "<div class=\"fr-byline\">By <a href=\"/author/imogen\">Imogen Hartley</a> and \
             <a href=\"/author/rafiq\">Rafiq Chowdhury</a></div>",
        );
        let id = page.find("div").expect("div");
        assert_eq!(linked_names(&page, id), "Imogen Hartley, Rafiq Chowdhury");
        // A link to the page's own comments is no name.
        let page = Dom::parse(
            "<p class=\"entry-footer\">Posted by Marcia John on November 15, 2026 | \
             <a href=\"#comments\">Comments (3)</a></p>",
        );
        let id = page.find("p").expect("p");
        assert_eq!(linked_names(&page, id), "");
    }

    #[test]
    fn a_byline_naming_more_than_the_declaration_wins() {
        let declared = vec!["Chiara Bellini".to_string()];
        let visible = vec!["Chiara Bellini".to_string(), "Tommaso Ruggeri".to_string()];
        assert_eq!(fuller(&declared, &visible), Some(visible.clone()));
        // Another person altogether is no fuller list.
        assert_eq!(
            fuller(&declared, &["Ann Lee".into(), "Bo Chan".into()]),
            None
        );
    }

    use super::super::byline::{authors, split_names};
    use super::super::cleanup::Cleaned;
    use super::super::metadata::Meta;

    #[test]
    fn roles_dashes_and_the_site_word_are_no_people() {
        assert_eq!(
            split_names("Siobhán Keane, Reporter"),
            vec!["Siobhán Keane"]
        );
        assert_eq!(
            split_names("Kavita Deshmukh, Deputy General Manager (Corporate Communications)"),
            vec!["Kavita Deshmukh"]
        );
        assert_eq!(
            split_names("Nguyễn Đông - Hoàng Thảo"),
            vec!["Nguyễn Đông", "Hoàng Thảo"]
        );
        let mut meta = Meta::default();
        meta.tags
            .insert("article:author".into(), vec!["Меридиан".into()]);
        meta.tags
            .insert("og:site_name".into(), vec!["Меридиан".into()]);
        let found = authors(&meta, None, &Cleaned::default(), None);
        assert!(found.people.is_empty(), "{:?}", found.people);
        assert_eq!(found.organisations, vec!["Меридиан"]);
    }

    #[test]
    fn a_marked_byline_is_read_after_a_declared_paper_and_comment_authors_are_not() {
        let mut meta = Meta::default();
        meta.tags
            .insert("article:author".into(), vec!["한빛일보".into()]);
        meta.byline_elements = vec!["김서연 기자(seoyeon@hanbit.example)".into()];
        let found = authors(&meta, None, &Cleaned::default(), None);
        assert_eq!(found.people, vec!["김서연"]);
        let meta = Meta {
            furniture_names: vec!["مهدی".into()],
            ..Meta::default()
        };
        let main = super::super::MainContent {
            byline: Some("مهدی".into()),
            ..Default::default()
        };
        assert!(
            authors(&meta, Some(&main), &Cleaned::default(), None)
                .people
                .is_empty()
        );
    }
}
