//! `chronicle search` and what it shares with `export`: the selection (query and dates as
//! typed on the command line), a refused query as a usage error, snippets for a terminal.

use super::reports::day_or_no_date;
use super::{EXIT_USAGE, UsageError, open_for_reading};
use anyhow::Result;
use chronicle::archive::ArchiveError;
use chronicle::query::{Filter, HIGHLIGHT_END, HIGHLIGHT_START, Sort};
use chronicle::terminal::clean_line;
use chrono::NaiveDate;
use std::io::{IsTerminal as _, Write as _};
use std::path::Path;
use std::process::ExitCode;

/// Options shared by `search` and `export` to select articles.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub query: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Selection {
    pub(super) fn filter(&self) -> Result<Filter> {
        Ok(Filter {
            query: self.query.clone().unwrap_or_default(),
            from: parse_day(self.from.as_deref(), "--from", false)?,
            to: parse_day(self.to.as_deref(), "--to", true)?,
        })
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; with `end`, a year or month means its last day.
fn parse_day(text: Option<&str>, flag: &str, end: bool) -> Result<Option<NaiveDate>> {
    let Some(text) = text else { return Ok(None) };
    let bad = || {
        anyhow::Error::new(UsageError(format!(
            "{flag} {text:?}: expected a date like 2024-10-27, 2024-10 or 2024"
        )))
    };
    let parts: Vec<&str> = text.trim().split('-').collect();
    let num = |s: &str| s.parse::<u32>().map_err(|_| bad());
    let year = i32::try_from(num(parts[0])?).map_err(|_| bad())?;
    let date = match (parts.len(), end) {
        (1, false) => NaiveDate::from_ymd_opt(year, 1, 1),
        (1, true) => NaiveDate::from_ymd_opt(year, 12, 31),
        (2, false) => NaiveDate::from_ymd_opt(year, num(parts[1])?, 1),
        (2, true) => {
            let month = num(parts[1])?;
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)
            };
            next.and_then(|d| d.pred_opt())
        }
        (3, _) => NaiveDate::from_ymd_opt(year, num(parts[1])?, num(parts[2])?),
        _ => None,
    };
    date.map(Some).ok_or_else(bad)
}

/// Turns a library error into the CLI's answer: invalid search syntax is a usage error.
pub(super) fn query_error(e: ArchiveError) -> Result<ExitCode> {
    match e {
        e @ (ArchiveError::Query(_)
        | ArchiveError::QueryRefused(_)
        | ArchiveError::NothingToSearch) => {
            eprintln!("chronicle: {}", clean_line(&e.to_string()));
            Ok(ExitCode::from(EXIT_USAGE))
        }
        other => Err(other.into()),
    }
}

/// `chronicle search QUERY`
pub fn search(
    archive_path: &Path,
    selection: &Selection,
    limit: usize,
    json: bool,
) -> Result<ExitCode> {
    let archive = open_for_reading(archive_path)?;
    let filter = selection.filter()?;
    let page = match archive.search(&filter, Sort::Relevance, limit, 0) {
        Ok(page) => page,
        Err(e) => return query_error(e),
    };
    let mut out = std::io::stdout().lock();
    if json {
        let hits: Vec<_> = page
            .hits
            .iter()
            .map(|h| {
                let mut hit = h.clone();
                hit.snippet = strip_highlights(&hit.snippet);
                hit
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &hits)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let bold = std::io::stdout().is_terminal();
    for hit in &page.hits {
        let date = day_or_no_date(hit.published.as_deref());
        writeln!(
            out,
            "{:>6}  {}  {}",
            hit.id,
            clean_line(date),
            clean_line(&hit.title)
        )?;
        let byline: Vec<&str> = [hit.authors.as_str(), hit.sources.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if !byline.is_empty() {
            writeln!(out, "        {}", clean_line(&byline.join(" · ")))?;
        }
        writeln!(out, "        {}", render_highlights(&hit.snippet, bold))?;
    }
    writeln!(
        out,
        "{} of {} matching articles",
        page.hits.len(),
        page.total
    )?;
    Ok(ExitCode::SUCCESS)
}

fn strip_highlights(s: &str) -> String {
    s.chars()
        .filter(|&c| c != HIGHLIGHT_START && c != HIGHLIGHT_END)
        .collect()
}

/// A snippet on one line, made safe to print, its matches in bold on a terminal. The match
/// markers are control characters: they are taken out before the text is cleaned (which would
/// print them as `�`).
fn render_highlights(s: &str, bold: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    for (at, mark) in s.match_indices([HIGHLIGHT_START, HIGHLIGHT_END]) {
        out.push_str(&clean_line(&s[from..at]));
        if bold {
            out.push_str(if mark.starts_with(HIGHLIGHT_START) {
                "\x1b[1m"
            } else {
                "\x1b[0m"
            });
        }
        from = at + mark.len();
    }
    out.push_str(&clean_line(&s[from..]));
    out
}
