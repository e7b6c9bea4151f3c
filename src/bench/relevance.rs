//! How far the first page by relevance agrees with a full bm25 ranking of every match, and
//! whether a trailing space changes any benchmark query's results.

use super::BenchReport;
use crate::archive::{Archive, Filter, Sort};
use anyhow::Result;

/// Results compared per query (the first page a user reads).
const FIRST: usize = 10;

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
        }
        let common = first.iter().filter(|id| full.contains(id)).count();
        overlap += common as f64 / full.len().max(1) as f64;
    }
    report.relevance_queries = compared;
    report.relevance_agreeing = agreeing;
    report.relevance_mean_overlap = overlap / compared.max(1) as f64;
    report.trailing_space_mismatches = mismatches;
    Ok(())
}

fn ids(archive: &Archive, filter: &Filter) -> Result<Vec<i64>> {
    let page = archive.search(filter, Sort::Relevance, FIRST, 0)?;
    Ok(page.hits.iter().map(|h| h.id).collect())
}
