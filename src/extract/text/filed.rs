//! What a copy's filing says once the page's own lines are read: a database's or clipping's
//! record (see [`super::record`]), a database display copy's paper (see
//! [`super::display_head`]), wire copy's agency (see [`super::wire_copy`]) and the
//! original address under a web archive's banner (see [`super::archive_banner`]).

use super::Found;
use super::archive_banner::Banner;
use super::record::{self, Record};
use super::wire_copy;

/// Lets the filing's fields stand over the page's, in that order.
pub(super) fn settle(
    found: &mut Found,
    record: Option<Record>,
    display_paper: Option<String>,
    banner: Option<Banner>,
    lines: &[String],
    authors: &mut Vec<String>,
) {
    if let Some(record) = record {
        record::settle(record, found, authors);
    }
    // A record row naming the paper outranks the head's unlabelled line.
    if let Some(paper) =
        display_paper.filter(|_| found.provenance.get("publisher") != Some(&"record"))
    {
        let key = crate::extract::lexicon::lower(&paper);
        found
            .sources
            .retain(|s| crate::extract::lexicon::lower(s) != key);
        found.publisher = Some(paper);
        found.provenance.insert("publisher", "display-head");
    }
    wire_copy::agency_as_publisher(found, lines);
    wire_copy::sole_agency(found, lines);
    wire_copy::date_stamp(found, lines);
    if let Some(banner) = banner.filter(|_| found.url.is_none()) {
        found.url = Some(banner.original);
        found.provenance.insert("url", "archive-banner");
    }
}
