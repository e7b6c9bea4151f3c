//! Asking the query worker: the current search, everything after the archive changed, an
//! article to open (and where to scroll once it is there); and draining its answers.

use super::worker::{NotSent, Request};
use super::{ChronicleApp, Focus, correct, selection};
use crate::query::Filter;
use std::time::{Duration, Instant};

impl ChronicleApp {
    /// Drains the workers' answers, stopping after a few milliseconds to keep frames short.
    pub(super) fn receive_answers(&mut self) {
        let budget = Instant::now() + Duration::from_millis(8);
        while Instant::now() < budget {
            match self.runtime.inbox.try_recv() {
                Ok(answer) => self.receive(answer),
                Err(_) => return,
            }
        }
        // More is waiting: come back next frame.
        self.runtime.waker.wake();
    }

    /// Sends a request to the query worker (a status line says when it could not).
    pub(super) fn request(&mut self, request: Request) {
        self.try_request(request);
    }

    /// Sends a request to the query worker; `false` (and a status line) when it could not.
    pub(super) fn try_request(&mut self, request: Request) -> bool {
        let sent = match &self.runtime.queries {
            Some(queries) => queries.send(request),
            None => Err(NotSent::Stopped),
        };
        match sent {
            Ok(()) => return true,
            Err(NotSent::Busy) => {
                self.view.status =
                    "Chronicle is busy answering earlier requests; try again.".into();
            }
            Err(NotSent::Stopped) => {
                self.view.status = "The query worker stopped; restart Chronicle.".into();
            }
        }
        false
    }

    pub(super) fn filter(&self) -> Filter {
        Filter {
            query: self.settings.query.clone(),
            from: self.view.range.map(|r| r.0),
            to: self.view.range.map(|r| r.1),
        }
    }

    /// Sends the current query (first page) and, when the words changed, the timeline counts.
    pub(super) fn refresh_query(&mut self) {
        self.view.generation += 1;
        let generation = self.view.generation;
        let filter = self.filter();
        let sort = self.settings.sort;
        self.view.pending = Some((generation, filter.clone(), sort));
        let sent = self.try_request(Request::Search {
            generation,
            filter: filter.clone(),
            sort,
            offset: 0,
            limit: selection::PAGE_SIZE,
        });
        // Nothing will answer a request that was not sent: the list must not wait for it.
        if !sent {
            self.view.pending = None;
            return;
        }
        if self.view.counts_query.as_deref() != Some(filter.query.as_str()) {
            self.view.counts_query = Some(filter.query.clone());
            self.request(Request::DayCounts { generation, filter });
        }
    }

    /// Re-reads everything after the archive changed (import, delete, undo).
    pub(super) fn archive_changed(&mut self) {
        self.view.counts_query = None;
        self.request(Request::Count);
        self.refresh_query();
        if self.view.people.asked.is_some() {
            self.refresh_people();
        }
        if let Some(person) = &self.view.people.chosen {
            let name = person.name.clone();
            let kind = self.view.people.kind();
            self.request(Request::QuotesBy { name, kind });
        }
        if self.view.event_list.counts.is_some() {
            self.request(Request::EventCounts);
        }
        if let Some((from, to)) = self.view.event_list.range {
            self.request(Request::EventsBetween { from, to });
        }
    }

    pub(super) fn open(&mut self, article_id: i64) {
        if self.view.open_id != Some(article_id) {
            self.view.correct = correct::CorrectState::default();
            self.view.open_id = Some(article_id);
            self.view.open_unmatched = false;
            self.view.focused_quote = None;
            self.view.focused_span = None;
            self.view.pending_focus = None;
            self.request(Request::Article { article_id });
        }
    }

    /// Opens an article and scrolls the reader to `focus` once it is there.
    pub(super) fn open_at(&mut self, article_id: i64, focus: Focus) {
        self.open(article_id);
        self.view.pending_focus = Some(focus);
        self.resolve_focus();
    }

    /// Applies the pending focus if its article is the one shown.
    pub(super) fn resolve_focus(&mut self) {
        let Some(record) = self.view.article.as_deref() else {
            return;
        };
        if self.view.open_id != Some(record.id) {
            return;
        }
        match self.view.pending_focus.take() {
            Some(Focus::Quote(text)) => {
                let quotes = &record.article.quotes;
                let index = quotes
                    .iter()
                    .position(|q| q.text == text)
                    .or_else(|| quotes.iter().position(|q| q.text.trim() == text.trim()));
                self.view.focused_quote = index;
                self.view.focused_span = None;
                self.view.scroll_to_quote = index.is_some();
            }
            Some(Focus::Span(part, range)) => {
                self.view.focused_span = Some((part, range));
                self.view.focused_quote = None;
                self.view.scroll_to_quote = true;
            }
            None => {}
        }
    }
}
