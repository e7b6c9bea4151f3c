//! `chronicle bench`: builds a corpus, imports it through the same code path as the window,
//! and measures import speed against a bare FTS5 insert, filter latency per keystroke,
//! timeline counts, opening, export and re-import. Prints a table, or JSON.

pub mod corpus;
#[cfg(feature = "gui")]
pub mod frames;
mod quotes;
mod relevance;
mod workdir;

use anyhow::{Context as _, Result};
use chronicle::archive::Archive;
use chronicle::import::{self, ImportOptions, Progress};
use chronicle::query::{Filter, Sort};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

/// What to run.
#[derive(Debug, Clone)]
pub struct BenchOptions {
    pub articles: usize,
    /// Real stories (Reuters-21578 JSON lines); generated text when `None`.
    pub stories: Option<PathBuf>,
    /// Where the corpus and archive go (a temporary folder when `None`).
    pub dir: Option<PathBuf>,
    /// Measure the queries, window and export on the archive an earlier run left in `dir`,
    /// without writing and importing the corpus again.
    pub reuse: bool,
}

/// Every figure the benchmark prints.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BenchReport {
    pub articles: usize,
    pub stories_source: String,
    pub raw_text_mb: f64,
    pub corpus_secs: f64,
    pub import_secs: f64,
    pub import_per_sec: f64,
    /// Articles per second for each successive block of 10,000 files.
    pub import_per_sec_by_10k: Vec<f64>,
    pub bare_fts_per_sec: f64,
    pub import_share_of_bare: f64,
    pub archive_mb: f64,
    pub archive_to_raw: f64,
    pub peak_rss_mb_after_import: f64,
    pub open_to_first_query_ms: f64,
    /// Open, first page and the whole archive's timeline: what the window asks on start.
    pub open_to_timeline_ms: f64,
    pub queries: Vec<QueryTiming>,
    pub query_median_ms: f64,
    pub query_p95_ms: f64,
    pub query_max_ms: f64,
    /// Queries whose first 10 results by relevance were compared with a full bm25 ranking
    /// of every match, how many had the same 10, and the mean share in common.
    pub relevance_queries: usize,
    pub relevance_agreeing: usize,
    pub relevance_mean_overlap: f64,
    /// The queries whose first 10 differ from the full ranking's.
    pub relevance_disagreeing: Vec<String>,
    /// The first page by relevance (with its count and snippets) against a full bm25
    /// ranking alone, per query, best of three.
    pub rank_timings: Vec<RankTiming>,
    /// Queries whose first page changed when a space was typed after them (should be none).
    pub trailing_space_mismatches: Vec<String>,
    /// Timeline buckets per day, month and year, over the whole archive and filtered by "oil".
    pub timeline: Vec<TimelineTiming>,
    pub export_10k_secs: f64,
    pub export_10k_mb: f64,
    pub reimport_secs: f64,
    pub reimport_duplicates: usize,
    /// The quote and speaker passes alone on one core, articles per second (quotes.rs).
    pub quote_pass_per_core: f64,
    pub peak_rss_mb_end: f64,
    /// The window's frame times (absent when built without the window).
    pub window: Option<WindowReport>,
}

/// The window over the benchmark archive, measured in a process of its own
/// (`chronicle bench-window`) so its memory figures are the window's alone. Milliseconds.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
pub struct WindowReport {
    /// From creating the app to the end of its first frame.
    pub first_frame_ms: f64,
    /// From creating the app until the first page of results is on screen.
    pub first_results_ms: f64,
    pub scroll_frames: usize,
    pub scroll_p50_ms: f64,
    pub scroll_p95_ms: f64,
    pub scroll_max_ms: f64,
    /// Result pages the list had fetched after scrolling (1 = it never left the first page).
    pub scroll_pages_loaded: usize,
    pub import_articles: usize,
    pub import_frames: usize,
    pub import_p50_ms: f64,
    pub import_p95_ms: f64,
    pub import_max_ms: f64,
    /// Resident memory after scrolling the whole archive's list, before the import.
    pub rss_idle_mb: f64,
    pub rss_peak_mb: f64,
}

/// How many new articles the window imports while its frames are timed: a twentieth of the
/// corpus, at most 5,000.
fn window_import(articles: usize) -> usize {
    (articles / 20).clamp(50, 5_000)
}

/// Building one granularity of timeline buckets (counts from SQLite, then grouped).
#[derive(Debug, Clone, Default, Serialize)]
pub struct TimelineTiming {
    pub bucket: String,
    pub buckets: usize,
    pub all_ms: f64,
    pub filtered_ms: f64,
}

/// One query's first page by relevance against FTS5's bm25 over every match (milliseconds).
#[derive(Debug, Clone, Default, Serialize)]
pub struct RankTiming {
    pub query: String,
    pub first_page_ms: f64,
    pub full_bm25_ms: f64,
}

/// One filter query's latency (first page of 50 with snippets, plus the total count).
#[derive(Debug, Clone, Default, Serialize)]
pub struct QueryTiming {
    pub query: String,
    pub total: usize,
    pub worst_ms: f64,
}

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

/// Runs the whole benchmark.
pub fn run(options: &BenchOptions, log: &mut dyn FnMut(&str)) -> Result<BenchReport> {
    let temp;
    let dir = match &options.dir {
        Some(d) => {
            workdir::claim(d)?;
            d.clone()
        }
        None => {
            temp = tempfile::tempdir().context("cannot create a temporary folder")?;
            temp.path().to_path_buf()
        }
    };
    let corpus_dir = dir.join("corpus");
    let archive_path = dir.join("bench.sqlite");
    let stories = match &options.stories {
        Some(path) => corpus::load_stories(path)?,
        None => corpus::generated_stories(2000),
    };
    if options.reuse && archive_path.exists() {
        let mut report = BenchReport {
            articles: options.articles,
            stories_source: "an earlier run's archive".into(),
            ..BenchReport::default()
        };
        measure_archive(&dir, &archive_path, &stories, &mut report, log)?;
        return Ok(report);
    }
    for stale in [
        archive_path.clone(),
        dir.join("bench.sqlite-wal"),
        dir.join("bench.sqlite-shm"),
        dir.join("bare.sqlite"),
    ] {
        std::fs::remove_file(stale).ok();
    }
    let mut report = BenchReport {
        articles: options.articles,
        ..BenchReport::default()
    };
    report.stories_source = match &options.stories {
        Some(p) => format!("{} ({} stories)", p.display(), stories.len()),
        None => "built-in generated text".into(),
    };
    log(&format!(
        "writing {} article files to {} ...",
        options.articles,
        corpus_dir.display()
    ));
    std::fs::remove_dir_all(&corpus_dir).ok();
    let started = Instant::now();
    let info = corpus::write_corpus(&corpus_dir, &stories, options.articles)?;
    report.corpus_secs = started.elapsed().as_secs_f64();
    report.raw_text_mb = info.raw_bytes as f64 / 1e6;

    log("importing ...");
    let (secs, per_10k, summary) = timed_import(&archive_path, &corpus_dir)?;
    report.import_secs = secs;
    report.import_per_sec = summary.imported as f64 / secs;
    report.import_per_sec_by_10k = per_10k;
    report.peak_rss_mb_after_import = peak_rss_mb();
    report.archive_mb = file_mb(&archive_path) + file_mb(&dir.join("bench.sqlite-wal"));
    report.archive_to_raw = report.archive_mb / report.raw_text_mb.max(1e-9);

    log("bare FTS5 insert ...");
    report.bare_fts_per_sec = bare_fts_rate(&dir.join("bare.sqlite"), &stories, options.articles)?;
    report.import_share_of_bare = report.import_per_sec / report.bare_fts_per_sec.max(1e-9);

    measure_archive(&dir, &archive_path, &stories, &mut report, log)?;

    log("re-import (all duplicates) ...");
    let (secs, _, again) = timed_import(&archive_path, &corpus_dir)?;
    report.reimport_secs = secs;
    report.reimport_duplicates = again.duplicates;
    report.peak_rss_mb_end = peak_rss_mb();
    Ok(report)
}

/// Queries, timeline, export and the window's frames on a built archive.
fn measure_archive(
    dir: &Path,
    archive_path: &Path,
    stories: &[corpus::Story],
    report: &mut BenchReport,
    log: &mut dyn FnMut(&str),
) -> Result<()> {
    log("quote and speaker passes on one core ...");
    report.quote_pass_per_core = quotes::quote_pass_rate(stories);
    log("queries ...");
    let started = Instant::now();
    let archive = Archive::open(archive_path)?;
    archive.search(
        &Filter {
            query: "u".into(),
            ..Filter::default()
        },
        Sort::Relevance,
        50,
        0,
    )?;
    report.open_to_first_query_ms = started.elapsed().as_secs_f64() * 1e3;
    // The window asks for the whole archive's timeline right after its first page (refresh_query
    // in app/mod.rs), which loads the publication days: the keystrokes below come after it.
    archive.day_counts(&Filter::default())?;
    report.open_to_timeline_ms = started.elapsed().as_secs_f64() * 1e3;
    measure_queries(&archive, report)?;

    for (bucket, prefix) in [("day", 10), ("month", 7), ("year", 4)] {
        let timed = |filter: &Filter| -> Result<(usize, f64)> {
            let started = Instant::now();
            let counts = archive.day_counts(filter)?;
            // The window groups the per-day counts the same way (app/timeline_model.rs).
            let mut buckets: std::collections::BTreeMap<String, u32> =
                std::collections::BTreeMap::new();
            for (day, n) in &counts.days {
                let key = day.format("%Y-%m-%d").to_string();
                *buckets.entry(key[..prefix].to_string()).or_default() += n;
            }
            Ok((buckets.len(), started.elapsed().as_secs_f64() * 1e3))
        };
        let (buckets, all_ms) = timed(&Filter::default())?;
        let (_, filtered_ms) = timed(&Filter {
            query: "oil".into(),
            ..Filter::default()
        })?;
        report.timeline.push(TimelineTiming {
            bucket: bucket.into(),
            buckets,
            all_ms,
            filtered_ms,
        });
    }

    log("export ...");
    let ids: Vec<i64> = archive.all_ids()?.into_iter().take(10_000).collect();
    let export_path = dir.join("export.json");
    let started = Instant::now();
    chronicle::export::export_to_file(&archive, &ids, &export_path)?;
    report.export_10k_secs = started.elapsed().as_secs_f64();
    report.export_10k_mb = file_mb(&export_path);
    drop(archive);

    log("window frames (headless) ...");
    match window_frames(dir, archive_path, stories, report.articles) {
        Ok(window) => report.window = Some(window),
        Err(e) => log(&format!("window frames not measured: {e:#}")),
    }
    Ok(())
}

fn timed_import(
    archive_path: &Path,
    corpus_dir: &Path,
) -> Result<(f64, Vec<f64>, import::Summary)> {
    let mut archive = Archive::open(archive_path)?;
    let started = Instant::now();
    // (files done, seconds) after each commit: a batch's files are all reported when it commits.
    let mut commits: Vec<(usize, f64)> = vec![(0, 0.0)];
    let mut on_progress = |p: &Progress| {
        if let Progress::FileDone { done_files, .. } = p {
            let t = started.elapsed().as_secs_f64();
            match commits.last_mut() {
                Some(last) if t - last.1 < 0.005 => *last = (*done_files, t),
                _ => commits.push((*done_files, t)),
            }
        }
    };
    let summary = import::import_paths(
        &mut archive,
        &[corpus_dir.to_path_buf()],
        &ImportOptions::default(),
        &AtomicBool::new(false),
        &mut on_progress,
    )?;
    let secs = started.elapsed().as_secs_f64();
    Ok((secs, rates_per_block(&commits, 10_000), summary))
}

/// Articles per second in each block of `block` files, from the (files done, seconds) points
/// of the commits. A block rarely ends on a commit (batches are 4,000 files or one second), so
/// its end time is interpolated between the commits around it; taking the commit that crossed
/// it instead credited some blocks with 12,000 files and others with 8,000, and the printed
/// rates alternated by half for no reason in the import.
fn rates_per_block(commits: &[(usize, f64)], block: usize) -> Vec<f64> {
    if block == 0 {
        return Vec::new();
    }
    let time_at = |files: usize| -> Option<f64> {
        let i = commits.iter().position(|&(done, _)| done >= files)?;
        let (done, t) = commits[i];
        let Some(&(before, t0)) = i.checked_sub(1).and_then(|j| commits.get(j)) else {
            return Some(t);
        };
        Some(t0 + (t - t0) * (files - before) as f64 / (done - before).max(1) as f64)
    };
    let mut rates = Vec::new();
    let mut previous = 0.0;
    for k in 1.. {
        let Some(t) = time_at(k * block) else { break };
        rates.push(block as f64 / (t - previous).max(1e-9));
        previous = t;
    }
    rates
}

/// Inserts the same titles and bodies into a bare FTS5 table in one transaction: the speed
/// limit an import is compared with (`archive::baseline`).
fn bare_fts_rate(path: &Path, stories: &[corpus::Story], count: usize) -> Result<f64> {
    let mut bare = chronicle::archive::baseline::BareFts::create(path)?;
    let started = Instant::now();
    bare.insert_all((0..count).map(|index| {
        let p = corpus::piece(stories, index);
        (p.title, p.paras.join("\n\n"))
    }))?;
    Ok(count as f64 / started.elapsed().as_secs_f64())
}

fn measure_queries(archive: &Archive, report: &mut BenchReport) -> Result<()> {
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

/// Runs `chronicle bench-window` on the archive, importing `window_import` new articles.
fn window_frames(
    dir: &Path,
    archive_path: &Path,
    stories: &[corpus::Story],
    count: usize,
) -> Result<WindowReport> {
    let extra = dir.join("window-import");
    std::fs::remove_dir_all(&extra).ok();
    let new = window_import(count);
    corpus::write_articles(&extra, stories, count..count + new)?;
    let exe = std::env::current_exe().context("cannot find the chronicle executable")?;
    let out = std::process::Command::new(exe)
        .arg("--archive")
        .arg(archive_path)
        .arg("bench-window")
        .arg("--import")
        .arg(&extra)
        .output()
        .context("cannot run chronicle bench-window")?;
    if !out.status.success() {
        anyhow::bail!("{}", String::from_utf8_lossy(&out.stderr).trim());
    }
    let mut report: WindowReport =
        serde_json::from_slice(&out.stdout).context("reading bench-window's figures")?;
    report.import_articles = new;
    Ok(report)
}

fn file_mb(path: &Path) -> f64 {
    std::fs::metadata(path)
        .map(|m| m.len() as f64 / 1e6)
        .unwrap_or(0.0)
}

/// The process's peak resident set size (Linux `VmHWM`), 0 where unknown.
pub fn peak_rss_mb() -> f64 {
    proc_status_mb("VmHWM:")
}

/// The process's resident set size now (Linux `VmRSS`), 0 where unknown.
pub fn current_rss_mb() -> f64 {
    proc_status_mb("VmRSS:")
}

fn proc_status_mb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

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

#[cfg(test)]
mod tests {
    use super::rates_per_block;

    #[test]
    fn blocks_that_end_between_commits_are_interpolated() {
        // A steady 4,000 files a second, committed every 4,000 files: every block is 4,000/s.
        let steady: Vec<(usize, f64)> = (0..=5).map(|i| (i * 4_000, i as f64)).collect();
        assert_eq!(rates_per_block(&steady, 10_000), [4_000.0, 4_000.0]);
        // 12,000 files in the first two seconds, 8,000 in the next two: 10,000 files were done
        // at 1.67 s (6,000/s), the next 10,000 took 2.33 s.
        let uneven = [(0, 0.0), (12_000, 2.0), (20_000, 4.0)];
        let rates = rates_per_block(&uneven, 10_000);
        assert_eq!(rates.len(), 2);
        assert!(
            (rates[0] - 6_000.0).abs() < 1e-6
                && (rates[1] - 10_000.0 / (4.0 - 10.0 / 6.0)).abs() < 1e-6,
            "{rates:?}"
        );
    }

    #[test]
    fn an_unfinished_block_has_no_rate() {
        assert_eq!(
            rates_per_block(&[(0, 0.0), (15_000, 3.0)], 10_000),
            [5_000.0]
        );
        assert!(rates_per_block(&[(0, 0.0)], 10_000).is_empty());
        assert!(rates_per_block(&[(0, 0.0), (15_000, 3.0)], 0).is_empty());
    }
}
