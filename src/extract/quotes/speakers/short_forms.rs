//! Organisations named in full and then by a short form of their name.

use super::*;

/// Legal forms that close a company's name (`Co`, `Inc`), and the `and` of `and Co`.
fn closes_name(w: &str) -> bool {
    matches!(
        w,
        "corp" | "inc" | "ltd" | "plc" | "co" | "ag" | "sa" | "nv" | "bv" | "gmbh" | "and" | "&"
    )
}

impl People<'_> {
    /// `Kodak said` after `Eastman Kodak Co`: a single capitalised word that is the last word
    /// of an organisation's name before its legal form is that organisation, when only one
    /// such name ends with it and no person the article names bears it.
    pub(super) fn organisation_ending_with(&self, word: &str) -> Option<String> {
        let lower = self.short_name_word(word)?;
        let mut found: Option<&Vec<String>> = None;
        for (_, words) in &self.organisations {
            let core = words.len() - words.iter().rev().take_while(|w| closes_name(w)).count();
            // Only a company's name: its legal form says the word before it is its own.
            if core < 2 || core == words.len() || words[core - 1] != lower {
                continue;
            }
            match found {
                Some(f) if f != words => return None,
                _ => found = Some(words),
            }
        }
        found.map(|words| self.organisation_names[words].clone())
    }
}
