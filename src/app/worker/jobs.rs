//! Jobs on threads of their own: an import, an export, a native file dialog.

use super::{
    Answer, AnswerSink, DialogKind, DialogResult, ExportSource, ImportAnswer, ImportSource,
    spawn_named,
};
use crate::archive::Archive;
use crate::import::{self, ImportOptions, MemoryFile, Progress};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Starts an import on its own thread and connection; returns its cancel flag.
pub fn spawn_import(
    archive_path: &Path,
    source: ImportSource,
    events: AnswerSink,
) -> Result<Arc<AtomicBool>, String> {
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&cancel);
    let path = archive_path.to_path_buf();
    spawn_named("chronicle-import", move || {
        let mut last_sent = Instant::now() - Duration::from_secs(1);
        let mut report = |p: &Progress| {
            // Throttled: a 100,000-file import must not flood the UI.
            let always = match p {
                Progress::Started { .. } | Progress::Finished(_) => true,
                Progress::FileDone {
                    done_files,
                    total_files,
                    ..
                } => done_files == total_files,
            };
            if always || last_sent.elapsed() >= Duration::from_millis(50) {
                last_sent = Instant::now();
                events.send(Answer::Import(ImportAnswer::Progress(p.clone())));
            }
        };
        let options = ImportOptions::default();
        let done = Archive::open(&path).and_then(|mut archive| match source {
            ImportSource::Paths(paths) => {
                import::import_paths(&mut archive, &paths, &options, &flag, &mut report)
            }
            ImportSource::Samples => {
                let samples: Vec<MemoryFile> = crate::app::samples::SAMPLES
                    .iter()
                    .map(|(name, bytes)| MemoryFile {
                        path: format!("(sample) {name}"),
                        name: (*name).to_string(),
                        bytes,
                    })
                    .collect();
                import::import_memory(&mut archive, &samples, &options, &flag, &mut report)
            }
        });
        // A summary went out as `Finished`; only the archive's own failure is left to say.
        if let Err(e) = done {
            events.send(Answer::Import(ImportAnswer::Stopped(e)));
        }
    })?;
    Ok(cancel)
}

/// Exports on its own thread and connection, so the list stays responsive.
pub fn spawn_export(
    archive_path: &Path,
    format: crate::export::ExportFormat,
    source: ExportSource,
    out: PathBuf,
    events: AnswerSink,
) -> Result<(), String> {
    let path = archive_path.to_path_buf();
    spawn_named("chronicle-export", move || {
        let result = Archive::open(&path)
            .map_err(|e| format!("{e:#}"))
            .and_then(|archive| {
                let ids = match source {
                    ExportSource::Ids(ids) => ids,
                    ExportSource::Filter(filter) => archive
                        .matching_ids(&filter)
                        .map_err(|e| format!("{e:#}"))?,
                };
                crate::export::export_to_file_as(format, &archive, &ids, &out)
                    .map_err(|e| format!("{e:#}"))
            });
        events.send(match result {
            Ok(count) => Answer::Exported { count, path: out },
            Err(e) => Answer::Failed(format!("Export failed: {e}")),
        });
    })
}

/// Opens a native file dialog on a worker thread (it would block the UI otherwise).
pub fn spawn_dialog(kind: DialogKind, events: AnswerSink) -> Result<(), String> {
    spawn_named("chronicle-dialog", move || {
        let started = Instant::now();
        let extensions = crate::extract::KNOWN_EXTENSIONS;
        let result = match kind {
            DialogKind::ImportFiles => {
                let dialog = rfd::AsyncFileDialog::new()
                    .set_title("Import articles")
                    .add_filter("Articles", extensions);
                let files = pollster::block_on(dialog.pick_files());
                DialogResult::ImportPaths(
                    files.map(|f| f.iter().map(|h| h.path().to_path_buf()).collect()),
                )
            }
            DialogKind::ImportFolder => {
                let dialog = rfd::AsyncFileDialog::new().set_title("Import a folder of articles");
                let folder = pollster::block_on(dialog.pick_folder());
                DialogResult::ImportPaths(folder.map(|h| vec![h.path().to_path_buf()]))
            }
            DialogKind::Export => export_dialog(
                (
                    "Export articles",
                    "chronicle-export.json",
                    "Chronicle export",
                ),
                crate::export::ExportFormat::Chronicle,
            ),
            DialogKind::ExportCitations => export_dialog(
                (
                    "Export citations (CSL-JSON, for Zotero)",
                    "chronicle-citations.json",
                    "CSL-JSON",
                ),
                crate::export::ExportFormat::CslJson,
            ),
        };
        let chosen = match &result {
            DialogResult::ImportPaths(paths) => paths.is_some(),
            DialogResult::ExportPath(path, _) => path.is_some(),
            DialogResult::Archive(path) => path.is_some(),
        };
        events.send(
            match crate::app::dialogs::no_chooser(chosen, started.elapsed()) {
                true => Answer::Failed(crate::app::dialogs::NO_CHOOSER.to_string()),
                false => Answer::Dialog(result),
            },
        );
    })
}

/// A save dialog for an export: its title, suggested file name and filter name.
fn export_dialog(
    (title, file_name, filter): (&str, &str, &str),
    format: crate::export::ExportFormat,
) -> DialogResult {
    let dialog = rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter, &["json"]);
    let file = pollster::block_on(dialog.save_file());
    DialogResult::ExportPath(file.map(|h| h.path().to_path_buf()), format)
}

/// Sets the cancel flag of a running import (checked between files).
pub fn cancel(flag: &AtomicBool) {
    flag.store(true, Ordering::Relaxed);
}
