//! Any bytes as a saved web page (HTML and MHTML): never a panic or a stack overflow, and no
//! article over the caps.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = chronicle::extract::html::read_html(data);
    let _ = chronicle::extract::mhtml::read_mhtml(data);
    for name in ["a.html", "a.mhtml"] {
        for e in chronicle::extract::extract(name, data).unwrap_or_default() {
            use chronicle::extract::limits::*;
            let a = &e.article;
            assert!(a.quotes.len() <= MAX_QUOTES && a.events.len() <= MAX_EVENTS);
            assert!(a.authors.len() <= MAX_AUTHORS && a.sources.len() <= MAX_SOURCES);
            assert!(a.images.len() <= MAX_IMAGES);
        }
    }
});
