//! Field accuracy of the plain-text reader on material it was not written against:
//!
//! - **Shapes**: labelled text copies written as other sites write them
//!   (`tests/fixtures/text-shapes/{frozen,tuning}/NAME.txt` with `NAME.json`; Markdown files,
//!   `NAME.md`, in `md-shapes/`, read by the Markdown reader). The frozen half was
//!   written before the rules it measures and is never tuned on; the two halves are reported apart.
//! - **Browser copies** of the Readability test pages (`scripts/text-copies.py`): the whole page
//!   (`full.txt`, Select All + Copy) and the article's container (`article.txt`), scored against the
//!   page's `expected-metadata.json` and `expected.html`. Pages in odd positions among the
//!   corpus's pages (sorted by name) are the frozen half, the date labels' halves
//!   (bench_text/copies.rs).

use chronicle::extract::markdown::read_markdown;
use chronicle::extract::text::read_text;
use chronicle::model::Article;
use chronicle::scoring::{BodyScore, body_score, shingle_score, squash};
use serde::{Deserialize, Serialize};
use std::path::Path;

mod copies;
pub use copies::{CopyReport, corpus_half, print_copies, score_copies};

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

/// Scores every `NAME.txt` (read as plain text) and `NAME.md` (read as Markdown) with a
/// `NAME.json` in `dir`.
pub fn score_shapes(dir: &Path) -> ShapeReport {
    let mut files: Vec<(String, &str)> = labelled_names(dir, "txt")
        .into_iter()
        .map(|name| (name, "txt"))
        .chain(
            labelled_names(dir, "md")
                .into_iter()
                .map(|name| (name, "md")),
        )
        .collect();
    files.sort();
    let mut report = ShapeReport {
        name: dir.display().to_string(),
        ..ShapeReport::default()
    };
    let (mut precisions, mut recalls) = (Vec::new(), Vec::new());
    for (name, extension) in files {
        let (Ok(text), Ok(labels)) = (
            std::fs::read_to_string(dir.join(format!("{name}.{extension}"))),
            std::fs::read(dir.join(format!("{name}.json"))),
        ) else {
            continue;
        };
        let Ok(labels) = serde_json::from_slice::<ShapeLabels>(&labels) else {
            report.misses.push(format!("{name}: unreadable labels"));
            continue;
        };
        let article = if extension == "md" {
            read_markdown(&text)
        } else {
            read_text(&text)
        };
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

/// Prints the shape reports as one table, a row per half.
pub fn print_shapes(reports: &[ShapeReport], out: &mut impl std::io::Write) -> std::io::Result<()> {
    let columns = [
        ("title", 7),
        ("category", 8),
        ("authors", 8),
        ("published", 10),
        ("publisher", 10),
        ("sources", 8),
    ];
    let rows = reports.iter().map(|r| {
        let fields = [
            r.title,
            r.category,
            r.authors,
            r.published,
            r.publisher,
            r.sources,
        ];
        (
            r.name.as_str(),
            r.title.of,
            fields.map(|t| t.percent()),
            r.body.f1,
        )
    });
    print_halves(out, ("text shapes", "files"), &columns, rows)
}

/// One table of scored halves, shared by the text tables so their columns line up alike: a
/// name, a count, percent columns (a name and a width; the figure one narrower, then `%`)
/// and the body's F1.
fn print_halves<'a, const N: usize>(
    out: &mut impl std::io::Write,
    (title, count): (&str, &str),
    columns: &[(&str, usize); N],
    rows: impl Iterator<Item = (&'a str, usize, [f64; N], f64)>,
) -> std::io::Result<()> {
    write!(out, "{title:<34} {count:>5}")?;
    for (name, width) in columns {
        write!(out, " {name:>width$}")?;
    }
    writeln!(out, " {:>7}", "body F1")?;
    for (name, n, percents, f1) in rows {
        write!(out, "{name:<34} {n:>5}")?;
        for (percent, (_, width)) in percents.iter().zip(columns) {
            write!(out, " {percent:>w$.1}%", w = width - 1)?;
        }
        writeln!(out, " {f1:>7.3}")?;
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

    /// The tables' layout is read by people and scripts comparing rounds: it stays as it was.
    #[test]
    fn the_tables_keep_their_columns() {
        let tally = Tally { right: 2, of: 3 };
        let body = BodyScore {
            pages: 3,
            precision: 0.9,
            recall: 0.8,
            f1: 0.847,
        };
        let shapes = ShapeReport {
            name: "tuning".into(),
            title: tally,
            category: tally,
            authors: Tally { right: 3, of: 3 },
            published: tally,
            publisher: Tally { right: 0, of: 3 },
            sources: tally,
            body: body.clone(),
            misses: Vec::new(),
        };
        let copies = CopyReport {
            name: "full (tuning)".into(),
            title: tally,
            title_prefix: Tally { right: 3, of: 3 },
            byline: tally,
            date_day: tally,
            date_shown: Tally { right: 1, of: 1 },
            publisher: Tally::default(),
            body,
            misses: Vec::new(),
        };
        let mut out = Vec::new();
        print_shapes(&[shapes], &mut out).expect("print");
        print_copies(&[copies], &mut out).expect("print");
        let want = [
            "text shapes                        files   title category  authors  published  publisher  sources body F1",
            "tuning                                 3   66.7%    66.7%   100.0%      66.7%       0.0%    66.7%   0.847",
            "browser text copies                pages   title  title(pre)  byline  same day   shown publisher body F1",
            "full (tuning)                          3   66.7%      100.0%   66.7%     66.7%  100.0%      0.0%   0.847",
        ];
        assert_eq!(String::from_utf8_lossy(&out), want.join("\n") + "\n");
    }
}
