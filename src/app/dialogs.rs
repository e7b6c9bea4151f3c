//! Telling "no file chooser" from "cancelled". rfd answers both with `None`: on Linux it asks
//! the desktop's file-chooser portal, then zenity, and returns `None` when neither exists.
//! Nobody cancels a dialog within a fraction of a second of asking for it, so an empty answer
//! that fast means no dialog was shown, and the window says so and what to do instead.

use std::time::Duration;

/// Faster than anyone can see a dialog and cancel it.
const TOO_FAST: Duration = Duration::from_millis(400);

/// What the window says when no file chooser could be shown.
pub const NO_CHOOSER: &str = "No file chooser could be opened (this desktop has neither the \
    file-chooser portal nor zenity). Drag files or folders onto the window to import them; \
    `chronicle export` and `chronicle --archive PATH` do the rest from a terminal.";

/// Whether a dialog that answered `chosen` after `elapsed` was never shown.
pub fn no_chooser(chosen: bool, elapsed: Duration) -> bool {
    !chosen && elapsed < TOO_FAST
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_instant_empty_answer_means_no_chooser() {
        assert!(no_chooser(false, Duration::from_millis(20)));
        assert!(
            !no_chooser(false, Duration::from_secs(3)),
            "the user cancelled"
        );
        assert!(
            !no_chooser(true, Duration::from_millis(20)),
            "a file was chosen"
        );
    }
}
