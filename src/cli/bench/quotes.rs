//! The quote and speaker passes alone, on one core: how many articles a second they read
//! (issue 14 asks at least 200 per core). Import runs them on every core at once; this times
//! them apart from reading, HTML and SQLite.

use super::corpus::Story;
use std::time::Instant;

/// How many articles are timed (stories repeat when there are fewer).
const ARTICLES: usize = 2_000;

/// Articles per second for `extract_quotes` on one thread, each story's first paragraph as the
/// lead and the rest as the body.
pub fn quote_pass_rate(stories: &[Story]) -> f64 {
    if stories.is_empty() {
        return 0.0;
    }
    let articles: Vec<(String, String)> = stories
        .iter()
        .cycle()
        .take(ARTICLES)
        .map(|s| {
            let lead = s.paras.first().cloned().unwrap_or_default();
            let body = s.paras.get(1..).unwrap_or_default().join("\n\n");
            (lead, body)
        })
        .collect();
    let started = Instant::now();
    let mut found = 0usize;
    for (lead, body) in &articles {
        found += chronicle::extract::quotes::extract_quotes(lead, body).len();
    }
    std::hint::black_box(found);
    articles.len() as f64 / started.elapsed().as_secs_f64().max(1e-9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_the_generated_stories() {
        let stories = super::super::corpus::generated_stories(50);
        assert!(quote_pass_rate(&stories) > 0.0);
        assert_eq!(quote_pass_rate(&[]), 0.0);
    }
}
