//! Editing the open article's fields in the details panel: each field with its value, a
//! click on *Edit* opens it inline (Enter saves, Esc cancels); an edited field is marked and
//! *Revert* puts back what was extracted. Edits are kept apart from extraction
//! (archive/fields.rs), so importing the file again never overwrites them.

use super::AppCommand;
use super::research::ResearchCommand;
use crate::model::ArticleRecord;
use crate::model::EditableField;
use eframe::egui;

/// The field being edited (runtime only).
#[derive(Default)]
pub struct EditState {
    /// The field, the article it belongs to, and the text typed so far.
    pub editing: Option<(i64, EditableField, String)>,
    /// Why the last value typed was refused.
    pub error: Option<String>,
    /// The editor was just opened: give it the keyboard.
    focus: bool,
    /// Keep the section open (a screenshot run).
    pub force_open: bool,
}

impl EditState {
    /// Closes the editor (a screenshot run keeps the section open).
    fn close(&mut self) {
        *self = EditState {
            force_open: self.force_open,
            ..EditState::default()
        };
    }
}

/// The label shown for a field.
fn label(field: EditableField) -> &'static str {
    match field {
        EditableField::Title => "Title",
        EditableField::Category => "Category",
        EditableField::Authors => "Authors",
        EditableField::Published => "Published",
        EditableField::Sources => "Sources",
        EditableField::Publisher => "Publisher",
        EditableField::Url => "URL",
        EditableField::Language => "Language",
    }
}

/// The *Your corrections* section: every editable field, editable in place.
pub fn edit_fields_ui(
    ui: &mut egui::Ui,
    record: &ArticleRecord,
    state: &mut EditState,
    commands: &mut Vec<AppCommand>,
) {
    if state
        .editing
        .as_ref()
        .is_some_and(|(id, _, _)| *id != record.id)
    {
        state.close();
    }
    let a = &record.article;
    let edited: Vec<&str> = a
        .corrections
        .fields
        .iter()
        .map(|c| c.field.name())
        .collect();
    if !edited.is_empty() {
        ui.label(egui::RichText::new(format!("You edited: {}", edited.join(", "))).small());
    }
    // Folded by default: open, it repeats the details above with an Edit button each.
    let header = egui::CollapsingHeader::new("Correct the details")
        .id_salt("edit-fields")
        .open(state.force_open.then_some(true))
        .show(ui, |ui| {
            egui::Grid::new("edit-fields-grid")
                .num_columns(2)
                .spacing([10.0, 4.0])
                .show(ui, |ui| {
                    for field in EditableField::ALL {
                        ui.label(egui::RichText::new(label(field)).weak());
                        let editing_this = matches!(&state.editing, Some((_, f, _)) if *f == field);
                        if editing_this {
                            editor_ui(ui, field, state, commands);
                        } else {
                            value_ui(ui, record.id, field, a, state, commands);
                        }
                        ui.end_row();
                    }
                });
            if let Some(error) = &state.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
        });
    header.header_response.on_hover_text(
        "Your edits are kept apart from what was extracted: importing the file again keeps them",
    );
}

/// A field's value with *Edit* and, when edited, the mark and *Revert*.
fn value_ui(
    ui: &mut egui::Ui,
    article_id: i64,
    field: EditableField,
    a: &crate::model::Article,
    state: &mut EditState,
    commands: &mut Vec<AppCommand>,
) {
    let value = a.field(field).display();
    let edit = a.edit_of(field);
    // The value on a line of its own, the buttons under it: wrapped rows in a grid cell
    // overlap the next row.
    ui.vertical(|ui| {
        if value.is_empty() {
            ui.label(egui::RichText::new("—").weak());
        } else {
            ui.add(egui::Label::new(&value).wrap());
        }
        ui.horizontal(|ui| buttons_ui(ui, article_id, field, &value, edit, state, commands));
    });
}

/// *Edit*, and for an edited field the mark and *Revert*.
fn buttons_ui(
    ui: &mut egui::Ui,
    article_id: i64,
    field: EditableField,
    value: &str,
    edit: Option<&crate::model::FieldCorrection>,
    state: &mut EditState,
    commands: &mut Vec<AppCommand>,
) {
    let name = label(field).to_lowercase();
    {
        if named(ui.small_button("Edit"), &format!("Edit {name}"))
            .on_hover_text(format!("Edit the {name}"))
            .clicked()
        {
            state.editing = Some((article_id, field, value.to_string()));
            state.error = None;
            state.focus = true;
        }
        if let Some(edit) = edit {
            let was = edit.original.display();
            let was = if was.is_empty() {
                "nothing".into()
            } else {
                was
            };
            ui.label(egui::RichText::new("edited").small().italics())
                .on_hover_text(format!("Extracted: {was}"));
            if named(ui.small_button("Revert"), &format!("Revert {name}"))
                .on_hover_text(format!("Back to what was extracted: {was}"))
                .clicked()
            {
                commands.push(AppCommand::Research(ResearchCommand::EditField {
                    field,
                    value: None,
                }));
            }
        }
    }
}

/// Whether `key` was pressed this frame, even if a widget or a shortcut consumed it.
pub(super) fn pressed(ui: &egui::Ui, key: egui::Key) -> bool {
    ui.input(|i| {
        i.raw
            .events
            .iter()
            .any(|e| matches!(e, egui::Event::Key { key: k, pressed: true, .. } if *k == key))
    })
}

/// Gives a button the name screen readers (and the window tests) know it by: one *Edit*
/// button a field, each named for its field.
fn named(response: egui::Response, name: &str) -> egui::Response {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    response
}

/// The inline editor: Enter saves, Esc cancels.
fn editor_ui(
    ui: &mut egui::Ui,
    field: EditableField,
    state: &mut EditState,
    commands: &mut Vec<AppCommand>,
) {
    let Some((_, _, text)) = state.editing.as_mut() else {
        return;
    };
    let hint = match field {
        EditableField::Published => "2024-10-27 or 2024-10-27T09:30",
        EditableField::Authors | EditableField::Sources => "names separated by ;",
        EditableField::Url => "https://…",
        _ => "",
    };
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(f32::INFINITY)
            .id_salt(("edit-field", field.name())),
    );
    let name = format!("New {}", label(field).to_lowercase());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
    if std::mem::take(&mut state.focus) {
        response.request_focus();
    }
    // The raw key presses: the text field consumes Enter and egui takes the focus away on Esc
    // before the panels draw. Only while the field has (or just had) the keyboard.
    let typing = response.has_focus() || response.lost_focus();
    if typing && pressed(ui, egui::Key::Escape) {
        state.close();
    } else if typing && pressed(ui, egui::Key::Enter) {
        match field.value_from_text(text) {
            Ok(value) => {
                commands.push(AppCommand::Research(ResearchCommand::EditField {
                    field,
                    value: Some(value),
                }));
                state.close();
            }
            Err(e) => {
                state.error = Some(e.to_string());
                response.request_focus();
            }
        }
    }
}
