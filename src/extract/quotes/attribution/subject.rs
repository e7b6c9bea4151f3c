//! The subject written before a speech verb: a pronoun, a name, a titled name, a name in
//! apposition to a description, or a description (`a spokesman for the ministry`).

use super::super::vocab::{
    self, DETERMINERS, PHRASE_STOPS, PRONOUNS, ROLE_ADJECTIVES, ROLE_NOUNS, VERB_FILLERS,
    WEEKDAYS_MONTHS,
};
use super::super::words::{Word, words};
use super::MAX_SUBJECT_WORDS;
use super::phrase::{is_proper, titled_name, trim_phrase};

/// The subject written before a speech verb, walking back from the verb: `he`, `Zelensky`,
/// `the Ukrainian president`, `a spokesman for the ministry`, `Smith, the minister,` -> `Smith`.
pub fn subject_before(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let mut end = ws.len();
    while end > 0
        && VERB_FILLERS.contains(&ws[end - 1].lower(s).as_str())
        && !ws[end - 1].raw(s).ends_with(',')
    {
        end -= 1;
    }
    if end == 0 {
        return None;
    }
    // `the plan was said to ...`: a passive verb has no speaker for a subject.
    if end < ws.len()
        && matches!(
            ws[end].lower(s).as_str(),
            "was" | "were" | "is" | "been" | "be"
        )
    {
        return None;
    }
    // Appositive: `Smith, the minister, said`, `Smith, who ..., said` or `the museum's
    // director, Clara Jensen, said`: the proper name wins over the description.
    if ws[end - 1].raw(s).ends_with(',') {
        let mut j = end - 1;
        while j > 0 && !ws[j - 1].raw(s).ends_with(',') {
            j -= 1;
        }
        if j > 0 && end - j <= 20 {
            let head = walk_back(s, &ws[..j]).or_else(|| described_by_determiner(s, &ws[..j]));
            let appositive_is_name = (end - j <= 4 && is_proper(s, &ws[j..end]))
                || (end - j <= 6 && titled_name(s, &ws[j..end]));
            let head_is_name = head.is_some_and(|(a, b)| {
                let phrase_words = words(&s[a..b], 8);
                let shifted: Vec<Word> = phrase_words
                    .iter()
                    .map(|w| Word {
                        start: w.start + a,
                        end: w.end + a,
                    })
                    .collect();
                is_proper(s, &shifted)
            });
            if appositive_is_name && !head_is_name {
                return Some(trim_phrase(s, ws[j].start, ws[end - 1].end));
            }
            if let Some(found) = head {
                return Some(found);
            }
        }
        return walk_back(s, &ws[j..end]);
    }
    walk_back(s, &ws[..end]).or_else(|| described_by_determiner(s, &ws[..end]))
}

/// An indefinite or definite description whose head noun no list knows: `A shop assistant`,
/// `the 23-year-old`, `one passer-by`. The determiner must open the clause (or follow a
/// stop), so words inside a longer clause are not taken for a speaker.
fn described_by_determiner(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let n = ws.len();
    let last = *ws.last()?;
    let head = last.lower(s);
    if head.is_empty()
        || PHRASE_STOPS.contains(&head.as_str())
        || PRONOUNS.contains(&head.as_str())
        || last.is_capitalized(s)
    {
        return None;
    }
    for d in (n.saturating_sub(4)..n.saturating_sub(1)).rev() {
        let w = ws[d];
        let lower = w.lower(s);
        if matches!(lower.as_str(), "a" | "an" | "the" | "one" | "another") {
            let opens = d == 0 || ws[d - 1].closes_phrase(s);
            let plain = ws[d + 1..].iter().all(|w| {
                let l = w.lower(s);
                !l.is_empty()
                    && !PHRASE_STOPS.contains(&l.as_str())
                    && !DETERMINERS.contains(&l.as_str())
                    && !vocab::is_speech_verb(&l)
                    && l.chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
            });
            let inner_closed = ws[d..n - 1].iter().any(|w| w.closes_phrase(s));
            if opens && plain && !inner_closed {
                return Some(trim_phrase(s, w.start, last.end));
            }
            break;
        }
        if w.closes_phrase(s) {
            break;
        }
    }
    // `a senior diplomat involved in the talks`: a clause-opening description holding a role
    // noun, with a short post-modifier.
    let d = 0;
    if n <= 8
        && matches!(
            ws[d].lower(s).as_str(),
            "a" | "an" | "the" | "one" | "another"
        )
    {
        let has_role = ws[1..]
            .iter()
            .take(3)
            .any(|w| ROLE_NOUNS.contains(&w.lower(s).as_str()));
        let inner_closed = ws[..n - 1].iter().any(|w| w.closes_phrase(s));
        let no_verb = ws[1..]
            .iter()
            .all(|w| !vocab::is_speech_verb(&w.lower(s)) && !w.raw(s).starts_with(['"', '“', '‘']));
        if has_role && !inner_closed && no_verb {
            return Some(trim_phrase(s, ws[0].start, last.end));
        }
    }
    None
}

fn walk_back(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let last = *ws.last()?;
    let last_lower = last.lower(s);
    if PRONOUNS.contains(&last_lower.as_str()) {
        let (a, b) = trim_phrase(s, last.start, last.end);
        return Some((a, b));
    }
    let mut start_idx = ws.len();
    // The start before any tentatively taken lower-case modifiers (`unification` in `South
    // Korea's unification ministry`), restored if the walk ends on one.
    let mut committed = ws.len();
    let mut tentative = 0;
    let mut taken = 0;
    let mut i = ws.len();
    while i > 0 && taken < MAX_SUBJECT_WORDS {
        let w = ws[i - 1];
        let lower = w.lower(s);
        if lower.is_empty() {
            break;
        }
        if i < ws.len() && w.closes_phrase(s) {
            break;
        }
        let capital = w.is_capitalized(s);
        let is_det = DETERMINERS.contains(&lower.as_str());
        if PHRASE_STOPS.contains(&lower.as_str()) || WEEKDAYS_MONTHS.contains(&lower.as_str()) {
            break;
        }
        let safe = capital
            || is_det
            || ROLE_NOUNS.contains(&lower.as_str())
            || vocab::NAME_PARTICLES.contains(&lower.as_str())
            || lower.ends_with("'s")
            || lower.ends_with("’s");
        let connector = (lower == "of" || lower == "for") && taken > 0;
        let modifier = taken > 0
            && (ROLE_ADJECTIVES.contains(&lower.as_str())
                || (tentative < 2 && lower.chars().all(char::is_alphabetic)));
        if !(safe || connector || modifier) {
            break;
        }
        start_idx = i - 1;
        taken += 1;
        i -= 1;
        if safe {
            committed = start_idx;
            tentative = 0;
        } else if !connector && !ROLE_ADJECTIVES.contains(&lower.as_str()) {
            tentative += 1;
        }
        if is_det {
            let continues = i > 0 && matches!(ws[i - 1].lower(s).as_str(), "of" | "for");
            if !continues {
                break;
            }
        }
    }
    if start_idx != committed && committed <= ws.len() {
        let all_modifiers_known = ws[start_idx..committed.min(ws.len())]
            .iter()
            .all(|w| ROLE_ADJECTIVES.contains(&w.lower(s).as_str()));
        if !all_modifiers_known {
            start_idx = committed;
        }
    }
    if start_idx >= ws.len() {
        return None;
    }
    // Leading `of`/`for` left by a stop: drop.
    while start_idx < ws.len() && matches!(ws[start_idx].lower(s).as_str(), "of" | "for") {
        start_idx += 1;
    }
    let first = ws.get(start_idx)?;
    Some(trim_phrase(s, first.start, last.end))
}
