//! `The minister did not like the napkin. "…," he said.`: a definite description opening a
//! sentence of the pronoun's paragraph as its subject, nearer than anyone named, is whom the
//! next `he` or `she` means, when the article ties that description to a named person (the
//! minister is `Minister of Infrastructure Rasmus Kallas`). A pronoun otherwise goes to the
//! last person named, who may be only the object of a sentence before.

use super::*;

/// Most words of a paragraph read before the pronoun.
const MAX_PARAGRAPH_WORDS: usize = 400;
/// Most words after `the` in the description (`the chief executive`).
const MAX_DESCRIPTION_WORDS: usize = 3;

impl People<'_> {
    /// The named person a definite description opening a sentence of the pronoun's paragraph
    /// resolves to, when that sentence stands after `since` (the newest person named or
    /// speaking) and the person fits the pronoun's sex.
    pub(super) fn definite_subject_since(
        &self,
        pos: Position,
        since: Option<Position>,
        want: Option<Sex>,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        let text = self.texts[usize::from(pos.0.min(1))];
        let (_, from) = self.paragraph_start(pos);
        let to = words::floor_boundary(text, pos.1.min(text.len()));
        let span = text.get(from..to)?;
        let ws = words(span, MAX_PARAGRAPH_WORDS);
        let mut found = None;
        let mut quoted = false;
        let mut opens = true;
        for (k, w) in ws.iter().enumerate() {
            let raw = w.raw(span);
            let was_quoted = quoted;
            if !quoted && raw.starts_with(['"', '“', '«', '„']) {
                quoted = true;
            }
            let bare = raw.trim_end_matches([',', '.', '!', '?', ';', ':']);
            if quoted && bare.ends_with(['"', '”', '»']) && (was_quoted || bare.chars().count() > 1)
            {
                quoted = false;
            }
            let opener = opens && !was_quoted && !quoted;
            opens = raw
                .trim_end_matches(['"', '”', '»', '’', '\'', ')'])
                .ends_with(['.', '!', '?']);
            if !opener || w.lower(span) != "the" {
                continue;
            }
            let Some(end) = description_end(span, &ws, k) else {
                continue;
            };
            let at = (pos.0, from + w.start);
            if since.is_some_and(|s| at <= s) {
                continue;
            }
            let phrase = &span[w.start..ws[end].end];
            let Some((name, true, how)) = self.resolve_phrase(phrase, at, last) else {
                continue;
            };
            if how != Attribution::None
                && self.person_named(&name).is_some()
                && self.fits(&name, want)
            {
                found = Some((name, true, Attribution::Resolved));
            }
        }
        found
    }
}

/// The last word of a description after `the` at word `k` that is a sentence's subject: role
/// words (`the chief executive`, `the Professor`) ending at a role noun or title, followed by a
/// lower-case word (its verb), not a possessive or an apposition.
fn description_end(span: &str, ws: &[Word], k: usize) -> Option<usize> {
    let mut head = None;
    for (j, w) in ws
        .iter()
        .enumerate()
        .skip(k + 1)
        .take(MAX_DESCRIPTION_WORDS)
    {
        let raw = w.raw(span);
        let lower = w.lower(span);
        let role = ROLE_NOUNS.contains(&lower.as_str()) || is_title(&lower);
        let adjective = ROLE_ADJECTIVES.contains(&lower.as_str());
        if !role && !adjective {
            break;
        }
        if role {
            head = Some(j);
        }
        // `The minister's office`, `The minister, Rasmus Kallas,`: punctuation ends the run.
        if raw != w.core(span) {
            break;
        }
    }
    let head = head?;
    let raw = ws[head].raw(span);
    if raw != ws[head].core(span) {
        return None;
    }
    let next = ws.get(head + 1)?.raw(span);
    next.starts_with(char::is_lowercase).then_some(head)
}
