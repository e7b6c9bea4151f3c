use super::*;
use crate::archive::NewArticle;
use crate::model::Article;
use chrono::Datelike as _;

/// `n` articles mentioning "harbour", one per day from 2020-01-01; article 7 has it in
/// its title as well, so it is the best match wherever the ranking can see it.
fn archive_with(archive: &mut Archive, n: usize) {
    let base = NaiveDate::from_ymd_opt(2020, 1, 1).expect("date");
    let batch: Vec<NewArticle> = (0..n)
        .map(|i| {
            let day = base + chrono::Days::new(i as u64);
            let title = if i == n - 7 {
                "Harbour reopens".to_string()
            } else {
                format!("Council notes {i}")
            };
            let body = format!(
                "Item {i}: the harbour board met on {day} and agreed the budget number {i}."
            );
            let article = Article {
                title,
                body,
                published: Some(day.to_string()),
                format: "text".into(),
                ..Article::default()
            };
            NewArticle {
                article,
                file: crate::model::FileInfo {
                    name: format!("{i}.txt"),
                    ..Default::default()
                },
                ..NewArticle::default()
            }
        })
        .collect();
    archive
        .insert_batch(&batch, "2026-01-01T00:00:00Z")
        .expect("insert");
}

/// The query with every open-ended word a prefix, as while typing.
fn prefixed(query: &str) -> super::super::fts_query::FtsMatch {
    let mut q = crate::query::parse(query).expect("valid");
    q.for_each_term_mut(&mut |t| t.prefix |= t.open_ended());
    compile(&q).expect("terms")
}

fn all_pages(archive: &Archive, filter: &Filter, sort: Sort) -> (usize, Vec<i64>) {
    let mut ids = Vec::new();
    let mut total = 0;
    for page in 0.. {
        let p = archive
            .search(filter, sort, 100, page * 100)
            .expect("search");
        total = p.total;
        if p.hits.is_empty() {
            break;
        }
        ids.extend(p.hits.iter().map(|h| h.id));
    }
    (total, ids)
}

#[test]
fn every_match_is_reachable_on_some_page_exactly_once() {
    let mut archive = Archive::open_in_memory().expect("archive");
    let n = 4_037;
    archive_with(&mut archive, n);
    let filter = Filter {
        query: "harb".into(),
        ..Filter::default()
    };
    let (total, ids) = all_pages(&archive, &filter, Sort::Relevance);
    assert_eq!(total, n);
    assert_eq!(ids.len(), n, "every page of the ranking lists its matches");
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), n, "no article is listed twice");
    let first = archive
        .search(&filter, Sort::Relevance, 1, 0)
        .expect("search");
    assert_eq!(
        first.hits[0].title, "Harbour reopens",
        "the title match ranks first"
    );
}

#[test]
fn date_ranges_select_by_publication_day_and_follow_every_write() {
    let dir = tempfile::tempdir().expect("dir");
    // A file archive, so the count runs on the second connection.
    let path = dir.path().join("a.sqlite");
    let mut archive = Archive::open(&path).expect("archive");
    archive_with(&mut archive, 400);
    let day = |m: u32, d: u32| NaiveDate::from_ymd_opt(2020, m, d);
    let cases = [
        (day(1, 10), day(1, 19), 10),
        (day(1, 1), day(12, 31), 366),
        (day(2, 1), None, 400 - 31),
        (None, day(1, 5), 5),
    ];
    for (from, to, expected) in cases {
        let filter = Filter {
            query: "harbour".into(),
            from,
            to,
        };
        let (total, ids) = all_pages(&archive, &filter, Sort::Relevance);
        assert_eq!((total, ids.len()), (expected, expected), "{from:?}..{to:?}");
        let (_, newest) = all_pages(&archive, &filter, Sort::Newest);
        assert_eq!(newest.len(), expected);
    }
    let january = Filter {
        query: "harbour".into(),
        from: day(1, 1),
        to: day(1, 31),
    };
    let count = |archive: &Archive| {
        archive
            .search(&january, Sort::Relevance, 10, 0)
            .expect("search")
            .total
    };
    assert_eq!(count(&archive), 31);
    // A delete on this connection is seen at once (its own commits do not change data_version).
    let first_id = all_pages(&archive, &january, Sort::Oldest).1[0];
    archive.delete(&[first_id]).expect("delete");
    assert_eq!(count(&archive), 30);
    // So is an import by another connection.
    let mut other = Archive::open(&path).expect("second archive");
    let article = Article {
        title: "Late harbour news".into(),
        body: "The harbour opened.".into(),
        published: Some("2020-01-15T10:00".into()),
        format: "text".into(),
        ..Article::default()
    };
    other
        .insert_batch(
            &[NewArticle {
                article,
                file: crate::model::FileInfo {
                    name: "late.txt".into(),
                    ..Default::default()
                },
                ..NewArticle::default()
            }],
            "2026-01-01T00:00:00Z",
        )
        .expect("insert");
    assert_eq!(count(&archive), 31);
    // The timeline over a query counts the same days.
    let counts = archive.day_counts(&january).expect("counts");
    let in_january: u32 = counts
        .days
        .iter()
        .filter(|(d, _)| d.month() == 1 && d.year() == 2020)
        .map(|(_, n)| n)
        .sum();
    assert_eq!(in_january, 31);
}

#[test]
fn an_article_with_a_huge_id_is_found_by_date_without_a_huge_allocation() {
    let mut archive = Archive::open_in_memory().expect("archive");
    let article = Article {
        title: "Far away".into(),
        body: "A harbour far away.".into(),
        published: Some("2021-06-01".into()),
        format: "text".into(),
        ..Article::default()
    };
    let far = 1_i64 << 50;
    archive
        .insert_batch(
            &[NewArticle {
                article,
                file: crate::model::FileInfo {
                    name: "far.txt".into(),
                    ..Default::default()
                },
                preferred_id: Some(far),
                ..NewArticle::default()
            }],
            "2026-01-01T00:00:00Z",
        )
        .expect("insert");
    let filter = Filter {
        query: "harbour".into(),
        from: NaiveDate::from_ymd_opt(2021, 1, 1),
        to: NaiveDate::from_ymd_opt(2021, 12, 31),
    };
    let page = archive
        .search(&filter, Sort::Relevance, 10, 0)
        .expect("search");
    assert_eq!(
        (page.total, page.hits.first().map(|h| h.id)),
        (1, Some(far))
    );
    assert_eq!(
        archive
            .day_counts(&Filter::default())
            .expect("counts")
            .days
            .len(),
        1
    );
}

#[test]
fn delete_and_restore_keep_the_index_in_step() {
    let mut archive = Archive::open_in_memory().expect("archive");
    archive_with(&mut archive, 30);
    let filter = Filter {
        query: "harbour".into(),
        ..Filter::default()
    };
    let ids = all_pages(&archive, &filter, Sort::Newest).1;
    let removed = archive.delete(&ids[..10]).expect("delete");
    assert_eq!(
        archive
            .search(&filter, Sort::Relevance, 50, 0)
            .expect("search")
            .total,
        20
    );
    assert_eq!(archive.restore(&removed).expect("restore"), 10);
    // Restored under their old ids, indexed again, and the index is sound.
    let (total, mut back) = all_pages(&archive, &filter, Sort::Newest);
    assert_eq!(total, 30);
    back.sort_unstable();
    let mut expected = ids.clone();
    expected.sort_unstable();
    assert_eq!(back, expected);
    assert_eq!(archive.check_integrity().expect("check"), Ok(()));
}

#[test]
fn the_prefix_table_finds_what_the_word_table_finds() {
    let mut archive = Archive::open_in_memory().expect("archive");
    let texts = [
        (
            "Ukraine's harvest",
            "Kyiv said the grain corridor would stay open.",
            "Olena Kowalska",
        ),
        (
            "Oil prices fall",
            "Brent crude fell as the Ukrainian port reopened.",
            "John Smith",
        ),
        (
            "Łódź council",
            "Spółka miejska ogłosiła przetarg; Zażółć gęślą jaźń.",
            "Anna Nowak",
        ),
        (
            "Україна і зерно",
            "Урожай у Києві більший, ніж торік.",
            "Іван Петренко",
        ),
        (
            "Trade talks",
            "Ministers met in Tokyo on tariffs; no deal on 2025 quotas.",
            "",
        ),
    ];
    let batch: Vec<NewArticle> = texts
        .iter()
        .enumerate()
        .map(|(i, (title, body, author))| {
            let authors = if author.is_empty() {
                vec![]
            } else {
                vec![author.to_string()]
            };
            let article = Article {
                title: title.to_string(),
                body: body.to_string(),
                authors,
                published: Some(format!("2024-01-0{}", i + 1)),
                format: "text".into(),
                ..Article::default()
            };
            NewArticle {
                article,
                file: crate::model::FileInfo {
                    name: format!("{i}.txt"),
                    ..Default::default()
                },
                ..NewArticle::default()
            }
        })
        .collect();
    archive
        .insert_batch(&batch, "2026-01-01T00:00:00Z")
        .expect("insert");
    let ids = |archive: &Archive, table: FtsTable, expr: &str| {
        let m = Matching {
            expr,
            table,
            days: None,
        };
        let ids = m
            .dated_ids(&archive.conn, Sort::Newest, 100, 0)
            .expect("ids");
        assert_eq!(m.count(&archive.conn).expect("count"), ids.len());
        ids
    };
    let plain = [
        "u",
        "uk",
        "ukr",
        "oil p",
        "t",
        "łód",
        "spo",
        "zaz",
        "укр",
        "к",
        "2",
        "20",
        "ko",
        "kyiv OR tr",
        "oil NOT p",
        "the NOT uk",
    ];
    let whole = [
        "kyiv",
        "the",
        "oil prices",
        "ukrainian OR tokyo",
        "the NOT crude",
        "zażółć",
        "києві",
    ];
    for query in plain.into_iter().chain(whole) {
        let fts = prefixed(query);
        assert_eq!(fts.set_table(), FtsTable::Prefixes, "{query}");
        let words = ids(&archive, FtsTable::Words, &fts.expr);
        assert!(
            !words.is_empty() || query.contains("NOT"),
            "{query} matches something"
        );
        assert_eq!(
            ids(&archive, FtsTable::Prefixes, &fts.expr),
            words,
            "{query}"
        );
    }
    // A deleted article leaves both tables.
    let ukr = prefixed("ukr");
    let before = ids(&archive, FtsTable::Prefixes, &ukr.expr);
    archive.delete(&before[..1]).expect("delete");
    assert_eq!(
        ids(&archive, FtsTable::Prefixes, &ukr.expr),
        before[1..].to_vec()
    );
    assert_eq!(
        ids(&archive, FtsTable::Words, &ukr.expr),
        before[1..].to_vec()
    );
}
