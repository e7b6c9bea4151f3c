//! The query worker: one thread with its own connection answering the UI's requests, the
//! newest of a burst first.

use super::{Answer, AnswerSink, Request, spawn_named};
use crate::archive::{Archive, ArchiveError};
use crate::model::QuoteAt;
use crate::model::QuoteChange;
use std::path::Path;
use std::sync::mpsc;

/// How many requests may wait for the worker; a frame sends a handful at most.
const REQUESTS_WAITING: usize = 256;

/// Where the UI sends requests: bounded, and never waited on.
#[derive(Clone)]
pub struct Requests(mpsc::SyncSender<Request>);

/// Why a request was not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSent {
    /// The worker is behind by a full queue.
    Busy,
    /// The worker stopped (it could not open the archive, or it panicked).
    Stopped,
}

impl Requests {
    pub fn send(&self, request: Request) -> Result<(), NotSent> {
        self.0.try_send(request).map_err(|e| match e {
            mpsc::TrySendError::Full(_) => NotSent::Busy,
            mpsc::TrySendError::Disconnected(_) => NotSent::Stopped,
        })
    }
}

/// Starts the query worker on its own connection; returns where to send requests.
pub fn spawn_query_worker(archive_path: &Path, events: AnswerSink) -> Result<Requests, String> {
    let (sender, receiver) = mpsc::sync_channel::<Request>(REQUESTS_WAITING);
    let path = archive_path.to_path_buf();
    spawn_named("chronicle-query", move || {
        let progress_events = events.clone();
        let mut progress = |p: crate::model::MigrationProgress| {
            progress_events.send(Answer::Status(if p.done == p.total {
                format!("Updated the archive to version {}", p.to_version)
            } else {
                format!(
                    "Updating the archive to version {}: {} of {} articles…",
                    p.to_version, p.done, p.total
                )
            }));
        };
        let mut archive = match Archive::open_with_progress(&path, &mut progress) {
            Ok(a) => a,
            Err(e) => {
                let message = crate::app::archives::cannot_open_message(&path, &e);
                events.send(Answer::CannotOpen(message));
                return;
            }
        };
        query_loop(&mut archive, &receiver, &events);
    })?;
    Ok(Requests(sender))
}

fn query_loop(archive: &mut Archive, receiver: &mpsc::Receiver<Request>, events: &AnswerSink) {
    let mut watch = super::watch::Watch::new(archive);
    while let Some(first) = watch.next_request(archive, receiver, events) {
        // Take everything queued, so a burst of keystrokes only runs the newest query.
        let mut batch = vec![first];
        batch.extend(receiver.try_iter());
        let newest_search = batch.iter().filter_map(|r| match r {
            Request::Search { generation, .. } => Some(*generation),
            _ => None,
        });
        let newest_search = newest_search.max().unwrap_or(0);
        let newest_counts = batch
            .iter()
            .filter_map(|r| match r {
                Request::DayCounts { generation, .. } => Some(*generation),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let newest_people = batch
            .iter()
            .filter_map(|r| match r {
                Request::People { generation, .. } => Some(*generation),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        // Only the last name typed in the correction editor needs suggestions.
        let last_suggest = batch
            .iter()
            .rposition(|r| matches!(r, Request::SuggestSpeakers { .. }));
        for (i, request) in batch.into_iter().enumerate() {
            let stale = match &request {
                Request::People { generation, .. } => *generation < newest_people,
                Request::Search { generation, .. } => *generation < newest_search,
                Request::DayCounts { generation, .. } => *generation < newest_counts,
                Request::SuggestSpeakers { .. } => Some(i) != last_suggest,
                _ => false,
            };
            if !stale && !events.send(answer(archive, request)) {
                return;
            }
        }
    }
}

fn answer(archive: &mut Archive, request: Request) -> Answer {
    match request {
        Request::Search {
            generation,
            filter,
            sort,
            offset,
            limit,
        } => match archive.search(&filter, sort, limit, offset) {
            Ok(page) => Answer::Page {
                generation,
                offset,
                page,
            },
            Err(e) => Answer::QueryFailed {
                generation,
                message: query_message(&e),
            },
        },
        Request::DayCounts { generation, filter } => match archive.day_counts(&filter) {
            Ok(counts) => Answer::DayCounts { generation, counts },
            // The search request of the same generation reports the error.
            Err(e) => Answer::QueryFailed {
                generation,
                message: query_message(&e),
            },
        },
        Request::AllIds { generation, filter } => match archive.matching_ids(&filter) {
            Ok(ids) => Answer::AllIds { generation, ids },
            Err(e) => Answer::Failed(format!("cannot select all: {e:#}")),
        },
        Request::Article { article_id } => match archive.article(article_id) {
            Ok(record) => Answer::Article {
                article_id,
                file_exists: record
                    .as_ref()
                    .is_some_and(|r| Path::new(&r.file.path).is_file()),
                record: record.map(Box::new),
            },
            Err(e) => Answer::Failed(format!("cannot read article {article_id}: {e:#}")),
        },
        Request::StillMatches {
            generation,
            article_id,
            filter,
        } => match archive.article_matches(&filter, article_id) {
            Ok(matches) => Answer::StillMatches {
                generation,
                article_id,
                matches,
            },
            Err(e) => Answer::Failed(format!("cannot check article {article_id}: {e:#}")),
        },
        Request::Count => match archive.stats() {
            Ok(stats) => Answer::Count(stats),
            Err(e) => Answer::Failed(format!("cannot count the articles: {e:#}")),
        },
        Request::Delete { article_ids } => match archive.delete(&article_ids) {
            Ok(records) => Answer::Deleted(records),
            Err(e) => Answer::Failed(format!("cannot delete: {e:#}")),
        },
        Request::Restore { records } => match archive.restore(&records) {
            Ok(n) => Answer::Restored(n),
            Err(e) => Answer::Failed(format!("cannot undo the delete: {e:#}")),
        },
        Request::People {
            generation,
            contains,
            organisations,
        } => {
            let listed = if organisations {
                archive.organisations(&contains)
            } else {
                archive.people(&contains)
            };
            match listed {
                Ok(people) => Answer::People { generation, people },
                Err(e) => Answer::Failed(format!("cannot list people: {e:#}")),
            }
        }
        Request::QuotesBy { name, kind } => match archive.quotes_by(&name, kind) {
            Ok(quotes) => Answer::QuotesBy { name, quotes },
            Err(e) => Answer::Failed(format!("cannot list the quotes of {name}: {e:#}")),
        },
        Request::SuggestSpeakers { contains } => match archive.people(&contains) {
            Ok(people) => Answer::Suggestions {
                contains,
                names: people.into_iter().map(|p| p.name).collect(),
            },
            Err(e) => Answer::Failed(format!("cannot list people: {e:#}")),
        },
        Request::CorrectQuote {
            article_id,
            at,
            change,
        } => correct_quote(archive, article_id, at, change),
        Request::Research(request) => super::research::answer(archive, request),
        Request::EventCounts => match archive.event_day_counts() {
            Ok(counts) => Answer::DatedEventCounts(counts),
            Err(e) => Answer::Failed(format!("cannot count the events: {e:#}")),
        },
        Request::EventsBetween { from, to } => match archive.events_between(from, to) {
            Ok(events) => Answer::DatedEvents { from, to, events },
            Err(e) => Answer::Failed(format!("cannot list the events: {e:#}")),
        },
    }
}

fn correct_quote(
    archive: &mut Archive,
    article_id: i64,
    at: QuoteAt,
    change: Option<QuoteChange>,
) -> Answer {
    let message = match &change {
        Some(QuoteChange::Speaker { name, .. }) => format!("Speaker corrected to {name}"),
        Some(QuoteChange::NotAQuote) => "Marked as not a quote".to_string(),
        None => "Correction undone".to_string(),
    };
    let done = match change {
        Some(change) => {
            let now = crate::export::now();
            archive.correct_quote(article_id, at, change, &now)
        }
        None => archive.undo_quote_correction(article_id, at).map(|_| ()),
    };
    match done.and_then(|()| archive.article(article_id)) {
        Ok(Some(record)) => Answer::Corrected {
            record: Box::new(record),
            message,
        },
        Ok(None) => Answer::Failed(format!("article {article_id} is gone")),
        Err(e) => Answer::Failed(format!("cannot correct the quote: {e:#}")),
    }
}

fn query_message(e: &ArchiveError) -> String {
    match e {
        // Its Display is already a one-line explanation.
        ArchiveError::Query(q) => q.to_string(),
        other => format!("{other:#}"),
    }
}
