//! Field accuracy of the plain-text reader on material it was not written against:
//!
//! - **Shapes**: labelled text copies written as other sites write them
//!   (`tests/fixtures/text-shapes/{frozen,tuning}/NAME.txt` with `NAME.json`). The frozen half was
//!   written before the rules it measures and is never tuned on; the two halves are reported apart.
//! - **Browser copies** of the Readability test pages (`scripts/text-copies.py`): the whole page
//!   (`full.txt`, Select All + Copy) and the article's container (`article.txt`), scored against the
//!   page's `expected-metadata.json` and `expected.html`. Pages in odd positions (sorted by name)
//!   are the frozen half.

use chronicle::extract::html::text_dump;
use chronicle::extract::text::read_text;
use chronicle::model::Article;
use chronicle::scoring::{BodyScore, body_score, byline_found, shingle_score, squash};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// What a labelled shape should read as. `published` is as precise as the file states it
/// (`2024-07-16T09:04`); `None` fields mean the file does not say.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ShapeLabels {
    pub title: String,
    pub category: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub publisher: Option<String>,
    pub sources: Option<Vec<String>>,
    pub body: String,
}

/// Hits out of files, per field.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Tally {
    pub right: usize,
    pub of: usize,
}

impl Tally {
    pub fn add(&mut self, ok: bool) {
        self.of += 1;
        self.right += usize::from(ok);
    }

    pub fn percent(&self) -> f64 {
        if self.of == 0 {
            0.0
        } else {
            100.0 * self.right as f64 / self.of as f64
        }
    }
}

/// One half of the labelled shapes.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ShapeReport {
    pub name: String,
    pub title: Tally,
    pub category: Tally,
    pub authors: Tally,
    pub published: Tally,
    pub publisher: Tally,
    pub sources: Tally,
    pub body: BodyScore,
    /// `file: field: got X, want Y` for every miss.
    pub misses: Vec<String>,
}

/// The names of the labelled files in `dir`: every `NAME.<extension>` with a `NAME.json`
/// beside it, sorted.
pub fn labelled_names(dir: &Path, extension: &str) -> Vec<String> {
    let suffix = format!(".{extension}");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.strip_suffix(suffix.as_str()).map(str::to_string)
                })
                .filter(|name| dir.join(format!("{name}.json")).is_file())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Scores every `NAME.txt` with a `NAME.json` in `dir`.
pub fn score_shapes(dir: &Path) -> ShapeReport {
    let names = labelled_names(dir, "txt");
    let mut report = ShapeReport {
        name: dir.display().to_string(),
        ..ShapeReport::default()
    };
    let (mut precisions, mut recalls) = (Vec::new(), Vec::new());
    for name in names {
        let (Ok(text), Ok(labels)) = (
            std::fs::read_to_string(dir.join(format!("{name}.txt"))),
            std::fs::read(dir.join(format!("{name}.json"))),
        ) else {
            continue;
        };
        let Ok(labels) = serde_json::from_slice::<ShapeLabels>(&labels) else {
            report.misses.push(format!("{name}: unreadable labels"));
            continue;
        };
        let article = read_text(&text);
        let (p, r) = shingle_score(&join_lead(&article), &labels.body);
        precisions.push(p);
        recalls.push(r);
        score_fields(&name, &article, &labels, &mut report);
    }
    report.body = body_score(&precisions, &recalls);
    report
}

fn join_lead(article: &Article) -> String {
    if article.lead.is_empty() {
        article.body.clone()
    } else {
        format!("{}\n\n{}", article.lead, article.body)
    }
}

fn score_fields(name: &str, got: &Article, want: &ShapeLabels, report: &mut ShapeReport) {
    let mut check =
        |field: &str, tally: fn(&mut ShapeReport) -> &mut Tally, ok: bool, g: String, w: String| {
            tally(report).add(ok);
            if !ok {
                report
                    .misses
                    .push(format!("{name}: {field}: got {g:?}, want {w:?}"));
            }
        };
    check(
        "title",
        |r| &mut r.title,
        squash(&got.title) == squash(&want.title),
        got.title.clone(),
        want.title.clone(),
    );
    let same_opt = |a: &Option<String>, b: &Option<String>| {
        a.as_deref().map(squash).unwrap_or_default() == b.as_deref().map(squash).unwrap_or_default()
    };
    check(
        "category",
        |r| &mut r.category,
        same_opt(&got.category, &want.category),
        format!("{:?}", got.category),
        format!("{:?}", want.category),
    );
    let names = |v: &[String]| {
        let mut v: Vec<String> = v.iter().map(|n| squash(n)).collect();
        v.sort();
        v
    };
    check(
        "authors",
        |r| &mut r.authors,
        names(&got.authors) == names(&want.authors),
        got.authors.join("; "),
        want.authors.join("; "),
    );
    check(
        "published",
        |r| &mut r.published,
        same_moment(got.published.as_deref(), want.published.as_deref()),
        format!("{:?}", got.published),
        format!("{:?}", want.published),
    );
    check(
        "publisher",
        |r| &mut r.publisher,
        same_opt(&got.publisher, &want.publisher),
        format!("{:?}", got.publisher),
        format!("{:?}", want.publisher),
    );
    if let Some(sources) = &want.sources {
        check(
            "sources",
            |r| &mut r.sources,
            names(&got.sources) == names(sources),
            got.sources.join("; "),
            sources.join("; "),
        );
    }
}

/// Equal to the precision the label gives: the minute when it has a time, else the day.
pub fn same_moment(got: Option<&str>, want: Option<&str>) -> bool {
    match (got, want) {
        (None, None) => true,
        (Some(g), Some(w)) => {
            let n = if w.len() >= 16 { 16 } else { 10 };
            g.get(..n).is_some() && g.get(..n) == w.get(..n)
        }
        _ => false,
    }
}

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

/// Scores `copies/<page>/<kind>.txt` against `corpus/<page>/`; `frozen` picks the odd-numbered
/// pages (sorted by name), otherwise the even ones.
pub fn score_copies(copies: &Path, corpus: &Path, kind: &str, frozen: bool) -> CopyReport {
    let mut pages: Vec<String> = std::fs::read_dir(copies)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|p| corpus.join(p).join("expected.html").is_file())
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    let mut report = CopyReport {
        name: format!("{kind} ({})", if frozen { "frozen" } else { "tuning" }),
        ..CopyReport::default()
    };
    let (mut precisions, mut recalls) = (Vec::new(), Vec::new());
    for (i, page) in pages.iter().enumerate() {
        if (i % 2 == 1) != frozen {
            continue;
        }
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

/// Prints the shape reports as one table, a row per half.
pub fn print_shapes(reports: &[ShapeReport], out: &mut impl std::io::Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<34} {:>5} {:>7} {:>8} {:>8} {:>10} {:>10} {:>8} {:>7}",
        "text shapes",
        "files",
        "title",
        "category",
        "authors",
        "published",
        "publisher",
        "sources",
        "body F1"
    )?;
    for r in reports {
        writeln!(
            out,
            "{:<34} {:>5} {:>6.1}% {:>7.1}% {:>7.1}% {:>9.1}% {:>9.1}% {:>7.1}% {:>7.3}",
            r.name,
            r.title.of,
            r.title.percent(),
            r.category.percent(),
            r.authors.percent(),
            r.published.percent(),
            r.publisher.percent(),
            r.sources.percent(),
            r.body.f1
        )?;
    }
    Ok(())
}

/// Prints the browser-copy reports as one table, a row per kind and half.
pub fn print_copies(reports: &[CopyReport], out: &mut impl std::io::Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<34} {:>5} {:>7} {:>11} {:>7} {:>9} {:>7} {:>9} {:>7}",
        "browser text copies",
        "pages",
        "title",
        "title(pre)",
        "byline",
        "same day",
        "shown",
        "publisher",
        "body F1"
    )?;
    for r in reports {
        writeln!(
            out,
            "{:<34} {:>5} {:>6.1}% {:>10.1}% {:>6.1}% {:>8.1}% {:>6.1}% {:>8.1}% {:>7.3}",
            r.name,
            r.body.pages,
            r.title.percent(),
            r.title_prefix.percent(),
            r.byline.percent(),
            r.date_day.percent(),
            r.date_shown.percent(),
            r.publisher.percent(),
            r.body.f1
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_compare_at_the_labels_precision() {
        assert!(same_moment(
            Some("2024-07-16T09:04:00+00:00"),
            Some("2024-07-16T09:04")
        ));
        assert!(!same_moment(Some("2024-07-16"), Some("2024-07-16T09:04")));
        assert!(same_moment(Some("2024-07-16T09:04"), Some("2024-07-16")));
        assert!(same_moment(None, None));
        assert!(!same_moment(Some("2024-07-16"), None));
    }
}
