//! How far the first page by relevance agrees with a full bm25 ranking of every match, what
//! each costs, and whether a trailing space changes any benchmark query's results.

use super::{BenchReport, RankTiming};
use anyhow::Result;
use chronicle::archive::Archive;
use chronicle::query::{Filter, Sort};
use std::time::Instant;

/// Results compared per query (the first page a user reads).
const FIRST: usize = 10;

/// Times each ranking is run; the best is kept, so that other work on the machine counts
/// as little as possible in the comparison.
const RUNS: usize = 3;

/// Fills the report's agreement figures for `filters` (the benchmark's queries).
pub fn measure(archive: &Archive, filters: &[Filter], report: &mut BenchReport) -> Result<()> {
    let mut compared = 0usize;
    let mut agreeing = 0usize;
    let mut overlap = 0.0f64;
    let mut mismatches = Vec::new();
    for filter in filters {
        let first = ids(archive, filter)?;
        let spaced = Filter {
            query: format!("{} ", filter.query),
            ..filter.clone()
        };
        if ids(archive, &spaced)? != first {
            mismatches.push(filter.query.clone());
        }
        if filter.query.trim().is_empty() {
            continue;
        }
        let full = archive.ranked_exhaustively(filter, FIRST)?;
        compared += 1;
        let mut a = first.clone();
        let mut b = full.clone();
        a.sort_unstable();
        b.sort_unstable();
        if a == b {
            agreeing += 1;
        } else {
            report.relevance_disagreeing.push(filter.query.clone());
        }
        let common = first.iter().filter(|id| full.contains(id)).count();
        overlap += common as f64 / full.len().max(1) as f64;
        report.rank_timings.push(RankTiming {
            query: filter.query.clone(),
            first_page_ms: best_ms(|| ids(archive, filter).map(drop))?,
            full_bm25_ms: best_ms(|| archive.ranked_exhaustively(filter, FIRST).map(drop))?,
        });
    }
    report.relevance_queries = compared;
    report.relevance_agreeing = agreeing;
    report.relevance_mean_overlap = overlap / compared.max(1) as f64;
    report.trailing_space_mismatches = mismatches;
    Ok(())
}

/// The fastest of `RUNS` runs of `f`, in milliseconds.
fn best_ms<E>(mut f: impl FnMut() -> std::result::Result<(), E>) -> std::result::Result<f64, E> {
    let mut best = f64::INFINITY;
    for _ in 0..RUNS {
        let started = Instant::now();
        f()?;
        best = best.min(started.elapsed().as_secs_f64() * 1e3);
    }
    Ok(best)
}

fn ids(archive: &Archive, filter: &Filter) -> Result<Vec<i64>> {
    let page = archive.search(filter, Sort::Relevance, FIRST, 0)?;
    Ok(page.hits.iter().map(|h| h.id).collect())
}
