//! Keyboard shortcuts and dropped files, read before the panels draw.

use super::{AppCommand, ChronicleApp, ViewCommand, shortcuts, timeline};
use eframe::egui;
use std::path::PathBuf;

impl ChronicleApp {
    /// Keyboard shortcuts, read before the panels draw so they win over widgets.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let search_focused = self
            .view
            .results_view
            .search_id
            .is_some_and(|id| ctx.memory(|m| m.has_focus(id)));
        let text_focused = ctx.memory(|m| m.focused()).is_some() && !search_focused;
        let modal_open = self.view.confirm_delete.is_some();
        let shortcut = |modifiers, key| {
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)))
        };
        if modal_open {
            if shortcut(Modifiers::NONE, Key::Enter) {
                self.commands.push(AppCommand::ConfirmDelete);
            }
            return;
        }
        // Esc closes Help, About or Settings whatever has the focus.
        if self.view.shown.is_some() && shortcut(Modifiers::NONE, Key::Escape) {
            self.commands
                .push(AppCommand::View(ViewCommand::Show(None)));
        }
        use shortcuts::{Action, Scope};
        // `?` arrives with Shift on most layouts; the text event says what was typed.
        let typed_question = !text_focused
            && !search_focused
            && ctx.input(|i| {
                i.events
                    .iter()
                    .any(|e| matches!(e, egui::Event::Text(t) if t == "?"))
            });
        for binding in shortcuts::SHORTCUTS.iter().flat_map(|s| s.bindings) {
            let allowed = match binding.scope {
                Scope::Always => true,
                Scope::List => !text_focused,
                Scope::NotTyping => !text_focused && !search_focused,
            };
            if !allowed {
                continue;
            }
            let pressed = shortcut(binding.modifiers, binding.key)
                || (binding.key == Key::Questionmark && typed_question);
            if !pressed {
                continue;
            }
            match binding.action {
                Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                // Esc in a field being edited cancels the edit (edit_fields.rs), nothing else.
                Action::ClearPeriod if self.view.edit_fields.editing.is_some() => {}
                Action::ClearPeriod => self.commands.push(match self.view.timeline_mode {
                    timeline::TimelineMode::Published => AppCommand::SetRange(None),
                    timeline::TimelineMode::Events => AppCommand::SetEventRange(None),
                }),
                action => self.commands.extend(shortcuts::command(action)),
            }
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
