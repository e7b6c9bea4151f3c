//! The measuring commands: `bench`, `bench-window` and `bench-extract`.

use super::{bench as speed, bench_extract as scorer, bench_text as text};
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

/// `chronicle bench-extract [DIR] [--expected DIR] [--copies DIR] [--shapes DIR]`
pub fn bench_extract(
    dir: Option<&Path>,
    expected: Option<&Path>,
    copies: Option<&Path>,
    shapes: Option<&Path>,
    json: bool,
) -> Result<ExitCode> {
    for folder in [dir, expected, copies, shapes].into_iter().flatten() {
        anyhow::ensure!(folder.is_dir(), "{} is not a folder", folder.display());
    }
    anyhow::ensure!(
        dir.is_some() || copies.is_none(),
        "--copies needs the page folders (DIR) they were made from"
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
                    .push(text::score_copies(copies, dir, kind, frozen));
            }
        }
    }
    let shapes = shapes
        .map(Path::to_path_buf)
        .or_else(|| Some(PathBuf::from("tests/fixtures/text-shapes")).filter(|d| d.is_dir()));
    if let Some(shapes) = shapes {
        for half in ["tuning", "frozen"] {
            if shapes.join(half).is_dir() {
                report.shapes.push(text::score_shapes(&shapes.join(half)));
            }
        }
    }
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", scorer::to_json(&report))?;
        return Ok(ExitCode::SUCCESS);
    }
    if dir.is_some() {
        scorer::print(&report, &mut out)?;
        writeln!(out)?;
    }
    if !report.copies.is_empty() {
        text::print_copies(&report.copies, &mut out)?;
        writeln!(out)?;
    }
    if !report.shapes.is_empty() {
        text::print_shapes(&report.shapes, &mut out)?;
    }
    Ok(ExitCode::SUCCESS)
}
