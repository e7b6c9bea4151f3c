//! A browser's print view copies its page header as the first line: the time the page was
//! printed, then the page's `<title>` (`25/11/2026, 08:03   Headline | Daily Beacon`). The
//! time is when the copy was made, not when the story was published, and it hides the title
//! line from the readers that look for one; so it is cut off, leaving `Headline | Daily Beacon`.

use crate::extract::dates;

/// Most words in the printed time (`11/24/26, 8:03 PM`).
const TIME_WORDS: usize = 4;

/// Cuts the print time off the first line (and clears the same header atop later pages) when what follows it is repeated as a line below
/// (the headline) or names a site after a separator.
pub(super) fn strip(lines: &mut [String]) {
    let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return;
    };
    // Some browsers print the time on a line of its own, the title on the next.
    if is_print_time(&lines[first]) {
        if let Some(next) = (first + 1..lines.len()).find(|&i| !lines[i].trim().is_empty()) {
            if lines[next].contains(" | ") {
                lines[first].clear();
                return strip(lines);
            }
        }
    }
    let Some(rest) = after_print_time(&lines[first]).or_else(|| before_print_time(&lines[first]))
    else {
        return;
    };
    let headline = [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .map_or(rest, |at| &rest[..at])
        .trim();
    let repeated = lines[first + 1..].iter().any(|l| l.trim() == headline);
    let separated = rest.contains(" | ");
    if repeated || separated {
        // The header repeats at the top of every printed page: later copies are furniture.
        let header = lines[first].clone();
        lines[first] = rest.to_string();
        for line in lines[first + 1..].iter_mut().filter(|l| **l == header) {
            line.clear();
        }
    }
}

/// A line that is only a numeric date and a time of day (`25/11/2026, 08:14`), as a print
/// view's header writes it.
fn is_print_time(line: &str) -> bool {
    let line = line.trim();
    line.split_whitespace().count() <= TIME_WORDS
        && line.chars().next().is_some_and(|c| c.is_ascii_digit())
        && line.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, '/' | '.' | '-' | ',' | ':' | ' ')
                || c.is_ascii_alphabetic() && "APMapm".contains(c)
        })
        && dates::parse_date(line.trim_end_matches(',')).is_some_and(|d| d.iso.contains('T'))
}

/// The text after a date and time that open `line` (the date must carry a time of day). Lines
/// are cleaned by then, so single spaces part the words.
fn after_print_time(line: &str) -> Option<&str> {
    let spaces: Vec<usize> = line.match_indices(' ').map(|(at, _)| at).collect();
    (2..=TIME_WORDS.min(spaces.len()))
        .rev()
        .find_map(|n| {
            let end = spaces[n - 1];
            let date = dates::parse_date(line[..end].trim_end_matches(','))?;
            date.iso.contains('T').then(|| line[end..].trim())
        })
        .filter(|rest| rest.split_whitespace().count() >= 3)
}

/// The text before a date and time that close `line`: some browsers print the title on the
/// left of the header and the time on the right (`Headline | Site 12/2/26, 5:12 PM`).
fn before_print_time(line: &str) -> Option<&str> {
    let spaces: Vec<usize> = line.match_indices(' ').map(|(at, _)| at).collect();
    (1..=TIME_WORDS.min(spaces.len()))
        .rev()
        .find_map(|n| {
            let start = spaces[spaces.len() - n];
            let tail = line[start..].trim();
            is_print_time(tail).then(|| line[..start].trim())
        })
        .filter(|rest| rest.split_whitespace().count() >= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(text: &str) -> String {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        strip(&mut lines);
        lines[0].clone()
    }

    #[test]
    fn the_print_time_is_cut_from_the_title_line() {
        assert_eq!(
            stripped(
                "25/11/2026, 08:03 Soap star reveals secret wedding | Daily Beacon\nSoap star reveals secret wedding"
            ),
            "Soap star reveals secret wedding | Daily Beacon"
        );
        assert_eq!(
            stripped("24/11/2026 21:47 Nantes : la ligne 4 sera prolongée | Le Courrier\nNantes"),
            "Nantes : la ligne 4 sera prolongée | Le Courrier"
        );
        // A story's first line that opens with its own date stays.
        let line = "24/11/2026 21:47 Council approves the budget after a long debate";
        assert_eq!(stripped(&format!("{line}\nThe council met.")), line);
        // The time on a line of its own, the title on the next.
        let mut lines: Vec<String> = [
            "25/11/2026, 08:14",
            "Rate cut signalled | Business | The Sentinel",
            "The Sentinel",
        ]
        .map(String::from)
        .to_vec();
        strip(&mut lines);
        assert_eq!(lines[0], "");
        assert_eq!(lines[1], "Rate cut signalled | Business | The Sentinel");
        // The time on the right of the header.
        assert_eq!(
            stripped("Towns brace for costlier water | The Valley Ledger 12/2/26, 5:12 PM\nX"),
            "Towns brace for costlier water | The Valley Ledger"
        );
        // A date without a time of day is no print header.
        let line = "24 November 2026 Council approves budget | Daily Beacon";
        assert_eq!(stripped(line), line);
    }
}
