//! `chronicle_rank`, an FTS5 auxiliary function: the order of FTS5's `bm25()` with the same
//! column weights, computed exactly for the rows that can still reach the first `k` and
//! skipped for the others. The only `unsafe` code of the archive: FTS5's C API has no safe
//! wrapper in rusqlite.
//!
//! Why: `bm25()` reads each matching row's size from the `_docsize` table (one SQL statement
//! per row) and counts every row of every phrase once per query for the IDF. A common word
//! matches nearly every article, and scoring all of them cost 130 ms at 100,000 articles
//! (docs/performance.md). Here, per row:
//!
//! 1. the weighted frequency `f` of each phrase and, per column, one past the last offset
//!    where a phrase occurs are read from the phrase's position list (the list `xInst` reads
//!    too, in the same order): `xPhraseFirst` gives the first instance and the span of the
//!    rest, which `walk` decodes as `xPhraseNext` would, without a call per instance (a
//!    common word has dozens per article);
//! 2. those offsets give a lower bound `d ≤ D` on the row's length in tokens, so the same
//!    formula with `d` in place of `D` is an upper bound on the row's score (each step of
//!    the formula is monotonic, in floating point too: IEEE rounding is monotonic);
//! 3. when that bound is below the `k`-th best exact score seen so far, the row cannot be in
//!    the first `k` and gets `PRUNED`, which sorts after every real score; otherwise its size
//!    is read (`xColumnSize`) and its exact score kept.
//!
//! The first `k` rows of `ORDER BY chronicle_rank(...), rowid DESC` are therefore exactly the
//! first `k` of `ORDER BY bm25(...), rowid DESC` (tests below), whatever order FTS5 visits the
//! rows in. Two further savings keep the order: with one phrase, bm25 is that phrase's IDF (a
//! positive constant for the query) times a per-row term, so the term alone is returned and no
//! IDF pass runs; with several, a phrase's IDF (a pass over its rows) is computed the first
//! time a row contains it, so phrases only excluded (`NOT`) cost nothing.
//!
//! Invariants the `unsafe` blocks rely on (checked by the tests below):
//! - `register` passes `sqlite3_bind_pointer` the address of a live `*mut fts5_api` and reads
//!   it only after the statement ran; the pointer is used while the connection is open.
//! - FTS5 calls `rank_function` with a valid API table and context for the duration of the
//!   call; `apVal` holds `nVal` values.
//! - The per-query state is a `Box<State>` handed to FTS5 with `xSetAuxdata` and freed by
//!   FTS5 through `free_state`, exactly once; it is only borrowed in between. For
//!   `chronicle_top` it is a value in a thread-local slot (top.rs), borrowed only during a
//!   call.
//! - The bytes between an `Fts5PhraseIter`'s `a` and `b` after `xPhraseFirst` are the rest
//!   of the phrase's position list, alive until the function returns (SQLite is bundled, so
//!   this is the version tested); `walk` reads them as a slice and never past its end.
//! - No panic crosses the C boundary: the functions do no unchecked indexing and
//!   allocate only small vectors.

// The one module allowed `unsafe` (Cargo.toml denies it elsewhere).
#![allow(unsafe_code)]

pub(super) mod impact;
pub(super) mod positions;
mod state;
pub(super) mod top;

use positions::walk;
use state::State;
pub(super) use state::{K1, term_score};

use rusqlite::Connection;
use rusqlite::ffi;
use std::ffi::{c_int, c_void};

/// What a row that cannot reach the first `k` gets: after every real score (which are ≤ 0).
pub const PRUNED: f64 = 1.0;

/// Makes `chronicle_rank(table, k, weight…)`, `chronicle_top(table, weight…)` (top.rs) and
/// `chronicle_impact(table, weight…)` (impact.rs) available on `conn`.
pub fn register(conn: &Connection) -> rusqlite::Result<()> {
    let api = fts5_api(conn)?;
    create_function(api, c"chronicle_rank", rank_function)?;
    create_function(api, c"chronicle_top", top::top_function)?;
    create_function(api, c"chronicle_impact", impact::impact_function)
}

/// Registers one auxiliary function with FTS5.
fn create_function(
    api: *mut ffi::fts5_api,
    name: &'static std::ffi::CStr,
    function: unsafe extern "C" fn(
        *const ffi::Fts5ExtensionApi,
        *mut ffi::Fts5Context,
        *mut ffi::sqlite3_context,
        c_int,
        *mut *mut ffi::sqlite3_value,
    ),
) -> rusqlite::Result<()> {
    // SAFETY: `api` is the live fts5_api of this connection (see `fts5_api`); the name is a
    // NUL-terminated static string; no user data and no destructor are passed.
    let rc = unsafe {
        match (*api).xCreateFunction {
            Some(create) => create(
                api,
                name.as_ptr(),
                std::ptr::null_mut(),
                Some(function),
                None,
            ),
            None => ffi::SQLITE_ERROR,
        }
    };
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rusqlite::Error::SqliteFailure(
            ffi::Error::new(rc),
            Some(format!("registering {}", name.to_string_lossy())),
        ))
    }
}

/// The connection's FTS5 API table, as SQLite's documentation says to obtain it: `SELECT
/// fts5(?1)` with a pointer bound to `?1`.
fn fts5_api(conn: &Connection) -> rusqlite::Result<*mut ffi::fts5_api> {
    let fail = |rc: c_int, what: &str| {
        rusqlite::Error::SqliteFailure(ffi::Error::new(rc), Some(what.to_string()))
    };
    let mut api: *mut ffi::fts5_api = std::ptr::null_mut();
    // SAFETY: the handle is this open connection's; the statement is finalized before
    // returning; the bound pointer (`&mut api`) outlives the statement, and FTS5 writes one
    // `*mut fts5_api` through it, which is what it points to.
    unsafe {
        let db = conn.handle();
        let mut stmt: *mut ffi::sqlite3_stmt = std::ptr::null_mut();
        let rc = ffi::sqlite3_prepare_v2(
            db,
            c"SELECT fts5(?1)".as_ptr(),
            -1,
            &mut stmt,
            std::ptr::null_mut(),
        );
        if rc != ffi::SQLITE_OK {
            return Err(fail(rc, "preparing SELECT fts5(?1)"));
        }
        let mut rc = ffi::sqlite3_bind_pointer(
            stmt,
            1,
            (&mut api as *mut *mut ffi::fts5_api).cast::<c_void>(),
            c"fts5_api_ptr".as_ptr(),
            None,
        );
        if rc == ffi::SQLITE_OK {
            rc = ffi::sqlite3_step(stmt);
            if rc == ffi::SQLITE_ROW || rc == ffi::SQLITE_DONE {
                rc = ffi::SQLITE_OK;
            }
        }
        ffi::sqlite3_finalize(stmt);
        if rc != ffi::SQLITE_OK {
            return Err(fail(rc, "asking for the FTS5 API"));
        }
        if api.is_null() || (*api).iVersion < 2 {
            return Err(fail(ffi::SQLITE_ERROR, "FTS5 API version 2 or later"));
        }
    }
    Ok(api)
}

unsafe extern "C" fn free_state(p: *mut c_void) {
    if !p.is_null() {
        // SAFETY: `p` came from `Box::into_raw` in `state` and FTS5 frees it once.
        drop(unsafe { Box::from_raw(p.cast::<State>()) });
    }
}

unsafe extern "C" fn count_row(
    _api: *const ffi::Fts5ExtensionApi,
    _fts: *mut ffi::Fts5Context,
    user: *mut c_void,
) -> c_int {
    // SAFETY: `user` is the `i64` counter `phrase_rows` passes, alive during the call.
    unsafe { *user.cast::<i64>() += 1 };
    ffi::SQLITE_OK
}

/// The query's state (`xGetAuxdata`), created on its first row.
///
/// # Safety
/// `api` and `fts` as FTS5 passes them to an auxiliary function; `args` its trailing values.
unsafe fn state<'a>(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    args: &[*mut ffi::sqlite3_value],
) -> Result<&'a mut State, c_int> {
    let (Some(get), Some(set)) = (api.xGetAuxdata, api.xSetAuxdata) else {
        return Err(ffi::SQLITE_ERROR);
    };
    // SAFETY: per FTS5's contract for auxiliary functions (module comment).
    unsafe {
        let p = get(fts, 0).cast::<State>();
        if !p.is_null() {
            return Ok(&mut *p);
        }
        let k = args
            .first()
            .copied()
            .filter(|v| !v.is_null())
            .map_or(10, |v| ffi::sqlite3_value_int64(v))
            .max(1);
        let k = usize::try_from(k).unwrap_or(usize::MAX);
        let raw = Box::into_raw(Box::new(State::new(
            api,
            fts,
            k,
            args.get(1..).unwrap_or(&[]),
        )?));
        // On failure FTS5 has already called `free_state` on `raw`.
        let rc = set(fts, raw.cast::<c_void>(), Some(free_state));
        if rc != ffi::SQLITE_OK {
            return Err(rc);
        }
        Ok(&mut *raw)
    }
}

/// bm25's IDF of phrase `i`: one pass over the rows that contain it.
///
/// # Safety
/// As `state`.
unsafe fn idf(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    i: c_int,
) -> Result<f64, c_int> {
    let (Some(query), Some(rows)) = (api.xQueryPhrase, api.xRowCount) else {
        return Err(ffi::SQLITE_ERROR);
    };
    let mut n_row: i64 = 0;
    let mut n_hit: i64 = 0;
    // SAFETY: the counter outlives the call, which is all `count_row` needs.
    let rc = unsafe {
        let rc = rows(fts, &mut n_row);
        if rc == ffi::SQLITE_OK {
            query(
                fts,
                i,
                (&mut n_hit as *mut i64).cast::<c_void>(),
                Some(count_row),
            )
        } else {
            rc
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(rc);
    }
    // The same expression as FTS5's: log((nRow - nHit + 0.5) / (nHit + 0.5)).
    let idf = (((n_row - n_hit) as f64 + 0.5) / (n_hit as f64 + 0.5)).ln();
    Ok(if idf <= 0.0 { 1e-6 } else { idf })
}

/// The current row's exact score (higher is better), kept among `st`'s best; `None` when
/// it cannot be among the first `k` (pruned).
///
/// # Safety
/// `api` and `fts` as FTS5 passes them to an auxiliary function.
unsafe fn score_row(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    st: &mut State,
) -> Result<Option<f64>, c_int> {
    let (Some(first), Some(size), Some(rowid)) = (api.xPhraseFirst, api.xColumnSize, api.xRowid)
    else {
        return Err(ffi::SQLITE_ERROR);
    };
    // SAFETY: per FTS5's contract (module comment); the iterator lives on this stack frame,
    // and the bytes it spans are the phrase's position list, which FTS5 keeps for the row.
    unsafe {
        st.seen.iter_mut().for_each(|s| *s = 0);
        let mut any = false;
        for i in 0..st.freq.len() {
            let mut iter = ffi::Fts5PhraseIter {
                a: std::ptr::null(),
                b: std::ptr::null(),
            };
            let (mut col, mut off): (c_int, c_int) = (0, 0);
            let rc = first(fts, i as c_int, &mut iter, &mut col, &mut off);
            if rc != ffi::SQLITE_OK {
                return Err(rc);
            }
            let rest: &[u8] = if col < 0 || iter.a.is_null() || iter.b <= iter.a {
                &[]
            } else {
                std::slice::from_raw_parts(iter.a, iter.b.offset_from(iter.a) as usize)
            };
            let f = if col < 0 {
                0.0
            } else {
                walk(col, off, rest, &st.weights, &mut st.seen)
            };
            if let Some(slot) = st.freq.get_mut(i) {
                *slot = f;
            }
            if f != 0.0 {
                any = true;
                if !st.single && st.idf.get(i).is_some_and(Option::is_none) {
                    let v = idf(api, fts, i as c_int)?;
                    if let Some(slot) = st.idf.get_mut(i) {
                        *slot = Some(v);
                    }
                }
            }
        }
        let id = rowid(fts);
        if !any {
            // Every term of bm25's sum is 0 whatever the row's length.
            st.keep(0.0, id);
            return Ok(Some(0.0));
        }
        let lower = st.seen.iter().fold(0_i64, |a, &b| a.saturating_add(b));
        if st.beaten(st.score(lower as f64)) {
            return Ok(None);
        }
        let mut tokens: c_int = 0;
        let rc = size(fts, -1, &mut tokens);
        if rc != ffi::SQLITE_OK {
            return Err(rc);
        }
        let score = st.score(f64::from(tokens));
        st.keep(score, id);
        Ok(Some(score))
    }
}

/// The row's ranking key: `-score` (lower is better, as bm25), or `PRUNED`.
///
/// # Safety
/// As `state`.
unsafe fn rank_row(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    args: &[*mut ffi::sqlite3_value],
) -> Result<f64, c_int> {
    // SAFETY: as the caller's.
    unsafe {
        let st = state(api, fts, args)?;
        Ok(score_row(api, fts, st)?.map_or(PRUNED, |s| -s))
    }
}

/// The values FTS5 passes an auxiliary function.
///
/// # Safety
/// `ap_val` holds `n_val` values alive for the call (FTS5's contract, module comment).
pub(super) unsafe fn call_values<'a>(
    ap_val: *mut *mut ffi::sqlite3_value,
    n_val: c_int,
) -> &'a [*mut ffi::sqlite3_value] {
    if ap_val.is_null() || n_val <= 0 {
        &[]
    } else {
        // SAFETY: the caller's contract above.
        unsafe { std::slice::from_raw_parts(ap_val, n_val as usize) }
    }
}

unsafe extern "C" fn rank_function(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    n_val: c_int,
    ap_val: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 passes a valid API table, context and `n_val` values (module comment).
    unsafe {
        let args = call_values(ap_val, n_val);
        match api.as_ref() {
            Some(api) => match rank_row(api, fts, args) {
                Ok(v) => ffi::sqlite3_result_double(ctx, v),
                Err(rc) => ffi::sqlite3_result_error_code(ctx, rc),
            },
            None => ffi::sqlite3_result_error_code(ctx, ffi::SQLITE_ERROR),
        }
    }
}

#[cfg(test)]
mod tests;
