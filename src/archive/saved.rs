//! Saved searches (schema.sql, `saved_searches`): a query and its period under a name. Only
//! the query is kept, never its results, so running one again finds what the archive holds
//! now: a saved search is a live collection.

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _};
use crate::model::SavedSearch;
use crate::query::Filter;
use chrono::NaiveDate;
use rusqlite::params;

/// Longest name of a saved search, in characters.
pub const MAX_SAVED_NAME_CHARS: usize = 100;

/// Keeps the saved searches an imported export brings; a search of the same name already in
/// the archive stays as it is.
pub(super) fn keep_imported(
    tx: &rusqlite::Transaction<'_>,
    searches: &[crate::model::SavedSearchRecord],
    saved_at: &str,
) -> Result<()> {
    for s in searches {
        let name = s.name.trim();
        let valid = !name.is_empty()
            && name != super::sync_subset::SUBSET_NAME
            && name.chars().count() <= MAX_SAVED_NAME_CHARS
            && crate::query::parse(&s.query).is_ok();
        if !valid {
            continue;
        }
        let day = |d: &Option<String>| {
            d.as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| d.format("%Y-%m-%d").to_string())
        };
        tx.prepare_cached(
            "INSERT OR IGNORE INTO saved_searches (name, query, from_day, to_day, saved_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .and_then(|mut st| st.execute(params![name, s.query, day(&s.from), day(&s.to), saved_at]))
        .context("keeping an imported saved search")?;
    }
    Ok(())
}

impl Archive {
    /// Saves `filter` under `name` (trimmed), replacing a search of that name. The query is
    /// checked first: a search that cannot run is not saved.
    pub fn save_search(&mut self, name: &str, filter: &Filter, saved_at: &str) -> Result<()> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_SAVED_NAME_CHARS {
            return Err(ArchiveError::BadName {
                name: name.chars().take(60).collect(),
            });
        }
        crate::query::parse(&filter.query)?;
        let day = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        let tx = self.conn.transaction().context("saving a search")?;
        tx.prepare_cached(
            "INSERT OR REPLACE INTO saved_searches (name, query, from_day, to_day, saved_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .and_then(|mut s| {
            s.execute(params![
                name,
                filter.query,
                day(filter.from),
                day(filter.to),
                saved_at
            ])
        })
        .context("saving a search")?;
        // It travels with the next team sync (sync_saved.rs).
        super::sync_saved::queue(&tx, name, saved_at)?;
        tx.commit().context("saving a search")
    }

    /// Every saved search, by name.
    pub fn saved_searches(&self) -> Result<Vec<SavedSearch>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT name, query, from_day, to_day FROM saved_searches WHERE name <> ?1
                 ORDER BY name COLLATE NOCASE",
            )
            .context("preparing saved searches")?;
        let day =
            |s: Option<String>| s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
        let rows = stmt
            // The team subset is kept here but is no saved search of the user's (sync_subset.rs).
            .query_map([super::sync_subset::SUBSET_NAME], |r| {
                Ok(SavedSearch {
                    name: r.get(0)?,
                    filter: Filter {
                        query: r.get(1)?,
                        from: day(r.get(2)?),
                        to: day(r.get(3)?),
                    },
                })
            })
            .context("reading saved searches")?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .context("reading saved searches")
    }

    /// Deletes a saved search; `false` when there was none of that name.
    pub fn delete_saved_search(&mut self, name: &str) -> Result<bool> {
        let tx = self.conn.transaction().context("deleting a saved search")?;
        let deleted = tx
            .prepare_cached("DELETE FROM saved_searches WHERE name = ?1")
            .and_then(|mut s| s.execute([name.trim()]))
            .context("deleting a saved search")?
            == 1;
        if deleted {
            let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
            super::sync_saved::queue(&tx, name.trim(), &now)?;
        }
        tx.commit().context("deleting a saved search")?;
        Ok(deleted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_are_saved_replaced_listed_and_deleted() {
        let mut archive = Archive::open_in_memory().expect("archive");
        let filter = Filter {
            query: "tag:energy oil".into(),
            from: NaiveDate::from_ymd_opt(2024, 1, 1),
            to: None,
        };
        archive.save_search(" Oil ", &filter, "t").expect("saved");
        archive
            .save_search("all", &Filter::default(), "t")
            .expect("saved");
        let listed = archive.saved_searches().expect("listed");
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[1].name, "Oil");
        assert_eq!(listed[1].filter, filter);
        let broken = Filter {
            query: "\"open".into(),
            ..Filter::default()
        };
        assert!(archive.save_search("broken", &broken, "t").is_err());
        assert!(archive.save_search("  ", &filter, "t").is_err());
        assert!(archive.delete_saved_search("Oil").expect("deleted"));
        assert!(!archive.delete_saved_search("Oil").expect("gone"));
        assert_eq!(archive.saved_searches().expect("listed").len(), 1);
    }
}
