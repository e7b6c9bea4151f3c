//! The terminal commands. Each function does one subcommand's work and prints its output;
//! `main.rs` only parses arguments and dispatches here. Errors go up as `anyhow` chains.

use crate::archive::{Archive, ArchiveError, Filter, HIGHLIGHT_END, HIGHLIGHT_START, Sort};
use crate::extract;
use crate::import::{self, ImportOptions, Progress};
use crate::model::{ExportRecord, FileInfo};
use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// Exit code for usage errors (bad arguments, invalid search syntax).
pub const EXIT_USAGE: u8 = 2;

/// The archive used when `--archive` is not given: `archive.sqlite` in the user's data folder
/// (`$XDG_DATA_HOME/chronicle` on Linux), or `$CHRONICLE_ARCHIVE` when set.
pub fn default_archive_path() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("CHRONICLE_ARCHIVE") {
        return Ok(PathBuf::from(path));
    }
    let dirs = directories::ProjectDirs::from("org", "Chronicle", "chronicle")
        .context("cannot find the user's data folder (is $HOME set?)")?;
    Ok(dirs.data_dir().join("archive.sqlite"))
}

/// Opens the archive, naming the file in any error.
pub fn open_archive(path: &Path) -> Result<Archive> {
    // A migration that rewrites the index reports its progress (a line kept up to date on a
    // terminal, the last state only elsewhere).
    let on_terminal = std::io::stderr().is_terminal();
    let mut report = |p: crate::archive::MigrationProgress| {
        let line = format!(
            "updating the archive to version {}: {}/{} articles",
            p.to_version, p.done, p.total
        );
        if on_terminal {
            eprint!("\r\x1b[K{line}");
        }
        if p.done == p.total {
            eprintln!("{}{line}", if on_terminal { "\r\x1b[K" } else { "" });
        }
    };
    Archive::open_with_progress(path, &mut report)
        .with_context(|| format!("cannot open the archive {}", path.display()))
}

/// `chronicle import PATH...`
pub fn import(
    archive_path: &Path,
    paths: &[PathBuf],
    max_file_size_mb: Option<u64>,
) -> Result<ExitCode> {
    let mut archive = open_archive(archive_path)?;
    let mut options = ImportOptions::default();
    if let Some(mb) = max_file_size_mb {
        options.max_file_bytes = mb.saturating_mul(1024 * 1024);
    }
    let on_terminal = std::io::stderr().is_terminal();
    let mut last_draw = Instant::now() - Duration::from_secs(1);
    let mut report = |p: &Progress| {
        if let Progress::FileDone {
            done_files,
            total_files,
            path,
        } = p
        {
            if on_terminal
                && (last_draw.elapsed() > Duration::from_millis(100) || done_files == total_files)
            {
                last_draw = Instant::now();
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let name: String = name.chars().take(50).collect();
                eprint!("\r\x1b[K[{done_files}/{total_files}] {name}");
            }
        }
    };
    let cancel = AtomicBool::new(false);
    let summary = import::import_paths(&mut archive, paths, &options, &cancel, &mut report);
    if on_terminal {
        eprint!("\r\x1b[K");
    }
    let summary =
        summary.context("the import stopped; articles committed before the error are kept")?;
    println!(
        "imported {}, duplicates {}, failed {}",
        summary.imported,
        summary.duplicates,
        summary.failed.len()
    );
    for failure in &summary.failed {
        eprintln!("{failure}");
    }
    Ok(if summary.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Options shared by `search` and `export` to select articles.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub query: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Selection {
    fn filter(&self) -> Result<Filter> {
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
    let bad =
        || anyhow::anyhow!("{flag} {text:?}: expected a date like 2024-10-27, 2024-10 or 2024");
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
fn query_error(e: ArchiveError) -> Result<ExitCode> {
    match e {
        ArchiveError::Query(q) => {
            eprintln!("chronicle: invalid search: {q}");
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
    let archive = open_archive(archive_path)?;
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
        let date = hit
            .published
            .as_deref()
            .map(|d| d.get(..10).unwrap_or(d))
            .unwrap_or("no date");
        writeln!(out, "{:>6}  {date}  {}", hit.id, hit.title)?;
        let byline: Vec<&str> = [hit.authors.as_str(), hit.sources.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if !byline.is_empty() {
            writeln!(out, "        {}", byline.join(" · "))?;
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

fn render_highlights(s: &str, bold: bool) -> String {
    if bold {
        s.replace(HIGHLIGHT_START, "\x1b[1m")
            .replace(HIGHLIGHT_END, "\x1b[0m")
    } else {
        strip_highlights(s)
    }
}

/// `chronicle show ID`
pub fn show(archive_path: &Path, article_id: i64, json: bool) -> Result<ExitCode> {
    let archive = open_archive(archive_path)?;
    let Some(record) = archive.article(article_id)? else {
        eprintln!("chronicle: no article with id {article_id}");
        return Ok(ExitCode::from(1));
    };
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &crate::export::export_record(record))?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    print_article(
        &mut out,
        &record.article,
        Some(record.id),
        &record.file_path,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Prints an article for reading in a terminal: metadata, lead, body, quotes, rights.
fn print_article(
    out: &mut dyn std::io::Write,
    a: &crate::model::Article,
    article_id: Option<i64>,
    file_path: &str,
) -> Result<()> {
    writeln!(out, "{}", a.title)?;
    let mut field = |name: &str, value: &str| -> std::io::Result<()> {
        if value.is_empty() {
            Ok(())
        } else {
            writeln!(out, "{name:>10}: {value}")
        }
    };
    field(
        "id",
        &article_id.map(|id| id.to_string()).unwrap_or_default(),
    )?;
    field("category", a.category.as_deref().unwrap_or(""))?;
    field("authors", &a.authors.join(", "))?;
    let published = match (&a.published, &a.published_text) {
        (Some(iso), Some(text)) if iso != text => format!("{iso} ({text})"),
        (Some(iso), _) => iso.clone(),
        (None, _) => String::new(),
    };
    field("published", &published)?;
    field("sources", &a.sources.join(", "))?;
    field("publisher", a.publisher.as_deref().unwrap_or(""))?;
    for image in &a.images {
        let caption = image.caption.as_deref().unwrap_or("");
        let credit = image
            .credit
            .as_deref()
            .map(|c| format!(" (credit: {c})"))
            .unwrap_or_default();
        field("image", &format!("{caption}{credit}"))?;
    }
    field("language", a.language.as_deref().unwrap_or(""))?;
    field("file", file_path)?;
    writeln!(out)?;
    if !a.lead.is_empty() {
        writeln!(out, "{}\n", a.lead)?;
    }
    writeln!(out, "{}", a.body)?;
    if !a.quotes.is_empty() {
        writeln!(out, "\nQuotes:")?;
        for q in &a.quotes {
            writeln!(
                out,
                "  {}: \u{201C}{}\u{201D}",
                q.speaker.as_deref().unwrap_or("(unknown)"),
                q.text
            )?;
        }
    }
    if let Some(rights) = &a.rights {
        writeln!(out, "\nRights: {rights}")?;
    }
    Ok(())
}

/// `chronicle export --out FILE|-`
pub fn export(
    archive_path: &Path,
    out: &Path,
    selection: &Selection,
    ids: Option<Vec<i64>>,
) -> Result<ExitCode> {
    let archive = open_archive(archive_path)?;
    let ids = match ids {
        Some(ids) => ids,
        None if selection.query.is_none() && selection.from.is_none() && selection.to.is_none() => {
            archive.all_ids()?
        }
        None => match archive.matching_ids(&selection.filter()?) {
            Ok(ids) => ids,
            Err(e) => return query_error(e),
        },
    };
    let written = if out == Path::new("-") {
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        crate::export::write_export(&archive, &ids, &mut stdout, &crate::export::now())?
    } else {
        crate::export::export_to_file(&archive, &ids, out)?
    };
    eprintln!("exported {written} articles");
    Ok(ExitCode::SUCCESS)
}

/// `chronicle stats`
pub fn stats(archive_path: &Path, json: bool) -> Result<ExitCode> {
    let archive = open_archive(archive_path)?;
    let stats = archive.stats()?;
    if json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("archive:   {}", archive_path.display());
    println!(
        "articles:  {} ({} without a date)",
        stats.articles, stats.undated
    );
    println!("quotes:    {} by {} speakers", stats.quotes, stats.speakers);
    println!("authors:   {}", stats.authors);
    if let (Some(first), Some(last)) = (&stats.first_published, &stats.last_published) {
        println!("published: {first} to {last}");
    }
    println!("size:      {:.1} MB", stats.size_bytes as f64 / 1_048_576.0);
    Ok(ExitCode::SUCCESS)
}

/// `chronicle extract FILE...`: what Chronicle reads, without touching the archive.
pub fn extract_files(
    files: &[PathBuf],
    json: bool,
    body_only: bool,
    max_file_size_mb: Option<u64>,
) -> Result<ExitCode> {
    let max = max_file_size_mb.map_or(import::DEFAULT_MAX_FILE_BYTES, |mb| {
        mb.saturating_mul(1024 * 1024)
    });
    let mut records = Vec::new();
    let mut failed = false;
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match import::read_file(path, max)
            .and_then(|bytes| extract::extract(&name, &bytes).map_err(|e| e.to_string()))
        {
            Ok(articles) => records.extend(articles.into_iter().map(|e| ExportRecord {
                id: 0,
                file: FileInfo {
                    path: path.display().to_string(),
                    name: name.clone(),
                    sha256: e.article.content_hash(),
                    imported_at: String::new(),
                },
                article: e.article,
            })),
            Err(reason) => {
                eprintln!("{}: {reason}", path.display());
                failed = true;
            }
        }
    }
    let mut out = std::io::stdout().lock();
    if body_only {
        for r in &records {
            writeln!(out, "{}", r.article.body)?;
        }
    } else if json {
        match records.as_slice() {
            [one] => serde_json::to_writer_pretty(&mut out, one)?,
            many => serde_json::to_writer_pretty(&mut out, many)?,
        }
        writeln!(out)?;
    } else {
        for (i, r) in records.iter().enumerate() {
            if i > 0 {
                writeln!(out, "\n{}\n", "-".repeat(60))?;
            }
            print_article(&mut out, &r.article, None, &r.file.path)?;
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `chronicle bench`: the figures go to stdout, progress to stderr.
pub fn bench(options: &crate::bench::BenchOptions, json: bool) -> Result<ExitCode> {
    let report = crate::bench::run(options, &mut |line| eprintln!("{line}"))?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        crate::bench::print(&report);
    }
    Ok(ExitCode::SUCCESS)
}

/// `chronicle bench-window`: run by `bench` in a process of its own; prints JSON.
pub fn bench_window(archive_path: &Path, import: Option<std::path::PathBuf>) -> Result<ExitCode> {
    #[cfg(feature = "gui")]
    {
        let report = crate::bench::frames::measure(archive_path, import)?;
        println!("{}", serde_json::to_string(&report)?);
        Ok(ExitCode::SUCCESS)
    }
    #[cfg(not(feature = "gui"))]
    {
        let _ = (archive_path, import);
        anyhow::bail!("this build has no window (it was built without the `gui` feature)")
    }
}

/// `chronicle people`
pub fn people(
    archive_path: &Path,
    filter: &str,
    with_quotes: bool,
    json: bool,
) -> Result<ExitCode> {
    let archive = open_archive(archive_path)?;
    let people = archive.people(filter)?;
    let mut out = std::io::stdout().lock();
    if json {
        let mut list = Vec::new();
        for person in &people {
            let mut value = serde_json::to_value(person)?;
            if with_quotes {
                value["quote_list"] = serde_json::to_value(archive.quotes_by(&person.name)?)?;
            }
            list.push(value);
        }
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{:>6} {:>8} {:>8}  name", "quotes", "quoted", "wrote")?;
    for p in &people {
        let variants = if p.variants.len() > 1 {
            format!("  (also {})", p.variants[1..].join(", "))
        } else {
            String::new()
        };
        writeln!(
            out,
            "{:>6} {:>8} {:>8}  {}{variants}",
            p.quotes, p.quoted_in, p.authored, p.name
        )?;
        if with_quotes {
            for q in archive.quotes_by(&p.name)? {
                let date = q
                    .published
                    .as_deref()
                    .map(|d| d.get(..10).unwrap_or(d))
                    .unwrap_or("no date");
                writeln!(
                    out,
                    "         {date}  #{} \u{201C}{}\u{201D}",
                    q.article_id, q.text
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `chronicle bench-extract DIR [--expected DIR]`
pub fn bench_extract(dir: &Path, expected: Option<&Path>, json: bool) -> Result<ExitCode> {
    anyhow::ensure!(dir.is_dir(), "{} is not a folder", dir.display());
    if let Some(expected) = expected {
        anyhow::ensure!(expected.is_dir(), "{} is not a folder", expected.display());
    }
    let mut report = crate::bench_extract::run(dir);
    let expected = expected
        .map(Path::to_path_buf)
        .or_else(crate::bench_extract::default_expected_dir);
    report.hand_corrected =
        expected.and_then(|expected| crate::bench_extract::run_hand_corrected(dir, &expected));
    if json {
        println!("{}", crate::bench_extract::to_json(&report));
    } else {
        crate::bench_extract::print(&report);
    }
    Ok(ExitCode::SUCCESS)
}
