//! The lists against FTS5's own bm25 on small archives (`HEAD` is 40 and `MIN_ARTICLES` 200
//! in tests, so lists are chosen, cut and run out here).

use super::super::{Archive, NewArticle};
use super::{HEAD, WEIGHTS, single_word, top};
use crate::model::Article;

const WORDS: [&str; 10] = [
    "the", "harbour", "council", "said", "grain", "port", "minister", "ship", "tariff", "vote",
];

/// Articles `from..from + n` of pseudo-random text (fixed seed per article): lengths from a
/// few words to a few hundred, so that scores differ by frequency, column and length.
pub(in crate::archive) fn batch(from: usize, n: usize) -> Vec<NewArticle> {
    (from..from + n)
        .map(|i| {
            let mut seed = 0x2545_F491_4F6C_DD1D_u64 ^ (i as u64).wrapping_mul(0x9E37_79B9);
            let mut next = move |m: usize| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (seed % m as u64) as usize
            };
            // `the` everywhere, each other word in about a third of the articles.
            let vocabulary = [
                WORDS[0],
                WORDS[1 + i % 9],
                WORDS[1 + (i / 9) % 9],
                WORDS[1 + (i * 5 + 3) % 9],
            ];
            let mut text = |len: usize| {
                (0..len)
                    .map(|_| vocabulary[next(vocabulary.len())])
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            NewArticle {
                article: Article {
                    title: text(1 + i % 4),
                    lead: if i % 3 == 0 { text(8) } else { String::new() },
                    body: text(5 + (i * 37) % 300),
                    published: Some(format!("2024-01-{:02}", 1 + i % 28)),
                    format: "text".into(),
                    ..Article::default()
                },
                file: crate::model::FileInfo {
                    name: format!("{i}.txt"),
                    ..Default::default()
                },
                ..NewArticle::default()
            }
        })
        .collect()
}

pub(in crate::archive) fn insert(archive: &mut Archive, from: usize, n: usize) {
    for start in (from..from + n).step_by(100) {
        archive
            .insert_batch(
                &batch(start, 100.min(from + n - start)),
                "2026-01-01T00:00:00Z",
            )
            .expect("insert");
    }
}

/// FTS5's bm25 with the same weights, ties newest first: the order `top` must give.
fn bm25(archive: &Archive, word: &str, limit: usize, offset: usize) -> Vec<i64> {
    bm25_of(archive, &format!("\"{word}\""), limit, offset)
}

fn bm25_of(archive: &Archive, expr: &str, limit: usize, offset: usize) -> Vec<i64> {
    let sql = format!(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1
         ORDER BY bm25(articles_fts, {WEIGHTS}), rowid DESC LIMIT ?2 OFFSET ?3"
    );
    let mut stmt = archive.conn.prepare(&sql).expect("prepare");
    stmt.query_map(rusqlite::params![expr, limit as i64, offset as i64], |r| {
        r.get(0)
    })
    .expect("query")
    .collect::<rusqlite::Result<_>>()
    .expect("rows")
}

fn listed(archive: &Archive) -> Vec<String> {
    super::upkeep::listed_words(&archive.conn)
        .expect("words")
        .into_iter()
        .map(|w| w.0)
        .collect()
}

/// Every page the lists answer is bm25's; returns how many of the pages tried they answered.
fn check(archive: &Archive, what: &str) -> usize {
    let mut answered = 0;
    for word in listed(archive) {
        for (limit, offset) in [(10, 0), (5, 5), (20, 10), (HEAD, 0), (HEAD + 1, 0)] {
            if let Some(ids) = top(&archive.conn, &word, limit, offset).expect("top") {
                assert_eq!(
                    ids,
                    bm25(archive, &word, limit, offset),
                    "{what}: {word} {limit}@{offset}"
                );
                answered += 1;
            }
        }
        let n = list_len(archive, &word);
        assert!(n <= 2 * HEAD, "{what}: {word} keeps {n}");
        assert_eq!(
            super::count(&archive.conn, &word).expect("count"),
            bm25(archive, &word, usize::MAX >> 1, 0).len(),
            "{what}: the vocabulary counts {word}'s articles"
        );
    }
    answered
}

fn list_len(archive: &Archive, word: &str) -> usize {
    archive
        .conn
        .query_row(
            "SELECT count(*) FROM rank_heads WHERE term = ?1",
            [word],
            |r| r.get::<_, i64>(0),
        )
        .expect("count") as usize
}

#[test]
fn a_query_of_one_plain_word_is_ranked_from_its_list() {
    let word = |q: &str| single_word(&crate::query::parse(q).expect("valid"));
    assert_eq!(word("The"), Some("the".into()));
    assert_eq!(word("\"said\""), Some("said".into()));
    assert_eq!(word("oil prices"), None);
    assert_eq!(word("title:the"), None);
    assert_eq!(word("ukr*"), None);
    assert_eq!(word("Łódź"), None);
    assert_eq!(word("the -oil"), None);
}

#[test]
fn lists_are_chosen_as_the_archive_grows_and_answer_exactly() {
    let mut archive = Archive::open_in_memory().expect("archive");
    insert(&mut archive, 0, 150);
    assert!(listed(&archive).is_empty(), "too small to need lists");
    insert(&mut archive, 150, 500);
    let words = listed(&archive);
    assert!(words.contains(&"the".to_string()), "{words:?}");
    // Chosen at 250 articles (the batch that passed 200), listed in bulk at 450, chosen again
    // at 550 (twice 250); the last 100 are scored from the index.
    assert_eq!(
        super::choice(&archive.conn).expect("choice"),
        Some((550, 550))
    );
    let answered = check(&archive, "after imports");
    assert!(answered >= words.len() * 3, "{answered} pages answered");
    // A page deeper than the list cannot be answered from it.
    assert_eq!(top(&archive.conn, "the", HEAD + 1, 0).expect("top"), None);
    // The search takes the list's answer and it is the full ranking's.
    let filter = crate::query::Filter {
        query: "the".into(),
        ..Default::default()
    };
    let page = archive
        .search(&filter, crate::query::Sort::Relevance, 10, 0)
        .expect("search");
    let ids: Vec<i64> = page.hits.iter().map(|h| h.id).collect();
    assert_eq!(ids, archive.ranked_exhaustively(&filter, 10).expect("full"));
    assert_eq!(page.total, bm25(&archive, "the", 10_000, 0).len());
}

#[test]
fn lists_follow_deletes_new_text_restores_and_stay_cut() {
    let mut archive = Archive::open_in_memory().expect("archive");
    insert(&mut archive, 0, 400);
    // The best articles for `the` go: the next ones move up from below the list's head.
    let best = bm25(&archive, "the", 15, 0);
    let removed = archive.delete(&best).expect("delete");
    assert!(check(&archive, "after deletes") > 0);
    assert_eq!(
        top(&archive.conn, "the", 10, 0).expect("top"),
        Some(bm25(&archive, "the", 10, 0))
    );
    // A title full of `the` lifts an article into the first page (indexed again).
    let last = bm25(&archive, "the", 1, 300)[0];
    archive
        .edit_field(
            last,
            crate::model::EditableField::Title,
            crate::model::FieldValue::Text(Some(["the"; 12].join(" "))),
            "2026-01-02T00:00:00Z",
        )
        .expect("edit");
    let first = bm25(&archive, "the", 10, 0);
    assert!(
        first.contains(&last),
        "the new title lifts it into the first page"
    );
    assert_eq!(top(&archive.conn, "the", 10, 0).expect("top"), Some(first));
    assert!(check(&archive, "after a note") > 0);
    // Restored under their old ids, they are listed again.
    assert_eq!(archive.restore(&removed).expect("restore"), best.len());
    assert_eq!(
        top(&archive.conn, "the", 10, 0).expect("top"),
        Some(bm25(&archive, "the", 10, 0))
    );
    // Many more articles: every list is cut back, the floor rises, answers stay exact.
    insert(&mut archive, 400, 900);
    assert!(check(&archive, "after growth") > 0);
    let floor: f64 = archive
        .conn
        .query_row("SELECT floor FROM rank_words WHERE term = 'the'", [], |r| {
            r.get(0)
        })
        .expect("floor");
    assert!(floor > 0.0);
}
