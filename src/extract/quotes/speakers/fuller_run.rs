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
    let is_form = |w: &str| {
        matches!(
            w.to_lowercase().trim_end_matches('.'),
            "corp" | "inc" | "ltd" | "plc" | "co" | "ag" | "sa" | "nv" | "bv" | "gmbh"
        )
    };
    let ws: Vec<&str> = name.split(' ').collect();
    let cut = match ws.iter().position(|w| is_form(w)) {
        Some(i) => i + ws[i..].iter().take_while(|w| is_form(w)).count(),
        None => ws.len(),
    };
    ws[..cut].join(" ")
}
