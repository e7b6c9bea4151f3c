//! Scores for extraction against expected output, shared by `chronicle bench-extract` and the
//! tests: 4-word shingle precision and recall of bodies (as the public article-extraction
//! benchmark scores them) and name matching for bylines. Pure: strings in, numbers out.

use serde::Serialize;
use std::collections::HashMap;

/// The scores of one reader over the corpus.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BodyScore {
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Lowercase words only, for comparing titles and names.
pub fn squash(s: &str) -> String {
    words(s).join(" ")
}

/// An expected byline that names an organisation (`BBC News`) is found when Chronicle keeps it
/// as a source or the publisher, where it belongs; a person's name must be among the authors.
pub fn byline_found(expected: &str, article: &crate::model::Article) -> bool {
    if byline_matches(expected, &article.authors) {
        return true;
    }
    let want = squash(expected);
    crate::extract::names::is_organisation(expected.trim())
        && article
            .sources
            .iter()
            .chain(article.publisher.iter())
            .any(|s| squash(s) == want)
}

/// A byline matches when every name we found appears in it, or it appears in our names.
pub fn byline_matches(expected: &str, authors: &[String]) -> bool {
    if authors.is_empty() {
        return false;
    }
    let expected = squash(expected);
    let ours = squash(&authors.join(" "));
    authors.iter().all(|a| expected.contains(&squash(a))) || ours.contains(&expected)
}

/// Lowercased word tokens (letters and digits).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let words = words(text);
    let mut out = HashMap::new();
    if words.is_empty() {
        return out;
    }
    let n = 4.min(words.len());
    for w in words.windows(n) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Precision and recall of `ours` against `expected`, over 4-word shingles counted with repeats.
pub fn shingle_score(ours: &str, expected: &str) -> (f64, f64) {
    let a = shingles(ours);
    let b = shingles(expected);
    let total_a: usize = a.values().sum();
    let total_b: usize = b.values().sum();
    if total_a == 0 && total_b == 0 {
        return (1.0, 1.0);
    }
    let common: usize = a
        .iter()
        .map(|(k, &n)| n.min(b.get(k).copied().unwrap_or(0)))
        .sum();
    let precision = if total_a == 0 {
        0.0
    } else {
        common as f64 / total_a as f64
    };
    let recall = if total_b == 0 {
        0.0
    } else {
        common as f64 / total_b as f64
    };
    (precision, recall)
}

pub fn body_score(precisions: &[f64], recalls: &[f64]) -> BodyScore {
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (precision, recall) = (mean(precisions), mean(recalls));
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    BodyScore {
        pages: precisions.len(),
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_score_overlap() {
        assert_eq!(shingle_score("a b c d e", "a b c d e"), (1.0, 1.0));
        let (p, r) = shingle_score("a b c d e f g h", "a b c d e");
        assert!((p - 0.4).abs() < 1e-9 && (r - 1.0).abs() < 1e-9);
        assert_eq!(shingle_score("", "a b c d"), (0.0, 0.0));
    }
}
