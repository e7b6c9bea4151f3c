//! The user's own work on articles from the terminal (issue 18): field edits kept apart from
//! extraction, tags and notes, all surviving search, export → import → export and re-import.

use crate::util::{TestDir, fixture, s};
use serde_json::Value;

const BRIDGE: &str = "text/byline-first-harbour-bridge.txt";
const WIND: &str = "text/iso-dates-wind-farm.txt";
const TROOPS: &str = "text/daily-wrap-north-korean-troops.txt";

/// An archive with the three articles, and their ids (bridge, wind farm, troops).
fn three_articles() -> (TestDir, [i64; 3]) {
    let t = TestDir::new();
    for f in [BRIDGE, WIND, TROOPS] {
        t.ok(&["import", s(&fixture(f))]);
    }
    let ids = [
        "\"corroded cables\"",
        "Nordlicht",
        "\"North Korean troops\"",
    ]
    .map(|q| only_id(&t.json(&["search", q, "--json"])));
    (t, ids)
}

fn ids_of(found: &Value) -> Vec<i64> {
    let mut ids: Vec<i64> = found
        .as_array()
        .expect("an array")
        .iter()
        .map(|h| h["id"].as_i64().expect("an id"))
        .collect();
    ids.sort_unstable();
    ids
}

fn only_id(found: &Value) -> i64 {
    match ids_of(found).as_slice() {
        [one] => *one,
        other => panic!("expected one article, got {other:?}"),
    }
}

fn show(t: &TestDir, id: i64) -> Value {
    t.json(&["show", &id.to_string(), "--json"])
}

/// Export's articles by content hash, with what the user added.
fn user_data(export: &Value) -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = export["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            let kept = serde_json::json!({
                "title": a["title"], "authors": a["authors"], "published": a["published"],
                "corrections": a["corrections"], "tags": a["tags"], "note": a["note"],
            });
            (
                a["file"]["sha256"].as_str().expect("hash").to_string(),
                kept,
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn read_json(path: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json")
}

#[test]
fn edits_and_tags_from_the_terminal_are_searched_exported_and_kept_on_reimport() {
    let (t, [bridge, wind, troops]) = three_articles();
    let original = show(&t, bridge);
    let b = bridge.to_string();
    let out = t.ok(&[
        "edit",
        &b,
        "--title",
        "Zanzibar crossing shut for repairs",
        "--author",
        "Jane Roe",
        "--author",
        "Smith, J.",
        "--published",
        "2020-01-02T10:00",
    ]);
    assert!(out.contains("title: edited"), "{out}");

    // `show --json`: the edited values, with what extraction found kept beside them.
    let shown = show(&t, bridge);
    assert_eq!(shown["title"], "Zanzibar crossing shut for repairs");
    assert_eq!(
        shown["authors"],
        serde_json::json!(["Jane Roe", "Smith, J."])
    );
    assert_eq!(shown["published"], "2020-01-02T10:00");
    assert_eq!(shown["extracted"]["title"], original["title"]);
    assert_eq!(shown["extracted"]["authors"], original["authors"]);
    assert_eq!(shown["extracted"]["published"], original["published"]);
    assert_eq!(shown["file"]["sha256"], original["file"]["sha256"]);
    assert_eq!(
        shown["corrections"]["fields"].as_array().map(Vec::len),
        Some(3)
    );

    // The edited values are searched and filtered on; the old title words are not titles.
    assert_eq!(
        ids_of(&t.json(&["search", "zanzibar", "--json"])),
        vec![bridge]
    );
    assert_eq!(
        ids_of(&t.json(&["search", "author:roe", "--json"])),
        vec![bridge]
    );
    assert_eq!(
        ids_of(&t.json(&["search", "title:harbour", "--json"])),
        Vec::<i64>::new()
    );
    let dated = t.json(&[
        "search",
        "",
        "--from",
        "2020-01-01",
        "--to",
        "2020-01-31",
        "--json",
    ]);
    assert_eq!(ids_of(&dated), vec![bridge]);

    // Tags: two articles; `tag:` finds exactly them, in any case.
    t.ok(&[
        "tag",
        &b,
        &wind.to_string(),
        "--add",
        "Climate desk",
        "--add",
        "to read",
    ]);
    let tagged = t.json(&["search", "tag:\"climate desk\"", "--json"]);
    assert_eq!(ids_of(&tagged), {
        let mut v = vec![bridge, wind];
        v.sort_unstable();
        v
    });
    assert_eq!(
        tagged[0]["tags"],
        serde_json::json!(["Climate desk", "to read"])
    );
    assert_eq!(
        ids_of(&t.json(&["search", "tag:\"Climate desk\" -tag:\"to read\"", "--json"])),
        Vec::<i64>::new()
    );
    assert_eq!(
        ids_of(&t.json(&["search", "Nordlicht OR tag:\"to read\"", "--json"])).len(),
        2
    );
    let tags = t.json(&["tags", "--json"]);
    assert_eq!(
        tags,
        serde_json::json!([{"name": "Climate desk", "articles": 2}, {"name": "to read", "articles": 2}])
    );

    // A note of two paragraphs; `note:` searches it, the article's text does not hold it.
    let note = "Call the council press office.\n\nAsk about the cable contract.";
    assert_eq!(t.ok(&["note", &b, note]).trim(), "note saved");
    assert_eq!(show(&t, bridge)["note"], note);
    assert_eq!(
        ids_of(&t.json(&["search", "note:\"press office\"", "--json"])),
        vec![bridge]
    );
    assert_eq!(
        ids_of(&t.json(&["search", "note:contr", "--json"])),
        vec![bridge]
    );
    assert!(ids_of(&t.json(&["search", "contract", "--json"])).is_empty());

    // Export → import into a new archive → export keeps edits, tags and notes.
    let first = t.path().join("first.json");
    t.ok(&["export", "--out", s(&first)]);
    let first = read_json(&first);
    assert_eq!(first["version"], 3);
    let other = TestDir::new();
    other.ok(&["import", s(&t.path().join("first.json"))]);
    let second = other.path().join("second.json");
    other.ok(&["export", "--out", s(&second)]);
    assert_eq!(user_data(&read_json(&second)), user_data(&first));
    assert_eq!(
        ids_of(&other.json(&[
            "search",
            "tag:\"climate desk\" zanzibar note:cable",
            "--json"
        ]))
        .len(),
        1
    );

    // Re-importing the original files changes none of it, in either archive (the edited
    // title still identifies the same content).
    let before = show(&t, bridge);
    let tags_before = t.json(&["tags", "--json"]);
    for archive in [&t, &other] {
        for f in [BRIDGE, WIND, TROOPS] {
            archive.ok(&["import", s(&fixture(f))]);
        }
        assert_eq!(archive.json(&["stats", "--json"])["articles"], 3);
    }
    assert_eq!(show(&t, bridge), before);
    assert_eq!(before["note"], note);
    assert_eq!(t.json(&["tags", "--json"]), tags_before);
    let mut again = t.json(&["export", "--out", "-"]);
    again["exported_at"] = first["exported_at"].clone();
    assert_eq!(user_data(&again), user_data(&first));
    // So does extracting them again.
    t.ok(&["reextract"]);
    assert_eq!(show(&t, bridge)["title"], before["title"]);

    // Revert is one field at a time, back to what was extracted.
    t.ok(&["edit", &b, "--revert", "title"]);
    let reverted = show(&t, bridge);
    assert_eq!(reverted["title"], original["title"]);
    assert_eq!(
        reverted["authors"],
        serde_json::json!(["Jane Roe", "Smith, J."])
    );
    assert!(reverted["extracted"].get("title").is_none());
    assert_eq!(
        ids_of(&t.json(&["search", "zanzibar", "--json"])),
        Vec::<i64>::new()
    );
    assert_eq!(
        ids_of(&t.json(&["search", "title:harbour", "--json"])),
        vec![bridge]
    );
    let _ = troops;
}

#[test]
fn tags_are_renamed_merged_and_deleted() {
    let (t, [bridge, wind, troops]) = three_articles();
    let [b, w, k] = [bridge, wind, troops].map(|i| i.to_string());
    t.ok(&["tag", &b, &w, "--add", "energy"]);
    t.ok(&["tag", &k, "--add", "war"]);
    t.ok(&["tag", &w, "--add", "Power"]);
    // Rename into a free name, then merge into an existing one.
    t.ok(&["tags", "--rename", "energy", "Infrastructure"]);
    assert_eq!(
        ids_of(&t.json(&["search", "tag:infrastructure", "--json"])),
        {
            let mut v = vec![bridge, wind];
            v.sort_unstable();
            v
        }
    );
    assert!(ids_of(&t.json(&["search", "tag:energy", "--json"])).is_empty());
    t.ok(&["tags", "--rename", "power", "infrastructure"]);
    assert_eq!(
        t.json(&["tags", "--json"]),
        serde_json::json!([{"name": "Infrastructure", "articles": 2}, {"name": "war", "articles": 1}])
    );
    t.ok(&["tag", &k, "--remove", "war"]);
    t.ok(&["tags", "--delete", "infrastructure"]);
    assert_eq!(t.json(&["tags", "--json"]), serde_json::json!([]));
    assert!(ids_of(&t.json(&["search", "tag:infrastructure", "--json"])).is_empty());

    // An empty note removes it.
    t.ok(&["note", &b, "draft"]);
    assert_eq!(t.ok(&["note", &b, ""]).trim(), "note removed");
    assert!(show(&t, bridge).get("note").is_none());

    // Mistakes are usage errors, and change nothing.
    assert_eq!(t.run(&["tag", &b, "--add", "  "]).code(), 2);
    assert_eq!(
        t.run(&["edit", &b, "--published", "last Tuesday"]).code(),
        2
    );
    assert_eq!(t.run(&["edit", &b, "--url", "not an address"]).code(), 2);
    assert_eq!(t.run(&["edit", &b, "--revert", "colour"]).code(), 2);
    assert_eq!(t.run(&["edit", "999", "--title", "x"]).code(), 2);
    assert_eq!(t.run(&["note", "999", "x"]).code(), 2);
    assert!(show(&t, bridge)["corrections"].is_null());
}

#[test]
fn a_version_8_archive_is_backed_up_and_gets_tags() {
    let t = TestDir::new();
    t.ok(&["import", s(&fixture(BRIDGE))]);
    let conn = rusqlite::Connection::open(t.archive()).expect("open");
    conn.execute_batch(&format!(
        "{} {} {} PRAGMA user_version = 8;",
        crate::util::BACK_TO_VERSION_10,
        crate::util::BACK_TO_VERSION_9,
        crate::util::BACK_TO_VERSION_8
    ))
    .expect("version 8");
    drop(conn);
    t.ok(&["tag", "1", "--add", "kept"]);
    assert!(
        t.path().join("archive.sqlite.v8.bak").exists(),
        "backed up first"
    );
    assert_eq!(ids_of(&t.json(&["search", "tag:kept", "--json"])), vec![1]);
}

#[test]
fn highlights_are_searched_by_comment_and_survive_export_and_reimport() {
    use chronicle::archive::{Archive, Filter, Sort};
    use chronicle::model::{Highlight, TextPart};
    let (t, [bridge, _, _]) = three_articles();
    let mut archive = Archive::open(&t.archive()).expect("open");
    let article = archive
        .article(bridge)
        .expect("read")
        .expect("article")
        .article;
    let (part, text) = [
        (TextPart::Lead, &article.lead),
        (TextPart::Body, &article.body),
    ]
    .into_iter()
    .find(|(_, t)| t.contains("corroded cables"))
    .expect("in the article");
    let start = text[..text.find("corroded cables").expect("found")]
        .chars()
        .count();
    let highlight = Highlight {
        part,
        start,
        end: start + "corroded cables".chars().count(),
        comment: Some("Ask the engineers when the cables were inspected".into()),
        made_at: "2026-11-30T03:00:00Z".into(),
        text: String::new(),
    };
    archive
        .add_highlight(bridge, &highlight)
        .expect("highlighted");
    let bad = Highlight {
        end: text.chars().count() + 5,
        ..highlight.clone()
    };
    assert!(
        archive.add_highlight(bridge, &bad).is_err(),
        "outside the text"
    );
    drop(archive);
    let shown = show(&t, bridge);
    assert_eq!(shown["highlights"][0]["text"], "corroded cables");
    assert_eq!(
        shown["highlights"][0]["comment"],
        highlight.comment.as_deref().unwrap_or("")
    );
    // `note:` searches highlight comments too.
    assert_eq!(
        ids_of(&t.json(&["search", "note:engineers", "--json"])),
        vec![bridge]
    );

    let out = t.path().join("out.json");
    t.ok(&["export", "--out", s(&out)]);
    let other = TestDir::new();
    other.ok(&["import", s(&out)]);
    other.ok(&["import", s(&fixture(BRIDGE))]);
    let archive = Archive::open(&other.archive()).expect("open");
    let found = archive
        .search(
            &Filter {
                query: "note:inspected".into(),
                ..Filter::default()
            },
            Sort::Newest,
            10,
            0,
        )
        .expect("search");
    assert_eq!(found.total, 1);
    let record = archive
        .article(found.hits[0].id)
        .expect("read")
        .expect("article");
    assert_eq!(record.article.highlights.len(), 1);
    assert_eq!(record.article.highlights[0].text, "corroded cables");
}

#[test]
fn a_version_2_export_still_imports() {
    let (t, [bridge, _, _]) = three_articles();
    let mut doc = t.json(&["export", "--out", "-"]);
    doc["version"] = 2.into();
    let v2 = t.write("v2.json", doc.to_string());
    let other = TestDir::new();
    other.ok(&["import", s(&v2)]);
    assert_eq!(other.json(&["stats", "--json"])["articles"], 3);
    assert_eq!(show(&other, bridge)["title"], show(&t, bridge)["title"]);
    doc["version"] = 4.into();
    let v4 = t.write("v4.json", doc.to_string());
    let newer = other.run(&["import", s(&v4)]);
    assert_ne!(newer.code(), 0, "a newer export is refused");
}

#[test]
fn saved_searches_travel_in_the_export_and_never_replace_the_archives_own() {
    use chronicle::archive::Archive;
    use chronicle::query::Filter;
    let (t, _) = three_articles();
    let day = |d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    let bridges = Filter {
        query: "bridge -ferry".into(),
        from: day("2024-01-01"),
        to: day("2024-12-31"),
    };
    {
        let mut archive = Archive::open(&t.archive()).expect("open");
        archive
            .save_search("Bridges", &bridges, "2026-11-30T00:00:00Z")
            .expect("save");
        archive
            .save_search(
                "Wind",
                &Filter {
                    query: "wind".into(),
                    ..Filter::default()
                },
                "2026-11-30T00:00:00Z",
            )
            .expect("save");
    }
    let out = t.path().join("export.json");
    t.ok(&["export", "--out", s(&out)]);
    let exported: Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("read")).expect("json");
    assert_eq!(exported["saved_searches"][0]["name"], "Bridges");
    assert_eq!(exported["saved_searches"][0]["from"], "2024-01-01");

    // A second archive that already has its own "Wind" search.
    let other = TestDir::new();
    other.ok(&["import", s(&fixture(WIND))]);
    Archive::open(&other.archive())
        .expect("open")
        .save_search(
            "Wind",
            &Filter {
                query: "farm".into(),
                ..Filter::default()
            },
            "2026-11-30T00:00:00Z",
        )
        .expect("save");
    other.ok(&["import", s(&out)]);
    let saved = Archive::open(&other.archive())
        .expect("open")
        .saved_searches()
        .expect("list");
    let found: Vec<(&str, &Filter)> = saved.iter().map(|s| (s.name.as_str(), &s.filter)).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], ("Bridges", &bridges));
    assert_eq!(found[1].1.query, "farm", "the archive's own search stays");
}

#[test]
fn a_version_9_archive_queues_its_tags_and_notes_for_the_team() {
    let t = TestDir::new();
    t.ok(&["import", s(&fixture(BRIDGE))]);
    t.ok(&["tag", "1", "--add", "kept", "--add", "later"]);
    t.ok(&["note", "1", "Call back"]);
    // Version 9 queued neither.
    let conn = rusqlite::Connection::open(t.archive()).expect("open");
    conn.execute_batch(&format!(
        "{} {} DELETE FROM sync_outbox; PRAGMA user_version = 9;",
        crate::util::BACK_TO_VERSION_10,
        crate::util::BACK_TO_VERSION_9
    ))
    .expect("version 9");
    drop(conn);
    let archive = chronicle::archive::Archive::open(&t.archive()).expect("upgrade");
    assert!(
        t.path().join("archive.sqlite.v9.bak").exists(),
        "backed up first"
    );
    assert_eq!(
        archive.pending().expect("pending").records,
        3,
        "two tags, one note"
    );
}
