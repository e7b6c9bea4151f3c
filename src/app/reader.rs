//! The reader: the open article as a readable column. Crossheads look like headings, quotes
//! sit on a tinted background (the focused one stronger) and the search words are highlighted.

use super::AppCommand;
use super::dates::short_date;
use super::highlight::{is_crosshead, paragraph_segments, paragraphs};
use super::results::highlight_color;
use crate::model::ArticleRecord;
use crate::model::TextPart;
use eframe::egui::{self, Color32, FontId, TextFormat, text::LayoutJob};

/// Widest text column, in points: long lines are hard to read.
const COLUMN_WIDTH: f32 = 700.0;

/// What the reader shows.
pub struct ReaderView<'a> {
    pub record: &'a ArticleRecord,
    /// What the search matched (the same marks as the snippets).
    pub highlight: &'a crate::query::Highlighter,
    /// The article no longer matches the search (the list changed under it).
    pub unmatched: bool,
    pub focused_quote: Option<usize>,
    /// A highlighted sentence (an event), as a character range of the lead or body.
    pub focused_span: Option<(TextPart, std::ops::Range<usize>)>,
    /// The article's file is still where it was imported from.
    pub file_exists: bool,
}

/// The quote index that marks the focused sentence in a paragraph's ranges (drawn over quotes).
const SPAN_MARK: usize = usize::MAX;
/// The quote index that marks the user's highlights (highlights.rs).
const USER_MARK: usize = usize::MAX - 1;

/// Background of the user's highlights: a marker pen's green.
fn user_highlight_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(40, 90, 50)
    } else {
        Color32::from_rgb(200, 240, 190)
    }
}

/// Shown when no article is open.
pub fn no_article_ui(ui: &mut egui::Ui, results: usize, selected: usize) {
    ui.centered_and_justified(|ui| {
        let text = match (results, selected) {
            (0, _) => "Nothing to read here yet.".to_string(),
            (_, n) if n > 1 => format!("{n} articles selected.\nCtrl+E exports them, Delete removes them."),
            _ => "Pick an article on the left to read it.\nThe arrow keys move through the list, Enter opens.".to_string(),
        };
        ui.label(egui::RichText::new(text).size(15.0).weak());
    });
}

/// Draws the article; scrolls to the focused quote once when `scroll_to_quote` is set.
pub fn reader_ui(
    ui: &mut egui::Ui,
    view: &ReaderView<'_>,
    scroll_to_quote: &mut bool,
    commands: &mut Vec<AppCommand>,
) {
    let article = &view.record.article;
    if view.unmatched {
        ui.horizontal(|ui| {
            ui.label(
                egui::RichText::new("This article does not match the current search.")
                    .color(ui.visuals().warn_fg_color),
            );
            if ui.button("Close it").clicked() {
                commands.push(AppCommand::CloseArticle);
            }
        });
        ui.separator();
    }
    egui::ScrollArea::vertical()
        .id_salt(("reader", view.record.id))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let margin = ((ui.available_width() - COLUMN_WIDTH) / 2.0).max(12.0);
            egui::Frame::new()
                .inner_margin(egui::Margin {
                    left: margin as i8,
                    right: margin as i8,
                    top: 14,
                    bottom: 40,
                })
                .show(ui, |ui| {
                    ui.set_max_width(COLUMN_WIDTH.min(ui.available_width()));
                    header_ui(ui, view);
                    ui.add_space(2.0);
                    super::source::source_actions_ui(ui, view.record, view.file_exists, commands);
                    ui.add_space(12.0);
                    if !article.lead.trim().is_empty() {
                        text_ui(ui, view, &article.lead, TextPart::Lead, scroll_to_quote);
                        ui.add_space(6.0);
                    }
                    text_ui(ui, view, &article.body, TextPart::Body, scroll_to_quote);
                    if let Some(rights) = &article.rights {
                        ui.add_space(16.0);
                        ui.label(egui::RichText::new(rights).small().weak());
                    }
                });
        });
}

fn header_ui(ui: &mut egui::Ui, view: &ReaderView<'_>) {
    let article = &view.record.article;
    if let Some(category) = &article.category {
        ui.label(
            egui::RichText::new(category.to_uppercase())
                .small()
                .strong()
                .color(ui.visuals().hyperlink_color),
        );
    }
    let title = if article.title.is_empty() {
        "(untitled)"
    } else {
        article.title.as_str()
    };
    ui.label(
        egui::RichText::new(title)
            .size(26.0)
            .strong()
            .color(ui.visuals().strong_text_color()),
    );
    ui.add_space(4.0);
    let mut meta = Vec::new();
    if let Some(p) = &article.published {
        meta.push(short_date(p));
    }
    if !article.authors.is_empty() {
        meta.push(format!("By {}", article.authors.join(", ")));
    }
    if let Some(source) = article.sources.first().or(article.publisher.as_ref()) {
        meta.push(source.clone());
    }
    if !meta.is_empty() {
        ui.label(egui::RichText::new(meta.join("  ·  ")).weak());
    }
}

fn text_ui(
    ui: &mut egui::Ui,
    view: &ReaderView<'_>,
    text: &str,
    part: TextPart,
    scroll_to_quote: &mut bool,
) {
    let quotes = &view.record.article.quotes;
    for (offset, paragraph) in paragraphs(text) {
        let count = paragraph.chars().count() as isize;
        let base = offset as isize;
        let mut in_para: Vec<(usize, std::ops::Range<isize>)> = quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| {
                q.part == part && (q.start as isize) < base + count && (q.end as isize) > base
            })
            .map(|(i, q)| (i, q.start as isize - base..q.end as isize - base))
            .collect();
        // The user's highlights over the quotes.
        for h in &view.record.article.highlights {
            if h.part == part && (h.start as isize) < base + count && (h.end as isize) > base {
                in_para.push((USER_MARK, h.start as isize - base..h.end as isize - base));
            }
        }
        // Last, so the sentence's highlight wins over the quotes inside it.
        if let Some((span_part, span)) = &view.focused_span {
            if *span_part == part
                && (span.start as isize) < base + count
                && (span.end as isize) > base
            {
                in_para.push((
                    SPAN_MARK,
                    span.start as isize - base..span.end as isize - base,
                ));
            }
        }
        let crosshead = part == TextPart::Body && is_crosshead(paragraph);
        let lead = part == TextPart::Lead;
        let size = if crosshead {
            18.0
        } else if lead {
            17.0
        } else {
            15.5
        };
        if crosshead {
            ui.add_space(8.0);
        }
        let job = paragraph_job(ui, paragraph, &in_para, view, size, crosshead || lead);
        let response = ui.label(job);
        let focused = view
            .focused_quote
            .or(view.focused_span.as_ref().map(|_| SPAN_MARK));
        if *scroll_to_quote && focused.is_some_and(|f| in_para.iter().any(|(i, _)| *i == f)) {
            response.scroll_to_me(Some(egui::Align::Center));
            *scroll_to_quote = false;
        }
        ui.add_space(8.0);
    }
}

fn paragraph_job(
    ui: &egui::Ui,
    paragraph: &str,
    quotes: &[(usize, std::ops::Range<isize>)],
    view: &ReaderView<'_>,
    size: f32,
    strong: bool,
) -> LayoutJob {
    let visuals = ui.visuals();
    let dark = visuals.dark_mode;
    let base_color = if strong {
        visuals.strong_text_color()
    } else {
        visuals.text_color()
    };
    let base = TextFormat {
        font_id: FontId::proportional(size),
        color: base_color,
        line_height: Some(size * 1.45),
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    for seg in paragraph_segments(paragraph, quotes, view.highlight) {
        let mut format = base.clone();
        match seg.quote {
            Some(SPAN_MARK) => {
                format.background = event_color(dark);
                format.color = visuals.strong_text_color();
            }
            Some(USER_MARK) => format.background = user_highlight_color(dark),
            Some(q) => format.background = quote_color(dark, view.focused_quote == Some(q)),
            None => {}
        }
        if seg.term {
            format.background = highlight_color(dark);
            format.color = visuals.strong_text_color();
        }
        job.append(&paragraph[seg.bytes], 0.0, format);
    }
    job.wrap.max_width = ui.available_width();
    job
}

/// Background of quotes in the text; the focused quote is stronger.
pub fn quote_color(dark: bool, focused: bool) -> Color32 {
    match (dark, focused) {
        (false, false) => Color32::from_rgb(222, 235, 252),
        (false, true) => Color32::from_rgb(170, 205, 250),
        (true, false) => Color32::from_rgb(30, 52, 82),
        (true, true) => Color32::from_rgb(35, 85, 150),
    }
}

/// Background of the sentence of an event opened from the Event list (amber, like the
/// Events timeline).
pub fn event_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(110, 72, 20)
    } else {
        Color32::from_rgb(255, 224, 170)
    }
}
