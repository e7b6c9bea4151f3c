//! Export: a selection of articles to Chronicle's JSON format (documented in README.md), or
//! to CSL-JSON for reference managers (`csl.rs`).
//!
//! The output is streamed one article at a time, so memory stays flat whatever the selection
//! size. Files are replaced atomically: the export is written to a temporary file beside the
//! target and renamed over it only when complete. `target` decides what may be written.

pub mod citation;
mod csl;
mod target;

pub use csl::csl_item;

pub use target::Refused;

use crate::archive::{Archive, ArchiveError};
use crate::model::ArticleRecord;
use crate::model::{EXPORT_FORMAT, EXPORT_VERSION, ExportRecord, FileInfo, SavedSearchRecord};
use std::io::{BufWriter, Write};
use std::path::Path;
use target::{Target, TempFile};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot encode an article: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Refused(#[from] Refused),
}

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    /// Chronicle's own format, which imports back losslessly.
    #[default]
    Chronicle,
    /// A CSL-JSON array of `article-newspaper` items, for Zotero and other reference managers.
    CslJson,
}

impl ExportFormat {
    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Chronicle => "chronicle",
            ExportFormat::CslJson => "csl-json",
        }
    }
}

/// Writes `article_ids` to `out` in `format`; returns how many were written.
pub fn write_export_as(
    format: ExportFormat,
    archive: &Archive,
    article_ids: &[i64],
    out: &mut dyn Write,
    exported_at: &str,
) -> Result<usize, ExportError> {
    match format {
        ExportFormat::Chronicle => write_export(archive, article_ids, out, exported_at),
        ExportFormat::CslJson => write_csl(archive, article_ids, out),
    }
}

/// Writes `article_ids` as a CSL-JSON array, one item a line; returns how many were written.
pub fn write_csl(
    archive: &Archive,
    article_ids: &[i64],
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    write_array(
        archive,
        article_ids,
        out,
        "[".into(),
        "\n]\n",
        |out, record| serde_json::to_writer(out, &csl_item(&record)),
    )
}

/// Writes the export document for `article_ids` to `out`; returns how many were written
/// (ids no longer in the archive are skipped).
pub fn write_export(
    archive: &Archive,
    article_ids: &[i64],
    out: &mut dyn Write,
    exported_at: &str,
) -> Result<usize, ExportError> {
    let saved: Vec<SavedSearchRecord> = archive
        .saved_searches()?
        .into_iter()
        .map(|s| {
            let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
            SavedSearchRecord {
                name: s.name,
                query: s.filter.query,
                from: day(s.filter.from),
                to: day(s.filter.to),
            }
        })
        .collect();
    let head = format!(
        "{{\"format\":{},\"version\":{EXPORT_VERSION},\"exported_at\":{},\"saved_searches\":{},\"articles\":[",
        serde_json::to_string(EXPORT_FORMAT)?,
        serde_json::to_string(exported_at)?,
        serde_json::to_string(&saved)?
    );
    write_array(archive, article_ids, out, head, "\n]}\n", |out, record| {
        serde_json::to_writer(out, &export_record(record))
    })
}

/// Streams the articles of `article_ids` between `head` and `tail`, one a line, each written
/// by `item`; returns how many were written (ids no longer in the archive are skipped).
fn write_array(
    archive: &Archive,
    article_ids: &[i64],
    out: &mut dyn Write,
    head: String,
    tail: &str,
    mut item: impl FnMut(&mut dyn Write, ArticleRecord) -> serde_json::Result<()>,
) -> Result<usize, ExportError> {
    let io = |source| ExportError::Io {
        path: "the output".into(),
        source,
    };
    out.write_all(head.as_bytes()).map_err(io)?;
    let mut written = 0;
    for &id in article_ids {
        let Some(record) = archive.article(id)? else {
            continue;
        };
        out.write_all(if written == 0 { b"\n" } else { b",\n" })
            .map_err(io)?;
        item(&mut *out, record)?;
        written += 1;
    }
    out.write_all(tail.as_bytes()).map_err(io)?;
    out.flush().map_err(io)?;
    Ok(written)
}

/// An archived article as the export format writes it.
pub fn export_record(record: ArticleRecord) -> ExportRecord {
    ExportRecord {
        id: record.id,
        article: record.article,
        file: FileInfo {
            path: record.file.path,
            name: record.file.name,
            sha256: record.file.sha256,
            imported_at: record.file.imported_at,
        },
    }
}

/// Exports to `path`: a new or regular file is replaced atomically (keeping its permissions),
/// a character device or a pipe is written in place; the archive's own files and anything
/// else are refused before anything is written.
pub fn export_to_file(
    archive: &Archive,
    article_ids: &[i64],
    path: &Path,
) -> Result<usize, ExportError> {
    export_to_file_as(ExportFormat::Chronicle, archive, article_ids, path)
}

/// `export_to_file` in `format`.
pub fn export_to_file_as(
    format: ExportFormat,
    archive: &Archive,
    article_ids: &[i64],
    path: &Path,
) -> Result<usize, ExportError> {
    let io = |source| ExportError::Io {
        path: path.display().to_string(),
        source,
    };
    match target::resolve(path, archive.path())? {
        Target::InPlace(file) => {
            let mut out = BufWriter::new(file);
            write_export_as(format, archive, article_ids, &mut out, &now())
        }
        Target::Replace {
            path: real,
            permissions,
        } => {
            let mut temp = TempFile::beside(&real, permissions).map_err(io)?;
            let file = temp
                .file
                .take()
                .ok_or_else(|| io(std::io::Error::other("the temporary file is gone")))?;
            let mut out = BufWriter::new(file);
            let written = write_export_as(format, archive, article_ids, &mut out, &now())?;
            temp.file = Some(out.into_inner().map_err(|e| io(e.into_error()))?);
            temp.persist().map_err(io)?;
            Ok(written)
        }
    }
}

/// The current time as export timestamps write it.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
