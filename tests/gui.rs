//! GUI tests (egui_kittest): the real `ChronicleApp` over a temporary archive file, driven
//! headless by label, as a user would. Results come from worker threads, so tests wait with
//! `step_until` instead of `run()`.

use crate::util::TestDir;
use chronicle::app::{AppCommand, ChronicleApp, Settings};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

const FERRY: &str = "By Ann Example\nPublished: 2020-03-10T08:00:00Z\n\nHarbour ferry timetable changes\n\n\
The harbour ferry moves to a summer timetable next week.\n\n\"We are ready for the crowds,\" said Mayor Jo Lee on Monday.\n";
const LIBRARY: &str = "By Ben Writer\nPublished: 2022-06-15T10:00:00Z\n\nLibrary budget approved\n\n\
The council approved the library budget after a long debate.\n";
const WIND: &str = "By Cara Reporter\nPublished: 2024-09-18T12:00:00Z\n\nWind farm plan rejected\n\n\
Planners rejected the offshore wind farm on Tuesday.\n";

/// Writes the three test articles into the test folder and returns their paths.
fn write_articles(dir: &TestDir) -> Vec<PathBuf> {
    vec![
        dir.write("in/ferry.txt", FERRY),
        dir.write("in/library.txt", LIBRARY),
        dir.write("in/wind.txt", WIND),
    ]
}

/// An archive already holding the three test articles.
fn seeded(dir: &TestDir) {
    let paths = write_articles(dir);
    let mut archive = chronicle::archive::Archive::open(&dir.archive()).expect("open archive");
    let summary = chronicle::import::import_paths(
        &mut archive,
        &paths,
        &Default::default(),
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .expect("import");
    assert_eq!(summary.imported, 3, "{summary:?}");
}

fn harness(archive: &Path) -> Harness<'static, ChronicleApp> {
    let app = ChronicleApp::new(archive, Settings::default());
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ChronicleApp| app.ui(ui), app)
}

/// Steps frames until `done` holds, failing after `timeout`.
fn step_until(
    h: &mut Harness<'_, ChronicleApp>,
    what: &str,
    mut done: impl FnMut(&Harness<'_, ChronicleApp>) -> bool,
) {
    let start = Instant::now();
    loop {
        h.step();
        if done(h) {
            // One more frame so the UI shows what the state says.
            h.step();
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out waiting for: {what} (status: {})",
            h.state().status()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn wait_for_results(h: &mut Harness<'_, ChronicleApp>, n: usize) {
    step_until(h, &format!("{n} results"), |h| {
        h.state().result_count() == Some(n) && !h.state().is_busy()
    });
}

/// A file for `harness.input_mut().dropped_files` (egui-winit's own type is private).
#[derive(Debug)]
struct TestFile(PathBuf);

impl egui::DroppedFile for TestFile {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_files_imports_them_into_the_list() {
    let dir = TestDir::new();
    let mut h = harness(&dir.archive());
    step_until(&mut h, "empty archive", |h| {
        h.state().archive_count() == Some(0)
    });
    let mut paths = write_articles(&dir);
    let real = crate::util::sample();
    if real.exists() {
        paths.push(real);
    }
    let broken = dir.write("in/empty.txt", "");
    paths.push(broken);
    for p in &paths {
        h.input_mut().hovered_files.push(egui::HoveredFile {
            path: Some(p.clone()),
            ..Default::default()
        });
    }
    h.step();
    h.input_mut().hovered_files.clear();
    for p in &paths {
        h.input_mut()
            .dropped_files
            .push(Arc::new(TestFile(p.clone())));
    }
    let expected = paths.len() - 1;
    step_until(&mut h, "the import", |h| {
        h.state().archive_count() == Some(expected as u64)
    });
    wait_for_results(&mut h, expected);
    assert!(
        h.query_by_label("Harbour ferry timetable changes")
            .is_some()
    );
    assert!(h.query_by_label("Wind farm plan rejected").is_some());
    let summary = format!("Imported {expected} articles, 0 duplicates, 1 failed");
    assert!(
        h.query_by_label(&format!("Finished with problems: {summary}"))
            .is_some(),
        "summary line"
    );
    assert_eq!(h.state().status(), summary);
    h.get_by_label("Show failures").click();
    step_until(&mut h, "the failures window", |h| {
        h.query_by_label("empty.txt").is_some()
    });
}

/// Every format Chronicle reads can be dropped on the window: a saved page, an MHTML file,
/// a Markdown clipping and a Chronicle export.
#[test]
fn dropping_every_format_imports_each() {
    let dir = TestDir::new();
    let markdown = dir.write(
        "in/clip.md",
        "---\ntitle: \"Night trams return to the old town\"\nauthor: Ines Ortega\ndate: 2024-09-02\n---\n\nNight trams will run again through the old town from Monday, the transport authority said.\n",
    );
    // An export written by Chronicle itself, of an article no other file holds.
    let export = dir.path().join("in/export.json");
    {
        let mut source = chronicle::archive::Archive::open_in_memory().expect("archive");
        let article = chronicle::model::Article {
            title: "Museum reopens its east wing".into(),
            body: "The east wing reopened on Saturday after a year of work.".into(),
            published: Some("2024-05-04".into()),
            format: "text".into(),
            ..Default::default()
        };
        let batch = [chronicle::archive::NewArticle {
            article,
            file: chronicle::model::FileInfo {
                name: "museum.txt".into(),
                ..Default::default()
            },
            ..Default::default()
        }];
        source
            .insert_batch(&batch, "2026-01-01T00:00:00Z")
            .expect("insert");
        chronicle::export::export_to_file(&source, &source.all_ids().expect("ids"), &export)
            .expect("export");
    }
    let paths = vec![
        crate::util::fixture("html/news-jsonld.html"),
        crate::util::fixture("html/saved-page.mhtml"),
        markdown,
        export,
    ];
    let mut h = harness(&dir.archive());
    step_until(&mut h, "empty archive", |h| {
        h.state().archive_count() == Some(0)
    });
    for p in &paths {
        h.input_mut()
            .dropped_files
            .push(Arc::new(TestFile(p.clone())));
    }
    step_until(&mut h, "the import", |h| {
        h.state().archive_count() == Some(4)
    });
    wait_for_results(&mut h, 4);
    for title in [
        "Harbour bridge reopens after two-year repair",
        "Rada miasta przyjęła budżet na 2025 rok",
        "Night trams return to the old town",
        "Museum reopens its east wing",
    ] {
        assert!(h.query_by_label(title).is_some(), "{title} is listed");
    }
    assert_eq!(
        h.state().status(),
        "Imported 4 articles, 0 duplicates, 0 failed"
    );
}

#[test]
fn typing_narrows_the_list_and_bad_syntax_shows_inline() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    assert!(h.query_by_label("3 articles").is_some());
    h.get_by_label("Search").click();
    h.step();
    h.get_by_label("Search").type_text("libr");
    wait_for_results(&mut h, 1);
    assert!(h.query_by_label("1 article").is_some());
    assert!(h.query_by_label("Library budget approved").is_some());
    assert!(h.query_by_label("Wind farm plan rejected").is_none());
    h.get_by_label("Search").type_text(" \"unclosed");
    step_until(&mut h, "the syntax error", |h| {
        h.query_by_label_contains("not closed").is_some()
    });
    // The previous results stay.
    assert!(h.query_by_label("Library budget approved").is_some());
    assert_eq!(h.state().result_count(), Some(1));
}

#[test]
fn an_invalid_query_keeps_the_last_valid_search_and_says_so() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.get_by_label("Library budget approved").click();
    step_until(&mut h, "the reader", |h| h.state().open_article().is_some());
    h.get_by_label("Search").click();
    h.step();
    h.get_by_label("Search").type_text("wind");
    wait_for_results(&mut h, 1);
    step_until(&mut h, "the reader saying its article left", |h| {
        h.state().open_article_unmatched()
    });
    assert!(
        h.query_by_label("This article does not match the current search.")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Showing the last valid search")
            .is_none(),
        "a valid query shows its own results"
    );
    h.get_by_label("Search").type_text(" (farm");
    step_until(&mut h, "the syntax error", |h| {
        h.state().query_error().is_some()
    });
    assert!(h.query_by_label_contains("not closed").is_some());
    assert!(
        h.query_by_label("Showing the last valid search: wind")
            .is_some(),
        "the list says whose results it shows"
    );
    assert_eq!(h.state().result_count(), Some(1));
    assert!(h.query_by_label("Wind farm plan rejected").is_some());
    // Fixing the query clears the notice; closing the article clears the reader.
    h.get_by_label("Search").type_text(")");
    step_until(&mut h, "the fixed query", |h| {
        h.state().query_error().is_none() && !h.state().is_busy()
    });
    assert!(
        h.query_by_label_contains("Showing the last valid search")
            .is_none()
    );
    h.get_by_label("Close it").click();
    step_until(&mut h, "the reader closed", |h| {
        h.state().open_article().is_none()
    });
}

#[test]
fn trailing_spaces_do_not_change_the_list_and_the_window_agrees_with_the_cli() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.get_by_label("Search").click();
    h.step();
    h.get_by_label("Search").type_text("harbour");
    wait_for_results(&mut h, 1);
    h.get_by_label("Search").type_text("  ");
    h.step();
    wait_for_results(&mut h, 1);
    assert!(
        h.query_by_label("Harbour ferry timetable changes")
            .is_some()
    );
    let hits = dir.json(&["search", "harbour  ", "--json"]);
    assert_eq!(hits.as_array().map(Vec::len), Some(1));
    assert_eq!(hits[0]["title"], "Harbour ferry timetable changes");
}

#[test]
fn opening_an_article_shows_metadata_and_quotes() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.get_by_label("Harbour ferry timetable changes").click();
    step_until(&mut h, "the reader", |h| h.state().open_article().is_some());
    assert!(
        h.query_by_label("ferry.txt").is_some(),
        "file name in the metadata"
    );
    assert!(h.query_by_label("Ann Example").is_some(), "author link");
    let quotes = h
        .state()
        .open_article()
        .map(|r| r.article.quotes.clone())
        .unwrap_or_default();
    assert!(
        h.query_by_label(&format!("Quotes ({})", quotes.len()))
            .is_some()
    );
    for q in &quotes {
        assert!(
            h.query_by_label(&format!("“{}”", q.text.trim())).is_some(),
            "quote {q:?} is listed"
        );
    }
    // Clicking the author filters by author.
    h.get_by_label("Ann Example").click();
    wait_for_results(&mut h, 1);
    assert_eq!(h.state().settings().query, "author:\"Ann Example\"");

    // Keyboard: clear the query, then Down, Down, Enter opens the second row.
    h.state_mut().command(AppCommand::SetQuery(String::new()));
    wait_for_results(&mut h, 3);
    h.state_mut()
        .command(AppCommand::SetSort(chronicle::archive::Sort::Oldest));
    wait_for_results(&mut h, 3);
    h.get_by_label("Wind farm plan rejected").click(); // takes focus away from the Search box
    step_until(&mut h, "wind", |h| {
        h.state()
            .open_article()
            .is_some_and(|r| r.article.title.starts_with("Wind"))
    });
    h.key_press(egui::Key::ArrowUp);
    h.step();
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "library opened by keyboard", |h| {
        h.state()
            .open_article()
            .is_some_and(|r| r.article.title == "Library budget approved")
    });
}

#[test]
fn dragging_on_the_timeline_narrows_the_list_and_the_chip_clears_it() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    step_until(&mut h, "the timeline", |h| {
        h.state().timeline_rect().is_some()
    });
    let band = h.state().timeline_rect().expect("timeline drawn");
    let y = band.center().y;
    // The view spans March 2020 to September 2024: the first quarter holds only the 2020 article.
    let (x0, x1) = (band.left() + 4.0, band.left() + band.width() * 0.25);
    let press = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    h.event(egui::Event::PointerMoved(egui::pos2(x0, y)));
    h.step();
    h.event(press(egui::pos2(x0, y), true));
    h.step();
    for i in 1..=5 {
        h.event(egui::Event::PointerMoved(egui::pos2(
            x0 + (x1 - x0) * i as f32 / 5.0,
            y,
        )));
        h.step();
    }
    h.event(press(egui::pos2(x1, y), false));
    wait_for_results(&mut h, 1);
    assert!(
        h.query_by_label("Harbour ferry timetable changes")
            .is_some()
    );
    h.get_by_label_contains("2020 –").click();
    wait_for_results(&mut h, 3);
}

#[test]
fn exporting_a_selection_writes_those_articles() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.get_by_label("Harbour ferry timetable changes").click();
    h.step();
    h.get_by_label("Wind farm plan rejected")
        .click_modifiers(egui::Modifiers::COMMAND);
    step_until(&mut h, "two selected", |h| {
        h.state().selected_ids().len() == 2
    });
    let out = dir.path().join("out/export.json");
    std::fs::create_dir_all(out.parent().expect("parent")).expect("mkdir");
    h.state_mut().command(AppCommand::ExportTo(out.clone()));
    step_until(&mut h, "the export", |h| {
        h.state().status().starts_with("Exported")
    });
    assert_eq!(
        h.state().status(),
        format!("Exported 2 articles to {}", out.display())
    );
    assert!(h.query_by_label_contains("Exported 2 articles").is_some());
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("export written")).expect("JSON");
    let mut titles: Vec<&str> = doc["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .filter_map(|a| a["title"].as_str())
        .collect();
    titles.sort();
    assert_eq!(
        titles,
        vec!["Harbour ferry timetable changes", "Wind farm plan rejected"]
    );
}

#[test]
fn empty_archive_offers_the_sample_articles() {
    let dir = TestDir::new();
    let mut h = harness(&dir.archive());
    step_until(&mut h, "the empty state", |h| {
        h.query_by_label("Drop article files or folders here")
            .is_some()
    });
    let samples = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples"))
        .expect("samples")
        .count();
    h.get_by_label("Load sample articles").click();
    step_until(&mut h, "the samples", |h| {
        h.state().archive_count() == Some(samples as u64)
    });
    wait_for_results(&mut h, samples);
    assert!(
        h.query_by_label("Drop article files or folders here")
            .is_none()
    );
}

#[test]
fn delete_asks_first_and_undo_restores() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.get_by_label("Library budget approved").click();
    step_until(&mut h, "the reader", |h| h.state().open_article().is_some());
    h.key_press(egui::Key::Delete);
    step_until(&mut h, "the confirm dialog", |h| {
        h.query_by_label("Delete 1 article?").is_some()
    });
    assert_eq!(
        h.state().archive_count(),
        Some(3),
        "nothing deleted before confirming"
    );
    h.get_by_label("Delete").click();
    wait_for_results(&mut h, 2);
    assert!(h.query_by_label("Library budget approved").is_none());
    assert_eq!(h.state().status(), "Deleted 1 article");
    h.get_by_label("Undo").click();
    wait_for_results(&mut h, 3);
    assert!(h.query_by_label("Library budget approved").is_some());
}

/// The sample spells him "Zelensky" (six quotes); this article spells him "Zelenskyy".
const ZELENSKYY: &str = "By Dana Writer\nPublished: 2024-10-01T09:00:00Z\n\nZelenskyy thanks allies\n\n\
Kyiv thanked its partners for new air defence systems.\n\n\"We need every system we can get,\" said Volodymyr Zelenskyy on Saturday.\n";

/// An archive holding the daily-wrap sample, the Zelenskyy article and the ferry article.
fn seeded_people(dir: &TestDir) {
    let paths = vec![
        crate::util::sample(),
        dir.write("in/zelenskyy.txt", ZELENSKYY),
        dir.write("in/ferry.txt", FERRY),
    ];
    let mut archive = chronicle::archive::Archive::open(&dir.archive()).expect("open archive");
    let summary = chronicle::import::import_paths(
        &mut archive,
        &paths,
        &Default::default(),
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .expect("import");
    assert_eq!(summary.imported, 3, "{summary:?}");
}

/// A primary click at `pos` (press and release without moving).
fn click_at(h: &mut Harness<'_, ChronicleApp>, pos: egui::Pos2) {
    let button = |pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    h.event(egui::Event::PointerMoved(pos));
    h.step();
    h.event(button(true));
    h.step();
    h.event(button(false));
    h.step();
}

#[test]
fn people_view_merges_spellings_and_filters_articles_to_a_person() {
    let dir = TestDir::new();
    seeded_people(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.get_by_label("People").click();
    let zelensky = "Volodymyr Zelensky — 7 quotes in 2 articles";
    step_until(&mut h, "the people list", |h| {
        h.query_by_label(zelensky).is_some()
    });
    assert_eq!(h.state().left_view(), chronicle::app::LeftView::People);
    // One person for both spellings; the other people are listed too.
    assert!(
        h.query_by_label_contains("Volodymyr Zelenskyy —").is_none(),
        "spellings merged"
    );
    assert!(
        h.query_by_label_contains("Ann Example — wrote 1 article")
            .is_some(),
        "authors are listed"
    );

    // The name filter.
    h.get_by_label("Find person").click();
    h.step();
    h.get_by_label("Find person").type_text("zelen");
    step_until(&mut h, "the filtered people", |h| {
        h.query_by_label_contains("Ann Example —").is_none()
    });
    assert!(h.query_by_label(zelensky).is_some());

    // Choosing the person narrows the articles and lists the quotes, oldest first (this one is the oldest).
    h.get_by_label(zelensky).click();
    wait_for_results(&mut h, 2);
    assert_eq!(
        h.state().settings().query,
        "(speaker:\"Volodymyr Zelensky\") OR (author:\"Volodymyr Zelensky\")"
    );
    step_until(&mut h, "the quotes", |h| {
        h.query_by_label("Quotes (7)").is_some()
    });
    let ours = "“We need every system we can get,”";
    assert!(
        h.query_by_label_contains("We need every system we can get")
            .is_some(),
        "the Zelenskyy quote is listed"
    );
    assert!(
        h.query_by_label_contains("1 Oct 2024  ·  Zelenskyy thanks allies")
            .is_some(),
        "date and title of its article"
    );

    // Clicking a quote opens its article at that quote.
    h.get_by_label_contains("We need every system we can get")
        .click();
    step_until(&mut h, "the article at the quote", |h| {
        h.state()
            .open_article()
            .is_some_and(|r| r.article.title == "Zelenskyy thanks allies")
            && h.state().focused_quote().is_some()
    });
    let record = h.state().open_article().expect("open").clone();
    let index = h.state().focused_quote().expect("focused");
    assert!(
        record.article.quotes[index]
            .text
            .contains("We need every system"),
        "{ours}"
    );

    // The Articles tab shows the person's two articles only.
    h.get_by_label("Articles").click();
    step_until(&mut h, "the articles list", |h| {
        h.query_by_label("Zelenskyy thanks allies").is_some()
    });
    assert!(
        h.query_by_label("Harbour ferry timetable changes")
            .is_none()
    );
    // Ctrl+P goes back to People, where the choice is kept.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    step_until(&mut h, "people again", |h| {
        h.query_by_label("Quotes (7)").is_some()
    });
}

#[test]
fn events_timeline_lists_the_events_of_a_day_and_opens_the_sentence() {
    let dir = TestDir::new();
    seeded_people(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.get_by_label("Events").click();
    let friday = chrono::NaiveDate::from_ymd_opt(2024, 10, 25).expect("date");
    step_until(&mut h, "the event counts", |h| {
        h.state()
            .timeline_counts()
            .is_some_and(|c| c.days.iter().any(|(d, n)| *d == friday && *n >= 1))
    });
    h.step();
    let band = h.state().timeline_rect().expect("timeline drawn");
    let x = h
        .state()
        .timeline_x_of(friday)
        .expect("the day is on the band");
    assert!(band.x_range().contains(x), "{x} in {band:?}");
    click_at(&mut h, egui::pos2(x, band.top() + 30.0));
    let sentence = "On Friday, Ukrainian President Volodymyr Zelensky stated";
    step_until(&mut h, "the events of the day", |h| {
        h.query_by_label_contains(sentence).is_some()
    });
    assert!(
        h.query_by_label_contains("25 Oct 2024").is_some(),
        "the day is shown"
    );
    h.get_by_label_contains(sentence).click();
    step_until(&mut h, "the article at the sentence", |h| {
        h.state().focused_span().is_some() && h.state().open_article().is_some()
    });
    let record = h.state().open_article().expect("open").clone();
    assert!(
        record.article.title.contains("North Korean troops"),
        "{}",
        record.article.title
    );
    let (part, span) = h.state().focused_span().expect("span");
    let text = match part {
        chronicle::model::TextPart::Lead => &record.article.lead,
        chronicle::model::TextPart::Body => &record.article.body,
    };
    let highlighted: String = text
        .chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect();
    assert!(highlighted.starts_with("On Friday"), "{highlighted}");
    // Back to publications: the Event list tab goes away.
    // (The metadata panel has a "Published" label too.)
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Published")
        .click();
    step_until(&mut h, "the articles again", |h| {
        h.query_by_label("Event list").is_none()
    });
    assert_eq!(h.state().left_view(), chronicle::app::LeftView::Articles);
}

/// Whether fontconfig knows a font for `lang` (the system font provider asks it).
fn font_installed_for(lang: &str) -> bool {
    std::process::Command::new("fc-list")
        .arg(format!(":lang={lang}"))
        .arg("family")
        .output()
        .is_ok_and(|o| !o.stdout.is_empty())
}

#[test]
fn every_script_has_a_font_symbols_shipped_and_the_rest_from_the_system() {
    let ctx = egui::Context::default();
    chronicle::app::fonts::install(&ctx);
    ctx.add_font_provider(Arc::new(
        egui_system_font_provider::SystemFontProvider::new(),
    ));
    ctx.run_ui(Default::default(), |ui| {
        ui.label("Chronicle");
    })
    .drop_without_applying_deltas();
    let font = egui::FontId::proportional(14.0);
    let has = |text: &str| ctx.fonts_mut(|f| f.has_glyphs(&font, text));
    // Shipped with Chronicle: drawn on any machine.
    assert!(has("41°17′S № ℃ ™ → ⇒ ∑ ≈ ✓ ☎ ½"), "the shipped symbols");
    let scripts = [
        ("zh", "青岛港新码头正式启用"),
        ("ja", "東京タワーのひらがな"),
        ("ko", "서울에서"),
        ("ar", "العربية"),
        ("he", "עברית"),
        ("hi", "हिन्दी"),
        ("th", "ภาษาไทย"),
    ];
    for (lang, sample) in scripts {
        if !font_installed_for(lang) {
            eprintln!(
                "skipped {lang}: no font for it is installed (Debian: fonts-noto-core, fonts-noto-cjk)"
            );
            continue;
        }
        assert!(
            has(sample),
            "{lang}: {sample} is drawn with an installed font"
        );
    }
}

#[test]
fn the_window_takes_a_screenshot_of_a_chinese_article_under_xvfb() {
    let has_xvfb = std::process::Command::new("sh")
        .args(["-c", "command -v xvfb-run"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_xvfb || !font_installed_for("zh") {
        eprintln!(
            "skipped: needs xvfb-run and a Chinese font (apt-get install xvfb xauth fonts-noto-cjk)"
        );
        return;
    }
    let dir = TestDir::new();
    dir.ok(&[
        "import",
        crate::util::s(&crate::util::fixture("cjk/zh-harbour.html")),
    ]);
    let shot = dir.path().join("shot.png");
    let run = std::process::Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1400x900x24 -nolisten tcp"])
        .arg(env!("CARGO_BIN_EXE_chronicle"))
        .arg("--archive")
        .arg(dir.archive())
        .env("CHRONICLE_SCREENSHOT", &shot)
        .env("CHRONICLE_SCREENSHOT_QUERY", "锚地")
        .env("CHRONICLE_THEME", "light")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run the window");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let bytes = std::fs::read(&shot).expect("the screenshot");
    assert!(
        bytes.starts_with(b"\x89PNG") && bytes.len() > 20_000,
        "a real image"
    );
}

/// The People view's organisations and correcting quotes in the reader.
mod archives;
mod corrections;
mod details;
mod research;
mod source;
mod team;
mod window;
