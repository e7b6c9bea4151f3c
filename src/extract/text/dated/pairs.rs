//! A page's publication and update lines printed as a pair under labels Chronicle does not
//! know (`Gi-update: Nobyembre 24, 2026 - 9:10 PM` over `Gipatik: Nobyembre 24, 2026 - 6:40
//! PM`): the first date was taken as the publication, and many sites print the update first.
//! An update never comes before the publication it updates, so of two labelled date lines in
//! a row the earlier moment is the publication and the later one the update, in any language.

use super::super::meta_line::dated_meta_line;
use super::super::{Found, Role};
use crate::extract::dates::{self, DateRole, ParsedDate};

/// Words a label may have (`അപ്ഡേറ്റ് ചെയ്തത്:`, `Mis à jour le :`).
const LABEL_WORDS: usize = 4;

/// Reads the upper line of such a pair as the update when its moment is the later one; the
/// Most words in a line of a label and a date (a long date in words with a time and zone).
const PAIR_LINE_WORDS: usize = 16;

/// lower line is then read as the publication, as a lone date line is.
pub(super) fn settle_update_first(lines: &[String], roles: &mut [Role], found: &mut Found) {
    for i in 0..lines.len() {
        if roles[i] != Role::Content {
            continue;
        }
        let Some(upper) = unknown_label_date(&lines[i]) else {
            continue;
        };
        let Some(j) = (i + 1..lines.len()).find(|&j| roles[j] != Role::Blank) else {
            return;
        };
        if roles[j] != Role::Content {
            continue;
        }
        let Some(lower) = unknown_label_date(&lines[j]) else {
            continue;
        };
        if later(&upper, &lower) && found.modified.is_none() {
            found.modified = Some(upper);
            roles[i] = Role::Date;
        }
    }
}

/// The date of a line that is a label of a few words, a colon and a date, when the label is
/// none Chronicle knows (a known one says itself which date it is).
fn unknown_label_date(line: &str) -> Option<ParsedDate> {
    // Most lines are prose: no colon, or too long for a label and a date; reading dates in them
    // is what costs.
    if !line.contains([':', '：']) || line.split_whitespace().count() > PAIR_LINE_WORDS {
        return None;
    }
    let (role, date, before, _) = dated_meta_line(line)?;
    let label = before.trim();
    let label_shaped = label.ends_with([':', '：'])
        && label.split_whitespace().count() <= LABEL_WORDS
        && !label.chars().any(|c| c.is_ascii_digit());
    (role == DateRole::Published && label_shaped && dates::label_prefix(label).is_none())
        .then_some(date)
}

/// Whether `a` is a later moment than `b` (to the minute when both have a time).
fn later(a: &ParsedDate, b: &ParsedDate) -> bool {
    let len = if a.iso.len() >= 16 && b.iso.len() >= 16 {
        16
    } else {
        10
    };
    match (a.iso.get(..len), b.iso.get(..len)) {
        (Some(a), Some(b)) => a > b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::text::read_text;

    #[test]
    fn of_two_unknown_labels_the_earlier_moment_is_the_publication() {
        let page = "Ferry fares rise from December\n\nNi Rhea Cabahug\n\
                    Gi-update: Nobyembre 24, 2026 - 9:10 PM\n\
                    Gipatik: Nobyembre 24, 2026 - 6:40 PM\n\n\
                    Ang pamasahe sa mga barko mosaka sugod sa Disyembre, matud sa mga opisyal.\n";
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2026-11-24T18:40"));
        assert_eq!(article.modified.as_deref(), Some("2026-11-24T21:10"));
    }

    #[test]
    fn a_publication_printed_first_stays_the_publication() {
        let page = "Ferry fares rise from December\n\nNi Rhea Cabahug\n\
                    Gipatik: Nobyembre 24, 2026 - 6:40 PM\n\
                    Gi-update: Nobyembre 24, 2026 - 9:10 PM\n\n\
                    Ang pamasahe sa mga barko mosaka sugod sa Disyembre, matud sa mga opisyal.\n";
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2026-11-24T18:40"));
    }
}
