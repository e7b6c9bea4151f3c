//! Publication dates of real pages against labels made by hand from the pages themselves
//! (`tests/fixtures/page-dates.json`): the reference that ships with the Readability test pages
//! gives a date for only 33 of them, too few to measure a date reader by.
//!
//! Each label says what a careful reader finds on the page (visible date lines, `<time>`,
//! meta tags, JSON-LD, the address) or `null` when the page states no publication date. Pages
//! in odd positions among the corpus's pages (sorted by name) are the frozen half: labelled before any rule it measures
//! and never tuned on. Both the HTML reader and, where browser copies exist, the plain-text
//! reader on the whole-page copy are scored.

use chronicle::extract::html::read_html;
use chronicle::extract::text::read_text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// One page's label.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DateLabel {
    /// `2015-09-17` or `2015-09-17T16:57`; `None` when the page states no publication date.
    pub published: Option<String>,
    /// Where the labeller found it (`visible: …`, `meta …`).
    pub evidence: String,
}

/// Dates on one half of the labelled pages, for one reader.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DateReport {
    pub name: String,
    /// Pages with a labelled date.
    pub dated: usize,
    /// Of those, read on the same day.
    pub same_day: usize,
    /// Pages whose label has a time of day, and how many of them were read to the minute.
    pub timed: usize,
    pub same_minute: usize,
    /// Pages the reader gave any date, and how many of those were the right day.
    pub given: usize,
    pub given_right: usize,
    /// Pages labelled undated that the reader dated anyway.
    pub undated: usize,
    pub dated_anyway: usize,
    /// The frozen half: its misses are not collected, so no report can show one.
    pub frozen: bool,
    pub misses: Vec<String>,
}

impl DateReport {
    fn add(&mut self, page: &str, got: Option<&str>, want: Option<&str>) {
        let day = |d: &str| d.get(..10).map(str::to_string);
        match want {
            Some(want) => {
                self.dated += 1;
                let right = got.and_then(day).is_some_and(|g| Some(g) == day(want));
                self.same_day += usize::from(right);
                if want.len() >= 16 {
                    self.timed += 1;
                    let minute = got.and_then(|g| g.get(..16)) == want.get(..16);
                    self.same_minute += usize::from(minute);
                }
                if got.is_some() {
                    self.given += 1;
                    self.given_right += usize::from(right);
                }
                if !right && !self.frozen {
                    self.misses
                        .push(format!("{page}: got {got:?}, want {want:?}"));
                }
            }
            None => {
                self.undated += 1;
                if got.is_some() {
                    self.dated_anyway += 1;
                    if !self.frozen {
                        self.misses.push(format!("{page}: got {got:?}, want none"));
                    }
                }
            }
        }
    }
}

/// Reads the labels file.
pub fn read_labels(path: &Path) -> anyhow::Result<BTreeMap<String, DateLabel>> {
    let bytes =
        std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| anyhow::anyhow!("{} is not a page-date label file: {e}", path.display()))
}

/// Scores the HTML reader (and the text reader on `copies/<page>/full.txt` when given) on
/// each half of the labelled pages found in `corpus`. Reports: html tuning, html frozen, then
/// the same for the copies.
pub fn score(
    labels: &BTreeMap<String, DateLabel>,
    corpus: &Path,
    copies: Option<&Path>,
) -> Vec<DateReport> {
    let mut reports = Vec::new();
    for reader in ["html", "whole-page copy"] {
        if reader != "html" && copies.is_none() {
            continue;
        }
        for frozen in [false, true] {
            let mut report = DateReport {
                name: format!("{reader} ({})", if frozen { "frozen" } else { "tuning" }),
                frozen,
                ..DateReport::default()
            };
            // The browser copies' scorer splits the same corpus the same way, so a page is
            // frozen (or not) for its dates and its copies alike.
            for page in super::bench_text::corpus_half(corpus, frozen) {
                let Some(label) = labels.get(&page) else {
                    continue;
                };
                if !corpus.join(&page).join("source.html").is_file() {
                    continue;
                }
                let got = match (reader, copies) {
                    ("html", _) => std::fs::read(corpus.join(&page).join("source.html"))
                        .ok()
                        .and_then(|b| read_html(&b).ok())
                        .and_then(|a| a.published),
                    (_, Some(copies)) => {
                        match std::fs::read_to_string(copies.join(&page).join("full.txt")) {
                            Ok(text) => read_text(&text).published,
                            // No copy (the page did not render): not scored.
                            Err(_) => continue,
                        }
                    }
                    _ => None,
                };
                report.add(&page, got.as_deref(), label.published.as_deref());
            }
            reports.push(report);
        }
    }
    reports
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// Prints the reports as one table.
pub fn print(reports: &[DateReport], out: &mut impl std::io::Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<28} {:>6} {:>9} {:>14} {:>14} {:>14}",
        "labelled page dates",
        "dated",
        "same day",
        "of dates given",
        "same minute",
        "undated dated"
    )?;
    for r in reports {
        writeln!(
            out,
            "{:<28} {:>6} {:>8.1}% {:>13.1}% {:>8.1}% ({:>2}) {:>8} of {:>2}",
            r.name,
            r.dated,
            percent(r.same_day, r.dated),
            percent(r.given_right, r.given),
            percent(r.same_minute, r.timed),
            r.timed,
            r.dated_anyway,
            r.undated
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_counts_by_day_minute_and_whether_a_date_was_given() {
        let mut r = DateReport::default();
        r.add("a", Some("2015-09-17T16:57"), Some("2015-09-17T16:57"));
        r.add("b", Some("2015-09-17"), Some("2015-09-17T10:00"));
        r.add("c", None, Some("2015-09-18"));
        r.add("d", Some("2016-01-01"), None);
        r.add("e", Some("2014-01-01"), Some("2015-01-01"));
        assert_eq!((r.dated, r.same_day, r.given, r.given_right), (4, 2, 3, 2));
        assert_eq!((r.timed, r.same_minute), (2, 1));
        assert_eq!((r.undated, r.dated_anyway), (1, 1));
        assert_eq!(r.misses.len(), 3);
        let mut frozen = DateReport {
            frozen: true,
            ..DateReport::default()
        };
        frozen.add("e", Some("2014-01-01"), Some("2015-01-01"));
        assert!(frozen.misses.is_empty());
    }
}
