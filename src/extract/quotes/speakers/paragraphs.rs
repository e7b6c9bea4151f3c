//! People looked up by paragraph: the one named last in a quote's own paragraph or the one
//! before it, and where a paragraph starts.

use super::*;

impl People<'_> {
    /// The person named last before `pos` in its own paragraph, by a name of two words or
    /// more (`Captain Chidi Onuoha apologised …. "…," the defender said`).
    /// Of the people that person's sentence names, the one opening it, its subject (`Dara
    /// said Sokha had told him …. "…," the witness said`).
    pub(super) fn named_in_paragraph_before(&self, pos: Position) -> Option<String> {
        let from = self.paragraph_start(pos);
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        let &(at, person) = self.mentions.get(idx.checked_sub(1)?)?;
        if at < from {
            return None;
        }
        let text = self.texts[usize::from(at.0.min(1))];
        let opens = super::words::sentence_start(text, at.1.min(text.len()), from.1, 600);
        let lo = self.mentions.partition_point(|(p, _)| *p < (at.0, opens));
        // Only capitalised words (a title, the name's given names) before it.
        let opening = |b: usize| {
            text.get(opens..b).is_some_and(|gap| {
                gap.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
            })
        };
        let subject = self.mentions[lo..idx]
            .iter()
            .find(|((_, b), i)| self.persons[*i].tokens.len() >= 2 && opening(*b))
            .map_or(person, |(_, i)| *i);
        let tokens = &self.persons[subject].tokens;
        (tokens.len() >= 2).then(|| tokens.join(" "))
    }

    /// The person named last in the paragraph before the one holding `pos`, by a name of two
    /// words or more, when nobody is named in `pos`'s own paragraph before it (`… Whaanga
    /// trained fully on Wednesday. ¶ "…," the loose forward said`).
    /// A person who carries the role itself is left out: the role's lookup passed them over
    /// (`Deputy mayor Colin Prewett` is no one `the mayor` means).
    pub(super) fn named_in_previous_paragraph(&self, pos: Position, role: &str) -> Option<String> {
        let from = self.paragraph_start(pos);
        if from.1 < 2 {
            return None;
        }
        let previous = self.paragraph_start((pos.0, from.1 - 2));
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        let &(at, person) = self.mentions.get(idx.checked_sub(1)?)?;
        let tokens = &self.persons[person].tokens;
        let has_role = self.persons[person].roles.contains(role);
        (at >= previous && at < from && tokens.len() >= 2 && !has_role).then(|| tokens.join(" "))
    }

    /// Where the paragraph holding `pos` starts (just after the blank line before it).
    pub(super) fn paragraph_start(&self, pos: Position) -> Position {
        let text = self.texts[usize::from(pos.0.min(1))];
        let at = super::words::floor_boundary(text, pos.1.min(text.len()));
        (pos.0, text[..at].rfind("\n\n").map_or(0, |i| i + 2))
    }
}
