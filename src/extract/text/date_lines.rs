//! Dates that a page prints over several lines, joined before the lines are read one by one:
//! a label above its date (`Updated` / `Oct 01, 2024, 05:48 PM`), and a date above its time
//! of day (`March 14, 2025` / `7:05 PM`). Without the join the label is lost (an update is
//! taken for the publication) and so is the time.

use super::{Role, lines};
use crate::extract::dates;

/// How far below a label or a date (in lines, blank ones included) its other half may sit.
const REACH: usize = 2;

/// Joins the halves into the lower line and drops the upper one.
pub(super) fn join_split_dates(lines: &mut [String], roles: &mut [Role]) {
    for i in 0..lines.len() {
        if roles[i] != Role::Content {
            continue;
        }
        let Some(j) = (i + 1..lines.len().min(i + 1 + REACH)).find(|&j| roles[j] != Role::Blank)
        else {
            continue;
        };
        if roles[j] != Role::Content {
            continue;
        }
        let label_above = dates::label_alone(&lines[i]).is_some()
            && dates::parse_date_line(&lines[j]).is_some()
            && !lines::is_labelled_date(&lines[j]);
        let time_below = lines::is_time_of_day(&lines[j])
            && dates::parse_date_line(&lines[i]).is_some_and(|(_, d)| d.iso.len() == 10);
        if label_above {
            let label = lines[i].trim().trim_end_matches([':', '：']).to_string();
            lines[j] = format!("{label}: {}", lines[j]);
        } else if time_below {
            lines[j] = format!("{} {}", lines[i], lines[j]);
        } else {
            continue;
        }
        roles[i] = Role::Dropped;
    }
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    #[test]
    fn a_label_above_its_date_says_which_date_it_is() {
        let page = "HDB resale prices rise in third quarter\n\nUpdated\nOct 01, 2024, 05:48 PM\n\
                    Published\nOct 01, 2024, 11:02 AM\nNg Wei Ling\n\n\
                    Resale flat prices rose 2.3 per cent in the third quarter, data showed.\n";
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2024-10-01T11:02"));
        assert_eq!(article.modified.as_deref(), Some("2024-10-01T17:48"));
        assert!(!article.body.contains("Updated"));
    }

    #[test]
    fn a_time_below_its_date_is_the_same_moment() {
        let page = "Astronomers find water vapour on a rocky planet\n\nBy Rachel Kim\n\
                    March 14, 2025\n7:05 PM\n\n\
                    Astronomers say they have detected water vapour in the atmosphere of a planet.\n";
        let article = read_text(page);
        assert_eq!(article.published.as_deref(), Some("2025-03-14T19:05"));
        assert!(!article.body.contains("7:05"));
    }

    #[test]
    fn a_labelled_date_beats_a_clippers_bare_date() {
        let article = read_text(
            "Whale tours suspended after boat strikes calf\nWednesday, 25 November 2026\n8:02 AM\n\n\
             Coastline FM\nWhale tours suspended after boat strikes calf\n\
             Published: Tue, 24 Nov 2026 3:17 PM\nAnahera Tipene, Reporter\n\
             The department suspended the permit of a whale-watching operator on Sunday morning.",
        );
        assert_eq!(article.published.as_deref(), Some("2026-11-24T15:17"));
    }
}
