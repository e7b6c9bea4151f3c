//! The import's typed reports on small real inputs.

use super::*;

fn archive_in(dir: &Path) -> Archive {
    Archive::open(&dir.join("archive.sqlite")).unwrap()
}

const SAMPLE: &[u8] =
    include_bytes!("../../tests/fixtures/text/daily-wrap-north-korean-troops.txt");

#[test]
fn progress_says_each_files_outcome_and_ends_with_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("in");
    std::fs::create_dir(&files).unwrap();
    std::fs::write(files.join("a.txt"), SAMPLE).unwrap();
    std::fs::write(files.join("b.txt"), SAMPLE).unwrap();
    std::fs::write(files.join("c.txt"), b"").unwrap();
    let mut archive = archive_in(dir.path());
    let mut seen = Vec::new();
    let summary = import_paths(
        &mut archive,
        std::slice::from_ref(&files),
        &ImportOptions::default(),
        &AtomicBool::new(false),
        &mut |p| seen.push(p.clone()),
    )
    .unwrap();
    assert_eq!(seen.first(), Some(&Progress::Started { total_files: 3 }));
    assert_eq!(seen.last(), Some(&Progress::Finished(summary.clone())));
    let mut outcomes: Vec<(String, FileOutcome)> = seen
        .iter()
        .filter_map(|p| match p {
            Progress::FileDone { path, outcome, .. } => Some((
                path.file_name().unwrap().to_string_lossy().into_owned(),
                outcome.clone(),
            )),
            _ => None,
        })
        .collect();
    outcomes.sort_by(|a, b| a.0.cmp(&b.0));
    // The same content twice is one article: whichever file came second is the duplicate.
    let archived: Vec<_> = outcomes[..2].iter().map(|(_, o)| o.clone()).collect();
    assert!(archived.contains(&FileOutcome::Archived {
        new: 1,
        duplicates: 0
    }));
    assert!(archived.contains(&FileOutcome::Archived {
        new: 0,
        duplicates: 1
    }));
    assert_eq!(
        outcomes[2],
        (
            "c.txt".to_string(),
            FileOutcome::Failed(Failure::Extract(extract::ExtractError::Empty))
        )
    );
    assert_eq!((summary.imported, summary.duplicates), (1, 1));
    assert_eq!(summary.failed.len(), 1);
}

#[test]
fn a_file_over_the_limit_fails_with_its_size_and_no_command_line_advice() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, vec![b'a'; 3 * 1024 * 1024]).unwrap();
    let mut archive = archive_in(dir.path());
    let options = ImportOptions {
        max_file_bytes: 1024 * 1024,
        ..ImportOptions::default()
    };
    let summary = import_paths(
        &mut archive,
        &[big],
        &options,
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .unwrap();
    let reason = &summary.failed[0].reason;
    assert_eq!(
        reason,
        &Failure::TooLarge {
            size: 3 * 1024 * 1024,
            limit: 1024 * 1024
        }
    );
    let message = reason.to_string();
    assert!(
        message.contains("3.0 MB") && message.contains("1.0 MB"),
        "{message}"
    );
    assert!(!message.contains("--"), "{message}");
}

#[test]
fn files_in_memory_go_through_the_same_readers_and_writer() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = archive_in(dir.path());
    let files = [MemoryFile {
        path: "(sample) troops.txt".into(),
        name: "troops.txt".into(),
        bytes: SAMPLE,
    }];
    let import = |archive: &mut Archive| {
        let options = ImportOptions::default();
        import_memory(
            archive,
            &files,
            &options,
            &AtomicBool::new(false),
            &mut |_| {},
        )
        .unwrap()
    };
    let first = import(&mut archive);
    assert_eq!((first.imported, first.duplicates), (1, 0));
    let record = archive.article(first.new_ids[0]).unwrap().unwrap();
    assert_eq!(record.file.path, "(sample) troops.txt");
    assert_eq!(record.file.name, "troops.txt");
    assert!(record.article.title.starts_with("North Korean troops"));
    let again = import(&mut archive);
    assert_eq!((again.imported, again.duplicates), (0, 1));
}
