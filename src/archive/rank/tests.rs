use super::super::{Archive, NewArticle};
use crate::model::Article;

const WORDS: [&str; 12] = [
    "harbour", "council", "budget", "the", "grain", "port", "said", "minister", "crane", "ship",
    "tariff", "vote",
];

/// `n` articles of pseudo-random text over a small vocabulary (fixed seed), lengths from
/// a few words to a few hundred, so that scores differ by frequency, column and length.
fn archive(n: usize) -> Archive {
    let mut archive = Archive::open_in_memory().expect("archive");
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    let batch: Vec<NewArticle> = (0..n)
        .map(|i| {
            let mut text = |len: usize| {
                (0..len)
                    .map(|_| WORDS[next(WORDS.len())])
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let title = text(1 + i % 4);
            let lead = if i % 3 == 0 { text(8) } else { String::new() };
            let body = text(5 + (i * 37) % 300);
            let authors = if i % 5 == 0 {
                vec!["Ana Harbour".to_string()]
            } else {
                vec![]
            };
            NewArticle {
                article: Article {
                    title,
                    lead,
                    body,
                    authors,
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
        .collect();
    archive
        .insert_batch(&batch, "2026-01-01T00:00:00Z")
        .expect("insert");
    archive
}

const WEIGHTS: &str = "10.0, 4.0, 1.0, 5.0, 3.0, 3.0, 2.0, 5.0";

fn ordered(archive: &Archive, rank: &str, expr: &str, limit: usize) -> Vec<i64> {
    let sql = format!(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY {rank}, rowid DESC LIMIT ?2"
    );
    let mut stmt = archive.conn.prepare(&sql).expect("prepare");
    stmt.query_map(rusqlite::params![expr, limit as i64], |r| r.get(0))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
}

const QUERIES: [&str; 9] = [
    r#""the""#,
    r#""harbour""#,
    r#"("grain" AND "port")"#,
    r#"("tariff" OR "vote")"#,
    r#"(("said") NOT "crane")"#,
    r#""grain port""#,
    r#"title : "ship""#,
    r#"("harbour" AND "the" AND "said")"#,
    r#""vot"*"#,
];

#[test]
fn position_lists_decode_as_fts5_encodes_them() {
    assert_eq!(super::positions::varint(&[0x05]), (5, 1));
    assert_eq!(super::positions::varint(&[0x81, 0x00]), (128, 2));
    assert_eq!(
        super::positions::varint(&[0x81]),
        (1, 1),
        "cut short: what is there"
    );
    assert_eq!(super::positions::varint(&[]), (0, 0));
    let weights = [10.0, 4.0, 1.0];
    let mut seen = [0_i64; 3];
    // First instance title:2 (from xPhraseFirst); then title:5, body:0, body:200.
    let rest = [5, 1, 2, 2, 0x81, 0x4a];
    let f = super::walk(0, 2, &rest, &weights, &mut seen);
    assert_eq!(f, 10.0 + 10.0 + 1.0 + 1.0);
    assert_eq!(seen, [6, 0, 201]);
    // A column number past the table's last is taken as the last, as xPhraseNext does.
    let mut seen = [0_i64; 3];
    assert_eq!(super::walk(1, 0, &[1, 9, 3], &weights, &mut seen), 5.0);
    assert_eq!(seen, [0, 1, 2]);
    // Weights that are not whole numbers are added one instance at a time, as bm25 does.
    let tenth = [0.1, 0.1, 0.1];
    let mut seen = [0_i64; 3];
    let one_by_one = (0..3).fold(0.0_f64, |f, _| f + 0.1);
    assert_eq!(
        super::walk(0, 0, &[2, 2], &tenth, &mut seen).to_bits(),
        one_by_one.to_bits()
    );
}

#[test]
fn the_first_k_are_bm25s_first_k_in_bm25s_order() {
    let archive = archive(1500);
    for expr in QUERIES {
        for k in [1, 3, 10, 50, 400] {
            let bm25 = ordered(&archive, &format!("bm25(articles_fts, {WEIGHTS})"), expr, k);
            let ours = ordered(
                &archive,
                &format!("chronicle_rank(articles_fts, {k}, {WEIGHTS})"),
                expr,
                k,
            );
            assert!(!bm25.is_empty(), "{expr} matches");
            assert_eq!(ours, bm25, "{expr}, first {k}");
        }
    }
}

#[test]
fn scores_are_bm25s_to_the_bit_and_rows_out_of_reach_are_pruned() {
    let archive = archive(800);
    let sql = format!(
        "SELECT chronicle_rank(articles_fts, ?2, {WEIGHTS}), bm25(articles_fts, {WEIGHTS}) FROM articles_fts WHERE articles_fts MATCH ?1"
    );
    let scores = |expr: &str, k: i64| -> Vec<(f64, f64)> {
        let mut stmt = archive.conn.prepare(&sql).expect("prepare");
        stmt.query_map(rusqlite::params![expr, k], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows")
    };
    // Several phrases: the same value as bm25 (nothing pruned when every row is wanted).
    for expr in [r#"("grain" AND "port")"#, r#"("tariff" OR "vote")"#] {
        for (ours, bm25) in scores(expr, 1_000_000) {
            assert_eq!(ours.to_bits(), bm25.to_bits(), "{expr}");
        }
    }
    // One phrase: bm25 over its IDF, the same for every row.
    let one = scores(r#""harbour""#, 1_000_000);
    let ratio = one[0].1 / one[0].0;
    for (ours, bm25) in &one {
        assert!((bm25 / ours - ratio).abs() < 1e-12 * ratio.abs());
    }
    // Asked for the best row only, most rows of a common word are never fully scored.
    let pruned = scores(r#""the""#, 1)
        .iter()
        .filter(|(ours, _)| *ours == super::PRUNED)
        .count();
    assert!(pruned > 400, "{pruned} of 800 pruned");
}

#[test]
fn every_page_of_the_search_follows_the_full_ranking() {
    let archive = archive(1200);
    for query in [
        "the",
        "harbour port",
        "tariff OR vote",
        "said -crane",
        "title:ship",
    ] {
        let filter = crate::query::Filter {
            query: query.into(),
            ..Default::default()
        };
        let full = archive.ranked_exhaustively(&filter, 10_000).expect("full");
        let mut paged = Vec::new();
        for page in 0.. {
            let p = archive
                .search(&filter, crate::query::Sort::Relevance, 37, page * 37)
                .expect("search");
            if p.hits.is_empty() {
                break;
            }
            paged.extend(p.hits.iter().map(|h| h.id));
        }
        assert_eq!(paged, full, "{query}");
    }
}

#[test]
fn the_prefix_table_ranks_newest_first_as_bm25_does_there() {
    // Without positions, bm25 is 0 for every row of `articles_prefix`.
    let archive = archive(300);
    let sql = |rank: &str| {
        format!(
            "SELECT rowid FROM articles_prefix WHERE articles_prefix MATCH '\"po\"*' ORDER BY {rank}, rowid DESC LIMIT 20"
        )
    };
    let ids = |rank: &str| -> Vec<i64> {
        let mut stmt = archive.conn.prepare(&sql(rank)).expect("prepare");
        stmt.query_map([], |r| r.get(0))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows")
    };
    let w = "10.0, 4.0, 1.0, 5.0, 3.0, 3.0, 5.0";
    assert_eq!(
        ids(&format!("chronicle_rank(articles_prefix, 20, {w})")),
        ids(&format!("bm25(articles_prefix, {w})"))
    );
}

/// The `k` best of the matches of `expr` with rowids from `lo` to `hi` by `chronicle_top`,
/// and how many matches there are in that range.
fn top_of(archive: &Archive, expr: &str, k: usize, lo: i64, hi: i64) -> (i64, Vec<i64>) {
    let sql = format!(
        "SELECT count(*) FROM articles_fts
         WHERE articles_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3 AND chronicle_top(articles_fts, {WEIGHTS})"
    );
    let (n, best) = super::top::collect(k, || {
        archive
            .conn
            .query_row(&sql, rusqlite::params![expr, lo, hi], |r| r.get(0))
    });
    (n.expect("count"), best.iter().map(|b| b.1).collect())
}

#[test]
fn top_keeps_bm25s_first_k_and_counts_every_match() {
    let archive = archive(1500);
    for expr in QUERIES {
        let count: i64 = archive
            .conn
            .query_row(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1",
                [expr],
                |r| r.get(0),
            )
            .expect("count");
        for k in [1, 3, 10, 50, 400] {
            let bm25 = ordered(&archive, &format!("bm25(articles_fts, {WEIGHTS})"), expr, k);
            let (n, ours) = top_of(&archive, expr, k, i64::MIN, i64::MAX);
            assert_eq!(ours, bm25, "{expr}, first {k}");
            assert_eq!(n, count, "{expr}");
            // Two ranges ranked apart hold the whole's first k (what search/halves.rs merges).
            let (n_low, low) = top_of(&archive, expr, k, i64::MIN, 700);
            let (n_high, high) = top_of(&archive, expr, k, 701, i64::MAX);
            assert_eq!(n_low + n_high, count, "{expr}");
            assert!(bm25.iter().all(|id| low.contains(id) || high.contains(id)));
        }
    }
    // Outside `collect` the function refuses to run rather than rank into nowhere.
    let sql = format!(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'the' AND chronicle_top(articles_fts, {WEIGHTS})"
    );
    assert!(
        archive
            .conn
            .query_row(&sql, [], |r| r.get::<_, i64>(0))
            .is_err()
    );
}
