//! Relevance pages and counts on an archive in a file, where the second connection ranks
//! one half of the archive while the first ranks the other.

use super::super::super::heads::tests::insert;
use crate::archive::{Archive, Filter, Sort};

/// Every page of `size` by relevance, and the count each page gave.
fn pages(archive: &Archive, filter: &Filter, size: usize) -> (Vec<usize>, Vec<i64>) {
    let mut totals = Vec::new();
    let mut ids = Vec::new();
    for page in 0.. {
        let p = archive
            .search(filter, Sort::Relevance, size, page * size)
            .expect("search");
        totals.push(p.total);
        if p.hits.is_empty() {
            break;
        }
        ids.extend(p.hits.iter().map(|h| h.id));
    }
    (totals, ids)
}

/// Every benchmark-like query's pages are the full bm25 ranking's, and every count is the
/// number of matches `count(*)` gives.
fn check(archive: &Archive, what: &str) {
    let queries = [
        ("the", None),
        ("harbour", None),
        ("grain port", None),
        ("tariff OR vote", None),
        ("said -ship", None),
        ("\"the harbour\"", None),
        ("title:ship", None),
        ("council", Some(("2024-01-05", "2024-01-19"))),
        ("harb", None),
        ("zzyzx", None),
    ];
    for (query, range) in queries {
        let day = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        let filter = Filter {
            query: query.into(),
            from: range.and_then(|r| day(r.0)),
            to: range.and_then(|r| day(r.1)),
        };
        let full = archive.ranked_exhaustively(&filter, 100_000).expect("full");
        // Counted apart: in date order the count runs as `count(*)` of the match.
        let count = archive
            .search(&filter, Sort::Newest, 1, 0)
            .expect("count")
            .total;
        for size in [10, 37] {
            let (totals, ids) = pages(archive, &filter, size);
            assert_eq!(ids, full, "{what}: {query}, pages of {size}");
            assert!(
                totals.iter().all(|&t| t == count),
                "{what}: {query} {totals:?} against {count}"
            );
        }
        assert_eq!(count, full.len(), "{what}: {query}");
    }
    // The count of a common word, from the vocabulary, against the index's.
    let sql = "SELECT count(*) FROM articles_prefix WHERE articles_prefix MATCH '\"the\"'";
    let indexed: i64 = archive
        .conn
        .query_row(sql, [], |r| r.get(0))
        .expect("count");
    assert_eq!(
        super::super::super::heads::count(&archive.conn, "the").expect("count"),
        indexed as usize,
        "{what}"
    );
}

#[test]
fn pages_ranked_in_two_halves_are_bm25s_and_counts_are_exact_through_every_write() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut archive = Archive::open(&dir.path().join("a.sqlite")).expect("archive");
    insert(&mut archive, 0, 700);
    check(&archive, "after imports");
    // Both connections are in use: the second ranks the upper half.
    assert!(archive.counter.lock().is_ok_and(|c| c.is_some()));
    let best = archive
        .ranked_exhaustively(
            &Filter {
                query: "harbour".into(),
                ..Filter::default()
            },
            12,
        )
        .expect("full");
    let removed = archive.delete(&best).expect("delete");
    check(&archive, "after deletes");
    let other = archive.all_ids().expect("ids")[0];
    archive
        .edit_field(
            other,
            crate::model::EditableField::Title,
            crate::model::FieldValue::Text(Some(["harbour the"; 6].join(" "))),
            "2026-01-02T00:00:00Z",
        )
        .expect("edit");
    check(&archive, "after an edit");
    assert_eq!(archive.restore(&removed).expect("restore"), best.len());
    check(&archive, "after restoring");
}
