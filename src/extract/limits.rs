//! Caps per article on what the passes collect. A hostile or broken file can hold tens of
//! thousands of quotes, dates, sources, bylines or captions; past these numbers no reader is
//! served by more, and every later step (the writer, `show`, the window) would pay for each.
//! The article is still imported, with a note of what was cut.

use crate::model::Article;

/// Most quotes kept per article (real articles: under a hundred).
pub const MAX_QUOTES: usize = 2_000;
/// Most events (dated mentions) kept per article.
pub const MAX_EVENTS: usize = 2_000;
/// Most sources, authors and images kept per article (real articles: a handful).
pub const MAX_SOURCES: usize = 100;
pub const MAX_AUTHORS: usize = 100;
pub const MAX_IMAGES: usize = 500;

/// Cuts the article's lists to the caps; one note per list cut. The quote and event passes
/// stop collecting one past their cap, so "more than" is all that is known.
pub fn cap(article: &mut Article) -> Vec<String> {
    let mut notes = Vec::new();
    let mut cut = |len: usize, max: usize, what: &str| {
        if len > max {
            notes.push(format!(
                "more than {max} {what} found; the first {max} were kept"
            ));
        }
    };
    cut(article.quotes.len(), MAX_QUOTES, "quotes");
    cut(article.events.len(), MAX_EVENTS, "dated events");
    cut(article.sources.len(), MAX_SOURCES, "sources");
    cut(article.authors.len(), MAX_AUTHORS, "authors");
    cut(article.images.len(), MAX_IMAGES, "image captions");
    article.quotes.truncate(MAX_QUOTES);
    article.events.truncate(MAX_EVENTS);
    article.sources.truncate(MAX_SOURCES);
    article.authors.truncate(MAX_AUTHORS);
    article.images.truncate(MAX_IMAGES);
    notes
}
