//! Where each person is first named in full: a surname several people share (`Emeka
//! Adeyemi`, later `Femi Adeyemi, no relation`) is left by news copy to the one it introduced
//! first, the others being told by their given names.

use super::*;

/// The position of each person's first mention by the last two words of their name together
/// (`Emeka Adeyemi`, possessive included), `None` for one-word names and names never written
/// so.
pub(super) fn first_named_in_full(
    texts: &[Tokens; 2],
    persons: &[Person],
) -> Vec<Option<Position>> {
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, p) in persons.iter().enumerate() {
        let core = without_suffix(&p.lower);
        if core.len() >= 2 {
            by_surname
                .entry(core[core.len() - 1].as_str())
                .or_default()
                .push(i);
        }
    }
    let mut out = vec![None; persons.len()];
    if by_surname.is_empty() {
        return out;
    }
    for (part, t) in texts.iter().enumerate() {
        let part_u8 = u8::try_from(part).unwrap_or(1);
        for k in 1..t.words.len() {
            let Some(candidates) = by_surname.get(&*t.lower[k]) else {
                continue;
            };
            for &i in candidates {
                let core = without_suffix(&persons[i].lower);
                if out[i].is_none() && *t.lower[k - 1] == *core[core.len() - 2] {
                    out[i] = Some((part_u8, t.words[k - 1].start));
                }
            }
        }
    }
    out
}

impl People<'_> {
    /// `Ms Brennan` after `Patrick Brennan` and `Siobhán Brennan`: among the people whose name
    /// ends with `name`, the first introduced before `pos` of the sex an honorific in `roles`
    /// asks for, when the one found (`found`) is of the other sex.
    pub(super) fn bearer_of_honorific_sex(
        &self,
        name: &[String],
        roles: &[String],
        pos: Position,
        found: Option<usize>,
    ) -> Option<usize> {
        let Some(want) = roles
            .iter()
            .find_map(|r| lexicon::honorific(r.trim_end_matches('.')))
        else {
            return found;
        };
        if want == Sex::Either || found.is_some_and(|i| compatible(self.persons[i].sex, Some(want)))
        {
            return found;
        }
        let wanted: Vec<String> = name.iter().map(|s| s.to_lowercase()).collect();
        (0..self.persons.len())
            .filter(|&i| {
                self.persons[i].lower.len() > wanted.len()
                    && without_suffix(&self.persons[i].lower).ends_with(&wanted)
                    && self.persons[i].sex == Some(want)
            })
            .filter_map(|i| self.introduced[i].filter(|at| *at < pos).map(|at| (at, i)))
            .min()
            .map(|(_, i)| i)
            .or(found)
    }
}
