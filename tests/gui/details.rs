//! The details panel: dates in one readable format, a page with many pictures folds all
//! but the first captions under *N more images*, and a long file name stays in the panel.

use super::{harness, step_until, wait_for_results};
use crate::util::TestDir;
use egui_kittest::kittest::Queryable as _;
use std::sync::atomic::AtomicBool;

/// Imports one file into the test folder's archive.
fn import_one(dir: &TestDir, path: std::path::PathBuf) {
    let mut archive = chronicle::archive::Archive::open(&dir.archive()).expect("open archive");
    chronicle::import::import_paths(
        &mut archive,
        &[path],
        &Default::default(),
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .expect("import");
}

#[test]
fn dates_read_alike_and_many_captions_fold() {
    let dir = TestDir::new();
    let mut text = String::from(
        "Harbour festival draws record crowds\n\nBy Jo Lee\nPublished: 2024-05-10T09:01\n\n\
         The festival opened on Friday with more visitors than ever before, organisers said.\n\n",
    );
    for n in 1..=7 {
        text.push_str(&format!(
            "Boats in the harbour, picture {n}\nPhoto: Ann Example\n\n"
        ));
    }
    text.push_str("The festival closes on Sunday evening with fireworks over the water.\n");
    let path = dir.write("in/festival.txt", &text);
    import_one(&dir, path);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 1);
    h.get_by_label("Harbour festival draws record crowds")
        .click();
    step_until(&mut h, "the reader", |h| h.state().open_article().is_some());
    h.run_steps(4);
    h.get_by_label("10 May 2024, 09:01");
    h.get_by_label("Boats in the harbour, picture 4");
    assert!(
        h.query_by_label("Boats in the harbour, picture 5")
            .is_none(),
        "the fifth caption is folded"
    );
    h.get_by_label("3 more images").click();
    h.run_steps(4);
    h.get_by_label("Boats in the harbour, picture 7");
}

/// A saved page's long file name, with no space to wrap at, stays inside the details panel: the
/// panel's labels keep their place beside the reader instead of being pushed out of the window.
#[test]
fn a_long_file_name_keeps_the_details_panel_in_the_window() {
    let dir = TestDir::new();
    let name = format!(
        "in/{}.txt",
        "national-broadcaster-whole-page-listen-line".repeat(4)
    );
    let path = dir.write(
        &name,
        "Harbour festival draws record crowds\n\nBy Jo Lee\nPublished: 2024-05-10T09:01\n\n\
         The festival opened on Friday with more visitors than ever before, organisers said.\n",
    );
    import_one(&dir, path);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 1);
    h.get_by_label("Harbour festival draws record crowds")
        .click();
    step_until(&mut h, "the reader", |h| h.state().open_article().is_some());
    h.run_steps(4);
    let details = h.get_by_label("Details").rect();
    let published = h.get_by_label("Imported").rect();
    assert!(
        details.right() <= 1280.0 && (published.left() - details.left()).abs() < 1.0,
        "the panel's heading {details:?} and its labels {published:?} line up in the window"
    );
    assert!(
        details.left() > 900.0,
        "the details sit right of a reader of its usual width: {details:?}"
    );
}
