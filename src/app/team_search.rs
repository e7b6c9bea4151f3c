//! The Team scope of the search field: with a team archive set up, *Local | Team* beside the
//! Search box; *Team* runs the same query (and period) on the server and lists what it finds
//! in place of the local results, marking the articles this archive lacks, each with *Fetch*
//! to pull it in. Searches and fetches run on their own threads and report over a channel;
//! local search goes on as before, whatever the server does.

use super::worker::{Waker, spawn_named as spawn};
use crate::archive::Archive;
use crate::archive::team::{self, TeamAddress, TeamHit};
use crate::query::Filter;
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

/// Most articles one Team search lists.
const LIMIT: i64 = 200;

/// Where the search field looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Scope {
    #[default]
    Local,
    Team,
}

enum SearchEvent {
    Found {
        generation: u64,
        result: Result<Vec<Row>, String>,
    },
    Fetched {
        hash: String,
        result: Result<Option<i64>, String>,
    },
}

/// One article found on the server, and its id here when this archive holds it.
struct Row {
    hit: TeamHit,
    local_id: Option<i64>,
    fetching: bool,
}

pub struct TeamSearch {
    archive_path: PathBuf,
    waker: Waker,
    sender: mpsc::Sender<SearchEvent>,
    inbox: mpsc::Receiver<SearchEvent>,
    pub scope: Scope,
    /// The filter of the last search started (`None`: search again).
    searched: Option<Filter>,
    generation: u64,
    running: bool,
    rows: Vec<Row>,
    /// Why the last search or fetch failed.
    message: Option<String>,
}

impl TeamSearch {
    pub fn new(archive_path: &Path, waker: Waker) -> Self {
        let (sender, inbox) = mpsc::channel();
        TeamSearch {
            archive_path: archive_path.to_path_buf(),
            waker,
            sender,
            inbox,
            scope: Scope::Local,
            searched: None,
            generation: 0,
            running: false,
            rows: Vec::new(),
            message: None,
        }
    }

    /// Whether the Articles list shows the server's results.
    pub fn showing(&self) -> bool {
        self.scope == Scope::Team
    }

    /// *Local | Team* beside the Search box.
    pub fn scope_ui(&mut self, ui: &mut egui::Ui) {
        let before = self.scope;
        ui.selectable_value(&mut self.scope, Scope::Local, "Local")
            .on_hover_text("Search this archive");
        ui.selectable_value(&mut self.scope, Scope::Team, "Team")
            .on_hover_text("Search the whole team archive on the server");
        if self.scope != before {
            self.searched = None;
        }
    }

    /// Drains the threads' reports; in the Team scope, starts a search when the filter
    /// changed and none runs. Returns `true` when a fetch changed the archive.
    pub fn poll(&mut self, address: Option<&str>, filter: &Filter) -> bool {
        let mut changed = false;
        while let Ok(event) = self.inbox.try_recv() {
            match event {
                SearchEvent::Found { generation, result } if generation == self.generation => {
                    self.running = false;
                    match result {
                        Ok(rows) => {
                            self.rows = rows;
                            self.message = None;
                        }
                        Err(e) => {
                            self.rows.clear();
                            self.message = Some(e);
                        }
                    }
                }
                SearchEvent::Found { .. } => {}
                SearchEvent::Fetched { hash, result } => {
                    let row = self.rows.iter_mut().find(|r| r.hit.content_hash == hash);
                    if let Some(row) = row {
                        row.fetching = false;
                        if let Ok(id) = &result {
                            row.local_id = *id;
                        }
                    }
                    match result {
                        Ok(_) => changed = true,
                        Err(e) => self.message = Some(e),
                    }
                }
            }
        }
        if self.scope == Scope::Team
            && !self.running
            && self.searched.as_ref() != Some(filter)
            && let Some(address) = address
        {
            self.start(address, filter.clone());
        }
        changed
    }

    fn start(&mut self, address: &str, filter: Filter) {
        self.generation += 1;
        self.running = true;
        self.searched = Some(filter.clone());
        let (path, address, generation) = (
            self.archive_path.clone(),
            address.to_string(),
            self.generation,
        );
        let (sender, waker) = (self.sender.clone(), self.waker.clone());
        let started = spawn("chronicle-team-search", move || {
            let result = search(&path, &address, &filter);
            let _ = sender.send(SearchEvent::Found { generation, result });
            waker.wake();
        });
        if let Err(e) = started {
            self.running = false;
            self.message = Some(e);
        }
    }

    fn fetch(&mut self, address: &str, index: usize) {
        let Some(row) = self.rows.get_mut(index) else {
            return;
        };
        row.fetching = true;
        let hash = row.hit.content_hash.clone();
        let (path, address) = (self.archive_path.clone(), address.to_string());
        let (sender, waker) = (self.sender.clone(), self.waker.clone());
        let started = spawn("chronicle-team-fetch", move || {
            let result = fetch(&path, &address, &hash);
            let _ = sender.send(SearchEvent::Fetched { hash, result });
            waker.wake();
        });
        if let Err(e) = started {
            row.fetching = false;
            self.message = Some(e);
        }
    }

    /// The server's results in place of the Articles list; returns an article to open.
    pub fn results_ui(&mut self, ui: &mut egui::Ui, address: Option<&str>) -> Option<i64> {
        let Some(address) = address else {
            ui.label("No team archive is set up: File → Team archive….");
            return None;
        };
        ui.horizontal(|ui| {
            let heading = match (self.running, self.rows.len()) {
                (true, _) => "Searching the team archive…".to_string(),
                (false, 1) => "Team archive: 1 article".to_string(),
                (false, n) => format!("Team archive: {n} articles"),
            };
            ui.label(egui::RichText::new(heading).strong());
            if self.running {
                ui.spinner();
            }
        });
        if let Some(message) = &self.message {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!(
                        "{message}\nLocal search is unaffected: choose Local to search this archive."
                    ))
                    .color(ui.visuals().error_fg_color),
                )
                .wrap(),
            );
        }
        ui.separator();
        let mut open = None;
        let mut fetch = None;
        egui::ScrollArea::vertical()
            .id_salt("team-results")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for (index, row) in self.rows.iter().enumerate() {
                    ui.add(egui::Label::new(egui::RichText::new(&row.hit.title).strong()).wrap());
                    let date = row
                        .hit
                        .published
                        .as_deref()
                        .map_or("undated", |d| d.get(..10).unwrap_or(d));
                    let source = row.hit.source.as_deref().unwrap_or("");
                    ui.horizontal(|ui| {
                        ui.label(
                            egui::RichText::new(format!("{date}  {source}"))
                                .weak()
                                .small(),
                        );
                        match (row.local_id, row.fetching) {
                            (Some(id), _) => {
                                ui.label(egui::RichText::new("in this archive").small());
                                if ui.small_button("Open").clicked() {
                                    open = Some(id);
                                }
                            }
                            (None, true) => {
                                ui.spinner();
                            }
                            (None, false) => {
                                ui.label(
                                    egui::RichText::new("not in this archive").small().italics(),
                                );
                                if ui
                                    .small_button("Fetch")
                                    .on_hover_text("Pull this article into this archive")
                                    .clicked()
                                {
                                    fetch = Some(index);
                                }
                            }
                        }
                    });
                    ui.add_space(6.0);
                }
            });
        if let Some(index) = fetch {
            self.fetch(address, index);
        }
        open
    }
}

/// One search on the calling thread, each hit with its id here.
fn search(path: &Path, address: &str, filter: &Filter) -> Result<Vec<Row>, String> {
    let address = TeamAddress::parse(address).map_err(|e| e.to_string())?;
    let (mut client, _) = team::open(&address).map_err(|e| e.to_string())?;
    let hits = team::search(&mut client, filter, LIMIT).map_err(|e| e.to_string())?;
    let hashes: Vec<String> = hits.iter().map(|h| h.content_hash.clone()).collect();
    let local = Archive::open_read_only(path)
        .and_then(|a| a.ids_by_hash(&hashes))
        .map_err(|e| e.to_string())?;
    Ok(hits
        .into_iter()
        .map(|hit| Row {
            local_id: local.get(&hit.content_hash).copied(),
            hit,
            fetching: false,
        })
        .collect())
}

/// Pulls one article in; its id here (`None` when it was deleted here).
fn fetch(path: &Path, address: &str, hash: &str) -> Result<Option<i64>, String> {
    let address = TeamAddress::parse(address).map_err(|e| e.to_string())?;
    let mut archive = Archive::open(path).map_err(|e| e.to_string())?;
    team::fetch(&mut archive, &address, hash).map_err(|e| e.to_string())?;
    let ids = archive
        .ids_by_hash(&[hash.to_string()])
        .map_err(|e| e.to_string())?;
    Ok(ids.get(hash).copied())
}
