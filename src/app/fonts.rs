//! Fonts for every script. egui's own fonts draw Latin, Greek and Cyrillic; after them comes
//! a small shipped symbol font (assets/fonts: the prime in `41°17′S`, arrows, №, ℃ …), and
//! after that the system's fonts: eframe's system font provider (its `system_fonts` feature)
//! enumerates the installed fonts on a background thread at start and is asked only for a
//! character no earlier font has, so Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari
//! or Thai text is drawn with whatever installed font covers it, and the first frame does not
//! wait. README.md lists the Debian packages that cover every script.

use eframe::egui::{self, FontData, FontFamily, FontInsert, FontPriority, InsertFontFamily};

/// The shipped symbol font (a subset of DejaVu Sans; licence in assets/fonts).
pub const SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/ChronicleSymbols.ttf");

/// Adds the shipped symbol font after egui's fonts, in both families.
pub fn install(ctx: &egui::Context) {
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(
        "chronicle-symbols",
        FontData::from_static(SYMBOLS),
        families,
    ));
}
