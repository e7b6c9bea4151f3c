//! Citing and going back to the source in the window: *Copy citation* under the reader's
//! header and *Cite* on a quote card put APA-like lines on the clipboard; *Open original*,
//! *Show file* and the details panel's URL launch only on a click (recorded here, never run);
//! the window exports CSL-JSON.

use super::{harness, step_until, wait_for_results};
use crate::util::TestDir;
use chronicle::app::{AppCommand, Launch, Launcher};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

const CITED: &str = "North Korean troops reach the front\n\nBy Maria Zubel\nPublished: 2024-10-27T08:00:00Z\n\
URL: https://dailywrap.example/troops\n\nTroops arrived on Sunday, officials said.\n\n\
\"We saw them cross,\" said Ivan Petrov on Monday.\n";

/// Imports one file into the test archive.
fn import_one(dir: &TestDir, path: &std::path::Path) {
    let mut archive = chronicle::archive::Archive::open(&dir.archive()).expect("open archive");
    let summary = chronicle::import::import_paths(
        &mut archive,
        &[path.to_path_buf()],
        &Default::default(),
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .expect("import");
    assert_eq!(summary.imported, 1, "{summary:?}");
}

/// An archive holding one article with an address, and the window opened on it.
fn opened(dir: &TestDir) -> Harness<'static, chronicle::app::ChronicleApp> {
    import_one(dir, &dir.write("in/troops.txt", CITED));
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 1);
    h.get_by_label("North Korean troops reach the front")
        .click();
    step_until(&mut h, "the reader", |h| h.state().open_article().is_some());
    h
}

/// Clicks the button `label`; returns what that frame put on the clipboard.
fn click_and_copy(h: &mut Harness<'_, chronicle::app::ChronicleApp>, label: &str) -> Vec<String> {
    h.get_by_label(label).click();
    h.step();
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn copy_citation_puts_the_citation_on_the_clipboard() {
    let dir = TestDir::new();
    let mut h = opened(&dir);
    assert_eq!(
        click_and_copy(&mut h, "Copy citation"),
        vec![
            "Zubel, M. (2024, October 27). North Korean troops reach the front. \
             https://dailywrap.example/troops"
                .to_string()
        ]
    );
    h.step();
    assert_eq!(h.state().status(), "Copied the citation to the clipboard.");
}

#[test]
fn a_quote_card_copies_the_quote_with_its_citation() {
    let dir = TestDir::new();
    let mut h = opened(&dir);
    let copied = click_and_copy(&mut h, "Cite");
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(copied[0].starts_with("“We saw them cross"), "{copied:?}");
    assert!(
        copied[0].contains("” — Ivan Petrov, in Zubel, M. (2024, October 27). North Korean"),
        "{copied:?}"
    );
}

/// Records launches instead of starting a browser or a file manager.
#[derive(Default)]
struct Recorder(Mutex<Vec<Launch>>);

impl Launcher for Recorder {
    fn launch(&self, launch: &Launch) -> Result<(), String> {
        self.0.lock().expect("lock").push(launch.clone());
        Ok(())
    }
}

fn recorded(h: &mut Harness<'static, chronicle::app::ChronicleApp>) -> Arc<Recorder> {
    let recorder = Arc::new(Recorder::default());
    h.state_mut().set_launcher(recorder.clone());
    recorder
}

#[test]
fn open_original_and_show_file_launch_only_on_click() {
    let dir = TestDir::new();
    let mut h = opened(&dir);
    let recorder = recorded(&mut h);
    h.run_steps(3);
    assert!(
        recorder.0.lock().expect("lock").is_empty(),
        "nothing launched by reading"
    );

    h.get_by_label("Open original").click();
    h.run_steps(2);
    h.get_by_label("Show file").click();
    h.run_steps(2);
    // The address in the details panel opens it too.
    h.get_by_label("https://dailywrap.example/troops").click();
    h.run_steps(2);
    let file = dir.path().join("in/troops.txt");
    assert_eq!(
        *recorder.0.lock().expect("lock"),
        vec![
            Launch::OpenUrl("https://dailywrap.example/troops".into()),
            Launch::ShowFile(file),
            Launch::OpenUrl("https://dailywrap.example/troops".into()),
        ]
    );
    assert_eq!(
        h.state().status(),
        "Opening https://dailywrap.example/troops"
    );
}

#[test]
fn buttons_are_disabled_without_an_address_or_a_file() {
    let dir = TestDir::new();
    let path = dir.write("in/plain.txt", "Ferry news\n\nThe ferry runs again.\n");
    import_one(&dir, &path);
    std::fs::remove_file(&path).expect("remove the file");
    let mut h = harness(&dir.archive());
    let recorder = recorded(&mut h);
    wait_for_results(&mut h, 1);
    h.get_by_label("Ferry news").click();
    step_until(&mut h, "the reader", |h| h.state().open_article().is_some());
    assert!(
        h.get_by_label("Open original")
            .accesskit_node()
            .is_disabled()
    );
    assert!(h.get_by_label("Show file").accesskit_node().is_disabled());
    h.get_by_label("Open original").click();
    h.get_by_label("Show file").click();
    h.run_steps(2);
    assert!(recorder.0.lock().expect("lock").is_empty());
}

#[test]
fn the_window_exports_citations_as_csl_json() {
    let dir = TestDir::new();
    let mut h = opened(&dir);
    let out = dir.path().join("out/zotero.json");
    std::fs::create_dir_all(out.parent().expect("parent")).expect("mkdir");
    h.state_mut()
        .command(AppCommand::ExportCitationsTo(out.clone()));
    step_until(&mut h, "the export", |h| {
        h.state().status().starts_with("Exported")
    });
    let items: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("written")).expect("JSON");
    assert_eq!(items[0]["type"], "article-newspaper");
    assert_eq!(items[0]["URL"], "https://dailywrap.example/troops");
    assert_eq!(items[0]["author"][0]["family"], "Zubel");
}
