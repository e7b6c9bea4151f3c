//! Handing an address to the browser or a folder to the file manager: only ever on a click
//! (*Open original*, *Show file*), never while reading an article. Tests give the app a
//! `Launcher` that records instead of launching.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Something to hand to the desktop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launch {
    /// A web address (`http` or `https` only), for the default browser.
    OpenUrl(String),
    /// An imported file, shown in the file manager (its folder, the file selected where the
    /// system allows it).
    ShowFile(PathBuf),
}

/// Hands `Launch`es to the desktop. Called on the UI thread: it must return at once.
pub trait Launcher: Send + Sync {
    /// Starts the launch; an error says why it could not start.
    fn launch(&self, launch: &Launch) -> Result<(), String>;
}

/// The real desktop: `xdg-open` (Linux and the BSDs), `open` (macOS), `explorer` (Windows).
/// No shell is involved: the address or path is one argument.
pub struct SystemLauncher;

impl Launcher for SystemLauncher {
    fn launch(&self, launch: &Launch) -> Result<(), String> {
        let mut command = match launch {
            Launch::OpenUrl(url) => {
                if !is_web_address(url) {
                    return Err(format!("not a web address: {url}"));
                }
                opener(std::ffi::OsStr::new(url))
            }
            Launch::ShowFile(file) => reveal(file),
        };
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))?;
        // Reap the opener when it exits, off the UI thread.
        std::thread::Builder::new()
            .name("chronicle-launch".into())
            .spawn(move || {
                child.wait().ok();
            })
            .map(|_| ())
            .map_err(|e| format!("cannot start a background thread: {e}"))
    }
}

/// The system's "open this" command for `target`.
fn opener(target: &std::ffi::OsStr) -> Command {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let mut command = Command::new(program);
    command.arg(target);
    command
}

/// The file manager at `file`: selected on macOS and Windows, its folder elsewhere.
fn reveal(file: &Path) -> Command {
    if cfg!(target_os = "macos") {
        let mut command = Command::new("open");
        command.arg("-R").arg(file);
        command
    } else if cfg!(windows) {
        let mut command = Command::new("explorer");
        let mut arg = std::ffi::OsString::from("/select,");
        arg.push(file);
        command.arg(arg);
        command
    } else {
        opener(file.parent().unwrap_or(file).as_os_str())
    }
}

/// Whether `url` is an `http` or `https` address without spaces or control characters
/// (anything else, such as `file:` or an argument-like `-x`, is never handed to the system).
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_are_opened() {
        assert!(is_web_address("https://dailywrap.example/a?b=1"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("file:///etc/passwd"));
        assert!(!is_web_address("-x https://example.org"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://example.org/\u{1b}[2J"));
        assert!(
            SystemLauncher
                .launch(&Launch::OpenUrl("file:///etc".into()))
                .is_err()
        );
    }
}
