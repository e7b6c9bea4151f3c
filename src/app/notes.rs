//! The open article's note in the details panel: plain text of several paragraphs, saved
//! with *Save note* (`note:word` searches notes).

use super::AppCommand;
use super::research::ResearchCommand;
use crate::model::ArticleRecord;
use eframe::egui;

/// The note being written (runtime only).
#[derive(Default)]
pub struct NoteState {
    /// The article the text belongs to, and the text as typed.
    pub draft: Option<(i64, String)>,
    /// Keep the note open (a screenshot run).
    pub force_open: bool,
}

/// The note: a text area, and *Save note* when it differs from the stored note.
pub fn note_ui(
    ui: &mut egui::Ui,
    record: &ArticleRecord,
    state: &mut NoteState,
    commands: &mut Vec<AppCommand>,
) {
    let state_open = state.force_open;
    let stored = record.article.note.clone().unwrap_or_default();
    if state.draft.as_ref().is_none_or(|(id, _)| *id != record.id) {
        state.draft = Some((record.id, stored.clone()));
    }
    let Some((_, text)) = state.draft.as_mut() else {
        return;
    };
    // Folded unless the article has a note, so the quotes stay in view.
    let title = if stored.is_empty() {
        "Your note"
    } else {
        "Your note (1)"
    };
    egui::CollapsingHeader::new(title)
        .id_salt(("note", record.id))
        .default_open(!stored.is_empty() || state_open)
        .show(ui, |ui| {
            let _area = ui.add(
                egui::TextEdit::multiline(text)
                    .hint_text(
                        "Plain text; a blank line between paragraphs. Searched with note:word",
                    )
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            );
            let changed = text.trim() != stored.trim();
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(changed, egui::Button::new("Save note"))
                    .clicked()
                {
                    commands.push(AppCommand::Research(ResearchCommand::SaveNote(
                        text.clone(),
                    )));
                }
                if changed && ui.button("Discard").clicked() {
                    *text = stored.clone();
                }
            });
        });
}
