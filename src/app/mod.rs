//! The desktop window (egui/eframe).
//!
//! The house, room by room:
//! - `command.rs`: the one command type panels, shortcuts and tests push (the ground floor);
//! - `state.rs`: `ChronicleApp` = persisted `Settings` (`settings.rs`) + a plain `ViewState`
//!   + `Runtime` handles; `inspect.rs` what tests may read of it;
//! - `receive.rs`: the workers' answers, drained in eframe's `logic` (`requests.rs` asks);
//! - `draw.rs` and one file per panel: drawing, pushing commands; `apply.rs` applies them;
//! - `worker/`: the protocol, the query loop and the jobs (import, export, file dialogs);
//! - `native.rs`: the eframe window, and screenshot mode as a wrapper around the app.
//!
//! The UI thread never runs SQL nor reads files: workers answer over a bounded channel.

mod apply;
mod archives;
mod chrome;
mod command;
mod correct;
mod dates;
mod dialogs;
mod draw;
mod edit_fields;
mod empty_state;
mod events;
pub mod fonts;
pub mod help;
mod highlight;
mod highlights;
mod history;
mod import_panel;
mod input;
mod inspect;
mod launch;
mod metadata;
mod native;
mod notes;
mod people;
mod preferences;
mod quotes;
mod reader;
mod receive;
mod requests;
mod research;
mod results;
mod samples;
mod saved_searches;
mod selection;
mod settings;
pub mod shortcuts;
mod source;
mod state;
mod status_bar;
mod table;
mod tags;
mod team;
mod team_search;
mod team_subset;
pub mod theme;
mod timeline;
mod timeline_model;
mod view;
mod worker;

pub use command::AppCommand;
pub use launch::{Launch, Launcher};
pub use native::run;
pub use settings::Settings;
pub use state::{ChronicleApp, LeftView};
pub use table::TableColumn;
pub use view::{ResultsView, Shown, ThemeChoice, ViewCommand};

use state::{Focus, RunningImport};

/// Environment variable: take an in-app screenshot to this PNG path, then close. The first
/// result is opened; `CHRONICLE_SCREENSHOT_QUERY` sets the search, `CHRONICLE_THEME=light|dark`
/// the theme and `CHRONICLE_SCREENSHOT_VIEW=people` opens the People view on the most quoted
/// person and their first quote (`table`, `help`, `settings`, `about`: those views; `details`
/// scrolls the details panel to the user's tags and edits).
pub const SCREENSHOT_ENV: &str = "CHRONICLE_SCREENSHOT";

/// 12345 → "12,345".
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
