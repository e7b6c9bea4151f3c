//! The query worker notices writes by other processes: while it waits for requests it asks
//! SQLite's `data_version` once a second (no page read) and tells the window, which then
//! counts, lists and draws the timeline again.

use super::{Answer, AnswerSink, Request};
use crate::archive::Archive;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// How often the worker looks, while idle.
const EVERY: Duration = Duration::from_secs(1);

/// The version last seen.
pub struct Watch {
    version: Option<i64>,
}

impl Watch {
    pub fn new(archive: &Archive) -> Self {
        Watch {
            version: archive.data_version().ok(),
        }
    }

    /// The next request; between requests, a `ChangedElsewhere` event whenever the version
    /// moved. `None` once the window is gone.
    pub fn next_request(
        &mut self,
        archive: &Archive,
        receiver: &Receiver<Request>,
        events: &AnswerSink,
    ) -> Option<Request> {
        loop {
            match receiver.recv_timeout(EVERY) {
                Ok(request) => return Some(request),
                Err(RecvTimeoutError::Disconnected) => return None,
                Err(RecvTimeoutError::Timeout) => {
                    let now = archive.data_version().ok();
                    if now.is_some() && now != self.version {
                        let first = self.version.is_none();
                        self.version = now;
                        if !first && !events.send(Answer::ChangedElsewhere) {
                            return None;
                        }
                    }
                }
            }
        }
    }
}
