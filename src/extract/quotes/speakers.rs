//! Speaker resolution: turns the phrase an attribution names (`he`, `Zelensky`, `the
//! Ukrainian president`, `President Volodymyr Zelensky`) into the fullest name the article
//! gives for that person. Titles and roles are kept apart from names, so a role description
//! can find the person whose mention carried that role.

// FxHash: these maps hash every capitalised word of an article; SipHash's DoS resistance
// buys nothing for text the user chose to import.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::Found;
use super::kinds;
use super::vocab::{
    DEMONYMS, DETERMINERS, GROUP_NOUNS, NAME_PARTICLES, NOT_DEMONYMS, PHRASE_STOPS,
    ROLE_ADJECTIVES, ROLE_NOUNS, TITLES, WEEKDAYS_MONTHS,
};
use super::words::{Tokens, Word, name_core, possessive_stripped, words};
use crate::extract::lexicon::{self, Sex};
use crate::model::{Attribution, QuoteKind, TextPart};

/// How far before a place read as a subject the person it belongs to may be named, in bytes.
const NEARBY_BYTES: usize = 120;

/// A quote's speaker as resolved: the text to show, whether it was met as a person, and how it
/// was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub person: bool,
    pub attribution: Attribution,
}

/// Someone the article names, with the role words written before the name.
#[derive(Debug, Default)]
struct Person {
    tokens: Vec<String>,
    /// `tokens` lower-cased, kept beside them: names are compared many times per article.
    lower: Vec<String>,
    roles: HashSet<String>,
    /// What the honorifics and given names tell, filled once all mentions are in.
    sex: Option<Sex>,
}

impl Person {
    fn new(tokens: Vec<String>, roles: HashSet<String>) -> Person {
        let lower = tokens.iter().map(|t| t.to_lowercase()).collect();
        Person {
            tokens,
            lower,
            roles,
            sex: None,
        }
    }
}

/// Where a person is mentioned: (part, byte) ordered like the text.
type Position = (u8, usize);

struct People<'a> {
    persons: Vec<Person>,
    /// Mentions outside quotes, in text order.
    mentions: Vec<(Position, usize)>,
    /// Mentions of persons and of untitled names not preceded by a determiner (indexes into
    /// `loose_names`; the first `person_count` are the persons).
    loose_mentions: Vec<(Position, usize)>,
    loose_names: Vec<String>,
    person_count: usize,
    texts: [&'a str; 2],
    /// Named organisations (`Mayo County Council`, `Contel Corp`) by where they are mentioned,
    /// lower-cased words as keys into `organisation_names`.
    organisations: Vec<(Position, Vec<String>)>,
    organisation_names: HashMap<Vec<String>, String>,
    /// Unnamed speakers introduced by a description opening a sentence with a speech verb
    /// (`A nurse at the facility, who sought anonymity, said …`), by where they stand.
    descriptions: Vec<(Position, String)>,
}

/// The speaker of each found quote, in the same order.
pub fn resolve(lead: &str, body: &str, found: &[Found]) -> Vec<Option<Speaker>> {
    if found.is_empty() {
        // Collecting the article's people is most of the cost of the quote pass.
        return Vec::new();
    }
    let people = People::collect(lead, body, found);
    let mut out = Vec::with_capacity(found.len());
    let mut last: Option<(Position, String, bool)> = None;
    for f in found {
        let text = if f.part == TextPart::Lead { lead } else { body };
        let pos: Position = (part_index(f.part), f.start);
        let resolved = match (f.turn, f.cue) {
            (Some((a, b)), _) => {
                let label = text.get(a..b).unwrap_or("");
                people.turn_speaker(label)
            }
            (None, Some((a, b))) => {
                let phrase = text.get(a..b).unwrap_or("");
                people.resolve_phrase(phrase, (part_index(f.part), a), last.as_ref())
            }
            // No attribution of its own: the last speaker goes on, unless a person was named
            // since (`… from Secretary Daniel Ocampo, who told reporters the plan was "…"`).
            (None, None) => {
                // A phrase in reported speech belongs to the sentence's subject, the first
                // person it names (`Chantelle Okoro has slammed her ex Jordan Hayes as "…"`).
                let subject = (f.kind == QuoteKind::Partial)
                    .then(|| people.first_in_sentence(pos))
                    .flatten();
                let mention = subject.or_else(|| people.latest_before_at(pos));
                let newest = mention
                    .as_ref()
                    .map(|(m, _)| *m)
                    .max(last.as_ref().map(|(lp, _, _)| *lp));
                let described = people.description_since(pos, newest);
                let carried = match (&last, mention) {
                    (Some((lp, _, _)), Some((m, name))) if m > *lp => {
                        let person = people.person_like(&name);
                        Some((name, person))
                    }
                    (Some((_, name, is_person)), _) => Some((name.clone(), *is_person)),
                    (None, Some((_, name))) => {
                        let person = people.person_like(&name);
                        Some((name, person))
                    }
                    (None, None) => None,
                }
                .map(|(name, person)| (name, person, Attribution::Carried));
                match described {
                    Some(d) => Some((d, false, Attribution::Carried)),
                    None => carried,
                }
            }
        };
        if let Some((name, is_person, _)) = &resolved {
            last = Some((pos, name.clone(), *is_person));
        }
        out.push(resolved.map(|(name, person, attribution)| Speaker {
            name,
            person,
            attribution,
        }));
    }
    out
}

fn part_index(part: TextPart) -> u8 {
    match part {
        TextPart::Lead => 0,
        TextPart::Body => 1,
    }
}

fn lower_core(s: &str, w: Word) -> String {
    possessive_stripped(w.core(s)).to_lowercase()
}

fn clean_core(s: &str, w: Word) -> String {
    name_core(w.raw(s)).to_string()
}

fn is_title(lower: &str) -> bool {
    TITLES.contains(&lower) || lexicon::is_speaker_title(lower.trim_end_matches('.'))
}

/// A capitalised word that goes before a name without being part of it: a place, a people's
/// or party's adjective, an organisation word, an abbreviation (`U.S`, `Republican`,
/// `Agriculture`-less `Seoul`), unless it is also a given name (`Jordan`, `Paris`).
fn is_affiliation(lower: &str) -> bool {
    let bare = lower.trim_end_matches('.');
    lexicon::given_name(bare).is_none()
        && (lexicon::is_place(bare)
            || lexicon::is_demonym(bare)
            || DEMONYMS.contains(&bare)
            || kinds::is_organisation_word(bare)
            || (bare.contains('.') && bare.len() <= 5))
}

/// Splits a phrase into role words and the name after the last title, cutting the name at
/// the first lower-case word: `Ukrainian President Volodymyr Zelensky` -> ({ukrainian,
/// president}, [Volodymyr, Zelensky]); `Professor Ann Lee of UCL` -> ({professor}, [Ann, Lee]).
fn split_name(tokens: &[String]) -> (Vec<String>, Vec<String>) {
    let mut last_role: Option<usize> = None;
    let mut stop = tokens.len();
    let mut in_name = false;
    for (i, t) in tokens.iter().enumerate() {
        let lower = t.to_lowercase();
        let capital = t.chars().next().is_some_and(char::is_uppercase);
        if is_title(&lower) || (!in_name && is_affiliation(&lower) && i + 1 < tokens.len()) {
            last_role = Some(i);
            in_name = false;
        } else if capital || (in_name && NAME_PARTICLES.contains(&lower.as_str())) {
            in_name = true;
        } else if in_name
            && (PHRASE_STOPS.contains(&lower.as_str())
                || DETERMINERS.contains(&lower.as_str())
                || matches!(lower.as_str(), "of" | "for" | "who" | "whose")
                || !tokens[i + 1..]
                    .iter()
                    .any(|t| t.chars().next().is_some_and(char::is_uppercase)))
        {
            // `Professor Ann Lee of UCL`: the name ends at the first word that cannot join it.
            stop = i;
            break;
        } else {
            // `Hazelbrook local Trevor McKenzie`, `Pakistan-based developer Ammar Askar`: a
            // lower-case role word after capitals makes them an affiliation.
            in_name = false;
            last_role = Some(i);
        }
    }
    let mut name_start = last_role.map_or(0, |t| t + 1);
    // `Republican Donald Trump`, `Agriculture Donald Amstutz`: in a long run, words before the
    // first given name that are no names themselves are affiliations.
    let stop = stop.max(name_start);
    if stop - name_start >= 3 {
        let run = &tokens[name_start..stop];
        let lower_run: Vec<String> = run.iter().map(|t| t.to_lowercase()).collect();
        if let Some(k) = (1..run.len() - 1).find(|&k| lexicon::given_name(&lower_run[k]).is_some())
        {
            if lower_run[..k].iter().all(|w| {
                is_affiliation(w)
                    || (lexicon::given_name(w).is_none()
                        && w.chars().count() > 1
                        && !NAME_PARTICLES.contains(&w.as_str())
                        && !w.ends_with('.'))
                        && run_is_titled(&lower_run[..k])
            }) {
                name_start += k;
            }
        }
    }
    // `Minister of Supply Sherif Farouk`, `Secretary of State John Kerry`: after a role ending
    // in `of`, the name is the last two words, or from the first given name.
    if name_start > 0
        && stop - name_start >= 3
        && matches!(tokens[name_start - 1].to_lowercase().as_str(), "of" | "for")
    {
        let given = (name_start..stop - 1)
            .find(|&k| lexicon::given_name(&tokens[k].to_lowercase()).is_some());
        name_start = given.unwrap_or(stop - 2);
    }
    // `Enter Stuart R. Kaplan`, `Meanwhile Susan Phillips`: a capitalised word that is no
    // given name, before one that is, opens the sentence rather than the name.
    if stop - name_start >= 3 {
        let first = tokens[name_start].to_lowercase();
        let second = tokens[name_start + 1].to_lowercase();
        if lexicon::given_name(&first).is_none()
            && !first.ends_with('.')
            && first.chars().count() > 1
            && lexicon::given_name(&second).is_some_and(|s| s != Sex::Either)
        {
            name_start += 1;
        }
    }
    let roles = tokens[..name_start]
        .iter()
        .map(|s| s.to_lowercase())
        .collect();
    (roles, tokens[name_start..stop].to_vec())
}

/// Whether words before a given name read as an affiliation rather than a name's first part:
/// at least one is a place, a people's adjective or an organisation word.
fn run_is_titled(lower: &[String]) -> bool {
    lower.iter().any(|w| is_affiliation(w))
}

fn looks_like_name(tokens: &[String]) -> bool {
    !tokens.is_empty()
        && tokens.len() <= 5
        && tokens.iter().all(|t| {
            t.chars().next().is_some_and(char::is_uppercase) || NAME_PARTICLES.contains(&t.as_str())
        })
        && tokens
            .first()
            .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
        && !tokens
            .iter()
            .any(|t| WEEKDAYS_MONTHS.contains(&t.to_lowercase().as_str()))
}

impl<'a> People<'a> {
    fn collect(lead: &'a str, body: &'a str, found: &[Found]) -> People<'a> {
        let mut persons: Vec<Person> = Vec::new();
        let mut untitled: Vec<Vec<String>> = Vec::new();
        let tokens = [Tokens::new(lead), Tokens::new(body)];
        for t in &tokens {
            for (roles, run) in capital_runs(t) {
                let (title_roles, name) = split_name(&run);
                if !title_roles.is_empty() || !roles.is_empty() {
                    if looks_like_name(&name) {
                        let mut all: HashSet<String> = title_roles.into_iter().collect();
                        all.extend(roles);
                        add_person(&mut persons, name, all);
                    }
                } else if (2..=4).contains(&run.len()) && looks_like_name(&run) {
                    untitled.push(run);
                }
            }
        }
        // Names in apposition to a role (`The council leader, Marcus Oyelaran,`, `Per Nilsson,
        // chairman of the association,`) are people, with that role.
        for t in &tokens {
            for (roles, name) in appositive_people(t) {
                add_person(&mut persons, name, roles);
            }
        }
        // Names that stand as speakers are people (or organisations) even without a title.
        for f in found {
            let Some((a, b)) = f.cue else { continue };
            let text = if f.part == TextPart::Lead { lead } else { body };
            let phrase = text.get(a..b).unwrap_or("");
            let ws = words(phrase, 10);
            let tokens: Vec<String> = ws
                .iter()
                .map(|&w| clean_core(phrase, w))
                .filter(|t| !t.is_empty())
                .collect();
            let from = match possessor_index(phrase, &ws) {
                Some(k) if k + 1 < tokens.len() && ws.len() == tokens.len() => k + 1,
                _ => 0,
            };
            let (roles, name) = split_name(&tokens[from..]);
            if looks_like_name(&name) && !DETERMINERS.contains(&name[0].to_lowercase().as_str()) {
                add_person(&mut persons, name, roles.into_iter().collect());
            }
        }
        // Untitled full names whose surname a known person has (`John Smith` ... `Smith said`),
        // or whose surname stands alone elsewhere (`Elon Musk` ... `Musk dismissed`): places
        // and events are not referred to by their last word.
        let mut counts: HashMap<&str, usize> = HashMap::default();
        for t in &tokens {
            for (lower, _) in t
                .lower
                .iter()
                .zip(&t.capital)
                .filter(|(_, capital)| **capital)
            {
                *counts.entry(lower).or_default() += 1;
            }
        }
        let mut run_counts: HashMap<Vec<String>, usize> = HashMap::default();
        for run in &untitled {
            *run_counts
                .entry(run.iter().map(|t| t.to_lowercase()).collect())
                .or_default() += 1;
        }
        let mut loose: Vec<Vec<String>> = Vec::new();
        for run in untitled {
            let last = run.last().map(|s| s.to_lowercase()).unwrap_or_default();
            let key: Vec<String> = run.iter().map(|t| t.to_lowercase()).collect();
            let alone = counts.get(last.as_str()).copied().unwrap_or(0)
                > run_counts.get(&key).copied().unwrap_or(0);
            let known = persons.iter().any(|p| p.lower.last() == Some(&last));
            let place_like =
                GROUP_NOUNS.contains(&last.as_str()) || ROLE_NOUNS.contains(&last.as_str());
            // A run opening with a given name the data knows (`Maria Lopez`) is a person's; one
            // opening with a shouted word (`LOVE Villa`) is a tabloid's capitals.
            let given = lexicon::given_name(&run[0].to_lowercase()).is_some();
            let shouted = run[0].chars().count() >= 2 && !run[0].chars().any(char::is_lowercase);
            if known || ((alone || given) && !place_like && !shouted) {
                add_person(&mut persons, run, HashSet::default());
            } else if !place_like {
                loose.push(run);
            }
        }
        for p in &mut persons {
            p.sex = kinds::sex_of(&p.lower, &p.roles);
        }
        let mentions = mentions(&tokens, &persons, found);
        let person_count = persons.len();
        let mut everyone: Vec<Person> = persons
            .iter()
            .map(|p| Person::new(p.tokens.clone(), HashSet::default()))
            .collect();
        for run in loose {
            everyone.push(Person::new(run, HashSet::default()));
        }
        let loose_mentions = mentions_of(&tokens, &everyone, found, true);
        let loose_names = everyone.into_iter().map(|p| p.tokens.join(" ")).collect();
        let (organisations, organisation_names) = organisations(&tokens);
        let descriptions = described_speakers(&tokens, found);
        People {
            descriptions,
            persons,
            mentions,
            loose_mentions,
            loose_names,
            person_count,
            texts: [lead, body],
            organisations,
            organisation_names,
        }
    }

    /// Who speaks an interview turn: `Q` is the interviewer; `A` the first person the article
    /// names; initials (`GD`) the person whose names start with them; a name, that person.
    fn turn_speaker(&self, label: &str) -> Option<(String, bool, Attribution)> {
        match super::interview::role(label) {
            Some(true) => return Some(("the interviewer".to_string(), false, Attribution::Cue)),
            Some(false) => {
                let (_, first) = self.mentions.first()?;
                return Some((
                    self.persons[*first].tokens.join(" "),
                    true,
                    Attribution::Resolved,
                ));
            }
            None => {}
        }
        let letters: Vec<char> = label.chars().collect();
        if letters.len() <= 3 && letters.iter().all(|c| c.is_uppercase()) {
            let initials = |p: &Person| -> Vec<char> {
                p.tokens
                    .iter()
                    .filter_map(|t| t.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect()
            };
            let person = self
                .persons
                .iter()
                .find(|p| initials(p) == letters)
                .or_else(|| {
                    // `GD` for `Gráinne Doherty` with a middle name: first and last.
                    self.persons.iter().find(|p| {
                        let i = initials(p);
                        i.len() > letters.len()
                            && i.first() == letters.first()
                            && i.last() == letters.last()
                    })
                })?;
            return Some((person.tokens.join(" "), true, Attribution::Resolved));
        }
        let tokens: Vec<String> = label.split_whitespace().map(str::to_string).collect();
        let i = self.fullest(&tokens)?;
        Some((self.persons[i].tokens.join(" "), true, Attribution::Cue))
    }

    /// The first person named in the sentence before `pos`, with where.
    fn first_in_sentence(&self, pos: Position) -> Option<(Position, String)> {
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
        let (at, person) = self.mentions.get(lo..hi)?.first()?;
        Some((*at, self.persons[*person].tokens.join(" ")))
    }

    /// The description that introduced an unnamed speaker after `since` and before `pos`.
    fn description_since(&self, pos: Position, since: Option<Position>) -> Option<String> {
        let idx = self.descriptions.partition_point(|(p, _)| *p < pos);
        let (at, d) = self.descriptions.get(idx.checked_sub(1)?)?;
        (since.is_none_or(|s| *at > s)).then(|| d.clone())
    }

    /// Whether a name the resolver gives stands for a person: a full name or a titled one (a
    /// single word met only as a speaker, `Bundesbank`, is not).
    fn person_like(&self, name: &str) -> bool {
        self.persons
            .iter()
            .find(|p| p.tokens.join(" ") == name)
            .is_none_or(|p| p.tokens.len() >= 2 || !p.roles.is_empty())
    }

    /// The most recently mentioned person before `pos`, with where.
    fn latest_before_at(&self, pos: Position) -> Option<(Position, String)> {
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        let (at, person) = self.mentions.get(idx.checked_sub(1)?)?;
        Some((*at, self.persons[*person].tokens.join(" ")))
    }

    /// Whom a description (`the Spaniard`) refers to: the nearest earlier sentence that names
    /// someone, and in it the first person named (its subject, usually), untitled names last.
    fn described_before(&self, pos: Position) -> Option<(String, bool)> {
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
    fn latest_compatible(&self, pos: Position, want: Option<Sex>) -> Option<(Position, usize)> {
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        let recent = || self.mentions[..idx].iter().rev().take(64);
        // Among the last few people named, one whose sex the data knows and the pronoun asks
        // for goes before one whose sex is unknown (`Jordan Hayes` … `Chantelle Okoro` … `she`).
        want.and_then(|w| {
            recent()
                .take(6)
                .find(|(_, i)| self.persons[*i].sex == Some(w))
        })
        .or_else(|| recent().find(|(_, i)| compatible(self.persons[*i].sex, want)))
        .copied()
    }

    /// Whether a speaker name may be what a pronoun of sex `want` refers to.
    fn fits(&self, name: &str, want: Option<Sex>) -> bool {
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

    fn resolve_phrase(
        &self,
        phrase: &str,
        pos: Position,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        let ws = words(phrase, 12);
        let tokens: Vec<String> = ws
            .iter()
            .map(|&w| clean_core(phrase, w))
            .filter(|t| !t.is_empty())
            .collect();
        let lower: Vec<String> = ws
            .iter()
            .map(|&w| lower_core(phrase, w))
            .filter(|t| !t.is_empty())
            .collect();
        let first = lower.first()?;
        if tokens.len() == 1 && matches!(first.as_str(), "he" | "she" | "him" | "her") {
            // The later of the last named person and the last speaker who was a person, of a
            // sex the pronoun allows.
            let want = kinds::pronoun_sex(first);
            let mention = self.latest_compatible(pos, want);
            let last_fits = last.filter(|(_, name, person)| *person && self.fits(name, want));
            // `A neighbor who did not want to be named said …. "…," she said.`
            let newest = mention.map(|(m, _)| m).max(last_fits.map(|(lp, _, _)| *lp));
            if let Some(d) = self.description_since(pos, newest) {
                return Some((d, false, Attribution::Resolved));
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
        if tokens.len() == 1 && matches!(first.as_str(), "they" | "we" | "it" | "i") {
            return last
                .map(|(_, n, p)| (n.clone(), *p, Attribution::Resolved))
                .or_else(|| Some((phrase.to_string(), false, Attribution::None)));
        }
        // `the Spaniard`, `the 23-year-old`: a definite description of someone just named.
        if first == "the" && describes_someone(&tokens[1..]) {
            if let Some((name, person)) = self.described_before(pos) {
                return Some((name, person, Attribution::Resolved));
            }
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
            && !named.windows(2).any(|p| {
                lexicon::given_name(&p[0].to_lowercase()).is_some_and(|s| s != Sex::Either)
                    && p[1].chars().next().is_some_and(char::is_uppercase)
                    && !kinds::is_organisation_word(&p[1].to_lowercase())
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
            let fuller = self
                .organisation_names
                .iter()
                .filter(|(k, _)| {
                    k.len() > lower_named.len() && lower_named.iter().all(|w| k.contains(w))
                })
                .max_by_key(|(k, _)| k.len())
                .map(|(_, v)| v.clone());
            return Some((
                fuller.unwrap_or_else(|| named.join(" ")),
                false,
                Attribution::Cue,
            ));
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
        // A phrase ending in a common noun (`South Korea's unification ministry`) describes.
        let ends_lower = tokens
            .last()
            .is_some_and(|t| !t.chars().next().is_some_and(char::is_uppercase));
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
            if kinds::is_place(&lower_name) || affiliation_only {
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
            let known = if after_of {
                None
            } else {
                self.fullest_near(&name, Some(pos))
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
        if definite {
            if let Some(org) = self.organisation_for(head, pos) {
                return Some((org, false, Attribution::Resolved));
            }
        }
        let described_role = ROLE_NOUNS.contains(&head) || is_title(head);
        if described_role {
            // `the Sunshine Mining official`: capitalised words name the employer, not the role.
            let wanted: Vec<&String> = lower
                .iter()
                .zip(&tokens)
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
            let person_noun = is_title(head)
                || (first == "the" && !GROUP_NOUNS.contains(&head) && !head.ends_with('s'));
            if person_noun {
                if let Some(i) = self.with_roles(&wanted, pos) {
                    return Some((
                        self.persons[i].tokens.join(" "),
                        true,
                        Attribution::Appositive,
                    ));
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
        if described_role {
            return Some((phrase.to_string(), false, Attribution::Cue));
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

    /// The organisation a definite description names (`the council` -> `Mayo County Council`,
    /// `the company` -> `Contel Corp`, `the statement` -> whoever last spoke as a body): the
    /// latest named before `pos` whose name holds the noun, or for a company or a statement,
    /// the latest company or organisation.
    fn organisation_for(&self, noun: &str, pos: Position) -> Option<String> {
        let statement = matches!(
            noun,
            "statement" | "report" | "brief" | "release" | "filing" | "announcement" | "letter"
        );
        let company = matches!(noun, "company" | "firm" | "group" | "corporation");
        if !statement && !company && !kinds::is_organisation_word(noun) {
            return None;
        }
        let idx = self.organisations.partition_point(|(p, _)| *p < pos);
        let before = self.organisations[..idx].iter().rev().take(32);
        let mut fallback = None;
        for (_, lower) in before {
            if lower.iter().any(|w| w == noun) {
                // `the Chamber's report` after `the Chamber of Mines`: the fullest name given.
                let fullest = self
                    .organisation_names
                    .iter()
                    .filter(|(k, _)| k.len() > lower.len() && lower.iter().all(|w| k.contains(w)))
                    .max_by_key(|(k, _)| k.len())
                    .map(|(_, v)| v.clone());
                return Some(fullest.unwrap_or_else(|| self.organisation_names[lower].clone()));
            }
            if fallback.is_none()
                && (statement
                    || (company
                        && lower.iter().any(|w| {
                            lexicon::legal_forms().contains(&w.as_str())
                                || matches!(w.as_str(), "corp" | "inc" | "ltd" | "plc" | "co")
                        })))
            {
                fallback = Some(self.organisation_names[lower].clone());
            }
        }
        fallback
    }

    /// The indefinite description that introduced a speaker now called `the <noun>`: `a
    /// senior official in the Ministry of Electronics and IT`, `a source close to Jordan`, `the
    /// boutique's manager`. Looks back a bounded stretch of the same part.
    fn earlier_description(&self, noun: &str, pos: Position) -> Option<String> {
        let text = self.texts[usize::from(pos.0.min(1))];
        let end = super::words::floor_boundary(text, pos.1.min(text.len()));
        let from = super::words::floor_boundary(text, end.saturating_sub(4000));
        let window = &text[from..end];
        let ws = words(window, usize::MAX);
        for k in (0..ws.len()).rev() {
            if lower_core(window, ws[k]) != noun {
                continue;
            }
            // Up to four words back to an indefinite determiner or a possessive after `the`.
            let mut start = None;
            for j in (k.saturating_sub(4)..k).rev() {
                let l = lower_core(window, ws[j]);
                let raw = ws[j].raw(window);
                if j < k - 1 && ws[j].closes_phrase(window) {
                    break;
                }
                if matches!(l.as_str(), "a" | "an" | "one" | "another") {
                    start = Some(j);
                    break;
                }
                if l == "the" && j + 1 < k && {
                    let next = ws[j + 1].raw(window);
                    next.ends_with("'s") || next.ends_with("’s")
                } {
                    start = Some(j);
                    break;
                }
                if raw.starts_with(['"', '“', '‘']) {
                    break;
                }
            }
            let Some(j) = start else { continue };
            // The phrase after the noun: `in the Ministry of …`, `close to Jordan`, `at the
            // facility`, up to punctuation or a verb.
            let mut last = k;
            let opens = ws.get(k + 1).is_some_and(|w| {
                matches!(
                    lower_core(window, *w).as_str(),
                    "in" | "at" | "of" | "for" | "close" | "from" | "with" | "on"
                )
            });
            if opens && !ws[k].closes_phrase(window) {
                for (m, &w) in ws
                    .iter()
                    .enumerate()
                    .take((k + 9).min(ws.len()))
                    .skip(k + 1)
                {
                    let l = lower_core(window, w);
                    if super::vocab::is_speech_verb(&l)
                        || matches!(l.as_str(), "who" | "which" | "that" | "was" | "is" | "has")
                    {
                        break;
                    }
                    last = m;
                    if w.closes_phrase(window) {
                        break;
                    }
                }
            }
            let phrase = &window[ws[j].start..ws[last].end];
            let phrase = phrase.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            let mut out = phrase.to_string();
            if let Some(c) = out.get(..1) {
                out.replace_range(..1, &c.to_lowercase());
            }
            return Some(out);
        }
        None
    }

    /// The person whose name ends with `name` and has the most words (`Zelensky` ->
    /// `Volodymyr Zelensky`).
    fn fullest(&self, name: &[String]) -> Option<usize> {
        self.fullest_near(name, None)
    }

    /// As `fullest`, but when several people fit (`Hori Parata` and `Te Kaurinui Robert Parata`
    /// for `Parata`; `Lee Sang-min` and `Lee Jae-myung` for `Lee`), the one mentioned last
    /// before `pos` wins.
    fn fullest_near(&self, name: &[String], pos: Option<Position>) -> Option<usize> {
        let wanted: Vec<String> = name.iter().map(|s| s.to_lowercase()).collect();
        let mut fits: Vec<usize> = (0..self.persons.len())
            .filter(|&i| self.persons[i].lower.ends_with(&wanted))
            .collect();
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
    fn with_roles(&self, wanted: &[&String], pos: Position) -> Option<usize> {
        let matches =
            |p: &Person| !wanted.is_empty() && wanted.iter().all(|w| p.roles.contains(w.as_str()));
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        for (_, person) in self.mentions[..idx].iter().rev() {
            if matches(&self.persons[*person]) {
                return Some(*person);
            }
        }
        self.persons.iter().position(matches)
    }
}

/// The last capitalised possessor before the phrase's last word (`Cominco's Townson`): what
/// comes after it is the name.
fn possessor_index(phrase: &str, ws: &[Word]) -> Option<usize> {
    ws.iter().take(ws.len().saturating_sub(1)).rposition(|w| {
        let raw = w.raw(phrase);
        w.is_capitalized(phrase) && (raw.ends_with("'s") || raw.ends_with("’s"))
    })
}

/// Whether a person of sex `have` may be referred to by a pronoun asking for `want`.
fn compatible(have: Option<Sex>, want: Option<Sex>) -> bool {
    !matches!(
        (have, want),
        (Some(Sex::Male), Some(Sex::Female)) | (Some(Sex::Female), Some(Sex::Male))
    )
}

/// Words after `the` that describe one person without naming them: a nationality (`Spaniard`,
/// `New Zealander`, `Swede`) or an age (`23-year-old`).
fn describes_someone(rest: &[String]) -> bool {
    let Some(last) = rest.last() else {
        return false;
    };
    let lower = last.to_lowercase();
    if rest.len() == 1
        && lower.contains("-year-old")
        && lower.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    if rest.len() > 2
        || !rest
            .iter()
            .all(|t| t.chars().next().is_some_and(char::is_uppercase))
    {
        return false;
    }
    if is_title(&lower) || NOT_DEMONYMS.contains(&lower.as_str()) {
        return false;
    }
    DEMONYMS.contains(&lower.as_str())
        || [
            "ian", "ean", "ican", "yan", "ard", "ese", "man", "woman", "ander", "iot",
        ]
        .iter()
        .any(|suffix| lower.ends_with(suffix) && lower.len() > suffix.len() + 2)
        || (lower.len() >= 5 && lower.ends_with('i') && !lower.ends_with("ii"))
}

/// People named in apposition to a role: `<description>, <Name>,` and `<Name>, <description>,`
/// where the description holds a role noun or title (`The museum's director, Clara Jensen,`,
/// `Per Nilsson, chairman of the association,`), or `<Name>, <age>,`.
fn appositive_people(t: &Tokens) -> Vec<(HashSet<String>, Vec<String>)> {
    let (text, ws, lower) = (t.text, &t.words, &t.lower);
    let role_word = |l: &str| ROLE_NOUNS.contains(&l) || is_title(l);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let capital =
            |k: usize| t.capital[k] && !ws[k].raw(text).starts_with(['"', '“', '„', '«', '‘']);
        if !capital(i) {
            i += 1;
            continue;
        }
        // The run of capitalised words from i, ending at a word that closes a phrase.
        let mut j = i;
        while j < ws.len()
            && j - i < 5
            && (capital(j) || (j > i && NAME_PARTICLES.contains(&&*lower[j])))
        {
            if ws[j].closes_phrase(text) {
                break;
            }
            j += 1;
        }
        if j >= ws.len() || j - i >= 5 || !(capital(j) || NAME_PARTICLES.contains(&&*lower[j])) {
            i = j.max(i + 1);
            continue;
        }
        let run_end = j + 1;
        let tokens: Vec<String> = (i..run_end).map(|k| t.clean(k).to_string()).collect();
        let closed_by_comma = super::words::trailing_punct(ws[j].raw(text)).starts_with(',');
        let sentence_initial_det =
            DETERMINERS.contains(&&*lower[i]) || PHRASE_STOPS.contains(&&*lower[i]);
        if tokens.len() >= 2
            && looks_like_name(&tokens)
            && !sentence_initial_det
            && !tokens.iter().any(|t| is_title(&t.to_lowercase()))
            && !ws[i..j]
                .iter()
                .any(|w| w.raw(text).contains("'s") || w.raw(text).contains("’s"))
        {
            let mut roles: HashSet<String> = HashSet::default();
            let mut person = false;
            // Description before: `... director, <Name>`.
            if i > 0 && ws[i - 1].raw(text).ends_with(',') && role_word(&lower[i - 1]) {
                let mut k = i - 1;
                loop {
                    let l: &str = &lower[k];
                    if l.is_empty()
                        || DETERMINERS.contains(&l)
                        || PHRASE_STOPS.contains(&l)
                        || ws[k].is_capitalized(text)
                    {
                        break;
                    }
                    roles.insert(l.to_string());
                    if k == 0 || (i - k) >= 4 || ws[k - 1].closes_phrase(text) {
                        break;
                    }
                    k -= 1;
                }
                person = true;
            }
            // Description after: `<Name>, chairman of ...` / `<Name>, the club's captain,` / `<Name>, 45,`.
            if closed_by_comma && !person {
                let after = &lower[run_end..lower.len().min(run_end + 5)];
                if after
                    .first()
                    .is_some_and(|a| a.chars().all(|c| c.is_ascii_digit()) && !a.is_empty())
                {
                    person = true;
                } else {
                    for (k, l) in after.iter().enumerate() {
                        let w = ws[run_end + k];
                        if role_word(l) && !w.is_capitalized(text) {
                            roles.insert(l.to_string());
                            person = true;
                            break;
                        }
                        if PHRASE_STOPS.contains(&&**l) || w.closes_phrase(text) {
                            break;
                        }
                        if !DETERMINERS.contains(&&**l) && !w.is_capitalized(text) {
                            roles.insert(l.to_string());
                        }
                    }
                    if !person {
                        roles.clear();
                    }
                }
            }
            if person
                && !GROUP_NOUNS.contains(
                    &tokens
                        .last()
                        .map(|t| t.to_lowercase())
                        .unwrap_or_default()
                        .as_str(),
                )
            {
                out.push((roles, tokens));
            }
        }
        i = run_end;
    }
    out
}

fn phrase_without_the(phrase: &str) -> String {
    phrase
        .strip_prefix("the ")
        .or_else(|| phrase.strip_prefix("The "))
        .unwrap_or(phrase)
        .to_string()
}

/// Adds a name, merging it with a known person when one name ends with the other.
fn add_person(persons: &mut Vec<Person>, name: Vec<String>, roles: HashSet<String>) {
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
    if acronym
        || affiliation
        || kinds::is_place(&lower)
        || lower.iter().any(|w| kinds::is_organisation_word(w))
    {
        return;
    }
    for p in persons.iter_mut() {
        if p.lower.ends_with(&lower) {
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
        if lower.len() > p.lower.len() && p.lower.len() >= 2 && lower.starts_with(&p.lower) {
            p.tokens = name;
            p.lower = lower;
            p.roles.extend(roles);
            return;
        }
    }
    persons.push(Person {
        tokens: name,
        lower,
        roles,
        sex: None,
    });
}

/// Runs of capitalised words (with name particles), each with the lower-case role words just
/// before it (`Kremlin spokesman Dmitry Peskov`). A run stops at punctuation. A single word
/// with no role before it (a sentence's first word, a place) names no one and is left out.
fn capital_runs(t: &Tokens) -> Vec<(Vec<String>, Vec<String>)> {
    let text = t.text;
    let mut out = Vec::new();
    // Word indexes: the strings are made only for the runs returned.
    let mut run = 0..0;
    let mut roles: Vec<String> = Vec::new();
    let mut pending_roles: Vec<String> = Vec::new();
    for (i, &w) in t.words.iter().enumerate() {
        // A heading above a paragraph (`Chapter Text` / `Izuku was…`) is no part of a name.
        let after_break = i > 0
            && text
                .get(t.words[i - 1].end..w.start)
                .is_some_and(|gap| gap.contains('\n'));
        if after_break {
            flush_run(t, &mut run, &mut roles, &mut out);
            pending_roles.clear();
        }
        let lower: &str = &t.lower[i];
        let capital = t.capital[i];
        // `Bill Bradley (Democrat)`: a bracketed word is no part of the name before it.
        let opens_quote = w.raw(text).starts_with(['"', '“', '„', '«', '‘', '(', '[']);
        let joins =
            !opens_quote && (capital || (!run.is_empty() && NAME_PARTICLES.contains(&lower)));
        let possessive = joins && t.clean(i).len() < w.core(text).len();
        // A capitalised stop word opening a sentence (`For`, `When`) is no part of a name.
        let stop_opener = run.is_empty()
            && capital
            && (PHRASE_STOPS.contains(&lower)
                || DETERMINERS.contains(&lower)
                || matches!(
                    lower,
                    "for"
                        | "of"
                        | "like"
                        | "unlike"
                        | "among"
                        | "despite"
                        | "under"
                        | "over"
                        | "asked"
                        | "speaking"
                        | "however"
                        | "meanwhile"
                ));
        if joins && possessive {
            // `Arsenal's Mikel Arteta`: the possessor is an affiliation of the next name.
            if run.is_empty() {
                roles = std::mem::take(&mut pending_roles);
                run = i..i;
            }
            run.end = i + 1;
            flush_run(t, &mut run, &mut roles, &mut out);
            pending_roles.clear();
            pending_roles.push(lower.to_string());
        } else if joins && !stop_opener {
            if run.is_empty() {
                roles = std::mem::take(&mut pending_roles);
                run = i..i;
            }
            run.end = i + 1;
        } else {
            flush_run(t, &mut run, &mut roles, &mut out);
            if ROLE_NOUNS.contains(&lower) || is_title(lower) {
                pending_roles.push(lower.to_string());
            } else {
                pending_roles.clear();
            }
        }
        if w.closes_phrase(text) {
            flush_run(t, &mut run, &mut roles, &mut out);
            pending_roles.clear();
        }
    }
    flush_run(t, &mut run, &mut roles, &mut out);
    out
}

/// Ends the current run (if any): returns it with its roles unless it is one word without any.
fn flush_run(
    t: &Tokens,
    run: &mut std::ops::Range<usize>,
    roles: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, Vec<String>)>,
) {
    if run.start >= run.end {
        return;
    }
    let words = std::mem::replace(run, 0..0);
    let roles = std::mem::take(roles);
    if words.len() > 1 || !roles.is_empty() {
        out.push((roles, words.map(|k| t.clean(k).to_string()).collect()));
    }
}

/// Every word outside quotes that is a known person's surname, in text order.
fn mentions(texts: &[Tokens; 2], persons: &[Person], found: &[Found]) -> Vec<(Position, usize)> {
    mentions_of(texts, persons, found, false)
}

/// Mentions of `persons` by surname. Two people sharing a surname (`Alasdair Munro`, his
/// daughter `Kirsty Munro`) are told apart by the given name written before it; a surname
/// alone goes to whichever of them was last named in full. With `skip_after_determiner`, a
/// name after `the`/`a` (`the French Open`) is no mention.
fn mentions_of(
    texts: &[Tokens; 2],
    persons: &[Person],
    found: &[Found],
    skip_after_determiner: bool,
) -> Vec<(Position, usize)> {
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, p) in persons.iter().enumerate() {
        if let Some(last) = p.lower.last() {
            by_surname.entry(last.clone()).or_default().push(i);
        }
    }
    let mut last_full: HashMap<String, usize> = HashMap::default();
    let mut out = Vec::new();
    for (part, t) in texts.iter().enumerate() {
        let part_u8 = u8::try_from(part).unwrap_or(1);
        let mut inside: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| part_index(f.part) == part_u8)
            .map(|f| (f.start, f.end))
            .collect();
        inside.sort_unstable();
        let mut q = 0;
        // The two words before the current one, lower-cased.
        let (mut prev, mut prev2): (&str, &str) = ("", "");
        for (k, &w) in t.words.iter().enumerate() {
            while q < inside.len() && inside[q].1 <= w.start {
                q += 1;
            }
            let lower: &str = &t.lower[k];
            let outside = !(q < inside.len() && inside[q].0 <= w.start);
            if outside && t.capital[k] {
                if let Some(candidates) = by_surname.get(lower) {
                    let chosen = candidates.iter().copied().find(|&i| {
                        persons[i].lower.len() >= 2
                            && persons[i].lower[persons[i].lower.len() - 2] == prev
                    });
                    if let Some(i) = chosen {
                        last_full.insert(lower.to_string(), i);
                    }
                    let i = chosen
                        .or_else(|| last_full.get(lower).copied())
                        .unwrap_or_else(|| {
                            candidates
                                .iter()
                                .copied()
                                .max_by_key(|&i| (persons[i].tokens.len(), usize::MAX - i))
                                .unwrap_or(candidates[0])
                        });
                    let before_run = if chosen.is_some() { prev2 } else { prev };
                    let after_det = DETERMINERS.contains(&before_run)
                        || matches!(before_run, "in" | "at" | "to" | "of" | "from" | "on");
                    if !(skip_after_determiner && after_det) {
                        out.push(((part_u8, w.start), i));
                    }
                }
            }
            prev2 = std::mem::replace(&mut prev, lower);
        }
    }
    out
}

/// Named organisations in text order: runs of capitalised words (joined by `of`, `for`, `and`,
/// `&`) holding an organisation word and no given name (`Chamber of Mines`, `Mayo County
/// Council`, `Contel Corp`). A leading `The` is left out.
#[allow(clippy::type_complexity)]
fn organisations(
    texts: &[Tokens; 2],
) -> (Vec<(Position, Vec<String>)>, HashMap<Vec<String>, String>) {
    let mut found = Vec::new();
    let mut names: HashMap<Vec<String>, String> = HashMap::default();
    for (part, t) in texts.iter().enumerate() {
        let part_u8 = u8::try_from(part).unwrap_or(1);
        let mut i = 0;
        while i < t.words.len() {
            if !t.capital[i] || matches!(&*t.lower[i], "the" | "a" | "an") {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut end = i;
            while j < t.words.len() && j - i < 8 {
                let joiner = matches!(&*t.lower[j], "of" | "for" | "and" | "&");
                if !(t.capital[j] || (joiner && j > i)) {
                    break;
                }
                if t.capital[j] {
                    end = j;
                }
                if t.words[j].closes_phrase(t.text) {
                    break;
                }
                j += 1;
            }
            let lower: Vec<String> = (i..=end).map(|k| t.lower[k].to_string()).collect();
            let org = lower.iter().any(|w| kinds::is_organisation_word(w))
                && !lower.iter().any(|w| {
                    lexicon::given_name(w).is_some_and(|s| s != Sex::Either)
                        || lexicon::is_speaker_title(w)
                });
            if org {
                let mut name: Vec<&str> = (i..=end).map(|k| t.clean(k)).collect();
                // `Independent National Electoral Commission (INEC)`, `ANZ Banking Group Ltd
                // <ANZA.S>`: an acronym or ticker after the name repeats it.
                while name.len() > 2
                    && name.last().is_some_and(|w| {
                        w.len() <= 8
                            && !w.chars().any(char::is_lowercase)
                            && w.chars().any(char::is_uppercase)
                    })
                {
                    name.pop();
                }
                names.entry(lower.clone()).or_insert_with(|| name.join(" "));
                found.push(((part_u8, t.words[i].start), lower));
            }
            i = end + 1;
        }
    }
    (found, names)
}

/// Unnamed speakers introduced at the start of a sentence by an indefinite description that a
/// speech verb follows: `A nurse at the facility, who sought anonymity, said`, `A neighbor who
/// did not want to be named said`. The description runs to its first comma or to the verb.
fn described_speakers(texts: &[Tokens; 2], found: &[Found]) -> Vec<(Position, String)> {
    let mut out = Vec::new();
    for (part, t) in texts.iter().enumerate() {
        let part_u8 = u8::try_from(part).unwrap_or(1);
        let inside = |byte: usize| {
            found
                .iter()
                .any(|f| part_index(f.part) == part_u8 && f.start <= byte && byte < f.end)
        };
        for i in 0..t.words.len() {
            let opens = i == 0
                || t.words[i - 1].closes_phrase(t.text) && {
                    let raw = t.words[i - 1].raw(t.text);
                    raw.ends_with(['.', '!', '?', '"', '”'])
                };
            if !opens
                || !t.capital[i]
                || t.words[i]
                    .raw(t.text)
                    .starts_with(['"', '“', '‘', '\'', '«', '„'])
                || inside(t.words[i].start)
                || !matches!(&*t.lower[i], "a" | "an" | "one" | "another")
                || t.capital.get(i + 1).is_none_or(|c| *c)
            {
                continue;
            }
            let mut end = i + 1;
            let mut verb = None;
            for k in i + 1..t.words.len().min(i + 30) {
                if super::vocab::is_speech_verb(&t.lower[k]) {
                    verb = Some(k);
                    break;
                }
                if t.words[k].raw(t.text).ends_with(['.', '!', '?']) {
                    break;
                }
            }
            let Some(verb) = verb else { continue };
            while end < verb && end - i < 12 {
                if t.words[end - 1].raw(t.text).ends_with(',') {
                    break;
                }
                end += 1;
            }
            let from = t.words[i].start;
            let to = t.words[end - 1].end;
            let phrase = t.text[from..to].trim_end_matches(|c: char| !c.is_alphanumeric());
            // `A guy named Ray said`: the name the description gives.
            if let Some((_, name)) = phrase
                .split_once(" named ")
                .or_else(|| phrase.split_once(" called "))
            {
                if name.starts_with(char::is_uppercase) && name.split_whitespace().count() <= 3 {
                    out.push(((part_u8, from), name.to_string()));
                    continue;
                }
            }
            let mut d = phrase.to_string();
            if let Some(c) = d.get(..1) {
                d.replace_range(..1, &c.to_lowercase());
            }
            out.push(((part_u8, from), d));
        }
    }
    out
}

#[cfg(test)]
mod run_tests {
    use super::*;

    #[test]
    fn a_heading_above_a_paragraph_is_no_part_of_the_name_that_opens_it() {
        let text = "Chapter Text\n\nIzuku Midoriya was struggling to understand it.";
        let runs = capital_runs(&Tokens::new(text));
        assert!(
            runs.iter().any(|(_, name)| name == &["Izuku", "Midoriya"]),
            "{runs:?}"
        );
    }
}
