//! Body scores against hand-corrected bodies (`tests/corpus-expected/`): the Readability
//! port's raw text and Chronicle's cleaned body, page by page. Apart from bench_extract.rs,
//! which scores against Readability's own output.

use chronicle::extract::html::{raw_main_text, read_html};
use chronicle::scoring::{BodyScore, body_score, shingle_score};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Body scores against hand-corrected bodies: the Readability port's text alone, and
/// Chronicle's body after its clean-up.
#[derive(Debug, Clone, Default, Serialize)]
pub struct HandCorrected {
    /// The folder of `<page-folder-name>.txt` bodies.
    pub expected_dir: String,
    pub raw_port: BodyScore,
    pub chronicle: BodyScore,
    pub pages: Vec<HandCorrectedPage>,
}

/// One page scored against its hand-corrected body.
#[derive(Debug, Clone, Default, Serialize)]
pub struct HandCorrectedPage {
    pub name: String,
    pub raw_precision: f64,
    pub raw_recall: f64,
    pub precision: f64,
    pub recall: f64,
}

/// The hand-corrected bodies shipped with the sources, `tests/corpus-expected/` under the
/// current folder, when it is there.
pub fn default_expected_dir() -> Option<PathBuf> {
    Some(PathBuf::from("tests/corpus-expected")).filter(|dir| dir.is_dir())
}

/// Scores every `<name>.txt` in `expected_dir` whose page `corpus/<name>/source.html` exists.
/// `None` when no page pairs up.
pub fn run_hand_corrected(corpus: &Path, expected_dir: &Path) -> Option<HandCorrected> {
    let mut names: Vec<String> = std::fs::read_dir(expected_dir)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".txt"))
                .map(str::to_string)
        })
        .filter(|name| corpus.join(name).join("source.html").is_file())
        .collect();
    names.sort();
    let mut out = HandCorrected {
        expected_dir: expected_dir.display().to_string(),
        ..HandCorrected::default()
    };
    let (mut raw_p, mut raw_r, mut ours_p, mut ours_r) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for name in names {
        let (Ok(source), Ok(expected)) = (
            std::fs::read(corpus.join(&name).join("source.html")),
            std::fs::read_to_string(expected_dir.join(format!("{name}.txt"))),
        ) else {
            continue;
        };
        let body = read_html(&source)
            .map(|article| article.body)
            .unwrap_or_default();
        let (raw_precision, raw_recall) = shingle_score(&raw_main_text(&source), &expected);
        let (precision, recall) = shingle_score(&body, &expected);
        raw_p.push(raw_precision);
        raw_r.push(raw_recall);
        ours_p.push(precision);
        ours_r.push(recall);
        out.pages.push(HandCorrectedPage {
            name,
            raw_precision,
            raw_recall,
            precision,
            recall,
        });
    }
    if out.pages.is_empty() {
        return None;
    }
    out.raw_port = body_score(&raw_p, &raw_r);
    out.chronicle = body_score(&ours_p, &ours_r);
    Some(out)
}
