//! The quotes and speakers found in the unlabelled Reuters-21578 stories of
//! `../shared/corpora/`, printed one per line for a before/after diff when a speaker rule
//! changes (issue 14: every rule is checked for side effects on stories nobody labelled).
//! Run with `cargo test --lib unlabelled_reuters -- --ignored --nocapture 2> out.tsv`. Also
//! the most-quoted "people" of the saved real pages, for a look.

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::Path;

use super::extract_quotes;

#[derive(serde::Deserialize)]
struct Story {
    id: u64,
    paras: Vec<String>,
}

/// Ids of the stories in the labelled set (`r-<id>.json`), left out of the check.
fn labelled_ids(root: &Path) -> HashSet<u64> {
    super::labelled::HALVES
        .iter()
        .filter_map(|half| std::fs::read_dir(root.join(half)).ok())
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_prefix("r-")?.strip_suffix(".json")?.parse().ok()
        })
        .collect()
}

#[test]
#[ignore]
fn unlabelled_reuters_quotes() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = manifest.join("../shared/corpora/reuters21578/reuters21578.jsonl.gz");
    let Ok(file) = std::fs::File::open(&corpus) else {
        eprintln!("skipping: {} not found", corpus.display());
        return;
    };
    let skip = labelled_ids(&manifest.join("tests/fixtures/quotes-labelled"));
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let (mut stories, mut quotes) = (0, 0);
    for line in reader.lines().map_while(Result::ok) {
        let Ok(story) = serde_json::from_str::<Story>(&line) else {
            continue;
        };
        // As the labelled files are made: paragraphs kept, the closing `REUTER` dropped.
        let paras: Vec<&str> = story
            .paras
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty() && *p != "REUTER")
            .collect();
        if skip.contains(&story.id) || !paras.iter().any(|p| p.contains('"')) {
            continue;
        }
        let Some((lead, rest)) = paras.split_first() else {
            continue;
        };
        stories += 1;
        for q in extract_quotes(lead, &rest.join("\n\n")) {
            quotes += 1;
            let text: String = q.text.chars().take(60).collect();
            eprintln!(
                "Q\t{}\t{}\t{}\t{:?}",
                story.id,
                text,
                q.speaker.as_deref().unwrap_or("-"),
                q.speaker_kind
            );
        }
    }
    eprintln!("{stories} stories, {quotes} quotes");
}

/// The most-quoted "people" on the saved pages of `../shared/corpora/readability-test-pages`
/// (130 real pages), printed for a look: issue 14 asks that none of the top 50 be a pronoun, a
/// description, a place, an organisation or a page fragment. Also counts events taken from
/// reference lists (`Retrieved …`). Run with `--ignored --nocapture`.
#[test]
#[ignore]
fn most_quoted_people_on_real_pages() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/readability-test-pages");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipping: {} not found", dir.display());
        return;
    };
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    let mut retrieved = 0;
    for e in entries.filter_map(Result::ok) {
        let Ok(bytes) = std::fs::read(e.path().join("source.html")) else {
            continue;
        };
        let Ok(found) = crate::extract::extract("source.html", &bytes) else {
            continue;
        };
        for x in found {
            retrieved += x
                .article
                .events
                .iter()
                .filter(|ev| ev.text.contains("Retrieved"))
                .count();
            for q in &x.article.quotes {
                if q.speaker_kind == crate::model::SpeakerKind::Person {
                    *counts
                        .entry(q.speaker.clone().unwrap_or_default())
                        .or_default() += 1;
                }
            }
        }
    }
    let mut people: Vec<_> = counts.into_iter().collect();
    people.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (name, n) in people.iter().take(50) {
        eprintln!("{n:4} {name}");
    }
    eprintln!("events from reference lists: {retrieved}");
}

/// One labelled article's quotes with their speakers, kinds and how each was found, for
/// reading a miss closely: `QUOTES_FILE=tests/fixtures/quotes-labelled/seen/r-1.json cargo
/// test --lib one_labelled_article -- --ignored --nocapture`. Refuses the frozen parts.
#[test]
#[ignore]
fn one_labelled_article() {
    let Ok(path) = std::env::var("QUOTES_FILE") else {
        eprintln!("skipping: QUOTES_FILE not set");
        return;
    };
    assert!(!path.contains("frozen"), "the frozen parts stay unread");
    #[derive(serde::Deserialize)]
    struct Article {
        lead: String,
        body: String,
    }
    let text = std::fs::read_to_string(&path).expect("readable file");
    let a: Article = serde_json::from_str(&text).expect("a labelled article");
    for q in extract_quotes(&a.lead, &a.body) {
        let text: String = q.text.chars().take(50).collect();
        eprintln!(
            "{text:50} | {:?} | {:?} | {:?}",
            q.speaker, q.speaker_kind, q.attribution
        );
    }
}
