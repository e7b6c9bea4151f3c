//! `The Tanzania Truck Owners Association (Tatoa) welcomed the project but warned that the
//! roads were "the real bottleneck"`: a phrase quoted in a sentence whose subject is a named
//! body, and which names no person, is the body's.

use super::*;

/// How far from the sentence's start its subject's name may begin, in bytes (`The `).
const SUBJECT_SLACK: usize = 4;
/// How far back the sentence's start is looked for, in bytes.
const SENTENCE_BYTES: usize = 600;

impl People<'_> {
    /// The named organisation opening the sentence that holds `pos`, when the sentence names
    /// no person before `pos`.
    pub(super) fn body_opening_sentence(&self, pos: Position) -> Option<String> {
        let text = self.texts[usize::from(pos.0.min(1))];
        let end = words::floor_boundary(text, pos.1.min(text.len()));
        let window = words::floor_boundary(text, end.saturating_sub(SENTENCE_BYTES));
        let paragraph = text[window..end]
            .rfind("\n\n")
            .map_or(window, |i| window + i + 2);
        let from = words::sentence_start(text, end, paragraph, SENTENCE_BYTES);
        let lo = self.mentions.partition_point(|(p, _)| *p < (pos.0, from));
        let hi = self.mentions.partition_point(|(p, _)| *p < pos);
        // `A House staff member …`: a described person opening the sentence speaks.
        let described = self
            .descriptions
            .iter()
            .any(|(p, _)| *p >= (pos.0, from) && *p < pos);
        if lo < hi || described {
            return None;
        }
        let k = self
            .organisations
            .partition_point(|(p, _)| *p < (pos.0, from));
        let (at, lower) = self.organisations.get(k)?;
        (at.0 == pos.0 && at.1 <= from + SUBJECT_SLACK && *at < pos)
            .then(|| self.organisation_names.get(lower).cloned())
            .flatten()
    }
}
