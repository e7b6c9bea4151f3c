//! The benchmark's report as a readable table.

use super::BenchReport;

/// The report as a readable table.
pub fn print(report: &BenchReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let r = report;
    writeln!(
        out,
        "Chronicle benchmark: {} articles from {}",
        r.articles, r.stories_source
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "raw article text",
        format!("{:.1} MB", r.raw_text_mb)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "import",
        format!("{:.1} s", r.import_secs)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "import rate",
        format!("{:.0} /s", r.import_per_sec)
    )?;
    let blocks: Vec<String> = r
        .import_per_sec_by_10k
        .iter()
        .map(|v| format!("{v:.0}"))
        .collect();
    writeln!(
        out,
        "{:<34} {:>12}",
        "import rate per 10k",
        blocks.join(" ")
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "quote passes, one core",
        format!("{:.0} /s", r.quote_pass_per_core)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "bare FTS5 insert rate",
        format!("{:.0} /s", r.bare_fts_per_sec)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "import / bare FTS5",
        format!("{:.0} %", r.import_share_of_bare * 100.0)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "archive size",
        format!("{:.1} MB ({:.2}x raw)", r.archive_mb, r.archive_to_raw)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "peak RSS after import",
        format!("{:.0} MB", r.peak_rss_mb_after_import)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "open to first query",
        format!("{:.1} ms", r.open_to_first_query_ms)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "open to timeline shown",
        format!("{:.1} ms", r.open_to_timeline_ms)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "filter median / p95 / max",
        format!(
            "{:.1} / {:.1} / {:.1} ms",
            r.query_median_ms, r.query_p95_ms, r.query_max_ms
        )
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "first 10 = full bm25 ranking",
        format!(
            "{}/{} queries ({:.0} % overlap)",
            r.relevance_agreeing,
            r.relevance_queries,
            r.relevance_mean_overlap * 100.0
        )
    )?;
    if !r.relevance_disagreeing.is_empty() {
        writeln!(
            out,
            "{:<34} {}",
            "  differing",
            r.relevance_disagreeing.join(" | ")
        )?;
    }
    writeln!(
        out,
        "{:<34} {:>12}",
        "changed by a trailing space",
        format!("{} queries", r.trailing_space_mismatches.len())
    )?;
    for t in &r.timeline {
        let label = format!(
            "timeline per {} ({} buckets), all / oil",
            t.bucket, t.buckets
        );
        writeln!(
            out,
            "{:<34} {:>12}",
            label,
            format!("{:.1} / {:.1} ms", t.all_ms, t.filtered_ms)
        )?;
    }
    writeln!(
        out,
        "{:<34} {:>12}",
        "export 10k articles",
        format!("{:.2} s, {:.1} MB", r.export_10k_secs, r.export_10k_mb)
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "re-import (duplicates)",
        format!(
            "{:.1} s, {} duplicates",
            r.reimport_secs, r.reimport_duplicates
        )
    )?;
    writeln!(
        out,
        "{:<34} {:>12}",
        "peak RSS at the end",
        format!("{:.0} MB", r.peak_rss_mb_end)
    )?;
    if let Some(w) = &r.window {
        writeln!(
            out,
            "{:<34} {:>12}",
            "window: first frame",
            format!("{:.0} ms", w.first_frame_ms)
        )?;
        writeln!(
            out,
            "{:<34} {:>12}",
            "window: first results on screen",
            format!("{:.0} ms", w.first_results_ms)
        )?;
        let frames = |n: usize, p50: f64, p95: f64, max: f64| {
            format!("{p50:.1} / {p95:.1} / {max:.1} ms ({n} frames)")
        };
        writeln!(
            out,
            "{:<34} {:>12}",
            "window: scrolling, p50/p95/max",
            frames(
                w.scroll_frames,
                w.scroll_p50_ms,
                w.scroll_p95_ms,
                w.scroll_max_ms
            )
        )?;
        writeln!(
            out,
            "{:<34} {:>12}",
            "window: result pages fetched", w.scroll_pages_loaded
        )?;
        writeln!(
            out,
            "{:<34} {:>12}",
            format!("window: importing {}, p50/p95/max", w.import_articles),
            frames(
                w.import_frames,
                w.import_p50_ms,
                w.import_p95_ms,
                w.import_max_ms
            )
        )?;
        writeln!(
            out,
            "{:<34} {:>12}",
            "window: RSS idle / peak",
            format!("{:.0} / {:.0} MB", w.rss_idle_mb, w.rss_peak_mb)
        )?;
    }
    writeln!(out, "\n{:<44} {:>8} {:>10}", "query", "total", "worst ms")?;
    for q in &r.queries {
        writeln!(out, "{:<44} {:>8} {:>10.1}", q.query, q.total, q.worst_ms)?;
    }
    if !r.rank_timings.is_empty() {
        writeln!(
            out,
            "\n{:<44} {:>14} {:>14}",
            "relevance, best of 3", "first page ms", "full bm25 ms"
        )?;
        for t in &r.rank_timings {
            writeln!(
                out,
                "{:<44} {:>14.1} {:>14.1}",
                t.query, t.first_page_ms, t.full_bm25_ms
            )?;
        }
    }
    Ok(())
}
