//! Chronicle's own JSON export, read back without loss.

use super::{ExtractError, Extracted, Origin};
use crate::model::{EXPORT_FORMAT, EXPORT_VERSION, ExportRecord};
use serde::Deserialize;

#[derive(Deserialize)]
struct Document {
    format: Option<String>,
    version: Option<u32>,
    articles: Option<Vec<ExportRecord>>,
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
        Some(EXPORT_VERSION) => {}
        Some(v) => {
            return Err(malformed(format!(
                "export version {v} is not supported (this build reads version {EXPORT_VERSION})"
            )));
        }
        None => return Err(malformed("the export has no version".into())),
    }
    let records = doc
        .articles
        .ok_or_else(|| malformed("the export has no \"articles\" list".into()))?;
    Ok(records
        .into_iter()
        .map(|r| Extracted {
            article: r.article,
            origin: Some(Origin {
                id: Some(r.id).filter(|id| *id > 0),
                path: r.file.path,
                name: r.file.name,
            }),
        })
        .collect())
}

fn json_reason(e: &serde_json::Error) -> String {
    if e.is_eof() {
        format!("the file ends too early (truncated?) at line {}", e.line())
    } else {
        format!("{e}")
    }
}
