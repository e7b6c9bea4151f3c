//! The benchmark's folder: `bench --dir DIR` replaces what an earlier run left there, and
//! only that. A marker file records that the folder is the benchmark's; without it, any of
//! the names the benchmark writes already present is someone else's, and the run stops.

use anyhow::{Context as _, Result};
use std::path::Path;

/// Everything a run writes (and deletes on the next run) in its folder.
const OWNED: &[&str] = &[
    "corpus",
    "window-import",
    "bench.sqlite",
    "bench.sqlite-wal",
    "bench.sqlite-shm",
    "bare.sqlite",
    "bare.sqlite-wal",
    "bare.sqlite-shm",
    "bare.sqlite-journal",
    "export.json",
];

const MARKER: &str = ".chronicle-bench";

/// Makes `dir` the benchmark's, refusing when it holds any of the benchmark's names that no
/// benchmark wrote.
pub fn claim(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let marker = dir.join(MARKER);
    if marker.exists() {
        return Ok(());
    }
    let theirs: Vec<&str> = OWNED
        .iter()
        .copied()
        .filter(|name| dir.join(name).symlink_metadata().is_ok())
        .collect();
    anyhow::ensure!(
        theirs.is_empty(),
        "{} already holds {} that no benchmark wrote; the benchmark would replace it, so it \
         stops here. Choose a new or empty folder for --dir (or create {} to allow it)",
        dir.display(),
        theirs.join(", "),
        marker.display()
    );
    std::fs::write(
        &marker,
        format!(
            "This folder belongs to `chronicle bench`: each run replaces {}.\n",
            OWNED.join(", ")
        ),
    )
    .with_context(|| format!("cannot write {}", marker.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_with_foreign_data_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().expect("temp dir");
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).expect("mkdir");
        std::fs::write(corpus.join("mine.txt"), "precious").expect("write");
        let err = claim(dir.path()).expect_err("refused");
        assert!(format!("{err}").contains("corpus"), "{err}");
        assert!(corpus.join("mine.txt").exists());
        assert!(!dir.path().join(MARKER).exists());
    }

    #[test]
    fn a_new_or_empty_folder_is_claimed_once_and_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let sub = dir.path().join("bench");
        claim(&sub).expect("new folder");
        std::fs::create_dir(sub.join("corpus")).expect("mkdir");
        claim(&sub).expect("a second run reuses its own folder");
    }
}
