//! Bodies named by the shape of a speaker phrase: a publication after its kind (`the daily
//! Gunes`), a name before a lower-case body word (`The United Auto Workers union`), a
//! possessed document (`Port Calder's latest progress report`), a body in a place (`the
//! Brazilian embassy in London`), a body's name with small words inside (`Save the Vaal`).

use super::*;

impl People<'_> {
    /// The body a phrase of one of these shapes names, resolved; `None` when it has none of
    /// them.
    pub(super) fn named_body(
        &self,
        phrase: &str,
        ws: &[Word],
        tokens: &[String],
        lower: &[String],
        pos: Position,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        // `the daily Gunes`, `the newspaper Pravda`: the publication after its kind.
        if let Some(k) = lower.iter().position(|w| lexicon::is_publication_noun(w)) {
            let name = &tokens[k + 1..];
            let named = name
                .iter()
                .all(|t| t.chars().next().is_some_and(char::is_uppercase));
            // `In the paper Bangemann wrote`: a person the article names writes.
            let someone = !name.is_empty()
                && self
                    .fullest(name)
                    .is_some_and(|i| self.persons[i].tokens.len() > name.len());
            if !name.is_empty() && named && !someone && !tokens[k].starts_with(char::is_uppercase) {
                return Some((name.join(" "), false, Attribution::Cue));
            }
        }
        // `The United Auto Workers union`: the name before a lower-case body word.
        if let [the, name @ .., word] = tokens {
            // `The GMB union`: an acronym alone is a name too, unless it is the short name of
            // a body the article names in full (`the IMF staff`).
            let acronym = matches!(name, [one] if one.chars().count() >= 2
                && !one.chars().any(char::is_lowercase)
                && self.organisation_of_acronym(one).is_none())
                && lexicon::is_organisation_form(word);
            let named = (name.len() >= 2 || acronym)
                && name
                    .iter()
                    .all(|t| t.chars().next().is_some_and(char::is_uppercase));
            let body_word =
                !word.starts_with(char::is_uppercase) && kinds::is_organisation_word(word);
            if the.eq_ignore_ascii_case("the")
                && named
                && body_word
                && !name.iter().any(|t| {
                    let l = t.to_lowercase();
                    kinds::is_organisation_word(&l) || is_affiliation(&l)
                })
            {
                // `The United Auto Workers <UAW> union`: the short name repeats it.
                let mut name = name.to_vec();
                while name.len() > 2
                    && name
                        .last()
                        .is_some_and(|w| w.len() <= 8 && !w.chars().any(char::is_lowercase))
                {
                    name.pop();
                }
                return Some((name.join(" "), false, Attribution::Cue));
            }
        }
        // `Port Calder's latest progress report said`: the owner of the document speaks.
        if organisations::is_document(&lower[lower.len() - 1]) {
            if let Some(k) = possessor_index(phrase, ws) {
                let described = tokens[k + 1..]
                    .iter()
                    .all(|t| !t.starts_with(char::is_uppercase));
                let owner = phrase[..ws[k].end].trim_end_matches(['s', '\'', '’']);
                if described && k + 1 < tokens.len() && !owner.is_empty() {
                    return self.resolve_phrase(owner, pos, last);
                }
            }
        }
        None
    }
}

/// Whether a phrase names a body by a name, a lower-case organisation word and the place it is
/// in: `the Brazilian embassy in London`, `the Kenyan high commission in Ottawa`.
pub(super) fn body_in_place(tokens: &[String], lower: &[String]) -> bool {
    let capital = |t: &String| t.chars().next().is_some_and(char::is_uppercase);
    let Some(k) = lower.iter().position(|w| w == "in") else {
        return false;
    };
    let named = tokens[..k].iter().skip_while(|t| *t == "the");
    k >= 2
        && k + 1 < tokens.len()
        && kinds::is_organisation_word(&lower[k - 1])
        && !capital(&tokens[k - 1])
        && named.clone().next().is_some_and(capital)
        && tokens[k + 1..].iter().all(capital)
        && kinds::is_place(&lower[k + 1..])
}

impl People<'_> {
    /// `Save the Vaal`, `Friends of the Earth`: capitalised words around a `the` name a body (a
    /// person's name has no `the` inside it), unless a person the article names opens it
    /// (`Kimura of the Bank of Tokyo`).
    pub(super) fn body_with_small_words(&self, tokens: &[String], lower: &[String]) -> bool {
        let n = tokens.len();
        n >= 3
            && tokens[0].starts_with(char::is_uppercase)
            && tokens[n - 1].starts_with(char::is_uppercase)
            && lower[1..n - 1].iter().any(|l| l == "the")
            && tokens.iter().all(|t| {
                t.starts_with(char::is_uppercase)
                    || matches!(t.as_str(), "the" | "of" | "for" | "and")
            })
            && lexicon::given_name(&lower[0]).is_none()
            && !lower.iter().any(|l| is_title(l))
            && !self
                .persons
                .iter()
                .any(|p| (p.lower.len() >= 2 || lower[1] == "of") && p.lower.contains(&lower[0]))
    }
}
