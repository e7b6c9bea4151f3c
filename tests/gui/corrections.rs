//! Speaker kinds and corrections in the window: the People view lists persons, with a
//! toggle for organisations; a quote's speaker corrected on its card moves between the
//! lists, and one click undoes it.

use super::{harness, seeded, step_until, wait_for_results};
use crate::util::TestDir;
use eframe::egui;
use egui_kittest::kittest::Queryable as _;

const JO: &str = "Jo Lee — 1 quote in 1 article";

fn open_ferry(h: &mut egui_kittest::Harness<'_, chronicle::app::ChronicleApp>) {
    h.get_by_label("Articles").click();
    step_until(h, "the articles", |h| {
        h.query_by_label("Harbour ferry timetable changes")
            .is_some()
    });
    h.get_by_label("Harbour ferry timetable changes").click();
    step_until(h, "the reader", |h| {
        h.state()
            .open_article()
            .is_some_and(|r| r.article.title == "Harbour ferry timetable changes")
    });
}

fn speaker_of_open_quote(
    h: &egui_kittest::Harness<'_, chronicle::app::ChronicleApp>,
) -> Option<String> {
    h.state()
        .open_article()
        .and_then(|r| r.article.quotes.first().and_then(|q| q.speaker.clone()))
}

/// Opens the correction editor on the open article's quote and types a speaker's name
/// over the one it starts with.
fn type_speaker(h: &mut egui_kittest::Harness<'_, chronicle::app::ChronicleApp>, name: &str) {
    h.get_by_label("Correct").click();
    h.step();
    h.get_by_label("Speaker name").click();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Speaker name").type_text(name);
}

/// A few frames for the worker's suggestions to arrive and the layout to settle.
fn settle(h: &mut egui_kittest::Harness<'_, chronicle::app::ChronicleApp>) {
    for _ in 0..5 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn people_view_lists_persons_and_a_corrected_organisation_moves_to_its_list() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    h.get_by_label("People").click();
    step_until(&mut h, "the people", |h| h.query_by_label(JO).is_some());
    h.get_by_label("Organisations").click();
    step_until(&mut h, "no organisations", |h| {
        h.query_by_label("No organisations quoted yet").is_some()
    });

    // The ferry quote's speaker is an organisation: typed on its card.
    open_ferry(&mut h);
    type_speaker(&mut h, "Harbour Ferries");
    settle(&mut h);
    h.get_by_label("Save as organisation").click();
    step_until(&mut h, "the corrected speaker", |h| {
        speaker_of_open_quote(h).as_deref() == Some("Harbour Ferries")
    });
    assert!(
        h.query_by_label("corrected").is_some(),
        "shown as corrected"
    );

    h.get_by_label("People").click();
    step_until(&mut h, "the organisation", |h| {
        h.query_by_label("Harbour Ferries — 1 quote in 1 article")
            .is_some()
    });
    h.get_by_label("Persons").click();
    step_until(&mut h, "the persons", |h| {
        h.query_by_label_contains("Ann Example —").is_some()
    });
    assert!(h.query_by_label(JO).is_none(), "Jo Lee no longer quoted");

    // One click undoes it (the article is still in the reader).
    h.get_by_label("Undo").click();
    step_until(&mut h, "the speaker found", |h| {
        speaker_of_open_quote(h).as_deref() == Some("Jo Lee")
    });
    h.get_by_label("People").click();
    step_until(&mut h, "Jo Lee again", |h| h.query_by_label(JO).is_some());
}

#[test]
fn a_speaker_picked_from_the_archive_counts_in_the_people_view() {
    let dir = TestDir::new();
    seeded(&dir);
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    open_ferry(&mut h);
    type_speaker(&mut h, "Ann");
    step_until(&mut h, "a person to pick", |h| {
        h.query_all_by_label("Ann Example").count() > 1
    });
    // The metadata's author link and the pick carry the same name; the pick is the last.
    let pick = h.query_all_by_label("Ann Example").last().expect("pick");
    pick.click();
    settle(&mut h);
    h.get_by_label("Save as person").click();
    step_until(&mut h, "the corrected speaker", |h| {
        speaker_of_open_quote(h).as_deref() == Some("Ann Example")
    });
    h.get_by_label("People").click();
    step_until(&mut h, "Ann quoted", |h| {
        h.query_by_label("Ann Example — 1 quote in 1 article  ·  wrote 1 article")
            .is_some()
    });
    assert!(h.query_by_label(JO).is_none());
}

#[test]
fn a_guessed_speaker_is_marked_unsure_and_the_hover_says_how_it_was_found() {
    let dir = TestDir::new();
    seeded(&dir);
    rusqlite::Connection::open(dir.archive())
        .expect("open")
        .execute_batch("UPDATE quotes SET attribution = 'carried'")
        .expect("a guessed speaker");
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 3);
    open_ferry(&mut h);
    h.get_by_label("unsure").hover();
    step_until(&mut h, "the explanation", |h| {
        h.query_by_label_contains("carried over from the previous paragraph")
            .is_some()
    });
}
