//! Pages saved from a web archive's copy (the Wayback Machine and the services built on its
//! software): the archive rewrites the page's own links, the canonical one too, into its
//! address for the copy (`https://web.archive.org/web/20261121003015/https://site/…`), which
//! names when the copy was taken; the article's address is the one it keeps inside.

/// The original address inside a Wayback-style snapshot address, else `url` as it is.
pub fn original_address(url: &str) -> &str {
    inner(url.trim()).unwrap_or(url)
}

fn inner(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    let (_, path) = rest.split_once('/')?;
    // `web/STAMP/…` (the Wayback Machine), `COLLECTION/STAMP/…` (Archive-It) or
    // `wayback/STAMP/…` (the pywb replays of national libraries): one word, then the stamp.
    let (first, after) = path.split_once('/')?;
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    if first.is_empty() || !first.bytes().all(word) {
        return None;
    }
    let (stamp, original) = after.split_once('/')?;
    // The capture time to the second, with the archive's mode flag (`id_`, `if_`) if any.
    let digits = stamp.trim_end_matches(|c: char| c.is_ascii_lowercase() || c == '_');
    if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let lower = original.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(original)
}

#[cfg(test)]
mod tests {
    use super::original_address;

    #[test]
    fn a_snapshot_address_gives_the_original() {
        assert_eq!(
            original_address(
                "https://web.archive.org/web/20261121003015/https://www.bb.example/news/pool"
            ),
            "https://www.bb.example/news/pool"
        );
        assert_eq!(
            original_address(
                "https://web.archive.org/web/20261121003015id_/http://bb.example/a?x=1"
            ),
            "http://bb.example/a?x=1"
        );
        assert_eq!(
            original_address(
                "https://wayback.archive-it.org/1234/20261121003015/https://bb.example/a"
            ),
            "https://bb.example/a"
        );
    }

    #[test]
    fn a_snapshot_page_keeps_the_original_address() {
        let html = "<html><head><title>Pool reopens</title><link rel=\"canonical\" \
            href=\"https://web.archive.org/web/20261121003015/https://bb.example/news/pool\">\
            </head><body><article><h1>Pool reopens</h1><p>The ocean pool reopened on Saturday \
            after storm repairs that took most of the winter, the council said.</p></article>\
            </body></html>";
        let a = crate::extract::html::read_html_str(html).unwrap();
        assert_eq!(a.url.as_deref(), Some("https://bb.example/news/pool"));
    }

    #[test]
    fn other_addresses_stay() {
        for url in [
            "https://news.example/web/2026/11/21/story",
            "https://news.example/web/20261121003015/story",
            "https://news.example/a/b",
        ] {
            assert_eq!(original_address(url), url);
        }
    }
}
