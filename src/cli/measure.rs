//! The measuring commands: `bench`, `bench-window` and `bench-extract`.

use super::{
    bench as speed, bench_dates as dates, bench_extract as scorer, bench_pages, bench_text as text,
};
use anyhow::Result;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `chronicle bench`: the figures go to stdout, progress to stderr.
pub fn bench(options: &speed::BenchOptions, json: bool) -> Result<ExitCode> {
    let report = speed::run(options, &mut |line| eprintln!("{line}"))?;
    if json {
        writeln!(
            std::io::stdout(),
            "{}",
            serde_json::to_string_pretty(&report)?
        )?;
    } else {
        speed::print(&report, &mut std::io::stdout().lock())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `chronicle bench-window`: run by `bench` in a process of its own; prints JSON.
pub fn bench_window(archive_path: &Path, import: Option<std::path::PathBuf>) -> Result<ExitCode> {
    #[cfg(feature = "gui")]
    {
        let report = speed::frames::measure(archive_path, import)?;
        writeln!(std::io::stdout(), "{}", serde_json::to_string(&report)?)?;
        Ok(ExitCode::SUCCESS)
    }
    #[cfg(not(feature = "gui"))]
    {
        let _ = (archive_path, import);
        anyhow::bail!("this build has no window (it was built without the `gui` feature)")
    }
}

/// What `chronicle bench-extract` scores: the page folders, hand-corrected bodies, browser
/// copies, text shapes and hand-labelled page dates.
pub struct ExtractBenchPaths {
    pub dir: Option<PathBuf>,
    pub expected: Option<PathBuf>,
    pub copies: Option<PathBuf>,
    pub shapes: Option<PathBuf>,
    pub dates: Option<PathBuf>,
    /// Labelled saved pages (`NAME.html` + `NAME.json`, in halves or not).
    pub pages: Option<PathBuf>,
    pub json: bool,
}

/// `chronicle bench-extract [DIR] [--expected DIR] [--copies DIR] [--shapes DIR] [--dates FILE]
/// [--pages DIR]`
pub fn bench_extract(paths: &ExtractBenchPaths) -> Result<ExitCode> {
    let (dir, expected, copies, shapes) = (
        paths.dir.as_deref(),
        paths.expected.as_deref(),
        paths.copies.as_deref(),
        paths.shapes.as_deref(),
    );
    for folder in [dir, expected, copies, shapes, paths.pages.as_deref()]
        .into_iter()
        .flatten()
    {
        anyhow::ensure!(folder.is_dir(), "{} is not a folder", folder.display());
    }
    anyhow::ensure!(
        dir.is_some() || copies.is_none(),
        "--copies needs the page folders (DIR) they were made from"
    );
    anyhow::ensure!(
        dir.is_some() || paths.dates.is_none(),
        "--dates needs the page folders (DIR) it labels"
    );
    let mut report = match dir {
        Some(dir) => {
            let mut report = scorer::run(dir);
            let expected = expected
                .map(Path::to_path_buf)
                .or_else(scorer::default_expected_dir);
            report.hand_corrected =
                expected.and_then(|expected| scorer::run_hand_corrected(dir, &expected));
            report
        }
        None => scorer::Report::default(),
    };
    if let (Some(dir), Some(copies)) = (dir, copies) {
        for kind in ["full", "article"] {
            for frozen in [false, true] {
                report
                    .copies
                    .push(text::score_copies(copies, dir, kind, frozen).without_misses_if(frozen));
            }
        }
    }
    let dates = paths
        .dates
        .clone()
        .or_else(|| Some(PathBuf::from("tests/fixtures/page-dates.json")).filter(|f| f.is_file()));
    if let (Some(dir), Some(dates)) = (dir, dates) {
        report.dates = dates::score(&dates::read_labels(&dates)?, dir, copies);
    }
    // Every labelled set by default: the first (written in session 6), the second to fourth
    // (session 9), fifth and sixth (session 10), seventh and eighth (session 11), ninth (session 12) and tenth (session 13), the later ones by developers who never read
    // the rules. A `seen/` half was frozen once and has since been tuned on.
    // Naming one labelled set (`--shapes` or `--pages`) scores only the sets named.
    let named = shapes.is_some() || paths.pages.is_some();
    let shapes: Vec<PathBuf> = match shapes {
        Some(shapes) => vec![shapes.to_path_buf()],
        None if named => Vec::new(),
        None => [
            "tests/fixtures/text-shapes",
            "tests/fixtures/text-shapes-2",
            "tests/fixtures/text-shapes-3",
            "tests/fixtures/text-shapes-4",
            "tests/fixtures/text-shapes-5",
            "tests/fixtures/text-shapes-6",
            "tests/fixtures/text-shapes-7",
            "tests/fixtures/text-shapes-8",
            "tests/fixtures/text-shapes-9",
            "tests/fixtures/text-shapes-10",
            "tests/fixtures/text-shapes-11",
            "tests/fixtures/text-shapes-12",
            "tests/fixtures/text-shapes-13",
            "tests/fixtures/text-shapes-14",
            "tests/fixtures/text-shapes-15",
            "tests/fixtures/text-shapes-16",
            "tests/fixtures/text-shapes-17",
            "tests/fixtures/text-shapes-18",
            "tests/fixtures/text-shapes-19",
            "tests/fixtures/text-shapes-20",
            "tests/fixtures/text-shapes-21",
            "tests/fixtures/text-shapes-22",
            "tests/fixtures/md-shapes",
            "tests/fixtures/text-shapes-23",
            "tests/fixtures/text-shapes-24",
            "tests/fixtures/md-shapes-2",
            "tests/fixtures/md-shapes-3",
        ]
        .into_iter()
        .map(PathBuf::from)
        .filter(|d| d.is_dir())
        .collect(),
    };
    for shapes in shapes {
        for half in ["tuning", "seen", "frozen"] {
            if shapes.join(half).is_dir() {
                let mut scored = text::score_shapes(&shapes.join(half));
                // A frozen half's misses are never shown, so nobody tunes on them by accident.
                if half == "frozen" {
                    scored.misses.clear();
                }
                report.shapes.push(scored);
            }
        }
    }
    // Every labelled set of saved pages that exists, unless another folder is named.
    let pages: Vec<PathBuf> = match &paths.pages {
        Some(pages) => vec![pages.clone()],
        None if named => Vec::new(),
        None => bench_pages::default_sets(),
    };
    for half in pages.iter().flat_map(|p| bench_pages::halves(p)) {
        report.page_sets.push(bench_pages::score(&half));
    }
    let mut out = std::io::stdout().lock();
    if paths.json {
        writeln!(out, "{}", scorer::to_json(&report))?;
        return Ok(ExitCode::SUCCESS);
    }
    if dir.is_some() {
        scorer::print(&report, &mut out)?;
        writeln!(out)?;
    }
    if !report.dates.is_empty() {
        dates::print(&report.dates, &mut out)?;
        writeln!(out)?;
    }
    if !report.copies.is_empty() {
        text::print_copies(&report.copies, &mut out)?;
        writeln!(out)?;
    }
    if !report.shapes.is_empty() {
        text::print_shapes(&report.shapes, &mut out)?;
    }
    if !report.page_sets.is_empty() {
        writeln!(out)?;
        bench_pages::print(&report.page_sets, &mut out)?;
    }
    Ok(ExitCode::SUCCESS)
}
