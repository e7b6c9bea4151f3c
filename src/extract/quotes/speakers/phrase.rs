//! Resolving an attribution's phrase (`he`, `the company`, `Senator Bill Bradley`) to a speaker.

use super::shapes::{
    ampersand_firm, described_by_employer, described_by_relative, plural_possessive,
};
use super::*;

impl People<'_> {
    pub(super) fn resolve_phrase(
        &self,
        phrase: &str,
        pos: Position,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        let ws = words(phrase, 12);
        // `Harrow & Finch`, `Barbados Light & Power Company Limited`: capitalised words joined
        // by `&` name a firm.
        if let Some(firm) = ampersand_firm(phrase, &ws) {
            return Some((firm, false, Attribution::Cue));
        }
        // `The Polish Farmers' Alliance`: a plural possessive inside the phrase is written.
        let tokens: Vec<String> = ws
            .iter()
            .enumerate()
            .map(|(k, &w)| match clean_core(phrase, w) {
                core if k + 1 < ws.len() => plural_possessive(w.raw(phrase), &core),
                core => core,
            })
            .filter(|t| !t.is_empty())
            .collect();
        let lower: Vec<String> = ws
            .iter()
            .map(|&w| lower_core(phrase, w))
            .filter(|t| !t.is_empty())
            .collect();
        let first = lower.first()?;
        if let Some(found) = self.pronoun_speaker(phrase, &tokens, &lower, pos, last) {
            return Some(found);
        }
        // `Urban Development said` cut from `The Ministry of Lands, Housing and Urban
        // Development said`: the listed body's whole name the article gave.
        if let Some(name) = self.listed_body(&tokens, &lower) {
            return Some((name, false, Attribution::Cue));
        }
        // `The mayor of Douala V`: an office and its place describe someone (named later).
        if cataphora::office_of_place(phrase) {
            return Some((phrase.to_string(), false, Attribution::Cue));
        }
        // `IMF` after `International Monetary Fund`, `RFS` after `NSW Rural Fire Service`.
        let bare = &tokens[usize::from(first == "the")..];
        if bare.len() == 1 {
            if let Some(name) = self.organisation_of_acronym(&bare[0]) {
                return Some((name, false, Attribution::Cue));
            }
            if let Some(name) = self.organisation_opening_with(&bare[0]) {
                return Some((name, false, Attribution::Cue));
            }
            if let Some(name) = self.organisation_ending_with(&bare[0]) {
                return Some((name, false, Attribution::Cue));
            }
        }
        // `The CNT management said`: the body the acronym names.
        if let Some(name) = self.governing_body(bare) {
            return Some((name, false, Attribution::Cue));
        }
        // `the daily Gunes`, `The United Auto Workers union`, `Port Calder's latest progress
        // report`: a body named by the shape of the phrase.
        if let Some(found) = self.named_body(phrase, &ws, &tokens, &lower, pos, last) {
            return Some(found);
        }
        // `the Treasury brief said`, `the Renault statement said`: the body whose document it
        // is speaks.
        let n = tokens.len();
        if first == "the"
            && (3..=6).contains(&n)
            && organisations::is_document(&lower[n - 1])
            && tokens[1..n - 1]
                .iter()
                .all(|t| t.starts_with(char::is_uppercase))
        {
            let body = &tokens[1..n - 1];
            let wanted: Vec<String> = body.iter().map(|t| t.to_lowercase()).collect();
            // `the SEC report` after `the U.S. Securities and Exchange Commission (SEC)`.
            let acronym = || match body {
                [one] => self.organisation_of_acronym(one),
                _ => None,
            };
            let name = self
                .fuller_organisation(&wanted)
                .or_else(acronym)
                .unwrap_or_else(|| body.join(" "));
            return Some((name, false, Attribution::Cue));
        }
        // `the Spaniard`, `the 23-year-old`: a definite description of someone just named.
        if first == "the" && describes_someone(&tokens[1..]) {
            if let Some((name, person)) = self.described_before(pos) {
                return Some((name, person, Attribution::Resolved));
            }
        }
        if self.body_with_small_words(&tokens, &lower) {
            return Some((tokens.join(" "), false, Attribution::Cue));
        }
        // `the Chamber of Mines`, `Westlink Hospitality Ltd`: a named organisation.
        let named_from = usize::from(DETERMINERS.contains(&first.as_str()));
        let named = &tokens[named_from..];
        if !named.is_empty()
            && named[0].chars().next().is_some_and(char::is_uppercase)
            && named.iter().all(|t| {
                t.chars().next().is_some_and(char::is_uppercase)
                    || matches!(t.as_str(), "of" | "for" | "and" | "on" | "&")
            })
            && named
                .iter()
                .any(|t| kinds::is_organisation_word(&t.to_lowercase()))
            // `Allan Leslie of Discount Corp`: a given name before a name word is a person's.
            // `Bank of Tokyo's Kimura`: the name after a possessor is a person's.
            && possessor_index(phrase, &ws).is_none()
            // `Waseda University Political Science Professor Mitsuru Uchida`: a title before a
            // name makes the rest an affiliation.
            && !named.windows(2).any(|p| {
                is_title(&p[0].to_lowercase()) && !kinds::is_organisation_word(&p[1].to_lowercase())
            })
            && !named.windows(2).any(|p| {
                lexicon::given_name(&p[0].to_lowercase()).is_some_and(|s| s != Sex::Either)
                    && p[1].chars().next().is_some_and(char::is_uppercase)
                    && !kinds::is_organisation_word(&p[1].to_lowercase())
            })
            // `Chris Bourdain of BankAmerica Corp`: a given name of either sex and a surname
            // before `of` are a person and the body they work for.
            && !named.windows(3).take(1).any(|p| {
                lexicon::given_name(&p[0].to_lowercase()).is_some()
                    && !kinds::is_organisation_word(&p[1].to_lowercase())
                    && matches!(p[2].as_str(), "of" | "for")
            })
        {
            // `Federation of German Industries (BDI)`: the acronym after the name repeats it.
            let mut named = named.to_vec();
            if named.len() >= 3
                && named
                    .last()
                    .is_some_and(|t| t.len() <= 5 && t.chars().all(|c| c.is_ascii_uppercase()))
            {
                named.pop();
            }
            // `German Industries` when the article named the `Federation of German Industries`.
            let lower_named: Vec<String> = named.iter().map(|t| t.to_lowercase()).collect();
            let fuller = self.fuller_organisation(&lower_named);
            return Some((
                fuller.unwrap_or_else(|| named.join(" ")),
                false,
                Attribution::Cue,
            ));
        }
        // `the Brazilian embassy in London`: a body's word after a name, and the place it
        // is in; the place is no speaker.
        if named_body::body_in_place(&tokens, &lower) {
            return Some((phrase_without_the(phrase), false, Attribution::Cue));
        }
        // `an aide to Chirac`, `a spokesman for Harris Trust`: someone unnamed, described by
        // whom they work for; the name after the preposition is not theirs.
        if described_by_employer(&lower) || described_by_relative(&lower) {
            return Some((phrase.to_string(), false, Attribution::Cue));
        }
        // `Cominco's Townson`: the possessor is an affiliation of the name after it.
        let (roles, name) = match possessor_index(phrase, &ws) {
            Some(k) if k + 1 < tokens.len() && ws.len() == tokens.len() => {
                let (mut roles, name) = split_name(&tokens[k + 1..]);
                roles.splice(0..0, lower[..=k].iter().cloned());
                (roles, name)
            }
            _ => split_name(&tokens),
        };
        // `Baron added` after `Peter Baron`: a lone title word that is a known person's
        // surname is that person.
        if name.is_empty() {
            let last = &tokens[tokens.len() - 1..];
            if last[0].starts_with(char::is_uppercase) {
                if let Some(i) = self.fullest_near(last, Some(pos)) {
                    if self.persons[i].tokens.len() >= 2 {
                        return Some((self.persons[i].tokens.join(" "), true, Attribution::Cue));
                    }
                }
            }
        }
        // A phrase ending in a common noun (`South Korea's unification ministry`) describes.
        let ends_lower = tokens.last().is_some_and(|t| {
            !t.chars().next().is_some_and(char::is_uppercase) && !words::glued_name(t)
        });
        // `U.S. State Department`: an organisation whose last word is a role noun.
        let organisation = name
            .last()
            .is_some_and(|t| ROLE_NOUNS.contains(&t.to_lowercase().as_str()));
        if organisation && !ends_lower {
            return Some((phrase_without_the(phrase), false, Attribution::Cue));
        }
        // `One fan wrote`, `Another resident said`: a number or quantifier opens a description.
        let quantifier = matches!(
            first.as_str(),
            "one" | "another" | "some" | "two" | "three" | "several" | "many" | "most"
        ) && tokens.len() >= 2;
        if !ends_lower
            && !quantifier
            && looks_like_name(&name)
            && !DETERMINERS.contains(&name[0].to_lowercase().as_str())
        {
            let lower_name: Vec<String> = name.iter().map(|t| t.to_lowercase()).collect();
            // `Senator Bill Bradley (Democrat) of New Jersey said`, `a Virginia Democrat`: a
            // place or an affiliation read as the subject; the person named just before it is
            // the speaker.
            let affiliation_only = lower_name.iter().all(|w| is_affiliation(w));
            // `Durham said` after `G. Robert Durham`: a surname the article gave a person is
            // that person, even when it is also a place.
            let a_surname = self.persons.iter().any(|p| {
                p.lower.len() > lower_name.len() && without_suffix(&p.lower).ends_with(&lower_name)
            });
            if (kinds::is_place(&lower_name) || affiliation_only) && !a_surname {
                if let Some((at, person)) = self.latest_before_at(pos) {
                    if at.0 == pos.0 && pos.1.saturating_sub(at.1) <= NEARBY_BYTES {
                        return Some((person, true, Attribution::Cue));
                    }
                }
                return Some((name.join(" "), false, Attribution::Cue));
            }
            // `Cominco Townson` when the article named `Don Townson`: a company before a surname.
            // `Minister of Supply Sherif Farouk`: the name after an `of` role is already whole.
            let after_of = name.len() >= 2
                && roles
                    .iter()
                    .rev()
                    .take(2)
                    .any(|r| matches!(r.as_str(), "of" | "for"));
            // `DPP Ng` after `Deputy Public Prosecutor Kevin Ng`: a title's initialism before
            // a surname the article gave someone in full.
            let initialism = name.len() == 2
                && name[0].chars().count() >= 2
                && name[0].chars().all(|c| c.is_ascii_uppercase());
            let by_initialism = || {
                self.fullest(&name[1..])
                    .filter(|&i| self.persons[i].tokens.len() >= 2)
                    .filter(|&i| !self.persons[i].tokens.contains(&name[0]))
            };
            // `Veridian Energy Recovery, the company behind the scheme,`: named as a body.
            let joined = name.join(" ");
            let part_of_fuller = self.persons.iter().any(|p| {
                p.lower.len() > lower_name.len() && lower_name.iter().all(|w| p.lower.contains(w))
            });
            if name.len() >= 2 && !part_of_fuller && self.is_body(&joined) {
                return Some((joined, false, Attribution::Cue));
            }
            let known = if after_of {
                None
            } else if let Some(i) = initialism.then(by_initialism).flatten() {
                Some(i)
            } else {
                let near = self.fullest_near(&name, Some(pos));
                self.bearer_of_honorific_sex(&name, &roles, pos, near)
            };
            let known = known.or_else(|| {
                (!after_of && name.len() >= 2 && lexicon::given_name(&lower_name[0]).is_none())
                    .then(|| self.fullest(&name[name.len() - 1..]))
                    .flatten()
                    .filter(|&i| self.persons[i].tokens.len() >= 2)
            });
            // A single word met only as a speaker (`Bundesbank said`, `Barclays said`) is no
            // sign of a person; a title or a full name is.
            return Some(match known {
                Some(i) => (
                    self.persons[i].tokens.join(" "),
                    self.persons[i].tokens.len() >= 2 || !self.persons[i].roles.is_empty(),
                    Attribution::Cue,
                ),
                None => (
                    name.join(" "),
                    !roles.is_empty() || name.len() >= 2,
                    Attribution::Cue,
                ),
            });
        }
        // `the Kremlin`, `the Ministry of Defence`: an organisation named without a person.
        let rest = &tokens[usize::from(DETERMINERS.contains(&first.as_str()))..];
        let head = lower.last().map(String::as_str).unwrap_or("");
        let definite = first == "the"
            && (2..=3).contains(&tokens.len())
            && tokens[1..]
                .iter()
                .all(|t| !t.chars().next().is_some_and(char::is_uppercase));
        // `the company said`, `the council said`, `the statement said`: the organisation the
        // article last named that fits.
        // `Raymond Levy said in a statement …. "…," the statement said`: whoever issued it.
        if definite && organisations::is_document(head) {
            if let Some(found) = self.author_of(head, pos, last) {
                return Some(found);
            }
        }
        // `The company said in a statement …. "…," the statement said`: a statement goes on
        // from the body that spoke last.
        if definite && organisations::is_document(head) {
            if let Some((lp, name, false)) = last {
                // `…, a statement issued after a meeting of the Paris Club said`: a body named
                // since is whose statement it is.
                let named_since = self.organisations.iter().any(|(p, _)| p > lp && *p < pos);
                if !named_since
                    && (kinds::kind_of(name, false) == crate::model::SpeakerKind::Organisation
                        || self.is_body(name))
                {
                    return Some((name.clone(), false, Attribution::Resolved));
                }
            }
        }
        if definite {
            if let Some(org) = self.organisation_for(head, pos) {
                return Some((org, false, Attribution::Resolved));
            }
            if let Some(body) = self
                .place_body(head, pos)
                .or_else(|| self.apposed_body(head, pos))
            {
                return Some((body, false, Attribution::Resolved));
            }
            // `Morrisons … said in a statement …. "…," the supermarket said`: a body's noun
            // goes on from the body that spoke just before.
            if let Some(body) = self.body_speaking_before(head, pos, last) {
                return Some((body, false, Attribution::Resolved));
            }
        }
        if let Some(found) = self.role_phrase(phrase, &tokens, &lower, head, definite, pos) {
            return Some(found);
        }
        if !rest.is_empty()
            && rest.iter().all(|t| {
                t.chars().next().is_some_and(char::is_uppercase)
                    || matches!(t.as_str(), "of" | "for" | "and")
            })
        {
            return Some((rest.join(" "), false, Attribution::Cue));
        }
        Some((phrase.to_string(), false, Attribution::Cue))
    }
}
