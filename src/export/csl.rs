//! A selection as CSL-JSON (the Citation Style Language's data format), which Zotero, Mendeley
//! and pandoc import: a JSON array of `article-newspaper` items, streamed one article at a time.

use super::citation::{AuthorName, author_name, date_parts};
use crate::model::ArticleRecord;
use serde_json::{Map, Value, json};

/// One archived article as a CSL-JSON item.
pub fn csl_item(record: &ArticleRecord) -> Value {
    let a = &record.article;
    let mut item = Map::new();
    item.insert("id".into(), json!(format!("chronicle-{}", record.id)));
    item.insert("type".into(), json!("article-newspaper"));
    let title = a.title.split_whitespace().collect::<Vec<_>>().join(" ");
    if !title.is_empty() {
        item.insert("title".into(), json!(title));
    }
    let authors: Vec<Value> = a
        .authors
        .iter()
        .filter(|n| !n.trim().is_empty())
        .map(|n| match author_name(n) {
            AuthorName::Person { family, given } => json!({ "family": family, "given": given }),
            AuthorName::Literal(literal) => json!({ "literal": literal }),
        })
        .collect();
    if !authors.is_empty() {
        item.insert("author".into(), Value::Array(authors));
    }
    if let Some(issued) = csl_date(a.published.as_deref()) {
        item.insert("issued".into(), issued);
    }
    if let Some(container) = super::citation::container(a) {
        item.insert("container-title".into(), json!(container));
    }
    let mut text_field = |key: &str, value: Option<&str>| {
        if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
            item.insert(key.into(), json!(v));
        }
    };
    text_field("URL", a.url.as_deref());
    text_field("language", a.language.as_deref());
    text_field("abstract", Some(a.lead.as_str()));
    text_field("section", a.category.as_deref());
    if let Some(accessed) = csl_date(Some(record.file.imported_at.as_str())) {
        item.insert("accessed".into(), accessed);
    }
    Value::Object(item)
}

/// `{"date-parts": [[2024, 10, 27]]}` from an ISO 8601 date, as precise as it is (the time
/// is dropped); `None` when there is no readable year.
fn csl_date(date: Option<&str>) -> Option<Value> {
    let (year, month, day) = date_parts(date)?;
    let mut parts = vec![json!(year)];
    parts.extend(month.map(|m| json!(m)));
    parts.extend(day.map(|d| json!(d)));
    Some(json!({ "date-parts": [parts] }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn record(id: i64, article: Article, imported_at: &str) -> ArticleRecord {
        ArticleRecord {
            id,
            article,
            file: crate::model::FileInfo {
                imported_at: imported_at.into(),
                ..Default::default()
            },
        }
    }

    #[test]
    fn maps_the_fields_zotero_reads() {
        let record = record(
            7,
            Article {
                title: "North Korean troops".into(),
                authors: vec!["Maria Zubel".into(), "Reuters".into()],
                published: Some("2024-10-27T09:01:00+02:00".into()),
                publisher: Some("Daily Wrap".into()),
                url: Some("https://dailywrap.example/t".into()),
                language: Some("en".into()),
                lead: "Troops arrived.".into(),
                ..Article::default()
            },
            "2026-11-29T10:00:00Z",
        );
        assert_eq!(
            csl_item(&record),
            json!({
                "id": "chronicle-7",
                "type": "article-newspaper",
                "title": "North Korean troops",
                "author": [{"family": "Zubel", "given": "Maria"}, {"literal": "Reuters"}],
                "issued": {"date-parts": [[2024, 10, 27]]},
                "container-title": "Daily Wrap",
                "URL": "https://dailywrap.example/t",
                "language": "en",
                "abstract": "Troops arrived.",
                "accessed": {"date-parts": [[2026, 11, 29]]}
            })
        );
    }

    #[test]
    fn leaves_out_what_is_unknown() {
        let record = record(
            1,
            Article {
                published: Some("2024-10".into()),
                ..Article::default()
            },
            "",
        );
        assert_eq!(
            csl_item(&record),
            json!({
                "id": "chronicle-1",
                "type": "article-newspaper",
                "issued": {"date-parts": [[2024, 10]]}
            })
        );
    }
}
