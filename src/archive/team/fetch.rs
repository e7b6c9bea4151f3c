//! One article at a time from the team archive: fetching one a search found there (with its
//! corrections, tags, notes and highlights), and an article's history, the changes that lost
//! to a later one (`records_history`) beside the one that holds.

use super::error::{Result, ServerContext as _, TeamError};
use super::{TeamAddress, open};
use crate::archive::{Archive, PulledArticle, SyncRecord};

/// Pulls the article with `content_hash` into `archive`, with its records. Returns whether
/// it is new here (`false`: it was here already, or deleted here). Idempotent.
pub fn fetch(archive: &mut Archive, address: &TeamAddress, content_hash: &str) -> Result<bool> {
    let (mut client, team_id) = open(address)?;
    let row = client
        .query_opt(
            "SELECT doc::text, file_name FROM articles WHERE content_hash = $1",
            &[&content_hash],
        )
        .context("fetching an article")?
        .ok_or_else(|| TeamError::NoSuchArticle(content_hash.to_string()))?;
    let article = serde_json::from_str(row.get::<_, &str>(0)).map_err(|e| TeamError::Server {
        context: "reading a fetched article",
        reason: e.to_string(),
    })?;
    let pulled = PulledArticle {
        content_hash: content_hash.to_string(),
        article,
        file_name: row.get(1),
    };
    let hash = [content_hash.to_string()];
    // Position 0: a fetch moves no pull forward (`max` keeps the position there is).
    let new = archive.apply_pulled_articles(&team_id, &[pulled], &hash, 0)? > 0;
    let records: Vec<SyncRecord> = client
        .query(
            "SELECT kind, content_hash, key, body::text, made_at FROM records
             WHERE content_hash = $1 ORDER BY seq",
            &[&content_hash],
        )
        .context("fetching an article's changes")?
        .iter()
        .map(|r| SyncRecord {
            kind: r.get(0),
            content_hash: r.get(1),
            key: r.get(2),
            body: r.get(3),
            made_at: r.get(4),
        })
        .collect();
    archive.apply_pulled_records(&team_id, &records, 0)?;
    Ok(new)
}

/// One change of an article on the team archive.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HistoryEntry {
    /// `correction`, `tag`, `note`, `highlight` or `tombstone`.
    pub kind: String,
    /// Which part of the article (`field/title`, a tag's name, a highlight's range).
    pub key: String,
    /// What the change was, in words.
    pub change: String,
    pub made_at: String,
    pub made_by: String,
    /// When a later change replaced it; `None` for the one that holds.
    pub replaced_at: Option<String>,
}

impl HistoryEntry {
    /// What the change is about, in words: `title` (a field), `quote`, `tag`, `note`,
    /// `highlight`, `article` (a deletion).
    pub fn subject(&self) -> String {
        match self.kind.as_str() {
            "correction" => match self.key.split_once('/') {
                Some(("field", field)) => field.to_string(),
                _ => "quote".into(),
            },
            "tombstone" => "article".into(),
            other => other.to_string(),
        }
    }
}

/// The changes of the article with `content_hash` on the team archive: each one that holds
/// and every one it replaced, grouped by what they change, newest first.
pub fn history(address: &TeamAddress, content_hash: &str) -> Result<Vec<HistoryEntry>> {
    let (mut client, _) = open(address)?;
    let rows = client
        .query(
            "SELECT kind, key, body::text, made_at, made_by, NULL::text FROM records
             WHERE content_hash = $1
             UNION ALL
             SELECT kind, key, body::text, made_at, made_by,
                    to_char(replaced_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')
             FROM records_history WHERE content_hash = $1
             ORDER BY 1, 2, 4 DESC",
            &[&content_hash],
        )
        .context("reading an article's history")?;
    Ok(rows
        .iter()
        .map(|r| {
            let kind: String = r.get(0);
            let body: String = r.get(2);
            HistoryEntry {
                change: describe(&kind, &body),
                kind,
                key: r.get(1),
                made_at: r.get(3),
                made_by: r.get(4),
                replaced_at: r.get(5),
            }
        })
        .collect())
}

/// A record's body in words: `set to "Wind farm"`, `tag energy added`, `note removed`.
fn describe(kind: &str, body: &str) -> String {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(body) else {
        return body.to_string();
    };
    let present = value.get("present").and_then(serde_json::Value::as_bool);
    match kind {
        "tombstone" => "deleted".into(),
        "tag" => format!(
            "tag {} {}",
            text(value.get("name")),
            if present == Some(false) {
                "removed"
            } else {
                "added"
            }
        ),
        "note" => match value.get("text").filter(|t| !t.is_null()) {
            Some(t) => format!("note: {}", text(Some(t))),
            None => "note removed".into(),
        },
        "highlight" => match (present, value.get("comment").filter(|c| !c.is_null())) {
            (Some(false), _) => "highlight removed".into(),
            (_, Some(comment)) => format!("highlighted, with comment: {}", text(Some(comment))),
            _ => "highlighted".into(),
        },
        "correction" => match value.get("change").filter(|c| !c.is_null()) {
            Some(change) => format!("set to {}", text(Some(change))),
            None if value.get("original").is_some_and(|o| !o.is_null()) => "cleared".into(),
            None => "correction undone".into(),
        },
        _ => body.to_string(),
    }
}

/// A JSON value as plain text: strings as they are, lists joined with commas.
fn text(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|i| text(Some(i)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn record_bodies_read_as_words() {
        assert_eq!(
            describe(
                "correction",
                r#"{"target":"field","locator":"title","change":"Wind farm","original":"x"}"#
            ),
            "set to Wind farm"
        );
        assert_eq!(
            describe(
                "correction",
                r#"{"target":"field","locator":"authors","change":["Ann","Ben"]}"#
            ),
            "set to Ann, Ben"
        );
        assert_eq!(
            describe("correction", r#"{"change":null}"#),
            "correction undone"
        );
        assert_eq!(
            describe("tag", r#"{"name":"Energy","present":false}"#),
            "tag Energy removed"
        );
        assert_eq!(describe("note", r#"{"text":null}"#), "note removed");
        assert_eq!(describe("tombstone", "{}"), "deleted");
    }
}
