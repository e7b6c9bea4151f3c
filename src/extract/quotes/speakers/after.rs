//! A speaker named after the quote: a quote standing alone as a paragraph, and the next
//! paragraph opening `That was how captain Rodelio Manalastas described the night …`.

use super::*;
use crate::extract::quotes::attribution;

/// The speaker the paragraph after a quote standing alone names by pointing back to it, when
/// it opens with one of `assets/lexicon/attribution-after-openers.txt`.
pub(super) fn named_after(
    people: &People,
    texts: [&str; 2],
    f: &Found,
    last: Option<&(Position, String, bool)>,
) -> Option<(String, bool, Attribution)> {
    let part = usize::from(part_index(f.part));
    let text = texts[part];
    let para_start = text[..f.start.min(text.len())]
        .rfind("\n\n")
        .map_or(0, |i| i + 2);
    let marks = |s: &str| {
        s.chars()
            .all(|c| c.is_whitespace() || "\"“”„«»‘’'.,!?".contains(c))
    };
    let rest = text.get(f.end..)?;
    // The next paragraph: in the same part, the body's first after the lead's last, or none
    // after the body's last (`usize::MAX`).
    let (para_end, next_part, next_start) = match rest.find("\n\n") {
        Some(i) => (f.end + i, part, f.end + i + 2),
        None if part == 0 => (text.len(), 1, 0),
        None => (text.len(), part, usize::MAX),
    };
    if !marks(&text[para_start..f.start]) {
        return None;
    }
    // `'I just gambled at the near post.' That was how Doyle … explained the winner.`: the
    // pointing sentence may follow the quote in its own paragraph.
    let tail = &text[f.end..para_end];
    let (next_part, next_start) = if marks(tail) {
        (next_part, next_start)
    } else {
        let skip = tail.len()
            - tail
                .trim_start_matches(|c: char| marks(c.encode_utf8(&mut [0; 4])))
                .len();
        (part, f.end + skip)
    };
    let next = texts[next_part].get(next_start..)?;
    let next = &next[..next.find("\n\n").unwrap_or(next.len())];
    let lower = next.to_lowercase();
    let opener = lexicon::attribution_after_openers()
        .find(|o| lower.starts_with(o) && lower[o.len()..].starts_with(' '))?;
    let clause = &next[opener.len()..];
    let ws = words(clause, 24);
    // `Those were the words of Mayor Jane Cole`, `The response came from …`: the name is all
    // that follows, with no verb to look for.
    let names_source = opener.ends_with(" of") || opener.ends_with(" from");
    // The verb that reports the quote: a speech verb, or `put it`.
    let k = ws.iter().enumerate().position(|(i, w)| {
        let l = w.lower(clause);
        vocab::is_speech_verb(&l)
            || (l == "put" && ws.get(i + 1).is_some_and(|n| n.lower(clause) == "it"))
    });
    let k = if names_source { 0 } else { k? };
    let (a, b) = if k == 0 || names_source {
        attribution::name_after(clause, &ws, 0)?
    } else {
        attribution::subject_before(clause, &ws[..k])?
    };
    let phrase = before_bracket(&clause[a..b]);
    let at = (
        u8::try_from(next_part).unwrap_or(1),
        next_start + opener.len() + a,
    );
    let (name, person, how) = people.resolve_phrase(phrase, at, last)?;
    (how != Attribution::None).then_some((name, person, Attribution::Cue))
}
