//! Subjects a clause gives without standing right before the verb: the name a relative
//! clause follows, and names joined by `and`.

use super::super::vocab::{DETERMINERS, PHRASE_STOPS, PRONOUNS};
use super::super::words::Word;
use super::phrase::{is_proper, trim_phrase};

/// The person a relative clause hangs on: `his Trade and Industry Minister, Hajime Tamura, who
/// earlier today said Japan was ready …` -> `Hajime Tamura`. `ws` runs up to the verb; `who`
/// must stand at most four words before it, right after a proper name closed by a comma.
pub fn relative_subject(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let n = ws.len();
    let who = (n.saturating_sub(5)..n)
        .rev()
        .find(|&i| ws[i].lower(s) == "who")?;
    if who == 0 || !ws[who - 1].raw(s).ends_with(',') {
        return None;
    }
    let mut j = who;
    while j > 0 && j + 4 > who && ws[j - 1].is_capitalized(s) {
        j -= 1;
        if j < who - 1 && ws[j].raw(s).ends_with(',') {
            j += 1;
            break;
        }
    }
    (j < who && is_proper(s, &ws[j..who])).then(|| trim_phrase(s, ws[j].start, ws[who - 1].end))
}

/// The subject of the first of two verbs joined by `and`: `In the midst of the fear, Uber
/// stepped in and tweeted: "…"`. `ws` runs up to the second verb: the clause must open with a
/// name or a pronoun, and no comma may stand between it and the `and`.
pub fn coordinated_subject(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let n = ws.len();
    if n < 3 || ws[n - 1].lower(s) != "and" {
        return None;
    }
    let opens = (0..n - 1)
        .rev()
        .find(|&p| p == 0 || ws[p - 1].raw(s).ends_with([',', '.', '!', '?', ':', ';']))?;
    if n - opens > 10 || ws[opens..n - 1].iter().any(|w| w.raw(s).ends_with(',')) {
        return None;
    }
    let run = ws[opens..n - 1]
        .iter()
        .take_while(|w| {
            let l = w.lower(s);
            w.is_capitalized(s)
                && !PHRASE_STOPS.contains(&l.as_str())
                && !DETERMINERS.contains(&l.as_str())
        })
        .count();
    let pronoun = PRONOUNS.contains(&ws[opens].lower(s).as_str());
    let len = if run == 0 && pronoun { 1 } else { run };
    if len == 0 || len > 4 || opens + len >= n - 1 || ws[opens + len].is_capitalized(s) {
        return None;
    }
    Some(trim_phrase(s, ws[opens].start, ws[opens + len - 1].end))
}
