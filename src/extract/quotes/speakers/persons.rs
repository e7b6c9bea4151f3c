//! The list of people the article names: a name joins a known person when it is that
//! person's name shortened, lengthened or without its middle names.

use super::names::is_nationality_word;
use super::*;

/// Adds a name, merging it with a known person when one name ends with the other.
pub(super) fn add_person(persons: &mut Vec<Person>, name: Vec<String>, roles: HashSet<String>) {
    let lower: Vec<String> = name.iter().map(|s| s.to_lowercase()).collect();
    // `Seoul`, `New Jersey`, `the Philippines` are places, whatever stands around them; `PPP`
    // and `NSC` are organisations.
    let acronym = name
        .iter()
        .all(|t| t.chars().count() >= 2 && !t.chars().any(char::is_lowercase) && !t.ends_with('.'));
    // `a Virginia Democrat`, `West German`: affiliations, nobody's name.
    let affiliation = lower
        .iter()
        .all(|w| is_affiliation(w) || lexicon::is_place(w) || lexicon::is_demonym(w))
        && lower.iter().any(|w| DEMONYMS.contains(&w.as_str()));
    // `North American`, `West German`: a people's adjective after a word that opens place
    // names is a nationality.
    let nationality =
        lower.len() == 2 && is_nationality_word(&lower[1]) && lexicon::opens_place(&lower[0]);
    // `He said`: a pronoun opening a sentence is nobody's name; `And Japan` (`the U.S. And
    // Japan`): a run opening with a clause opener is a piece of a sentence.
    let pronoun = lower.len() == 1 && kinds::is_pronoun(&lower[0]);
    let clause = lower.len() >= 2 && kinds::is_clause_opener(&lower[0]);
    // `The mayor of Douala V`: one capital letter alone is a district's or a list's number,
    // nobody's name.
    let letter = name.len() == 1 && name[0].chars().count() == 1;
    if acronym
        || letter
        || pronoun
        || clause
        || affiliation
        || nationality
        // `Chairman John Hall`: a titled given name and a word that also ends place names.
        || (kinds::is_place(&lower)
            && !(kinds::given_name_and_surname(&lower)
                && !roles.is_empty()
                && !lexicon::is_place(&lower.join(" "))))
        || (lower.iter().any(|w| kinds::is_organisation_word(w)) && !kinds::given_name_and_surname(&lower))
    {
        return;
    }
    for p in persons.iter_mut() {
        if without_suffix(&p.lower).ends_with(&lower) {
            p.roles.extend(roles);
            return;
        }
        if lower.ends_with(&p.lower) {
            p.tokens = name;
            p.lower = lower;
            p.roles.extend(roles);
            return;
        }
    }
    // `Yoon` after `Yoon Suk Yeol`, `Te Kaurinui` and `Te Kaurinui Robert Parata`: a name is
    // referred to by its first words too.
    for p in persons.iter_mut() {
        if p.lower.len() > lower.len() && p.lower.starts_with(&lower) {
            p.roles.extend(roles);
            return;
        }
        // `her brother Tomas` … `Tomas Delgado`: a given name met alone first is the same
        // person as the full name that opens with it.
        let given_alone = p.lower.len() == 1 && lexicon::given_name(&p.lower[0]).is_some();
        // `a Margaret Hamilton Lego minifigure` after `Margaret Hamilton`: a given name and a
        // surname are whole; capitals after them are what the name qualifies.
        let whole = kinds::given_name_and_surname(&p.lower);
        if lower.len() > p.lower.len()
            && ((p.lower.len() >= 2 && !whole) || given_alone)
            && lower.starts_with(&p.lower)
        {
            p.tokens = name;
            p.lower = lower;
            p.roles.extend(roles);
            return;
        }
    }
    // `Te Kaurinui Parata` and `Te Kaurinui Robert Parata`, `John Kennedy` and `John F.
    // Kennedy`: the same first and last words around left-out middle names are one person.
    for p in persons.iter_mut() {
        let (short, long) = if lower.len() < p.lower.len() {
            (&lower, &p.lower)
        } else {
            (&p.lower, &lower)
        };
        if short.len() >= 2 && long.len() > short.len() && skips_middle(short, long) {
            if lower.len() > p.lower.len() {
                p.tokens = name;
                p.lower = lower;
            }
            p.roles.extend(roles);
            return;
        }
    }
    // `Captain Farah` after `Captain Idriss Farah Omar`: the first of two surnames alone is
    // that person, as `mentions` reads it, when only one person is so called.
    let mut paternal = persons
        .iter_mut()
        .filter(|p| super::lookup::paternal_surname(&p.lower) == Some(&lower[..]));
    if let (Some(p), None) = (paternal.next(), paternal.next()) {
        p.roles.extend(roles);
        return;
    }
    persons.push(Person {
        tokens: name,
        lower,
        roles,
        sex: None,
    });
}

/// Whether `long` is `short` with words added in the middle only: same first and last word,
/// and `short`'s words in order.
fn skips_middle(short: &[String], long: &[String]) -> bool {
    if short.first() != long.first() || short.last() != long.last() {
        return false;
    }
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(words: &[&str]) -> Vec<Person> {
        let mut persons = Vec::new();
        let name = words.iter().map(|w| w.to_string()).collect();
        add_person(&mut persons, name, HashSet::default());
        persons
    }

    #[test]
    fn a_nationality_is_nobody() {
        assert!(person(&["North", "American"]).is_empty());
        assert!(person(&["West", "German"]).is_empty());
        assert_eq!(person(&["Dawn", "French"]).len(), 1);
    }

    #[test]
    fn a_given_name_and_a_body_word_are_a_person() {
        let mut persons = Vec::new();
        let roles: HashSet<String> = ["chairman".to_string()].into_iter().collect();
        add_person(&mut persons, vec!["John".into(), "Hall".into()], roles);
        assert_eq!(persons.len(), 1);
        assert_eq!(person(&["Grace", "Bank"]).len(), 1);
        assert!(person(&["Carnegie", "Hall"]).is_empty());
        assert!(person(&["Morgan", "Ltd"]).is_empty());
    }

    #[test]
    fn a_name_without_its_middle_names_is_the_same_person() {
        let mut persons = person(&["Te", "Kaurinui", "Parata"]);
        let full = ["Te", "Kaurinui", "Robert", "Parata"];
        add_person(
            &mut persons,
            full.iter().map(|w| w.to_string()).collect(),
            HashSet::default(),
        );
        assert_eq!(persons.len(), 1);
        assert_eq!(persons[0].tokens, full);
        assert!(!skips_middle(
            &["john".into(), "kennedy".into()],
            &["robert".into(), "kennedy".into()]
        ));
    }
}
