//! An embargo notice on wire copy or a press release (`EMBARGOED UNTIL 00:01 GMT FRIDAY MARCH
//! 12 1999`, `Sperrfrist: 10. November 2016, 06.00 Uhr`): the story may not appear before the
//! embargo lifts, so the lifting time is its publication, over the agency's transmission stamp,
//! a newsroom's own dates and a release's posting date (those are deliveries to clients).
//! Labels come from `assets/lexicon/embargo-labels.txt`.

use std::sync::LazyLock;

use super::Found;
use crate::extract::dates::{self, ParsedDate};
use crate::extract::lexicon;

static LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::longest_first(include_str!(
        "../../../../assets/lexicon/embargo-labels.txt"
    ))
});

/// How far down (in lines with text) an embargo notice may stand: it heads the copy.
const NOTICE_LINES: usize = 25;

/// The lifting time of the first embargo notice near the top that prints a date.
pub(super) fn lift_time(lines: &[String]) -> Option<ParsedDate> {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(NOTICE_LINES)
        .find_map(notice_date)
}

/// The embargo's lifting time beats every other date the copy gave.
pub(super) fn settle(lift: Option<ParsedDate>, found: &mut Found) {
    if let Some(date) = lift {
        found.published = Some(date);
        found.provenance.insert("published", "embargo");
    }
}

/// The date after an embargo label opening `line` (signs such as `⚠` or a bracket may come
/// first): the first clause after the label that holds a date with its year.
fn notice_date(line: &str) -> Option<ParsedDate> {
    let opened = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = opened.to_lowercase();
    let label = LABELS.iter().find(|label| {
        lower.starts_with(*label)
            && !lower[label.len()..].starts_with(|c: char| c.is_alphanumeric())
    })?;
    // Lower-casing keeps these labels' byte lengths (no letter of theirs changes size).
    let rest = opened.get(label.len()..)?;
    sentences(rest).into_iter().find_map(clause_date)
}

/// `rest` cut at sentence ends (a full stop after a word, before a capital), not inside
/// `kl. 06.00` or `10. November`.
fn sentences(rest: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    for (at, _) in rest.match_indices(". ") {
        let after_word = rest[..at].ends_with(char::is_lowercase);
        if after_word && rest[at + 2..].starts_with(char::is_uppercase) {
            out.push(&rest[from..at]);
            from = at + 1;
        }
    }
    out.push(&rest[from..]);
    out
}

/// A clause's date, with a time printed before it (`00:01 GMT Friday 12 March 1999`).
fn clause_date(clause: &str) -> Option<ParsedDate> {
    let clause = clause.trim().trim_start_matches([':', '-', '–']).trim();
    let (_, mut date, before, _) = dates::find_date(clause)?;
    if !date.iso.contains('T') {
        if let Some((hour, minute)) = dates::printed_time_alone(&before) {
            date.iso = format!("{}T{hour:02}:{minute:02}", date.iso);
            date.text = format!("{} {}", before.trim(), date.text);
        }
    }
    Some(date)
}

#[cfg(test)]
mod tests {
    use super::lift_time;
    use crate::extract::text::read_text;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn an_embargo_notice_gives_its_lifting_time() {
        let iso = |text: &str| lift_time(&lines(text)).map(|d| d.iso);
        // The zone the notice prints is kept as an offset.
        assert!(
            iso("PA 11/03/1999 16:20\nEMBARGOED UNTIL 00:01 GMT FRIDAY MARCH 12 1999\n")
                .is_some_and(|d| d.starts_with("1999-03-12T00:01"))
        );
        assert_eq!(
            iso("Sperrfrist: 10. November 2016, 06.00 Uhr\n").as_deref(),
            Some("2016-11-10T06:00")
        );
        assert_eq!(
            iso("⚠ EMBARGO: Du ser detta i förväg. Får ej publiceras före måndag 4 mars 2024 kl. 06.00.\n")
                .as_deref(),
            Some("2024-03-04T06:00")
        );
    }

    #[test]
    fn a_sentence_about_a_trade_embargo_is_no_notice() {
        let text = "The embargo, imposed on 12 March 1999, was lifted today.\n\
                    Copyright 1999 The Press Association. Not for publication before the embargo time.\n";
        assert_eq!(lift_time(&lines(text)), None);
    }

    #[test]
    fn the_lifting_time_beats_the_transmission_stamp() {
        let page = "Received: 11/03/1999 16:22\n\n\
                    Published: 11 March 1999 16:20\n\
                    EMBARGOED UNTIL 00:01 GMT FRIDAY MARCH 12 1999\n\
                    Asthma admissions double in ten years, study finds\n\n\
                    The number of children admitted to hospital with asthma has doubled in ten \
                    years, according to a study published today by researchers in Newcastle.\n\n\
                    Researchers found that admissions of under-15s rose sharply over the decade.\n";
        let article = read_text(page);
        let published = article.published.unwrap_or_default();
        assert!(published.starts_with("1999-03-12T00:01"), "{published}");
    }
}
