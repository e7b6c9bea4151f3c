//! Issue 19: results as a table sorted by any column, Help (F1) from the one shortcut table
//! the README matches, Settings' theme, and writes by another process seen by the window.

use super::{harness, seeded, step_until, wait_for_results};
use crate::util::TestDir;
use chronicle::app::{ResultsView, Shown, TableColumn, ThemeChoice, shortcuts::SHORTCUTS};
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use std::sync::atomic::AtomicBool;

const HARBOUR: &str = "Harbour ferry timetable changes";
const LIBRARY: &str = "Library budget approved";
const WIND: &str = "Wind farm plan rejected";

fn titles_are(
    h: &egui_kittest::Harness<'_, chronicle::app::ChronicleApp>,
    want: [&str; 3],
) -> bool {
    h.state().result_titles() == want && !h.state().is_busy()
}

#[test]
fn the_table_sorts_by_a_clicked_column_and_a_second_click_reverses() {
    let dir = TestDir::new();
    seeded(&dir);
    // One tagged article: the Tags column shows its tags.
    chronicle::archive::Archive::open(&dir.archive())
        .expect("open")
        .tag_articles(&[1], &["coastwatch".to_string()], &[])
        .expect("tag");
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::T);
    h.run_steps(3);
    assert_eq!(h.state().settings().view, ResultsView::Table);
    for column in ["Title", "Date", "Authors", "Source", "Quotes", "Added"] {
        h.get_by_label(column);
    }
    h.get_by_label("coastwatch");
    h.get_by_label("Title").click();
    step_until(&mut h, "titles A to Z", |h| {
        titles_are(h, [HARBOUR, LIBRARY, WIND])
    });
    assert_eq!(h.state().settings().sort, chronicle::query::Sort::TitleAz);
    h.get_by_label("Title").click();
    step_until(&mut h, "titles Z to A", |h| {
        titles_are(h, [WIND, LIBRARY, HARBOUR])
    });
    h.get_by_label("Date").click();
    step_until(&mut h, "newest first", |h| {
        titles_are(h, [WIND, LIBRARY, HARBOUR])
    });
    h.get_by_label("Date").click();
    step_until(&mut h, "oldest first", |h| {
        titles_are(h, [HARBOUR, LIBRARY, WIND])
    });
    h.get_by_label("Authors").click();
    // Ann Example, Ben Writer, Cara Reporter.
    step_until(&mut h, "authors A to Z", |h| {
        titles_are(h, [HARBOUR, LIBRARY, WIND])
    });
    assert_eq!(h.state().settings().sort, chronicle::query::Sort::AuthorsAz);
    // A right-click on a header moves its column.
    h.get_by_label("Quotes").click_secondary();
    h.run_steps(3);
    h.get_by_label("Move left").click();
    h.run_steps(3);
    let columns = &h.state().settings().columns;
    let at = |c| columns.iter().position(|x| *x == c);
    assert_eq!(at(TableColumn::Quotes), Some(4));
    assert_eq!(at(TableColumn::Tags), Some(5));
    // A click on a line opens its article.
    h.get_by_label(LIBRARY).click();
    step_until(&mut h, "the reader", |h| {
        h.state()
            .open_article()
            .is_some_and(|r| r.article.title == LIBRARY)
    });
    // Back to cards.
    h.key_press_modifiers(Modifiers::COMMAND, Key::T);
    h.run_steps(3);
    assert_eq!(h.state().settings().view, ResultsView::Cards);
}

#[test]
fn f1_opens_help_listing_every_shortcut_and_esc_closes_it() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    assert!(h.query_by_label("Keyboard shortcuts").is_none());
    h.key_press(Key::F1);
    h.run_steps(3);
    assert_eq!(h.state().shown(), Some(Shown::Help));
    h.get_by_label("Keyboard shortcuts");
    h.get_by_label("Search syntax");
    for shortcut in SHORTCUTS {
        h.get_by_label(shortcut.keys);
        h.get_by_label(shortcut.what);
    }
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert_eq!(h.state().shown(), None);
    assert!(h.query_by_label("Keyboard shortcuts").is_none());
    // The Help menu opens About with the archive's counts.
    h.run_steps(10);
    h.get_by_label("Help").click();
    h.run_steps(4);
    h.get_by_label("About Chronicle").click();
    h.run_steps(3);
    assert_eq!(h.state().shown(), Some(Shown::About));
    // The path is in the status bar too.
    let path = dir.archive().display().to_string();
    assert_eq!(h.query_all_by_label(&path).count(), 2);
    h.get_by_label("File size");
    h.get_by_label("Speakers");
}

#[test]
fn the_menus_work_from_the_keyboard_alone() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    // Focus the Help menu as Tab would, open it with Enter, walk to About with the arrows.
    h.get_by_label("Help").focus();
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    h.get_by_label("About Chronicle");
    h.key_press(Key::ArrowDown);
    h.run_steps(2);
    h.key_press(Key::ArrowDown);
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().shown(), Some(Shown::About));
}

#[test]
fn settings_change_the_theme_and_the_text_size_at_once() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    h.run_steps(3);
    assert_eq!(h.state().shown(), Some(Shown::Settings));
    h.get_by_label("Dark").click();
    h.run_steps(3);
    assert_eq!(h.state().settings().theme, ThemeChoice::Dark);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    h.get_by_label("Light").click();
    h.run_steps(3);
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    h.get_by_label("Large").click();
    h.run_steps(3);
    assert!((h.ctx.zoom_factor() - 1.15).abs() < 0.001);
    h.get_by_label("Table").click();
    h.run_steps(3);
    assert_eq!(h.state().settings().view, ResultsView::Table);
}

#[test]
fn an_import_by_another_process_shows_up_in_the_open_window() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    // As `chronicle import` in a terminal would: another connection to the same file.
    let path = dir.write(
        "in/tram.txt",
        "By Dan Writer\nPublished: 2025-02-01T09:00:00Z\n\nNight trams return\n\nNight trams run again from Monday.\n",
    );
    let mut other = chronicle::archive::Archive::open(&dir.archive()).expect("open archive");
    chronicle::import::import_paths(
        &mut other,
        &[path],
        &Default::default(),
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .expect("import");
    step_until(&mut h, "the new article counted and listed", |h| {
        h.state().archive_count() == Some(4) && h.state().result_count() == Some(4)
    });
    h.get_by_label("Night trams return");
}

/// The README's shortcut table is the window's (shortcuts.rs), row for row.
#[test]
fn the_readme_lists_the_shortcuts_the_window_has() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let rows: Vec<(String, String)> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| Shortcut | Action |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
            (cells[0].to_string(), cells[1..].join(" | "))
        })
        .collect();
    let table: Vec<(String, String)> = SHORTCUTS
        .iter()
        .map(|s| (s.keys.to_string(), s.what.to_string()))
        .collect();
    assert_eq!(rows, table);
    let syntax = readme
        .split("### Search syntax")
        .nth(1)
        .expect("a search syntax section");
    for (example, _) in chronicle::app::help::SYNTAX {
        assert!(
            syntax.contains(example),
            "README's syntax table lacks {example}"
        );
    }
}
