//! A date inside a short line that holds other things too (a byline, a reading time, an
//! update clause).

use super::labels::{LABEL_FIRST_WORDS, first_word_lower};
use super::{DateRole, ParsedDate, digits, parse_date_line};

/// A date inside a short line that holds other things too, as whole-page copies write them:
/// `by Laura June Topolsky July 10, 2015`, `Oct 18, 2019 · 8 min read`, `AFP 30 avril 2015 à
/// 07:19 (Mis à jour : 30 avril 2015 à 07:38)`. The earliest and then longest run of words
/// that reads as a date (its label included) wins; the words before and after it come back
/// for the caller to judge. `None` for long lines and lines without a four-digit number.
pub fn find_date(line: &str) -> Option<(DateRole, ParsedDate, String, String)> {
    let line = &*digits::fold(line);
    if line.len() > 120 || line.bytes().filter(u8::is_ascii_digit).count() < 4 {
        return None;
    }
    // Brackets and middle dots separate clauses here; a slash may be inside a date.
    let work: String = line
        .chars()
        .map(|c| {
            if matches!(c, '(' | ')' | '·' | '|' | '•' | '—' | '–') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut starts = vec![0];
    let mut ends = Vec::new();
    let mut prev_space = true;
    for (i, c) in work.char_indices() {
        let space = c.is_whitespace();
        if space && !prev_space {
            ends.push(i);
        }
        if !space && prev_space && i > 0 {
            starts.push(i);
        }
        prev_space = space;
    }
    if !prev_space {
        ends.push(work.len());
    }
    // Spans printed without a space between them run a label into the word before it (`By Hemi
    // Walker, Auckland reporterUpdated 26 Nov, 2026`): a label's first word opening at a small
    // letter's capital still starts a date, and keeps its role.
    let glued: Vec<usize> = work
        .char_indices()
        .zip(work.chars().skip(1))
        .filter(|((_, a), b)| a.is_lowercase() && b.is_uppercase())
        .map(|((i, a), _)| i + a.len_utf8())
        .filter(|&i| LABEL_FIRST_WORDS.contains(first_word_lower(&work[i..]).as_str()))
        .collect();
    if !glued.is_empty() {
        starts.extend(glued);
        starts.sort_unstable();
    }
    for &start in &starts {
        // A date starts with a digit, a month, a weekday or a label's first word; other
        // starts need not be tried (this runs for short lines of every file).
        let first = first_word_lower(&work[start..]);
        let word = first.trim_end_matches([',', '.']);
        let can_start = first.starts_with(|c: char| c.is_ascii_digit())
            || crate::extract::lexicon::month_number(word).is_some()
            // The month names of the other calendars a date line may be written in (`ኅዳር 8
            // ቀን 2019 ዓ.ም. | office`), which the Gregorian table does not hold.
            || super::ethiopic::is_month(word)
            || super::bikram_sambat::is_month(word)
            || crate::extract::lexicon::is_weekday(word)
            || LABEL_FIRST_WORDS.contains(word);
        if !can_start {
            continue;
        }
        for &end in ends.iter().rev().filter(|&&e| e > start) {
            if let Some((role, date)) = parse_date_line(&work[start..end]) {
                return Some((
                    role,
                    date,
                    work[..start].trim().to_string(),
                    work[end..].trim().to_string(),
                ));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_label_run_into_the_word_before_keeps_its_role() {
        let (role, date, before, _) =
            find_date("By Hemi Walker, Auckland reporterUpdated 26 Nov, 2026 3:05pm4 min read")
                .expect("finds it");
        assert_eq!(
            (role, date.iso.get(..10)),
            (DateRole::Updated, Some("2026-11-26"))
        );
        assert_eq!(before, "By Hemi Walker, Auckland reporter");
        // A capital inside a name is no label (`McDonald`).
        let (role, ..) = find_date("By Ann McDonald 26 Nov, 2026").expect("finds it");
        assert_eq!(role, DateRole::Published);
    }

    #[test]
    fn a_date_inside_a_line_may_open_with_another_calendars_month() {
        // Ethiopian: Hidar 8, 2019 E.C., then the issuing office.
        let (_, date, _, after) =
            find_date("ኅዳር 8 ቀን 2019 ዓ.ም. | የሕዝብ ግንኙነት ዳይሬክቶሬት").expect("finds it");
        assert_eq!(date.iso, "2026-11-17");
        assert_eq!(after, "የሕዝብ ግንኙነት ዳይሬክቶሬት");
        // Bikram Sambat, after a weekday of two words: Friday, Mangsir 4, 2083.
        let (_, date, before, _) = find_date("शुक्र दिन, मंसिर ४, २०८३").expect("finds it");
        assert_eq!(date.iso, "2026-11-20");
        assert_eq!(before, "शुक्र दिन,");
    }
}
