//! A lead that describes its speaker and names them in the next paragraph: `…, its president
//! announced on Tuesday, calling the decision "painful but necessary"` ¶ `Ursula Brändli, who
//! has led the federation since 2021, told a news conference …`. News copy often delays the
//! name this way; when the article has named nobody before the described speaker, the person
//! who opens the next paragraph as the subject of its speech verb is that speaker.

use super::*;

/// How far the next paragraph's first sentence is read, in bytes.
const SENTENCE_BYTES: usize = 600;

impl People<'_> {
    /// The person a description speaker at `pos` is named as in the next paragraph, when no
    /// person is mentioned before `pos` and that paragraph opens on a person (after titles
    /// only) whom its first sentence's speech verb has as subject, of a sex the description
    /// allows.
    pub(super) fn named_next(&self, description: &str, pos: Position) -> Option<String> {
        if !one_in_the_lead(description, self.texts[0]) {
            return None;
        }
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        if idx > 0 {
            return None;
        }
        let &(at, person) = self.mentions.get(idx)?;
        let next = self.next_paragraph(pos)?;
        let text = self.texts[usize::from(next.0.min(1))];
        if at.0 != next.0 || at.1 < next.1 {
            return None;
        }
        // Nothing but capitalised words (the name's, a title's) before the mention.
        let before = text.get(next.1..at.1)?;
        if !before
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        {
            return None;
        }
        if !compatible(
            self.persons[person].sex,
            pronouns::description_sex(description),
        ) {
            return None;
        }
        let end = words::sentence_end(text, at.1, SENTENCE_BYTES);
        let sentence = text.get(next.1..end)?;
        let (a, b) = super::super::attribution::reported_subject(sentence)?;
        let subject = self.person_named(&sentence[a..b])?;
        (subject == person).then(|| self.persons[person].tokens.join(" "))
    }

    /// Where the paragraph after the one holding `pos` starts: in the same part, or the
    /// body's first after the lead's last.
    fn next_paragraph(&self, pos: Position) -> Option<Position> {
        let text = self.texts[usize::from(pos.0.min(1))];
        let from = words::floor_boundary(text, pos.1.min(text.len()));
        match text[from..].find("\n\n") {
            Some(i) => Some((pos.0, from + i + 2)),
            None if pos.0 == 0 => Some((1, 0)),
            None => None,
        }
    }
}

/// Whether a description stands for one person the lead sets up to name: written in the
/// article's first paragraph, headed by a singular role noun that is no body (`its
/// president`, `a prosecutor`; not `U.S. officials`, `the news agency`), and not one of a
/// group (`one diplomat`, `one trader at a major securities house`: kept anonymous), opening
/// on an article or a possessive.
fn one_in_the_lead(description: &str, lead: &str) -> bool {
    let lower = description.to_lowercase();
    let first = lead.split("\n\n").next().unwrap_or("").to_lowercase();
    let head = lower
        .split(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "who" | "whose" | "that" | "of" | "at" | "in" | "for" | "from" | "with" | "near"
            )
        })
        .last()
        .unwrap_or("");
    let plural = head
        .strip_suffix('s')
        .is_some_and(|stem| ROLE_NOUNS.contains(&stem));
    let determined = lower.split_whitespace().next().is_some_and(|w| {
        matches!(w, "a" | "an" | "the" | "its" | "his" | "her" | "their") || w.ends_with("'s")
    });
    determined
        && first.contains(&lower)
        && ROLE_NOUNS.contains(&head)
        && !plural
        && !vocab::is_body_noun(head)
}
