//! Any bytes as a `.txt` (and `.md`) file: extraction must never panic, and every quote's
//! offsets must cover its text.
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
            }
        }
    }
});
