//! The extraction benchmark: how much of each page's article Chronicle keeps, scored the way
//! the public article-extraction benchmark scores it (4-word shingles, precision and recall
//! per page, F1 of the means), plus title, byline and date accuracy against the expected
//! metadata. The same pages turned into browser-style text dumps score the plain-text reader.
//!
//! The expected articles are Readability.js's own output, so the Readability port behind
//! `main_content` scores 1.000 against them by construction. Hand-corrected bodies
//! (`tests/corpus-expected/`: the story without captions, credits, links and sign-ups) are the
//! reference that shows whether Chronicle's clean-up improves on the port.
//! (Those scores: bench_extract/hand_corrected.rs.)

use chronicle::extract::html::{read_html, text_dump};
use chronicle::extract::text::read_text;
use chronicle::scoring::{BodyScore, body_score, byline_found, shingle_score, squash};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod hand_corrected;
pub use hand_corrected::{HandCorrected, default_expected_dir, run_hand_corrected};

/// One page's result, for finding the worst pages.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PageResult {
    pub name: String,
    pub precision: f64,
    pub recall: f64,
    pub title_ok: Option<bool>,
    pub title_prefix_ok: Option<bool>,
    pub byline_ok: Option<bool>,
    pub date_ok: Option<bool>,
    pub error: Option<String>,
}

/// The whole benchmark.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub html: BodyScore,
    pub text_dump: BodyScore,
    /// Share of pages whose title equals the expected one (after whitespace normalization).
    pub title_accuracy: f64,
    /// Share of pages whose title equals the expected one or its start (the expected title
    /// still carrying a ` | Site` suffix that Chronicle removes on purpose).
    pub title_prefix_accuracy: f64,
    pub byline_accuracy: f64,
    pub byline_pages: usize,
    pub date_accuracy: f64,
    pub date_pages: usize,
    pub errors: usize,
    pub pages_per_second: f64,
    pub pages: Vec<PageResult>,
    /// Scores against hand-corrected bodies, when a folder of them was found.
    pub hand_corrected: Option<HandCorrected>,
    /// The plain-text reader on browser copies of the pages (`--copies`).
    pub copies: Vec<super::bench_text::CopyReport>,
    /// The plain-text reader on labelled text shapes, tuning and frozen halves.
    pub shapes: Vec<super::bench_text::ShapeReport>,
    /// Publication dates against hand labels (`--dates`), per reader and half.
    pub dates: Vec<super::bench_dates::DateReport>,
    /// Labelled saved pages (`--pages`, or every `tests/fixtures/html-shapes*` set), per half.
    pub page_sets: Vec<super::bench_pages::PagesReport>,
}

/// Runs the benchmark over every page folder in `dir` (`source.html` + `expected.html`).
pub fn run(dir: &Path) -> Report {
    run_sampled(dir, 1)
}

/// Like `run`, over every `step`-th page only (tests in debug builds).
pub fn run_sampled(dir: &Path, step: usize) -> Report {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join("source.html").is_file() && p.join("expected.html").is_file())
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    let mut report = Report::default();
    let mut elapsed = Duration::ZERO;
    let (mut html_p, mut html_r, mut dump_p, mut dump_r) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut titles, mut title_prefixes, mut bylines, mut dates) = ((0, 0), (0, 0), (0, 0), (0, 0));
    for folder in folders.iter().step_by(step.max(1)) {
        let (Ok(source), Ok(expected_html)) = (
            std::fs::read(folder.join("source.html")),
            std::fs::read(folder.join("expected.html")),
        ) else {
            continue;
        };
        let expected_html = String::from_utf8_lossy(&expected_html);
        let expected = text_dump(&expected_html);
        let meta: serde_json::Value = std::fs::read(folder.join("expected-metadata.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or(serde_json::Value::Null);
        let mut page = PageResult {
            name: folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            ..PageResult::default()
        };
        let start = Instant::now();
        let result = read_html(&source);
        elapsed += start.elapsed();
        let body = match &result {
            Ok(article) => article.body.clone(),
            Err(e) => {
                report.errors += 1;
                page.error = Some(e.to_string());
                String::new()
            }
        };
        (page.precision, page.recall) = shingle_score(&body, &expected);
        html_p.push(page.precision);
        html_r.push(page.recall);
        let dump = text_dump(
            &chronicle::extract::decode::decode(
                &source,
                chronicle::extract::html::sniff_charset(&source).as_deref(),
            )
            .unwrap_or_default(),
        );
        let (p, r) = shingle_score(&read_text(&dump).body, &expected);
        dump_p.push(p);
        dump_r.push(r);
        if let Ok(article) = &result {
            score_metadata(article, &meta, &mut page);
        }
        tally(&mut titles, page.title_ok);
        tally(&mut title_prefixes, page.title_prefix_ok);
        tally(&mut bylines, page.byline_ok);
        tally(&mut dates, page.date_ok);
        report.pages.push(page);
    }
    report.html = body_score(&html_p, &html_r);
    report.text_dump = body_score(&dump_p, &dump_r);
    report.title_accuracy = ratio(titles);
    report.title_prefix_accuracy = ratio(title_prefixes);
    report.byline_accuracy = ratio(bylines);
    report.byline_pages = bylines.1;
    report.date_accuracy = ratio(dates);
    report.date_pages = dates.1;
    report.pages_per_second = if elapsed.is_zero() {
        0.0
    } else {
        report.pages.len() as f64 / elapsed.as_secs_f64()
    };
    report
}

fn tally(counter: &mut (usize, usize), ok: Option<bool>) {
    if let Some(ok) = ok {
        counter.1 += 1;
        counter.0 += usize::from(ok);
    }
}

fn ratio((hits, total): (usize, usize)) -> f64 {
    if total == 0 {
        0.0
    } else {
        hits as f64 / total as f64
    }
}

fn score_metadata(
    article: &chronicle::model::Article,
    meta: &serde_json::Value,
    page: &mut PageResult,
) {
    if let Some(title) = meta.get("title").and_then(|t| t.as_str()) {
        let (expected, ours) = (squash(title), squash(&article.title));
        page.title_ok = Some(expected == ours);
        page.title_prefix_ok = Some(!ours.is_empty() && expected.starts_with(&ours));
    }
    if let Some(byline) = meta
        .get("byline")
        .and_then(|b| b.as_str())
        .filter(|b| !b.trim().is_empty())
    {
        page.byline_ok = Some(byline_found(byline, article));
    }
    if let Some(date) = meta
        .get("publishedTime")
        .and_then(|d| d.as_str())
        .filter(|d| !d.trim().is_empty())
    {
        let expected = date.trim().get(..10).unwrap_or_default();
        page.date_ok =
            Some(article.published.as_deref().and_then(|p| p.get(..10)) == Some(expected));
    }
}

/// Prints the report as a table.
pub fn print(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<28} {:>7} {:>9} {:>7} {:>7}",
        "reader", "pages", "precision", "recall", "F1"
    )?;
    for (name, s) in [
        ("html (read_html)", &report.html),
        ("text dump (read_text)", &report.text_dump),
    ] {
        writeln!(
            out,
            "{:<28} {:>7} {:>9.3} {:>7.3} {:>7.3}",
            name, s.pages, s.precision, s.recall, s.f1
        )?;
    }
    if let Some(hand) = &report.hand_corrected {
        writeln!(
            out,
            "against hand-corrected bodies ({}):",
            hand.expected_dir
        )?;
        for (name, s) in [
            ("raw port (main_content)", &hand.raw_port),
            ("chronicle (read_html)", &hand.chronicle),
        ] {
            writeln!(
                out,
                "{:<28} {:>7} {:>9.3} {:>7.3} {:>7.3}",
                name, s.pages, s.precision, s.recall, s.f1
            )?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "title exact match   {:>6.1}%  ({} pages)",
        report.title_accuracy * 100.0,
        report.html.pages
    )?;
    writeln!(
        out,
        "title (suffix-free)  {:>6.1}%",
        report.title_prefix_accuracy * 100.0
    )?;
    writeln!(
        out,
        "byline match        {:>6.1}%  ({} pages with a byline)",
        report.byline_accuracy * 100.0,
        report.byline_pages
    )?;
    writeln!(
        out,
        "published same day  {:>6.1}%  ({} pages with a date)",
        report.date_accuracy * 100.0,
        report.date_pages
    )?;
    writeln!(out, "errors              {:>6}", report.errors)?;
    writeln!(
        out,
        "speed               {:>6.1} pages/s (extraction only)",
        report.pages_per_second
    )?;
    Ok(())
}

/// The report as pretty JSON.
pub fn to_json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_floor() {
        let dir = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpora/readability-test-pages"
        ));
        if !dir.is_dir() {
            eprintln!("skipping: {} not found", dir.display());
            return;
        }
        let start = Instant::now();
        // The whole corpus takes about 7 s in a debug build.
        let report = run(dir);
        print(&report, &mut std::io::stderr()).expect("print");
        eprintln!("took {:?}", start.elapsed());
        // Floors slightly under what was measured (F1 0.961 since captions and credits leave the
        // body; titles 92.3% without a site suffix; bylines 85.5%; dates 97%). Titles are held
        // suffix-free: Readability keeps `Mozilla - Wikipedia`, Chronicle drops confirmed site
        // names on purpose. Bylines lost `Follow Author` (royal-road), which the reference
        // takes for a name. Session 14: bylines 86.8 -> 92.1 % (floor raised); titles 90.0 ->
        // 89.2 % because yahoo-2 now takes the story's headline, which its `<title>` and `<h1>`
        // both print, over the portal's og:title `Yahoo News - Latest News & Headlines` that
        // its Twitter card copies (the issue names that og:title as a wrong title). Session 15:
        // dates against the reference 97.0 -> 100 % (33 pages; floor raised). Session 16
        // (saved-page round 12): titles 89.2 -> 88.5 % (floor 0.89 -> 0.88) because
        // cnet-svg-classes now takes its one printed `<h1>` over the og:title the reference
        // takes (the labelled sets' convention and the issue's); bylines 92.1 -> 90.8 % (floor
        // 0.91 -> 0.90) because the synthetic 003-metadata-preferred's `Dublin Core property
        // author` now reads as a body's name, not a person's. Session 20 (saved pages round
        // 16): bylines 90.8 -> 89.5 % (floor 0.89) because ietf-1 now reads `F. Kooman, Michiel
        // de Jong` where the reference keeps the raw `Jong, Michiel de`; the reference's own
        // dates 33 -> 31 of 33 (floor 0.93) because it dates two Wikipedia pages by their
        // creation, which the hand labels (the measure) call undated.
        assert!(
            report.html.f1 >= 0.95,
            "body F1 fell to {:.3}",
            report.html.f1
        );
        assert!(
            report.title_prefix_accuracy >= 0.88,
            "title accuracy fell to {:.3}",
            report.title_prefix_accuracy
        );
        assert!(
            report.byline_accuracy >= 0.89,
            "byline accuracy fell to {:.3}",
            report.byline_accuracy
        );
        assert!(
            report.date_accuracy >= 0.93,
            "date accuracy fell to {:.3}",
            report.date_accuracy
        );
        assert_eq!(report.errors, 0);
    }
}
