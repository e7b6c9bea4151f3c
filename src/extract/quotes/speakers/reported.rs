//! The speaker a paragraph reports before a quote with no attribution of its own.

use super::*;

/// How far back in its paragraph an unattributed quote looks for the speaker being reported.
const REPORTED_BYTES: usize = 800;

/// The speaker a paragraph reports before an unattributed quote at `pos` (after the previous
/// quote's end `since`): the subject of the last speech verb there (`Byrd said in an interview
/// he was heartened that Reagan had … "…"` gives Byrd, not Reagan).
pub(super) fn reported_speaker(
    people: &People,
    text: &str,
    pos: Position,
    since: usize,
    last: Option<&(Position, String, bool)>,
) -> Option<(String, bool, Attribution)> {
    let end = words::floor_boundary(text, pos.1.min(text.len()));
    let window = words::floor_boundary(text, end.saturating_sub(REPORTED_BYTES));
    let from = text[window..end]
        .rfind("\n\n")
        .map_or(window, |i| window + i + 2)
        .max(since.min(end));
    let from = words::floor_boundary(text, from);
    let (a, b) = crate::extract::quotes::attribution::reported_subject(&text[from..end])?;
    let phrase = before_bracket(&text[from + a..from + b]);
    // `One trader, who only gave his name as Musa, said …`: the name the description gives.
    // `A regular, a retired taxi driver who gave only his surname, Chan, said …`: or in an
    // apposition after it.
    let given = described::name_given_after(text, from + b)
        .or_else(|| described::name_given_within(&text[from + a..end]));
    if let Some(name) = given {
        return Some((name, true, Attribution::Carried));
    }
    // `"…," the statement read. "…"`: a document's words are its issuer's, as for a cue.
    if let Some((name, person, _)) =
        people.document_issuer(text, (pos.1, from + a), phrase, pos.0, last)
    {
        return Some((name, person, Attribution::Carried));
    }
    let (name, person, how) = people.resolve_phrase(phrase, (pos.0, from + a), last)?;
    (how != Attribution::None).then_some((name, person, Attribution::Carried))
}
