//! Search semantics end to end: every script found, one meaning per query, relevance over
//! every match, and the re-index of archives made before Chinese, Japanese and Korean text
//! was indexed as pairs.

use crate::util::{TestDir, fixture, s, sample};
use chronicle::archive::{Archive, Filter, NewArticle, Sort};
use chronicle::model::Article;

fn ids(hits: &serde_json::Value) -> Vec<i64> {
    hits.as_array()
        .map(|a| a.iter().filter_map(|h| h["id"].as_i64()).collect())
        .unwrap_or_default()
}

#[test]
fn a_chinese_page_is_found_by_a_word_from_the_middle_of_a_sentence() {
    let t = TestDir::new();
    t.ok(&["import", s(&fixture("cjk/zh-harbour.html"))]);
    // 锚地 (anchorage) and 生态 (ecology) sit inside sentences, 集装箱 (container) is three
    // characters, 码头 is in the title; a single character is found as a prefix.
    for query in [
        "锚地",
        "生态",
        "集装箱",
        "码头",
        "title:码头",
        "锚",
        "\"近海生态\"",
    ] {
        let hits = t.json(&["search", query, "--json"]);
        assert_eq!(ids(&hits).len(), 1, "{query} finds the Chinese page");
        if !query.starts_with("title:") {
            let snippet = hits[0]["snippet"].as_str().unwrap_or_default();
            let word = query.trim_matches('"');
            assert!(snippet.contains(word), "{query}: snippet {snippet}");
        }
    }
    for query in ["锚生", "东京", "生态 -渔民"] {
        let hits = t.json(&["search", query, "--json"]);
        assert!(ids(&hits).is_empty(), "{query} finds nothing");
    }
    let out = t.ok(&["search", "锚地"]);
    assert!(out.contains("青岛港新码头正式启用"), "{out}");
}

#[test]
fn spaces_and_punctuation_around_a_query_change_nothing() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let reference = ids(&t.json(&["search", "Kursk", "--json"]));
    assert_eq!(reference.len(), 1);
    for query in [
        "Kursk ",
        " kursk.",
        "Kursk, ",
        "(Kursk)",
        "Kursk …",
        "Kursk -",
    ] {
        assert_eq!(
            ids(&t.json(&["search", query, "--json"])),
            reference,
            "{query:?}"
        );
    }
    // A word no article holds whole is the start of longer ones, with or without a space.
    for query in ["pyongy", "pyongy ", "pyongy."] {
        assert_eq!(
            ids(&t.json(&["search", query, "--json"])),
            reference,
            "{query:?}"
        );
    }
}

#[test]
fn minus_leaves_words_out_and_alone_is_explained() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    assert_eq!(
        ids(&t.json(&["search", "Kursk -Pyongyang", "--json"])).len(),
        0
    );
    assert_eq!(ids(&t.json(&["search", "Kursk -zzyzx", "--json"])).len(), 1);
    let run = t.run(&["search", "-Kursk"]);
    assert_eq!(run.code(), 2);
    assert!(
        run.stderr().contains("add a word to search for"),
        "{}",
        run.stderr()
    );
}

fn article(title: &str, body: &str, day: u32) -> NewArticle {
    NewArticle {
        article: Article {
            title: title.into(),
            body: body.into(),
            published: Some(format!("2024-01-{day:02}")),
            format: "text".into(),
            ..Article::default()
        },
        file: chronicle::model::FileInfo {
            name: format!("{title}.txt"),
            ..Default::default()
        },
        ..NewArticle::default()
    }
}

#[test]
fn folding_and_highlights_agree_with_the_index() {
    let mut archive = Archive::open_in_memory().expect("archive");
    let words = [
        "Spółka",
        "Łódź",
        "Ørsted",
        "Nguyễn",
        "café",
        "naïve",
        "Straße",
        "Ärzte",
        "Kraków",
        "Dvořák",
        "façade",
        "Київ",
        "Ελλάδα",
    ];
    let batch: Vec<NewArticle> = words
        .iter()
        .enumerate()
        .map(|(i, w)| article(&format!("Note {i}"), &format!("About {w} today."), 1))
        .collect();
    archive
        .insert_batch(&batch, "2026-01-01T00:00:00Z")
        .expect("insert");
    for word in words {
        let folded = chronicle::query::text::fold(word);
        for query in [word.to_string(), folded.clone()] {
            let filter = Filter {
                query: query.clone(),
                ..Filter::default()
            };
            let page = archive
                .search(&filter, Sort::Relevance, 10, 0)
                .expect("search");
            assert_eq!(page.total, 1, "{query} (folded {folded}) finds its article");
            let marked = page.hits[0].snippet.contains(&format!(
                "{}{word}{}",
                chronicle::archive::HIGHLIGHT_START,
                chronicle::archive::HIGHLIGHT_END
            ));
            assert!(
                marked,
                "{query}: the snippet marks {word}: {:?}",
                page.hits[0].snippet
            );
        }
    }
}

#[test]
fn relevance_ranks_every_match_of_a_small_archive_not_only_the_newest() {
    let mut archive = Archive::open_in_memory().expect("archive");
    // The best match (the word in its title and twice in its body) is imported first, then
    // more weaker matches than the 1,000 newest the ranking once saw (tests/relevance.rs has
    // more than the 2,000 it saw later).
    let weaker = 1_999;
    let mut batch = vec![article(
        "Harbour cranes arrive",
        "The harbour cranes arrived. The harbour is ready.",
        1,
    )];
    for i in 0..weaker {
        batch.push(article(
            &format!("Council notes {i}"),
            &format!("Item {i}: among many other items, the board mentioned the harbour once."),
            2,
        ));
    }
    archive
        .insert_batch(&batch, "2026-01-01T00:00:00Z")
        .expect("insert");
    let filter = Filter {
        query: "harbour".into(),
        ..Filter::default()
    };
    let page = archive
        .search(&filter, Sort::Relevance, 10, 0)
        .expect("search");
    assert_eq!(page.total, weaker + 1);
    assert_eq!(page.hits[0].title, "Harbour cranes arrive");
    let first: Vec<i64> = page.hits.iter().map(|h| h.id).collect();
    assert_eq!(
        archive.ranked_exhaustively(&filter, 10).expect("ranking"),
        first,
        "the first page is the full bm25 ranking's"
    );
}

/// Rewrites the index of `id` as version 4 had it: the text as it is, runs unpaired.
fn index_as_version_4(path: &std::path::Path, id: i64) {
    let archive = Archive::open(path).expect("open");
    let a = archive.article(id).expect("read").expect("article").article;
    drop(archive);
    let conn = rusqlite::Connection::open(path).expect("open");
    conn.execute("DELETE FROM articles_fts WHERE rowid = ?1", [id])
        .expect("delete");
    conn.execute("DELETE FROM articles_prefix WHERE rowid = ?1", [id])
        .expect("delete");
    let authors = a.authors.join(", ");
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, lead, body, authors) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![id, a.title, a.lead, a.body, authors],
    )
    .expect("index");
    conn.execute(
        "INSERT INTO articles_prefix (rowid, title, lead, body, authors) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![id, a.title, a.lead, a.body, authors],
    )
    .expect("index");
    // A version-4 file had no url column either, nor speaker kinds and corrections (7).
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
    conn.execute_batch("ALTER TABLE articles DROP COLUMN url; PRAGMA user_version = 4")
        .expect("version");
}

#[test]
fn an_archive_indexed_before_pairs_is_backed_up_and_reindexed() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample()), s(&fixture("cjk/zh-harbour.html"))]);
    let zh = ids(&t.json(&["search", "锚地", "--json"]));
    assert_eq!(zh.len(), 1);
    index_as_version_4(&t.archive(), zh[0]);
    let unpaired: i64 = rusqlite::Connection::open(t.archive())
        .expect("open")
        .query_row(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'title : \"码头\"'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(unpaired, 0, "a version-4 index holds the title as one word");
    let run = t.run(&["search", "锚地", "--json"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(
        run.stderr()
            .contains("updating the archive to version 5: 2/2 articles"),
        "the re-index reports progress: {}",
        run.stderr()
    );
    let hits: serde_json::Value = serde_json::from_str(&run.stdout()).expect("json");
    assert_eq!(ids(&hits), zh, "found again after the re-index");
    let backup = t.path().join("archive.sqlite.v4.bak");
    assert_eq!(
        crate::util::user_version(&backup),
        4,
        "the backup is the archive before the re-index"
    );
    assert_eq!(ids(&t.json(&["search", "title:码头", "--json"])), zh);
    assert_eq!(ids(&t.json(&["search", "Kursk", "--json"])).len(), 1);
    let archive = Archive::open(&t.archive()).expect("open");
    assert_eq!(archive.check_integrity().expect("check"), Ok(()));
}
