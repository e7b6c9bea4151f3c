//! Noticing writes by other processes (a `chronicle import` in a terminal while the window
//! is open): SQLite's `PRAGMA data_version` changes whenever another connection commits.

use super::Archive;
use super::error::{Result, SqlContext as _};

impl Archive {
    /// A number that changes whenever another connection commits to the file (this
    /// connection's own commits leave it as it is). Cheap: it reads no page, so a window can
    /// ask every second.
    pub fn data_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .context("reading the data version")
    }
}

#[cfg(test)]
mod tests {
    use crate::archive::{Archive, NewArticle};
    use crate::model::Article;

    #[test]
    fn another_connections_commit_changes_the_version_and_ours_does_not() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("archive.sqlite");
        let mut window = Archive::open(&path).expect("open");
        let before = window.data_version().expect("version");
        let article = |title: &str| NewArticle {
            article: Article {
                title: title.into(),
                body: format!("{title} body"),
                format: "text".into(),
                ..Article::default()
            },
            ..NewArticle::default()
        };
        window
            .insert_batch(&[article("Ours")], "2026-01-01T00:00:00Z")
            .expect("insert");
        assert_eq!(window.data_version().expect("version"), before);
        let mut terminal = Archive::open(&path).expect("second connection");
        terminal
            .insert_batch(&[article("Theirs")], "2026-01-01T00:00:00Z")
            .expect("insert");
        assert_ne!(window.data_version().expect("version"), before);
    }
}
