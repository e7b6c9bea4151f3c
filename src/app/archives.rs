//! Several archives: *File → New archive…*, *Open archive…* and the recent ones. Each
//! archive's search, period and selection are remembered by path in the saved settings, so
//! switching away and back finds them again, and another archive never inherits a search.
//! When an archive cannot be opened, the window says which, why and what to do.

use super::worker::{Answer, AnswerSink, DialogResult};
use super::{AppCommand, ChronicleApp, Settings};
use crate::archive::ArchiveError;
use chrono::NaiveDate;
use eframe::egui;
use std::path::{Path, PathBuf};

/// How many recent archives the menu lists.
const RECENT: usize = 8;

/// What is remembered of one archive.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ArchiveMemory {
    pub path: PathBuf,
    pub query: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub selected: Vec<i64>,
    pub open_id: Option<i64>,
}

/// `archive.sqlite — Chronicle`, as document apps title their windows.
pub fn window_title(path: &Path) -> String {
    match path.file_name() {
        Some(name) => format!("{} — Chronicle", name.to_string_lossy()),
        None => "Chronicle".to_string(),
    }
}

/// The search to start `path` with: its own, or none for an archive not seen before (the
/// last archive's search would show it empty).
pub fn starting_query(settings: &Settings, path: &Path) -> String {
    settings
        .archives
        .iter()
        .find(|a| a.path == path)
        .map(|a| a.query.clone())
        .unwrap_or_default()
}

/// Why an archive cannot be opened and what to do, for the window.
pub fn cannot_open_message(path: &Path, error: &ArchiveError) -> String {
    let name = path.display();
    match error {
        ArchiveError::NewerVersion {
            found, supported, ..
        } => format!(
            "{name} was made by a newer Chronicle (archive version {found}; this Chronicle \
             reads up to version {supported}). It was left untouched: update Chronicle to open \
             it, or open another archive."
        ),
        ArchiveError::NotAnArchive { .. } => format!(
            "{name} is not a Chronicle archive (another kind of file). Nothing was changed: \
             choose a Chronicle archive, or make a new one."
        ),
        ArchiveError::Busy => format!(
            "{name} is locked: another program is writing to it. Wait until it has finished \
             (a `chronicle import` in a terminal, say), then open it again."
        ),
        ArchiveError::ReadOnly => format!(
            "{name} cannot be written (a read-only disk or the file's permissions). Copy it \
             somewhere writable, or open another archive."
        ),
        other => format!("{name} cannot be opened: {other}."),
    }
}

/// Which archive dialog to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveDialog {
    New,
    Open,
}

/// Shows a file dialog for an archive on its own thread; answers `DialogResult::Archive`.
pub fn spawn_archive_dialog(kind: ArchiveDialog, events: AnswerSink) -> Result<(), String> {
    super::worker::spawn_named("chronicle-dialog", move || {
        let started = std::time::Instant::now();
        let dialog = rfd::AsyncFileDialog::new().add_filter("Chronicle archive", &["sqlite"]);
        let chosen = match kind {
            ArchiveDialog::New => pollster::block_on(
                dialog
                    .set_title("New archive")
                    .set_file_name("archive.sqlite")
                    .save_file(),
            ),
            ArchiveDialog::Open => pollster::block_on(dialog.set_title("Open archive").pick_file()),
        }
        .map(|h| h.path().to_path_buf());
        let event = match super::dialogs::no_chooser(chosen.is_some(), started.elapsed()) {
            true => Answer::Failed(super::dialogs::NO_CHOOSER.to_string()),
            false => Answer::Dialog(DialogResult::Archive(chosen)),
        };
        events.send(event);
    })
}

impl ChronicleApp {
    /// Remembers this archive's search, period and selection, first in the recent list.
    pub(super) fn remember_archive(&mut self) {
        let memory = ArchiveMemory {
            path: self.archive_path.clone(),
            query: self.settings.query.clone(),
            from: self.view.range.map(|r| r.0),
            to: self.view.range.map(|r| r.1),
            selected: self.view.selection.ids.iter().copied().collect(),
            open_id: self.view.open_id,
        };
        let archives = &mut self.settings.archives;
        archives.retain(|a| a.path != memory.path);
        archives.insert(0, memory);
        archives.truncate(RECENT);
    }

    /// Puts back what was remembered of this archive (period, selection, open article; the
    /// search is in `settings.query` already, see `starting_query`).
    pub(super) fn restore_archive(&mut self) {
        let path = self.archive_path.clone();
        let Some(memory) = self.settings.archives.iter().find(|a| a.path == path) else {
            self.remember_archive();
            return;
        };
        self.view.range = memory.from.zip(memory.to);
        let (selected, open_id) = (memory.selected.clone(), memory.open_id);
        self.view.selection.set_all(selected);
        if let Some(id) = open_id {
            self.open(id);
        }
        self.remember_archive();
    }

    /// Opens another archive in this window (creating it when the file does not exist).
    pub(super) fn switch_archive(&mut self, path: PathBuf) {
        if self.view.import.is_some() {
            self.view.status =
                "Wait for the import to finish (or cancel it) before opening another archive."
                    .into();
            return;
        }
        if path == self.archive_path && self.view.cannot_open.is_none() {
            return;
        }
        self.remember_archive();
        let mut settings = self.settings.clone();
        settings.query = starting_query(&settings, &path);
        let launcher = std::sync::Arc::clone(&self.runtime.launcher);
        *self = ChronicleApp::new(&path, settings);
        self.runtime.launcher = launcher;
        self.view.status = format!("Opened {}", path.display());
    }

    /// Sends the window title when the archive changed.
    pub(super) fn title_ui(&mut self, ctx: &egui::Context) {
        if !self.view.title_sent {
            self.view.title_sent = true;
            let title = window_title(&self.archive_path);
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        }
    }

    /// The archive entries of the File menu.
    pub(super) fn archive_menu_ui(&mut self, ui: &mut egui::Ui) {
        if ui.button("New archive…").clicked() {
            self.commands
                .push(AppCommand::PickArchive(ArchiveDialog::New));
        }
        if ui.button("Open archive…").clicked() {
            self.commands
                .push(AppCommand::PickArchive(ArchiveDialog::Open));
        }
        let others: Vec<PathBuf> = self
            .settings
            .archives
            .iter()
            .map(|a| a.path.clone())
            .filter(|p| *p != self.archive_path)
            .collect();
        ui.add_enabled_ui(!others.is_empty(), |ui| {
            ui.menu_button("Recent archives", |ui| {
                for path in others {
                    if ui.button(path.display().to_string()).clicked() {
                        self.commands.push(AppCommand::OpenArchive(path));
                    }
                }
            });
        });
    }

    /// The window's middle when the archive cannot be opened.
    pub(super) fn cannot_open_ui(&mut self, ui: &mut egui::Ui, message: &str) {
        ui.add_space(60.0);
        ui.vertical_centered(|ui| {
            ui.set_max_width(560.0);
            let name = self.archive_path.file_name().unwrap_or_default();
            ui.heading(format!("Cannot open {}", name.to_string_lossy()));
            ui.add_space(8.0);
            ui.label(message);
            ui.add_space(14.0);
            ui.horizontal(|ui| {
                if ui.button("Open another archive…").clicked() {
                    self.commands
                        .push(AppCommand::PickArchive(ArchiveDialog::Open));
                }
                if ui.button("New archive…").clicked() {
                    self.commands
                        .push(AppCommand::PickArchive(ArchiveDialog::New));
                }
                if ui.button("Try again").clicked() {
                    self.commands
                        .push(AppCommand::OpenArchive(self.archive_path.clone()));
                }
            });
        });
    }
}

impl ChronicleApp {
    /// The archive the window has open.
    pub fn archive_path(&self) -> &Path {
        &self.archive_path
    }

    /// Why the archive could not be opened, when it could not.
    pub fn cannot_open(&self) -> Option<&str> {
        self.view.cannot_open.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_refusal_says_which_archive_which_version_and_what_to_do() {
        let path = Path::new("/data/old.sqlite");
        let newer = ArchiveError::NewerVersion {
            path: path.into(),
            found: 12,
            supported: 8,
        };
        let text = cannot_open_message(path, &newer);
        assert!(text.contains("/data/old.sqlite") && text.contains("version 12"));
        assert!(text.contains("up to version 8") && text.contains("update Chronicle"));
        let foreign = cannot_open_message(path, &ArchiveError::NotAnArchive { path: path.into() });
        assert!(foreign.contains("not a Chronicle archive") && foreign.contains("make a new one"));
        let busy = cannot_open_message(path, &ArchiveError::Busy);
        assert!(busy.contains("locked") && busy.contains("open it again"));
    }

    #[test]
    fn an_archive_not_seen_before_starts_without_a_search() {
        let settings = Settings {
            query: "ferry".into(),
            archives: vec![ArchiveMemory {
                path: "/a.sqlite".into(),
                query: "harbour".into(),
                ..ArchiveMemory::default()
            }],
            ..Settings::default()
        };
        assert_eq!(starting_query(&settings, Path::new("/a.sqlite")), "harbour");
        assert_eq!(starting_query(&settings, Path::new("/b.sqlite")), "");
    }
}
