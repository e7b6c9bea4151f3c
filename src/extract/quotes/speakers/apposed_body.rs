//! `The telecommunications regulator, ARCEP, said …. "…," the regulator said.`: a body noun
//! speaking with `the` is the body whose name the article set in apposition to a description
//! headed by that noun.

use super::*;

/// How far back the description is looked for, in bytes.
const WINDOW_BYTES: usize = 4000;
/// Most words of the name in apposition.
const MAX_NAME_WORDS: usize = 6;

impl People<'_> {
    /// The name written between commas right after the body noun `noun` (`regulator, ARCEP,`),
    /// the latest before `pos` in its part, else in the lead.
    pub(super) fn apposed_body(&self, noun: &str, pos: Position) -> Option<String> {
        if !vocab::is_body_noun(noun) {
            return None;
        }
        let text = self.texts[usize::from(pos.0.min(1))];
        let end = words::floor_boundary(text, pos.1.min(text.len()));
        let from = words::floor_boundary(text, end.saturating_sub(WINDOW_BYTES));
        let window = &text[from..end];
        let key = format!("{noun}, ");
        let found = window.rmatch_indices(key.as_str()).find_map(|(i, _)| {
            // The noun is a whole word, not the end of a longer one.
            let whole = window[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            whole
                .then(|| apposed_name(&window[i + key.len()..]))
                .flatten()
        });
        match found {
            Some(name) => Some(name),
            None if pos.0 == 1 => self.apposed_body(noun, (0, usize::MAX)),
            None => None,
        }
    }
}

/// The name opening `rest` and closed by a comma: capitalised words, with name particles
/// (`del`, `of`) between them.
fn apposed_name(rest: &str) -> Option<String> {
    let (name, _) = rest.split_once(',')?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let fits = (1..=MAX_NAME_WORDS).contains(&words.len())
        && words.first().is_some_and(capital)
        && words.last().is_some_and(capital)
        && words.iter().all(|w| {
            capital(w) || NAME_PARTICLES.contains(w) || matches!(*w, "of" | "for" | "and" | "&")
        })
        && !name.contains(['.', ';', ':', '"', '“', '”']);
    fits.then(|| name.trim().to_string())
}

impl People<'_> {
    /// Whether the article sets `name` between commas right after a body noun (`dairy
    /// cooperative, Cooperativa Láctea del Este,`): a body, whatever its words look like.
    pub(super) fn named_beside_body_noun(&self, name: &str) -> bool {
        let key = format!(", {name},");
        self.texts.iter().any(|text| {
            text.match_indices(key.as_str()).any(|(i, _)| {
                let before = text[..i].trim_end();
                let noun = before
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                    .next()
                    .unwrap_or("");
                vocab::is_body_noun(noun)
            })
        })
    }
}
