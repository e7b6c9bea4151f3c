//! Last steps on a resolved speaker: a bare `one` or `another` becomes one of its group, a
//! description named later becomes that person, a name a description gave is a person.

use super::*;

impl People<'_> {
    /// The speaker `resolved` for the quote `f` at `pos`, refined (`last`: the previous
    /// quote's speaker).
    pub(super) fn refine(
        &self,
        resolved: Option<(String, bool, Attribution)>,
        f: &Found,
        pos: Position,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        let people = self;
        // `Western diplomats said …. "…," one said`: one of the group just named.
        let resolved = match resolved {
            Some((name, _, how)) if partitive::bare_quantifier(&name) => {
                let at = f.cue.map_or(pos, |(a, _)| (pos.0, a));
                people
                    .one_of_group(&name, at)
                    .or_else(|| partitive::another_of(&name, last))
                    .map(|d| (d, false, how))
                    .or(Some((name, false, how)))
            }
            other => other,
        };
        // `A top Iranian military official said …` before `The official, Kamal Kharrazi,`:
        // the description names its person later, or a lead's description the next
        // paragraph's opening person (`its president announced` ¶ `Ursula Brändli … told`).
        match resolved {
            Some((name, false, how))
                if kinds::kind_of(&name, false) == crate::model::SpeakerKind::Description
                    || titles_only(&name)
                    || cataphora::office_of_place(&name) =>
            {
                match people
                    .named_later(&name, pos)
                    .or_else(|| people.named_next(&name, pos))
                {
                    Some(person) => Some((person, true, how)),
                    None => Some((name, false, how)),
                }
            }
            // `a retired taxi driver who gave only his surname, Chan`: a person, one word long.
            Some((name, false, how)) if people.name_a_description_gave(&name) => {
                Some((name, true, how))
            }
            // `The Kenya Medical Practitioners, Pharmacists and Dentists Union … said`, read
            // as a person cut at the comma: the listed body's whole name.
            Some((name, _, how)) if let Some(full) = people.listed_body_of(&name) => {
                Some((full, false, how))
            }
            // `Marianas Imperial said` after `Marianas Imperial Resort`: the fuller run.
            Some((name, true, how)) if let Some(full) = people.fuller_run(&name) => {
                Some((full, false, how))
            }
            // `The Ports Authority said` after `BVI Ports Authority`: the fuller name.
            Some((name, false, how)) if let Some(full) = people.fuller_body_ending(&name, pos) => {
                Some((full, false, how))
            }
            other => other,
        }
    }
}

/// `The Chief Minister`: `the` and capitalised titles only, a role however it is written.
fn titles_only(name: &str) -> bool {
    let mut ws = name.split_whitespace();
    ws.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && ws.clone().next().is_some()
        && ws.all(|w| is_title(&w.to_lowercase()))
}
