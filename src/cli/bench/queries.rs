//! The filter queries a user sends while typing, timed over the archive.

use super::{BenchReport, QueryTiming, relevance};
use anyhow::Result;
use chronicle::archive::Archive;
use chronicle::query::{Filter, Sort};
use std::time::Instant;

/// The queries a user sends while typing, plus field filters, phrases and date ranges.
fn query_set() -> Vec<(String, Option<(&'static str, &'static str)>)> {
    let typed = [
        "u",
        "uk",
        "ukr",
        "ukra",
        "ukrai",
        "ukraine",
        "t",
        "th",
        "the",
        "o",
        "oi",
        "oil",
        "oil p",
        "oil pr",
        "oil prices",
    ];
    let mut set: Vec<(String, Option<(&str, &str)>)> =
        typed.iter().map(|q| (q.to_string(), None)).collect();
    for q in [
        "said",
        "market",
        "bank OR trade",
        "trade NOT oil",
        "\"oil prices\"",
        "\"central bank\"",
        "author:smith",
        "author:kowalska",
        "speaker:zelensky",
        "speaker:lagarde inflation",
        "category:trade",
        "title:coffee",
        "zzyzx",
        "wheat harvest",
    ] {
        set.push((q.to_string(), None));
    }
    set.push(("oil".into(), Some(("2005-01-01", "2005-12-31"))));
    set.push(("".into(), Some(("2010-03-01", "2010-03-31"))));
    set.push((
        "author:smith bank".into(),
        Some(("2001-01-01", "2012-12-31")),
    ));
    set
}

pub(super) fn measure_queries(archive: &Archive, report: &mut BenchReport) -> Result<()> {
    let mut samples = Vec::new();
    let mut filters = Vec::new();
    for (query, range) in query_set() {
        let filter = Filter {
            query: query.clone(),
            from: range.and_then(|(f, _)| chrono::NaiveDate::parse_from_str(f, "%Y-%m-%d").ok()),
            to: range.and_then(|(_, t)| chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").ok()),
        };
        filters.push(filter.clone());
        let mut worst = 0.0f64;
        let mut total = 0;
        // Three rounds: the first may pay for cold pages.
        for _ in 0..3 {
            let started = Instant::now();
            let page = archive.search(&filter, Sort::Relevance, 50, 0)?;
            let ms = started.elapsed().as_secs_f64() * 1e3;
            total = page.total;
            worst = worst.max(ms);
            samples.push(ms);
        }
        let label = match range {
            Some((f, t)) => format!("{query} [{f}..{t}]"),
            None => query,
        };
        report.queries.push(QueryTiming {
            query: label,
            total,
            worst_ms: worst,
        });
    }
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| {
        samples
            .get(((samples.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    report.query_median_ms = at(0.5);
    report.query_p95_ms = at(0.95);
    report.query_max_ms = samples.last().copied().unwrap_or(0.0);
    relevance::measure(archive, &filters, report)
}
