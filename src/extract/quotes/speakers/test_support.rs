//! What the rounds' unit tests share: the speaker Chronicle gives one quote of a small body.

use super::super::extract_quotes;

/// The speaker of the quote whose text is `quote` in `body`, if it is found and has one.
pub(super) fn speaker(body: &str, quote: &str) -> Option<String> {
    extract_quotes("", body)
        .into_iter()
        .find(|q| q.text == quote)
        .and_then(|q| q.speaker)
}
