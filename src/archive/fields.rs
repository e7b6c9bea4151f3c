//! The user's edits of an article's fields (model/edits.rs), stored in `corrections` with
//! target 'field' and the field's name as locator. Like quote corrections they are keyed by
//! the content hash and applied whenever the article is written, so the article's row, its
//! author and source rows and its index entry always hold the edited values: search, the
//! list and export read them like any other.

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _};
use crate::model::{Article, EditableField, FieldCorrection, FieldValue};
use rusqlite::{Connection, TransactionBehavior, params};

/// The field edits of the article with content hash `hash`. A row this build cannot read
/// (written by a newer one) is left alone.
pub(super) fn stored(conn: &Connection, hash: &str) -> Result<Vec<FieldCorrection>> {
    let mut out = Vec::new();
    for row in super::corrections::rows(conn, hash, "field")? {
        if let (Some(field), Ok(value), Ok(original)) = (
            EditableField::parse(&row.locator),
            serde_json::from_str(&row.change),
            serde_json::from_str(&row.original),
        ) {
            out.push(FieldCorrection {
                field,
                value,
                original,
                made_at: row.made_at,
            });
        }
    }
    // The panel's order, whatever the locators' alphabetical one.
    out.sort_by_key(|c| EditableField::ALL.iter().position(|f| *f == c.field));
    Ok(out)
}

/// Stores a field edit, replacing one of the same field or (`replace` false) keeping it;
/// `true` when the row was written.
pub(super) fn save(
    conn: &Connection,
    hash: &str,
    c: &FieldCorrection,
    replace: bool,
) -> Result<bool> {
    use super::corrections::{Row, save_row, to_json};
    let row = Row {
        locator: c.field.name().to_string(),
        change: to_json(&c.value)?,
        original: to_json(&c.original)?,
        made_at: c.made_at.clone(),
    };
    save_row(conn, hash, "field", &row, replace)
}

/// Writes an archived article's editable fields from `a`: the row, the author and source
/// rows, the searchable text and the index entry.
pub(super) fn rewrite_fields(conn: &Connection, article_id: i64, a: &Article) -> Result<()> {
    conn.prepare_cached(
        "UPDATE articles SET title = ?2, category = ?3, published = ?4, publisher = ?5, url = ?6,
             language = ?7, authors_text = ?8, sources_text = ?9
         WHERE id = ?1",
    )
    .and_then(|mut s| {
        s.execute(params![
            article_id,
            a.title,
            a.category,
            a.published,
            a.publisher,
            a.url,
            a.language,
            a.authors.join(", "),
            super::write::sources_text(a)
        ])
    })
    .context("updating an article's fields")?;
    for (table, names) in [("authors", &a.authors), ("sources", &a.sources)] {
        conn.prepare_cached(&format!("DELETE FROM {table} WHERE article_id = ?1"))
            .and_then(|mut s| s.execute([article_id]))
            .context("replacing names")?;
        let mut insert = conn
            .prepare_cached(&format!("INSERT INTO {table} VALUES (?1, ?2, ?3)"))
            .context("preparing names")?;
        for (i, name) in names.iter().enumerate() {
            insert
                .execute(params![article_id, i as i64, name])
                .context("inserting a name")?;
        }
    }
    super::reindex::reindex_article(conn, article_id)
}

/// Applies the field edits an imported article brought (`added`) to the archived article
/// `article_id` it duplicates.
pub(super) fn apply_to_duplicate(
    conn: &Connection,
    article_id: i64,
    added: &[&FieldCorrection],
) -> Result<()> {
    if added.is_empty() {
        return Ok(());
    }
    let mut a = editable_fields(conn, article_id)?;
    for c in added {
        a.set_field(c.field, &c.value);
    }
    rewrite_fields(conn, article_id, &a)
}

/// An archived article's editable fields (the rest left empty).
fn editable_fields(conn: &Connection, article_id: i64) -> Result<Article> {
    let mut a = conn
        .prepare_cached(
            "SELECT title, category, published, publisher, url, language FROM articles WHERE id = ?1",
        )
        .and_then(|mut s| {
            s.query_row([article_id], |r| {
                Ok(Article {
                    title: r.get(0)?,
                    category: r.get(1)?,
                    published: r.get(2)?,
                    publisher: r.get(3)?,
                    url: r.get(4)?,
                    language: r.get(5)?,
                    ..Article::default()
                })
            })
        })
        .context("reading an article's fields")?;
    for (table, names) in [("authors", &mut a.authors), ("sources", &mut a.sources)] {
        let mut stmt = conn
            .prepare_cached(&format!(
                "SELECT name FROM {table} WHERE article_id = ?1 ORDER BY position"
            ))
            .context("preparing names")?;
        let rows = stmt
            .query_map([article_id], |r| r.get(0))
            .context("reading names")?;
        *names = rows
            .collect::<rusqlite::Result<Vec<String>>>()
            .context("reading names")?;
    }
    Ok(a)
}

impl Archive {
    /// Sets one field of article `article_id` to `value`, keeping what extraction found so
    /// `revert_field` can restore it. Replaces an earlier edit of the same field.
    pub fn edit_field(
        &mut self,
        article_id: i64,
        field: EditableField,
        value: FieldValue,
        made_at: &str,
    ) -> Result<()> {
        let record = self
            .article(article_id)?
            .ok_or(ArchiveError::NoSuchArticle { id: article_id })?;
        let mut a = record.article;
        let original = match a.edit_of(field) {
            Some(earlier) => earlier.original.clone(),
            None => a.field(field),
        };
        let edit = FieldCorrection {
            field,
            value,
            original,
            made_at: made_at.to_string(),
        };
        a.set_field(field, &edit.value);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting an edit")?;
        save(&tx, &record.file.sha256, &edit, true)?;
        rewrite_fields(&tx, article_id, &a)?;
        tx.commit().context("committing an edit")?;
        self.mark_days_stale();
        Ok(())
    }

    /// Puts one field back to what extraction found; `false` when it was not edited.
    pub fn revert_field(&mut self, article_id: i64, field: EditableField) -> Result<bool> {
        let record = self
            .article(article_id)?
            .ok_or(ArchiveError::NoSuchArticle { id: article_id })?;
        let mut a = record.article;
        let Some(edit) = a.edit_of(field).cloned() else {
            return Ok(false);
        };
        a.set_field(field, &edit.original);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a revert")?;
        tx.prepare_cached(
            "DELETE FROM corrections WHERE content_hash = ?1 AND target = 'field' AND locator = ?2",
        )
        .and_then(|mut s| s.execute(params![record.file.sha256, field.name()]))
        .context("removing a field edit")?;
        rewrite_fields(&tx, article_id, &a)?;
        tx.commit().context("committing a revert")?;
        self.mark_days_stale();
        Ok(true)
    }
}
