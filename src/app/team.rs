//! The team archive in the window: *File → Team archive…* (the address, *Sync now*, the last
//! successful sync), a status-bar indicator, and a sync in the background every few minutes
//! while the window is open. Each sync runs on its own thread with its own connection to the
//! archive and reports over a channel; the window never waits for the network.

use super::history::HistoryView;
use super::team_search::TeamSearch;
use super::team_subset::SubsetForm;
use super::worker::{Waker, spawn_named as spawn};
use crate::archive::Archive;
use crate::archive::team::{self, SyncOptions, SyncReport, TeamAddress};
use crate::query::Filter;
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How often the window syncs on its own once an address is known.
pub const AUTO_SYNC_EVERY: Duration = Duration::from_secs(5 * 60);

/// What the sync threads report.
enum TeamEvent {
    /// The archive's remembered team address and last successful sync, read at start.
    Remembered {
        url: Option<String>,
        last_success: Option<String>,
        subset: Option<Filter>,
    },
    /// The report, the last successful sync and the subset the archive holds now.
    Synced(Result<(SyncReport, Option<String>, Option<Filter>), String>),
}

/// The team archive's state in the window.
pub struct TeamPanel {
    archive_path: PathBuf,
    waker: Waker,
    sender: mpsc::Sender<TeamEvent>,
    inbox: mpsc::Receiver<TeamEvent>,
    dialog_open: bool,
    /// The address being edited, and the one syncs use (none until given or remembered).
    address: String,
    active: Option<String>,
    last_success: Option<String>,
    running: bool,
    /// The last sync's outcome in words.
    message: String,
    next_auto: Option<Instant>,
    /// The subset as typed, and a change of it to store with the next sync (*Sync now*;
    /// a background sync keeps the archive's, which the terminal may have changed).
    subset: SubsetForm,
    subset_change: Option<Option<Filter>>,
    /// The search field's Team scope (team_search.rs) and the details panel's History.
    pub search: TeamSearch,
    pub history: HistoryView,
}

impl TeamPanel {
    /// Reads the remembered address on a thread (`CHRONICLE_TEAM` wins, as for `chronicle sync`).
    pub fn new(archive_path: &Path, waker: Waker) -> Self {
        let (sender, inbox) = mpsc::channel();
        let env = std::env::var("CHRONICLE_TEAM")
            .ok()
            .filter(|t| !t.is_empty());
        let panel = TeamPanel {
            archive_path: archive_path.to_path_buf(),
            waker: waker.clone(),
            sender,
            inbox,
            dialog_open: false,
            address: env.clone().unwrap_or_default(),
            active: env,
            last_success: None,
            running: false,
            message: String::new(),
            next_auto: None,
            subset: SubsetForm::default(),
            subset_change: None,
            search: TeamSearch::new(archive_path, waker.clone()),
            history: HistoryView::new(waker.clone()),
        };
        let (path, sender, waker) = (
            panel.archive_path.clone(),
            panel.sender.clone(),
            panel.waker.clone(),
        );
        // No archive yet or no thread: nothing remembered, which is no error.
        let _ = spawn("chronicle-team-state", move || {
            let archive = Archive::open_read_only(&path).ok();
            let state = archive.as_ref().and_then(|a| a.sync_state().ok().flatten());
            let _ = sender.send(TeamEvent::Remembered {
                url: state.as_ref().map(|s| s.url.clone()),
                last_success: state.and_then(|s| s.last_success),
                subset: archive.and_then(|a| a.team_subset().ok().flatten()),
            });
            waker.wake();
        });
        panel
    }

    /// The address syncs use, once given or remembered.
    pub fn active(&self) -> Option<&str> {
        self.active.as_deref()
    }

    /// Opens the set-up dialog.
    pub fn open_dialog(&mut self) {
        self.dialog_open = true;
    }

    /// Drains the threads' reports and starts the background sync when due; `true` when a
    /// sync changed the archive (the caller refreshes what it shows).
    pub fn poll(&mut self, ctx: &egui::Context) -> bool {
        let mut changed = false;
        while let Ok(event) = self.inbox.try_recv() {
            match event {
                TeamEvent::Remembered {
                    url,
                    last_success,
                    subset,
                } => {
                    self.subset = SubsetForm::from_filter(subset.as_ref());
                    if self.active.is_none() {
                        self.active = url.clone();
                        self.address = url.unwrap_or_default();
                    }
                    self.last_success = last_success;
                    self.next_auto = self.active.as_ref().map(|_| Instant::now());
                }
                TeamEvent::Synced(outcome) => {
                    self.running = false;
                    self.next_auto = Some(Instant::now() + AUTO_SYNC_EVERY);
                    match outcome {
                        Ok((report, last_success, subset)) => {
                            changed = report != SyncReport::default();
                            self.last_success = last_success;
                            self.subset = SubsetForm::from_filter(subset.as_ref());
                            self.message = format!(
                                "Pulled {} articles and {} changes, pushed {} articles and {} changes.",
                                report.pulled_articles,
                                report.pulled_changes,
                                report.pushed_articles,
                                report.pushed_changes
                            );
                        }
                        Err(e) => self.message = e,
                    }
                }
            }
        }
        if let Some(due) = self.next_auto {
            let now = Instant::now();
            if due <= now {
                self.sync_now();
            } else {
                ctx.request_repaint_after(due - now);
            }
        }
        changed
    }

    /// Starts a sync with the active address, unless one is running.
    pub fn sync_now(&mut self) {
        let Some(address) = self.active.clone() else {
            self.next_auto = None;
            return;
        };
        if self.running {
            return;
        }
        let subset = self.subset_change.take();
        self.running = true;
        self.next_auto = None;
        self.message = "Syncing…".into();
        let (path, sender, waker) = (
            self.archive_path.clone(),
            self.sender.clone(),
            self.waker.clone(),
        );
        let started = spawn("chronicle-team-sync", move || {
            let _ = sender.send(TeamEvent::Synced(run_sync(&path, &address, subset)));
            waker.wake();
        });
        if let Err(e) = started {
            self.running = false;
            self.message = e;
        }
    }

    /// The status-bar indicator: when the last sync succeeded, or that one runs.
    pub fn status_text(&self) -> Option<String> {
        self.active.as_ref()?;
        Some(if self.running {
            "Team: syncing…".into()
        } else {
            match &self.last_success {
                Some(at) => format!("Team: last sync {}", short_time(at)),
                None => "Team: not synced yet".into(),
            }
        })
    }

    /// The *Team archive* dialog, when open.
    pub fn dialog_ui(&mut self, ctx: &egui::Context) {
        if !self.dialog_open {
            return;
        }
        let mut open = true;
        egui::Window::new("Team archive")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.set_width(460.0);
                ui.label(
                    "Share this archive with a team through a PostgreSQL database. The password \
                     comes from PGPASSWORD or ~/.pgpass, never from here.",
                );
                ui.add_space(6.0);
                let label = ui.label("Team archive address");
                ui.add(
                    egui::TextEdit::singleline(&mut self.address)
                        .hint_text("postgres://you@host/database")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
                ui.add_space(6.0);
                self.subset.ui(ui);
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let sync = ui.add_enabled(!self.running, egui::Button::new("Sync now"));
                    if sync.clicked() {
                        self.use_address();
                    }
                    if self.running {
                        ui.spinner();
                    }
                });
                ui.add_space(6.0);
                let last = self
                    .last_success
                    .as_deref()
                    .map_or_else(|| "never".to_string(), short_time);
                ui.label(format!("Last successful sync: {last}"));
                if !self.message.is_empty() {
                    ui.add(egui::Label::new(&self.message).wrap());
                }
                ui.label(
                    egui::RichText::new(format!(
                        "While the window is open, Chronicle syncs every {} minutes.",
                        AUTO_SYNC_EVERY.as_secs() / 60
                    ))
                    .weak()
                    .small(),
                );
            });
        self.dialog_open = open;
    }

    /// Checks the typed address and syncs with it.
    fn use_address(&mut self) {
        match self.subset.to_filter() {
            Ok(subset) => self.subset_change = Some(subset),
            Err(e) => {
                self.message = e;
                return;
            }
        }
        match TeamAddress::parse(&self.address) {
            Ok(_) => {
                self.active = Some(self.address.trim().to_string());
                self.sync_now();
            }
            Err(e) => self.message = e.to_string(),
        }
    }
}

/// One sync on the calling thread: the report and the new last-success time, or the error
/// in one line.
fn run_sync(
    path: &Path,
    address: &str,
    subset: Option<Option<Filter>>,
) -> Result<(SyncReport, Option<String>, Option<Filter>), String> {
    let address = TeamAddress::parse(address).map_err(|e| e.to_string())?;
    let mut archive = Archive::open(path).map_err(|e| e.to_string())?;
    if let Some(subset) = subset {
        archive
            .set_team_subset(subset.as_ref())
            .map_err(|e| e.to_string())?;
    }
    let report =
        team::sync(&mut archive, &address, &SyncOptions::default()).map_err(|e| e.to_string())?;
    let last = archive
        .sync_state()
        .ok()
        .flatten()
        .and_then(|s| s.last_success);
    let subset = archive.team_subset().map_err(|e| e.to_string())?;
    Ok((report, last, subset))
}

/// `2026-11-30 03:40` from an RFC 3339 time in UTC, in local time.
fn short_time(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at).map_or_else(
        |_| at.to_string(),
        |t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        },
    )
}
