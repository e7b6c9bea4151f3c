//! Who an interview's turn label means: the interviewer, the one interviewed, the person
//! whose initials or name it gives, or the person named with its role.

use super::*;

impl People<'_> {
    /// Who speaks an interview turn: `Q` the interviewer the introduction names (else `the
    /// interviewer`); `A` the one interviewed; initials (`GD`) the person whose names start
    /// with them; a name (`OKAFOR`, `Mr. Becker`), that person; a role (`JUDGE`), the person
    /// named with it, else the description.
    pub(super) fn turn_speaker(
        &self,
        label: &str,
        roles: &InterviewRoles,
        pos: Position,
    ) -> Option<(String, bool, Attribution)> {
        let named = |i: usize| self.persons[i].tokens.join(" ");
        match super::interview::role(label) {
            Some(Role::Asks) => {
                return Some(match (roles.asks, &roles.publication) {
                    (Some(i), _) => (named(i), true, Attribution::Resolved),
                    (None, Some(p)) => (p.clone(), roles.asker_named, Attribution::Resolved),
                    (None, None) => ("the interviewer".to_string(), false, Attribution::Cue),
                });
            }
            Some(Role::Answers) => {
                let name = roles.answers.map(named).or(roles.answers_named.clone())?;
                return Some((name, true, Attribution::Resolved));
            }
            None => {}
        }
        let letters: Vec<char> = label.chars().collect();
        if letters.len() <= 3 && letters.iter().all(|c| c.is_uppercase()) {
            let initials = |p: &Person| -> Vec<char> {
                p.tokens
                    .iter()
                    .filter_map(|t| t.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect()
            };
            // `LUI:` for `Pita Lui`: short capitals matching no one's initials may be a
            // surname, read as a name below.
            let person = self
                .persons
                .iter()
                .find(|p| initials(p) == letters)
                .or_else(|| {
                    // `GD` for `Gráinne Doherty` with a middle name: first and last.
                    self.persons.iter().find(|p| {
                        let i = initials(p);
                        i.len() > letters.len()
                            && i.first() == letters.first()
                            && i.last() == letters.last()
                    })
                });
            if let Some(person) = person {
                return Some((person.tokens.join(" "), true, Attribution::Resolved));
            }
        }
        let words: Vec<&str> = label
            .split_whitespace()
            .map(|w| w.trim_end_matches('.'))
            .collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let tokens: Vec<String> = words
            .iter()
            .zip(&lower)
            .filter(|(_, l)| !is_title(l))
            .map(|(w, _)| w.to_string())
            .collect();
        // `Tigist Haile:` after `Tigist Haile Gebremariam chairs the union`: a label is the
        // speaker's name shortened, so the one person whose fuller name opens with it is meant.
        // Untitled names (`loose_names`, persons first) count: the label shows a person.
        let label_lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        let mut longer: Vec<&String> = self
            .loose_names
            .iter()
            .filter(|name| {
                let lower: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
                label_lower.len() >= 2
                    && lower.len() > label_lower.len()
                    && lower.starts_with(&label_lower)
            })
            .collect();
        longer.sort();
        longer.dedup();
        if let [name] = longer.as_slice() {
            return Some(((*name).clone(), true, Attribution::Cue));
        }
        // `Maneniaru:` with `Timothy Maneniaru` in the lead and his grandson `Jezreel
        // Maneniaru` met later: the one introduced first before the turn.
        if let Some(i) = (!tokens.is_empty())
            .then(|| self.fullest_near(&tokens, Some(pos)))
            .flatten()
        {
            return Some((named(i), true, Attribution::Cue));
        }
        // `JUDGE:`: the person the article names with that role, else the role itself.
        if lower.len() == 1 && (ROLE_NOUNS.contains(&lower[0].as_str()) || is_title(&lower[0])) {
            let wanted: Vec<&String> = lower.iter().collect();
            return Some(match self.with_roles(&wanted, pos) {
                Some(i) => (named(i), true, Attribution::Resolved),
                None => (format!("the {}", lower[0]), false, Attribution::Cue),
            });
        }
        // `AMINA (caller, Jigjiga Yar):` with no fuller name in the article: the label is the
        // name, written as a name. Only a label that shows a name (in the capitals transcripts
        // give names, or a given name the data knows): `Pro:` and `Con:` in a list of
        // arguments are words, and were listed as people.
        let shows_name = tokens.iter().all(|w| !w.chars().any(char::is_lowercase))
            || tokens
                .first()
                .is_some_and(|w| lexicon::given_name(&w.to_lowercase()).is_some());
        let name: Vec<String> = tokens.iter().map(|w| name_case(w)).collect();
        (!name.is_empty() && shows_name && looks_like_name(&name))
            .then(|| (name.join(" "), true, Attribution::Cue))
    }
}

/// `AMINA` -> `Amina`: a word in capitals written as a name; others as they are.
fn name_case(word: &str) -> String {
    if word.chars().any(char::is_lowercase) {
        return word.to_string();
    }
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'' | '’');
    }
    out
}
