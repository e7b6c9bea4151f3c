//! Chronicle's own JSON export, read back without loss.

use super::{ExtractError, Extracted, Origin};
use crate::model::{EXPORT_FORMAT, EXPORT_VERSION, ExportRecord, SavedSearchRecord};
use serde::Deserialize;

#[derive(Deserialize)]
struct Document {
    format: Option<String>,
    version: Option<u32>,
    articles: Option<Vec<ExportRecord>>,
    #[serde(default)]
    saved_searches: Vec<SavedSearchRecord>,
}

/// True when the text looks like a Chronicle export (checked before parsing it all).
pub fn looks_like_export(text: &str) -> bool {
    let head: String = text.chars().take(512).collect();
    head.trim_start().starts_with('{') && head.contains(EXPORT_FORMAT)
}

/// Reads every article of an export.
pub fn read_export(text: &str) -> Result<Vec<Extracted>, ExtractError> {
    let malformed = |reason: String| ExtractError::Malformed {
        format: "Chronicle export",
        reason,
    };
    let doc: Document = serde_json::from_str(text).map_err(|e| malformed(json_reason(&e)))?;
    if doc.format.as_deref() != Some(EXPORT_FORMAT) {
        return Err(ExtractError::Unsupported(
            "a JSON file that is not a Chronicle export".into(),
        ));
    }
    match doc.version {
        Some(1..=EXPORT_VERSION) => {}
        Some(v) => {
            return Err(malformed(format!(
                "export version {v} is not supported (this build reads versions 1 to {EXPORT_VERSION})"
            )));
        }
        None => return Err(malformed("the export has no version".into())),
    }
    let records = doc
        .articles
        .ok_or_else(|| malformed("the export has no \"articles\" list".into()))?;
    // The document's saved searches ride with its first article into the one writer.
    let mut saved_searches = Some(doc.saved_searches);
    Ok(records
        .into_iter()
        .map(|r| {
            let mut article = r.article;
            let mut notes = check_dates(&mut article);
            notes.extend(super::limits::cap(&mut article));
            let id = Some(r.id).filter(|id| (1..=MAX_KEPT_ID).contains(id));
            if id.is_none() && r.id > MAX_KEPT_ID {
                notes.push(format!(
                    "id {} is too large to keep; a new id was given",
                    r.id
                ));
            }
            // An export holds many articles: each note says which one.
            let title: String = article.title.chars().take(60).collect();
            let notes = notes
                .into_iter()
                .map(|note| format!("article {} ({title:?}): {note}", r.id))
                .collect();
            Extracted {
                article,
                origin: Some(Origin { id, file: r.file }),
                notes,
                saved_searches: saved_searches.take().unwrap_or_default(),
            }
        })
        .collect())
}

/// The largest article id kept from an export. SQLite gives the next article the largest id
/// plus one, and picks ids at random once 2^63 - 1 is taken; 2^53 is also the largest integer
/// JSON readers in JavaScript read exactly.
pub const MAX_KEPT_ID: i64 = 1 << 53;

/// Drops dates that are not ISO 8601 dates with a real calendar day (`99999-01-01`,
/// `0000-00-00`, full-width digits): stored, they would sort and filter as dates. The
/// publication date as the file wrote it (`published_text`) is kept.
fn check_dates(article: &mut crate::model::Article) -> Vec<String> {
    let mut notes = Vec::new();
    for (field, value) in [
        ("published", &mut article.published),
        ("modified", &mut article.modified),
    ] {
        if value.as_deref().is_some_and(|v| !is_iso_date(v)) {
            notes.push(format!(
                "{field} {:?} is not a valid ISO 8601 date; left out",
                value.as_deref().unwrap_or_default()
            ));
            *value = None;
        }
    }
    let before = article.events.len();
    article.events.retain(|e| is_event_date(&e.date));
    if article.events.len() < before {
        notes.push(format!(
            "{} events without a valid date left out",
            before - article.events.len()
        ));
    }
    notes
}

/// `YYYY-MM-DD`, optionally followed by a time (`T...`), with a real day in years 1 to 9999.
pub fn is_iso_date(value: &str) -> bool {
    let day = value.get(..10).unwrap_or("");
    let rest = value.get(10..).unwrap_or("");
    day.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    }) && day.len() == 10
        && chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
            .is_ok_and(|d| d.format("%Y").to_string() != "0000")
        && (rest.is_empty() || (rest.starts_with('T') && rest.is_ascii()))
}

/// An event's date at any of its precisions: a day, `YYYY-MM`, `YYYY-Www` or `YYYY`.
fn is_event_date(value: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let year_ok = |y: &str| y.len() == 4 && digits(y) && y != "0000";
    match value.len() {
        4 => year_ok(value),
        7 => {
            let (y, m) = value.split_at(4);
            year_ok(y)
                && m.strip_prefix('-')
                    .and_then(|m| m.parse::<u32>().ok().filter(|_| digits(m)))
                    .is_some_and(|m| (1..=12).contains(&m))
        }
        8 => {
            let (y, w) = value.split_at(4);
            year_ok(y)
                && w.strip_prefix("-W")
                    .and_then(|w| w.parse::<u32>().ok().filter(|_| digits(w)))
                    .is_some_and(|w| (1..=53).contains(&w))
        }
        10 => is_iso_date(value),
        _ => false,
    }
}

fn json_reason(e: &serde_json::Error) -> String {
    if e.is_eof() {
        format!("the file ends too early (truncated?) at line {}", e.line())
    } else {
        format!("{e}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_iso_dates_pass() {
        for good in [
            "2024-10-27",
            "2024-10-27T09:01",
            "2024-10-27T09:01:00+02:00",
            "0001-01-01",
        ] {
            assert!(is_iso_date(good), "{good}");
        }
        for bad in [
            "99999-01-01",
            "0000-00-00",
            "2024-02-30",
            "２０２４-１０-２７",
            "2024-10-27 junk",
            "",
            "2024",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
        for good in ["2024", "2024-09", "2024-W42", "2024-10-25"] {
            assert!(is_event_date(good), "{good}");
        }
        for bad in ["0000", "2024-13", "2024-W60", "２０２４", "soon"] {
            assert!(!is_event_date(bad), "{bad}");
        }
    }
}
