//! What `chronicle_rank` keeps between the rows of one query, and bm25's arithmetic.

use rusqlite::ffi;
use std::ffi::c_int;

/// The bm25 constants FTS5 uses.
pub(in crate::archive) const K1: f64 = 1.2;
const B: f64 = 0.75;

/// Per-query state, kept between rows (by FTS5 with `xSetAuxdata`, or by top.rs).
pub(super) struct State {
    /// How many of the best rows must be scored exactly.
    pub(super) k: usize,
    /// Weight per column (1.0 for columns without one), as bm25 reads its arguments.
    pub(super) weights: Vec<f64>,
    pub(super) avgdl: f64,
    /// IDF per phrase once computed (`None` until a row contains the phrase).
    pub(super) idf: Vec<Option<f64>>,
    /// One phrase: the IDF is a common factor, left out.
    pub(super) single: bool,
    /// The `k` best rows so far by exact score, ties newest first, worst first (`best[0]`
    /// holds the threshold).
    pub(super) best: Vec<(f64, i64)>,
    pub(super) freq: Vec<f64>,
    /// Per column, one past the last offset where some phrase occurs in the row.
    pub(super) seen: Vec<i64>,
}

impl State {
    /// The score (higher is better) of a row whose phrases have weighted frequencies
    /// `freq` and whose length in tokens is `d`: bm25's sum with the same operations in the
    /// same order, so the value is bm25's to the bit (without the IDF for one phrase).
    pub(super) fn score(&self, d: f64) -> f64 {
        let mut score = 0.0;
        for (i, &f) in self.freq.iter().enumerate() {
            let idf = if self.single {
                1.0
            } else {
                self.idf.get(i).copied().flatten().unwrap_or(0.0)
            };
            if f == 0.0 {
                // bm25 adds idf * 0 / positive = 0 here.
                continue;
            }
            score += idf * term_score(f, d, self.avgdl);
        }
        score
    }

    /// Whether a row whose score is at most `bound` can be left out of the first `k`. A row
    /// that ties the threshold may still enter (ties go to the newest), so only `<` prunes.
    pub(super) fn beaten(&self, bound: f64) -> bool {
        self.best.len() >= self.k && self.best.first().is_some_and(|&(t, _)| bound < t)
    }

    /// Keeps row `rowid` of score `score` if it is among the `k` best so far.
    pub(super) fn keep(&mut self, score: f64, rowid: i64) {
        let row = (score, rowid);
        let below = |b: &(f64, i64)| b.0 < score || (b.0 == score && b.1 < rowid);
        if self.best.len() >= self.k {
            match self.best.first() {
                Some(worst) if below(worst) => {
                    self.best.remove(0);
                }
                _ => return,
            }
        }
        let at = self.best.partition_point(below);
        self.best.insert(at, row);
    }

    /// The rows kept, best first.
    pub(super) fn into_best(self) -> Vec<(f64, i64)> {
        let mut best = self.best;
        best.reverse();
        best
    }
}

/// bm25's per-row factor for one phrase of weighted frequency `f` in a row of `d` tokens,
/// with the same operations in the same order as FTS5's (so the same value to the bit).
pub fn term_score(f: f64, d: f64, avgdl: f64) -> f64 {
    (f * (K1 + 1.0)) / (f + K1 * (1.0 - B + B * d / avgdl))
}

impl State {
    /// The state of a query asked for its `k` best rows, `weights` the column weights as
    /// SQL values (1.0 for a column without one).
    ///
    /// # Safety
    /// `api` and `fts` as FTS5 passes them to an auxiliary function; `weights` its values.
    pub(super) unsafe fn new(
        api: &ffi::Fts5ExtensionApi,
        fts: *mut ffi::Fts5Context,
        k: usize,
        weights: &[*mut ffi::sqlite3_value],
    ) -> Result<State, c_int> {
        let (Some(phrases), Some(columns), Some(rows), Some(total)) = (
            api.xPhraseCount,
            api.xColumnCount,
            api.xRowCount,
            api.xColumnTotalSize,
        ) else {
            return Err(ffi::SQLITE_ERROR);
        };
        // SAFETY: per FTS5's contract for auxiliary functions (module comment).
        unsafe {
            let n_col = usize::try_from(columns(fts)).unwrap_or(0);
            let weights = (0..n_col)
                .map(|c| {
                    weights
                        .get(c)
                        .copied()
                        .filter(|v| !v.is_null())
                        .map_or(1.0, |v| ffi::sqlite3_value_double(v))
                })
                .collect();
            let n_phrase = usize::try_from(phrases(fts)).unwrap_or(0);
            let mut n_row: i64 = 0;
            let mut n_token: i64 = 0;
            let mut rc = rows(fts, &mut n_row);
            if rc == ffi::SQLITE_OK {
                rc = total(fts, -1, &mut n_token);
            }
            if rc != ffi::SQLITE_OK {
                return Err(rc);
            }
            Ok(State {
                k: k.max(1),
                weights,
                avgdl: n_token as f64 / n_row as f64,
                idf: vec![None; n_phrase],
                single: n_phrase == 1,
                best: Vec::new(),
                freq: vec![0.0; n_phrase],
                seen: vec![0; n_col],
            })
        }
    }
}
