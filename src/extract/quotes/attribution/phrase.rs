//! The speaker phrase itself: the name after a verb-first attribution (`said President X`),
//! a name in apposition, and what makes words a proper name rather than a description.

use super::super::vocab::{
    self, DETERMINERS, FINITE_AUXILIARIES, PHRASE_STOPS, PRONOUNS, ROLE_ADJECTIVES, ROLE_NOUNS,
    TITLES, WEEKDAYS_MONTHS,
};
use super::super::words::Word;
use super::MAX_SUBJECT_WORDS;

/// The speaker phrase after a verb-first attribution: `said President X on Saturday` -> `President X`.
pub fn name_after(s: &str, ws: &[Word], from: usize) -> Option<(usize, usize)> {
    let mut taken: Vec<Word> = Vec::new();
    for (k, &w) in ws.iter().enumerate().skip(from).take(MAX_SUBJECT_WORDS) {
        let lower = w.lower(s);
        if lower.is_empty() {
            break;
        }
        let first_char_upper = w.is_capitalized(s);
        if !first_char_upper && (head_noun_closes(s, &taken, w) || agent_noun_closes(s, &taken, w))
        {
            taken.push(w);
            break;
        }
        let allowed = if first_char_upper {
            !WEEKDAYS_MONTHS.contains(&lower.as_str())
        } else {
            !PHRASE_STOPS.contains(&lower.as_str())
                && (DETERMINERS.contains(&lower.as_str())
                    || lower == "of"
                    || lower == "for"
                    || ROLE_NOUNS.contains(&lower.as_str())
                    // `vice-president`, `co-founder`, `ex-minister`: a prefixed role.
                    || lower
                        .rsplit_once('-')
                        .is_some_and(|(_, head)| ROLE_NOUNS.contains(&head))
                    || TITLES.contains(&lower.as_str())
                    || ROLE_ADJECTIVES.contains(&lower.as_str())
                    || vocab::NAME_PARTICLES.contains(&lower.as_str())
                    || (!taken.is_empty() && (lower.ends_with("'s") || lower.ends_with("’s")))
                    || (taken.is_empty() && PRONOUNS.contains(&lower.as_str()))
                    // `said Hamilton Fire Department platoon chief Mike Tremblay`, `said fish
                    // vendor Rowena Dizon`: a word qualifying the role noun after it.
                    || (lower.chars().all(char::is_alphabetic)
                        && ws.get(k + 1).is_some_and(|n| {
                            let next = n.lower(s);
                            !n.is_capitalized(s)
                                && !w.closes_phrase(s)
                                && (ROLE_NOUNS.contains(&next.as_str())
                                    || TITLES.contains(&next.as_str()))
                                && ws.get(k + 2).is_some_and(|m| m.is_capitalized(s))
                        }))
                    || (taken.len() < 2 && before_full_name(s, ws, k))
                    || super::described::modifies_role_ahead(s, ws, k, &taken)
                    // `said the daily Gunes`: a publication's kind before its name.
                    || (crate::extract::lexicon::is_publication_noun(&lower)
                        && ws.get(k + 1).is_some_and(|n| n.is_capitalized(s))))
        };
        if !allowed {
            break;
        }
        // `said Reuters` vs `said Smith's office`: both fine; a raw that opens a quote is not.
        if w.raw(s).starts_with(['"', '“', '„', '«', '‘']) {
            break;
        }
        taken.push(w);
        if w.closes_phrase(s) {
            break;
        }
    }
    while let Some(last) = taken.last() {
        let l = last.lower(s);
        if DETERMINERS.contains(&l.as_str()) || l == "of" || l == "for" {
            taken.pop();
        } else {
            break;
        }
    }
    extend_by_participle(s, ws, &mut taken);
    let before_employer = taken.len();
    super::described::extend_by_employer(s, ws, &mut taken);
    let first = *taken.first()?;
    let last = *taken.last()?;
    if opens_reported_clause(s, ws, &taken) {
        return None;
    }
    // `according to the committee chair, Daniel Hughes,`: a description followed by the name
    // in apposition gives the name.
    if last.raw(s).ends_with(',') && !is_proper(s, &taken) {
        let next = ws
            .iter()
            .position(|w| w.start > last.start)
            .unwrap_or(ws.len());
        let rest = &ws[next.min(ws.len())..];
        // After an employer (`an official at the ministry in Paris, France.`) the words in
        // apposition may finish a place: only a person's name counts.
        let found = if taken.len() > before_employer {
            super::foreign::apposed_name(s, rest)
        } else {
            appositive_name(s, rest)
        };
        if let Some(found) = found {
            return Some(found);
        }
    }
    // `stressed the vice-president in charge of mobility, Anne-Sophie Guérin.`: a description
    // whose modifier runs on to a comma, then a person's name in apposition.
    if !last.closes_phrase(s) && !is_proper(s, &taken) {
        let first_lower = first.lower(s);
        let described = DETERMINERS.contains(&first_lower.as_str())
            || ROLE_NOUNS.contains(&first_lower.as_str())
            || TITLES.contains(&first_lower.as_str());
        if let Some(found) = described
            .then(|| name_after_modifier(s, ws, last))
            .flatten()
        {
            return Some(found);
        }
    }
    Some(trim_phrase(s, first.start, last.end))
}

/// How many words a modifier after a description's head may hold before the comma that opens
/// a name in apposition.
const MAX_MODIFIER_WORDS: usize = 8;

/// The name in apposition after a description's modifier (`in charge of mobility, Anne-Sophie
/// Guérin.`), the modifier starting after `last`: no verb, clause word or quotation mark in it.
fn name_after_modifier(s: &str, ws: &[Word], last: Word) -> Option<(usize, usize)> {
    let next = ws.iter().position(|w| w.start > last.start)?;
    for (i, w) in ws.iter().enumerate().skip(next).take(MAX_MODIFIER_WORDS) {
        let lower = w.lower(s);
        if w.raw(s).starts_with(['"', '“', '„', '«', '‘'])
            || vocab::is_speech_verb(&lower)
            || vocab::REPORTING_FORMS.contains(&lower.as_str())
            || FINITE_AUXILIARIES.contains(&lower.as_str())
            || matches!(
                lower.as_str(),
                "that" | "who" | "whose" | "which" | "and" | "but" | "or" | "as" | "when"
            )
        {
            return None;
        }
        if w.closes_phrase(s) {
            return w
                .raw(s)
                .ends_with(',')
                .then(|| super::foreign::apposed_name(s, &ws[i + 1..]))
                .flatten();
        }
    }
    None
}

/// Whether word `k`, lower-case, opens up to two lower-case words before a full name whose
/// first word is a given name: `said fish vendor Rowena Dizon`.
fn before_full_name(s: &str, ws: &[Word], k: usize) -> bool {
    let plain = |w: &Word| plain_modifier(s, *w) && !DETERMINERS.contains(&w.lower(s).as_str());
    (k + 1..=k + 2).any(|j| {
        ws.get(k..j).is_some_and(|run| run.iter().all(plain))
            && ws.get(j).is_some_and(|n| {
                n.is_capitalized(s)
                    && crate::extract::lexicon::given_name(&n.lower(s)).is_some()
                    && !n.closes_phrase(s)
            })
            && ws.get(j + 1).is_some_and(|n| n.is_capitalized(s))
    })
}

/// A lower-case word of letters inside a phrase, no stop word, that may qualify a noun after it
/// (`fish` in `fish vendor`, `monetary` in `one western monetary official`).
pub(super) fn plain_modifier(s: &str, w: Word) -> bool {
    let l = w.lower(s);
    !w.is_capitalized(s)
        && !w.closes_phrase(s)
        && l.chars().all(char::is_alphabetic)
        && !PHRASE_STOPS.contains(&l.as_str())
}

/// How many words a participle phrase after a description's head may hold.
const MAX_PARTICIPLE_WORDS: usize = 8;

/// `said a diplomat briefed on the talks, who …`, `said a woman holding a toddler.`: a
/// participle after an indefinite description's head noun and the words up to the next comma
/// or stop are part of the description (the guideline's whole speaker); without such an end
/// within a few words, or with a clause inside (`adding that …`), nothing is added.
fn extend_by_participle(s: &str, ws: &[Word], taken: &mut Vec<Word>) {
    let (Some(first), Some(last)) = (taken.first(), taken.last()) else {
        return;
    };
    let head = last.lower(s);
    if !matches!(first.lower(s).as_str(), "a" | "an" | "one" | "another")
        || taken.len() < 2
        || last.closes_phrase(s)
        || !ROLE_NOUNS.contains(&head.as_str())
    {
        return;
    }
    let Some(next) = ws.iter().position(|w| w.start > last.start) else {
        return;
    };
    let participle = ws[next].lower(s);
    let is_participle = participle.len() >= 5
        && participle.chars().all(char::is_alphabetic)
        && (participle.ends_with("ed") || participle.ends_with("ing"))
        && !vocab::is_speech_verb(&participle)
        && !ws[next].is_capitalized(s);
    if !is_participle {
        return;
    }
    let mut added = Vec::new();
    for &w in ws[next..].iter().take(MAX_PARTICIPLE_WORDS) {
        let lower = w.lower(s);
        if w.raw(s).starts_with(['"', '“', '„', '«', '‘'])
            || matches!(lower.as_str(), "that" | "who" | "which")
            || vocab::is_speech_verb(&lower)
        {
            return;
        }
        added.push(w);
        if w.closes_phrase(s) {
            taken.extend(added);
            return;
        }
    }
}

/// `said a Wall Street arbitrageur.`, `said a Goldman Sachs analyst,`: after a determiner and
/// capitalised modifiers, a lower-case word that ends the phrase is its head noun (the
/// capitalised words name the employer or the place, not the speaker).
fn head_noun_closes(s: &str, taken: &[Word], w: Word) -> bool {
    let lower = w.lower(s);
    taken.len() >= 2
        && DETERMINERS.contains(&taken[0].lower(s).as_str())
        && taken[1..].iter().all(|t| t.is_capitalized(s))
        && !taken.iter().any(|t| t.closes_phrase(s))
        && w.closes_phrase(s)
        && lower.chars().all(char::is_alphabetic)
        && !PHRASE_STOPS.contains(&lower.as_str())
        && !WEEKDAYS_MONTHS.contains(&lower.as_str())
}

/// `said one arbitrager.`, `said a campaigner,`: right after an indefinite article, a
/// lower-case noun of a doer (`-er`, `-or`, `-ist`, `-ant`, `-ent`, `-ian`, `-eur`) that ends
/// the phrase is the speaker's head noun, whether or not the role list knows it: the suffix
/// says it names someone, the article that the article introduces them.
fn agent_noun_closes(s: &str, taken: &[Word], w: Word) -> bool {
    let lower = w.lower(s);
    let [article] = taken else {
        return false;
    };
    matches!(article.lower(s).as_str(), "a" | "an" | "one" | "another")
        && w.closes_phrase(s)
        && vocab::is_agent_noun(&lower)
}

/// `said Congress did not mean …`, `said Baker showed "…"`: a name followed straight by a
/// finite verb is the subject of what was said, not the one saying it.
fn opens_reported_clause(s: &str, ws: &[Word], taken: &[Word]) -> bool {
    let Some(last) = taken.last() else {
        return false;
    };
    if last.closes_phrase(s) || !taken.iter().all(|t| t.is_capitalized(s)) {
        return false;
    }
    let Some(next) = ws.iter().find(|w| w.start > last.start) else {
        return false;
    };
    let lower = next.lower(s);
    !next.is_capitalized(s)
        && (FINITE_AUXILIARIES.contains(&lower.as_str())
            || (lower.len() >= 5
                && lower.ends_with("ed")
                && lower.chars().all(char::is_alphabetic)))
}

/// How many lower-case words of a role may stand before a name in apposition.
const MAX_ROLE_PREFIX_WORDS: usize = 4;

/// A proper name standing in apposition at the start of `ws`: one to four capitalised words
/// (name particles allowed) closed by a comma or a sentence stop, after up to four lower-case
/// words of a role ending in a role noun (`said a resident, 58-year-old tricycle driver Ernesto
/// Dizon.`).
fn appositive_name(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let prefix = ws
        .iter()
        .take(MAX_ROLE_PREFIX_WORDS + 1)
        .take_while(|w| {
            let lower = w.lower(s);
            !w.is_capitalized(s)
                && !w.closes_phrase(s)
                && lower.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !DETERMINERS.contains(&lower.as_str())
                && !PRONOUNS.contains(&lower.as_str())
                && !PHRASE_STOPS.contains(&lower.as_str())
                && !vocab::is_speech_verb(&lower)
        })
        .count();
    let role_before = prefix > 0
        && prefix <= MAX_ROLE_PREFIX_WORDS
        && ROLE_NOUNS.contains(&ws[prefix - 1].lower(s).as_str());
    let ws = if role_before { &ws[prefix..] } else { ws };
    let mut end = None;
    for (i, w) in ws.iter().enumerate().take(4) {
        let lower = w.lower(s);
        let capital = w.is_capitalized(s);
        if w.raw(s).starts_with(['"', '“', '„', '«', '‘']) || lower.is_empty() {
            return None;
        }
        if !(capital || (i > 0 && vocab::NAME_PARTICLES.contains(&lower.as_str()))) {
            return None;
        }
        if w.closes_phrase(s) {
            let trail = super::super::words::trailing_punct(w.raw(s));
            if !trail.starts_with([',', '.', ';']) {
                return None;
            }
            end = Some(i + 1);
            break;
        }
    }
    let end = end?;
    let name = &ws[..end];
    is_proper(s, name).then(|| trim_phrase(s, name[0].start, name[end - 1].end))
}

/// Whether words are a proper name (`Clara Jensen`), not a description (`The museum's
/// director`, `the Spaniard`): capitalised, no determiner, no weekday, no possessive.
pub(super) fn is_proper(s: &str, ws: &[Word]) -> bool {
    let Some(first) = ws.first() else {
        return false;
    };
    first.is_capitalized(s)
        && ws.iter().all(|w| {
            let lower = w.lower(s);
            (w.is_capitalized(s) || vocab::NAME_PARTICLES.contains(&lower.as_str()))
                && !DETERMINERS.contains(&lower.as_str())
                && !WEEKDAYS_MONTHS.contains(&lower.as_str())
                && !PRONOUNS.contains(&lower.as_str())
                && !TITLES.contains(&lower.as_str())
                && !lower.ends_with("'s")
                && !lower.ends_with("’s")
        })
}

/// Role words or titles followed by a proper name: `Mrs Lorraine Fisher`, `retired teacher
/// Brendan Walsh`.
pub(super) fn titled_name(s: &str, ws: &[Word]) -> bool {
    let name_start = ws
        .iter()
        .rposition(|w| {
            let lower = w.lower(s);
            !w.is_capitalized(s)
                || TITLES.contains(&lower.as_str())
                || DETERMINERS.contains(&lower.as_str())
        })
        .map_or(0, |k| k + 1);
    name_start > 0
        && name_start < ws.len()
        && is_proper(s, &ws[name_start..])
        && ws[..name_start].iter().all(|w| {
            let lower = w.lower(s);
            !DETERMINERS.contains(&lower.as_str()) && !PRONOUNS.contains(&lower.as_str())
        })
}

/// Strips punctuation and quotation marks around a phrase, keeping an abbreviation's stop.
pub(super) fn trim_phrase(s: &str, start: usize, end: usize) -> (usize, usize) {
    let text = &s[start..end];
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let body = &text[lead..];
    let kept = body.trim_end_matches(|c: char| !c.is_alphanumeric());
    (start + lead, start + lead + kept.len())
}
