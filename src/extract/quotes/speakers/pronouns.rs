//! Pronouns as attributions (`he said`, `sagte er`, `it said`, `I said`): whom they mean.

use super::*;

impl People<'_> {
    /// The speaker a pronoun phrase means; `None` when the phrase is no pronoun.
    pub(super) fn pronoun_speaker(
        &self,
        phrase: &str,
        tokens: &[String],
        lower: &[String],
        pos: Position,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        let first = lower.first()?;
        // `sagte er`, `a-t-elle ajouté`: another language's pronoun, written in lower case.
        let foreign = (tokens.len() == 1)
            .then(|| super::super::attribution::foreign_pronoun_sex(&tokens[0]))
            .flatten();
        // `"…," the man said`, `the woman added`: a person named by sex alone goes on like
        // `he` or `she` (`One witness, who was driving behind the tanker, said …`).
        let by_sex = (tokens.len() == 2 && first == "the")
            .then(|| match lower[1].as_str() {
                "man" => Some(Sex::Male),
                "woman" => Some(Sex::Female),
                _ => None,
            })
            .flatten();
        if (tokens.len() == 1
            && (matches!(first.as_str(), "he" | "she" | "him" | "her") || foreign.is_some()))
            || by_sex.is_some()
        {
            // The later of the last named person and the last speaker who was a person, of a
            // sex the pronoun allows.
            let want = kinds::pronoun_sex(first).or(foreign).or(by_sex);
            let mention = self.latest_compatible(pos, want);
            let mention = if matches!(first.as_str(), "he" | "she") {
                self.past_pronoun_subjects(mention, first, want, pos)
            } else {
                mention
            };
            let last_fits = last.filter(|(_, name, person)| *person && self.fits(name, want));
            // `A neighbor who did not want to be named said …. "…," she said.`
            let newest = mention.map(|(m, _)| m).max(last_fits.map(|(lp, _, _)| *lp));
            // `A government spokesman said …. For Chow, … "…," she said`: a description whose
            // head tells the other sex is no one the pronoun means.
            // `An analyst who asked to remain unidentified, discouraged the rumor. "…," he
            // said`: a description that opened the sentence before, nearer than any speaking.
            let fits = |d: &String| compatible(description_sex(d), want);
            let description = self
                .subject_description_since(pos, newest)
                .filter(fits)
                .or_else(|| self.description_since(pos, newest).filter(fits));
            if let Some(d) = description {
                // A name the description gave is written with its capital.
                let named = d.starts_with(char::is_uppercase);
                return Some((d, named, Attribution::Resolved));
            }
            // `The minister did not like the napkin. "…," he said.`: a definite description
            // the article ties to a named person, opening a sentence nearer than anyone named.
            if matches!(first.as_str(), "he" | "she") {
                if let Some(found) = self.definite_subject_since(pos, newest, want, last) {
                    return Some(found);
                }
            }
            // `"…," said one analyst. "…?" he added.`: an unnamed speaker quoted since the last
            // person was named goes on speaking.
            if let Some((lp, name, false)) = last {
                if mention.is_none_or(|(m, _)| *lp > m)
                    && describes_one_person(name)
                    && compatible(description_sex(name), want)
                {
                    return Some((name.clone(), false, Attribution::Resolved));
                }
            }
            let found = match (mention, last_fits) {
                (Some((m, _)), Some((lp, name, _))) if *lp >= m => Some(name.clone()),
                (Some((_, i)), _) => Some(self.persons[i].tokens.join(" ")),
                (None, Some((_, name, _))) => Some(name.clone()),
                (None, None) => None,
            };
            return Some(match found {
                Some(name) => (name, true, Attribution::Resolved),
                None => (phrase.to_string(), false, Attribution::None),
            });
        }
        // `it said` after `ANZ Banking Group Ltd`: the organisation last named, unless the
        // last speaker was one.
        if tokens.len() == 1 && first == "it" {
            // `the States of Malaya Chamber of Mines said … "…," it said`: a body named as a
            // speaker since the last quote is what `it` points to.
            if let Some(name) = self.speaking_organisation_since(pos, last.map(|(lp, ..)| *lp)) {
                return Some((name, false, Attribution::Resolved));
            }
            if let Some((_, name, false)) = last {
                return Some((name.clone(), false, Attribution::Resolved));
            }
            let idx = self.organisations.partition_point(|(p, _)| *p < pos);
            if let Some((_, lower)) = idx.checked_sub(1).and_then(|i| self.organisations.get(i)) {
                return Some((
                    self.organisation_names[lower].clone(),
                    false,
                    Attribution::Resolved,
                ));
            }
        }
        // `I said, "Only if you pay tax."`: outside any quote, `I` is the one writing.
        // A closing line naming the writer (`Dana Kowalchuk is a columnist for …`) names `I`.
        if tokens.len() == 1 && first == "i" {
            return Some(match self.author_named() {
                Some(name) => (name, true, Attribution::Cue),
                None => ("the author".to_string(), false, Attribution::Cue),
            });
        }
        if tokens.len() == 1 && matches!(first.as_str(), "they" | "we" | "it") {
            return last
                .map(|(_, n, p)| (n.clone(), *p, Attribution::Resolved))
                .or_else(|| Some((phrase.to_string(), false, Attribution::None)));
        }
        None
    }

    /// `Coach Phil Marchetti said … He had no answer for Delgado in the post. "…," he said.`:
    /// a person named inside a sentence whose subject is the same pronoun is not whom the next
    /// `he` means; the chain of pronoun subjects goes back to the person before it.
    fn past_pronoun_subjects(
        &self,
        mention: Option<(Position, usize)>,
        pronoun: &str,
        want: Option<Sex>,
        pos: Position,
    ) -> Option<(Position, usize)> {
        let mut current = mention?;
        // A few sentences of `He …. He ….` at most: each step moves to an earlier sentence.
        for _ in 0..4 {
            let (at, _) = current;
            let text = self.texts[usize::from(at.0.min(1))];
            let byte = words::floor_boundary(text, at.1.min(text.len()));
            let paragraph = text[..byte].rfind("\n\n").map_or(0, |i| i + 2);
            let from = words::sentence_start(text, byte, paragraph, 600);
            let end = words::sentence_end(text, byte, 600);
            let sentence = &text[from..end.max(from)];
            let opener = sentence.split_whitespace().next().unwrap_or("");
            // The pronoun's own sentence (the quote's) is no earlier subject.
            let own = at.0 == pos.0 && end >= pos.1;
            let same = opener.starts_with(char::is_uppercase) && opener.to_lowercase() == pronoun;
            // `He was echoed by X, who said …`: a sentence reporting someone else's words
            // makes that someone the next speaker.
            let after = &text[byte..end.max(byte)];
            let reports_other = super::super::attribution::reported_subject(sentence)
                .is_some_and(|(a, b)| !sentence[a..b].eq_ignore_ascii_case(pronoun))
                || words(after, 40)
                    .iter()
                    .any(|w| vocab::is_speech_verb(&w.lower(after)));
            if own || !same || reports_other {
                break;
            }
            match self.latest_compatible((at.0, from), want) {
                Some(earlier) => current = earlier,
                None => break,
            }
        }
        Some(current)
    }
}

/// Whether a speaker text is a description of one unnamed person (`one analyst`, `a British
/// spokesman`), which `he` or `she` may go on referring to; not a body (`the company`) nor a
/// group (`analysts`).
fn describes_one_person(name: &str) -> bool {
    let lower: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    // `one trader for a large retail firm`: the head comes before the employer.
    let head_at = lower
        .iter()
        .position(|w| matches!(w.as_str(), "at" | "for" | "with" | "from"))
        .filter(|&k| k >= 2)
        .map_or(lower.len().saturating_sub(1), |k| k - 1);
    let (Some(first), Some(head)) = (lower.first(), lower.get(head_at)) else {
        return false;
    };
    matches!(first.as_str(), "a" | "an" | "one" | "another")
        && lower.len() >= 2
        && (ROLE_NOUNS.contains(&head.as_str()) || is_title(head))
        && !GROUP_NOUNS.contains(&head.as_str())
        && !kinds::is_organisation_word(head)
        && (!head.ends_with('s') || head.ends_with("ss"))
}

/// The sex a description's head noun tells (`a government spokesman`, `one woman, carrying a
/// baby`): the last word before a relative pronoun, a preposition or a comma.
pub(super) fn description_sex(description: &str) -> Option<Sex> {
    let head = description
        .split([','])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "who" | "whose" | "that" | "of" | "at" | "in" | "for" | "from" | "with" | "near"
            )
        })
        .last()?;
    lexicon::role_noun_sex(&head.to_lowercase())
}

impl People<'_> {
    /// The person a pronoun of sex `want` at `pos` means when it replies to `asker`: the latest
    /// person named before whom the pronoun fits, other than the asker.
    pub(super) fn replier(
        &self,
        pos: Position,
        want: Option<Sex>,
        asker: &str,
    ) -> Option<(String, bool, Attribution)> {
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        self.mentions[..idx]
            .iter()
            .rev()
            .take(64)
            .map(|(_, i)| &self.persons[*i])
            .filter(|p| want.is_none() || p.sex == want)
            .map(|p| p.tokens.join(" "))
            .find(|name| !name.eq_ignore_ascii_case(asker))
            .map(|name| (name, true, Attribution::Resolved))
    }
}

/// Whether the word after an attribution's subject (ending at byte `b`) is a verb of reply.
pub(super) fn replies(text: &str, b: usize) -> bool {
    text.get(b..)
        .and_then(|rest| rest.split_whitespace().next())
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "replied" | "answered" | "responded" | "retorted"
            )
        })
}
