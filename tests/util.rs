//! Shared helpers: temporary archives, fixture paths and running the `chronicle` binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The folder holding the committed fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A fixture file by its path under `tests/fixtures`.
pub fn fixture(rel: &str) -> PathBuf {
    fixtures().join(rel)
}

/// The real sample article users drop in.
pub fn sample() -> PathBuf {
    fixture("text/daily-wrap-north-korean-troops.txt")
}

/// A temporary folder with an archive path inside it (the archive is created on first use).
pub struct TestDir {
    pub dir: tempfile::TempDir,
}

impl TestDir {
    pub fn new() -> Self {
        TestDir {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn archive(&self) -> PathBuf {
        self.dir.path().join("archive.sqlite")
    }

    /// Writes a file under the folder and returns its path.
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create dirs");
        }
        std::fs::write(&path, contents).expect("write file");
        path
    }

    /// Runs `chronicle --archive <this archive> args...`.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_chronicle"))
            .arg("--archive")
            .arg(self.archive())
            .args(args)
            .env_remove("CHRONICLE_ARCHIVE")
            .output()
            .expect("run chronicle");
        Run(output)
    }

    /// Like `run` but panics unless the command succeeded; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(
            run.code(),
            0,
            "chronicle {args:?} failed:\nstdout: {}\nstderr: {}",
            run.stdout(),
            run.stderr()
        );
        run.stdout()
    }

    /// Runs a command whose stdout is JSON and parses it.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.ok(args);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
    }
}

/// The output of one `chronicle` run.
pub struct Run(pub Output);

impl Run {
    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
}

/// Path as &str for argument lists.
pub fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The archive version (`PRAGMA user_version`) of the file at `path`, e.g. a backup.
pub fn user_version(path: &Path) -> i64 {
    rusqlite::Connection::open(path)
        .expect("open")
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version")
}

/// SQL that takes a current (version-11) archive back to the shape of version 10: no impact
/// lists of the commonest words.
pub const BACK_TO_VERSION_10: &str = "DROP TRIGGER rank_heads_delete;
     DROP TABLE rank_heads;
     DROP TABLE rank_words;
     DROP TABLE rank_choice;";

/// SQL that takes a version-10 archive back to the shape of version 9 (run after
/// `BACK_TO_VERSION_10`): tags, notes and highlights no longer queued for the team archive.
pub const BACK_TO_VERSION_9: &str = "DROP TRIGGER article_tags_outbox_insert;
     DROP TRIGGER article_tags_outbox_delete;
     DROP TRIGGER tags_outbox_rename;
     DROP TRIGGER tags_outbox_delete;
     DROP TRIGGER notes_outbox_insert;
     DROP TRIGGER notes_outbox_update;
     DROP TRIGGER notes_outbox_delete;
     DROP TRIGGER highlights_outbox_insert;
     DROP TRIGGER highlights_outbox_delete;";

/// SQL that takes a version-9 archive back to the shape of version 8 (run after
/// `BACK_TO_VERSION_9`): no tags, notes, highlights or saved searches.
pub const BACK_TO_VERSION_8: &str = "DROP TABLE article_tags;
     DROP TABLE tags;
     DROP TABLE saved_searches;
     DROP TABLE notes;
     DROP TABLE highlights;";

/// SQL that takes a version-8 archive back to the shape of version 7: no sync tables. Run
/// after `BACK_TO_VERSION_8`.
pub const BACK_TO_VERSION_7: &str = "DROP TRIGGER articles_tombstone;
     DROP TRIGGER articles_undelete;
     DROP TRIGGER corrections_outbox_insert;
     DROP TRIGGER corrections_outbox_delete;
     DROP TABLE sync_state;
     DROP TABLE sync_known;
     DROP TABLE tombstones;
     DROP TABLE sync_outbox;";

/// SQL that takes a version-7 archive back to the shape of version 6: no speaker kinds or
/// attributions, no corrections, the speaker index on the name alone. Run after
/// `BACK_TO_VERSION_7`.
pub const BACK_TO_VERSION_6: &str = "DROP TABLE corrections;
     DROP INDEX quotes_by_speaker;
     ALTER TABLE quotes DROP COLUMN speaker_kind;
     ALTER TABLE quotes DROP COLUMN attribution;
     CREATE INDEX quotes_by_speaker ON quotes(speaker);";
