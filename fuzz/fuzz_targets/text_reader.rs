//! Any bytes as a `.txt` (and `.md`) file: extraction must never panic, every quote's
//! offsets must cover its text, and no article holds more than the caps allow.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["a.txt", "a.md"] {
        if let Ok(articles) = chronicle::extract::extract(name, data) {
            for e in articles {
                for q in &e.article.quotes {
                    let part = if q.part == chronicle::model::TextPart::Lead { &e.article.lead } else { &e.article.body };
                    let covered: String = part.chars().skip(q.start).take(q.end.saturating_sub(q.start)).collect();
                    assert_eq!(covered, q.text);
                }
                within_caps(&e);
            }
        }
    }
});

/// The caps of `chronicle::extract::limits`, and a note for every list that was cut.
fn within_caps(e: &chronicle::extract::Extracted) {
    use chronicle::extract::limits::*;
    let a = &e.article;
    assert!(a.quotes.len() <= MAX_QUOTES);
    assert!(a.events.len() <= MAX_EVENTS);
    assert!(a.authors.len() <= MAX_AUTHORS);
    assert!(a.sources.len() <= MAX_SOURCES);
    assert!(a.images.len() <= MAX_IMAGES);
    for note in &e.notes {
        assert!(note.starts_with("more than "), "{note}");
    }
}
