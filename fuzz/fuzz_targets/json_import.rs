//! Any bytes as a Chronicle export: a clear error or articles, never a panic; the articles
//! read are within the caps, with valid dates and ids that leave room for later ones.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for e in chronicle::extract::extract("export.json", data).unwrap_or_default() {
        use chronicle::extract::limits::*;
        let a = &e.article;
        assert!(a.quotes.len() <= MAX_QUOTES && a.events.len() <= MAX_EVENTS);
        assert!(a.authors.len() <= MAX_AUTHORS && a.sources.len() <= MAX_SOURCES);
        assert!(a.images.len() <= MAX_IMAGES);
        for date in [&a.published, &a.modified].into_iter().flatten() {
            assert!(chronicle::extract::json::is_iso_date(date), "{date:?}");
        }
        if let Some(id) = e.origin.as_ref().and_then(|o| o.id) {
            assert!((1..=chronicle::extract::json::MAX_KEPT_ID).contains(&id));
        }
    }
});
