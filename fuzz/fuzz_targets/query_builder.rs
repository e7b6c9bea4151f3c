//! Any text typed into the search field: the builder either explains the mistake or
//! produces an expression SQLite accepts. A raw SQLite error is a bug.
#![no_main]
use chronicle::archive::{Archive, ArchiveError, Filter, Sort};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use std::sync::Mutex;

static ARCHIVE: LazyLock<Mutex<Archive>> = LazyLock::new(|| Mutex::new(Archive::open_in_memory().expect("archive")));

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else { return };
    let Ok(archive) = ARCHIVE.lock() else { return };
    let filter = Filter { query: query.to_string(), ..Filter::default() };
    match archive.search(&filter, Sort::Relevance, 5, 0) {
        Ok(_) | Err(ArchiveError::Query(_)) => {}
        Err(e) => panic!("query {query:?} reached SQLite as syntax: {e:#}"),
    }
});
