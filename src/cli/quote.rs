//! `chronicle quote list|correct`: an article's quotes numbered in reading order, and the
//! user's corrections of them from the terminal (the same as the window's Correct button).
//! A passage marked as no quote keeps its number, so numbers do not move under the user.

use super::{UsageError, open_archive, open_for_reading};
use anyhow::Result;
use chronicle::model::QuoteAt;
use chronicle::model::{Article, Attribution, Quote, QuoteChange, QuoteCorrection, SpeakerKind};
use chronicle::terminal::clean_line;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// What `chronicle quote correct` does to the quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteFix {
    /// Its speaker is this person (or organisation).
    Speaker {
        name: String,
        organisation: bool,
    },
    NotAQuote,
    /// Back to what extraction found.
    Undo,
}

/// One numbered entry: a quote, with its correction if any, or a passage marked as no quote.
#[derive(Debug, serde::Serialize)]
pub struct Numbered<'a> {
    /// From 1, in reading order (the lead before the body).
    pub number: usize,
    #[serde(flatten)]
    pub quote: &'a Quote,
    pub confidence: chronicle::model::Confidence,
    /// The user marked it as no quote (it is not among the article's quotes).
    pub not_a_quote: bool,
    /// The speaker extraction found, when the user changed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_speaker: Option<&'a str>,
}

/// The article's quotes and the passages marked as no quote, numbered in reading order.
pub fn numbered(a: &Article) -> Vec<Numbered<'_>> {
    let correction_of = |q: &Quote| -> Option<&QuoteCorrection> {
        a.corrections
            .quotes
            .iter()
            .find(|c| QuoteAt::of(&c.quote) == QuoteAt::of(q))
    };
    let mut list: Vec<Numbered<'_>> = a
        .quotes
        .iter()
        .map(|q| Numbered {
            number: 0,
            quote: q,
            confidence: q.attribution.confidence(),
            not_a_quote: false,
            found_speaker: correction_of(q).and_then(|c| c.quote.speaker.as_deref()),
        })
        .collect();
    for c in &a.corrections.quotes {
        if c.change == QuoteChange::NotAQuote {
            list.push(Numbered {
                number: 0,
                quote: &c.quote,
                confidence: c.quote.attribution.confidence(),
                not_a_quote: true,
                found_speaker: None,
            });
        }
    }
    let order = |q: &Quote| {
        (
            u8::from(q.part != chronicle::model::TextPart::Lead),
            q.start,
            q.end,
        )
    };
    list.sort_by_key(|n| order(n.quote));
    for (i, n) in list.iter_mut().enumerate() {
        n.number = i + 1;
    }
    list
}

/// One line for `chronicle show` and `quote list`: `  2. Jo Lee (corrected): “…”`.
pub fn line(n: &Numbered<'_>) -> String {
    let q = n.quote;
    let text = clean_line(&q.text);
    if n.not_a_quote {
        return format!(
            "{:>3}. (not a quote, your correction) \u{201C}{text}\u{201D}",
            n.number
        );
    }
    let mut notes = Vec::new();
    match q.speaker_kind {
        SpeakerKind::Organisation => notes.push("organisation".to_string()),
        SpeakerKind::Description if q.speaker.is_some() => notes.push("description".into()),
        _ => {}
    }
    if q.attribution == Attribution::Corrected {
        let was = n
            .found_speaker
            .map(clean_line)
            .unwrap_or_else(|| "none".into());
        notes.push(format!("corrected; found: {was}"));
    } else if q.speaker.is_some() && n.confidence == chronicle::model::Confidence::Low {
        notes.push(format!("low confidence: {}", q.attribution.as_str()));
    }
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join(", "))
    };
    let speaker = clean_line(q.speaker.as_deref().unwrap_or("(unknown)"));
    format!("{:>3}. {speaker}{notes}: \u{201C}{text}\u{201D}", n.number)
}

/// `chronicle quote list --article ID`
pub fn list(archive_path: &Path, article_id: i64, json: bool) -> Result<ExitCode> {
    let archive = open_for_reading(archive_path)?;
    let Some(record) = archive.article(article_id)? else {
        return Err(UsageError(format!("there is no article {article_id}")).into());
    };
    let mut out = std::io::stdout().lock();
    let entries = numbered(&record.article);
    if json {
        serde_json::to_writer_pretty(&mut out, &entries)?;
        writeln!(out)?;
    } else {
        for n in &entries {
            writeln!(out, "{}", line(n))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `chronicle quote correct --article ID --quote N (--speaker NAME | --not-a-quote | --undo)`
pub fn correct(
    archive_path: &Path,
    article_id: i64,
    number: usize,
    fix: QuoteFix,
) -> Result<ExitCode> {
    let mut archive = open_archive(archive_path)?;
    let Some(record) = archive.article(article_id)? else {
        return Err(UsageError(format!("there is no article {article_id}")).into());
    };
    let entries = numbered(&record.article);
    let Some(entry) = entries.iter().find(|n| n.number == number) else {
        return Err(UsageError(format!(
            "article {article_id} has {} quotes; there is no quote {number} (see `chronicle quote list --article {article_id}`)",
            entries.len()
        ))
        .into());
    };
    let at = QuoteAt::of(entry.quote);
    let text: String = entry.quote.text.chars().take(60).collect();
    let mut err = std::io::stderr().lock();
    match fix {
        QuoteFix::Undo => {
            if archive.undo_quote_correction(article_id, at)? {
                writeln!(
                    err,
                    "quote {number} is back as Chronicle found it: \u{201C}{}\u{201D}",
                    clean_line(&text)
                )?;
            } else {
                writeln!(err, "quote {number} has no correction to undo")?;
            }
        }
        QuoteFix::NotAQuote => {
            archive.correct_quote(
                article_id,
                at,
                QuoteChange::NotAQuote,
                &chronicle::export::now(),
            )?;
            writeln!(err, "quote {number} marked as not a quote (undo: --undo)")?;
        }
        QuoteFix::Speaker { name, organisation } => {
            let name = name.trim().to_string();
            if name.is_empty() {
                return Err(UsageError("--speaker needs a name".into()).into());
            }
            let kind = if organisation {
                SpeakerKind::Organisation
            } else {
                SpeakerKind::Person
            };
            let change = QuoteChange::Speaker {
                name: name.clone(),
                kind,
            };
            archive.correct_quote(article_id, at, change, &chronicle::export::now())?;
            writeln!(
                err,
                "quote {number} now said by {} ({}; undo: --undo)",
                clean_line(&name),
                kind.as_str()
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
