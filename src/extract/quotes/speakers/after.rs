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
    let listed = lexicon::attribution_after_openers()
        .find(|o| lower.starts_with(o) && lower[o.len()..].starts_with(' '))
        .map(str::len);
    let pointer = listed.is_none().then(|| points_back(&lower)).flatten();
    let opener = listed.or(pointer)?;
    let clause = &next[opener..];
    let ws = words(clause, 24);
    // `Those were the words of Mayor Jane Cole`, `The response came from …`: the name is all
    // that follows, with no verb to look for.
    let names_source =
        pointer.is_some() || lower[..opener].ends_with(" of") || lower[..opener].ends_with(" from");
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
        next_start + opener + a,
    );
    let (name, person, how) = people.resolve_phrase(phrase, at, last)?;
    // A pointer read from the sentence's shape names a person, not a place or a thing
    // (`The bridge was Pohnpei's`).
    let named = pointer.is_none() || person;
    (how != Attribution::None && named).then_some((name, person, Attribution::Cue))
}

/// A paragraph opening by pointing back at the words just quoted and saying whose they were:
/// a demonstrative or `the`, one or two lower-case nouns, then `came from`, `was` or `were`
/// (`The speaker was Elroy Gumbs`, `Those words came from Lorna Richardson`). Returns the
/// opener's length in bytes.
fn points_back(lower: &str) -> Option<usize> {
    let ws: Vec<&str> = lower.split(' ').take(6).collect();
    if !matches!(
        ws.first(),
        Some(&("the" | "that" | "those" | "these" | "this"))
    ) {
        return None;
    }
    let nouns = ws[1..]
        .iter()
        .take_while(|w| !matches!(**w, "came" | "was" | "were"))
        .count();
    let plain = ws[1..=nouns.min(ws.len() - 1)]
        .iter()
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()));
    if !(1..=2).contains(&nouns) || !plain {
        return None;
    }
    let verb: &[&str] = match ws.get(1 + nouns..) {
        Some(["came", "from", ..]) => &["came", "from"],
        Some(["was" | "were", ..]) => &ws[1 + nouns..2 + nouns],
        _ => return None,
    };
    let words = 1 + nouns + verb.len();
    Some(ws[..words].iter().map(|w| w.len()).sum::<usize>() + words - 1)
}
