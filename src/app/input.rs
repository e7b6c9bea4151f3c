//! Keyboard shortcuts and dropped files, read before the panels draw.

use super::*;

impl ChronicleApp {
    /// Keyboard shortcuts, read before the panels draw so they win over widgets.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let search_focused = self
            .results_view
            .search_id
            .is_some_and(|id| ctx.memory(|m| m.has_focus(id)));
        let text_focused = ctx.memory(|m| m.focused()).is_some() && !search_focused;
        let modal_open = self.confirm_delete.is_some();
        let shortcut = |modifiers, key| {
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)))
        };
        if modal_open {
            if shortcut(Modifiers::NONE, Key::Enter) {
                self.commands.push(AppCommand::ConfirmDelete);
            }
            return;
        }
        if shortcut(Modifiers::COMMAND, Key::F) {
            self.commands.push(AppCommand::FocusSearch);
        }
        if shortcut(Modifiers::COMMAND, Key::O) {
            self.commands.push(AppCommand::PickImportFiles);
        }
        if shortcut(Modifiers::COMMAND, Key::E) {
            self.commands.push(AppCommand::Export);
        }
        if shortcut(Modifiers::COMMAND, Key::Q) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if shortcut(Modifiers::COMMAND, Key::P) {
            self.commands.push(AppCommand::TogglePeople);
        }
        if text_focused {
            return;
        }
        if shortcut(Modifiers::NONE, Key::ArrowDown) {
            self.commands.push(AppCommand::MoveCursor(1));
        }
        if shortcut(Modifiers::NONE, Key::ArrowUp) {
            self.commands.push(AppCommand::MoveCursor(-1));
        }
        if shortcut(Modifiers::NONE, Key::PageDown) {
            self.commands.push(AppCommand::MoveCursor(10));
        }
        if shortcut(Modifiers::NONE, Key::PageUp) {
            self.commands.push(AppCommand::MoveCursor(-10));
        }
        if shortcut(Modifiers::NONE, Key::Enter) {
            self.commands.push(AppCommand::OpenCursor);
        }
        if search_focused {
            // Ctrl+A, Delete and Ctrl+Z edit the text while typing.
            return;
        }
        if shortcut(Modifiers::COMMAND, Key::A) {
            self.commands.push(AppCommand::SelectAll);
        }
        if shortcut(Modifiers::NONE, Key::Delete) {
            self.commands.push(AppCommand::AskDelete);
        }
        if shortcut(Modifiers::COMMAND, Key::Z) {
            self.commands.push(AppCommand::Undo);
        }
        if shortcut(Modifiers::NONE, Key::Escape) {
            self.commands.push(match self.timeline_mode {
                timeline::TimelineMode::Published => AppCommand::SetRange(None),
                timeline::TimelineMode::Events => AppCommand::SetEventRange(None),
            });
        }
    }

    pub(super) fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let paths: Vec<PathBuf> = dropped
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        if !paths.is_empty() {
            self.commands.push(AppCommand::ImportPaths(paths));
        }
    }
}
