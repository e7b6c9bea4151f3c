//! Reading FTS5's position lists directly: the varints of a phrase's instances, decoded as
//! `xPhraseNext` would, and the weighted frequency they add up to (see rank.rs).

use std::ffi::c_int;

/// The weighted frequency of a phrase in a row, and per column one past its last offset (into
/// `seen`, keeping larger values), from its first instance (`col`, `off`, as `xPhraseFirst`
/// returns it) and the rest of its position list: what calling `xPhraseNext` to the end gives,
/// without a call per instance. The list is FTS5's: varints (SQLite's encoding); 1 starts a
/// column, whose number follows; any other value `v` moves the offset on by `v - 2`.
pub(super) fn walk(col: c_int, off: c_int, rest: &[u8], weights: &[f64], seen: &mut [i64]) -> f64 {
    let n_col = seen.len();
    let last = n_col.saturating_sub(1);
    let mut col = (col.max(0) as usize).min(last);
    let mut off = i64::from(off);
    let mut w = weights.get(col).copied().unwrap_or(1.0);
    let mut f = 0.0;
    // Instances in the current column not yet added to `f`.
    let mut n: u32 = 1;
    let mut at = 0;
    while at < rest.len() {
        let byte = rest[at];
        let mut v = if byte < 0x80 {
            // Most positions move on by fewer than 126 tokens: one byte.
            at += 1;
            u64::from(byte)
        } else {
            let (v, len) = varint(&rest[at..]);
            at += len;
            v
        };
        if v == 1 {
            let (c, len) = varint(&rest[at..]);
            at += len;
            f = add(f, w, n);
            n = 0;
            if let Some(s) = seen.get_mut(col) {
                *s = (*s).max(off.saturating_add(1));
            }
            col = usize::try_from(c).unwrap_or(usize::MAX).min(last);
            w = weights.get(col).copied().unwrap_or(1.0);
            off = 0;
            if at >= rest.len() {
                break;
            }
            let (next, len) = varint(&rest[at..]);
            at += len;
            v = next;
        }
        off = off.saturating_add((v as i64).wrapping_sub(2));
        n = n.saturating_add(1);
    }
    if let Some(s) = seen.get_mut(col) {
        *s = (*s).max(off.saturating_add(1));
    }
    add(f, w, n)
}

/// `f` plus `n` times `w`, as bm25 adds one weight per instance: one multiplication when
/// the weight is a whole number (every partial sum is then an exact integer, so the result
/// is the same to the bit), otherwise one addition at a time.
pub(super) fn add(mut f: f64, w: f64, n: u32) -> f64 {
    if w.fract() == 0.0 && w.abs() < 1e6 {
        return f + w * f64::from(n);
    }
    for _ in 0..n {
        f += w;
    }
    f
}

/// One SQLite varint from the start of `bytes` (at most 9 bytes; fewer when `bytes` ends
/// first) and its length in bytes (at least 1 unless `bytes` is empty).
pub(super) fn varint(bytes: &[u8]) -> (u64, usize) {
    let mut v: u64 = 0;
    for (i, &b) in bytes.iter().enumerate().take(9) {
        if i == 8 {
            return ((v << 8) | u64::from(b), 9);
        }
        v = (v << 7) | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return (v, i + 1);
        }
    }
    (v, bytes.len().min(9))
}
