//! Labelled sets of quotes and speakers, scored: quote precision, recall and F1; speaker
//! accuracy on matched quotes (and on those whose labelled speaker is named); quote-and-speaker
//! F1 (a quote counts only with its right speaker); recall on quotes of one to three words.
//!
//! - `tests/fixtures/quotes/*.json`: the set the rules were written on (see its README).
//! - `tests/fixtures/quotes-labelled/{tuning,seen,seen2,seen3,seen4,seen5,seen6,seen7,seen8,seen9,seen10,seen11,seen12,seen13,seen14,seen15,seen16,frozen17,frozen18,frozen19}/*.json`: real and varied
//!   articles labelled before any rule was tuned on them, each part reported apart. `seen` was
//!   frozen until session 11, `seen2` until session 12 and `seen3` until session 13; they are
//!   now tuned on; the `frozen*` parts never are.

use serde::Deserialize;
use std::path::Path;

use super::extract_quotes;

mod floors;
pub(super) use floors::HALVES;
use floors::{
    FROZEN17_FLOORS, FROZEN18_FLOORS, FROZEN19_FLOORS, SEEN_FLOORS, SEEN2_FLOORS, SEEN3_FLOORS,
    SEEN4_FLOORS, SEEN5_FLOORS, SEEN6_FLOORS, SEEN7_FLOORS, SEEN8_FLOORS, SEEN9_FLOORS,
    SEEN10_FLOORS, SEEN11_FLOORS, SEEN12_FLOORS, SEEN13_FLOORS, SEEN14_FLOORS, SEEN15_FLOORS,
    SEEN16_FLOORS, TUNING_FLOORS,
};

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
    /// `person`, `organisation`, `description` or `unresolved` (the newer sets only).
    #[serde(default)]
    speaker_kind: Option<String>,
}

/// What one folder scored.
#[derive(Debug, Default)]
struct Scores {
    articles: usize,
    labelled: usize,
    predicted: usize,
    matched: usize,
    speaker_right: usize,
    named: usize,
    named_right: usize,
    short: usize,
    short_found: usize,
    /// Matched quotes whose label has a `speaker_kind`, and those given that kind.
    kinds: usize,
    kinds_right: usize,
    /// Wrong speakers that are part of the right name (a surname for the full name).
    part_name: usize,
}

impl Scores {
    fn precision(&self) -> f64 {
        self.matched as f64 / self.predicted.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.matched as f64 / self.labelled.max(1) as f64
    }
    fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    fn speaker_accuracy(&self) -> f64 {
        self.speaker_right as f64 / self.matched.max(1) as f64
    }
    fn kind_accuracy(&self) -> f64 {
        self.kinds_right as f64 / self.kinds.max(1) as f64
    }
    fn named_speaker_accuracy(&self) -> f64 {
        self.named_right as f64 / self.named.max(1) as f64
    }
    /// F1 where a quote is right only with its speaker.
    fn quote_and_speaker_f1(&self) -> f64 {
        f1(
            self.speaker_right as f64 / self.predicted.max(1) as f64,
            self.speaker_right as f64 / self.labelled.max(1) as f64,
        )
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name}: {} articles, {} quotes; precision {:.3}, recall {:.3}, F1 {:.3}, speaker \
             accuracy {:.3} (named {:.3} of {}), quote-and-speaker F1 {:.3}, 1-3 word recall {:.3} \
             ({} quotes), speaker-kind accuracy {:.3} ({} quotes), {} wrong speakers part of the right \
             name",
            self.articles,
            self.labelled,
            self.precision(),
            self.recall(),
            self.f1(),
            self.speaker_accuracy(),
            self.named_speaker_accuracy(),
            self.named,
            self.quote_and_speaker_f1(),
            self.short_found as f64 / self.short.max(1) as f64,
            self.short,
            self.kind_accuracy(),
            self.kinds,
            self.part_name
        )
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
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

/// A speaker's name as the scorer compares it: case, a leading `the`, a leading honorific
/// (`Mr`, `Dr`…), a generational suffix (`Jr.`), curly apostrophes, dots and spacing do not
/// count. A surname alone against the full name still does: the guideline asks for the
/// fullest name the article gives, and the People view keeps `Smith` and `John Smith` apart.
fn speaker_key(name: &str) -> String {
    let lower = name
        .trim()
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'");
    let mut words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    if words.len() > 1 && matches!(words[0], "mr" | "mrs" | "ms" | "dr" | "sir" | "dame") {
        words.remove(0);
    }
    if words.len() > 2 {
        if let Some(last) = words.last().map(|w| w.trim_start_matches(',')) {
            if matches!(last, "jr" | "sr" | "ii" | "iii") {
                words.pop();
            }
        }
    }
    let joined = words.join(" ");
    joined.trim_end_matches(',').to_string()
}

fn same_speaker(predicted: Option<&str>, labelled: Option<&str>) -> bool {
    predicted.map(speaker_key) == labelled.map(speaker_key)
}

/// Whether a wrong speaker is part of the right name (`Baker` for `Howard Baker`): counted
/// apart so the report shows how many errors are only the shorter form.
fn part_of_name(predicted: Option<&str>, labelled: Option<&str>) -> bool {
    let (Some(p), Some(l)) = (predicted.map(speaker_key), labelled.map(speaker_key)) else {
        return false;
    };
    let label_words: Vec<&str> = l.split(' ').collect();
    !p.is_empty() && p != l && p.split(' ').all(|w| label_words.contains(&w))
}

/// Scores every `*.json` in `dir`, printing each miss when `show_errors` (never for a frozen
/// part: its individual errors must stay unseen while rules are tuned).
fn score_dir(dir: &Path, show_errors: bool) -> Scores {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut s = Scores::default();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("fixture");
        let article: Labelled =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let predicted = extract_quotes(&article.lead, &article.body);
        s.articles += 1;
        s.predicted += predicted.len();
        s.labelled += article.quotes.len();
        let mut used = vec![false; predicted.len()];
        for label in &article.quotes {
            let named = label.speaker.is_some()
                && matches!(
                    label.speaker_kind.as_deref(),
                    None | Some("person") | Some("organisation")
                );
            let short = label.text.split_whitespace().count() <= 3;
            s.named += usize::from(named);
            s.short += usize::from(short);
            let hit = predicted
                .iter()
                .enumerate()
                .find(|(i, p)| !used[*i] && overlap(&p.text, &label.text) >= MIN_OVERLAP);
            let Some((i, p)) = hit else {
                if show_errors {
                    eprintln!("{}: missed {:?}", path.display(), label.text);
                }
                continue;
            };
            used[i] = true;
            s.matched += 1;
            if let Some(kind) = label.speaker_kind.as_deref() {
                s.kinds += 1;
                if p.speaker_kind.as_str() == kind {
                    s.kinds_right += 1;
                } else if show_errors {
                    eprintln!(
                        "{}: kind {:?}, labelled {kind} for {:?} ({:?})",
                        path.display(),
                        p.speaker_kind,
                        label.text,
                        p.speaker
                    );
                }
            }
            s.short_found += usize::from(short);
            if same_speaker(p.speaker.as_deref(), label.speaker.as_deref()) {
                s.speaker_right += 1;
                s.named_right += usize::from(named);
            } else {
                s.part_name +=
                    usize::from(part_of_name(p.speaker.as_deref(), label.speaker.as_deref()));
                if show_errors {
                    eprintln!(
                        "{}: speaker {:?}, labelled {:?} for {:?}",
                        path.display(),
                        p.speaker,
                        label.speaker,
                        label.text
                    );
                }
            }
        }
        for (p, used) in predicted.iter().zip(&used) {
            if !used && show_errors {
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
    s
}

#[test]
fn the_scorer_ignores_case_honorifics_and_suffixes_but_not_a_missing_first_name() {
    assert!(same_speaker(Some("Herb Mee"), Some("Herb Mee Jr.")));
    assert!(same_speaker(Some("A. W. Clausen"), Some("A.W. Clausen")));
    assert!(same_speaker(Some("the Bundesbank"), Some("Bundesbank")));
    assert!(same_speaker(Some("Dr Shadlen"), Some("shadlen")));
    assert!(same_speaker(Some("O\u{2019}Neill"), Some("O'Neill")));
    assert!(same_speaker(None, None));
    assert!(!same_speaker(None, Some("Howard Baker")));
    assert!(!same_speaker(Some("Baker"), Some("Howard Baker")));
    assert!(part_of_name(Some("Baker"), Some("Howard Baker")));
    assert!(!part_of_name(Some("James Baker"), Some("Howard Baker")));
}

/// The set the rules were written on: the bars the current rules reach.
#[test]
fn labelled_set_scores() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes");
    let started = std::time::Instant::now();
    let s = score_dir(&dir, true);
    eprintln!("{}", s.line("quotes labelled set"));
    // Reported, never asserted: timings depend on the machine and the build profile.
    eprintln!("scored in {:?}", started.elapsed());
    assert!(s.articles >= 40, "only {} articles", s.articles);
    for (name, value, floor) in [
        ("precision", s.precision(), 0.95),
        ("recall", s.recall(), 0.95),
        ("F1", s.f1(), 0.95),
        ("speaker accuracy", s.speaker_accuracy(), 0.95),
    ] {
        assert!(value >= floor, "{name} {value:.3} below {floor}");
    }
}

/// Prints how many articles a second the quote and speaker passes take on one core, over both
/// halves read into memory. Reported, never asserted: the test profile is unoptimised, so the
/// release figure is higher still (issue 14 asks for 200 a second per core).
fn report_speed(root: &Path) {
    let mut articles: Vec<(String, String)> = Vec::new();
    for half in HALVES {
        let Ok(entries) = std::fs::read_dir(root.join(half)) else {
            continue;
        };
        for e in entries.filter_map(Result::ok) {
            let Ok(text) = std::fs::read_to_string(e.path()) else {
                continue;
            };
            if let Ok(a) = serde_json::from_str::<Labelled>(&text) {
                articles.push((a.lead, a.body));
            }
        }
    }
    let started = std::time::Instant::now();
    let mut quotes = 0;
    for (lead, body) in &articles {
        quotes += extract_quotes(lead, body).len();
    }
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    eprintln!(
        "quote and speaker passes: {} articles ({quotes} quotes) in {:.3} s, {:.0} articles/s on one core",
        articles.len(),
        secs,
        articles.len() as f64 / secs
    );
}

/// Real and varied articles labelled before the rules were tuned on them: all parts printed,
/// each held at the figures reached (issue 14 raises them). A part is scored only where its
/// folder exists (frozen parts are labelled on their own branches and merged in).
#[test]
fn labelled_real_articles_score() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes-labelled");
    if !root.join("seen").is_dir() {
        eprintln!("skipping: {} not found", root.display());
        return;
    }
    report_speed(&root);
    // Every part is printed before any floor is checked: a failure shows all three lines.
    let mut below = Vec::new();
    for (half, floors) in [
        ("tuning", TUNING_FLOORS),
        ("seen", SEEN_FLOORS),
        ("seen2", SEEN2_FLOORS),
        ("seen3", SEEN3_FLOORS),
        ("seen4", SEEN4_FLOORS),
        ("seen5", SEEN5_FLOORS),
        ("seen6", SEEN6_FLOORS),
        ("seen7", SEEN7_FLOORS),
        ("seen8", SEEN8_FLOORS),
        ("seen9", SEEN9_FLOORS),
        ("seen10", SEEN10_FLOORS),
        ("seen11", SEEN11_FLOORS),
        ("seen12", SEEN12_FLOORS),
        ("seen13", SEEN13_FLOORS),
        ("seen14", SEEN14_FLOORS),
        ("seen15", SEEN15_FLOORS),
        ("seen16", SEEN16_FLOORS),
        ("frozen17", FROZEN17_FLOORS),
        ("frozen18", FROZEN18_FLOORS),
        ("frozen19", FROZEN19_FLOORS),
    ] {
        if !root.join(half).is_dir() {
            continue;
        }
        let s = score_dir(&root.join(half), !half.starts_with("frozen"));
        eprintln!("{}", s.line(half));
        for (name, value, floor) in [
            ("precision", s.precision(), floors[0]),
            ("recall", s.recall(), floors[1]),
            (
                "named-speaker accuracy",
                s.named_speaker_accuracy(),
                floors[2],
            ),
            ("quote-and-speaker F1", s.quote_and_speaker_f1(), floors[3]),
            ("speaker-kind accuracy", s.kind_accuracy(), floors[4]),
        ] {
            if value < floor {
                below.push(format!("{half}: {name} {value:.3} below {floor}"));
            }
        }
    }
    assert!(below.is_empty(), "{}", below.join("; "));
}

/// The parts rules may be tuned on (`tuning`, `seen` to `seen16`), with every miss printed: what
/// rules are written from, without the frozen parts' figures being read each time. Run with
/// `--ignored --nocapture`.
#[test]
#[ignore]
fn tuning_half_errors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes-labelled");
    for half in [
        "tuning", "seen", "seen2", "seen3", "seen4", "seen5", "seen6", "seen7", "seen8", "seen9",
        "seen10", "seen11", "seen12", "seen13", "seen14", "seen15", "seen16",
    ] {
        let s = score_dir(&root.join(half), true);
        eprintln!("{}", s.line(half));
    }
}
