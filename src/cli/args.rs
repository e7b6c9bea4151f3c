//! The command line's arguments (clap); `main.rs` dispatches them.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Chronicle: a desktop archive of news articles.
#[derive(Parser)]
#[command(name = "chronicle", version, about, long_about = None)]
pub struct Args {
    /// The archive file (default: archive.sqlite in your data folder, or $CHRONICLE_ARCHIVE).
    #[arg(long, global = true, value_name = "PATH")]
    pub archive: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum QuoteCommand {
    /// List an article's quotes numbered in reading order, with speaker kinds, confidence
    /// and corrections (passages marked as no quote keep their number).
    List {
        #[arg(long, value_name = "ID")]
        article: i64,
        #[arg(long)]
        json: bool,
    },
    /// Change a quote's speaker, mark it as not a quote, or undo that. Corrections are kept
    /// apart from extraction: importing the article again keeps them.
    Correct {
        #[arg(long, value_name = "ID")]
        article: i64,
        /// The quote's number in `chronicle quote list` (or `chronicle show`).
        #[arg(long, value_name = "N")]
        quote: usize,
        /// Who said it.
        #[arg(long, value_name = "NAME", required_unless_present_any = ["not_a_quote", "undo"])]
        speaker: Option<String>,
        /// The speaker is an organisation, not a person.
        #[arg(long, requires = "speaker")]
        organisation: bool,
        /// The passage is no quote.
        #[arg(long, conflicts_with_all = ["speaker", "undo"])]
        not_a_quote: bool,
        /// Back to what Chronicle found.
        #[arg(long, conflicts_with = "speaker")]
        undo: bool,
    },
}

#[derive(Subcommand)]
pub enum TeamCommand {
    /// Create (or upgrade) the team archive's schema in a PostgreSQL database, and its two
    /// roles: DATABASE_member (read and push) and DATABASE_reader (pull only).
    Init {
        /// postgres://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass).
        #[arg(value_name = "ADDRESS")]
        address: String,
    },
    /// The team archive, the last successful sync and what waits to be pushed.
    Status {
        #[arg(long, value_name = "ADDRESS")]
        team: Option<String>,
    },
    /// Search the whole team archive on the server (PostgreSQL full-text search).
    Search {
        query: String,
        #[arg(long, value_name = "ADDRESS")]
        team: Option<String>,
        #[arg(long, default_value_t = 20)]
        limit: i64,
    },
}

#[derive(Subcommand)]
pub enum Command {
    /// Exchange articles, corrections and deletions with a team archive on PostgreSQL:
    /// pull what others added, push what it lacks.
    Sync {
        /// postgres://USER@HOST:PORT/DATABASE (default: $CHRONICLE_TEAM, else the last one
        /// synced with; the password from PGPASSWORD or ~/.pgpass).
        #[arg(long, value_name = "ADDRESS")]
        team: Option<String>,
        /// Only pull (for a reader with articles of its own).
        #[arg(long)]
        pull_only: bool,
        /// Pull only the articles matching this search (Chronicle's search language); kept in
        /// the archive for later syncs and the window's. Everything local is still pushed.
        #[arg(long, value_name = "QUERY", allow_hyphen_values = true)]
        only: Option<String>,
        /// Pull only articles published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long, value_name = "DAY")]
        since: Option<String>,
        /// Pull only articles published on or before this day.
        #[arg(long, value_name = "DAY")]
        until: Option<String>,
        /// Forget the subset: pull everything (what it left out arrives now).
        #[arg(long, conflicts_with_all = ["only", "since", "until"])]
        everything: bool,
    },
    /// An article's history on the team archive: each change that holds and those it
    /// replaced (conflicting edits), with who made them and when.
    History {
        id: i64,
        #[arg(long, value_name = "ADDRESS")]
        team: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Set up and inspect the team archive.
    Team {
        #[command(subcommand)]
        action: TeamCommand,
    },
    /// Import article files and folders (recursively) into the archive.
    Import {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Refuse files larger than this many megabytes.
        #[arg(long, value_name = "MB")]
        max_file_size: Option<u64>,
    },
    /// Read the archived articles' files again with this build's extractor and refresh their
    /// quotes and speakers, keeping your corrections (a file gone or changed is skipped).
    Reextract {
        /// Only these article ids (comma-separated).
        #[arg(long, value_delimiter = ',')]
        ids: Option<Vec<i64>>,
        #[arg(long, value_name = "MB")]
        max_file_size: Option<u64>,
    },
    /// Search the archive (FTS5 syntax plus author:, source:, speaker:, category:).
    Search {
        /// The search (README, "Search syntax"); may start with `-` (`-word` leaves a word out).
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// First publication day included (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Last publication day included.
        #[arg(long)]
        to: Option<String>,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Print a JSON array instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one article with its metadata and quotes.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Export articles to Chronicle's JSON format or to CSL-JSON (all of them unless a
    /// selection is given).
    Export {
        /// Output file (replaced atomically, never the archive), a device or pipe, or - for
        /// standard output.
        #[arg(long, value_name = "FILE|-")]
        out: PathBuf,
        /// `chronicle`: Chronicle's own JSON, which imports back; `csl-json`: a CSL-JSON array
        /// of citations for Zotero and other reference managers.
        #[arg(long, value_name = "FORMAT", default_value = "chronicle", value_parser = ["chronicle", "csl-json"])]
        format: String,
        /// Only articles matching this search.
        query: Option<String>,
        /// Only these article ids (comma-separated).
        #[arg(long, value_delimiter = ',')]
        ids: Option<Vec<i64>>,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
    },
    /// Everyone quoted or writing in the archive, spelling variants merged, with counts.
    /// Only persons: organisations are listed with --organisations; descriptions (`the
    /// company`) and unresolved speakers never.
    People {
        /// Only names containing this text.
        filter: Option<String>,
        /// List the organisations quoted instead of the people.
        #[arg(long)]
        organisations: bool,
        /// Also list each person's quotes (oldest first) with their articles.
        #[arg(long)]
        quotes: bool,
        #[arg(long)]
        json: bool,
    },
    /// An article's quotes, numbered, and the user's corrections of them (README,
    /// "Correcting quotes").
    Quote {
        #[command(subcommand)]
        action: QuoteCommand,
    },
    /// Correct an article's fields (kept apart from what was extracted: importing or
    /// re-extracting the article again keeps them), or put them back with --revert.
    Edit {
        id: i64,
        #[command(flatten)]
        fields: super::FieldEdits,
    },
    /// Add tags to articles or take them off (`search 'tag:NAME'` finds them).
    Tag {
        #[arg(required = true, value_name = "ID")]
        ids: Vec<i64>,
        #[arg(long, value_name = "NAME")]
        add: Vec<String>,
        #[arg(long, value_name = "NAME")]
        remove: Vec<String>,
    },
    /// Write your note on an article (plain text; `note:WORD` searches notes). An empty
    /// TEXT removes it.
    Note {
        id: i64,
        #[arg(allow_hyphen_values = true)]
        text: String,
    },
    /// List the tags with how many articles carry each; rename (merge) or delete one.
    Tags {
        #[arg(long, conflicts_with_all = ["rename", "delete"])]
        json: bool,
        /// Rename tag FROM to TO (merged into TO when that tag exists).
        #[arg(long, num_args = 2, value_names = ["FROM", "TO"], conflicts_with = "delete")]
        rename: Option<Vec<String>>,
        /// Take a tag off every article.
        #[arg(long, value_name = "NAME")]
        delete: Option<String>,
    },
    /// Add Chronicle to the desktop's launcher: a desktop entry and its icon in ~/.local/share.
    Install,
    /// Remove what `install` added (the archive stays).
    Uninstall,
    /// Counts, date range and size of the archive.
    Stats {
        #[arg(long)]
        json: bool,
    },
    /// Measure import, filter, timeline and export speed on a generated corpus.
    Bench {
        /// How many article files to generate and import.
        #[arg(long, default_value_t = 100_000)]
        articles: usize,
        /// Real stories to build the corpus from (Reuters-21578 JSON lines, .jsonl or .jsonl.gz, or a folder holding one).
        #[arg(long, value_name = "PATH")]
        stories: Option<PathBuf>,
        /// Where the corpus and the benchmark archive go (default: a temporary folder, removed
        /// afterwards). A later run replaces them; a folder holding data no run wrote is refused.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
        /// Reuse the archive an earlier run left in --dir: measure queries, export and the
        /// window without building and importing the corpus again.
        #[arg(long, requires = "dir")]
        reuse: bool,
        /// With --reuse: measure the filter queries and their agreement with bm25 only (no
        /// timeline, export or window, so the archive is left as it was).
        #[arg(long, requires = "reuse")]
        queries_only: bool,
    },
    /// Time the window's frames headless on an archive (part of `bench`; prints JSON):
    /// first frame, scrolling the whole result list, and scrolling while FOLDER imports.
    #[command(hide = true)]
    BenchWindow {
        #[arg(long, value_name = "FOLDER")]
        import: Option<PathBuf>,
    },
    /// Score article extraction on a folder of pages with expected results
    /// (each page folder: source.html, expected.html, expected-metadata.json).
    BenchExtract {
        /// Page folders; without it only the text shapes are scored.
        dir: Option<PathBuf>,
        /// Hand-corrected bodies (`<page>.txt`) to score against as well; default
        /// `tests/corpus-expected` when that folder exists.
        #[arg(long, value_name = "DIR")]
        expected: Option<PathBuf>,
        /// Browser text copies of the pages (`scripts/text-copies.py`) to score the
        /// plain-text reader on.
        #[arg(long, value_name = "DIR")]
        copies: Option<PathBuf>,
        /// Labelled text shapes (`tuning/`, `seen/` and `frozen/` halves); default
        /// every `tests/fixtures/text-shapes*` set that exists, unless `--pages` is given.
        #[arg(long, value_name = "DIR")]
        shapes: Option<PathBuf>,
        /// Publication dates labelled by hand for the page folders (`tests/fixtures/page-dates.json`
        /// by default when DIR is given and that file exists).
        #[arg(long, value_name = "FILE")]
        dates: Option<PathBuf>,
        /// Labelled saved pages (`NAME.html` + `NAME.json`, in `tuning/`, `seen/` and `frozen/`
        /// halves or not); default every `tests/fixtures/html-shapes*` set that exists, unless
        /// `--shapes` is given.
        #[arg(long, value_name = "DIR")]
        pages: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Print what Chronicle reads from files, without archiving them.
    Extract {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The article record as JSON (the export format).
        #[arg(long)]
        json: bool,
        /// Only the body text.
        #[arg(long, conflicts_with = "json")]
        body: bool,
        #[arg(long, value_name = "MB")]
        max_file_size: Option<u64>,
    },
}
