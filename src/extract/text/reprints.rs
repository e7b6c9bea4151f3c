//! A republished story under the page's own date: a "From our archive" or "On this day" column
//! prints today's date line, then the original's (`October 20, 2024 12:05 am` over
//! `Originally published on October 20, 1996`). The column is a new page of the outlet, so its
//! own date is the publication; the original date dates the page it came from. A labelled date
//! otherwise beats a bare date line read before it (a clipper's own date), but not this one.

use crate::extract::dates::ParsedDate;
use crate::extract::lexicon;
use std::sync::LazyLock;

/// Labels of a first publication (`assets/lexicon/first-publication-labels.txt`).
static LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::longest_first(include_str!(
        "../../../assets/lexicon/first-publication-labels.txt"
    ))
});

/// Whether `line`, labelled as the story's original publication on another day than the bare
/// date line read above it (`bare`), leaves that line the page's date.
pub(super) fn keeps_page_date(line: &str, date: &ParsedDate, bare: Option<&ParsedDate>) -> bool {
    let Some(bare) = bare else {
        return false;
    };
    let lower = lexicon::lower(line.trim());
    let first_publication = LABELS.iter().any(|label| lower.starts_with(label));
    first_publication && date.iso.get(..10) != bare.iso.get(..10)
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    #[test]
    fn a_republished_storys_original_date_leaves_the_columns_date() {
        let page = "From Our Archive\nWhen the river flooded the northern suburbs\n\
                    October 20, 2024 12:05 am\nOriginally published on October 20, 1996\n\n\
                    By Nihal Perera\n\n\
                    More than 40,000 people have been driven from their homes as the river rose to \
                    its highest level in seven years yesterday.\n";
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2024-10-20T00:05"));
    }
}
