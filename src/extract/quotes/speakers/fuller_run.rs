//! A speaker met only by the opening words of a longer run of capitalised words the article
//! gives elsewhere (`Marianas Imperial said` after `Marianas Imperial Resort`): the fuller run
//! is the name, when nothing tells that the short one is a person's.

use super::*;

impl People<'_> {
    /// The one longer run of capitalised words opening with `name`, named before it, when
    /// `name` is a person entry of two words or more that no title, role or given name
    /// supports.
    pub(super) fn fuller_run(&self, name: &str) -> Option<String> {
        let lower: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        if lower.len() < 2 || lexicon::given_name(&lower[0]).is_some() {
            return None;
        }
        let person = self.persons.iter().find(|p| p.lower == lower)?;
        if !person.roles.is_empty() || person.sex.is_some() {
            return None;
        }
        let mut longer = self.loose_names.iter().filter(|n| {
            let words: Vec<String> = n.split(' ').map(str::to_lowercase).collect();
            // The added words are the name's own, not a place or a title run on after it.
            words.len() > lower.len()
                && words.starts_with(&lower)
                && words[lower.len()..]
                    .iter()
                    .all(|w| !lexicon::is_place(w) && !is_title(w) && !lexicon::is_stopword(w))
        });
        let first = longer.next()?;
        if longer.any(|n| n != first) {
            return None;
        }
        // Named in full first, then shortened; a short form met alone first (`Stack Overflow`,
        // then `Stack Overflow Jobs`) is a name of its own.
        let added = first.split(' ').nth(lower.len())?;
        let rest = self
            .texts
            .iter()
            .find_map(|t| t.find(name).map(|at| &t[at + name.len()..]))?;
        let full = rest.strip_prefix(' ').is_some_and(|r| r.starts_with(added));
        // `First Marathon`: a run opening with a word the article writes in lower case is a
        // sentence's opening, no name to lengthen.
        let ordinary = self.texts.iter().any(|t| {
            t.split(|c: char| !c.is_alphabetic())
                .any(|w| w == lower[0] && w.starts_with(char::is_lowercase))
        });
        (full && !ordinary).then(|| cut_after_legal_form(first))
    }
}

/// `Texaco Canada Inc TXC`: a company's name ends with its legal form; what the run joined
/// after it (a ticker, the next name) is not part of it.
fn cut_after_legal_form(name: &str) -> String {
    let ws: Vec<&str> = name.split(' ').collect();
    let cut = match ws.iter().position(|w| is_form(w)) {
        Some(i) => i + ws[i..].iter().take_while(|w| is_form(w)).count(),
        None => ws.len(),
    };
    ws[..cut].join(" ")
}

impl People<'_> {
    /// `The Ports Authority` after `BVI Ports Authority`: a body's name that closes exactly one
    /// longer name the article gave before `pos`, first, is that longer name.
    pub(super) fn fuller_body_ending(&self, name: &str, pos: Position) -> Option<String> {
        let mut lower: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        if lower.first().is_some_and(|w| w == "the") {
            lower.remove(0);
        }
        if !lower.last().is_some_and(|w| kinds::is_organisation_word(w)) {
            return None;
        }
        let first_at = |key: &[String]| {
            self.organisations
                .iter()
                .find(|(_, k)| k.as_slice() == key)
                .map(|(p, _)| *p)
        };
        let mut longer = self
            .organisations
            .iter()
            // `General Motors Corp GMAC Financial Services`: two names the collection joined.
            .filter(|(p, k)| {
                *p < pos
                    && k.len() > lower.len()
                    && k.ends_with(&lower)
                    && !k[..k.len() - lower.len()].iter().any(|w| is_form(w))
            })
            .map(|(_, k)| k);
        let full = longer.next()?;
        if longer.any(|k| k != full) {
            return None;
        }
        // Named in full before the short form was first met.
        let introduced = match (first_at(full), first_at(&lower)) {
            (Some(a), Some(b)) => a < b,
            (Some(_), None) => true,
            _ => false,
        };
        introduced
            .then(|| self.organisation_names.get(full).cloned())
            .flatten()
    }
}

/// A company's legal form (`Corp`, `Inc`), whatever its case.
fn is_form(w: &str) -> bool {
    matches!(
        w.to_lowercase().trim_end_matches('.'),
        "corp" | "inc" | "ltd" | "plc" | "co" | "ag" | "sa" | "nv" | "bv" | "gmbh"
    )
}
