//! A quote after an action beat: `Is she hopeful? She pauses. "I am hopeful about the young
//! people."` Feature writing names who speaks by what they do just before the words, in a
//! short sentence of its own; the quote with no attribution is that subject's.

use super::*;

/// How many words a beat sentence may have (`She pauses.`, `Smith shook his head slowly.`).
const MAX_BEAT_WORDS: usize = 7;

/// The person whose short sentence stands right before an unattributed quote at `pos`, in the
/// same paragraph and after the previous quote's end `since`: a pronoun or a name, then a verb
/// in the present (`pauses`) or the past (`nodded`).
pub(super) fn beat_speaker(
    people: &People,
    text: &str,
    pos: Position,
    since: usize,
    last: Option<&(Position, String, bool)>,
) -> Option<(String, bool, Attribution)> {
    let end = words::floor_boundary(text, pos.1.min(text.len()));
    let before = text[..end].trim_end_matches(|c: char| words::is_quote_mark(c) || c == ' ');
    if !before.ends_with(['.', '!']) || before.len() < 2 {
        return None;
    }
    let para_start = before
        .rfind('\n')
        .map_or(0, |i| i + 1)
        .max(since.min(before.len()));
    // Nothing but the mark between the previous quote and this one: no sentence of its own.
    if para_start + 2 >= before.len() {
        return None;
    }
    let start = words::sentence_start(before, before.len() - 1, para_start, 200);
    let sentence = &before[start..];
    if sentence.contains(['"', '“', '”', '«', '»', '„']) {
        return None;
    }
    let ws = words(sentence, MAX_BEAT_WORDS + 1);
    if !(2..=MAX_BEAT_WORDS).contains(&ws.len()) {
        return None;
    }
    // The subject: `He`, `She`, or up to three capitalised words before a lower-case verb.
    let verb_at = ws.iter().position(|w| !w.is_capitalized(sentence))?;
    if !(1..=3).contains(&verb_at) || ws[..verb_at].iter().any(|w| w.closes_phrase(sentence)) {
        return None;
    }
    let verb = ws[verb_at].lower(sentence);
    let finite = verb.len() >= 4
        && verb.chars().all(char::is_alphabetic)
        && (verb.ends_with('s') || verb.ends_with("ed"))
        && !super::vocab::FINITE_AUXILIARIES.contains(&verb.as_str());
    if !finite {
        return None;
    }
    let subject = &sentence[ws[0].start..ws[verb_at - 1].end];
    let (name, person, how) = people.resolve_phrase(subject, (pos.0, start), last)?;
    (person && how != Attribution::None).then_some((name, true, Attribution::Carried))
}
