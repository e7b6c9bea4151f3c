//! Which part of the team archive this desktop pulls (its subset: a query and/or a period),
//! and the local lookups the window's Team scope needs.
//!
//! The subset is a query and a period, the shape of a saved search, so it is kept in
//! `saved_searches` under a name no one can type (`SUBSET_NAME`) and left out of the saved
//! searches listed or exported: no new table, no migration.

use super::Archive;
use super::error::{Result, SqlContext as _};
use crate::query::Filter;
use rusqlite::{OptionalExtension as _, TransactionBehavior, params};
use std::collections::HashMap;

/// The reserved saved-search name of the subset (a control character starts it: typed names
/// never hold one).
pub(super) const SUBSET_NAME: &str = "\u{1}team subset";

impl Archive {
    /// The subset of the team archive this desktop pulls; `None` pulls everything.
    pub fn team_subset(&self) -> Result<Option<Filter>> {
        let row: Option<(String, Option<String>, Option<String>)> = self
            .conn
            .query_row(
                "SELECT query, from_day, to_day FROM saved_searches WHERE name = ?1",
                [SUBSET_NAME],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .context("reading the team subset")?;
        let day = |d: Option<String>| {
            d.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
        };
        Ok(row.map(|(query, from, to)| Filter {
            query,
            from: day(from),
            to: day(to),
        }))
    }

    /// Sets the subset (`None` or an empty filter: everything). When it changes, the pulls
    /// start again from the team's first change, so the articles the old subset left out
    /// (and their tags, notes and corrections) arrive; those already here are not fetched
    /// again. Returns whether it changed. The query is checked first.
    pub fn set_team_subset(&mut self, subset: Option<&Filter>) -> Result<bool> {
        let subset = subset.filter(|f| **f != Filter::default());
        if let Some(filter) = subset {
            crate::query::parse(&filter.query)?;
        }
        if self.team_subset()?.as_ref() == subset {
            return Ok(false);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to change the team subset")?;
        tx.execute("DELETE FROM saved_searches WHERE name = ?1", [SUBSET_NAME])
            .context("changing the team subset")?;
        if let Some(filter) = subset {
            let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
            tx.execute(
                "INSERT INTO saved_searches (name, query, from_day, to_day, saved_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    SUBSET_NAME,
                    filter.query,
                    day(filter.from),
                    day(filter.to),
                    chrono::Utc::now().to_rfc3339()
                ],
            )
            .context("changing the team subset")?;
        }
        tx.execute(
            "UPDATE sync_state SET articles_seq = 0, records_seq = 0",
            [],
        )
        .context("changing the team subset")?;
        tx.commit().context("changing the team subset")?;
        Ok(true)
    }

    /// Of `hashes`, those this archive holds, with their ids.
    pub fn ids_by_hash(&self, hashes: &[String]) -> Result<HashMap<String, i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")
            .context("preparing a look-up by content")?;
        let mut found = HashMap::new();
        for hash in hashes {
            let id: Option<i64> = stmt
                .query_row([hash], |r| r.get(0))
                .optional()
                .context("looking up an article by content")?;
            if let Some(id) = id {
                found.insert(hash.clone(), id);
            }
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn the_subset_is_kept_changed_cleared_and_never_listed_as_a_saved_search() {
        let mut archive = Archive::open_in_memory().expect("archive");
        assert_eq!(archive.team_subset().expect("read"), None);
        let subset = Filter {
            query: "tag:energy OR wind".into(),
            from: NaiveDate::from_ymd_opt(2020, 1, 1),
            to: None,
        };
        assert!(archive.set_team_subset(Some(&subset)).expect("set"));
        assert!(!archive.set_team_subset(Some(&subset)).expect("same"));
        assert_eq!(archive.team_subset().expect("read"), Some(subset));
        assert!(archive.saved_searches().expect("listed").is_empty());
        let bad = Filter {
            query: "(wind".into(),
            ..Filter::default()
        };
        assert!(archive.set_team_subset(Some(&bad)).is_err());
        assert!(
            archive
                .set_team_subset(Some(&Filter::default()))
                .expect("clear")
        );
        assert_eq!(archive.team_subset().expect("read"), None);
    }
}
