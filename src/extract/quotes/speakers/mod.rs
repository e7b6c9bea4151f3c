//! Speaker resolution: turns the phrase an attribution names (`he`, `Zelensky`, `the
//! Ukrainian president`, `President Volodymyr Zelensky`) into the fullest name the article
//! gives for that person. Titles and roles are kept apart from names, so a role description
//! can find the person whose mention carried that role.

mod after;
mod apposed_body;
mod appositives;
mod author;
mod beat;
mod bodies;
mod body_subject;
mod cataphora;
mod collect;
mod definite_subject;
mod delayed;
mod described;
pub(super) mod echoes;
mod fuller_run;
mod governing;
mod initials;
mod interpreted;
mod interviewer;
mod introduced;
mod issuer;
mod kin;
mod listed;
mod lookup;
mod mentions;
mod named_body;
mod names;
mod namesake;
mod organisations;
mod paragraph_body;
mod paragraphs;
mod partitive;
mod persons;
mod phrase;
mod place_body;
mod pronouns;
mod refine;
mod relative;
mod reported;
mod role_phrase;
#[cfg(test)]
mod round24_tests;
#[cfg(test)]
mod round25_tests;
#[cfg(test)]
mod round26_tests;
#[cfg(test)]
mod round27_tests;
#[cfg(test)]
mod round28_tests;
#[cfg(test)]
mod round29_tests;
mod runs;
mod shapes;
mod shared_titles;
mod short_forms;
mod someone;
#[cfg(test)]
mod test_support;
mod told_sex;
mod turns;
mod unnamed;

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
use super::{interview, vocab, words};
use crate::extract::lexicon::{self, Sex};
use crate::model::{Attribution, QuoteKind, TextPart};

use interview::Role;
use interviewer::InterviewRoles;
use mentions::{mentions, mentions_of};
use names::{looks_like_name, split_name};
use organisations::{Organisations, organisations};
use persons::add_person;
use reported::reported_speaker;
use shapes::{
    before_bracket, compatible, is_affiliation, phrase_without_the, possessor_index, without_suffix,
};
use someone::describes_someone;
use unnamed::described_speakers;

/// How far before a place read as a subject the person it belongs to may be named, in bytes.
const NEARBY_BYTES: usize = 120;

/// A quote's speaker as resolved: the text to show, whether it was met as a person, and how it
/// was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    pub person: bool,
    /// Resolved to a body the article named without an organisation word (`Statistics
    /// Canada`): an organisation, whatever its name looks like.
    pub body: bool,
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
    /// Where each person is first named in full (`introduced::first_named_in_full`).
    introduced: Vec<Option<Position>>,
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
    /// Of `organisation_names`, those written with a list (`Sears, Roebuck and Co`).
    listed_names: Vec<(Vec<String>, String)>,
    /// Organisations met as the subject of a speech verb (`Contel Corp said`).
    speaking_organisations: HashSet<Vec<String>>,
    /// Where a named organisation is the subject of a speech verb, in text order.
    organisations_spoke_at: Vec<Position>,
    /// Unnamed speakers introduced by a description opening a sentence with a speech verb
    /// (`A nurse at the facility, who sought anonymity, said …`), by where they stand.
    descriptions: Vec<(Position, String)>,
    /// Descriptions opening a sentence as its subject with no speech verb (`An analyst who
    /// asked to remain unidentified, discouraged the rumor.`): a later pronoun's only.
    /// With the byte their sentence ends at.
    subject_descriptions: Vec<unnamed::SubjectDescription>,
    /// Bodies named without an organisation word that speak or own something (`Statistics
    /// Canada reported`), by where they stand.
    bodies: Vec<(Position, String)>,
    /// Of `bodies`, those a description headed by a body noun stands in apposition to
    /// (`Mineração Serra Alta, the company,`): bodies, whatever given names they hold.
    described_bodies: Vec<String>,
}

/// The speaker of each found quote, in the same order.
pub fn resolve(lead: &str, body: &str, found: &[Found]) -> Vec<Option<Speaker>> {
    if found.is_empty() {
        // Collecting the article's people is most of the cost of the quote pass.
        return Vec::new();
    }
    let people = People::collect(lead, body, found);
    let shared_titles = shared_titles::shared_titles(&people.loose_names);
    let mut out = Vec::with_capacity(found.len());
    let mut last: Option<(Position, String, bool)> = None;
    let mut previous_end: Option<(u8, usize)> = None;
    let mut last_cue_end: Position = (0, 0);
    let interview_roles = found
        .iter()
        .find_map(|f| {
            f.turn
                .map(|(a, _)| people.interview_roles((part_index(f.part), a)))
        })
        .unwrap_or_default();
    // Whether the previous quote was a question (`Another reporter asked: "…?"`).
    let mut last_asked = false;
    for f in found {
        let text = if f.part == TextPart::Lead { lead } else { body };
        let asked = std::mem::replace(
            &mut last_asked,
            text.get(f.start..f.end).is_some_and(|q| {
                q.trim_end_matches(['"', '”', '\'', '’', '»', ' '])
                    .ends_with('?')
            }),
        );
        let pos: Position = (part_index(f.part), f.start);
        let since = previous_end
            .filter(|(p, _)| *p == pos.0)
            .map_or(0, |(_, e)| e);
        // Only a quote with no attribution of its own looks for the speaker being reported.
        let unattributed = f.turn.is_none() && f.cue.is_none() && f.kind != QuoteKind::Partial;
        let reported = unattributed
            .then(|| {
                reported_speaker(&people, text, pos, since, last.as_ref())
                    .or_else(|| beat::beat_speaker(&people, text, pos, since, last.as_ref()))
            })
            .flatten();
        previous_end = Some((pos.0, f.end));
        let resolved = match (f.turn, f.cue) {
            (Some((a, b)), _) => {
                let label = text.get(a..b).unwrap_or("");
                people.turn_speaker(label, &interview_roles, pos)
            }
            (None, Some((a, b))) => {
                let phrase = before_bracket(text.get(a..b).unwrap_or(""));
                // `Tanaka's interpreter said`: the words are Tanaka's.
                let relayed = interpreted::speaker_for(text, a, b);
                let phrase = relayed.as_deref().unwrap_or(phrase);
                // `The coach added that Feeney would have a scan. "He's a tough lad," he said.`:
                // `he` goes on from the subject reporting just before the quote, not from the
                // person named inside what was reported.
                let want = kinds::pronoun_sex(phrase);
                let reporter = (matches!(phrase, "he" | "she"))
                    .then(|| reported_speaker(&people, text, pos, since, last.as_ref()))
                    .flatten()
                    // An acronym (`EC`) is no one `he` can mean.
                    .filter(|(name, person, _)| {
                        *person && people.fits(name, want) && name.chars().any(char::is_lowercase)
                    })
                    .map(|(name, person, _)| (name, person, Attribution::Resolved));
                // `said a shopkeeper …, who gave his name only as Gul Khan`.
                let given = described::name_given_after(text, b);
                let given = given.map(|name| (name, true, Attribution::Cue));
                // `The federation hit back with a statement saying`: the document's issuer.
                let part = part_index(f.part);
                let found = given
                    .or(reporter)
                    .or_else(|| {
                        people.document_issuer(text, (f.start, a), phrase, part, last.as_ref())
                    })
                    .or_else(|| people.resolve_phrase(phrase, (part, a), last.as_ref()));
                // `Another reporter asked: "…?" ¶ "…," she replied`: who replies is not who
                // asked.
                match (&found, &last) {
                    (Some((name, _, _)), Some((_, asker, _)))
                        if asked
                            && name.eq_ignore_ascii_case(asker)
                            && matches!(phrase, "he" | "she")
                            && pronouns::replies(text, b) =>
                    {
                        people.replier(pos, want, asker).or(found)
                    }
                    _ => found,
                }
            }
            // No attribution of its own: the last speaker goes on, unless a person was named
            // since (`… from Secretary Daniel Ocampo, who told reporters the plan was "…"`).
            (None, None) if reported.is_some() => reported,
            // `"…" ¶ That was how captain Rodelio Manalastas described the night`.
            (None, None)
                if let Some(found) = unattributed
                    .then(|| after::named_after(&people, [lead, body], f, last.as_ref()))
                    .flatten() =>
            {
                Some(found)
            }
            // `The Truck Owners Association warned that the roads were "the real bottleneck"`.
            (None, None)
                if let Some(name) = (f.kind == QuoteKind::Partial)
                    .then(|| people.body_opening_sentence(pos))
                    .flatten() =>
            {
                Some((name, false, Attribution::Carried))
            }
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
                let described = people.description_since(pos, newest).or_else(|| {
                    mention
                        .as_ref()
                        .and_then(|(m, _)| people.description_holding(pos, *m))
                });
                // `said Earl Johnson of Harris Trust. "…"`: a name inside the last quote's own
                // attribution is no one newly named, when that attribution named a person or
                // described one (`said one London-based trader`, `a Drexel spokesman said`).
                let since = last.as_ref().map(|(lp, name, person)| {
                    let kind = kinds::kind_of(name, *person);
                    let named_person = (*person && kind == crate::model::SpeakerKind::Person)
                        || kind == crate::model::SpeakerKind::Description;
                    if named_person {
                        (*lp).max(last_cue_end)
                    } else {
                        *lp
                    }
                });
                let mention = mention.filter(|(m, _)| !people.in_heading(*m));
                let carried = match (&last, mention) {
                    (Some(_), Some((m, name))) if since.is_some_and(|s| m > s) => {
                        let person =
                            people.person_like(&name) || people.name_a_description_gave(&name);
                        Some((name, person))
                    }
                    (Some((_, name, is_person)), _) => Some((name.clone(), *is_person)),
                    (None, Some((_, name))) => {
                        let person =
                            people.person_like(&name) || people.name_a_description_gave(&name);
                        Some((name, person))
                    }
                    (None, None) => None,
                }
                .map(|(name, person)| (name, person, Attribution::Carried));
                match described {
                    // A name a description gave (`… who gave only his surname, Chan,`) is
                    // written with its capital; a description starts in lower case.
                    Some(d) => {
                        let named = d.starts_with(char::is_uppercase);
                        Some((d, named, Attribution::Carried))
                    }
                    None => carried,
                }
            }
        };
        let resolved = people.refine(resolved, f, pos, last.as_ref());
        if let Some((name, is_person, _)) = &resolved {
            last = Some((pos, name.clone(), *is_person));
            last_cue_end = f.cue.map_or((0, 0), |(_, b)| (pos.0, b));
        }
        out.push(resolved.map(|(name, person, attribution)| Speaker {
            // A publication asking an interview's questions speaks as a body.
            body: !person
                && (people.is_body(&name)
                    || people.named_beside_body_noun(&name)
                    || (f.turn.is_some()
                        && !interview_roles.asker_named
                        && interview_roles.publication.as_ref() == Some(&name))),
            name: if person {
                shared_titles::without_shared_title(name, &shared_titles)
            } else {
                name
            },
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

/// Whether byte `byte` of text part `part` (0 lead, 1 body) lies inside a found quote.
fn inside_quote(found: &[Found], part: usize, byte: usize) -> bool {
    let part = u8::try_from(part).unwrap_or(1);
    found
        .iter()
        .any(|f| part_index(f.part) == part && f.start <= byte && byte < f.end)
}

/// The words the article writes in lower case somewhere (`management`, `research`): alone and
/// capitalised they open a sentence, they are no name.
fn ordinary_words<'a>(texts: &'a [Tokens<'_>; 2]) -> HashSet<&'a str> {
    texts
        .iter()
        .flat_map(|t| t.lower.iter().zip(&t.capital))
        .filter(|(_, capital)| !**capital)
        .map(|(l, _)| &**l)
        .collect()
}

fn lower_core(s: &str, w: Word) -> String {
    possessive_stripped(w.core(s)).to_lowercase()
}

fn clean_core(s: &str, w: Word) -> String {
    name_core(w.raw(s)).to_string()
}

fn is_title(lower: &str) -> bool {
    TITLES.contains(&lower)
        || lexicon::is_speaker_title(lower.trim_end_matches('.'))
        // `Vice-Premier`, `Co-Chair`: a title after a prefix the data lists with its hyphen.
        || lower.split_once('-').is_some_and(|(prefix, head)| {
            !head.is_empty()
                && lexicon::is_speaker_title(&lower[..=prefix.len()])
                && is_title(head)
        })
}
