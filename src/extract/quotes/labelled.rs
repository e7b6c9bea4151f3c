//! The labelled set in `tests/fixtures/quotes/*.json`: quote precision, recall and F1, and
//! speaker accuracy on matched quotes. See `tests/fixtures/quotes/README.md` for the format.

use serde::Deserialize;

use super::extract_quotes;

/// The bars the current rules reach; a change that drops below them is a regression.
const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.95;
const MIN_F1: f64 = 0.95;
const MIN_SPEAKER_ACCURACY: f64 = 0.95;
/// A prediction matches a label when their texts overlap by this share of the shorter one.
const MIN_OVERLAP: f64 = 0.8;

#[derive(Deserialize)]
struct Labelled {
    #[serde(default)]
    lead: String,
    #[serde(default)]
    body: String,
    quotes: Vec<LabelledQuote>,
}

#[derive(Deserialize)]
struct LabelledQuote {
    text: String,
    speaker: Option<String>,
}

/// Characters shared by the two texts' longest common run, over the shorter length. The texts
/// come from the same article, so a common run is a fair stand-in for an offset overlap.
fn overlap(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        return 0.0;
    }
    let mut best = 0;
    let mut row = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        let mut prev_diag = 0;
        for j in 1..=b.len() {
            let above = row[j];
            row[j] = if a[i - 1] == b[j - 1] {
                prev_diag + 1
            } else {
                0
            };
            best = best.max(row[j]);
            prev_diag = above;
        }
    }
    best as f64 / shorter as f64
}

fn same_speaker(predicted: Option<&str>, labelled: Option<&str>) -> bool {
    let norm = |s: Option<&str>| {
        s.map(|s| {
            s.trim()
                .to_lowercase()
                .trim_start_matches("the ")
                .to_string()
        })
    };
    norm(predicted) == norm(labelled)
}

#[test]
fn labelled_set_scores() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut extract_time = std::time::Duration::ZERO;
    let (mut tp, mut predicted_total, mut labelled_total, mut speaker_ok) =
        (0usize, 0usize, 0usize, 0usize);
    for path in &files {
        let text = std::fs::read_to_string(path).expect("fixture");
        let article: Labelled =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let started = std::time::Instant::now();
        let predicted = extract_quotes(&article.lead, &article.body);
        extract_time += started.elapsed();
        predicted_total += predicted.len();
        labelled_total += article.quotes.len();
        let mut used = vec![false; predicted.len()];
        for label in &article.quotes {
            let hit = predicted
                .iter()
                .enumerate()
                .find(|(i, p)| !used[*i] && overlap(&p.text, &label.text) >= MIN_OVERLAP);
            match hit {
                Some((i, p)) => {
                    used[i] = true;
                    tp += 1;
                    if same_speaker(p.speaker.as_deref(), label.speaker.as_deref()) {
                        speaker_ok += 1;
                    } else {
                        eprintln!(
                            "{}: speaker {:?}, labelled {:?} for {:?}",
                            path.display(),
                            p.speaker,
                            label.speaker,
                            label.text
                        );
                    }
                }
                None => eprintln!("{}: missed {:?}", path.display(), label.text),
            }
        }
        for (p, used) in predicted.iter().zip(&used) {
            if !used {
                eprintln!(
                    "{}: extra {:?} ({:?}, {:?})",
                    path.display(),
                    p.text,
                    p.kind,
                    p.speaker
                );
            }
        }
    }
    let precision = tp as f64 / predicted_total.max(1) as f64;
    let recall = tp as f64 / labelled_total.max(1) as f64;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let speaker_accuracy = speaker_ok as f64 / tp.max(1) as f64;
    eprintln!(
        "quotes labelled set: {} articles, {labelled_total} quotes; precision {precision:.3}, recall {recall:.3}, F1 {f1:.3}, speaker accuracy {speaker_accuracy:.3}",
        files.len()
    );
    // Reported, never asserted: timings depend on the machine and the build profile.
    eprintln!(
        "quotes throughput: {:.0} articles/s ({} articles in {:?})",
        files.len() as f64 / extract_time.as_secs_f64().max(1e-9),
        files.len(),
        extract_time
    );
    assert!(
        precision >= MIN_PRECISION,
        "precision {precision:.3} below {MIN_PRECISION}"
    );
    assert!(
        recall >= MIN_RECALL,
        "recall {recall:.3} below {MIN_RECALL}"
    );
    assert!(f1 >= MIN_F1, "F1 {f1:.3} below {MIN_F1}");
    assert!(
        speaker_accuracy >= MIN_SPEAKER_ACCURACY,
        "speaker accuracy {speaker_accuracy:.3} below {MIN_SPEAKER_ACCURACY}"
    );
}
