//! A match's score box above a sports report (`Valleys Kestrels 24 – 27 Highveld Rhinos`,
//! then `Full-time | Kestrel Park, Newport`): two sides' names around two numbers. It is no
//! headline; the headline reader overrules it with the lines under it.

/// `Valleys Kestrels 24 – 27 Highveld Rhinos`, `Arsenal 2-1 Chelsea`: a match's score box, two
/// sides' names around two numbers, no verb between.
pub(super) fn is_score_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 12 {
        return false;
    }
    let number = |w: &str| !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
    let dash = |w: &str| matches!(w, "-" | "–" | "—" | ":" | "v" | "vs");
    let score = words
        .windows(3)
        .position(|w| number(w[0]) && dash(w[1]) && number(w[2]));
    let glued = words.iter().position(|w| {
        w.split_once(['-', '–', ':'])
            .is_some_and(|(a, b)| number(a) && number(b))
    });
    let (before, after) = match (score, glued) {
        (Some(at), _) => (&words[..at], &words[at + 3..]),
        (None, Some(at)) => (&words[..at], &words[at + 1..]),
        (None, None) => return is_scorers_line(line),
    };
    // `Sat 21 Nov Harbour City Hawks 58 – 54 Southern Sparks FT`: a fixtures strip's day may
    // stand before the sides.
    let named = |side: &[&str]| {
        side.iter()
            .any(|w| w.chars().next().is_some_and(char::is_alphabetic))
            && side.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
    };
    named(before) && named(after) || is_scorers_line(line)
}

/// `Shaw 23', Blackwood 77' | Jean-Baptiste 58'`: goal scorers with the minutes they scored
/// in (two or more), as a score box prints them under the score.
fn is_scorers_line(line: &str) -> bool {
    let minute = |w: &str| {
        let w = w.trim_end_matches([',', ';']);
        let digits = w.trim_end_matches(['\'', '’', '′']);
        digits.len() < w.len()
            && (1..=3).contains(&digits.len())
            && digits.chars().all(|c| c.is_ascii_digit())
    };
    let words: Vec<&str> = line.split_whitespace().collect();
    let minutes = words.iter().filter(|w| minute(w)).count();
    let others_named = words.iter().filter(|w| !minute(w)).all(|w| {
        matches!(*w, "|" | "-" | "–" | "(pen)" | "(og)")
            || w.chars().next().is_some_and(char::is_uppercase)
    });
    minutes >= 2 && others_named
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_line_is_no_headline() {
        assert!(is_score_line("Valleys Kestrels 24 – 27 Highveld Rhinos"));
        assert!(is_score_line("Arsenal 2-1 Chelsea"));
        assert!(!is_score_line(
            "Rhinos edge Kestrels 27-24 with last-gasp penalty"
        ));
        assert!(!is_score_line("Budget 2027 – 28 Explained"));
        assert!(is_score_line(
            "Sat 21 Nov Harbour City Hawks 58 – 54 Southern Sparks FT"
        ));
        assert!(is_score_line("Shaw 23', Blackwood 77' | Jean-Baptiste 58'"));
        assert!(!is_score_line("Shaw's 23' goal decides it"));
    }
}
