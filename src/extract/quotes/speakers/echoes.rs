//! A quote repeated inside a longer one: news copy often opens with a few words of what
//! someone said, credited to a description (`one economist has called it "…"`, `an opposition
//! leader complained that agents were "turned away at the door"`), and gives the whole sentence
//! later with the speaker's name. The repeated words are that named person's.

use crate::model::{Attribution, SpeakerKind, TextPart};

use super::super::Found;

/// A resolved speaker as the quote pass keeps it.
type Resolved = Option<(String, SpeakerKind, Attribution)>;

/// Gives each quote with no speaker, or only an indefinite description for one, the named
/// person of a later quote that repeats its words (two words at least).
pub(in super::super) fn named_by_repetition(
    texts: [&str; 2],
    found: &[Found],
    speakers: &mut [Resolved],
) {
    let n = found.len().min(speakers.len());
    let Some(first) = (0..n).find(|&i| unnamed(&speakers[i])) else {
        return;
    };
    // Each quote's words read once, only in articles that have such a quote.
    let texts_of: Vec<Option<String>> = (0..n)
        .map(|i| (i >= first).then(|| quoted(texts, &found[i])).flatten())
        .collect();
    for i in first..n {
        if !unnamed(&speakers[i]) {
            continue;
        }
        let Some(short) = texts_of[i].as_deref().filter(|s| s.contains(' ')) else {
            continue;
        };
        let named = (i + 1..n).find_map(|j| {
            let (name, kind, _) = speakers[j].as_ref()?;
            let long = texts_of[j].as_deref()?;
            (*kind == SpeakerKind::Person && long.len() > short.len() && long.contains(short))
                .then(|| name.clone())
        });
        if let Some(name) = named {
            speakers[i] = Some((name, SpeakerKind::Person, Attribution::Resolved));
        }
    }
}

/// No speaker, or a description opening with an indefinite determiner (`one economist`, `an
/// opposition leader`): someone the article has not named yet.
fn unnamed(speaker: &Resolved) -> bool {
    match speaker {
        None => true,
        Some((name, kind, _)) => {
            *kind == SpeakerKind::Description
                && name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "one"))
        }
    }
}

/// A quote's words, lower-cased, spaces collapsed, without the marks that close it.
fn quoted(texts: [&str; 2], f: &Found) -> Option<String> {
    let text = texts[usize::from(f.part != TextPart::Lead)];
    let words: Vec<String> = text
        .get(f.start..f.end)?
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let joined = words.join(" ");
    let trimmed = joined.trim_matches(|c: char| !c.is_alphanumeric());
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}
