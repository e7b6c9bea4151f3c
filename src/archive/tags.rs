//! The user's tags (schema.sql, `tags` and `article_tags`). Each tag of an article is also
//! indexed as one word of its own in the category column (query/tags.rs), so `tag:name`
//! searches like any field; every change here re-indexes the articles it touches.

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _};
use crate::model::TagCount;
use crate::query::tags::{tag_key, tag_name, tag_token};
use rusqlite::{Connection, OptionalExtension as _, TransactionBehavior, params};

/// The tags of article `article_id`, by name.
pub(super) fn of_article(conn: &Connection, article_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT t.name FROM article_tags a JOIN tags t ON t.id = a.tag_id
             WHERE a.article_id = ?1 ORDER BY t.key",
        )
        .context("preparing tags")?;
    let rows = stmt
        .query_map([article_id], |r| r.get(0))
        .context("reading tags")?;
    rows.collect::<rusqlite::Result<Vec<String>>>()
        .context("reading tags")
}

/// Fills in the tags of a page of results (one look when no article has a tag).
pub(super) fn fill_hits(conn: &Connection, hits: &mut [super::Hit]) -> Result<()> {
    let any: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM article_tags)")
        .and_then(|mut s| s.query_row([], |r| r.get(0)))
        .context("looking for tags")?;
    if any {
        for hit in hits {
            hit.tags = of_article(conn, hit.id)?;
        }
    }
    Ok(())
}

/// The words the index holds for these tags, after the category.
pub(super) fn index_words<S: AsRef<str>>(names: &[S]) -> String {
    names
        .iter()
        .map(|n| tag_token(n.as_ref()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The category column's indexed text: the category, then the tags' words and those of the
/// user's note and highlight comments (query/tags.rs).
pub(super) fn category_text<S: AsRef<str>>(
    category: &str,
    tags: &[S],
    note: Option<&str>,
) -> String {
    let mut text = category.to_string();
    if !tags.is_empty() {
        text.push(' ');
        text.push_str(&index_words(tags));
    }
    let words = crate::query::tags::note_tokens(note.unwrap_or(""));
    if !words.is_empty() {
        text.push(' ');
        text.push_str(&words.join(" "));
    }
    text
}

/// The id of the tag named `name` (any case or accents), created when `create`.
fn tag_id(conn: &Connection, name: &str, create: bool) -> Result<Option<i64>> {
    let key = tag_key(name);
    let found = conn
        .prepare_cached("SELECT id FROM tags WHERE key = ?1")
        .and_then(|mut s| s.query_row([&key], |r| r.get(0)).optional())
        .context("looking a tag up")?;
    if found.is_some() || !create {
        return Ok(found);
    }
    conn.prepare_cached("INSERT INTO tags (name, key) VALUES (?1, ?2) RETURNING id")
        .and_then(|mut s| s.query_row(params![name, key], |r| r.get(0)))
        .map(Some)
        .context("creating a tag")
}

/// Gives article `article_id` the tags `names` it lacks; `true` when it gained one. The
/// caller re-indexes the article (or indexes it, when new).
pub(super) fn attach<S: AsRef<str>>(
    conn: &Connection,
    article_id: i64,
    names: &[S],
) -> Result<bool> {
    let mut gained = false;
    for name in names.iter().filter_map(|n| tag_name(n.as_ref())) {
        let Some(id) = tag_id(conn, &name, true)? else {
            continue;
        };
        gained |= conn
            .prepare_cached(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?1, ?2)",
            )
            .and_then(|mut s| s.execute(params![article_id, id]))
            .context("tagging an article")?
            == 1;
    }
    Ok(gained)
}

/// Takes the tags `names` off article `article_id`; `true` when it lost one.
pub(super) fn detach<S: AsRef<str>>(
    conn: &Connection,
    article_id: i64,
    names: &[S],
) -> Result<bool> {
    let mut lost = false;
    for name in names {
        let Some(id) = tag_id(conn, name.as_ref(), false)? else {
            continue;
        };
        lost |= conn
            .prepare_cached("DELETE FROM article_tags WHERE article_id = ?1 AND tag_id = ?2")
            .and_then(|mut s| s.execute(params![article_id, id]))
            .context("untagging an article")?
            == 1;
    }
    Ok(lost)
}

/// The articles carrying tag `tag_id`.
fn articles_with(conn: &Connection, tag_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT article_id FROM article_tags WHERE tag_id = ?1")
        .context("preparing tagged articles")?;
    let rows = stmt
        .query_map([tag_id], |r| r.get(0))
        .context("reading tagged articles")?;
    rows.collect::<rusqlite::Result<Vec<i64>>>()
        .context("reading tagged articles")
}

/// Drops tags no article carries any more (the list only shows tags in use).
pub(super) fn drop_unused(conn: &Connection) -> Result<()> {
    conn.execute(
        "DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM article_tags a WHERE a.tag_id = tags.id)",
        [],
    )
    .map(|_| ())
    .context("dropping unused tags")
}

fn bad_name(name: &str) -> ArchiveError {
    ArchiveError::BadTag {
        name: name.chars().take(60).collect(),
    }
}

impl Archive {
    /// Adds the tags `add` to and takes `remove` off each article of `article_ids` (ids no
    /// longer archived are skipped); returns how many articles changed.
    pub fn tag_articles(
        &mut self,
        article_ids: &[i64],
        add: &[String],
        remove: &[String],
    ) -> Result<usize> {
        if let Some(bad) = add.iter().find(|n| tag_name(n).is_none()) {
            return Err(bad_name(bad));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to tag")?;
        let mut changed = 0;
        for &id in article_ids {
            let exists = tx
                .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")
                .and_then(|mut s| s.exists([id]))
                .context("checking an article id")?;
            if !exists {
                continue;
            }
            let lost = detach(&tx, id, remove)?;
            let gained = attach(&tx, id, add)?;
            if lost || gained {
                super::reindex::reindex_article(&tx, id)?;
                changed += 1;
            }
        }
        drop_unused(&tx)?;
        tx.commit().context("committing tags")?;
        Ok(changed)
    }

    /// Every tag in use with how many articles carry it, by name.
    pub fn tags(&self) -> Result<Vec<TagCount>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT t.name, count(*) FROM tags t JOIN article_tags a ON a.tag_id = t.id
                 GROUP BY t.id ORDER BY t.key",
            )
            .context("preparing the tag list")?;
        let rows = stmt
            .query_map([], |r| {
                Ok(TagCount {
                    name: r.get(0)?,
                    articles: usize::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
                })
            })
            .context("listing tags")?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .context("listing tags")
    }

    /// Renames tag `from` to `to`; when `to` is another tag already, the two are merged.
    /// Returns how many articles carry the renamed tag.
    pub fn rename_tag(&mut self, from: &str, to: &str) -> Result<usize> {
        let to = tag_name(to).ok_or_else(|| bad_name(to))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a rename")?;
        let old = tag_id(&tx, from, false)?.ok_or_else(|| ArchiveError::NoSuchTag {
            name: from.chars().take(60).collect(),
        })?;
        let articles = articles_with(&tx, old)?;
        match tag_id(&tx, &to, false)? {
            Some(target) if target != old => {
                tx.execute(
                    "INSERT OR IGNORE INTO article_tags (article_id, tag_id)
                     SELECT article_id, ?2 FROM article_tags WHERE tag_id = ?1",
                    params![old, target],
                )
                .context("merging tags")?;
                tx.execute("DELETE FROM tags WHERE id = ?1", [old])
                    .context("merging tags")?;
            }
            _ => {
                tx.execute(
                    "UPDATE tags SET name = ?2, key = ?3 WHERE id = ?1",
                    params![old, to, tag_key(&to)],
                )
                .context("renaming a tag")?;
            }
        }
        for &id in &articles {
            super::reindex::reindex_article(&tx, id)?;
        }
        tx.commit().context("committing a rename")?;
        Ok(articles.len())
    }

    /// Deletes tag `name` from every article; returns how many carried it.
    pub fn delete_tag(&mut self, name: &str) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to delete a tag")?;
        let Some(id) = tag_id(&tx, name, false)? else {
            return Ok(0);
        };
        let articles = articles_with(&tx, id)?;
        tx.execute("DELETE FROM tags WHERE id = ?1", [id])
            .context("deleting a tag")?;
        for &article in &articles {
            super::reindex::reindex_article(&tx, article)?;
        }
        tx.commit().context("committing a tag deletion")?;
        Ok(articles.len())
    }
}
