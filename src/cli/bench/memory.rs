//! The process's memory, from Linux's /proc (0 elsewhere).

/// The process's peak resident set size (Linux `VmHWM`), 0 where unknown.
pub fn peak_rss_mb() -> f64 {
    proc_status_mb("VmHWM:")
}

/// The process's resident set size now (Linux `VmRSS`), 0 where unknown.
pub fn current_rss_mb() -> f64 {
    proc_status_mb("VmRSS:")
}

fn proc_status_mb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}
