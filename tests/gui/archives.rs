//! Several archives in one window (issue 19): each keeps its own search; an archive that
//! cannot be opened says which, why and what to do.

use super::{harness, seeded, step_until, wait_for_results};
use crate::util::TestDir;
use chronicle::app::AppCommand;
use egui_kittest::kittest::Queryable as _;

#[test]
fn a_second_archive_opens_without_the_first_ones_search_which_comes_back_with_it() {
    let first = TestDir::new();
    seeded(&first);
    let second = TestDir::new();
    let mut h = harness(&first.archive());
    wait_for_results(&mut h, 3);
    h.state_mut().command(AppCommand::SetQuery("ferry".into()));
    wait_for_results(&mut h, 1);
    // A new, empty archive (File → New archive… ends here once the dialog answers).
    h.state_mut()
        .command(AppCommand::OpenArchive(second.archive()));
    step_until(&mut h, "the second archive, empty", |h| {
        h.state().archive_path() == second.archive() && h.state().archive_count() == Some(0)
    });
    assert_eq!(h.state().settings().query, "");
    h.get_by_label("Drop article files or folders here");
    // The first is among the recent archives.
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Recent archives").hover();
    h.run_steps(3);
    h.get_by_label(&first.archive().display().to_string())
        .click();
    step_until(&mut h, "the first archive with its search", |h| {
        h.state().archive_path() == first.archive() && h.state().result_count() == Some(1)
    });
    assert_eq!(h.state().settings().query, "ferry");
    h.get_by_label("Harbour ferry timetable changes");
}

#[test]
fn a_newer_or_foreign_archive_is_explained_in_the_window() {
    let dir = TestDir::new();
    let foreign = dir.write(
        "notes.sqlite",
        "these are my notes, not an archive\n".repeat(200),
    );
    let mut h = harness(&foreign);
    step_until(&mut h, "the refusal", |h| h.state().cannot_open().is_some());
    h.get_by_label("Cannot open notes.sqlite");
    assert!(
        h.state()
            .cannot_open()
            .is_some_and(|m| m.contains("not a Chronicle archive"))
    );
    h.get_by_label("Open another archive…");

    let newer = dir.path().join("newer.sqlite");
    drop(chronicle::archive::Archive::open(&newer).expect("create"));
    {
        let conn = rusqlite::Connection::open(&newer).expect("sqlite");
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;")
            .expect("bump");
    }
    h.state_mut()
        .command(AppCommand::OpenArchive(newer.clone()));
    step_until(&mut h, "the newer archive refused", |h| {
        h.state().archive_path() == newer && h.state().cannot_open().is_some()
    });
    let message = h.state().cannot_open().unwrap_or_default().to_string();
    assert!(
        message.contains("version 99") && message.contains("update Chronicle"),
        "{message}"
    );
    h.get_by_label("Cannot open newer.sqlite");
}
