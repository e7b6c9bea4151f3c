//! Finding people by where and how they were mentioned: the latest, the first in a sentence,
//! the compatible one for a pronoun, the fullest for a surname.

use super::*;

impl People<'_> {
    /// The first person named in the sentence before `pos`, with where.
    pub(super) fn first_in_sentence(&self, pos: Position) -> Option<(Position, String)> {
        let text = self.texts[usize::from(pos.0.min(1))];
        let end = super::words::floor_boundary(text, pos.1.min(text.len()));
        // Never past the paragraph's start: a paragraph may end without a full stop.
        let window = super::words::floor_boundary(text, end.saturating_sub(600));
        let paragraph = text[window..end]
            .rfind("\n\n")
            .map_or(0, |i| window + i + 2);
        let from = super::words::sentence_start(text, end, paragraph, 600);
        let lo = self.mentions.partition_point(|(p, _)| *p < (pos.0, from));
        let hi = self.mentions.partition_point(|(p, _)| *p < pos);
        let in_sentence = self.mentions.get(lo..hi)?;
        let &(mut at, mut person) = in_sentence.first()?;
        // `Kwara Eagles coach Tunde Bakare-Ojo has blamed …`: a name, a role noun and another
        // name are an affiliation and the subject; the subject is the one speaking.
        if let Some(&(next_at, next)) = in_sentence.get(1) {
            if next_at.0 == at.0 && affiliation_then_name(text.get(at.1..next_at.1).unwrap_or("")) {
                (at, person) = (next_at, next);
            }
        }
        Some((at, self.persons[person].tokens.join(" ")))
    }

    /// The description that introduced an unnamed speaker after `since` and before `pos`.
    pub(super) fn description_since(
        &self,
        pos: Position,
        since: Option<Position>,
    ) -> Option<String> {
        let idx = self.descriptions.partition_point(|(p, _)| *p < pos);
        let (at, d) = self.descriptions.get(idx.checked_sub(1)?)?;
        (since.is_none_or(|s| *at > s)).then(|| d.clone())
    }

    /// The description before `pos` whose words hold the mention at `at` (`A Sydney Water
    /// spokeswoman`: `Sydney Water` is the employer, not the one speaking).
    pub(super) fn description_holding(&self, pos: Position, at: Position) -> Option<String> {
        let idx = self.descriptions.partition_point(|(p, _)| *p < pos);
        let (from, d) = self.descriptions.get(idx.checked_sub(1)?)?;
        (from.0 == at.0 && from.1 <= at.1 && at.1 < from.1 + d.len()).then(|| d.clone())
    }

    /// Whether a description introduced someone by this name (`a retired taxi driver who gave
    /// only his surname, Chan`): a person, though one word long.
    pub(super) fn name_a_description_gave(&self, name: &str) -> bool {
        self.descriptions.iter().any(|(_, d)| d == name)
    }

    /// Whether a name the resolver gives stands for a person: a full name or a titled one (a
    /// single word met only as a speaker, `Bundesbank`, is not).
    pub(super) fn person_like(&self, name: &str) -> bool {
        !self.described_bodies.iter().any(|b| b == name)
            && self
                .persons
                .iter()
                .find(|p| p.tokens.join(" ") == name)
                .is_none_or(|p| p.tokens.len() >= 2 || !p.roles.is_empty())
    }

    /// Whether the mention at `at` stands in a heading: a short paragraph that ends in no
    /// sentence mark (`The Four Golden Signals`, `Informative References`). A heading names a
    /// topic, not someone who speaks in the paragraphs under it.
    pub(super) fn in_heading(&self, at: Position) -> bool {
        let text = self.texts[usize::from(at.0.min(1))];
        let byte = super::words::floor_boundary(text, at.1.min(text.len()));
        let from = text[..byte].rfind("\n\n").map_or(0, |i| i + 2);
        let to = text[byte..].find("\n\n").map_or(text.len(), |i| byte + i);
        let para = text[from..to].trim();
        let last = para.chars().last();
        para.split_whitespace().count() <= 6
            && !para.contains('\n')
            && last.is_some_and(|c| c.is_alphanumeric())
    }

    /// The most recently mentioned person before `pos`, with where.
    pub(super) fn latest_before_at(&self, pos: Position) -> Option<(Position, String)> {
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        let (at, person) = self.mentions.get(idx.checked_sub(1)?)?;
        Some((*at, self.persons[*person].tokens.join(" ")))
    }

    /// Whom a description (`the Spaniard`) refers to: the nearest earlier sentence that names
    /// someone, and in it the first person named (its subject, usually), untitled names last.
    pub(super) fn described_before(&self, pos: Position) -> Option<(String, bool)> {
        let idx = self.loose_mentions.partition_point(|(p, _)| *p < pos);
        let &((part, byte), _) = self.loose_mentions.get(idx.checked_sub(1)?)?;
        let text = self.texts[usize::from(part.min(1))];
        let from = super::words::sentence_start(text, byte.min(text.len()), 0, 600);
        let lo = self
            .loose_mentions
            .partition_point(|(p, _)| *p < (part, from));
        let in_sentence = &self.loose_mentions[lo..idx];
        // A name followed by a role (`New Zealand seamer Will O'Rourke`) is an affiliation.
        let modifies_role = |b: usize| {
            let ws = words(text.get(b..).unwrap_or(""), 2);
            ws.get(1).is_some_and(|&w| {
                let rest = text.get(b..).unwrap_or("");
                let l = lower_core(rest, w);
                !w.is_capitalized(rest) && (ROLE_NOUNS.contains(&l.as_str()) || is_title(&l))
            })
        };
        let pick = in_sentence
            .iter()
            .find(|((_, b), _)| !modifies_role(*b))
            .or_else(|| in_sentence.iter().find(|(_, i)| *i < self.person_count))
            .or_else(|| in_sentence.first())?;
        Some((self.loose_names.get(pick.1)?.clone(), true))
    }

    /// The most recent mention before `pos` of a person whose sex does not contradict `want`.
    pub(super) fn latest_compatible(
        &self,
        pos: Position,
        want: Option<Sex>,
    ) -> Option<(Position, usize)> {
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        // `Asked whether closer Chen Yu-ting had been used too often, the manager paused`: a
        // person named in the question a sentence opens with is what was asked about.
        // A surname alone two people share is the one of them the pronoun agrees with.
        let window: Vec<(Position, usize)> = self.mentions[..idx]
            .iter()
            .rev()
            .take(64)
            .filter(|((part, b), _)| !in_asked_opener(self.texts[usize::from((*part).min(1))], *b))
            .map(|&(at, i)| (at, self.namesake_fitting(at, i, want)))
            .collect();
        let recent = || window.iter();
        // Among the last few people named, one whose sex the data knows and the pronoun asks
        // for goes before one whose sex is unknown (`Jordan Hayes` … `Chantelle Okoro` … `she`).
        // When the nearest person the pronoun fits is named in the pronoun's own paragraph,
        // only that paragraph's people are looked at: `Mayor Lerato Mahlangu said … "…," she
        // said` is hers, even with a woman whose name the data knows named paragraphs before.
        let paragraph_from = self.paragraph_start(pos);
        // An owner (`resist Perelman's overture`) is no one speaking, and a one-word "person"
        // (`Appropriations` of `the House Appropriations subcommittee`) too weak a sign.
        let own_paragraph = recent()
            .find(|((part, b), i)| {
                compatible(self.persons[*i].sex, want)
                    && !possessive_at(self.texts[usize::from((*part).min(1))], *b)
            })
            .is_some_and(|(p, i)| *p >= paragraph_from && self.persons[*i].tokens.len() >= 2);
        // `Tian took the opposite view. "…," he said. ¶ Vice Premier Yao Yilin told the
        // conference …. ¶ "…," he said.`: nor does the search go above the paragraph of the
        // nearest person the pronoun fits, a paragraph that names someone new taking over.
        // Only a titled full name is sure enough a person (`Westmoor Water` is not).
        let nearest_paragraph = recent()
            .find(|(_, i)| compatible(self.persons[*i].sex, want))
            .filter(|(_, i)| {
                self.persons[*i].tokens.len() >= 2 && !self.persons[*i].roles.is_empty()
            })
            .map(|(p, _)| self.paragraph_start(*p));
        let (at, person) = want
            .and_then(|w| {
                recent()
                    .take(6)
                    .take_while(|(p, _)| !own_paragraph || *p >= paragraph_from)
                    .take_while(|(p, _)| nearest_paragraph.is_none_or(|from| *p >= from))
                    .find(|(_, i)| self.persons[*i].sex == Some(w))
            })
            .or_else(|| recent().find(|(_, i)| compatible(self.persons[*i].sex, want)))
            .copied()?;
        // `James Baker declined to say whether Reagan would reappoint Paul Volcker. "…," he
        // said.`: of the people one sentence names, the pronoun goes on with its subject, the
        // first whose sex the data knows and the pronoun asks for.
        let text = self.texts[usize::from(at.0.min(1))];
        // `Hughes said: "…." ¶ Agata Nowak was more blunt. ¶ "…," she said`: a sentence in a
        // paragraph before the pronoun's never opens above its own paragraph (a quote closing
        // after its full stop hides the stop). In the pronoun's own paragraph the sentence
        // before may still give the subject (`Asked whether … West Berlin …, he replied`), and
        // so may it when the paragraph's own subject is a pronoun going on from before (`he
        // acknowledged First Interstate may …`).
        let unbounded = super::words::sentence_start(text, at.1.min(text.len()), 0, 600);
        let paragraph = self.paragraph_start(at);
        let pronoun_subject = |from: usize| {
            let end = super::words::sentence_end(text, at.1.min(text.len()), 600);
            text.get(from..end)
                .and_then(super::super::attribution::reported_subject)
                .is_some_and(|(a, b)| kinds::is_pronoun(&text[from + a..from + b].to_lowercase()))
        };
        let from = if paragraph < self.paragraph_start(pos)
            && unbounded < paragraph.1
            && !pronoun_subject(paragraph.1)
        {
            paragraph.1
        } else {
            unbounded
        };
        // `The decision by Paul Volcker … is a shock, Hans Mast, an adviser, said.`: the
        // subject of the sentence's speech verb first.
        let bound = if at.0 == pos.0 { pos.1 } else { text.len() };
        let end = super::words::sentence_end(text, at.1.min(text.len()), 600).min(bound);
        let speaker = text
            .get(from..end)
            .and_then(super::super::attribution::reported_subject)
            .and_then(|(a, b)| self.person_named(&text[from + a..from + b]))
            .filter(|&i| compatible(self.persons[i].sex, want));
        if let Some(i) = speaker {
            return Some((at, i));
        }
        let lo = self.mentions.partition_point(|(p, _)| *p < (at.0, from));
        let subject = self.mentions[lo..idx]
            .iter()
            .take_while(|(p, _)| *p <= at)
            .find(|((_, b), i)| {
                want.is_some() && self.persons[*i].sex == want && !possessive_at(text, *b)
            })
            .map_or(person, |(_, i)| *i);
        Some((at, subject))
    }

    /// The person a subject phrase names (`Hans Mast`, `chairman G. Robert Durham`).
    pub(super) fn person_named(&self, phrase: &str) -> Option<usize> {
        let tokens: Vec<String> = words(phrase, 12)
            .iter()
            .map(|&w| clean_core(phrase, w))
            .filter(|t| !t.is_empty())
            .collect();
        let (_, name) = split_name(&tokens);
        if name.is_empty() {
            return None;
        }
        self.fullest(&name)
    }

    /// Whether a speaker name may be what a pronoun of sex `want` refers to.
    pub(super) fn fits(&self, name: &str, want: Option<Sex>) -> bool {
        let sex = self
            .persons
            .iter()
            .find(|p| p.tokens.join(" ") == name)
            .and_then(|p| p.sex)
            .or_else(|| {
                let lower: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
                kinds::sex_of(&lower, [])
            });
        compatible(sex, want)
    }

    /// The person whose name ends with `name` and has the most words (`Zelensky` ->
    /// `Volodymyr Zelensky`).
    pub(super) fn fullest(&self, name: &[String]) -> Option<usize> {
        self.fullest_near(name, None)
    }

    /// As `fullest`, but when several people fit: for a surname (`Adeyemi` after `Emeka
    /// Adeyemi` and `Femi Adeyemi`), the one named first before `pos` (news copy gives the
    /// surname alone to the first bearer it introduced and tells later ones by their given
    /// names); for first words (`Lee` after `Lee Sang-min` and `Lee Jae-myung`, `Te Kaurinui`),
    /// the one mentioned last.
    pub(super) fn fullest_near(&self, name: &[String], pos: Option<Position>) -> Option<usize> {
        let wanted: Vec<String> = name.iter().map(|s| s.to_lowercase()).collect();
        let mut fits: Vec<usize> = (0..self.persons.len())
            .filter(|&i| without_suffix(&self.persons[i].lower).ends_with(&wanted))
            .collect();
        self.drop_called_by_first_surname(&mut fits, &wanted);
        if fits.len() > 1 {
            if let Some(pos) = pos {
                let first = fits
                    .iter()
                    .filter_map(|&i| self.introduced[i].filter(|at| *at < pos).map(|at| (at, i)))
                    .min();
                if let Some((_, i)) = first {
                    return Some(i);
                }
            }
        }
        if fits.is_empty() {
            // `Yoon said` after `Yoon Suk Yeol`, `Te Kaurinui` after `Te Kaurinui Robert
            // Parata`: names written surname first, or given names alone, are referred to by
            // their first words.
            fits = (0..self.persons.len())
                .filter(|&i| {
                    let p = &self.persons[i].lower;
                    p.len() > wanted.len() && p.starts_with(&wanted)
                })
                .collect();
        }
        if fits
            .iter()
            .all(|&i| self.persons[i].lower.len() <= wanted.len())
        {
            // `Quispe told reporters` after `Edwin Quispe Huamán`: a name of two surnames (the
            // father's, then the mother's, as Spanish and Portuguese write them) is called by
            // the first of them, a word that is no given name. Only when no fuller name ends
            // with the word (the word alone, met as a speaker, is no fuller name).
            let paternal: Vec<usize> = (0..self.persons.len())
                .filter(|&i| paternal_surname(&self.persons[i].lower) == Some(&wanted[..]))
                .collect();
            if !paternal.is_empty() {
                fits = paternal;
            }
        }
        if fits.len() > 1 {
            if let Some(pos) = pos {
                let idx = self.mentions.partition_point(|(p, _)| *p < pos);
                if let Some((_, i)) = self.mentions[..idx]
                    .iter()
                    .rev()
                    .take(64)
                    .find(|(_, i)| fits.contains(i))
                {
                    return Some(*i);
                }
            }
        }
        fits.into_iter()
            .max_by_key(|&i| (self.persons[i].tokens.len(), usize::MAX - i))
    }

    /// The person (most recently mentioned before `pos`, else the first) whose roles include
    /// every word of a description.
    pub(super) fn with_roles(&self, wanted: &[&String], pos: Position) -> Option<usize> {
        // `Deputy mayor Tom Brierley` is no one `the mayor` means.
        let matches = |p: &Person| {
            !wanted.is_empty()
                // `the judge` after `Justice Revati Deshpande`: a title's role noun.
                && wanted.iter().all(|w| {
                    p.roles.contains(w.as_str())
                        || p.roles
                            .iter()
                            .any(|r| lexicon::role_of_title(r) == Some(w.as_str()))
                })
                && !p
                    .roles
                    .iter()
                    .any(|r| lexicon::is_subordinate_role_word(r) && !wanted.contains(&r))
        };
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        for (_, person) in self.mentions[..idx].iter().rev() {
            if matches(&self.persons[*person]) {
                return Some(*person);
            }
        }
        self.persons.iter().position(matches)
    }
}

/// Whether the text from one mention to the next is the first name's last word, one to three
/// lower-case words of a role (role nouns and their adjectives) and the next name's first words: `Eagles
/// coach Tunde `, `Club president `.
fn affiliation_then_name(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().skip(1).collect();
    let lower: Vec<&&str> = words
        .iter()
        .filter(|w| !w.starts_with(char::is_uppercase))
        .collect();
    !between.contains([',', ';', ':', '.', '(', '"', '\u{201c}'])
        && (1..=3).contains(&lower.len())
        && lower.iter().any(|w| ROLE_NOUNS.contains(w))
        // `Smith told reporter Jones`: every lower-case word belongs to the role.
        && lower
            .iter()
            .all(|w| ROLE_NOUNS.contains(w) || ROLE_ADJECTIVES.contains(w))
        && words.len() <= lower.len() + 2
}

/// Whether the word at byte `b` is a possessive (`Maria's daughter`): its owner is no subject.
fn possessive_at(text: &str, b: usize) -> bool {
    let rest = text.get(b..).unwrap_or("");
    let word = rest.split_whitespace().next().unwrap_or("");
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    word.ends_with("'s") || word.ends_with("’s")
}

/// Whether byte `b` lies in a clause opening its sentence with `Asked` (`Asked by a reporter
/// whether …,`), before the comma closing it.
fn in_asked_opener(text: &str, b: usize) -> bool {
    let b = super::words::floor_boundary(text, b.min(text.len()));
    let paragraph = text[..b].rfind("\n\n").map_or(0, |i| i + 2);
    let from = super::words::sentence_start(text, b, paragraph, 600);
    text.get(from..b).is_some_and(|s| {
        s.trim_start_matches(|c: char| c.is_whitespace() || super::words::is_quote_mark(c))
            .starts_with("Asked ")
            && !s.contains(',')
    })
}

/// The word before the last of a name of three words or more that opens with a given name,
/// when it is no given name nor particle itself (`Quispe` in `Edwin Quispe Huamán`, not `Ann`
/// in `Mary Ann Smith`, nor `Yeutter` in `Clayton Yeutter do`, a name run on into a
/// particle): the first of two surnames.
pub(super) fn paternal_surname(lower: &[String]) -> Option<&[String]> {
    let n = lower.len();
    let word = lower.get(n.checked_sub(2)?)?;
    let first = lexicon::given_name(&lower[0]);
    (n >= 3
        && first.is_some()
        && second_word_no_given_name(first, lexicon::given_name(word))
        && !NAME_PARTICLES.contains(&word.as_str())
        && !NAME_PARTICLES.contains(&lower[n - 1].as_str())
        && word.chars().count() >= 3)
        .then(|| &lower[n - 2..n - 1])
}

/// Whether a name's inner word, of given-name sex `inner`, cannot be a second given name after
/// a first of sex `first`: it is none, or one of the other sex (`Farah` in `Idriss Farah Omar`,
/// `Mora` in `Esteban Mora Arias`: words the data holds as women's names, in men's names,
/// where they are a father's name or a first surname). A second given name agrees with the
/// first (`Mary Ann`); one the data gives to both sexes tells nothing and is kept as given.
fn second_word_no_given_name(first: Option<Sex>, inner: Option<Sex>) -> bool {
    matches!(
        (first, inner),
        (_, None) | (Some(Sex::Male), Some(Sex::Female)) | (Some(Sex::Female), Some(Sex::Male))
    )
}
