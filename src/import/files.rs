//! Reading one file for the import: regular files only, never past the size limit, never
//! blocking on a named pipe.

use super::Failure;
use std::io::Read as _;
use std::path::Path;

/// Reads a whole file, refusing one above `max_bytes` before reading it into memory, and
/// anything that is not a regular file (a named pipe would block the import forever, a
/// device like `/dev/zero` never ends).
pub fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, Failure> {
    // Looked at before opening: opening a named pipe for reading waits for a writer.
    let meta = std::fs::metadata(path).map_err(|e| Failure::Unreadable(io_reason(&e)))?;
    not_regular(&meta).map_or(Ok(()), |why| Err(Failure::Unreadable(why)))?;
    let file = open_no_wait(path).map_err(|e| Failure::Unreadable(io_reason(&e)))?;
    // Checked again on what was opened, in case the path was swapped in between.
    let meta = file
        .metadata()
        .map_err(|e| Failure::Unreadable(io_reason(&e)))?;
    not_regular(&meta).map_or(Ok(()), |why| Err(Failure::Unreadable(why)))?;
    if meta.len() > max_bytes {
        return Err(Failure::TooLarge {
            size: meta.len(),
            limit: max_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The size can change between the check and the read: never read past the limit.
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::Unreadable(io_reason(&e)))?;
    if bytes.len() as u64 > max_bytes {
        return Err(Failure::TooLarge {
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

/// Why a file that is not a regular file is skipped, or `None` for a regular file.
fn not_regular(meta: &std::fs::Metadata) -> Option<String> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("is a folder".into());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return Some("a named pipe (FIFO), not a regular file; skipped".into());
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device, not a regular file; skipped".into());
        }
        if kind.is_socket() {
            return Some("a socket, not a regular file; skipped".into());
        }
    }
    Some("not a regular file; skipped".into())
}

/// Opens for reading without ever blocking on a named pipe swapped in after the check.
fn open_no_wait(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

pub(super) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            "the file does not exist (moved or deleted before it could be read)".into()
        }
        std::io::ErrorKind::PermissionDenied => {
            "permission denied: Chronicle may not read this file".into()
        }
        _ => e.to_string(),
    }
}
