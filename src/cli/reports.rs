//! The reports of what an archive holds: one article for reading, the statistics and the
//! people list. Everything printed from the archive goes through `terminal::clean`.

use super::open_for_reading;
use anyhow::Result;
use chronicle::model::SpeakerKind;
use chronicle::terminal::{clean, clean_line};
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// Prints an article for reading in a terminal: metadata, lead, body, quotes, rights.
pub(super) fn print_article(
    out: &mut dyn std::io::Write,
    a: &chronicle::model::Article,
    article_id: Option<i64>,
    file_path: &str,
) -> Result<()> {
    writeln!(out, "{}", clean_line(&a.title))?;
    let mut field = |name: &str, value: &str| -> std::io::Result<()> {
        if value.is_empty() {
            Ok(())
        } else {
            writeln!(out, "{name:>10}: {}", clean_line(value))
        }
    };
    field(
        "id",
        &article_id.map(|id| id.to_string()).unwrap_or_default(),
    )?;
    field("category", a.category.as_deref().unwrap_or(""))?;
    field("authors", &a.authors.join(", "))?;
    let published = match (&a.published, &a.published_text) {
        (Some(iso), Some(text)) if iso != text => format!("{iso} ({text})"),
        (Some(iso), _) => iso.clone(),
        (None, _) => String::new(),
    };
    field("published", &published)?;
    field("sources", &a.sources.join(", "))?;
    field("publisher", a.publisher.as_deref().unwrap_or(""))?;
    for image in &a.images {
        let caption = image.caption.as_deref().unwrap_or("");
        let credit = image
            .credit
            .as_deref()
            .map(|c| format!(" (credit: {c})"))
            .unwrap_or_default();
        field("image", &format!("{caption}{credit}"))?;
    }
    field("language", a.language.as_deref().unwrap_or(""))?;
    field("tags", &a.tags.join(", "))?;
    let edited: Vec<&str> = a
        .corrections
        .fields
        .iter()
        .map(|c| c.field.name())
        .collect();
    field("edited", &edited.join(", "))?;
    field("file", file_path)?;
    writeln!(out)?;
    if !a.lead.is_empty() {
        writeln!(out, "{}\n", clean(&a.lead))?;
    }
    writeln!(out, "{}", clean(&a.body))?;
    let quotes = super::quote::numbered(a);
    if !quotes.is_empty() {
        writeln!(out, "\nQuotes:")?;
        for n in &quotes {
            writeln!(out, "{}", super::quote::line(n))?;
        }
    }
    if let Some(rights) = &a.rights {
        writeln!(out, "\nRights: {}", clean(rights))?;
    }
    if let Some(note) = &a.note {
        writeln!(out, "\nNote:\n{}", clean(note))?;
    }
    if !a.highlights.is_empty() {
        writeln!(out, "\nHighlights:")?;
        for h in &a.highlights {
            let comment = h
                .comment
                .as_deref()
                .map(|c| format!(" ({})", clean_line(c)))
                .unwrap_or_default();
            writeln!(out, "  “{}”{comment}", clean_line(&h.text))?;
        }
    }
    Ok(())
}

/// A stored date's day (its first ten characters), or `no date`: how lists print dates.
pub(super) fn day_or_no_date(published: Option<&str>) -> &str {
    published
        .map(|d| d.get(..10).unwrap_or(d))
        .unwrap_or("no date")
}

/// `chronicle stats`
pub fn stats(archive_path: &Path, json: bool) -> Result<ExitCode> {
    let archive = open_for_reading(archive_path)?;
    let stats = archive.stats()?;
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let path = archive_path.display().to_string();
    writeln!(out, "archive:   {}", clean_line(&path))?;
    writeln!(
        out,
        "articles:  {} ({} without a date)",
        stats.articles, stats.undated
    )?;
    writeln!(
        out,
        "quotes:    {} by {} speakers",
        stats.quotes, stats.speakers
    )?;
    writeln!(out, "authors:   {}", stats.authors)?;
    if let (Some(first), Some(last)) = (&stats.first_published, &stats.last_published) {
        writeln!(
            out,
            "published: {} to {}",
            clean_line(first),
            clean_line(last)
        )?;
    }
    writeln!(
        out,
        "size:      {:.1} MB",
        stats.size_bytes as f64 / 1_048_576.0
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `chronicle people`: the persons quoted or writing, or with `organisations` the
/// organisations quoted.
pub fn people(
    archive_path: &Path,
    filter: &str,
    organisations: bool,
    with_quotes: bool,
    json: bool,
) -> Result<ExitCode> {
    let archive = open_for_reading(archive_path)?;
    let (people, kind) = if organisations {
        (archive.organisations(filter)?, SpeakerKind::Organisation)
    } else {
        (archive.people(filter)?, SpeakerKind::Person)
    };
    let mut quotes = if with_quotes {
        archive.quotes_by_speaker(kind)?
    } else {
        Default::default()
    };
    let mut quotes_of = |name: &str| {
        quotes
            .remove(&chronicle::archive::name_key(name))
            .unwrap_or_default()
    };
    let mut out = std::io::stdout().lock();
    if json {
        let mut list = Vec::new();
        for person in &people {
            let mut value = serde_json::to_value(person)?;
            if with_quotes {
                value["quote_list"] = serde_json::to_value(quotes_of(&person.name))?;
            }
            list.push(value);
        }
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{:>6} {:>8} {:>8}  name", "quotes", "quoted", "wrote")?;
    for p in &people {
        let variants = if p.variants.len() > 1 {
            format!("  (also {})", p.variants[1..].join(", "))
        } else {
            String::new()
        };
        writeln!(
            out,
            "{:>6} {:>8} {:>8}  {}{}",
            p.quotes,
            p.quoted_in,
            p.authored,
            clean_line(&p.name),
            clean_line(&variants)
        )?;
        if with_quotes {
            for q in quotes_of(&p.name) {
                let date = day_or_no_date(q.published.as_deref());
                writeln!(
                    out,
                    "         {}  #{} \u{201C}{}\u{201D}",
                    clean_line(date),
                    q.article_id,
                    clean_line(&q.text)
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
