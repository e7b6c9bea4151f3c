//! Writing articles: batched inserts and deletes, each batch one transaction (the child rows:
//! write_children.rs).

use super::Archive;
use super::error::{Result, SqlContext as _};
use super::fts_write::index_new;
use super::write_children::insert_children;
pub(super) use super::write_children::{Parts, insert_quote};
use crate::model::Article;
use crate::model::{ArticleRecord, FileInfo};
use rusqlite::{OptionalExtension as _, Transaction, TransactionBehavior, params};

/// An article ready to be archived, with where it came from.
#[derive(Debug, Clone, Default)]
pub struct NewArticle {
    pub article: Article,
    /// Its file's path and name; `sha256` is `article.content_hash()` once computed (the
    /// import does it on its worker threads, off the single writer), empty before.
    pub file: FileInfo,
    /// Keep this id when it is free (a Chronicle export imported back); otherwise a new one.
    pub preferred_id: Option<i64>,
    /// The body as stored (compressed), when already computed, like `content_hash`.
    pub body_zlib: Option<Vec<u8>>,
    /// Saved searches an imported export brings (kept unless the archive has one of that name).
    pub saved_searches: Vec<crate::model::SavedSearchRecord>,
}

impl NewArticle {
    /// Computes what the writer needs besides the article (hash, compressed body), so that
    /// work can run on the caller's thread instead of the single writer's.
    pub fn prepare(&mut self) {
        if self.file.sha256.is_empty() {
            self.file.sha256 = self.article.content_hash();
        }
        if self.body_zlib.is_none() {
            self.body_zlib = Some(super::compress::deflate(&self.article.body));
        }
    }
}

/// What happened to one article of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    New(i64),
    /// The same content was already archived under this id.
    Duplicate(i64),
}

impl Archive {
    /// Inserts a batch in one transaction; either every article is stored or none is.
    /// `imported_at` is the ISO time recorded on each new article.
    pub fn insert_batch(
        &mut self,
        batch: &[NewArticle],
        imported_at: &str,
    ) -> Result<Vec<Inserted>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting an import batch")?;
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut pending = Vec::new();
        let corrected = super::corrections::any(&tx)?;
        for item in batch {
            let (outcome, fields) = insert_one(&tx, item, imported_at, corrected)?;
            outcomes.push(outcome);
            pending.extend(fields.map(|f| (&item.article, f)));
        }
        index_new(&tx, &pending)?;
        tx.commit().context("committing an import batch")?;
        self.mark_days_stale();
        Ok(outcomes)
    }

    /// Deletes articles and returns them as they were, so the caller can offer an undo
    /// (`restore`).
    pub fn delete(&mut self, article_ids: &[i64]) -> Result<Vec<ArticleRecord>> {
        let mut removed = Vec::new();
        for &id in article_ids {
            if let Some(record) = self.article(id)? {
                removed.push(record);
            }
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a delete")?;
        {
            let mut stmt = tx
                .prepare_cached("DELETE FROM articles WHERE id = ?1")
                .context("preparing a delete")?;
            for record in &removed {
                stmt.execute([record.id]).context("deleting an article")?;
            }
        }
        tx.commit().context("committing a delete")?;
        self.mark_days_stale();
        Ok(removed)
    }

    /// Puts deleted articles back under their old ids (the undo of `delete`).
    pub fn restore(&mut self, records: &[ArticleRecord]) -> Result<usize> {
        let batch: Vec<NewArticle> = records
            .iter()
            .map(|r| NewArticle {
                article: r.article.clone(),
                file: FileInfo {
                    imported_at: String::new(),
                    ..r.file.clone()
                },
                preferred_id: Some(r.id),
                ..NewArticle::default()
            })
            .collect();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a restore")?;
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut pending = Vec::new();
        let corrected = super::corrections::any(&tx)?;
        for (item, record) in batch.iter().zip(records) {
            let (outcome, fields) = insert_one(&tx, item, &record.file.imported_at, corrected)?;
            outcomes.push(outcome);
            pending.extend(fields.map(|f| (&item.article, f)));
        }
        index_new(&tx, &pending)?;
        tx.commit().context("committing a restore")?;
        self.mark_days_stale();
        let restored = outcomes
            .iter()
            .filter(|o| matches!(o, Inserted::New(_)))
            .count();
        Ok(restored)
    }
}

/// The searchable text of a new article that is not a field of `Article` itself.
pub(super) struct IndexFields {
    pub(super) id: i64,
    /// The category with the tags' words (tags.rs).
    pub(super) category: String,
    pub(super) authors: String,
    pub(super) sources: String,
    pub(super) quotes: String,
    pub(super) speakers: String,
}

/// Stores one article and its children, with the user's corrections of its content applied
/// (`corrected`: the archive holds some). A new article's index fields are returned for
/// `index_new`, which must run after every row of the batch is written.
pub(super) fn insert_one(
    tx: &Transaction<'_>,
    item: &NewArticle,
    imported_at: &str,
    corrected: bool,
) -> Result<(Inserted, Option<IndexFields>)> {
    let hash = match item.file.sha256.as_str() {
        "" => item.article.content_hash(),
        computed => computed.to_string(),
    };
    super::saved::keep_imported(tx, &item.saved_searches, imported_at)?;
    let prepared = super::corrections::prepare(tx, &item.article, &hash, corrected)?;
    let a = prepared.article.as_ref();
    let id_taken = match item.preferred_id {
        Some(id) => tx
            .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")
            .and_then(|mut s| s.exists([id]))
            .context("checking an article id")?,
        None => true,
    };
    let wanted_id = if id_taken { None } else { item.preferred_id };
    let speakers_text = speakers_text(a.quotes.iter().filter_map(|q| q.speaker.as_deref()));
    let quotes_text = a
        .quotes
        .iter()
        .map(|q| q.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let body_zlib = match &item.body_zlib {
        Some(stored) => std::borrow::Cow::Borrowed(stored),
        None => std::borrow::Cow::Owned(super::compress::deflate(&a.body)),
    };
    let sources_text = sources_text(a);
    let id: Option<i64> = tx
        .prepare_cached(
            "INSERT INTO articles (id, content_hash, title, category, lead, body_zlib, rights, language, published,
                published_text, modified, publisher, file_path, file_name, format, imported_at,
                authors_text, sources_text, speakers_text, url)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
             ON CONFLICT (content_hash) DO NOTHING
             RETURNING id",
        )
        .and_then(|mut s| {
            s.query_row(
                params![
                    wanted_id, hash, a.title, a.category, a.lead, body_zlib.as_slice(), a.rights, a.language, a.published,
                    a.published_text, a.modified, a.publisher, item.file.path, item.file.name, a.format.as_str(), imported_at,
                    a.authors.join(", "), sources_text, speakers_text, a.url
                ],
                |r| r.get::<_, i64>(0),
            )
            .optional()
        })
        .context("inserting an article")?;
    // The unique hash finds a duplicate during the insert: looking it up first searched the
    // same index twice for every new article (7 % of the writer's CPU, perf).
    let Some(id) = id else {
        let id = duplicate_id(tx, &hash)?;
        super::corrections::apply_to_duplicate(tx, id, &prepared.added)?;
        super::fields::apply_to_duplicate(tx, id, &prepared.added_fields)?;
        // Tags an imported export brings are added to the archived article's, and its note
        // is kept when the archived article has none.
        let tagged = super::tags::attach(tx, id, &a.tags)?;
        let noted = super::notes::keep(tx, id, a.note.as_deref(), imported_at, false)?;
        let highlighted = super::highlights::attach(tx, id, &a.highlights, lengths(a))?;
        if tagged || noted || highlighted {
            super::reindex::reindex_article(tx, id)?;
        }
        return Ok((Inserted::Duplicate(id), None));
    };
    insert_children(tx, id, a)?;
    super::tags::attach(tx, id, &a.tags)?;
    super::notes::keep(tx, id, a.note.as_deref(), imported_at, false)?;
    super::highlights::attach(tx, id, &a.highlights, lengths(a))?;
    let fields = IndexFields {
        id,
        category: super::tags::category_text(
            a.category.as_deref().unwrap_or(""),
            &a.tags,
            Some(user_words(a).as_str()),
        ),
        authors: a.authors.join(", "),
        sources: sources_text,
        quotes: quotes_text,
        speakers: speakers_text,
    };
    Ok((Inserted::New(id), Some(fields)))
}

/// The lead's and body's lengths in characters (what a highlight may cover).
fn lengths(a: &Article) -> (usize, usize) {
    (a.lead.chars().count(), a.body.chars().count())
}

/// The user's words `note:` searches: the note and the highlights' comments.
fn user_words(a: &Article) -> String {
    let mut words = a.note.clone().unwrap_or_default();
    for comment in a.highlights.iter().filter_map(|h| h.comment.as_deref()) {
        words.push('\n');
        words.push_str(comment);
    }
    words
}

/// The searchable sources of an article: its sources, then the publisher after ` | `.
pub(super) fn sources_text(a: &Article) -> String {
    let mut text = a.sources.join(", ");
    if let Some(publisher) = &a.publisher {
        // `source:` also finds the publisher: users rarely know which of the two a site is.
        text.push_str(" | ");
        text.push_str(publisher);
    }
    text
}

/// The searchable speakers of an article: each distinct name, with its variant key when it
/// differs, so `speaker:zelensky` finds `Zelenskyy`.
pub(super) fn speakers_text<'a>(names: impl Iterator<Item = &'a str>) -> String {
    distinct(names)
        .iter()
        .map(|s| {
            let key = super::people::name_key(s);
            if key == s.to_lowercase() {
                s.to_string()
            } else {
                format!("{s} {key}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The id of the article a refused insert duplicated (in the same transaction, so it exists).
fn duplicate_id(tx: &Transaction<'_>, hash: &str) -> Result<i64> {
    tx.prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")
        .and_then(|mut s| s.query_row([hash], |r| r.get(0)))
        .context("looking for a duplicate")
}

fn distinct<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = std::collections::HashSet::new();
    names.filter(|name| seen.insert(*name)).collect()
}
