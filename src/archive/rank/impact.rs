//! `chronicle_impact(table, weight…)`: what bm25 reads of one row, for the impact lists of
//! the commonest words (heads.rs). Returns a blob of little-endian `f64`s: the table's mean
//! row length in tokens (`avgdl`, as bm25 computes it), the row's length in tokens, then each
//! phrase's weighted frequency in the row, in the query's phrase order. With these,
//! `term_score` gives a phrase's bm25 factor to the bit.
//!
//! Relies on the invariants listed in rank.rs (same API, same position lists).

use super::positions::walk;
use super::{c_int, ffi};

/// The blob described above, or an SQLite error code.
///
/// # Safety
/// `api` and `fts` as FTS5 passes them to an auxiliary function; `args` its trailing values.
unsafe fn impact(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    args: &[*mut ffi::sqlite3_value],
) -> Result<Vec<u8>, c_int> {
    let (Some(phrases), Some(columns), Some(rows), Some(total), Some(size), Some(first)) = (
        api.xPhraseCount,
        api.xColumnCount,
        api.xRowCount,
        api.xColumnTotalSize,
        api.xColumnSize,
        api.xPhraseFirst,
    ) else {
        return Err(ffi::SQLITE_ERROR);
    };
    // SAFETY: per FTS5's contract for auxiliary functions (rank.rs); the iterator lives on
    // this stack frame and the bytes it spans are the phrase's position list for the row.
    unsafe {
        let n_col = usize::try_from(columns(fts)).unwrap_or(0);
        let weights: Vec<f64> = (0..n_col)
            .map(|c| {
                args.get(c)
                    .copied()
                    .filter(|v| !v.is_null())
                    .map_or(1.0, |v| ffi::sqlite3_value_double(v))
            })
            .collect();
        let (mut n_row, mut n_token, mut tokens): (i64, i64, c_int) = (0, 0, 0);
        for rc in [
            rows(fts, &mut n_row),
            total(fts, -1, &mut n_token),
            size(fts, -1, &mut tokens),
        ] {
            if rc != ffi::SQLITE_OK {
                return Err(rc);
            }
        }
        let n_phrase = phrases(fts).max(0);
        let mut out = Vec::with_capacity(8 * (2 + n_phrase as usize));
        out.extend_from_slice(&(n_token as f64 / n_row as f64).to_le_bytes());
        out.extend_from_slice(&f64::from(tokens).to_le_bytes());
        let mut seen = vec![0_i64; n_col];
        for i in 0..n_phrase {
            let mut iter = ffi::Fts5PhraseIter {
                a: std::ptr::null(),
                b: std::ptr::null(),
            };
            let (mut col, mut off): (c_int, c_int) = (0, 0);
            let rc = first(fts, i, &mut iter, &mut col, &mut off);
            if rc != ffi::SQLITE_OK {
                return Err(rc);
            }
            let f = if col < 0 {
                0.0
            } else {
                let rest: &[u8] = if iter.a.is_null() || iter.b <= iter.a {
                    &[]
                } else {
                    std::slice::from_raw_parts(iter.a, iter.b.offset_from(iter.a) as usize)
                };
                walk(col, off, rest, &weights, &mut seen)
            };
            out.extend_from_slice(&f.to_le_bytes());
        }
        Ok(out)
    }
}

pub(super) unsafe extern "C" fn impact_function(
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
            .and_then(|api| impact(api, fts, args))
        {
            Ok(blob) => match c_int::try_from(blob.len()) {
                Ok(len) => ffi::sqlite3_result_blob(
                    ctx,
                    blob.as_ptr().cast(),
                    len,
                    ffi::SQLITE_TRANSIENT(),
                ),
                Err(_) => ffi::sqlite3_result_error_code(ctx, ffi::SQLITE_TOOBIG),
            },
            Err(rc) => ffi::sqlite3_result_error_code(ctx, rc),
        }
    }
}

/// The blob's values: `avgdl`, the row's length, then one weighted frequency per phrase.
pub fn decode(blob: &[u8]) -> Vec<f64> {
    blob.chunks_exact(8)
        .map(|c| {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            f64::from_le_bytes(b)
        })
        .collect()
}
