//! The native window (eframe): settings loaded and saved, answers drained in `logic`, and
//! screenshot mode (`CHRONICLE_SCREENSHOT`) as a wrapper around the app that opens a view,
//! saves a PNG after a few frames and closes, without touching the user's saved state.

use super::{
    AppCommand, ChronicleApp, LeftView, ResultsView, SCREENSHOT_ENV, Settings, Shown, ThemeChoice,
    ViewCommand, archives, fonts, people, table, theme,
};
use crate::query::Sort;
use eframe::egui;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Opens the window on the archive at `archive_path`.
pub fn run(archive_path: &Path) -> anyhow::Result<ExitCode> {
    let screenshot = std::env::var_os(SCREENSHOT_ENV).map(PathBuf::from);
    let title = archives::window_title(archive_path);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("chronicle")
        .with_inner_size([1320.0, 820.0])
        .with_min_inner_size([760.0, 480.0]);
    if let Ok(icon) =
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/chronicle.png"))
    {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        // A screenshot shows the defaults, not whatever the last session left behind.
        persist_window: screenshot.is_none(),
        // Characters egui's fonts and the shipped symbols lack come from the system's fonts,
        // found on demand (fonts.rs).
        system_font_fallback: true,
        ..Default::default()
    };
    let path = archive_path.to_path_buf();
    eframe::run_native(
        "Chronicle",
        options,
        Box::new(move |cc| {
            let settings = match (&screenshot, cc.storage) {
                (None, Some(storage)) => {
                    let mut settings: Settings =
                        eframe::get_value(storage, eframe::APP_KEY).unwrap_or_default();
                    settings.query = archives::starting_query(&settings, &path);
                    settings.columns = table::with_new_columns(settings.columns);
                    settings
                }
                // A screenshot starts from the defaults, optionally with a query to show highlights.
                _ => Settings {
                    query: std::env::var("CHRONICLE_SCREENSHOT_QUERY").unwrap_or_default(),
                    ..Settings::default()
                },
            };
            let mut settings = settings;
            // CHRONICLE_THEME=light|dark overrides Settings' theme (screenshots).
            match std::env::var("CHRONICLE_THEME").as_deref() {
                Ok("light") => settings.theme = ThemeChoice::Light,
                Ok("dark") => settings.theme = ThemeChoice::Dark,
                _ => {}
            }
            let shot_view = std::env::var("CHRONICLE_SCREENSHOT_VIEW").unwrap_or_default();
            if screenshot.is_some() && shot_view == "table" {
                // Sorted by a column, so the header shows its arrow.
                settings.view = ResultsView::Table;
                settings.sort = Sort::Newest;
            }
            fonts::install(&cc.egui_ctx);
            theme::install(&cc.egui_ctx);
            let mut app = ChronicleApp::new(&path, settings);
            app.runtime.waker.set(&cc.egui_ctx);
            let Some(shot) = screenshot else {
                return Ok(Box::new(app));
            };
            {
                let mut shot = Screenshot::new(shot);
                shot.people = shot_view == "people";
                if shot.people {
                    app.commands.push(AppCommand::ShowLeft(LeftView::People));
                }
                let shown = match shot_view.as_str() {
                    "help" => Some(Shown::Help),
                    "settings" => Some(Shown::Settings),
                    "about" => Some(Shown::About),
                    _ => None,
                };
                if shown.is_some() {
                    app.commands
                        .push(AppCommand::View(ViewCommand::Show(shown)));
                }
                // `details`: the details panel scrolled to the user's tags, note and edits.
                let details = shot_view == "details";
                app.view.tags.scroll_here = details;
                app.view.edit_fields.force_open = details;
                app.view.note.force_open = details;
                Ok(Box::new(ScreenshotApp { app, shot }))
            }
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

impl eframe::App for ChronicleApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        ChronicleApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.remember_archive();
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// State of the in-app screenshot (`CHRONICLE_SCREENSHOT`).
struct Screenshot {
    path: PathBuf,
    frames: u32,
    ready_frames: u32,
    requested: bool,
    saved: Arc<AtomicBool>,
    /// Show the People view with a person chosen and a quote open.
    people: bool,
}

impl Screenshot {
    fn new(path: PathBuf) -> Self {
        Screenshot {
            path,
            frames: 0,
            ready_frames: 0,
            requested: false,
            saved: Arc::new(AtomicBool::new(false)),
            people: false,
        }
    }
}

/// The app in screenshot mode: it draws as usual, then steers toward the view to capture.
struct ScreenshotApp {
    app: ChronicleApp,
    shot: Screenshot,
}

impl eframe::App for ScreenshotApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.app.logic(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.draw(ui);
        self.shot.step(&mut self.app, ui.ctx());
    }

    fn persist_egui_memory(&self) -> bool {
        // A screenshot run (and its theme override) must not change the user's saved state.
        false
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {}
}

impl Screenshot {
    fn step(&mut self, app: &mut ChronicleApp, ctx: &egui::Context) {
        let shot = self;
        shot.frames += 1;
        if shot.saved.load(Ordering::SeqCst) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if shot.people {
            // Choose the most quoted person, then open their first quote.
            if app.view.people.loaded && app.view.people.chosen.is_none() {
                if let Some(first) =
                    people::sorted(&app.view.people.people, app.view.people.sort).first()
                {
                    app.commands
                        .push(AppCommand::ChoosePerson(Some((*first).clone())));
                }
            }
            if let (Some(quotes), None) = (&app.view.people.quotes, &app.view.people.opened) {
                if let Some(q) = quotes.first() {
                    app.commands.push(AppCommand::OpenQuote {
                        article_id: q.article_id,
                        text: q.text.clone(),
                    });
                }
            }
        }
        // Every view but People shows the first result open.
        if !shot.people && app.view.open_id.is_none() {
            if let Some(article_id) = app.view.results.hit(0).map(|hit| hit.id) {
                app.commands.push(AppCommand::ClickRow {
                    row: 0,
                    article_id,
                    modifiers: egui::Modifiers::NONE,
                });
            }
        }
        let ready = if shot.people {
            app.view.focused_quote.is_some()
        } else {
            app.view.article.is_some() || app.view.archive_count == Some(0)
        };
        if ready {
            shot.ready_frames += 1;
        }
        if !shot.requested && (shot.ready_frames >= 8 || shot.frames >= 600) {
            shot.requested = true;
            let (path, saved, ctx2) = (shot.path.clone(), Arc::clone(&shot.saved), ctx.clone());
            ctx.request_screenshot(move |img: Arc<egui::ColorImage>| {
                let [w, h] = img.size;
                let rgba: Vec<u8> = img.pixels.iter().flat_map(|c| c.to_array()).collect();
                match image::RgbaImage::from_raw(w as u32, h as u32, rgba).map(|i| i.save(&path)) {
                    Some(Ok(())) => eprintln!("chronicle: screenshot saved to {}", path.display()),
                    Some(Err(e)) => eprintln!("chronicle: cannot save the screenshot: {e}"),
                    None => eprintln!("chronicle: the screenshot had an unexpected size"),
                }
                saved.store(true, Ordering::SeqCst);
                ctx2.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}
