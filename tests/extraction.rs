//! Extraction quality on real pages: Chronicle's clean-up against the raw Readability port,
//! both scored on hand-corrected bodies (`tests/corpus-expected/`). The pages live in the
//! shared corpus (`../shared/corpora/readability-test-pages`); without it the test skips.
//! The scorers live with the binary (`chronicle bench-extract --json`), so the tests read
//! its report.

use crate::util::{TestDir, s};
use serde_json::Value;
use std::path::Path;

pub fn number(value: &Value, path: &[&str]) -> f64 {
    let mut at = value;
    for key in path {
        at = &at[key];
    }
    at.as_f64()
        .unwrap_or_else(|| panic!("no number at {path:?} in the report"))
}

#[test]
fn cleanup_beats_the_raw_port_on_hand_corrected_bodies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpora/readability-test-pages");
    if !corpus.is_dir() {
        eprintln!("skipping: {} not found", corpus.display());
        return;
    }
    let expected = root.join("tests/corpus-expected");
    let report = TestDir::new().json(&[
        "bench-extract",
        s(&corpus),
        "--expected",
        s(&expected),
        "--json",
    ]);
    let hand = &report["hand_corrected"];
    let raw = number(hand, &["raw_port", "f1"]);
    let ours = number(hand, &["chronicle", "f1"]);
    let pages = number(hand, &["chronicle", "pages"]);
    eprintln!("raw port F1 {raw:.3}, chronicle F1 {ours:.3} on {pages} pages");
    assert!(pages >= 30.0, "only {pages} pages scored");
    // Measured: raw port 0.957, Chronicle 0.989.
    assert!(
        ours >= raw + 0.01,
        "clean-up F1 {ours:.3} does not beat the raw port's {raw:.3}"
    );
    assert!(ours >= 0.95, "clean-up F1 fell to {ours:.3}");
}

/// The plain-text reader on labelled shapes of other sites, tuning and frozen halves reported
/// apart (`tests/fixtures/text-shapes/`). The frozen half was written before the rules.
#[test]
fn text_shapes_of_other_sites_read_right() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/text-shapes");
    let report = TestDir::new().json(&["bench-extract", "--shapes", s(&root), "--json"]);
    let halves = report["shapes"]
        .as_array()
        .expect("the report has the shapes");
    assert_eq!(halves.len(), 2, "both halves scored");
    for (half, report) in ["tuning", "frozen"].into_iter().zip(halves) {
        let percent = |field: &str| {
            let of = number(report, &[field, "of"]);
            if of == 0.0 {
                0.0
            } else {
                100.0 * number(report, &[field, "right"]) / of
            }
        };
        let files = number(report, &["title", "of"]);
        let body_f1 = number(report, &["body", "f1"]);
        eprintln!(
            "{half}: {files} files, title {:.1}%, authors {:.1}%, published {:.1}%, publisher {:.1}%, body F1 {body_f1:.3}",
            percent("title"),
            percent("authors"),
            percent("published"),
            percent("publisher"),
        );
        for miss in report["misses"].as_array().into_iter().flatten() {
            eprintln!("  {}", miss.as_str().unwrap_or_default());
        }
        assert!(
            report["name"]
                .as_str()
                .is_some_and(|name| name.ends_with(half)),
            "halves in order"
        );
        assert!(files >= 12.0, "{half}: only {files} files");
        for field in ["title", "authors", "published", "publisher"] {
            assert!(
                percent(field) >= 95.0,
                "{half}: {field} right for {:.1}% of files",
                percent(field)
            );
        }
        assert!(body_f1 >= 0.95, "{half}: body F1 {body_f1:.3}");
    }
}

/// Per-field percentages of one half of a labelled set in the report.
fn shape_percents(report: &Value) -> Vec<(&'static str, f64)> {
    [
        "title",
        "category",
        "authors",
        "published",
        "publisher",
        "sources",
    ]
    .into_iter()
    .map(|field| {
        let of = number(report, &[field, "of"]);
        let right = number(report, &[field, "right"]);
        (field, if of == 0.0 { 0.0 } else { 100.0 * right / of })
    })
    .collect()
}

/// The labelled sets written by developers who never read the rules (sets 2–4 in session 9,
/// 5–6 in session 10, 7–8 in session 11, 9 in session 12, 10 in session 13, 11 in session 14,
/// 12 in session 15, 13 to 23 in sessions 16 to 26; md-shapes, the first set of Markdown
/// files, in session 25, md-shapes-2 in session 26), each half held to the figures it reached (title, category, authors,
/// published, publisher, sources in %, then body F1). `seen/` halves were frozen once and
/// opened for tuning later (sets 2–4 in session 10, 5–6 in session 11, 7–8 in session 12, 9 in
/// session 13, 10 in session 14, 11 in session 15, 12 in session 16, 13 in session 17, 14 in
/// session 18, 15 in session 19, 16 in session 20, 17 in session 21, 18 in session 22, 19 in
/// session 23, 20 in session 24, 21 in session 25, 22 and md-shapes in session 26);
/// `frozen/` halves were never tuned on: their misses are not printed, so that nobody tunes on
/// them by accident.
#[test]
fn sets_written_by_others_hold_their_figures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    #[rustfmt::skip]
    let floors: &[(&str, &str, [f64; 6], f64)] = &[
        ("text-shapes-2", "tuning", [95.0, 85.0, 100.0, 100.0, 100.0, 100.0], 0.96),
        // Sources 100 → 95 in session 14: a press-release wire credited in its dateline
        // (`/PRWirecast/`) is no source here, while text-shapes-10 labels one (`/AfriWire/`) as
        // one; Chronicle follows the later, more common convention.
        ("text-shapes-2", "seen", [100.0, 100.0, 100.0, 100.0, 90.0, 95.0], 0.97),
        ("text-shapes-3", "tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0], 0.98),
        ("text-shapes-3", "seen", [90.0, 90.0, 95.0, 90.0, 80.0, 90.0], 0.95),
        ("text-shapes-4", "tuning", [100.0, 95.0, 100.0, 100.0, 95.0, 95.0], 0.92),
        ("text-shapes-4", "seen", [100.0, 100.0, 95.0, 100.0, 95.0, 95.0], 0.92),
        ("text-shapes-5", "tuning", [95.0, 85.0, 100.0, 95.0, 100.0, 100.0], 0.96),
        ("text-shapes-5", "seen", [95.0, 75.0, 100.0, 100.0, 85.0, 90.0], 0.94),
        ("text-shapes-6", "tuning", [95.0, 90.0, 100.0, 100.0, 100.0, 100.0], 0.92),
        ("text-shapes-6", "seen", [90.0, 90.0, 95.0, 100.0, 100.0, 100.0], 0.91),
        // Dates round 3 (session 26): published 100.
        ("text-shapes-7", "tuning", [95.0, 95.0, 100.0, 100.0, 85.0, 100.0], 0.94),
        ("text-shapes-7", "seen", [100.0, 95.0, 100.0, 95.0, 90.0, 100.0], 0.93),
        ("text-shapes-8", "tuning", [100.0, 95.0, 85.0, 90.0, 75.0, 90.0], 0.94),
        // Category 80 → 75 in session 12: a read-later copy's site name above the headline was
        // right as "no category" only while its reading time was taken for the title.
        ("text-shapes-8", "seen", [100.0, 95.0, 90.0, 100.0, 90.0, 90.0], 0.94),
        // text round 23 (session 27): publisher 95.
        ("text-shapes-9", "tuning", [100.0, 100.0, 100.0, 100.0, 95.0, 90.0], 0.95),
        // Frozen until session 13 (75/65/55/80/75/90, 0.928 with the rules of sessions 12 and 13's
        // starts), then opened for tuning when text-shapes-10 was written.
        ("text-shapes-9", "seen", [90.0, 90.0, 100.0, 100.0, 90.0, 95.0], 0.95),
        ("text-shapes-10", "tuning", [95.0, 90.0, 95.0, 95.0, 100.0, 95.0], 0.96),
        // Frozen until session 14 (95/85/90/100/70/85, 0.950 with session 13's starting rules;
        // 100/90/95/100/70/85 at its end), then opened for tuning when text-shapes-11 was written.
        ("text-shapes-10", "seen", [100.0, 100.0, 100.0, 100.0, 95.0, 100.0], 0.96),
        ("text-shapes-11", "tuning", [95.0, 100.0, 100.0, 95.0, 100.0, 95.0], 0.95),
        // Frozen until session 15 (90/80/85/85/75/85, 0.931 with session 14's starting rules;
        // 90/80/85/90/80/85, 0.931 at its end), then opened for tuning when text-shapes-12 was
        // written.
        // Category 100 → 95 in session 17: a Dutch page, whose language the stop-word table
        // lacks, now learns its own function words, and the dump's section label moved.
        ("text-shapes-11", "seen", [100.0, 95.0, 100.0, 100.0, 100.0, 100.0], 0.98),
        ("text-shapes-12", "tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 90.0], 0.97),
        // Frozen until session 16 (90/85/85/85/75/85, 0.928 with session 15's starting rules;
        // 95/80/85/95/80/85, 0.934 at its end), then opened for tuning when text-shapes-13 was
        // written.
        ("text-shapes-12", "seen", [100.0, 90.0, 95.0, 100.0, 90.0, 95.0], 0.98),
        ("text-shapes-13", "tuning", [100.0, 95.0, 100.0, 100.0, 100.0, 100.0], 0.96),
        // Frozen until session 17 (70/80/95/80/80/95, 0.937 with session 16's starting rules;
        // 70/80/95/80/90/95, 0.955 at its end), then opened for tuning when text-shapes-14 was
        // written.
        ("text-shapes-13", "seen", [100.0, 100.0, 100.0, 95.0, 100.0, 100.0], 0.96),
        ("text-shapes-14", "tuning", [95.0, 95.0, 95.0, 95.0, 95.0, 100.0], 0.97),
        // Frozen until session 18 (90/80/60/75/90/90, 0.964 with session 17's starting rules;
        // 90/80/70/75/90/100, 0.967 at its end), then opened for tuning when text-shapes-15 was
        // written; text round 14 took it to 95/95/90/90/90/100, 0.971.
        ("text-shapes-14", "seen", [95.0, 95.0, 90.0, 90.0, 90.0, 100.0], 0.97),
        // Start (session 18's starting rules): 85/80/55/90/75/90, 0.932.
        ("text-shapes-15", "tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 90.0], 0.93),
        // Frozen until session 19 (100/95/75/95/80/90, 0.955 with session 18's starting rules;
        // the same at its end), then opened for tuning when text-shapes-16 was written; text
        // round 15 took it to every field 100 %, 0.956.
        ("text-shapes-15", "seen", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0], 0.95),
        // Start (session 19's starting rules): 100/95/70/90/85/80, 0.940.
        ("text-shapes-16", "tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 95.0], 0.94),
        // Frozen until session 20 (95/100/35/95/80/80, 0.942 with session 19's starting rules;
        // 95/100/40/95/80/80, 0.942 at its end), then opened for tuning when text-shapes-17 was
        // written; text round 16 took it to 95/100/85/95/85/90, 0.943.
        // Category 100 → 95 in session 22: a newsletter's article block is now found under its
        // slot label (title and date right), and the slot label (`THIS WEEK'S FEATURE`) is read
        // as its section.
        ("text-shapes-16", "seen", [100.0, 95.0, 85.0, 100.0, 85.0, 90.0], 0.94),
        // Start (session 20's starting rules): 75/70/90/95/60/80, 0.938; text round 16 took it
        // to 100/95/95/100/100/90, 0.944.
        // text round 23 (session 27): sources 95.
        ("text-shapes-17", "tuning", [100.0, 95.0, 100.0, 100.0, 100.0, 95.0], 0.94),
        // Frozen until session 21 (85/75/75/100/40/100, 0.902 with session 20's starting rules;
        // 85/75/70/100/40/100, 0.904 at its end), then opened for tuning when text-shapes-18 was
        // written; text round 17 took it to 95/85/85/100/85/100, 0.903.
        ("text-shapes-17", "seen", [95.0, 85.0, 90.0, 100.0, 90.0, 100.0], 0.90),
        // Start (session 21's starting rules): 95/80/80/85/70/80, 0.945; text round 17 took it
        // to 100/90/80/85/80/95, 0.945; text round 18 to 100/90/90/95/85/100, 0.953.
        // text round 21 (session 25): authors 95; dates round 3 (session 26): published 100.
        ("text-shapes-18", "tuning", [100.0, 90.0, 95.0, 100.0, 85.0, 100.0], 0.95),
        // Frozen until session 22 (85/55/80/75/70/85, 0.895 with session 21's starting rules;
        // unchanged at its end), then opened for tuning when text-shapes-19 was written; text
        // round 18 took it to 90/60/90/90/75/90, 0.931.
        ("text-shapes-18", "seen", [90.0, 65.0, 95.0, 90.0, 80.0, 90.0], 0.93),
        // Start (session 22's starting rules): 95/90/70/95/95/85, 0.885; text round 18 took it
        // to 100/95/85/95/95/85, 0.891.
        ("text-shapes-19", "tuning", [100.0, 95.0, 85.0, 95.0, 100.0, 85.0], 0.89),
        // Frozen until session 23 (85/85/75/95/75/90, 0.887 with session 22's starting rules;
        // unchanged at its end), then opened for tuning when text-shapes-20 was written; text
        // round 19 took it to 95/90/85/95/90/90, 0.885.
        // the dates round 2 (session 25): published 100.
        ("text-shapes-19", "seen", [95.0, 95.0, 85.0, 100.0, 100.0, 90.0], 0.88),
        // Start (session 23's starting rules): 90/85/55/85/65/60, 0.965; text round 19 took it
        // to 95/90/75/95/85/75, 0.966; text round 20 (session 24) to 95/90/80/95/85/80, 0.970.
        // text round 21 (session 25): authors 85.
        ("text-shapes-20", "tuning", [95.0, 90.0, 85.0, 95.0, 85.0, 80.0], 0.96),
        // Frozen until session 24 (95/90/60/70/75/65, 0.942 with session 23's starting rules;
        // 95/90/60/75/80/70, 0.942 at its end), then opened for tuning when text-shapes-21 was
        // written; text round 20 took it to 95/90/80/80/80/75, 0.948.
        // text round 21 (session 25): published 85; dates round 3 (session 26): published 95.
        // saved pages round 26's byline words (session 27): authors 85.
        ("text-shapes-20", "seen", [95.0, 90.0, 85.0, 95.0, 80.0, 75.0], 0.94),
        // Start (session 24's starting rules): 100/100/70/85/90/85, 0.948; text round 20 took it
        // to 100/100/85/85/95/85, 0.955.
        // text round 21 (session 25): published 90.
        ("text-shapes-21", "tuning", [100.0, 100.0, 85.0, 90.0, 95.0, 85.0], 0.95),
        // Frozen until session 25 (85/85/70/90/95/85, 0.974 with session 24's starting rules;
        // the same at its end), then opened for tuning when text-shapes-22 was written.
        // text round 21 (session 25): authors 75.
        ("text-shapes-21", "seen", [85.0, 85.0, 75.0, 90.0, 95.0, 85.0], 0.97),
        // Older articles as archivists copy them (web-archive captures, old templates, print
        // views, digitised papers; 1996 to 2024). Start (session 25's starting rules):
        // 75/65/85/75/75/85, 0.958.
        // text round 21 (session 25) took it to 90/70/85/90/80/85, 0.959; text round 22 and
        // dates round 3 (session 26) to 90/75/90/95/90/90, 0.960.
        ("text-shapes-22", "tuning", [90.0, 75.0, 90.0, 95.0, 90.0, 90.0], 0.95),
        // Frozen until session 26 (80/55/70/90/65/75, 0.901 with session 25's starting rules;
        // the same at its end), then opened for tuning when text-shapes-23 was written; text
        // round 22 (session 26) took it to 95/80/80/95/85/85, 0.940.
        // text round 23 (session 27): authors 85, sources 90.
        ("text-shapes-22", "seen", [95.0, 80.0, 85.0, 95.0, 85.0, 90.0], 0.93),
        // Articles saved as Markdown by clippers and note apps, read by the Markdown reader.
        // Start (session 25's starting rules, scored once `bench-extract` read `.md` files):
        // tuning 55/30/10/10/25/0, 0.806; frozen 55/45/25/20/25/20, 0.811.
        // Markdown round 1 (session 25) took it to 100/100/100/95/75/75, 0.948; Markdown round 2
        // (session 26) to 100/100/100/95/85/80, 0.948.
        // Markdown round 3 (session 27): publisher 90.
        ("md-shapes", "tuning", [100.0, 100.0, 100.0, 95.0, 90.0, 80.0], 0.94),
        // Frozen until session 26 (after Markdown round 1, read once at session 25's end:
        // 95/75/85/95/60/80, 0.944), then opened for tuning when md-shapes-2 was written;
        // Markdown round 2 (session 26) took it to 100/95/95/95/80/80, 0.944.
        // Markdown round 3 (session 27): publisher 85.
        ("md-shapes", "seen", [100.0, 95.0, 95.0, 95.0, 85.0, 80.0], 0.94),
        // Articles as professionals receive them: news-database records and exports, media
        // monitoring clips, wire copy in a newsroom system, broadcast transcripts, press
        // releases, e-mailed articles (1998 to 2026). Start (session 26's starting rules):
        // tuning 60/40/55/40/30/65, 0.919; frozen 75/60/85/45/15/65, 0.943. Text round 22 and
        // dates round 3 (session 26) took tuning to 75/65/65/70/80/85, 0.921; the frozen half
        // (read once, at the session's end) 75/70/85/50/30/70, 0.942.
        // Text round 23 and dates round 4 (session 27): 80/75/65/90/80/90, 0.921.
        ("text-shapes-23", "tuning", [80.0, 75.0, 65.0, 90.0, 80.0, 90.0], 0.92),
        // Frozen until session 27 (read once at session 26's end, above), then opened for
        // tuning when text-shapes-24 was written.
        // Text round 23 and dates round 4 (session 27) took it to 95/85/90/85/75/85, 0.943.
        ("text-shapes-23", "seen", [95.0, 85.0, 90.0, 85.0, 75.0, 85.0], 0.94),
        // Articles that went through a second tool before their text was copied: Print to PDF,
        // print views and text-only editions, e-paper PDFs, OCR of digitised historic papers
        // and scanned clippings, browser and machine translations, read-aloud apps, outlets'
        // own PDFs, screen readers (1885 to 2026). Start (session 27's starting rules): tuning
        // 55/65/70/85/55/35, 0.878; frozen 55/70/80/85/35/60, 0.884.
        // Text round 23 and dates round 4 (session 27): 60/70/70/90/55/40, 0.885.
        ("text-shapes-24", "tuning", [60.0, 70.0, 70.0, 90.0, 55.0, 40.0], 0.88),
        // After session 27's rounds the frozen half (read once, at its end): publisher 40.
        ("text-shapes-24", "frozen", [55.0, 70.0, 80.0, 85.0, 40.0, 60.0], 0.88),
        // Markdown from converters, static-site generators and knowledge tools. Start (session
        // 26's starting rules): tuning 85/70/70/85/45/80, 0.953; frozen 55/65/45/65/30/50, 0.834.
        // After session 26's rounds the frozen half (read once, at its end) publisher 35.
        // Markdown round 3 (session 27): 95/90/100/100/80/80, 0.954.
        ("md-shapes-2", "tuning", [95.0, 90.0, 100.0, 100.0, 80.0, 80.0], 0.95),
        // Frozen until session 27 (read once at session 26's end, above), then opened for
        // tuning when md-shapes-3 was written.
        // Markdown round 3 (session 27) took it to 95/90/95/100/90/60, 0.938.
        ("md-shapes-2", "seen", [95.0, 90.0, 95.0, 100.0, 90.0, 60.0], 0.93),
        // Markdown readers keep about an article: highlight and annotation exports, research
        // notes with citation lines, journaling apps, newsletter posts and digests, team chat,
        // forum and social threads, AI-assistant chats. Start (session 27's starting rules):
        // tuning 45/75/70/85/30/70, 0.892; frozen 50/75/70/65/35/60, 0.843.
        // Session 27's rounds: publisher 35, sources 75.
        ("md-shapes-3", "tuning", [45.0, 75.0, 70.0, 85.0, 35.0, 75.0], 0.89),
        // After session 27's rounds the frozen half (read once, at its end): sources 65.
        ("md-shapes-3", "frozen", [50.0, 75.0, 70.0, 65.0, 35.0, 65.0], 0.84),
    ];
    let mut sets: Vec<&str> = floors.iter().map(|(set, ..)| *set).collect();
    sets.dedup();
    for set in sets {
        let dir = root.join(set);
        let report = TestDir::new().json(&["bench-extract", "--shapes", s(&dir), "--json"]);
        let halves = report["shapes"]
            .as_array()
            .expect("the report has the shapes");
        let want = floors.iter().filter(|(s, ..)| *s == set).count();
        assert_eq!(halves.len(), want, "{set}: every half scored");
        for report in halves {
            let name = report["name"].as_str().unwrap_or_default();
            let half = name.rsplit('/').next().unwrap_or_default();
            let (_, _, floor, f1_floor) = floors
                .iter()
                .find(|(s, h, _, _)| *s == set && *h == half)
                .unwrap_or_else(|| panic!("no floor for {name}"));
            let got = shape_percents(report);
            let f1 = number(report, &["body", "f1"]);
            eprintln!("{set} {half}: {got:?}, body F1 {f1:.3}");
            if half != "frozen" {
                for miss in report["misses"].as_array().into_iter().flatten() {
                    eprintln!("  {}", miss.as_str().unwrap_or_default());
                }
            }
            for ((field, percent), floor) in got.iter().zip(floor) {
                // One file is 5 %; the floor is what was reached.
                assert!(
                    *percent + 0.1 >= *floor,
                    "{set} {half}: {field} right for {percent:.1}% of files, below {floor}%"
                );
            }
            assert!(f1 >= *f1_floor, "{set} {half}: body F1 {f1:.3}");
        }
    }
}

/// Publication dates of the real pages against hand labels (`tests/fixtures/page-dates.json`),
/// halves apart; skips without the corpus.
#[test]
fn real_pages_are_dated_as_a_reader_dates_them() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpora/readability-test-pages");
    if !corpus.is_dir() {
        eprintln!("skipping: {} not found", corpus.display());
        return;
    }
    let labels = root.join("tests/fixtures/page-dates.json");
    let report =
        TestDir::new().json(&["bench-extract", s(&corpus), "--dates", s(&labels), "--json"]);
    let dates = report["dates"]
        .as_array()
        .expect("the report has the dates");
    // Same day (of dated pages) and right of dates given, in %, per half. Session 11's date line
    // near the headline dated more frozen pages (same day 74.4 -> 81.4 %) at a small cost in
    // precision (86.5 -> 85.4 % of dates given). Session 13 (site headers as furniture, titled
    // relative times, access dates, eight-digit URL dates): tuning 97.2 -> 100 %, frozen
    // 81.4 -> 83.7 % same day, 85.4 -> 85.7 % of dates given. Session 15 (saved-page round 11:
    // where printed dates sit, the header's date backed by another source, one stamp in two
    // zones, years left out): tuning to the minute 90.3 -> 96.8 % (28 -> 30 of 31); the frozen
    // half, read once at the end, 83.7 -> 86.0 % same day (36 -> 37 of 43), 85.7 -> 90.2 % of
    // dates given (36 of 42 -> 37 of 41), 76.5 -> 88.2 % to the minute (26 -> 30 of 34).
    for (name, same_day_floor, given_floor, minute_floor) in [
        ("html (tuning)", 99.9, 99.9, 96.7),
        ("html (frozen)", 86.0, 90.2, 88.2),
    ] {
        let r = dates
            .iter()
            .find(|d| d["name"] == name)
            .unwrap_or_else(|| panic!("{name} scored"));
        let pct = |a: &str, b: &str| 100.0 * number(r, &[a]) / number(r, &[b]).max(1.0);
        let (same_day, given) = (pct("same_day", "dated"), pct("given_right", "given"));
        eprintln!("{name}: same day {same_day:.1}%, right of given {given:.1}%");
        assert!(number(r, &["dated"]) >= 30.0, "{name}: too few dated pages");
        assert!(
            same_day >= same_day_floor,
            "{name}: same day {same_day:.1}%"
        );
        assert!(given >= given_floor, "{name}: right of given {given:.1}%");
        let minute = pct("same_minute", "timed");
        assert!(minute >= minute_floor, "{name}: to the minute {minute:.1}%");
    }
}
