//! JSON-LD (`<script type="application/ld+json">`): the most trusted metadata a page has,
//! because it is written for machines. Only article-like objects are read, at the top level,
//! in arrays or inside `@graph`; `@id` references to people and organisations are followed.

use super::metadata::image_from_caption;
use crate::model::Image;
use serde_json::Value;
use std::collections::HashMap;

/// What the first article object of a page says.
#[derive(Debug, Default, Clone)]
pub struct LdArticle {
    pub found: bool,
    pub headline: Option<String>,
    pub authors: Vec<String>,
    /// Authors the page types as an organisation (`"@type": "Organization"`): a company
    /// issuing a press release, a newsroom; sources, not writers.
    pub author_organisations: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub publisher: Option<String>,
    pub section: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    pub rights: Option<String>,
    pub images: Vec<Image>,
    /// The name of the page's `WebSite` object (Yoast and most themes declare one), the site's
    /// own name for itself, from any script.
    pub website: Option<String>,
}

/// Object types that describe an article.
fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':']).next().unwrap_or(t);
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting"
                | "LiveBlogPosting"
                | "Report"
                | "SocialMediaPosting"
                | "Blog"
                | "Article"
        )
}

/// Reads one script's JSON-LD into `into`, unless an earlier script already gave an article.
pub fn merge(into: &mut LdArticle, text: &str) {
    if into.found && into.website.is_some() {
        return;
    }
    let text = text
        .trim()
        .trim_start_matches("<![CDATA[")
        .trim_end_matches("]]>")
        .trim();
    let text = text
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim();
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return;
    };
    let objects = flatten(&value);
    if into.website.is_none() {
        into.website = objects
            .iter()
            .filter(|o| types(o).contains(&"WebSite"))
            .find_map(|o| o.get("name")?.as_str())
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
    }
    if into.found {
        return;
    }
    let ids: HashMap<&str, &Value> = objects
        .iter()
        .filter_map(|o| Some((o.get("@id")?.as_str()?, *o)))
        .collect();
    let articles: Vec<&Value> = objects
        .iter()
        .copied()
        .filter(|o| types(o).iter().any(|t| is_article_type(t)))
        .collect();
    // A graph that lists related stories before the page's own: the page's is the one that
    // names the document's web page as its main entity's page (Yoast, Arc XP, Brightspot).
    let pages: Vec<&str> = objects
        .iter()
        .filter(|o| types(o).iter().any(|t| t.ends_with("WebPage")))
        .flat_map(|o| [o.get("@id"), o.get("url")])
        .filter_map(|v| v.and_then(Value::as_str))
        .collect();
    let own = articles.iter().find(|a| {
        a.get("mainEntityOfPage")
            .and_then(|m| m.as_str().or_else(|| m.get("@id")?.as_str()))
            .is_some_and(|m| pages.contains(&m))
    });
    let Some(article) = own.or(articles.first()) else {
        return;
    };
    let website = into.website.take();
    *into = read_article(article, &ids);
    into.website = website;
}

/// Every object of the document, breadth first, without recursion.
fn flatten(value: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    let mut queue = std::collections::VecDeque::from([value]);
    while let Some(v) = queue.pop_front() {
        match v {
            Value::Array(items) => queue.extend(items.iter()),
            Value::Object(map) => {
                out.push(v);
                if let Some(graph) = map.get("@graph") {
                    queue.push_back(graph);
                }
                if let Some(main) = map.get("mainEntity") {
                    queue.push_back(main);
                }
            }
            _ => {}
        }
        if out.len() > 10_000 {
            break;
        }
    }
    out
}

fn types(v: &Value) -> Vec<&str> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn read_article(a: &Value, ids: &HashMap<&str, &Value>) -> LdArticle {
    let resolve = |v: &Value| -> Value {
        match v
            .get("@id")
            .and_then(Value::as_str)
            .and_then(|id| ids.get(id))
        {
            Some(found) if v.get("name").is_none() => (*found).clone(),
            _ => v.clone(),
        }
    };
    let mut out = LdArticle {
        found: true,
        ..LdArticle::default()
    };
    out.headline = string(a.get("headline")).or_else(|| string(a.get("name")));
    if let Some(author) = a.get("author").or_else(|| a.get("creator")) {
        for item in list(author) {
            let item = resolve(item);
            let Some(name) = name_of(&item) else {
                continue;
            };
            let organisation = types(&item).iter().any(|t| {
                let t = t.rsplit(['/', ':']).next().unwrap_or(t);
                t.ends_with("Organization") || t == "Corporation"
            });
            let list = if organisation {
                &mut out.author_organisations
            } else {
                &mut out.authors
            };
            if !list.contains(&name) {
                list.push(name);
            }
        }
    }
    out.published = string(a.get("datePublished")).or_else(|| string(a.get("dateCreated")));
    out.modified = string(a.get("dateModified"));
    out.publisher = a
        .get("publisher")
        .and_then(|p| list(p).first().and_then(|p| name_of(&resolve(p))));
    out.section = a
        .get("articleSection")
        .and_then(|s| list(s).first().and_then(|s| string(Some(s))));
    out.language = string(a.get("inLanguage"));
    out.url = string(a.get("url")).or_else(|| string(a.get("mainEntityOfPage")));
    out.rights = a.get("copyrightHolder").and_then(|c| name_of(&resolve(c)));
    if let Some(images) = a.get("image") {
        for image in list(images) {
            let image = resolve(image);
            let caption = string(image.get("caption")).or_else(|| string(image.get("description")));
            let credit = string(image.get("creditText"))
                .or_else(|| image.get("copyrightHolder").and_then(name_of))
                .or_else(|| image.get("author").and_then(name_of));
            if let Some(caption) = caption {
                out.images.extend(image_from_caption(&caption, credit));
            } else if let Some(credit) = credit {
                out.images.push(Image {
                    caption: None,
                    credit: Some(credit),
                });
            }
        }
    }
    out
}

fn list(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

/// A non-empty string, or the `@value` of a typed literal.
fn string(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.clone(),
        Value::Object(map) => map
            .get("@value")
            .and_then(Value::as_str)
            .map(str::to_string)?,
        Value::Array(items) => return items.iter().find_map(|i| string(Some(i))),
        _ => return None,
    };
    let s = crate::model::normalize_line(&super::dom::collapse_spaces(
        &super::entities::decode_entities(&s),
    ));
    (!s.is_empty()).then_some(s)
}

/// The name of a person or organisation given as a string or an object.
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(_) => string(Some(v)),
        Value::Object(_) => string(v.get("name")).or_else(|| {
            let given = string(v.get("givenName"))?;
            Some(match string(v.get("familyName")) {
                Some(family) => format!("{given} {family}"),
                None => given,
            })
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_articles_inside_a_graph_with_references() {
        let json = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"Person","@id":"#p1","name":"Jane Doe"},
            {"@type":["NewsArticle"],"headline":"H","author":[{"@id":"#p1"},{"@type":"Person","name":"John Roe"}],
             "datePublished":"2024-10-27T09:01:00+02:00","publisher":{"@type":"Organization","name":"Daily"},
             "articleSection":["World"],"image":{"@type":"ImageObject","caption":"A boat","creditText":"AP"}}]}"##;
        let mut ld = LdArticle::default();
        merge(&mut ld, json);
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.authors, vec!["Jane Doe", "John Roe"]);
        assert!(ld.author_organisations.is_empty());
        assert_eq!(ld.publisher.as_deref(), Some("Daily"));
        assert_eq!(ld.section.as_deref(), Some("World"));
        assert_eq!(
            ld.images,
            vec![Image {
                caption: Some("A boat".into()),
                credit: Some("AP".into())
            }]
        );
    }

    #[test]
    fn the_article_of_the_page_comes_before_related_ones_in_a_graph() {
        let json = r##"{"@graph":[
            {"@type":"Article","@id":"/other#a","datePublished":"2026-01-19","author":{"name":"A B"}},
            {"@type":"WebPage","@id":"/own","datePublished":"2026-01-28T10:52:00+05:30"},
            {"@type":"NewsArticle","mainEntityOfPage":{"@id":"/own"},
             "datePublished":"2026-01-28T11:05:00+05:30","author":[{"name":"C D"}]}]}"##;
        let mut ld = LdArticle::default();
        merge(&mut ld, json);
        assert_eq!(ld.published.as_deref(), Some("2026-01-28T11:05:00+05:30"));
        assert_eq!(ld.authors, vec!["C D"]);
    }

    #[test]
    fn ignores_broken_json_and_other_types() {
        let mut ld = LdArticle::default();
        merge(&mut ld, "{not json");
        merge(&mut ld, r#"{"@type":"WebSite","name":"x"}"#);
        assert!(!ld.found);
        // The site's own name is kept apart, whichever script comes first.
        assert_eq!(ld.website.as_deref(), Some("x"));
        merge(&mut ld, r#"{"@type":"NewsArticle","headline":"H"}"#);
        assert!(ld.found);
        assert_eq!(ld.website.as_deref(), Some("x"));
    }

    #[test]
    fn an_author_typed_as_an_organisation_is_no_writer() {
        let json = r#"{"@type":"NewsArticle","headline":"H",
            "author":[{"@type":"Organization","name":"Kaveri Agritech Pvt. Ltd."},
                      {"@type":"Person","name":"Jane Doe"}]}"#;
        let mut ld = LdArticle::default();
        merge(&mut ld, json);
        assert_eq!(ld.authors, vec!["Jane Doe"]);
        assert_eq!(ld.author_organisations, vec!["Kaveri Agritech Pvt. Ltd."]);
    }
}
