//! `The hospital said` after `Bluefields Regional Hospital`: a place's noun that also names an
//! institution (a hospital, an airport, a palace, a church), speaking with `the`, is the
//! institution the article named with that noun.

use super::*;

/// How many capitalised runs before the quote are looked through.
const RUNS_BACK: usize = 64;

impl People<'_> {
    /// The latest capitalised run of two words or more before `pos`, no person's name, whose
    /// last word is the place noun `noun` (`hospital`, `airport`): the body `the <noun>` is.
    pub(super) fn place_body(&self, noun: &str, pos: Position) -> Option<String> {
        if !lexicon::is_place_form(noun) {
            return None;
        }
        let idx = self.loose_mentions.partition_point(|(p, _)| *p < pos);
        self.loose_mentions[..idx]
            .iter()
            .rev()
            .take(RUNS_BACK)
            .filter(|(_, k)| *k >= self.person_count)
            .map(|(_, k)| &self.loose_names[*k])
            .find(|name| {
                let mut words = name.split_whitespace();
                let last = words.next_back();
                words.next().is_some() && last.is_some_and(|w| w.to_lowercase() == noun)
            })
            .cloned()
    }
}
