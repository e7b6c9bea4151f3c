//! The terminal commands. Each function does one subcommand's work and prints its output;
//! `main.rs` only parses arguments and dispatches here. Errors go up as `anyhow` chains.

use anyhow::{Context as _, Result};
use chronicle::archive::Archive;
use chronicle::import::{self, ImportOptions, Progress};
use chronicle::terminal::clean_line;
use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

pub mod args;
pub mod bench;
pub mod bench_dates;
pub mod bench_extract;
pub mod bench_pages;
pub mod bench_text;
mod extract_files;
mod history;
mod install;
mod measure;
mod quote;
mod reextract;
mod reports;
mod research;
mod search;
mod team;

pub use extract_files::extract_files;
pub use history::history;
pub use install::{install, uninstall};
pub use measure::{ExtractBenchPaths, bench, bench_extract, bench_window};
pub use quote::{QuoteFix, correct as quote_correct, list as quote_list};
pub use reextract::reextract;
pub use reports::{people, stats};
pub use research::{FieldEdits, TagsAction, edit, note, tag, tags};
use search::query_error;
pub use search::{Selection, search};
pub use team::{Subset, sync, team_init, team_search, team_status};

/// Exit code for usage errors (bad arguments, invalid search syntax).
pub const EXIT_USAGE: u8 = 2;

/// A mistake in how Chronicle was called (a bad date, an export onto the archive): `main`
/// exits with `EXIT_USAGE` for it.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Whether an error is standard output closed under us (`chronicle stats | head -1`): the
/// reader has what it wanted, so it is no failure.
pub fn is_closed_output(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            })
            == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// The archive used when `--archive` is not given: `archive.sqlite` in the user's data folder
/// (`$XDG_DATA_HOME/chronicle` on Linux), or `$CHRONICLE_ARCHIVE` when set.
pub fn default_archive_path() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("CHRONICLE_ARCHIVE") {
        return Ok(PathBuf::from(path));
    }
    let dirs = directories::ProjectDirs::from("org", "Chronicle", "chronicle")
        .context("cannot find the user's data folder (is $HOME set?)")?;
    Ok(dirs.data_dir().join("archive.sqlite"))
}

/// Reports a migration that rewrites the index: a line kept up to date on a terminal, the
/// last state only elsewhere.
fn migration_progress() -> impl FnMut(chronicle::model::MigrationProgress) {
    let on_terminal = std::io::stderr().is_terminal();
    move |p: chronicle::model::MigrationProgress| {
        let line = format!(
            "updating the archive to version {}: {}/{} articles",
            p.to_version, p.done, p.total
        );
        if on_terminal {
            eprint!("\r\x1b[K{line}");
        }
        if p.done == p.total {
            eprintln!("{}{line}", if on_terminal { "\r\x1b[K" } else { "" });
        }
    }
}

/// Opens the archive for writing (creating it if needed), naming the file in any error.
pub fn open_archive(path: &Path) -> Result<Archive> {
    Archive::open_with_progress(path, &mut migration_progress())
        .with_context(|| format!("cannot open the archive {}", path.display()))
}

/// Opens an existing archive for the reading commands: never created, never written (an
/// older archive is migrated first, as any command does).
pub fn open_for_reading(path: &Path) -> Result<Archive> {
    Archive::open_read_only_with_progress(path, &mut migration_progress())
        .with_context(|| format!("cannot open the archive {}", path.display()))
}

/// A failure as the terminal says it: with the flag that lifts the size limit.
fn failure_line(reason: &import::Failure) -> String {
    match reason {
        import::Failure::TooLarge { .. } => format!("{reason}; raise it with --max-file-size"),
        other => other.to_string(),
    }
}

/// `chronicle import PATH...`
pub fn import(
    archive_path: &Path,
    paths: &[PathBuf],
    max_file_size_mb: Option<u64>,
) -> Result<ExitCode> {
    let mut archive = open_archive(archive_path)?;
    let mut options = ImportOptions::default();
    if let Some(mb) = max_file_size_mb {
        options.max_file_bytes = mb.saturating_mul(1024 * 1024);
    }
    let on_terminal = std::io::stderr().is_terminal();
    let mut last_draw = Instant::now() - Duration::from_secs(1);
    let mut report = |p: &Progress| {
        if let Progress::FileDone {
            done_files,
            total_files,
            path,
            ..
        } = p
        {
            if on_terminal
                && (last_draw.elapsed() > Duration::from_millis(100) || done_files == total_files)
            {
                last_draw = Instant::now();
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let name: String = clean_line(&name).chars().take(50).collect();
                eprint!("\r\x1b[K[{done_files}/{total_files}] {name}");
            }
        }
    };
    let cancel = AtomicBool::new(false);
    let summary = import::import_paths(&mut archive, paths, &options, &cancel, &mut report);
    if on_terminal {
        eprint!("\r\x1b[K");
    }
    let summary =
        summary.context("the import stopped; articles committed before the error are kept")?;
    let mut out = std::io::stdout().lock();
    // The failures go to stderr even when stdout cannot be written (closed, a full disk).
    let printed = writeln!(
        out,
        "imported {}, duplicates {}, failed {}",
        summary.imported,
        summary.duplicates,
        summary.failed.len()
    )
    .and_then(|()| out.flush());
    for note in &summary.notes {
        eprintln!(
            "{}: note: {}",
            clean_line(&note.path.display().to_string()),
            clean_line(&note.reason.to_string())
        );
    }
    for failure in &summary.failed {
        eprintln!(
            "{}: {}",
            clean_line(&failure.path.display().to_string()),
            clean_line(&failure_line(&failure.reason))
        );
    }
    printed.context("cannot write to standard output")?;
    Ok(if summary.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `chronicle show ID`
pub fn show(archive_path: &Path, article_id: i64, json: bool) -> Result<ExitCode> {
    let archive = open_for_reading(archive_path)?;
    let Some(record) = archive.article(article_id)? else {
        eprintln!("chronicle: no article with id {article_id}");
        return Ok(ExitCode::from(1));
    };
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &research::show_json(record)?)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    reports::print_article(
        &mut out,
        &record.article,
        Some(record.id),
        &record.file.path,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The export format `--format` names (`chronicle` or `csl-json`; clap checks the name).
pub fn export_format(name: &str) -> chronicle::export::ExportFormat {
    match name {
        "csl-json" => chronicle::export::ExportFormat::CslJson,
        _ => chronicle::export::ExportFormat::Chronicle,
    }
}

/// `chronicle export --out FILE|- [--format chronicle|csl-json]`
pub fn export(
    archive_path: &Path,
    out: &Path,
    format: chronicle::export::ExportFormat,
    selection: &Selection,
    ids: Option<Vec<i64>>,
) -> Result<ExitCode> {
    let archive = open_for_reading(archive_path)?;
    let ids = match ids {
        Some(ids) => ids,
        None if selection.query.is_none() && selection.from.is_none() && selection.to.is_none() => {
            archive.all_ids()?
        }
        None => match archive.matching_ids(&selection.filter()?) {
            Ok(ids) => ids,
            Err(e) => return query_error(e),
        },
    };
    let written = if out == Path::new("-") {
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        chronicle::export::write_export_as(
            format,
            &archive,
            &ids,
            &mut stdout,
            &chronicle::export::now(),
        )?
    } else {
        match chronicle::export::export_to_file_as(format, &archive, &ids, out) {
            Err(chronicle::export::ExportError::Refused(refused)) => {
                return Err(UsageError(clean_line(&refused.to_string()).into_owned()).into());
            }
            other => other?,
        }
    };
    eprintln!("exported {written} articles");
    Ok(ExitCode::SUCCESS)
}
