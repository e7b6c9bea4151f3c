//! The benchmark's figures as printed and written to JSON (print.rs reads them): the whole
//! report, the window's frames, and the timings per query, ranking and timeline bucket.

use serde::Serialize;

/// Every figure the benchmark prints.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BenchReport {
    pub articles: usize,
    pub stories_source: String,
    pub raw_text_mb: f64,
    pub corpus_secs: f64,
    pub import_secs: f64,
    pub import_per_sec: f64,
    /// Articles per second for each successive block of 10,000 files.
    pub import_per_sec_by_10k: Vec<f64>,
    pub bare_fts_per_sec: f64,
    pub import_share_of_bare: f64,
    pub archive_mb: f64,
    pub archive_to_raw: f64,
    pub peak_rss_mb_after_import: f64,
    pub open_to_first_query_ms: f64,
    /// Open, first page and the whole archive's timeline: what the window asks on start.
    pub open_to_timeline_ms: f64,
    pub queries: Vec<QueryTiming>,
    pub query_median_ms: f64,
    pub query_p95_ms: f64,
    pub query_max_ms: f64,
    /// Queries whose first 10 results by relevance were compared with a full bm25 ranking
    /// of every match, how many had the same 10, and the mean share in common.
    pub relevance_queries: usize,
    pub relevance_agreeing: usize,
    pub relevance_mean_overlap: f64,
    /// The queries whose first 10 differ from the full ranking's.
    pub relevance_disagreeing: Vec<String>,
    /// The first page by relevance (with its count and snippets) against a full bm25
    /// ranking alone, per query, best of three.
    pub rank_timings: Vec<RankTiming>,
    /// Queries whose first page changed when a space was typed after them (should be none).
    pub trailing_space_mismatches: Vec<String>,
    /// Timeline buckets per day, month and year, over the whole archive and filtered by "oil".
    pub timeline: Vec<TimelineTiming>,
    pub export_10k_secs: f64,
    pub export_10k_mb: f64,
    pub reimport_secs: f64,
    pub reimport_duplicates: usize,
    /// The quote and speaker passes alone on one core, articles per second (quotes.rs).
    pub quote_pass_per_core: f64,
    pub peak_rss_mb_end: f64,
    /// The window's frame times (absent when built without the window).
    pub window: Option<WindowReport>,
}

/// The window over the benchmark archive, measured in a process of its own
/// (`chronicle bench-window`) so its memory figures are the window's alone. Milliseconds.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
pub struct WindowReport {
    /// From creating the app to the end of its first frame.
    pub first_frame_ms: f64,
    /// From creating the app until the first page of results is on screen.
    pub first_results_ms: f64,
    pub scroll_frames: usize,
    pub scroll_p50_ms: f64,
    pub scroll_p95_ms: f64,
    pub scroll_max_ms: f64,
    /// Result pages the list had fetched after scrolling (1 = it never left the first page).
    pub scroll_pages_loaded: usize,
    pub import_articles: usize,
    pub import_frames: usize,
    pub import_p50_ms: f64,
    pub import_p95_ms: f64,
    pub import_max_ms: f64,
    /// Resident memory after scrolling the whole archive's list, before the import.
    pub rss_idle_mb: f64,
    pub rss_peak_mb: f64,
}

/// Building one granularity of timeline buckets (counts from SQLite, then grouped).
#[derive(Debug, Clone, Default, Serialize)]
pub struct TimelineTiming {
    pub bucket: String,
    pub buckets: usize,
    pub all_ms: f64,
    pub filtered_ms: f64,
}

/// One query's first page by relevance against FTS5's bm25 over every match (milliseconds).
#[derive(Debug, Clone, Default, Serialize)]
pub struct RankTiming {
    pub query: String,
    pub first_page_ms: f64,
    pub full_bm25_ms: f64,
}

/// One filter query's latency (first page of 50 with snippets, plus the total count).
#[derive(Debug, Clone, Default, Serialize)]
pub struct QueryTiming {
    pub query: String,
    pub total: usize,
    pub worst_ms: f64,
}
