//! *History* in the details panel, with a team archive set up: the open article's changes on
//! the server, the one that holds and those it replaced (a conflicting edit's loser), with
//! who made each and when. Read on a thread when asked for; the panel never waits.

use super::worker::{Waker, spawn_named as spawn};
use crate::archive::team::{self, HistoryEntry, TeamAddress};
use crate::model::ArticleRecord;
use eframe::egui;
use std::sync::mpsc;

type Loaded = (String, Result<Vec<HistoryEntry>, String>);

pub struct HistoryView {
    waker: Waker,
    sender: mpsc::Sender<Loaded>,
    inbox: mpsc::Receiver<Loaded>,
    /// The article (content hash) shown, and its history once read.
    hash: Option<String>,
    entries: Option<Result<Vec<HistoryEntry>, String>>,
    loading: bool,
}

impl HistoryView {
    pub fn new(waker: Waker) -> Self {
        let (sender, inbox) = mpsc::channel();
        HistoryView {
            waker,
            sender,
            inbox,
            hash: None,
            entries: None,
            loading: false,
        }
    }

    /// The section, under the article's details (only with a team archive).
    pub fn ui(&mut self, ui: &mut egui::Ui, record: &ArticleRecord, address: Option<&str>) {
        let Some(address) = address else { return };
        while let Ok((hash, entries)) = self.inbox.try_recv() {
            if self.hash.as_deref() == Some(hash.as_str()) {
                self.entries = Some(entries);
                self.loading = false;
            }
        }
        if self.hash.as_deref() != Some(record.file.sha256.as_str()) {
            self.hash = Some(record.file.sha256.clone());
            self.entries = None;
            self.loading = false;
        }
        ui.add_space(10.0);
        ui.label(egui::RichText::new("History").strong());
        ui.horizontal(|ui| {
            let label = match self.entries {
                None => "Load from the team archive",
                Some(_) => "Reload",
            };
            if ui
                .add_enabled(!self.loading, egui::Button::new(label))
                .clicked()
            {
                self.load(address, &record.file.sha256);
            }
            if self.loading {
                ui.spinner();
            }
        });
        match &self.entries {
            None => {}
            Some(Err(e)) => {
                ui.add(
                    egui::Label::new(egui::RichText::new(e).color(ui.visuals().error_fg_color))
                        .wrap(),
                );
            }
            Some(Ok(entries)) if entries.is_empty() => {
                ui.label("No changes on the team archive.");
            }
            Some(Ok(entries)) => {
                for e in entries {
                    entry_ui(ui, e);
                }
            }
        }
    }

    fn load(&mut self, address: &str, hash: &str) {
        self.loading = true;
        let (address, hash) = (address.to_string(), hash.to_string());
        let (sender, waker) = (self.sender.clone(), self.waker.clone());
        let started = spawn("chronicle-team-history", move || {
            let entries = TeamAddress::parse(&address)
                .and_then(|a| team::history(&a, &hash))
                .map_err(|e| e.to_string());
            let _ = sender.send((hash, entries));
            waker.wake();
        });
        if let Err(e) = started {
            self.loading = false;
            self.entries = Some(Err(e));
        }
    }
}

/// `Title: set to … — alice, 2026-11-30 05:00`, and whether it holds or was replaced.
fn entry_ui(ui: &mut egui::Ui, e: &HistoryEntry) {
    let text = format!("{}: {}", e.subject(), e.change);
    let who = format!("{}, {}", e.made_by, short(&e.made_at));
    ui.add(egui::Label::new(text).wrap());
    let state = match &e.replaced_at {
        Some(at) => format!("{who} · replaced {}", short(at)),
        None => format!("{who} · holds"),
    };
    let state = egui::RichText::new(state).small();
    ui.label(if e.replaced_at.is_some() {
        state.weak()
    } else {
        state
    });
    ui.add_space(4.0);
}

/// `2026-11-30 05:00` from an RFC 3339 time (as written when it is not one).
fn short(at: &str) -> String {
    at.get(..16)
        .map_or_else(|| at.to_string(), |s| s.replace('T', " "))
}
