//! `chronicle`: argument parsing and dispatch only. With no command it opens the window.

use chronicle::cli::{self, Selection};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

// Extraction and indexing allocate heavily; mimalloc measured faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Chronicle: a desktop archive of news articles.
#[derive(Parser)]
#[command(name = "chronicle", version, about, long_about = None)]
struct Args {
    /// The archive file (default: archive.sqlite in your data folder, or $CHRONICLE_ARCHIVE).
    #[arg(long, global = true, value_name = "PATH")]
    archive: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum QuoteCommand {
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
enum TeamCommand {
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
enum Command {
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
        #[arg(long)]
        title: Option<String>,
        /// An author (repeat for several; replaces the authors).
        #[arg(long = "author", value_name = "NAME")]
        authors: Option<Vec<String>>,
        /// Publication date, optionally with a time (2024-10-27, 2024-10-27T09:30).
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        #[arg(long)]
        url: Option<String>,
        #[arg(long)]
        publisher: Option<String>,
        #[arg(long)]
        category: Option<String>,
        #[arg(long)]
        language: Option<String>,
        /// A source (repeat for several; replaces the sources).
        #[arg(long = "source", value_name = "NAME")]
        sources: Option<Vec<String>>,
        /// Put a field back to what was extracted (title, category, authors, published,
        /// sources, publisher, url, language); repeatable.
        #[arg(long, value_name = "FIELD")]
        revert: Vec<String>,
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
        /// Labelled text shapes (`frozen/` and `tuning/` halves); default
        /// `tests/fixtures/text-shapes` when that folder exists.
        #[arg(long, value_name = "DIR")]
        shapes: Option<PathBuf>,
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

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        // The reader of our output went away: it has what it wanted.
        Err(e) if cli::is_closed_output(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let message = format!("{e:#}");
            eprintln!("chronicle: {}", chronicle::terminal::clean_line(&message));
            if e.downcast_ref::<cli::UsageError>().is_some() {
                ExitCode::from(cli::EXIT_USAGE)
            } else if let Some(team) = e.downcast_ref::<chronicle::team::TeamError>() {
                ExitCode::from(team.exit_code())
            } else {
                ExitCode::from(1)
            }
        }
    }
}

fn run(args: Args) -> anyhow::Result<ExitCode> {
    let archive = match args.archive {
        Some(path) => path,
        None => cli::default_archive_path()?,
    };
    match args.command {
        #[cfg(feature = "gui")]
        None => chronicle::app::run(&archive),
        #[cfg(not(feature = "gui"))]
        None => {
            <Args as clap::CommandFactory>::command().print_help()?;
            Ok(ExitCode::from(cli::EXIT_USAGE))
        }
        Some(Command::Import {
            paths,
            max_file_size,
        }) => cli::import(&archive, &paths, max_file_size),
        Some(Command::Search {
            query,
            from,
            to,
            limit,
            json,
        }) => cli::search(
            &archive,
            &Selection {
                query: Some(query),
                from,
                to,
            },
            limit,
            json,
        ),
        Some(Command::Reextract { ids, max_file_size }) => {
            cli::reextract(&archive, ids, max_file_size)
        }
        Some(Command::Show { id, json }) => cli::show(&archive, id, json),
        Some(Command::Export {
            out,
            format,
            query,
            ids,
            from,
            to,
        }) => cli::export(
            &archive,
            &out,
            cli::export_format(&format),
            &Selection { query, from, to },
            ids,
        ),
        Some(Command::People {
            filter,
            organisations,
            quotes,
            json,
        }) => cli::people(
            &archive,
            filter.as_deref().unwrap_or(""),
            organisations,
            quotes,
            json,
        ),
        Some(Command::Stats { json }) => cli::stats(&archive, json),
        Some(Command::Sync {
            team,
            pull_only,
            only,
            since,
            until,
            everything,
        }) => {
            let subset = match (
                everything,
                only.is_some() || since.is_some() || until.is_some(),
            ) {
                (true, _) => cli::Subset::Everything,
                (false, true) => cli::Subset::Set(cli::Selection {
                    query: only,
                    from: since,
                    to: until,
                }),
                (false, false) => cli::Subset::Keep,
            };
            cli::sync(&archive, team.as_deref(), pull_only, subset)
        }
        Some(Command::History { id, team, json }) => {
            cli::history(&archive, id, team.as_deref(), json)
        }
        Some(Command::Team { action }) => match action {
            TeamCommand::Init { address } => cli::team_init(&address),
            TeamCommand::Status { team } => cli::team_status(&archive, team.as_deref()),
            TeamCommand::Search { query, team, limit } => {
                cli::team_search(&archive, team.as_deref(), &query, limit)
            }
        },
        Some(Command::Edit {
            id,
            title,
            authors,
            published,
            url,
            publisher,
            category,
            language,
            sources,
            revert,
        }) => cli::edit(
            &archive,
            id,
            &cli::FieldEdits {
                title,
                authors,
                published,
                url,
                publisher,
                category,
                language,
                sources,
                revert,
            },
        ),
        Some(Command::Tag { ids, add, remove }) => cli::tag(&archive, &ids, &add, &remove),
        Some(Command::Note { id, text }) => cli::note(&archive, id, &text),
        Some(Command::Tags {
            json,
            rename,
            delete,
        }) => {
            let action = match (rename, delete) {
                (Some(names), _) => match <[String; 2]>::try_from(names) {
                    Ok([from, to]) => cli::TagsAction::Rename { from, to },
                    Err(_) => return Err(cli::UsageError("--rename FROM TO".into()).into()),
                },
                (None, Some(name)) => cli::TagsAction::Delete { name },
                (None, None) => cli::TagsAction::List { json },
            };
            cli::tags(&archive, action)
        }
        Some(Command::Install) => cli::install(),
        Some(Command::Uninstall) => cli::uninstall(),
        Some(Command::Quote {
            action: QuoteCommand::List { article, json },
        }) => cli::quote_list(&archive, article, json),
        Some(Command::Quote {
            action:
                QuoteCommand::Correct {
                    article,
                    quote,
                    speaker,
                    organisation,
                    not_a_quote,
                    undo,
                },
        }) => {
            let fix = match (speaker, not_a_quote, undo) {
                (_, _, true) => cli::QuoteFix::Undo,
                (_, true, _) => cli::QuoteFix::NotAQuote,
                (Some(name), _, _) => cli::QuoteFix::Speaker { name, organisation },
                (None, false, false) => {
                    let message = "give --speaker NAME, --not-a-quote or --undo";
                    return Err(cli::UsageError(message.into()).into());
                }
            };
            cli::quote_correct(&archive, article, quote, fix)
        }
        Some(Command::Bench {
            articles,
            stories,
            dir,
            json,
            reuse,
        }) => cli::bench(
            &chronicle::bench::BenchOptions {
                articles,
                stories,
                dir,
                reuse,
            },
            json,
        ),
        Some(Command::BenchWindow { import }) => cli::bench_window(&archive, import),
        Some(Command::BenchExtract {
            dir,
            expected,
            copies,
            shapes,
            json,
        }) => cli::bench_extract(
            dir.as_deref(),
            expected.as_deref(),
            copies.as_deref(),
            shapes.as_deref(),
            json,
        ),
        Some(Command::Extract {
            files,
            json,
            body,
            max_file_size,
        }) => cli::extract_files(&files, json, body, max_file_size),
    }
}
