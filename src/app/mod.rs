//! The desktop window (egui/eframe).

use std::path::Path;
use std::process::ExitCode;

/// Opens the window on the archive at `archive_path`.
pub fn run(archive_path: &Path) -> anyhow::Result<ExitCode> {
    let _ = archive_path;
    anyhow::bail!("the window is not built yet")
}
