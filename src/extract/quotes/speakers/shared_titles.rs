//! Words an article writes before several people's names as a title it does not otherwise
//! know (`Maître Boubacar Coulibaly`, `Maître Issa Konaté`): the speaker is shown without them.

use super::*;

/// The lower-cased first words that open the names (persons' and other capitalised runs the
/// article writes without a determiner) of two or more different people, where
/// each of those names goes on with a given name and the first word is none itself. A given
/// name is one person's; a word that stands before several people's given names is what they
/// share (an honorific, a rank), not a name. Three words at least, so the name that is left
/// has a given name and a surname.
pub(super) fn shared_titles(names: &[String]) -> HashSet<String> {
    let mut heads: HashMap<String, Vec<Vec<String>>> = HashMap::default();
    for name in names {
        let lower: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        if lower.len() >= 3
            && lexicon::given_name(&lower[0]).is_none()
            && lexicon::given_name(&lower[1]).is_some()
        {
            let rest = lower[1..].to_vec();
            let rests = heads.entry(lower[0].clone()).or_default();
            if !rests.contains(&rest) {
                rests.push(rest);
            }
        }
    }
    heads
        .into_iter()
        .filter(|(_, rests)| {
            // Different people: no two of them share the rest's last word (a family).
            let lasts: HashSet<&String> = rests.iter().filter_map(|r| r.last()).collect();
            rests.len() >= 2 && lasts.len() == rests.len()
        })
        .map(|(head, _)| head)
        .collect()
}

/// `name` without a shared title opening it, when a given name and a surname are left.
pub(super) fn without_shared_title(name: String, titles: &HashSet<String>) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() >= 3 && titles.contains(&words[0].to_lowercase()) {
        words[1..].join(" ")
    } else {
        name
    }
}
