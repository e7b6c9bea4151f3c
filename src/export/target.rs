//! Where an export may be written. Decided before a byte is written: never onto the archive
//! (or its `-wal`/`-shm`/`-journal` files, however the path reaches them), never over
//! something that is not a regular file. Regular files are replaced atomically and keep
//! their permissions; character devices and pipes (`/dev/stdout`, a FIFO) are written in
//! place.

use std::fs::{File, Metadata, OpenOptions};
use std::path::{Path, PathBuf};

/// How an export reaches its destination.
#[derive(Debug)]
pub enum Target {
    /// A new file, or a regular file replaced: written to a temporary file in `dir`, then
    /// renamed to `path` (the symbolic links followed) with the old file's permissions.
    Replace {
        path: PathBuf,
        permissions: Option<std::fs::Permissions>,
    },
    /// A character device or a pipe, opened and written as it is.
    InPlace(File),
}

/// Why an export was refused before anything was written.
#[derive(Debug, thiserror::Error)]
#[error("refusing to write the export to {path}: {reason}")]
pub struct Refused {
    pub path: String,
    pub reason: String,
}

/// The files of the archive at `archive`: an export written onto any of them destroys it.
fn archive_files(archive: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm", "-journal"]
        .into_iter()
        .map(|suffix| {
            let mut name = archive.as_os_str().to_os_string();
            name.push(suffix);
            PathBuf::from(name)
        })
        .collect()
}

/// Decides how to write to `out`; `archive` is the archive being exported, if on disk.
pub fn resolve(out: &Path, archive: Option<&Path>) -> Result<Target, Refused> {
    let refuse = |reason: &str| Refused {
        path: out.display().to_string(),
        reason: reason.to_string(),
    };
    let io = |e: std::io::Error| refuse(&e.to_string());
    // `metadata` follows symbolic links: what counts is what would be written.
    let meta = match std::fs::metadata(out) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if out.symlink_metadata().is_ok() {
                return Err(refuse(
                    "it is a symbolic link to a file that does not exist",
                ));
            }
            None
        }
        Err(e) => return Err(io(e)),
    };
    let resolved = match &meta {
        Some(_) => std::fs::canonicalize(out).ok(),
        None => new_file_path(out),
    };
    if let Some(archive) = archive {
        if is_archive_file(out, meta.as_ref(), resolved.as_deref(), archive) {
            return Err(refuse(
                "it is the archive itself (or one of its -wal/-shm files); the export would destroy it",
            ));
        }
    }
    let Some(meta) = meta else {
        // A folder that does not exist fails when the temporary file is created, naming it.
        return Ok(Target::Replace {
            path: resolved.unwrap_or_else(|| out.to_path_buf()),
            permissions: None,
        });
    };
    let kind = meta.file_type();
    if kind.is_file() {
        let path = resolved.ok_or_else(|| refuse("its real path cannot be found"))?;
        return Ok(Target::Replace {
            path,
            permissions: Some(meta.permissions()),
        });
    }
    if kind.is_dir() {
        return Err(refuse("it is a folder"));
    }
    if is_device_or_pipe(&meta) {
        return OpenOptions::new()
            .write(true)
            .open(out)
            .map(Target::InPlace)
            .map_err(io);
    }
    Err(refuse(
        "it is neither a regular file nor a character device or a pipe",
    ))
}

/// The absolute path a new file at `out` would have, its folder's links resolved.
fn new_file_path(out: &Path) -> Option<PathBuf> {
    let name = out.file_name()?;
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty());
    let dir = std::fs::canonicalize(parent.unwrap_or(Path::new("."))).ok()?;
    Some(dir.join(name))
}

/// Whether `out` is one of the archive's files: the same file (device and inode) when it
/// exists, the same real path when it does not (a `-wal` not yet created is still one).
fn is_archive_file(
    out: &Path,
    meta: Option<&Metadata>,
    resolved: Option<&Path>,
    archive: &Path,
) -> bool {
    let archive_real = std::fs::canonicalize(archive).unwrap_or_else(|_| archive.to_path_buf());
    archive_files(&archive_real)
        .into_iter()
        .chain(archive_files(archive))
        .any(|file| {
            let same_path = resolved.is_some_and(|r| r == file) || out == file;
            let same_file = match (meta, std::fs::metadata(&file)) {
                (Some(a), Ok(b)) => same_inode(a, &b),
                _ => false,
            };
            same_path || same_file
        })
}

#[cfg(unix)]
fn same_inode(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_inode(_: &Metadata, _: &Metadata) -> bool {
    false
}

#[cfg(unix)]
fn is_device_or_pipe(meta: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt as _;
    meta.file_type().is_char_device() || meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_device_or_pipe(_: &Metadata) -> bool {
    false
}

/// A temporary file beside `path`, removed unless `persist` renames it over `path`.
pub struct TempFile {
    path: PathBuf,
    target: PathBuf,
    pub file: Option<File>,
}

impl TempFile {
    /// Created with the permissions a new file gets (the umask applies), or `permissions`.
    pub fn beside(
        target: &Path,
        permissions: Option<std::fs::Permissions>,
    ) -> std::io::Result<Self> {
        let dir = target.parent().unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut attempt = 0u32;
        loop {
            let path = dir.join(format!(
                ".{name}.chronicle-export-{}-{attempt}",
                std::process::id()
            ));
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(file) => {
                    if let Some(permissions) = permissions {
                        file.set_permissions(permissions)?;
                    }
                    return Ok(TempFile {
                        path,
                        target: target.to_path_buf(),
                        file: Some(file),
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Syncs the file and renames it over the target.
    pub fn persist(mut self) -> std::io::Result<()> {
        if let Some(file) = self.file.take() {
            file.sync_all()?;
        }
        std::fs::rename(&self.path, &self.target)?;
        self.path = PathBuf::new();
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}
