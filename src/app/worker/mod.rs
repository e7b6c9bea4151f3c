//! Background threads of the window. The UI thread never touches the archive file: it sends
//! `Request`s to the query worker (`queries.rs`), starts import and export jobs and file
//! dialogs (`jobs.rs`), and reads everything back as `Answer`s (`protocol.rs`) from one
//! channel, drained once per frame from eframe's `logic`.
//!
//! Every thread opens its OWN `Archive` connection to the same file (WAL lets the query worker
//! read while an import writes). After each answer the thread wakes the UI through `Waker`.
//! Search results carry the generation number of the request, so the UI can drop a stale answer.
//! Both channels are bounded: a worker waits when the UI is behind, and the UI never waits
//! (it gives up a request and says so rather than block a frame).

mod jobs;
mod protocol;
mod queries;
mod research;
mod watch;

pub use jobs::{cancel, spawn_dialog, spawn_export, spawn_import};
pub use protocol::{
    Answer, DialogKind, DialogResult, ExportSource, ImportAnswer, ImportSource, Request,
};
pub use queries::{NotSent, Requests, spawn_query_worker};

use eframe::egui;
use std::sync::{Arc, OnceLock, mpsc};

/// How many answers may wait for the UI before a worker waits: far more than one frame
/// drains (a page of results is one answer), few enough to bound memory.
const ANSWERS_WAITING: usize = 1024;

/// Asks the UI for a new frame after a worker sent something. The `egui::Context` is only
/// known once the first frame runs (tests build the app before the harness), hence the cell.
#[derive(Clone, Default)]
pub struct Waker(Arc<OnceLock<egui::Context>>);

impl Waker {
    /// Remembers the context to wake (the first call wins; later calls are free).
    pub fn set(&self, ctx: &egui::Context) {
        self.0.get_or_init(|| ctx.clone());
    }

    /// Requests a repaint, if the UI is already running.
    pub fn wake(&self) {
        if let Some(ctx) = self.0.get() {
            ctx.request_repaint();
        }
    }
}

/// Sends answers to the UI and wakes it; cloned into every thread.
#[derive(Clone)]
pub struct AnswerSink {
    sender: mpsc::SyncSender<Answer>,
    waker: Waker,
}

impl AnswerSink {
    /// A sink and the receiver the UI drains.
    pub fn new(waker: Waker) -> (Self, mpsc::Receiver<Answer>) {
        let (sender, receiver) = mpsc::sync_channel(ANSWERS_WAITING);
        (AnswerSink { sender, waker }, receiver)
    }

    /// Sends one answer, waiting while the UI is behind; `false` when the window is gone
    /// (the thread should stop). Never called on the UI thread, which drains the channel.
    pub fn send(&self, answer: Answer) -> bool {
        // Wake first: a full channel empties only when the UI runs a frame.
        self.waker.wake();
        let delivered = self.sender.send(answer).is_ok();
        self.waker.wake();
        delivered
    }
}

pub(super) fn spawn_named(name: &str, body: impl FnOnce() + Send + 'static) -> Result<(), String> {
    std::thread::Builder::new()
        .name(name.to_string())
        .spawn(body)
        .map(|_| ())
        .map_err(|e| format!("cannot start a background thread: {e}"))
}
