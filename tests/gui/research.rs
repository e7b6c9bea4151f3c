//! The user's own work in the window (issue 18): a field edited in the details panel and
//! reverted, a selection tagged and the list filtered by the tag, a search saved and run again.

use super::{seeded, step_until, wait_for_results};
use crate::util::TestDir;
use chronicle::app::{AppCommand, ChronicleApp};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The window, tall enough that the details panel shows its last sections (the user's work
/// comes after the quotes) without scrolling.
fn harness(archive: &std::path::Path) -> Harness<'static, ChronicleApp> {
    let app = ChronicleApp::new(archive, chronicle::app::Settings::default());
    Harness::builder()
        .with_size(egui::vec2(1280.0, 1600.0))
        .build_ui_state(|ui, app: &mut ChronicleApp| app.ui(ui), app)
}

fn open(h: &mut Harness<'_, ChronicleApp>, title: &str) {
    h.get_by_label(title).click();
    let wanted = title.to_string();
    step_until(h, "the reader", |h| {
        h.state()
            .open_article()
            .is_some_and(|r| r.article.title == wanted)
    });
}

fn open_title(h: &Harness<'_, ChronicleApp>) -> String {
    h.state()
        .open_article()
        .map(|r| r.article.title.clone())
        .unwrap_or_default()
}

/// Opens a field's editor and types `text` over its value.
fn type_into_field(h: &mut Harness<'_, ChronicleApp>, field: &str, text: &str) {
    h.get_by_label(&format!("Edit {field}")).click();
    h.step();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(&format!("New {field}")).type_text(text);
    h.step();
}

#[test]
fn a_field_edited_in_the_details_panel_is_marked_searched_and_reverted() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    open(&mut h, "Library budget approved");
    h.get_by_label("Correct the details").click();
    for _ in 0..10 {
        h.step();
    }
    assert!(h.query_by_label("edited").is_none());

    type_into_field(&mut h, "title", "Reading room saved");
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the edited title", |h| {
        open_title(h) == "Reading room saved"
    });
    assert!(h.query_by_label("edited").is_some(), "marked as edited");
    // The edit is searched like the original.
    h.state_mut()
        .command(AppCommand::SetQuery("title:reading".into()));
    wait_for_results(&mut h, 1);

    // A value that is no date is refused and explained; Esc closes the editor unchanged.
    type_into_field(&mut h, "published", "last Tuesday");
    h.key_press(egui::Key::Enter);
    h.step();
    assert!(
        h.query_by_label_contains("is not a date").is_some(),
        "the refusal is explained"
    );
    // A period chosen on the timeline stays: Esc belongs to the editor.
    let period = chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
        .zip(chrono::NaiveDate::from_ymd_opt(2099, 1, 1));
    h.state_mut().command(AppCommand::SetRange(period));
    h.step();
    h.key_press(egui::Key::Escape);
    h.step();
    assert!(h.query_by_label("New published").is_none(), "Esc cancels");
    assert_eq!(h.state().period(), period, "the period is kept");
    h.state_mut().command(AppCommand::SetRange(None));

    h.get_by_label("Revert title").click();
    step_until(&mut h, "the extracted title", |h| {
        open_title(h) == "Library budget approved"
    });
    assert!(h.query_by_label("edited").is_none());
    wait_for_results(&mut h, 0);
}

#[test]
fn a_selection_is_tagged_at_once_and_the_tag_list_filters_by_it() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    open(&mut h, "Harbour ferry timetable changes");
    h.get_by_label("Wind farm plan rejected")
        .click_modifiers(egui::Modifiers::COMMAND);
    step_until(&mut h, "two selected", |h| {
        h.state().selected_ids().len() == 2 && h.state().open_article().is_some()
    });
    h.get_by_label("Add tag").click();
    h.step();
    h.get_by_label("Add tag").type_text("Coast watch");
    h.step();
    h.get_by_label("Add to 2 selected").click();
    step_until(&mut h, "the tags saved", |h| {
        h.state().status() == "Tagged 2 articles"
    });
    step_until(&mut h, "the tag in the details panel", |h| {
        h.query_by_label("#Coast watch").is_some()
    });

    h.get_by_label("Tags").click();
    step_until(&mut h, "the tag list", |h| {
        h.query_by_label("Coast watch").is_some()
    });
    h.get_by_label("Coast watch").click();
    wait_for_results(&mut h, 2);
    assert_eq!(h.state().settings().query, "tag:\"Coast watch\"");
    assert!(h.query_by_label("Library budget approved").is_none());
}

#[test]
fn a_saved_search_runs_again_and_finds_what_the_archive_holds_now() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.state_mut()
        .command(AppCommand::SetQuery("harbour OR wind".into()));
    wait_for_results(&mut h, 2);
    h.get_by_label("Saved").click();
    step_until(&mut h, "the saved tab", |h| {
        h.query_by_label("No saved searches yet.").is_some()
    });
    h.get_by_label("Search name").click();
    h.step();
    h.get_by_label("Search name").type_text("Coast");
    h.step();
    h.get_by_label("Save search").click();
    step_until(&mut h, "the saved search", |h| {
        h.query_by_label("Coast").is_some()
    });

    h.state_mut().command(AppCommand::SetQuery(String::new()));
    wait_for_results(&mut h, 3);
    // A new article the search finds arrives after it was saved.
    let later = dir.write(
        "in/later.txt",
        "By Dee Writer\nPublished: 2025-01-05T10:00:00Z\n\nHarbour wall repaired\n\nThe harbour wall was repaired.\n",
    );
    let mut archive = chronicle::archive::Archive::open(&dir.archive()).expect("open");
    chronicle::import::import_paths(
        &mut archive,
        &[later],
        &Default::default(),
        &std::sync::atomic::AtomicBool::new(false),
        &mut |_| {},
    )
    .expect("import");
    drop(archive);

    h.get_by_label("Saved").click();
    h.step();
    h.get_by_label("Coast").click();
    wait_for_results(&mut h, 3);
    assert_eq!(h.state().settings().query, "harbour OR wind");
}

/// Drags the pointer from `from` to `to` with the primary button down (a text selection).
fn drag(h: &mut Harness<'_, ChronicleApp>, from: egui::Pos2, to: egui::Pos2) {
    let button = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    h.event(egui::Event::PointerMoved(from));
    h.step();
    h.event(button(from, true));
    h.step();
    for i in 1..=4 {
        let t = i as f32 / 4.0;
        h.event(egui::Event::PointerMoved(from + (to - from) * t));
        h.step();
    }
    h.event(button(to, false));
    h.step();
    h.step();
}

#[test]
fn a_passage_selected_in_the_reader_is_highlighted_with_a_comment() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    open(&mut h, "Library budget approved");
    let paragraph = "The council approved the library budget after a long debate.";
    let rect = h.get_by_label(paragraph).rect();
    let y = rect.top() + 8.0;
    drag(
        &mut h,
        egui::pos2(rect.left() + 1.0, y),
        egui::pos2(rect.left() + rect.width() * 0.5, y),
    );
    step_until(&mut h, "the selection bar", |h| {
        h.query_by_label("Highlight").is_some()
    });
    h.get_by_label("Comment").click();
    h.step();
    h.get_by_label("Comment").type_text("check the vote count");
    h.step();
    h.get_by_label("Highlight").click();
    step_until(&mut h, "the highlight saved", |h| {
        h.state()
            .open_article()
            .is_some_and(|r| r.article.highlights.len() == 1)
    });
    let record = h.state().open_article().expect("open");
    let highlight = &record.article.highlights[0];
    assert!(
        paragraph.starts_with(&highlight.text) && highlight.text.starts_with("The council"),
        "the selected passage: {:?}",
        highlight.text
    );
    assert_eq!(highlight.comment.as_deref(), Some("check the vote count"));
    assert!(
        h.query_by_label("Highlights").is_some(),
        "listed in the details"
    );
    h.state_mut()
        .command(AppCommand::SetQuery("note:vote".into()));
    wait_for_results(&mut h, 1);
}
