//! Reading archived articles' files again with today's extractor, to refresh what extraction
//! found in them (quotes, speakers, their kinds and attributions) without importing anew.
//! Only a file that still holds the same content (its content hash) is used; the user's
//! corrections are applied on top, as on import.

use super::{file_name, read_file};
use crate::archive::{Archive, ArchiveError};
use crate::extract;
use std::path::Path;

/// What a re-extraction did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Reextracted {
    /// Articles read again.
    pub read: usize,
    /// Of those, articles whose quotes changed.
    pub changed: usize,
    /// Articles whose file could not be read again or no longer holds the same content,
    /// with the reason.
    pub skipped: Vec<(i64, String)>,
}

/// Re-extracts the articles `article_ids` from their files; `progress` hears each id done.
pub fn reextract(
    archive: &mut Archive,
    article_ids: &[i64],
    max_file_bytes: u64,
    progress: &mut dyn FnMut(usize),
) -> Result<Reextracted, ArchiveError> {
    let mut out = Reextracted::default();
    for (done, &id) in article_ids.iter().enumerate() {
        progress(done);
        let Some(record) = archive.article(id)? else {
            continue;
        };
        let path = Path::new(&record.file.path);
        let found = read_file(path, max_file_bytes).and_then(|bytes| {
            extract::extract(&file_name(path), &bytes).map_err(super::Failure::from)
        });
        let same = found.map(|articles| {
            articles
                .into_iter()
                .find(|e| e.article.content_hash() == record.file.sha256)
        });
        match same {
            Ok(Some(e)) => {
                out.read += 1;
                if archive.replace_quotes(id, &e.article.quotes)? {
                    out.changed += 1;
                }
            }
            Ok(None) => out
                .skipped
                .push((id, "the file no longer holds this article".into())),
            Err(reason) => out.skipped.push((id, reason.to_string())),
        }
    }
    progress(article_ids.len());
    Ok(out)
}
