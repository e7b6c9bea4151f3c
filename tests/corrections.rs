//! Speaker kinds and the user's corrections end to end: the 6 → 7 migration, `chronicle
//! people` listing persons only, `chronicle quote correct` and its undo, corrections kept
//! through export and import, and version-1 exports still importing.

use crate::util::{TestDir, fixture, s};

const FERRY: &str = "By Ann Example\nPublished: 2020-03-10T08:00:00Z\n\nHarbour ferry timetable changes\n\n\
The harbour ferry moves to a summer timetable next week.\n\n\"We are ready for the crowds,\" said Mayor Jo Lee on Monday.\n";

/// The names listed, in alphabetical order.
fn names(people: &serde_json::Value) -> Vec<String> {
    let mut names: Vec<String> = people
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p["name"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// `chronicle quote correct --article 1 --quote N ARGS...`
fn correct(t: &TestDir, quote: usize, args: &[&str]) {
    let quote = quote.to_string();
    let mut all = vec![
        "quote",
        "correct",
        "--article",
        "1",
        "--quote",
        quote.as_str(),
    ];
    all.extend_from_slice(args);
    t.ok(&all);
}

/// The people (or with `--organisations` the organisations) `chronicle people` lists.
fn listed(t: &TestDir, args: &[&str]) -> Vec<String> {
    let mut all = vec!["people", "--json"];
    all.extend_from_slice(args);
    names(&t.json(&all))
}

fn query_one(path: &std::path::Path, sql: &str) -> String {
    rusqlite::Connection::open(path)
        .expect("open")
        .query_row(sql, [], |r| r.get(0))
        .expect("query")
}

#[test]
fn a_version_6_archive_gets_speaker_kinds_and_a_corrections_table() {
    let t = TestDir::new();
    t.ok(&["import", s(&t.write("in/ferry.txt", FERRY))]);
    // Back to version 6: no kinds, no corrections, the old index; one speaker a description.
    let conn = rusqlite::Connection::open(t.archive()).expect("open");
    conn.execute_batch(crate::util::BACK_TO_VERSION_10)
        .expect("version 10");
    conn.execute_batch(crate::util::BACK_TO_VERSION_9)
        .expect("version 9");
    conn.execute_batch(crate::util::BACK_TO_VERSION_8)
        .expect("version 8");
    conn.execute_batch(crate::util::BACK_TO_VERSION_7)
        .expect("version 7");
    conn.execute_batch(crate::util::BACK_TO_VERSION_6)
        .expect("version 6");
    conn.execute_batch(
        "INSERT INTO quotes (article_id, position, text, speaker, start_char, end_char, kind, part)
             VALUES (1, 1, 'It is late', 'the company', 500, 510, 'direct', 'body');
         PRAGMA user_version = 6;",
    )
    .expect("downgrade");
    drop(conn);

    let people = t.json(&["people", "--json"]);
    assert_eq!(names(&people), vec!["Ann Example", "Jo Lee"], "{people}");
    assert!(
        t.path().join("archive.sqlite.v6.bak").exists(),
        "backed up first"
    );
    assert_eq!(
        query_one(
            &t.archive(),
            "SELECT group_concat(speaker || '=' || speaker_kind || '/' || attribution, ' ') FROM quotes"
        ),
        "Jo Lee=person/cue the company=description/cue"
    );
    assert_eq!(
        query_one(
            &t.archive(),
            "SELECT sql FROM sqlite_master WHERE name = 'quotes_by_speaker'"
        ),
        "CREATE INDEX quotes_by_speaker ON quotes(speaker_kind, speaker)"
    );
    // Corrections work on the migrated file.
    correct(&t, 1, &["--speaker", "Jo Lee-Smith"]);
    assert_eq!(listed(&t, &[]), vec!["Ann Example", "Jo Lee-Smith"]);
}

#[test]
fn correcting_from_the_terminal_changes_people_search_and_export_and_undo_restores() {
    let t = TestDir::new();
    t.ok(&["import", s(&t.write("in/ferry.txt", FERRY))]);
    let list = t.ok(&["quote", "list", "--article", "1"]);
    assert!(
        list.contains("  1. Jo Lee: “We are ready for the crowds”"),
        "{list}"
    );

    // An organisation is no person.
    correct(&t, 1, &["--speaker", "Harbour Ferries", "--organisation"]);
    assert_eq!(listed(&t, &[]), vec!["Ann Example"]);
    assert_eq!(listed(&t, &["--organisations"]), vec!["Harbour Ferries"]);
    let found = t.json(&["search", "speaker:\"Harbour Ferries\"", "--json"]);
    assert_eq!(
        found.as_array().map(Vec::len),
        Some(1),
        "searchable: {found}"
    );
    let shown = t.ok(&["show", "1"]);
    assert!(
        shown.contains("1. Harbour Ferries (organisation, corrected; found: Jo Lee)"),
        "{shown}"
    );

    // Exported with the correction; imported elsewhere it is kept and can be undone there.
    let export = t.path().join("out.json");
    t.ok(&["export", "--out", s(&export)]);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&export).expect("read")).expect("json");
    assert_eq!(doc["version"], chronicle::model::EXPORT_VERSION);
    let article = &doc["articles"][0];
    assert_eq!(article["quotes"][0]["attribution"], "corrected");
    assert_eq!(article["quotes"][0]["speaker_kind"], "organisation");
    let correction = &article["corrections"]["quotes"][0];
    assert_eq!(correction["quote"]["speaker"], "Jo Lee");
    assert_eq!(correction["change"]["speaker"]["name"], "Harbour Ferries");
    let other = TestDir::new();
    other.ok(&["import", s(&export)]);
    assert_eq!(
        listed(&other, &["--organisations"]),
        vec!["Harbour Ferries"]
    );
    correct(&other, 1, &["--undo"]);
    assert_eq!(listed(&other, &[]), vec!["Ann Example", "Jo Lee"]);

    // Not a quote: gone from the people, still numbered, undone in one step.
    correct(&t, 1, &["--not-a-quote"]);
    assert_eq!(listed(&t, &["--organisations"]), Vec::<String>::new());
    let list = t.ok(&["quote", "list", "--article", "1"]);
    assert!(
        list.contains("  1. (not a quote, your correction)"),
        "{list}"
    );
    correct(&t, 1, &["--undo"]);
    assert_eq!(listed(&t, &[]), vec!["Ann Example", "Jo Lee"]);

    let bad = t.run(&[
        "quote",
        "correct",
        "--article",
        "1",
        "--quote",
        "9",
        "--undo",
    ]);
    assert_eq!(bad.code(), 2, "{}", bad.stderr());
    assert!(bad.stderr().contains("no quote 9"), "{}", bad.stderr());
}

#[test]
fn a_version_1_export_still_imports_with_its_speakers_as_persons() {
    let t = TestDir::new();
    t.ok(&["import", s(&fixture("exports/v1.json"))]);
    assert_eq!(
        listed(&t, &[]),
        vec!["Ann Kowalski", "Ben Writer"],
        "a speaker starting with a small letter is a description, no person"
    );
    let quotes = t.json(&["quote", "list", "--article", "7", "--json"]);
    assert_eq!(quotes[0]["speaker_kind"], "person");
    assert_eq!(quotes[0]["attribution"], "cue");
    assert_eq!(quotes[0]["confidence"], "high");
    assert_eq!(quotes[1]["speaker_kind"], "description");
}

#[test]
fn reextract_refreshes_speakers_from_the_files_and_keeps_corrections() {
    let t = TestDir::new();
    let ferry = t.write("in/ferry.txt", FERRY);
    let other = t.write("in/other.txt", FERRY.replace("ferry moves", "ferry shifts"));
    t.ok(&["import", s(&ferry)]);
    t.ok(&["import", s(&other)]);
    // What an older extractor left: no speaker on the first article's quote.
    let conn = rusqlite::Connection::open(t.archive()).expect("open");
    conn.execute_batch(
        "UPDATE quotes SET speaker = NULL, speaker_kind = 'unresolved', attribution = 'none';
         UPDATE articles SET speakers_text = '';",
    )
    .expect("old quotes");
    drop(conn);
    assert_eq!(listed(&t, &[]), vec!["Ann Example"]);
    correct(&t, 1, &["--speaker", "Harbour Ferries", "--organisation"]);
    std::fs::write(&other, "changed since").expect("change the file");

    let run = t.run(&["reextract"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(
        run.stderr().contains("article 2: skipped"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr()
            .contains("re-read 1, quotes changed in 0, skipped 1"),
        "the corrected quote stays as corrected: {}",
        run.stderr()
    );
    assert_eq!(listed(&t, &["--organisations"]), vec!["Harbour Ferries"]);
    // Undo gives back what extraction finds today, not the stale speaker.
    correct(&t, 1, &["--undo"]);
    assert_eq!(listed(&t, &[]), vec!["Ann Example", "Jo Lee"]);
    let run = t.run(&["reextract", "--ids", "1"]);
    assert!(
        run.stderr()
            .contains("re-read 1, quotes changed in 0, skipped 0"),
        "{}",
        run.stderr()
    );
}
