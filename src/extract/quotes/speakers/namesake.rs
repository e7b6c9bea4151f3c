//! `Torben Warren … His wife, Merle Warren, … ¶ Warren hopes one of his nephews will take
//! over. "…," he says.`: a surname alone that two people share goes to whichever was last
//! named in full, but a pronoun that agrees with only the other one means that other one.

use super::*;

impl People<'_> {
    /// The person a mention at `at` of person `i` stands for, for a pronoun of sex `want`:
    /// `i`, unless the mention is a surname alone, `i`'s sex contradicts `want`, and exactly
    /// one other person of that surname has the sex `want` asks for.
    pub(super) fn namesake_fitting(&self, at: Position, i: usize, want: Option<Sex>) -> usize {
        let Some(w) = want else { return i };
        let person = &self.persons[i];
        if compatible(person.sex, want) {
            return i;
        }
        let Some(surname) = without_suffix(&person.lower).last() else {
            return i;
        };
        // The one other bearer of the surname the pronoun fits, looked for first: most
        // articles have none, and this runs for every mention a pronoun passes.
        let mut fitting = self.persons.iter().enumerate().filter(|(j, p)| {
            *j != i
                && p.lower.len() >= 2
                && p.sex == Some(w)
                && without_suffix(&p.lower).last() == Some(surname)
        });
        let (Some((j, _)), None) = (fitting.next(), fitting.next()) else {
            return i;
        };
        let text = self.texts[usize::from(at.0.min(1))];
        let start = words::floor_boundary(text, at.1.min(text.len()));
        let word = text[start..].split_whitespace().next().unwrap_or("");
        if name_core(word).to_lowercase() != *surname {
            return i;
        }
        // `Merle Warren`: the surname written after a given name is no surname alone.
        let before = text[..start].split_whitespace().next_back().unwrap_or("");
        let before = name_core(before).to_lowercase();
        let given_before = self.persons.iter().any(|p| {
            p.lower.len() >= 2
                && without_suffix(&p.lower).last() == Some(surname)
                && p.lower[..p.lower.len() - 1].contains(&before)
        });
        if given_before { i } else { j }
    }

    /// `Ajpop says` after `Rosalba Tzul Ajpop` (whom the article calls `Tzul`) and `Her
    /// mother, Juana Ajpop,`: a person called by the first of two surnames does not go by the
    /// second, so a surname alone that is another bearer's last name means that bearer.
    pub(super) fn drop_called_by_first_surname(&self, fits: &mut Vec<usize>, wanted: &[String]) {
        if fits.len() < 2 || wanted.len() != 1 {
            return;
        }
        let called_by_first = |i: usize| {
            let p = &self.persons[i];
            let n = p.tokens.len();
            p.lower.last() == wanted.first()
                && super::lookup::paternal_surname(&p.lower).is_some()
                && self
                    .texts
                    .iter()
                    .any(|t| stands_alone(t, &p.tokens[n - 2], &p.tokens[n - 1]))
        };
        let kept: Vec<usize> = fits
            .iter()
            .copied()
            .filter(|&i| !called_by_first(i))
            .collect();
        if !kept.is_empty() && kept.len() < fits.len() {
            *fits = kept;
        }
    }
}

/// Whether `word` is written in `text` as a word of its own not followed by `next`
/// (`Tzul's campaign`, `Tzul does not hesitate`, not `Rosalba Tzul Ajpop`).
fn stands_alone(text: &str, word: &str, next: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let rest = &text[at + word.len()..];
        let before = text[..at].chars().next_back();
        before.is_none_or(|c| !c.is_alphanumeric())
            && rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
            && !rest.trim_start().starts_with(next)
    })
}
