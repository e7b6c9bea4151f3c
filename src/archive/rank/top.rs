//! `chronicle_top(table, weight…)`: the ranking of `chronicle_rank` (the same pruning, the
//! same exact scores), with the best rows gathered here instead of sorted by SQLite, so that
//! one pass over the matches gives both the page and the number of matches:
//!
//! ```sql
//! SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND chronicle_top(articles_fts, 10.0, …)
//! ```
//!
//! run inside `collect`, counts the matches and leaves their `k` best in `collect`'s answer.
//! A pass can be limited to a range of rowids, and two ranges ranked on two connections at
//! once (search/halves.rs): each range's `k` best hold the whole's `k` best.
//!
//! The state lives in a thread-local slot that `collect` fills before the statement runs and
//! empties after: SQLite calls the function on the thread that steps the statement, which is
//! `collect`'s. Outside `collect` the function is an error. Relies on the invariants listed in
//! rank.rs (same API, same position lists).

use super::state::State;
use super::{c_int, ffi, score_row};
use std::cell::RefCell;

enum Sink {
    /// No `collect` running on this thread.
    Off,
    /// `collect` asked for the `k` best; no row seen yet.
    Waiting(usize),
    Ranking(State),
}

thread_local! {
    static SINK: RefCell<Sink> = const { RefCell::new(Sink::Off) };
}

/// What `run` returned, and the `k` best rows (`(score, rowid)`, higher scores first, ties
/// newest first) of the rows `chronicle_top` saw while it ran on this thread. A score is
/// minus bm25's with the column weights (divided by the IDF when the query has one phrase):
/// higher is better.
pub fn collect<T>(k: usize, run: impl FnOnce() -> T) -> (T, Vec<(f64, i64)>) {
    SINK.with(|s| *s.borrow_mut() = Sink::Waiting(k.max(1)));
    let out = run();
    let sink = SINK.with(|s| std::mem::replace(&mut *s.borrow_mut(), Sink::Off));
    let best = match sink {
        Sink::Ranking(state) => state.into_best(),
        Sink::Off | Sink::Waiting(_) => Vec::new(),
    };
    (out, best)
}

/// Scores the current row into the thread's sink.
///
/// # Safety
/// `api` and `fts` as FTS5 passes them to an auxiliary function; `args` its trailing values.
unsafe fn top_row(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    args: &[*mut ffi::sqlite3_value],
) -> Result<(), c_int> {
    SINK.with(|s| {
        // Never borrowed across a call back into SQLite that could come here again.
        let mut sink = s.try_borrow_mut().map_err(|_| ffi::SQLITE_MISUSE)?;
        if let Sink::Waiting(k) = *sink {
            // SAFETY: as the caller's.
            *sink = Sink::Ranking(unsafe { State::new(api, fts, k, args)? });
        }
        match &mut *sink {
            // SAFETY: as the caller's.
            Sink::Ranking(state) => unsafe { score_row(api, fts, state) }.map(drop),
            Sink::Off | Sink::Waiting(_) => Err(ffi::SQLITE_MISUSE),
        }
    })
}

pub(super) unsafe extern "C" fn top_function(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    n_val: c_int,
    ap_val: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 passes a valid API table, context and `n_val` values (rank.rs).
    unsafe {
        let args = super::call_values(ap_val, n_val);
        match api
            .as_ref()
            .ok_or(ffi::SQLITE_ERROR)
            .and_then(|api| top_row(api, fts, args))
        {
            Ok(()) => ffi::sqlite3_result_int(ctx, 1),
            Err(rc) => ffi::sqlite3_result_error_code(ctx, rc),
        }
    }
}
