//! Relevance over every match (issue 17): on an archive where the best matches are the
//! oldest imports, behind thousands of weaker newer ones, the first page by relevance is the
//! full bm25 ranking's first page (the same weights), later pages continue it, and the
//! command line lists the same articles as the library the window calls.

use crate::util::TestDir;
use chronicle::archive::{Archive, Filter, NewArticle, Sort};
use chronicle::model::Article;

fn article(i: usize, title: String, body: String, day: u32) -> NewArticle {
    NewArticle {
        article: Article {
            title,
            body,
            published: Some(format!(
                "2023-{:02}-{:02}",
                1 + (day / 28) % 12,
                1 + day % 28
            )),
            format: "text".into(),
            ..Article::default()
        },
        file: chronicle::model::FileInfo {
            name: format!("{i}.txt"),
            ..Default::default()
        },
        ..NewArticle::default()
    }
}

/// Strong matches first (oldest ids): "harbour" in the title and often in a short body;
/// then 3,000 weaker ones, each mentioning it once in a longer body, some "crane" too.
fn build(path: &std::path::Path) -> Archive {
    let mut archive = Archive::open(path).expect("archive");
    let mut batch = Vec::new();
    for i in 0..12 {
        batch.push(article(
            i,
            format!("Harbour report {i}"),
            format!("The harbour {} cranes.", "harbour ".repeat(i % 4)),
            i as u32,
        ));
    }
    for i in 12..3_012 {
        let extra = if i % 7 == 0 { " A crane moved." } else { "" };
        batch.push(article(
            i,
            format!("Council notes {i}"),
            format!(
                "Item {i}: among many other items of business the board noted the harbour \
                 budget and the state of roads, schools and parks in the district.{extra}"
            ),
            i as u32,
        ));
    }
    archive
        .insert_batch(&batch, "2026-01-01T00:00:00Z")
        .expect("insert");
    archive
}

fn page_ids(archive: &Archive, filter: &Filter, limit: usize, offset: usize) -> Vec<i64> {
    archive
        .search(filter, Sort::Relevance, limit, offset)
        .expect("search")
        .hits
        .iter()
        .map(|h| h.id)
        .collect()
}

#[test]
fn the_first_page_by_relevance_is_the_best_of_every_match() {
    let t = TestDir::new();
    let archive = build(&t.archive());
    for (query, from) in [
        ("harbour", None),
        ("harbour crane", None),
        ("harbour OR crane", None),
        ("harbour -crane", None),
        ("title:harbour", None),
        ("harbour", chrono::NaiveDate::from_ymd_opt(2023, 1, 5)),
    ] {
        let filter = Filter {
            query: query.into(),
            from,
            to: None,
        };
        let full = archive
            .ranked_exhaustively(&filter, 10_000)
            .expect("full ranking");
        assert!(!full.is_empty(), "{query} matches");
        let first = page_ids(&archive, &filter, 10, 0);
        assert_eq!(first, full[..first.len()], "{query}: the first page");
        // The next pages continue the same order, without gaps or repeats.
        let mut paged = first.clone();
        for page in 1..4 {
            paged.extend(page_ids(&archive, &filter, 10, page * 10));
        }
        let n = paged.len();
        assert_eq!(paged, full[..n], "{query}: pages 1 to 4");
    }
    let filter = Filter {
        query: "harbour".into(),
        ..Filter::default()
    };
    let page = archive
        .search(&filter, Sort::Relevance, 12, 0)
        .expect("search");
    assert_eq!(page.total, 3_012);
    assert!(
        page.hits
            .iter()
            .all(|h| h.title.starts_with("Harbour report")),
        "the oldest articles, with the word in their titles, come first: {:?}",
        page.hits.iter().map(|h| &h.title).collect::<Vec<_>>()
    );
    // The command line asks the same function.
    let cli = t.json(&["search", "harbour", "--limit", "10", "--json"]);
    let cli_ids: Vec<i64> = cli
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|h| h["id"].as_i64())
        .collect();
    assert_eq!(cli_ids, page_ids(&archive, &filter, 10, 0));
}

/// 10,500 articles (enough for the lists of the commonest words): `the` and `said` in every
/// one, in titles now and then, with bodies of different lengths.
fn build_common(path: &std::path::Path) -> Archive {
    let mut archive = Archive::open(path).expect("archive");
    let batch: Vec<NewArticle> = (0..10_500)
        .map(|i| {
            let title = if i % 13 == 0 {
                format!("The port and the council {i}")
            } else {
                format!("Council notes {i}")
            };
            let body = format!(
                "Item {i}: the minister said {} the budget was agreed.{}",
                "the harbour ".repeat(i % 5),
                " Roads and schools were discussed at length.".repeat(i % 7)
            );
            article(i, title, body, i as u32)
        })
        .collect();
    for chunk in batch.chunks(2_000) {
        archive
            .insert_batch(chunk, "2026-01-01T00:00:00Z")
            .expect("insert");
    }
    archive
}

#[test]
fn a_version_10_archive_is_backed_up_and_ranks_common_words_from_their_lists() {
    let t = TestDir::new();
    let path = t.archive();
    drop(build_common(&path));
    let listed = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM rank_heads WHERE term = 'the'",
            [],
            |r| r.get(0),
        )
        .expect("count")
    };
    let conn = rusqlite::Connection::open(&path).expect("open");
    assert!(listed(&conn) > 0, "chosen on import");
    conn.execute_batch(&format!(
        "{} PRAGMA user_version = 10;",
        crate::util::BACK_TO_VERSION_10
    ))
    .expect("version 10");
    drop(conn);
    let mut reports = Vec::new();
    let mut archive =
        Archive::open_with_progress(&path, &mut |p| reports.push(p)).expect("migrate");
    let last = reports.last().expect("progress");
    assert_eq!(
        (last.to_version, last.done, last.total),
        (11, 10_500, 10_500)
    );
    let conn = rusqlite::Connection::open(&path).expect("open");
    assert!(listed(&conn) > 0, "the lists are built by the migration");
    let backup = t.path().join("archive.sqlite.v10.bak");
    assert_eq!(
        crate::util::user_version(&backup),
        10,
        "the backup is the archive before the migration"
    );
    let same_as_bm25 = |archive: &Archive, query: &str| {
        let filter = Filter {
            query: query.into(),
            ..Filter::default()
        };
        let full = archive.ranked_exhaustively(&filter, 50).expect("full");
        let mut paged = Vec::new();
        for page in 0..5 {
            paged.extend(page_ids(archive, &filter, 10, page * 10));
        }
        assert_eq!(paged, full, "{query}");
        full
    };
    for query in ["the", "said", "The ", "council", "harbour"] {
        same_as_bm25(&archive, query);
    }
    // The best articles deleted, the lists still give bm25's order.
    let best = same_as_bm25(&archive, "the");
    archive.delete(&best[..5]).expect("delete");
    let after = same_as_bm25(&archive, "the");
    assert!(after.iter().all(|id| !best[..5].contains(id)));
    assert_eq!(archive.check_integrity().expect("check"), Ok(()));
}
