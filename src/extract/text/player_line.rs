//! An audio player's or a reading time's line beside the headline (`Kuula artiklit · 3 min`,
//! `استمع إلى المقال (4 دقائق)`, `Sikiliza habari hii · dakika 3`): a few words of prompt and a
//! length of time in the page's language (CLDR's duration patterns). It is never the headline
//! and never text.

/// Parts a player's line joins its prompt and length with.
const JOINERS: &[char] = &['·', '|', '•', '(', ')', '–', '—', ',', '/'];

/// Whether `line` is such a line: short, one part a length of time, the others a few words
/// without digits or a sentence's end.
pub(super) fn is_player_line(line: &str) -> bool {
    let line = line.trim();
    // A length has its number: most lines are ruled out before being split.
    if line.len() > 240
        || !line.chars().any(char::is_numeric)
        || line.chars().count() > 60
        || line.split_whitespace().count() > 8
    {
        return false;
    }
    let parts: Vec<&str> = line
        .split(JOINERS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let lengths = parts
        .iter()
        .filter(|p| crate::extract::lexicon::is_duration(p))
        .count();
    lengths == 1
        && parts.iter().all(|p| {
            crate::extract::lexicon::is_duration(p)
                || p.split_whitespace().count() <= 4
                    && !p.chars().any(char::is_numeric)
                    && !super::lines::ends_sentence(p)
        })
}

/// `Poslušaj vijest` over `2 min`: a player's prompt on its own line, its length on the next.
pub(super) fn is_player_prompt(line: &str, next: &str) -> bool {
    let line = line.trim();
    crate::extract::lexicon::is_duration(next.trim())
        && (1..=4).contains(&line.split_whitespace().count())
        && !line.chars().any(char::is_numeric)
        && !super::lines::ends_sentence(line)
}

#[cfg(test)]
mod tests {
    use super::{is_player_line, is_player_prompt};

    #[test]
    fn a_prompt_over_a_length_is_a_players() {
        assert!(is_player_prompt("Poslušaj vijest", "2 min"));
        assert!(!is_player_prompt("Poslušaj vijest", "Autori: Ivana Matić"));
        assert!(!is_player_prompt(
            "Zagreb od siječnja uvodi besplatan prijevoz",
            "2 min"
        ));
    }

    #[test]
    fn listen_prompts_with_a_length_are_player_lines() {
        for line in [
            "Kuula artiklit · 3 min",
            "استمع إلى المقال (4 دقائق)",
            "Sikiliza habari hii · dakika 3",
            "Listen to this article | 5 minutes",
            "4 min",
        ] {
            assert!(is_player_line(line), "{line}");
        }
    }

    #[test]
    fn headlines_and_dates_are_not() {
        for line in [
            "Runner finishes marathon in 3 hours",
            "Tallinn tõstab piletihinda kahe euroni",
            "24.11.2026 18:22",
            "Share · 12 comments",
            "The 10 minutes that changed the game, and what came next.",
        ] {
            assert!(!is_player_line(line), "{line}");
        }
    }
}
