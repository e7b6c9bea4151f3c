//! The speaker a paragraph has been reporting before an unattributed quote: `Byrd said in an
//! interview he was heartened that Reagan had acknowledged mistakes. "But one speech is not
//! enough."` — the subject of the sentence's own speech verb (`Byrd`), not the last name met
//! (`Reagan`).

use super::super::vocab::{DETERMINERS, PHRASE_STOPS};
use super::super::words::{Word, words};
use super::{is_verb_at, subject_before};

/// Most words of the stretch read.
const MAX_WORDS: usize = 120;

/// The subject of the last speech verb in `s` (the paragraph's text before a quote) whose
/// subject opens its sentence, after at most an opening phrase closed by a comma (`In other
/// comments, Baker said`) or a conjunction (`But he added`). Words inside quotation marks are
/// skipped. Returns the subject's byte range in `s`.
pub fn reported_subject(s: &str) -> Option<(usize, usize)> {
    let ws = words(s, MAX_WORDS);
    let mut found = None;
    let mut sentence = 0;
    let mut quoted = false;
    for k in 0..ws.len() {
        let raw = ws[k].raw(s);
        if raw.starts_with(['"', '“']) {
            quoted = true;
        }
        let closes_quote = raw.len() > 1
            && raw
                .trim_end_matches([',', '.', ';', ':'])
                .ends_with(['"', '”']);
        if !quoted && k > sentence && is_verb_at(s, &ws, k) {
            let clause = &ws[sentence..k];
            if let Some((a, b)) = subject_before(s, clause) {
                if opens(s, clause, a) {
                    found = Some((a, b));
                } else if all_name_words(s, clause) {
                    // `Robert Byrd (Democrat) of West Virginia said`: the whole opening name,
                    // whose bracket the resolver cuts.
                    found = Some((clause[0].start, b));
                }
            }
        }
        // `"…," Askar wrote`: the attribution after a quote opens a clause of its own.
        if closes_quote {
            quoted = false;
            sentence = k + 1;
        }
        if !quoted && raw.ends_with(['.', '!', '?']) && ws[k].closes_phrase(s) {
            sentence = k + 1;
        }
    }
    found
}

/// Whether words are all capitalised, bracketed or `of` (`Leader Robert Byrd (Democrat) of
/// West Virginia`).
fn all_name_words(s: &str, ws: &[Word]) -> bool {
    ws.len() <= 10
        && ws.first().is_some_and(|w| w.is_capitalized(s))
        && ws.iter().all(|w| {
            let raw = w.raw(s);
            w.is_capitalized(s) || raw.starts_with('(') || matches!(raw, "of" | "for")
        })
}

/// Whether a subject starting at byte `a` opens the sentence `ws`: nothing before it, an
/// opening phrase ending in a comma, a conjunction, or a lower-case role word or two the walk
/// left out (`Pakistan-based developer Ammar Askar`).
fn opens(s: &str, ws: &[Word], a: usize) -> bool {
    let Some(first) = ws.first() else {
        return false;
    };
    let gap = s[first.start..a.max(first.start)].trim_end();
    let role_words = gap.split_whitespace().count() <= 2
        && gap.split_whitespace().all(|w| {
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !w.starts_with(char::is_uppercase)
                && !PHRASE_STOPS.contains(&w)
                && !DETERMINERS.contains(&w)
        });
    gap.is_empty()
        || gap.ends_with(',')
        || role_words
        || (gap.split_whitespace().count() == 1 && {
            let w = gap.to_lowercase();
            PHRASE_STOPS.contains(&w.as_str()) && !DETERMINERS.contains(&w.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(s: &str) -> Option<&str> {
        reported_subject(s).map(|(a, b)| &s[a..b])
    }

    #[test]
    fn the_subject_of_the_sentence_speech_verb_not_the_last_name() {
        assert_eq!(
            subject(
                "Robert Byrd said in an interview he was heartened that Reagan had acknowledged some of his mistakes. "
            ),
            Some("Robert Byrd")
        );
        assert_eq!(
            subject("In other comments, Baker said he did not think a tax rise was a good idea. "),
            Some("Baker")
        );
        // Words inside a quote are not the paragraph's own.
        assert_eq!(
            subject("\"I thought a lot,\" developer Ammar Askar wrote on Thursday. "),
            Some("Ammar Askar")
        );
        assert_eq!(subject("The market fell sharply on Monday. "), None);
        assert_eq!(
            subject(
                "Leader Robert Byrd (Democrat) of West Virginia said in an interview he was heartened. "
            ),
            Some("Leader Robert Byrd (Democrat) of West Virginia")
        );
    }
}
