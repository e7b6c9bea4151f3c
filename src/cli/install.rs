//! `chronicle install` / `chronicle uninstall`: a desktop entry and an icon in the user's
//! data folder (XDG), so Chronicle appears in the desktop's launcher with its icon. Nothing
//! outside `$XDG_DATA_HOME` (or `~/.local/share`) is touched.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/chronicle.png");
const ICON_SVG: &str = include_str!("../../assets/icons/chronicle.svg");

/// The files `install` writes, relative to the data folder.
const FILES: [&str; 3] = [
    "applications/chronicle.desktop",
    "icons/hicolor/256x256/apps/chronicle.png",
    "icons/hicolor/scalable/apps/chronicle.svg",
];

/// The user's data folder: `$XDG_DATA_HOME`, else `~/.local/share`.
fn data_home() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let home = std::env::var_os("HOME").context("neither XDG_DATA_HOME nor HOME is set")?;
    Ok(PathBuf::from(home).join(".local/share"))
}

/// The desktop entry for the binary at `exe` (Desktop Entry Specification 1.4, what desktop-file-validate knows).
pub fn desktop_entry(exe: &Path) -> String {
    // Exec arguments with spaces or quotes must be quoted. No `%F`: files are dropped onto the
    // window, which then imports them.
    let exe = exe
        .display()
        .to_string()
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Version=1.4\n\
         Name=Chronicle\n\
         GenericName=News archive\n\
         Comment=Collect, search and cite news articles offline\n\
         Exec=\"{exe}\"\n\
         TryExec={exe}\n\
         Icon=chronicle\n\
         Terminal=false\n\
         Categories=Office;Database;Viewer;\n\
         Keywords=news;articles;archive;quotes;research;\n\
         StartupWMClass=chronicle\n"
    )
}

/// `chronicle install`: writes the desktop entry and the icons, says where.
pub fn install() -> Result<ExitCode> {
    let home = data_home()?;
    let exe = std::env::current_exe().context("finding this program's path")?;
    let contents: [Vec<u8>; 3] = [
        desktop_entry(&exe).into_bytes(),
        ICON_PNG.to_vec(),
        ICON_SVG.as_bytes().to_vec(),
    ];
    for (rel, bytes) in FILES.iter().zip(contents) {
        let path = home.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {}", path.display());
    }
    println!("Chronicle is in your launcher (it may take a moment to appear).");
    Ok(ExitCode::SUCCESS)
}

/// `chronicle uninstall`: removes what `install` wrote; the archive is left alone.
pub fn uninstall() -> Result<ExitCode> {
    let home = data_home()?;
    for rel in FILES {
        let path = home.join(rel);
        match std::fs::remove_file(&path) {
            Ok(()) => println!("removed {}", path.display()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", path.display())),
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Debian package's desktop entry (Cargo.toml, `[package.metadata.deb]`) is the one
    /// `install` writes, for the binary where the package puts it.
    #[test]
    fn the_packaged_desktop_entry_is_the_installed_one_and_every_asset_exists() {
        let packaged = include_str!("../../assets/chronicle.desktop");
        assert_eq!(packaged, desktop_entry(Path::new("/usr/bin/chronicle")));
        let manifest = include_str!("../../Cargo.toml");
        let deb = manifest
            .split("[package.metadata.deb]")
            .nth(1)
            .expect("cargo deb metadata");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let sources: Vec<&str> = deb
            .lines()
            .filter_map(|l| l.trim().strip_prefix("[\""))
            .filter_map(|l| l.split('"').next())
            .collect();
        assert_eq!(sources.len(), 5, "{sources:?}");
        for source in sources.iter().filter(|s| !s.starts_with("target/")) {
            assert!(root.join(source).is_file(), "{source}");
        }
    }
}
