//! `chronicle bench`: builds a corpus, imports it through the same code path as the window,
//! and measures import speed against a bare FTS5 insert, filter latency per keystroke,
//! timeline counts, opening, export and re-import. Prints a table, or JSON.

pub mod corpus;
#[cfg(feature = "gui")]
pub mod frames;
mod generated;
mod memory;
mod print;
mod queries;
mod quotes;
mod relevance;
mod report;
mod workdir;

pub use memory::{current_rss_mb, peak_rss_mb};
pub use print::print;
use queries::measure_queries;
pub use report::{BenchReport, QueryTiming, RankTiming, TimelineTiming, WindowReport};

use anyhow::{Context as _, Result};
use chronicle::archive::Archive;
use chronicle::import::{self, ImportOptions, Progress};
use chronicle::query::{Filter, Sort};
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
    /// With `reuse`: the filter queries and their agreement with bm25 only.
    pub queries_only: bool,
}

/// How many new articles the window imports while its frames are timed: a twentieth of the
/// corpus, at most 5,000.
fn window_import(articles: usize) -> usize {
    (articles / 20).clamp(50, 5_000)
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
        if options.queries_only {
            open_and_query(&archive_path, &mut report, log)?;
        } else {
            measure_archive(&dir, &archive_path, &stories, &mut report, log)?;
        }
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
    let archive = open_and_query(archive_path, report, log)?;

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

/// Opens the archive as the window does (first page, then the whole timeline) and times the
/// filter queries.
fn open_and_query(
    archive_path: &Path,
    report: &mut BenchReport,
    log: &mut dyn FnMut(&str),
) -> Result<Archive> {
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
    Ok(archive)
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
