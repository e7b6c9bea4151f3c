//! `chronicle extract`: what Chronicle reads from files, without archiving them.

use super::{failure_line, reports};
use anyhow::Result;
use chronicle::model::{ExportRecord, FileInfo};
use chronicle::terminal::{clean, clean_line};
use chronicle::{extract, import};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// `chronicle extract FILE...`: what Chronicle reads, without touching the archive.
pub fn extract_files(
    files: &[PathBuf],
    json: bool,
    body_only: bool,
    max_file_size_mb: Option<u64>,
) -> Result<ExitCode> {
    let max = max_file_size_mb.map_or(import::DEFAULT_MAX_FILE_BYTES, |mb| {
        mb.saturating_mul(1024 * 1024)
    });
    let mut records = Vec::new();
    let mut failed = false;
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match import::read_file(path, max)
            .and_then(|bytes| extract::extract(&name, &bytes).map_err(import::Failure::from))
        {
            Ok(articles) => records.extend(articles.into_iter().map(|e| ExportRecord {
                id: 0,
                file: FileInfo {
                    path: path.display().to_string(),
                    name: name.clone(),
                    sha256: e.article.content_hash(),
                    imported_at: String::new(),
                },
                article: e.article,
            })),
            Err(reason) => {
                let path = path.display().to_string();
                eprintln!(
                    "{}: {}",
                    clean_line(&path),
                    clean_line(&failure_line(&reason))
                );
                failed = true;
            }
        }
    }
    let mut out = std::io::stdout().lock();
    if body_only {
        for r in &records {
            writeln!(out, "{}", clean(&r.article.body))?;
        }
    } else if json {
        // The export record plus where each metadata field came from.
        let shown: Vec<ExtractedRecord> = records
            .iter()
            .map(|record| ExtractedRecord {
                provenance: &record.article.provenance,
                record,
            })
            .collect();
        match shown.as_slice() {
            [one] => serde_json::to_writer_pretty(&mut out, one)?,
            many => serde_json::to_writer_pretty(&mut out, many)?,
        }
        writeln!(out)?;
    } else {
        for (i, r) in records.iter().enumerate() {
            if i > 0 {
                writeln!(out, "\n{}\n", "-".repeat(60))?;
            }
            reports::print_article(&mut out, &r.article, None, &r.file.path)?;
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// What `extract --json` prints for one article.
#[derive(serde::Serialize)]
struct ExtractedRecord<'a> {
    #[serde(flatten)]
    record: &'a ExportRecord,
    provenance: &'a chronicle::model::Provenance,
}
