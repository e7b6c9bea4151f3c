//! `chronicle reextract`: reads the archived articles' files again with this build's
//! extractor and refreshes their quotes and speakers (kinds, attributions), keeping the
//! user's corrections. Articles whose file is gone or changed are listed and left as they are.

use super::open_archive;
use anyhow::Result;
use chronicle::terminal::clean_line;
use std::io::{IsTerminal as _, Write as _};
use std::path::Path;
use std::process::ExitCode;

/// `chronicle reextract [--ids 1,2,3] [--max-file-size MB]`
pub fn reextract(
    archive_path: &Path,
    ids: Option<Vec<i64>>,
    max_file_size_mb: Option<u64>,
) -> Result<ExitCode> {
    let mut archive = open_archive(archive_path)?;
    let ids = match ids {
        Some(ids) => ids,
        None => archive.all_ids()?,
    };
    let max_bytes = max_file_size_mb.map_or(chronicle::import::DEFAULT_MAX_FILE_BYTES, |mb| {
        mb.saturating_mul(1024 * 1024)
    });
    let on_terminal = std::io::stderr().is_terminal();
    let total = ids.len();
    let mut progress = |done: usize| {
        if on_terminal && (done % 100 == 0 || done == total) {
            eprint!("\r\x1b[Kre-reading {done}/{total} articles");
            if done == total {
                eprintln!();
            }
        }
    };
    let result = chronicle::import::reextract(&mut archive, &ids, max_bytes, &mut progress)?;
    let mut err = std::io::stderr().lock();
    for (id, reason) in &result.skipped {
        writeln!(err, "article {id}: skipped: {}", clean_line(reason))?;
    }
    writeln!(
        err,
        "re-read {}, quotes changed in {}, skipped {}",
        result.read,
        result.changed,
        result.skipped.len()
    )?;
    Ok(ExitCode::SUCCESS)
}
