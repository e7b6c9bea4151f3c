//! The speed limit an import is compared with (`chronicle bench`): titles and bodies in a
//! bare FTS5 table with the archive's tokenizer and prefix indexes, so the comparison
//! measures what Chronicle adds (reading, extraction, the article rows), not a cheaper index.

use super::Result;
use super::error::SqlContext as _;
use rusqlite::Connection;
use std::path::Path;

/// A bare FTS5 table in a file of its own, created empty.
pub struct BareFts {
    conn: Connection,
}

impl BareFts {
    pub fn create(path: &Path) -> Result<Self> {
        let conn = Connection::open(path).context("opening the bare FTS5 file")?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
             CREATE VIRTUAL TABLE bare USING fts5(title, body,
                 tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');",
        )
        .context("creating the bare FTS5 table")?;
        Ok(Self { conn })
    }

    /// Inserts every (title, body) in one transaction; returns how many.
    pub fn insert_all(&mut self, docs: impl Iterator<Item = (String, String)>) -> Result<usize> {
        let tx = self
            .conn
            .transaction()
            .context("inserting into the bare table")?;
        let mut count = 0;
        {
            let mut stmt = tx
                .prepare("INSERT INTO bare (title, body) VALUES (?1, ?2)")
                .context("inserting into the bare table")?;
            for (title, body) in docs {
                stmt.execute((&title, &body))
                    .context("inserting into the bare table")?;
                count += 1;
            }
        }
        tx.commit().context("inserting into the bare table")?;
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_every_document_into_a_searchable_table() {
        let dir = tempfile::tempdir().unwrap();
        let mut bare = BareFts::create(&dir.path().join("bare.sqlite")).unwrap();
        let docs = (0..3).map(|i| (format!("Title {i}"), format!("body words {i}")));
        assert_eq!(bare.insert_all(docs).unwrap(), 3);
        let found: i64 = bare
            .conn
            .query_row(
                "SELECT count(*) FROM bare WHERE bare MATCH 'words'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(found, 3);
    }
}
