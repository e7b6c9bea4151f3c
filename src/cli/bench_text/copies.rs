//! The browser copies' half of the text scorer: whole pages and article containers copied
//! from the Readability test pages, scored against what each page declares. Apart from the
//! labelled shapes (bench_text.rs), whose labels say exactly what a copy holds.

use super::{Tally, join_lead, print_halves};
use chronicle::extract::html::text_dump;
use chronicle::extract::text::read_text;
use chronicle::scoring::{BodyScore, body_score, byline_found, shingle_score, squash};
use serde::Serialize;
use std::path::Path;

/// One kind of browser copy (whole page or article container), one half of the pages.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CopyReport {
    pub name: String,
    pub title: Tally,
    /// Scored only where the copy holds the expected title (or its start, before a site suffix).
    /// The title, or the expected title's start (it may keep a ` | Site` suffix we drop).
    pub title_prefix: Tally,
    pub byline: Tally,
    pub date_day: Tally,
    /// The same, only where some line of the copy, read alone, gives that day: the copy shows
    /// the date in a form Chronicle reads, so a miss is a wrong choice, not an absent date.
    pub date_shown: Tally,
    /// Publisher against the page's `siteName`, where the copy prints that name.
    pub publisher: Tally,
    pub body: BodyScore,
    pub misses: Vec<String>,
}

impl CopyReport {
    /// The report without its misses when `frozen`: a frozen half's misses are never shown.
    pub fn without_misses_if(mut self, frozen: bool) -> Self {
        if frozen {
            self.misses.clear();
        }
        self
    }
}

/// Scores `copies/<page>/<kind>.txt` against `corpus/<page>/`; `frozen` picks the pages in odd
/// positions among the corpus's labelled pages (sorted by name), otherwise the even ones.
pub fn score_copies(copies: &Path, corpus: &Path, kind: &str, frozen: bool) -> CopyReport {
    let mut report = CopyReport {
        name: format!("{kind} ({})", if frozen { "frozen" } else { "tuning" }),
        ..CopyReport::default()
    };
    let pages: Vec<String> = corpus_half(corpus, frozen)
        .into_iter()
        .filter(|p| copies.join(p).is_dir())
        .collect();
    let (mut precisions, mut recalls) = (Vec::new(), Vec::new());
    for page in &pages {
        let Ok(text) = std::fs::read_to_string(copies.join(page).join(format!("{kind}.txt")))
        else {
            continue;
        };
        let expected_html = std::fs::read(corpus.join(page).join("expected.html"))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        let meta: serde_json::Value =
            std::fs::read(corpus.join(page).join("expected-metadata.json"))
                .ok()
                .and_then(|b| serde_json::from_slice(&b).ok())
                .unwrap_or(serde_json::Value::Null);
        let article = read_text(&text);
        let (p, r) = shingle_score(&join_lead(&article), &text_dump(&expected_html));
        precisions.push(p);
        recalls.push(r);
        let field = |key: &str| {
            meta.get(key)
                .and_then(|v| v.as_str())
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        // Only a title the copy holds can be read from it: test pages and many sites put the
        // `<title>` nowhere in the visible text.
        let copy_lines: Vec<String> = text.lines().map(squash).collect();
        let in_copy = |want: &str| {
            let want = squash(want);
            !want.is_empty()
                && copy_lines.iter().any(|l| {
                    l.contains(&want)
                        || (!l.is_empty()
                            && want.starts_with(l.as_str())
                            && l.len() * 2 >= want.len())
                })
        };
        if let Some(title) = field("title").filter(|t| in_copy(t)) {
            let (want, got) = (squash(title), squash(&article.title));
            report.title.add(want == got);
            let prefix_ok = !got.is_empty() && want.starts_with(&got);
            report.title_prefix.add(prefix_ok);
            if !prefix_ok {
                report.misses.push(format!(
                    "{page}: title: got {:?}, want {title:?}",
                    article.title
                ));
            }
        }
        // Likewise a byline: scored where the copy names its first person.
        let byline_in_copy = |byline: &str| {
            let first = chronicle::extract::html::split_byline(byline);
            first.first().is_some_and(|name| {
                let name = squash(name);
                copy_lines.iter().any(|l| l.contains(&name))
            })
        };
        if let Some(byline) = field("byline").filter(|b| byline_in_copy(b)) {
            let ok = byline_found(byline, &article);
            report.byline.add(ok);
            if !ok {
                report.misses.push(format!(
                    "{page}: byline: got {:?}, want {byline:?}",
                    article.authors
                ));
            }
        }
        if let Some(site) = field("siteName").filter(|t| in_copy(t)) {
            let (want, got) = (
                squash(site).to_lowercase(),
                squash(article.publisher.as_deref().unwrap_or("")).to_lowercase(),
            );
            let ok = !got.is_empty() && (got.contains(&want) || want.contains(&got));
            report.publisher.add(ok);
            if !ok {
                report.misses.push(format!(
                    "{page}: publisher: got {:?}, want {site:?}",
                    article.publisher
                ));
            }
        }
        if let Some(date) = field("publishedTime") {
            let ok = article.published.as_deref().and_then(|p| p.get(..10)) == date.get(..10);
            report.date_day.add(ok);
            let shown = text.lines().any(|line| {
                chronicle::extract::dates::find_date(line.trim())
                    .is_some_and(|(_, d, _, _)| d.iso.get(..10) == date.get(..10))
            });
            if shown {
                report.date_shown.add(ok);
            }
            if !ok {
                report.misses.push(format!(
                    "{page}: published: got {:?}, want {date:?}",
                    article.published
                ));
            }
        }
    }
    report.body = body_score(&precisions, &recalls);
    report
}

/// One half of the corpus's pages: every page with an expected article, sorted by name, split
/// by position. Counting among the corpus's pages rather than among the pages that have a copy
/// keeps these halves the date labels' halves (`bench_dates`): a page that failed to render
/// must not shift every later page into the other half.
pub fn corpus_half(corpus: &Path, frozen: bool) -> Vec<String> {
    let mut pages: Vec<String> = std::fs::read_dir(corpus)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|p| corpus.join(p).join("expected.html").is_file())
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    pages
        .into_iter()
        .enumerate()
        .filter(|(i, _)| (i % 2 == 1) == frozen)
        .map(|(_, p)| p)
        .collect()
}

/// Prints the browser-copy reports as one table, a row per kind and half.
pub fn print_copies(reports: &[CopyReport], out: &mut impl std::io::Write) -> std::io::Result<()> {
    let columns = [
        ("title", 7),
        ("title(pre)", 11),
        ("byline", 7),
        ("same day", 9),
        ("shown", 7),
        ("publisher", 9),
    ];
    let rows = reports.iter().map(|r| {
        let fields = [
            r.title,
            r.title_prefix,
            r.byline,
            r.date_day,
            r.date_shown,
            r.publisher,
        ];
        (
            r.name.as_str(),
            r.body.pages,
            fields.map(|t| t.percent()),
            r.body.f1,
        )
    });
    print_halves(out, ("browser text copies", "pages"), &columns, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_count_the_corpus_pages_not_the_pages_with_a_copy() {
        let corpus = tempfile::tempdir().expect("temp dir");
        for page in ["a", "b", "c", "d"] {
            std::fs::create_dir(corpus.path().join(page)).expect("page dir");
            std::fs::write(corpus.path().join(page).join("expected.html"), "<p>x</p>")
                .expect("expected");
        }
        // A folder without an expected article is no page of the corpus.
        std::fs::create_dir(corpus.path().join("notes")).expect("dir");
        assert_eq!(corpus_half(corpus.path(), false), ["a", "c"]);
        assert_eq!(corpus_half(corpus.path(), true), ["b", "d"]);
        // Page "a" has no copy: "b" stays frozen, as it is for the date labels.
        let copies = tempfile::tempdir().expect("temp dir");
        for page in ["b", "c", "d"] {
            std::fs::create_dir(copies.path().join(page)).expect("copy dir");
            std::fs::write(
                copies.path().join(page).join("full.txt"),
                "Title\n\nBody.\n",
            )
            .expect("copy");
        }
        assert_eq!(
            score_copies(copies.path(), corpus.path(), "full", true)
                .body
                .pages,
            2
        );
    }
}
