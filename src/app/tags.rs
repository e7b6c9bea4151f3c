//! Tags in the window: the open article's tags in the details panel (add one to it or to the
//! whole selection, take one off), and the Tags tab listing every tag with its count, where a
//! click lists the tag's articles and a tag can be renamed (merged) or deleted.

use super::AppCommand;
use super::research::ResearchCommand;
use crate::model::{ArticleRecord, TagCount};
use eframe::egui;
use std::collections::BTreeSet;

/// The tag panels' state (runtime only).
#[derive(Default)]
pub struct TagsState {
    /// Every tag with its count, once the worker sent it.
    pub tags: Option<Vec<TagCount>>,
    /// The tag being typed in the details panel.
    pub input: String,
    /// The tag being renamed in the Tags tab, and its new name as typed.
    pub renaming: Option<(String, String)>,
    /// Keep the details panel scrolled to the tags (a screenshot run).
    pub scroll_here: bool,
}

fn research(command: ResearchCommand) -> AppCommand {
    AppCommand::Research(command)
}

/// The open article's tags, and the field to add one to it or to the selection.
pub fn details_tags_ui(
    ui: &mut egui::Ui,
    record: &ArticleRecord,
    selected: &BTreeSet<i64>,
    state: &mut TagsState,
    commands: &mut Vec<AppCommand>,
) {
    let heading = ui.label(egui::RichText::new("Your tags").strong());
    // Every frame of a screenshot run: the panel's layout settles over the first frames.
    if state.scroll_here {
        heading.scroll_to_me(Some(egui::Align::TOP));
    }
    ui.horizontal_wrapped(|ui| {
        if record.article.tags.is_empty() {
            ui.label(egui::RichText::new("none yet").weak());
        }
        for tag in &record.article.tags {
            if ui
                .link(format!("#{tag}"))
                .on_hover_text(format!("List the articles tagged {tag}"))
                .clicked()
            {
                commands.push(research(ResearchCommand::FilterByTag(tag.clone())));
            }
            if ui
                .small_button("×")
                .on_hover_text(format!("Take the tag {tag} off this article"))
                .clicked()
            {
                commands.push(research(ResearchCommand::Tag {
                    article_ids: vec![record.id],
                    add: Vec::new(),
                    remove: vec![tag.clone()],
                }));
            }
        }
    });
    let name = crate::query::tags::tag_name(&state.input);
    ui.horizontal(|ui| {
        let label = ui.label("Add tag");
        let response = ui
            .add(egui::TextEdit::singleline(&mut state.input).desired_width(120.0))
            .labelled_by(label.id);
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let add_here = ui
            .add_enabled(name.is_some(), egui::Button::new("Add"))
            .on_hover_text("Tag this article")
            .clicked();
        let others = selected.len() > 1 && selected.contains(&record.id);
        let add_all = others
            && ui
                .add_enabled(
                    name.is_some(),
                    egui::Button::new(format!("Add to {} selected", selected.len())),
                )
                .on_hover_text("Tag every selected article")
                .clicked();
        if let Some(name) = name.filter(|_| entered || add_here || add_all) {
            let article_ids = if add_all {
                selected.iter().copied().collect()
            } else {
                vec![record.id]
            };
            commands.push(research(ResearchCommand::Tag {
                article_ids,
                add: vec![name],
                remove: Vec::new(),
            }));
            state.input.clear();
        }
    });
}

/// The Tags tab: every tag with how many articles carry it.
pub fn tag_list_ui(ui: &mut egui::Ui, state: &mut TagsState, commands: &mut Vec<AppCommand>) {
    let Some(tags) = &state.tags else {
        ui.label(egui::RichText::new("Reading the tags…").weak());
        return;
    };
    if tags.is_empty() {
        ui.label(
            egui::RichText::new(
                "No tags yet. Tag an article in its details panel, or select several and tag them at once.",
            )
            .weak(),
        );
        return;
    }
    let mut renamed = None;
    egui::ScrollArea::vertical()
        .id_salt("tag-list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for tag in tags {
                ui.horizontal(|ui| {
                    if let Some((from, to)) =
                        state.renaming.as_mut().filter(|(f, _)| *f == tag.name)
                    {
                        let response = ui.add(
                            egui::TextEdit::singleline(to)
                                .desired_width(140.0)
                                .id_salt("rename-tag"),
                        );
                        let typing = response.has_focus() || response.lost_focus();
                        if typing && super::edit_fields::pressed(ui, egui::Key::Enter) {
                            renamed = Some(Some((from.clone(), to.clone())));
                        } else if response.lost_focus() {
                            // Esc, or a click elsewhere.
                            renamed = Some(None);
                        } else if !response.has_focus() {
                            response.request_focus();
                        }
                        return;
                    }
                    if ui
                        .link(&tag.name)
                        .on_hover_text(format!("List the articles tagged {}", tag.name))
                        .clicked()
                    {
                        commands.push(research(ResearchCommand::FilterByTag(tag.name.clone())));
                    }
                    ui.label(egui::RichText::new(super::thousands(tag.articles)).weak());
                    if ui
                        .small_button("Rename")
                        .on_hover_text("Rename; a name another tag has merges the two")
                        .clicked()
                    {
                        state.renaming = Some((tag.name.clone(), tag.name.clone()));
                    }
                    if ui
                        .small_button("Delete")
                        .on_hover_text("Take this tag off every article")
                        .clicked()
                    {
                        commands.push(research(ResearchCommand::DeleteTag(tag.name.clone())));
                    }
                });
            }
        });
    match renamed {
        Some(Some((from, to))) => {
            if from != to && crate::query::tags::tag_name(&to).is_some() {
                commands.push(research(ResearchCommand::RenameTag { from, to }));
            }
            state.renaming = None;
        }
        Some(None) => state.renaming = None,
        None => {}
    }
}
