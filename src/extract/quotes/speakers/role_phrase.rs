//! An attribution's phrase that is a role (`the abbot`, `the Sunshine Mining official`, `the
//! witness`): the person the article gave that role, tied to that employer, introduced with
//! that description, or just named in the quote's paragraph.

use super::*;

impl People<'_> {
    /// The speaker a role phrase means; `None` when its head is no role noun or title.
    /// `definite`: `the` and one or two lower-case words.
    pub(super) fn role_phrase(
        &self,
        phrase: &str,
        tokens: &[String],
        lower: &[String],
        head: &str,
        definite: bool,
        pos: Position,
    ) -> Option<(String, bool, Attribution)> {
        let first = lower.first()?;
        let described_role = ROLE_NOUNS.contains(&head) || is_title(head);
        if described_role {
            // `the Sunshine Mining official`: capitalised words name the employer, not the role.
            let wanted: Vec<&String> = lower
                .iter()
                .zip(tokens)
                .filter(|(w, t)| {
                    !DETERMINERS.contains(&w.as_str())
                        && !matches!(w.as_str(), "of" | "for")
                        && !ROLE_ADJECTIVES.contains(&w.as_str())
                        && (!t.starts_with(char::is_uppercase) || *w == head)
                        || is_title(w)
                })
                .map(|(w, _)| w)
                .collect();
            // `the abbot added`: a definite description of one person matches that role.
            let person_noun =
                is_title(head) || (first == "the" && !GROUP_NOUNS.contains(&head) && !plural(head));
            // `a spokesman said`: an indefinite description brings in someone new, never a
            // person the article named with that role.
            let indefinite = matches!(first.as_str(), "a" | "an" | "one" | "another");
            if person_noun && !indefinite {
                if let Some(i) = self.with_roles(&wanted, pos) {
                    return Some((
                        self.persons[i].tokens.join(" "),
                        true,
                        Attribution::Appositive,
                    ));
                }
                // `the Sunshine Mining official`: the person tied to that employer.
                let employer: Vec<&str> = tokens
                    .iter()
                    .zip(lower)
                    .filter(|(t, w)| t.starts_with(char::is_uppercase) && !is_title(w))
                    .map(|(t, _)| t.as_str())
                    .filter(|t| !DETERMINERS.contains(&t.to_lowercase().as_str()))
                    .collect();
                // Only a definite description points back (`a Drexel spokesman` is someone new).
                let named_employer = first == "the"
                    && !employer.is_empty()
                    && !employer.iter().all(|t| {
                        let l = t.to_lowercase();
                        is_affiliation(&l) || names::is_nationality_word(&l)
                    });
                if named_employer {
                    if let Some(i) = self.employee_of(&employer.join(" "), pos) {
                        return Some((
                            self.persons[i].tokens.join(" "),
                            true,
                            Attribution::Appositive,
                        ));
                    }
                }
            }
        }
        // `the official said` after `a senior official in the ministry said`: the description
        // the article introduced that speaker with.
        if definite {
            if let Some(d) = self.earlier_description(head, pos) {
                return Some((d, false, Attribution::Resolved));
            }
        }
        // `Captain Chidi Onuoha apologised …. "…," the defender said`: a role nobody was given
        // and no description introduced is the person just named in the quote's paragraph.
        // `the loose forward`: one lower-case modifier may stand before the role.
        let modified = tokens.len() == 3
            && tokens[1].chars().all(|c| c.is_lowercase() || c == '-')
            && !DETERMINERS.contains(&lower[1].as_str());
        let one_role = described_role
            && first == "the"
            && (tokens.len() == 2 || modified)
            && !GROUP_NOUNS.contains(&head)
            && !kinds::is_organisation_word(head)
            && !plural(head);
        // `The headmistress, who asked not to be named, told her`: a relative clause brings
        // the person in anew; the person just named needs none.
        let after = self.texts[usize::from(pos.0.min(1))]
            .get(pos.1 + phrase.len()..)
            .unwrap_or("");
        let anew = after
            .trim_start_matches(',')
            .trim_start()
            .starts_with("who ");
        if one_role && !anew {
            let named = self
                .named_in_paragraph_before(pos)
                .or_else(|| self.named_in_previous_paragraph(pos, head));
            if let Some(name) = named {
                return Some((name, true, Attribution::Resolved));
            }
        }
        described_role.then(|| (phrase.to_string(), false, Attribution::Cue))
    }
}

/// Whether a role noun reads as plural: ending in `s`, but not in `ss` (`the witness`, `his
/// boss`, `the actress` are one person).
fn plural(head: &str) -> bool {
    head.ends_with('s') && !head.ends_with("ss")
}
