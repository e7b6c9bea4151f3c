//! Export: a selection of articles to Chronicle's JSON format (documented in README.md).
//!
//! The output is streamed one article at a time, so memory stays flat whatever the selection
//! size. Files are replaced atomically: the export is written to a temporary file beside the
//! target and renamed over it only when complete. `target` decides what may be written.

mod target;

pub use target::Refused;

use crate::archive::{Archive, ArchiveError, ArticleRecord};
use crate::model::{EXPORT_FORMAT, EXPORT_VERSION, ExportRecord, FileInfo};
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

/// Writes the export document for `article_ids` to `out`; returns how many were written
/// (ids no longer in the archive are skipped).
pub fn write_export(
    archive: &Archive,
    article_ids: &[i64],
    out: &mut dyn Write,
    exported_at: &str,
) -> Result<usize, ExportError> {
    let io = |source| ExportError::Io {
        path: "the output".into(),
        source,
    };
    write!(
        out,
        "{{\"format\":{},\"version\":{EXPORT_VERSION},\"exported_at\":{},\"articles\":[",
        serde_json::to_string(EXPORT_FORMAT)?,
        serde_json::to_string(exported_at)?
    )
    .map_err(io)?;
    let mut written = 0;
    for &id in article_ids {
        let Some(record) = archive.article(id)? else {
            continue;
        };
        out.write_all(if written == 0 { b"\n" } else { b",\n" })
            .map_err(io)?;
        serde_json::to_writer(&mut *out, &export_record(record))?;
        written += 1;
    }
    out.write_all(b"\n]}\n").map_err(io)?;
    out.flush().map_err(io)?;
    Ok(written)
}

/// An archived article as the export format writes it.
pub fn export_record(record: ArticleRecord) -> ExportRecord {
    ExportRecord {
        id: record.id,
        article: record.article,
        file: FileInfo {
            path: record.file_path,
            name: record.file_name,
            sha256: record.content_hash,
            imported_at: record.imported_at,
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
    let io = |source| ExportError::Io {
        path: path.display().to_string(),
        source,
    };
    match target::resolve(path, archive.path())? {
        Target::InPlace(file) => {
            let mut out = BufWriter::new(file);
            write_export(archive, article_ids, &mut out, &now())
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
            let written = write_export(archive, article_ids, &mut out, &now())?;
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
