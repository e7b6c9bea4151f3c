//! Frame times of the window over a large archive, measured headless: the app's own `ui`
//! run through an `egui::Context` with synthetic input, plus tessellation (what the UI
//! thread does each frame; the GPU upload and paint are left out). Workers run as in the
//! window, on their own threads.

use super::WindowReport;
use anyhow::{Result, bail};
use chronicle::app::{AppCommand, ChronicleApp, Settings};
use eframe::egui;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SCREEN: egui::Vec2 = egui::vec2(1400.0, 900.0);
/// Over the result list (the left column under the timeline).
const LIST_POINT: egui::Pos2 = egui::pos2(200.0, 600.0);

struct Driver {
    app: ChronicleApp,
    ctx: egui::Context,
    /// The clock egui sees: one 60 Hz frame per call, however fast the frames run here, so
    /// scrolling moves as far as it would in a window.
    clock: f64,
}

impl Driver {
    /// Runs one frame with `events` and returns how long the UI thread spent on it.
    fn frame(&mut self, events: Vec<egui::Event>) -> Duration {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN)),
            time: Some(self.clock),
            predicted_dt: 1.0 / 60.0,
            events,
            ..egui::RawInput::default()
        };
        self.clock += 1.0 / 60.0;
        let start = Instant::now();
        let mut output = self.ctx.run_ui(input, |ui| self.app.ui(ui));
        let shapes = std::mem::take(&mut output.shapes);
        let pixels_per_point = output.pixels_per_point;
        // Font atlas uploads go to the GPU in the window; there is none here.
        output.drop_without_applying_deltas();
        let clipped = self.ctx.tessellate(shapes, pixels_per_point);
        std::hint::black_box(clipped);
        start.elapsed()
    }

    /// Frames (without measuring) until `done`, at most `limit`.
    fn until(
        &mut self,
        limit: Duration,
        mut done: impl FnMut(&ChronicleApp) -> bool,
    ) -> Result<()> {
        let deadline = Instant::now() + limit;
        while !done(&self.app) {
            if Instant::now() > deadline {
                bail!("the window did not get there within {} s", limit.as_secs());
            }
            self.frame(Vec::new());
            std::thread::sleep(Duration::from_millis(5));
        }
        Ok(())
    }
}

/// Opens the window's app on `archive`, scrolls the full result list, then imports
/// `import_dir` (if given) while scrolling on, timing every frame.
pub fn measure(archive: &Path, import_dir: Option<PathBuf>) -> Result<WindowReport> {
    let mut report = WindowReport::default();
    let started = Instant::now();
    let app = ChronicleApp::new(archive, Settings::default());
    let mut d = Driver {
        app,
        ctx: egui::Context::default(),
        clock: 0.0,
    };
    d.frame(Vec::new());
    report.first_frame_ms = ms(started.elapsed());
    d.until(Duration::from_secs(30), |app| {
        app.result_count().is_some() && !app.is_busy()
    })?;
    report.first_results_ms = ms(started.elapsed());

    let scroll = |i: usize| {
        // A quick fling down for 500 frames (about 8 s at 60 Hz), then back up for 100.
        let dy = if i % 600 < 500 { -240.0 } else { 240.0 };
        vec![
            egui::Event::PointerMoved(LIST_POINT),
            egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, dy),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: egui::Modifiers::NONE,
            },
        ]
    };
    let mut times: Vec<Duration> = (0..600).map(|i| d.frame(scroll(i))).collect();
    (
        report.scroll_frames,
        report.scroll_p50_ms,
        report.scroll_p95_ms,
        report.scroll_max_ms,
    ) = summary(&mut times);
    report.rss_idle_mb = super::current_rss_mb();
    // Let the last page requests arrive, then count what the scrolling fetched.
    d.until(Duration::from_secs(10), |app| !app.is_busy())?;
    report.scroll_pages_loaded = d.app.result_pages_loaded();

    if let Some(dir) = import_dir {
        d.app.command(AppCommand::ImportPaths(vec![dir]));
        d.frame(Vec::new());
        let mut times = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(600);
        let mut i = 0;
        while d.app.is_busy() && Instant::now() < deadline {
            times.push(d.frame(scroll(i)));
            i += 1;
            // About 60 frames a second, as a window would ask for.
            std::thread::sleep(Duration::from_millis(16));
        }
        (
            report.import_frames,
            report.import_p50_ms,
            report.import_p95_ms,
            report.import_max_ms,
        ) = summary(&mut times);
    }
    report.rss_peak_mb = super::peak_rss_mb();
    Ok(report)
}

fn summary(times: &mut [Duration]) -> (usize, f64, f64, f64) {
    if times.is_empty() {
        return (0, 0.0, 0.0, 0.0);
    }
    times.sort_unstable();
    let at = |q: f64| ms(times[((times.len() - 1) as f64 * q).round() as usize]);
    (times.len(), at(0.5), at(0.95), at(1.0))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
