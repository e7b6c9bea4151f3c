//! `chronicle`: argument parsing and dispatch only. With no command it opens the window.
//! The terminal commands, the benchmark and the extraction scorers (`cli/`) live on this
//! side: the library never depends on them.

mod cli;

use clap::Parser as _;
use cli::Selection;
use cli::args::{Args, Command, QuoteCommand, TeamCommand};
use std::process::ExitCode;

// Extraction and indexing allocate heavily; mimalloc measured faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
            } else if let Some(team) = e.downcast_ref::<chronicle::archive::team::TeamError>() {
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
        Some(Command::Edit { id, fields }) => cli::edit(&archive, id, &fields),
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
            queries_only,
        }) => cli::bench(
            &cli::bench::BenchOptions {
                articles,
                stories,
                dir,
                reuse,
                queries_only,
            },
            json,
        ),
        Some(Command::BenchWindow { import }) => cli::bench_window(&archive, import),
        Some(Command::BenchExtract {
            dir,
            expected,
            copies,
            shapes,
            dates,
            pages,
            json,
        }) => cli::bench_extract(&cli::ExtractBenchPaths {
            dir,
            expected,
            copies,
            shapes,
            dates,
            pages,
            json,
        }),
        Some(Command::Extract {
            files,
            json,
            body,
            max_file_size,
        }) => cli::extract_files(&files, json, body, max_file_size),
    }
}
