//! Correcting a quote on its card: type a speaker's name or pick a person the archive knows,
//! save it as a person or an organisation, or mark the passage as no quote. The change goes
//! to the query worker (`AppCommand::CorrectQuote`); the card then shows it as corrected,
//! with a one-click undo.

use super::AppCommand;
use crate::model::QuoteAt;
use crate::model::{QuoteChange, SpeakerKind};
use eframe::egui;

/// How many names of the archive are offered while typing.
const SUGGESTIONS: usize = 6;

/// The correction being edited (runtime only).
#[derive(Default)]
pub struct CorrectState {
    /// The quote whose card shows the editor.
    pub editing: Option<QuoteAt>,
    /// The speaker's name as typed.
    pub name: String,
    /// Persons of the archive whose name holds what was typed, most quoted first.
    pub suggestions: Vec<String>,
    /// The typed text `suggestions` answer.
    pub suggested_for: Option<String>,
}

impl CorrectState {
    /// Opens the editor on a quote, starting from its current speaker.
    pub fn start(&mut self, at: QuoteAt, speaker: Option<&str>) {
        self.editing = Some(at);
        self.name = speaker.unwrap_or_default().to_string();
        self.suggestions.clear();
        self.suggested_for = None;
    }

    /// Takes the names the worker found for `typed`, if it is still what the field holds.
    pub fn suggested(&mut self, typed: String, names: Vec<String>) {
        if self.editing.is_some() && typed == self.name.trim() {
            self.suggestions = names.into_iter().take(SUGGESTIONS).collect();
            self.suggested_for = Some(typed);
        }
    }

    fn close(&mut self) {
        *self = CorrectState::default();
    }
}

/// The editor under a quote's card.
pub fn editor_ui(ui: &mut egui::Ui, state: &mut CorrectState, commands: &mut Vec<AppCommand>) {
    let Some(at) = state.editing else {
        return;
    };
    ui.separator();
    ui.horizontal(|ui| {
        let label = ui.label("Speaker name");
        let response = ui
            .add(egui::TextEdit::singleline(&mut state.name).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if response.changed() {
            commands.push(AppCommand::SuggestSpeakers(state.name.trim().to_string()));
        }
    });
    let name = state.name.trim().to_string();
    ui.horizontal_wrapped(|ui| {
        let save = |kind| AppCommand::CorrectQuote {
            at,
            change: Some(QuoteChange::Speaker {
                name: name.clone(),
                kind,
            }),
        };
        let mut chosen = None;
        if ui
            .add_enabled(!name.is_empty(), egui::Button::new("Save as person"))
            .on_hover_text("This person said it; they count in the People view")
            .clicked()
        {
            chosen = Some(save(SpeakerKind::Person));
        }
        if ui
            .add_enabled(!name.is_empty(), egui::Button::new("Save as organisation"))
            .on_hover_text("An organisation said it; listed with the organisations")
            .clicked()
        {
            chosen = Some(save(SpeakerKind::Organisation));
        }
        if ui
            .button("Not a quote")
            .on_hover_text("Leave this passage out of the quotes")
            .clicked()
        {
            chosen = Some(AppCommand::CorrectQuote {
                at,
                change: Some(QuoteChange::NotAQuote),
            });
        }
        if ui.button("Cancel").clicked() {
            state.close();
        }
        if let Some(command) = chosen {
            commands.push(command);
            state.close();
        }
    });
    // Below the buttons: the names come and go while typing, and must not move them.
    let picks: Vec<String> = state
        .suggestions
        .iter()
        .filter(|n| n.as_str() != state.name.trim())
        .cloned()
        .collect();
    if !picks.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new("In the archive:").small().weak());
            for name in picks {
                if ui
                    .small_button(&name)
                    .on_hover_text(format!("Pick {name}"))
                    .clicked()
                {
                    state.name = name;
                }
            }
        });
    }
}
