//! Highlights: select a passage in the reader (as for copying), then *Highlight* it, with an
//! optional comment. The reader paints highlights; the details panel lists them. egui tells
//! the integration the selected text when a selection settles (the mouse released); a small
//! plugin catches that text, which is found again in the lead or body to get its range.

use super::AppCommand;
use super::research::ResearchCommand;
use crate::model::ArticleRecord;
use crate::model::{Article, TextPart};
use eframe::egui;

/// Catches the text of the last settled selection of labels (the reader's paragraphs).
#[derive(Default)]
pub struct SelectionCatcher {
    settled: Option<String>,
}

impl egui::Plugin for SelectionCatcher {
    fn debug_name(&self) -> &'static str {
        "chronicle::SelectionCatcher"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        for command in &output.platform_output.commands {
            if let egui::OutputCommand::TextSelectionSettled(text) = command {
                self.settled = Some(text.clone());
            }
        }
    }
}

/// A passage selected in the reader, ready to be highlighted.
#[derive(Debug, Clone, PartialEq)]
pub struct Selected {
    pub article_id: i64,
    pub part: TextPart,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The highlight being made (runtime only).
#[derive(Default)]
pub struct HighlightState {
    pub selected: Option<Selected>,
    pub comment: String,
}

impl HighlightState {
    /// Takes the text selected since the last frame, if it is a passage of `record`.
    pub fn catch(&mut self, ctx: &egui::Context, record: Option<&ArticleRecord>) {
        let settled = ctx
            .plugin_or_default::<SelectionCatcher>()
            .lock()
            .settled
            .take();
        let (Some(text), Some(record)) = (settled, record) else {
            return;
        };
        if let Some((part, start, end)) = locate(&record.article, &text) {
            let text = crate::model::char_slice(record.article.part(part), start, end).to_string();
            self.selected = Some(Selected {
                article_id: record.id,
                part,
                start,
                end,
                text,
            });
            self.comment.clear();
        }
    }
}

/// Where `selected` stands in the article: the lead first, then the body, as a character
/// range. Spaces and line breaks may differ (a selection over two paragraphs is joined by
/// one line break, the body separates them by two).
pub fn locate(article: &Article, selected: &str) -> Option<(TextPart, usize, usize)> {
    [TextPart::Lead, TextPart::Body]
        .into_iter()
        .find_map(|part| {
            let text = article.part(part);
            find_loose(text, selected).map(|r| {
                (
                    part,
                    crate::model::char_offset(text, r.start),
                    crate::model::char_offset(text, r.end),
                )
            })
        })
}

/// The byte range of `needle`'s words in `hay`, in order, separated by any whitespace.
fn find_loose(hay: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    let mut words = needle.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let mut from = 0;
    while let Some(found) = hay[from..].find(first) {
        let start = from + found;
        let mut end = start + first.len();
        let all = rest.iter().all(|w| {
            let after = &hay[end..];
            let trimmed = after.trim_start();
            if trimmed.len() < after.len() && trimmed.starts_with(w) {
                end += after.len() - trimmed.len() + w.len();
                true
            } else {
                false
            }
        });
        if all {
            return Some(start..end);
        }
        from = start + first.len();
    }
    None
}

/// Over the reader while a passage is selected: the comment and *Highlight*.
pub fn selection_bar_ui(
    ui: &mut egui::Ui,
    state: &mut HighlightState,
    open_id: Option<i64>,
    commands: &mut Vec<AppCommand>,
) {
    let Some(selected) = state.selected.clone() else {
        return;
    };
    if Some(selected.article_id) != open_id {
        *state = HighlightState::default();
        return;
    }
    let preview: String = selected.text.chars().take(60).collect();
    let more = if selected.text.chars().count() > 60 {
        "…"
    } else {
        ""
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("Selected: “{preview}{more}”")).weak());
        let label = ui.label("Comment");
        let _field = ui
            .add(egui::TextEdit::singleline(&mut state.comment).desired_width(200.0))
            .labelled_by(label.id);
        if ui
            .button("Highlight")
            .on_hover_text("Keep this passage highlighted, with the comment if any")
            .clicked()
        {
            let comment = state.comment.trim();
            commands.push(AppCommand::Research(ResearchCommand::AddHighlight {
                part: selected.part,
                start: selected.start,
                end: selected.end,
                comment: (!comment.is_empty()).then(|| comment.to_string()),
            }));
            *state = HighlightState::default();
        }
        if ui.button("Cancel").clicked() {
            *state = HighlightState::default();
        }
    });
    ui.separator();
}

/// The open article's highlights in the details panel: each passage (a click shows it in the
/// reader), its comment, and × to remove it.
pub fn details_highlights_ui(
    ui: &mut egui::Ui,
    record: &ArticleRecord,
    commands: &mut Vec<AppCommand>,
) {
    let highlights = &record.article.highlights;
    if highlights.is_empty() {
        return;
    }
    ui.label(egui::RichText::new("Highlights").strong());
    for h in highlights {
        ui.horizontal_wrapped(|ui| {
            let passage: String = h.text.chars().take(80).collect();
            if ui
                .link(format!("“{passage}”"))
                .on_hover_text("Show it in the reader")
                .clicked()
            {
                commands.push(AppCommand::OpenEvent {
                    article_id: record.id,
                    part: h.part,
                    start: h.start,
                    end: h.end,
                });
            }
            if let Some(comment) = &h.comment {
                ui.label(egui::RichText::new(comment).italics());
            }
            if ui
                .small_button("×")
                .on_hover_text("Remove this highlight")
                .clicked()
            {
                commands.push(AppCommand::Research(ResearchCommand::RemoveHighlight {
                    part: h.part,
                    start: h.start,
                    end: h.end,
                }));
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_is_found_again_whatever_its_spaces() {
        let a = Article {
            lead: "Short lead.".into(),
            body: "First paragraph ends here.\n\nSecond one starts.".into(),
            ..Article::default()
        };
        assert_eq!(locate(&a, "lead"), Some((TextPart::Lead, 6, 10)));
        assert_eq!(
            locate(&a, "ends here.\nSecond"),
            Some((TextPart::Body, 16, 34))
        );
        assert_eq!(locate(&a, "not there"), None);
        assert_eq!(locate(&a, "  "), None);
    }
}
