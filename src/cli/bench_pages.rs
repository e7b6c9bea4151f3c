//! Field accuracy of the saved-page reader on labelled pages it was not written against
//! (`tests/fixtures/html-shapes*/{tuning,seen,frozen}/NAME.html` with `NAME.json`, or any
//! folder of that format; a `seen/` half was frozen once and is now tuned on): title, authors, publication date to the day and to the minute, publisher,
//! canonical URL and language, plus how many dates were given and how many of those were right.
//!
//! A `frozen/` half was labelled before the rules it measures and is never tuned on: its misses
//! are not even collected, so neither the printed table nor `--json` can show one.

use super::bench_text::{Tally, labelled_names, same_moment};
use chronicle::extract::html::read_html;
use chronicle::model::Article;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What a labelled page should read as. `published` is the page-local wall-clock time, as
/// precise as the page states it (`2024-05-14T18:02` or `2024-05-14`); `None` when the page
/// states no publication date, and likewise for `publisher` and `url`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PageLabels {
    pub title: String,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
}

/// One half (or one folder) of labelled pages.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PagesReport {
    pub name: String,
    pub frozen: bool,
    pub title: Tally,
    pub authors: Tally,
    /// Same day; a page labelled undated is right only when no date is given.
    pub published_day: Tally,
    /// Same minute where the label has a time, same day where it has only a day.
    pub published_minute: Tally,
    pub publisher: Tally,
    pub url: Tally,
    pub lang: Tally,
    /// Pages given any date, and how many of those dates fall on the labelled day.
    pub dates_given: Tally,
    /// Pages the reader refused (counted wrong on every field).
    pub errors: usize,
    /// `page: field: got X, want Y`; always empty for a frozen half.
    pub misses: Vec<String>,
}

/// Lowercase, whitespace collapsed: titles, names and publishers compare exactly otherwise.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn norm_opt(s: Option<&str>) -> String {
    s.map(norm).unwrap_or_default()
}

/// The labelled sets of saved pages scored by default, those that exist: html-shapes
/// (session 12; its frozen half opened as `seen/` in session 13), html-shapes-2 (session 13;
/// opened in session 14), html-shapes-3 (session 14; opened in session 16), html-shapes-4
/// (session 15; opened in session 17), html-shapes-5 (session 16; opened in session 18),
/// html-shapes-6 (session 17; opened in session 19), html-shapes-7 (session 18; opened in
/// session 20), html-shapes-8 (session 19; opened in session 21), html-shapes-9 (session 20;
/// opened in session 22), html-shapes-10 (session 21; opened in session 23), html-shapes-11
/// (session 22; opened in session 24), html-shapes-12 (session 23; opened in session 25),
/// html-shapes-13 (session 24; opened in session 26), html-shapes-14 (session 25; opened in
/// session 27), html-shapes-15 (session 26) and html-shapes-16 (session 27).
pub fn default_sets() -> Vec<PathBuf> {
    [
        "tests/fixtures/html-shapes",
        "tests/fixtures/html-shapes-2",
        "tests/fixtures/html-shapes-3",
        "tests/fixtures/html-shapes-4",
        "tests/fixtures/html-shapes-5",
        "tests/fixtures/html-shapes-6",
        "tests/fixtures/html-shapes-7",
        "tests/fixtures/html-shapes-8",
        "tests/fixtures/html-shapes-9",
        "tests/fixtures/html-shapes-10",
        "tests/fixtures/html-shapes-11",
        "tests/fixtures/html-shapes-12",
        "tests/fixtures/html-shapes-13",
        "tests/fixtures/html-shapes-14",
        "tests/fixtures/html-shapes-15",
        "tests/fixtures/html-shapes-16",
    ]
    .into_iter()
    .map(PathBuf::from)
    .filter(|d| d.is_dir())
    .collect()
}

/// The halves to score under `dir`: its `tuning/`, `seen/` and `frozen/` folders when it has
/// any, else `dir` itself.
pub fn halves(dir: &Path) -> Vec<PathBuf> {
    let found: Vec<PathBuf> = ["tuning", "seen", "frozen"]
        .into_iter()
        .map(|half| dir.join(half))
        .filter(|d| d.is_dir())
        .collect();
    if found.is_empty() {
        vec![dir.to_path_buf()]
    } else {
        found
    }
}

/// Scores every `NAME.html` with a `NAME.json` in `dir`. The folder named `frozen` is a
/// frozen half.
pub fn score(dir: &Path) -> PagesReport {
    let names = labelled_names(dir, "html");
    let mut report = PagesReport {
        name: dir.display().to_string(),
        frozen: dir.file_name().is_some_and(|n| n == "frozen"),
        ..PagesReport::default()
    };
    for name in names {
        let labels = std::fs::read(dir.join(format!("{name}.json")))
            .ok()
            .and_then(|b| serde_json::from_slice::<PageLabels>(&b).ok());
        let Some(labels) = labels else {
            report.note(format!("{name}: unreadable labels"));
            continue;
        };
        let article = match std::fs::read(dir.join(format!("{name}.html")))
            .map_err(|e| e.to_string())
            .and_then(|b| read_html(&b).map_err(|e| e.to_string()))
        {
            Ok(article) => article,
            Err(e) => {
                report.errors += 1;
                report.note(format!("{name}: not read: {e}"));
                Article::default()
            }
        };
        report.add(&name, &article, &labels);
    }
    report
}

impl PagesReport {
    fn note(&mut self, miss: String) {
        if !self.frozen {
            self.misses.push(miss);
        }
    }

    fn check(&mut self, page: &str, field: &str, ok: bool, got: String, want: String) {
        let tally = match field {
            "title" => &mut self.title,
            "authors" => &mut self.authors,
            "published (day)" => &mut self.published_day,
            "published (minute)" => &mut self.published_minute,
            "publisher" => &mut self.publisher,
            "url" => &mut self.url,
            _ => &mut self.lang,
        };
        tally.add(ok);
        if !ok {
            self.note(format!("{page}: {field}: got {got}, want {want}"));
        }
    }

    fn add(&mut self, page: &str, got: &Article, want: &PageLabels) {
        self.check(
            page,
            "title",
            norm(&got.title) == norm(&want.title),
            format!("{:?}", got.title),
            format!("{:?}", want.title),
        );
        let names = |v: &[String]| {
            let mut v: Vec<String> = v.iter().map(|n| norm(n)).collect();
            v.sort();
            v.dedup();
            v
        };
        self.check(
            page,
            "authors",
            names(&got.authors) == names(&want.authors),
            format!("{:?}", got.authors),
            format!("{:?}", want.authors),
        );
        let (got_date, want_date) = (got.published.as_deref(), want.published.as_deref());
        let day = |d: &str| d.get(..10).map(str::to_string);
        let same_day = match (got_date, want_date) {
            (None, None) => true,
            (Some(g), Some(w)) => day(g).is_some() && day(g) == day(w),
            _ => false,
        };
        let (g, w) = (format!("{got_date:?}"), format!("{want_date:?}"));
        self.check(page, "published (day)", same_day, g.clone(), w.clone());
        let same_minute = same_moment(got_date, want_date);
        // A day miss already names the date; the minute line is for a right day at the wrong time.
        if same_day || same_minute {
            self.check(page, "published (minute)", same_minute, g, w);
        } else {
            self.published_minute.add(false);
        }
        if got_date.is_some() {
            self.dates_given.add(same_day && want_date.is_some());
        }
        self.check(
            page,
            "publisher",
            norm_opt(got.publisher.as_deref()) == norm_opt(want.publisher.as_deref()),
            format!("{:?}", got.publisher),
            format!("{:?}", want.publisher),
        );
        self.check(
            page,
            "url",
            got.url.as_deref().map(str::trim) == want.url.as_deref().map(str::trim),
            format!("{:?}", got.url),
            format!("{:?}", want.url),
        );
        if let Some(lang) = want.lang.as_deref() {
            let primary = |l: &str| norm(l.split(['-', '_']).next().unwrap_or_default());
            let ok = got.language.as_deref().map(primary) == Some(primary(lang));
            self.check(page, "lang", ok, format!("{:?}", got.language), lang.into());
        }
    }
}

/// Prints the reports as one table, a row per half, then the misses of the halves that are
/// not frozen.
pub fn print(reports: &[PagesReport], out: &mut impl std::io::Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<34} {:>5} {:>7} {:>8} {:>8} {:>8} {:>10} {:>7} {:>7} {:>7} {:>12}",
        "saved pages",
        "pages",
        "title",
        "authors",
        "day",
        "minute",
        "publisher",
        "url",
        "lang",
        "given",
        "right/given"
    )?;
    for r in reports {
        writeln!(
            out,
            "{:<34} {:>5} {:>6.1}% {:>7.1}% {:>7.1}% {:>7.1}% {:>9.1}% {:>6.1}% {:>6.1}% {:>7} {:>11.1}%",
            short_name(&r.name),
            r.title.of,
            r.title.percent(),
            r.authors.percent(),
            r.published_day.percent(),
            r.published_minute.percent(),
            r.publisher.percent(),
            r.url.percent(),
            r.lang.percent(),
            r.dates_given.of,
            r.dates_given.percent()
        )?;
    }
    for r in reports.iter().filter(|r| !r.frozen && !r.misses.is_empty()) {
        writeln!(out, "misses in {}:", r.name)?;
        for miss in &r.misses {
            writeln!(out, "  {}", chronicle::terminal::clean_line(miss))?;
        }
    }
    Ok(())
}

/// A half's folder as the table shows it: its last two parts (`html-shapes/tuning`).
fn short_name(name: &str) -> String {
    let parts: Vec<&str> = name.trim_end_matches('/').rsplit('/').take(2).collect();
    parts.into_iter().rev().collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(published: Option<&str>) -> PageLabels {
        PageLabels {
            title: "Storm  Hits Coast".into(),
            authors: vec!["Ann Lee".into(), "Bo Chan".into()],
            published: published.map(str::to_string),
            publisher: Some("Daily".into()),
            url: Some("https://daily.example/storm".into()),
            lang: Some("en".into()),
        }
    }

    fn article(published: Option<&str>) -> Article {
        Article {
            title: "storm hits coast".into(),
            authors: vec!["Bo Chan".into(), "ANN LEE".into()],
            published: published.map(str::to_string),
            publisher: Some("daily".into()),
            url: Some("https://daily.example/storm".into()),
            language: Some("en-GB".into()),
            ..Article::default()
        }
    }

    #[test]
    fn fields_compare_without_case_and_order() {
        let mut r = PagesReport::default();
        r.add(
            "a",
            &article(Some("2024-05-14T18:02:00+09:00")),
            &labels(Some("2024-05-14T18:02")),
        );
        for t in [r.title, r.authors, r.published_day, r.published_minute] {
            assert_eq!((t.right, t.of), (1, 1));
        }
        for t in [r.publisher, r.url, r.lang, r.dates_given] {
            assert_eq!((t.right, t.of), (1, 1));
        }
        assert!(r.misses.is_empty(), "{:?}", r.misses);
    }

    #[test]
    fn dates_count_by_day_minute_and_whether_one_was_given() {
        let mut r = PagesReport::default();
        // Right day, wrong minute; a day-only label right on the day; a date where none is.
        r.add(
            "a",
            &article(Some("2024-05-14T09:02")),
            &labels(Some("2024-05-14T18:02")),
        );
        r.add(
            "b",
            &article(Some("2024-05-14T09:02")),
            &labels(Some("2024-05-14")),
        );
        r.add("c", &article(Some("2024-05-14")), &labels(None));
        r.add("d", &article(None), &labels(None));
        assert_eq!((r.published_day.right, r.published_day.of), (3, 4));
        assert_eq!((r.published_minute.right, r.published_minute.of), (2, 4));
        assert_eq!((r.dates_given.right, r.dates_given.of), (2, 3));
        assert_eq!(r.misses.len(), 2, "{:?}", r.misses);
    }

    #[test]
    fn a_frozen_half_keeps_no_misses() {
        let mut r = PagesReport {
            frozen: true,
            ..PagesReport::default()
        };
        r.add("a", &Article::default(), &labels(Some("2024-05-14")));
        assert_eq!(r.title.of, 1);
        assert!(r.misses.is_empty());
    }
}
