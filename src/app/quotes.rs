//! The quotes of the open article: "Speaker: quote". Clicking a quote scrolls the reader to
//! it; clicking a speaker filters the list by `speaker:"Name"`. Each card says how sure the
//! attribution is and offers a correction (correct.rs); passages the user marked as no quote
//! stay listed, struck through, with their undo.

use super::AppCommand;
use super::correct::{CorrectState, editor_ui};
use crate::model::QuoteAt;
use crate::model::{
    Article, Attribution, Confidence, Quote, QuoteChange, QuoteCorrection, SpeakerKind,
};
use eframe::egui;

/// One card of the list: a quote (`index` into the article's quotes) or a passage marked as
/// no quote.
enum Card<'a> {
    Quote(usize, &'a Quote),
    Dismissed(&'a QuoteCorrection),
}

impl Card<'_> {
    fn quote(&self) -> &Quote {
        match self {
            Card::Quote(_, q) => q,
            Card::Dismissed(c) => &c.quote,
        }
    }
}

/// The cards in reading order (the lead before the body).
fn cards<'a>(quotes: &'a [Quote], corrections: &'a [QuoteCorrection]) -> Vec<Card<'a>> {
    let mut cards: Vec<Card<'a>> = quotes
        .iter()
        .enumerate()
        .map(|(i, q)| Card::Quote(i, q))
        .collect();
    for c in corrections
        .iter()
        .filter(|c| c.change == QuoteChange::NotAQuote)
    {
        let key = |q: &Quote| (q.part == crate::model::TextPart::Body, q.start);
        let at = cards
            .iter()
            .position(|card| key(card.quote()) > key(&c.quote))
            .unwrap_or(cards.len());
        cards.insert(at, Card::Dismissed(c));
    }
    cards
}

/// How the speaker was found, for the hover of the confidence mark.
pub fn how_found(attribution: Attribution) -> &'static str {
    match attribution {
        Attribution::None => "No speaker was found for this quote.",
        Attribution::Cue => "Found by a speech verb next to the quote (\"…,\" she said).",
        Attribution::Appositive => {
            "Found from a name beside a description (Jo Lee, a spokeswoman)."
        }
        Attribution::Resolved => {
            "Guessed: a pronoun or description (he, the minister) taken for a name mentioned earlier."
        }
        Attribution::Carried => "Guessed: carried over from the previous paragraph's speaker.",
        Attribution::Corrected => "You set this speaker.",
    }
}

/// Draws the quote list.
pub fn quotes_ui(
    ui: &mut egui::Ui,
    article: &Article,
    quotes: &[Quote],
    corrections: &[QuoteCorrection],
    focused: Option<usize>,
    correct: &mut CorrectState,
    commands: &mut Vec<AppCommand>,
) {
    ui.label(
        egui::RichText::new(format!("Quotes ({})", quotes.len()))
            .heading()
            .strong(),
    );
    ui.add_space(4.0);
    if quotes.is_empty() && corrections.is_empty() {
        ui.label(egui::RichText::new("No quotes found in this article.").weak());
        return;
    }
    for card in cards(quotes, corrections) {
        let focused_card = matches!(card, Card::Quote(i, _) if focused == Some(i));
        let frame_fill = if focused_card {
            super::reader::quote_color(ui.visuals().dark_mode, true).gamma_multiply(0.6)
        } else {
            ui.visuals().faint_bg_color
        };
        egui::Frame::new()
            .fill(frame_fill)
            .corner_radius(4.0)
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                match card {
                    Card::Quote(index, quote) => {
                        quote_card_ui(ui, index, quote, article, corrections, correct, commands)
                    }
                    Card::Dismissed(c) => dismissed_card_ui(ui, c, commands),
                }
            });
        ui.add_space(4.0);
    }
}

fn quote_card_ui(
    ui: &mut egui::Ui,
    index: usize,
    quote: &Quote,
    article: &Article,
    corrections: &[QuoteCorrection],
    correct: &mut CorrectState,
    commands: &mut Vec<AppCommand>,
) {
    let at = QuoteAt::of(quote);
    ui.horizontal_wrapped(|ui| {
        speaker_ui(ui, quote, commands);
        marks_ui(ui, quote, corrections);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if quote.attribution == Attribution::Corrected
                && ui
                    .small_button("Undo")
                    .on_hover_text("Undo your correction: back to what Chronicle found")
                    .clicked()
            {
                commands.push(AppCommand::CorrectQuote { at, change: None });
            }
            if correct.editing != Some(at)
                && ui
                    .small_button("Correct")
                    .on_hover_text("Change the speaker, or mark this as not a quote")
                    .clicked()
            {
                correct.start(at, quote.speaker.as_deref());
                commands.push(AppCommand::SuggestSpeakers(correct.name.clone()));
            }
            let cited = crate::export::citation::quote_with_citation(
                &quote.text,
                quote.speaker.as_deref(),
                article,
            );
            if ui
                .small_button("Cite")
                .on_hover_text(format!("Copy quote with citation:\n{cited}"))
                .clicked()
            {
                super::source::copy(ui, cited, "quote with its citation", commands);
            }
        });
    });
    let text = format!("“{}”", quote.text.trim());
    let response = ui
        .add(egui::Label::new(text).sense(egui::Sense::click()))
        .on_hover_text("Show in the text");
    if response.clicked() {
        commands.push(AppCommand::FocusQuote(index));
    }
    if correct.editing == Some(at) {
        editor_ui(ui, correct, commands);
    }
}

fn speaker_ui(ui: &mut egui::Ui, quote: &Quote, commands: &mut Vec<AppCommand>) {
    match &quote.speaker {
        Some(name) => {
            if ui
                .link(egui::RichText::new(name).strong())
                .on_hover_text(format!("Show articles quoting {name}"))
                .clicked()
            {
                commands.push(AppCommand::SetQuery(crate::query::field_value(
                    crate::query::Field::Speakers,
                    name,
                )));
            }
        }
        None => {
            ui.label(egui::RichText::new("Unattributed").weak().italics());
        }
    }
}

/// The speaker's kind when it is no person, and how sure the attribution is.
fn marks_ui(ui: &mut egui::Ui, quote: &Quote, corrections: &[QuoteCorrection]) {
    let small = |text: &str| egui::RichText::new(text).small();
    match quote.speaker_kind {
        SpeakerKind::Organisation => {
            ui.label(small("organisation").weak())
                .on_hover_text("The speaker is an organisation, listed apart from people");
        }
        SpeakerKind::Description if quote.speaker.is_some() => {
            ui.label(small("description").weak())
                .on_hover_text("The article never names this speaker; not listed as a person");
        }
        _ => {}
    }
    if quote.attribution == Attribution::Corrected {
        let was = corrections
            .iter()
            .find(|c| QuoteAt::of(&c.quote) == QuoteAt::of(quote))
            .and_then(|c| c.quote.speaker.clone())
            .unwrap_or_else(|| "no speaker".into());
        ui.label(small("corrected").color(ui.visuals().hyperlink_color))
            .on_hover_text(format!("You set this speaker. Chronicle had found: {was}."));
        return;
    }
    if quote.speaker.is_none() {
        return;
    }
    match quote.attribution.confidence() {
        Confidence::Low => {
            ui.label(small("unsure").color(ui.visuals().warn_fg_color))
                .on_hover_text(format!("Low confidence. {}", how_found(quote.attribution)));
        }
        Confidence::Medium => {
            ui.label(small("likely").weak()).on_hover_text(format!(
                "Medium confidence. {}",
                how_found(quote.attribution)
            ));
        }
        Confidence::High => {}
    }
}

fn dismissed_card_ui(ui: &mut egui::Ui, c: &QuoteCorrection, commands: &mut Vec<AppCommand>) {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new("Not a quote").weak().italics())
            .on_hover_text("You marked this passage as no quote; it is left out of the quotes");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("Undo")
                .on_hover_text("Undo: count it as a quote again")
                .clicked()
            {
                commands.push(AppCommand::CorrectQuote {
                    at: QuoteAt::of(&c.quote),
                    change: None,
                });
            }
        });
    });
    ui.label(
        egui::RichText::new(format!("“{}”", c.quote.text.trim()))
            .weak()
            .strikethrough(),
    );
}
