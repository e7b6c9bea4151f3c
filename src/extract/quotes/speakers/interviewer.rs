//! Who asks and who answers in an interview set out as `Q:` / `A:` turns, read from the
//! introduction before the first turn (`Reporter Liam Carter caught up with her`, `Aoife
//! Brennan answered questions from our political editor, Declan Moore`).

use super::*;
use crate::model::SpeakerKind;

/// The persons (indexes into `persons`) the introduction names as interviewer and interviewee.
#[derive(Debug, Clone, Default)]
pub(super) struct InterviewRoles {
    pub asks: Option<usize>,
    pub answers: Option<usize>,
    /// A publication the one interviewed spoke to (`talked to El País`), when no person asks.
    pub publication: Option<String>,
    /// `publication` is a person's name (`spoke to Nadeesha Perera`), not a body's.
    pub asker_named: bool,
    /// The one interviewed, when only an untitled name the introduction opens with tells who
    /// (`Dovilė Kazlauskienė has coached … She spoke to Róisín Daly`).
    pub answers_named: Option<String>,
}

/// How many capitalised words a publication's name after an interview phrase may hold.
const MAX_PUBLICATION_WORDS: usize = 4;

/// Roles of the one who interviews (`Sport reporter Liam Carter`, `our editor, Declan Moore`).
const JOURNALISTS: &[&str] = &[
    "reporter",
    "correspondent",
    "journalist",
    "editor",
    "interviewer",
    "presenter",
    "host",
    "columnist",
    "anchor",
];

/// Phrases whose subject interviews the one named after them (`Liam Carter caught up with
/// her`; the brief's `X spoke to Y`).
const ASKING: &[&str] = &[
    "spoke to",
    "spoke with",
    "talked to",
    "talked with",
    "speaks to",
    "talks to",
    "caught up with",
    "sat down with",
    "chatted to",
    "chatted with",
    "interviewed",
    "interviews",
];

/// Phrases after which the interviewer is named (`answered questions from our editor, Y`).
const ANSWERING: &[&str] = &[
    "questions from",
    "interviewed by",
    "questioned by",
    "in conversation with",
    "speaking to",
    "talking to",
];

/// How many paragraphs of an interview's introduction are read for who asks.
const MAX_INTRO_PARAGRAPHS: usize = 4;

/// How far around an interview phrase its sentence may reach, in bytes.
const SENTENCE_BYTES: usize = 600;

impl People<'_> {
    /// The interviewer is a person the introduction gives a journalist's role, else the one an
    /// interview phrase of its last paragraph names beside the interviewee (none when the
    /// piece says `spoke to us`); the interviewee is the first other person the introduction
    /// names.
    pub(super) fn interview_roles(&self, first_turn: Position) -> InterviewRoles {
        let intro: Vec<usize> = self
            .mentions
            .iter()
            .take_while(|(p, _)| *p < first_turn)
            .map(|(_, i)| *i)
            .collect();
        let main = intro.first().copied();
        let journalist = intro
            .iter()
            .copied()
            .find(|&i| Some(i) != main && self.is_journalist(i));
        // `Chaminda Wickramasinghe … spoke to Nadeesha Perera` in the lead, a paragraph of
        // background after it: the paragraphs before the closing one may say who asked.
        let asks = journalist.or_else(|| {
            self.intro_paragraphs(first_turn)
                .into_iter()
                .find_map(|p| self.named_as_interviewer(p, main))
        });
        let answers = intro
            .iter()
            .chain(self.mentions.iter().map(|(_, i)| i))
            .copied()
            .find(|&i| Some(i) != asks);
        let publication = asks
            .is_none()
            .then(|| {
                self.intro_paragraphs(first_turn)
                    .into_iter()
                    .find_map(|p| self.publication_spoken_to(p))
                    .or_else(|| self.our_journalist_in(first_turn))
            })
            .flatten();
        // `spoke to Nadeesha Perera`: a name the data does not know as a person's, with no
        // word of a body or masthead in it, is the person who asks.
        // An article of any language opening it (`El País`, `Die Zeit`) makes it a title.
        let asker_named = publication.as_deref().is_some_and(|p| {
            let first = p.split_whitespace().next().unwrap_or("").to_lowercase();
            p.split_whitespace().count() >= 2
                && !lexicon::is_stopword(&first)
                && !lexicon::is_name_particle(&first)
                && kinds::kind_of(p, false) == SpeakerKind::Person
        });
        // The person the interview phrase names as asking is not the one who answers.
        let asker = publication.as_deref().filter(|_| asker_named);
        let is_asker = |i: usize| asker.is_some_and(|a| self.persons[i].tokens.join(" ") == a);
        let answers = answers.filter(|&i| !is_asker(i));
        let answers_named = answers
            .is_none()
            .then(|| {
                self.loose_mentions
                    .iter()
                    .take_while(|(p, _)| *p < first_turn)
                    .map(|(_, k)| &self.loose_names[*k])
                    .find(|n| Some(n.as_str()) != asker)
                    .cloned()
            })
            .flatten();
        InterviewRoles {
            asks,
            answers,
            publication,
            asker_named,
            answers_named,
        }
    }

    /// The introduction's paragraphs (part, start, end), the closing one first, then back
    /// to the lead, at most `MAX_INTRO_PARAGRAPHS`.
    fn intro_paragraphs(&self, first_turn: Position) -> Vec<(u8, usize, usize)> {
        let mut out = Vec::new();
        for part in (0..=first_turn.0.min(1)).rev() {
            let text = self.texts[usize::from(part)];
            let end = if part == first_turn.0 {
                words::floor_boundary(text, first_turn.1.min(text.len()))
            } else {
                text.len()
            };
            let mut hi = text[..end].trim_end().len();
            while hi > 0 && out.len() < MAX_INTRO_PARAGRAPHS {
                let lo = text[..hi].rfind("\n\n").map_or(0, |i| i + 2);
                out.push((part, lo, hi));
                hi = text[..lo].trim_end().len();
            }
        }
        out
    }

    fn is_journalist(&self, i: usize) -> bool {
        self.persons[i]
            .roles
            .iter()
            .any(|r| JOURNALISTS.contains(&r.as_str()))
    }

    /// Whether a person carries an office and no journalist's role (`Cllr`, `the new chair`).
    fn has_office(&self, i: usize) -> bool {
        !self.persons[i].roles.is_empty() && !self.is_journalist(i)
    }

    /// The person an interview phrase of the closing paragraph names as the one asking. Of two
    /// people named around it, the one with an office, else the one not a journalist, else the
    /// piece's main person (named first) answers; else the phrase decides (`X caught up with
    /// Y`: X asks; `Y answered questions from X`).
    fn named_as_interviewer(
        &self,
        (part, lo, hi): (u8, usize, usize),
        main: Option<usize>,
    ) -> Option<usize> {
        let text = self.texts[usize::from(part)];
        for (phrase, asking) in ASKING
            .iter()
            .map(|p| (p, true))
            .chain(ANSWERING.iter().map(|p| (p, false)))
        {
            for (at, _) in text[lo..hi].match_indices(phrase) {
                let at = lo + at;
                let after = at + phrase.len();
                let bounded =
                    text[..at].ends_with(' ') && text[after..].starts_with([' ', ',', '.']);
                if !bounded {
                    continue;
                }
                let from = words::sentence_start(text, at, lo, SENTENCE_BYTES);
                let to = words::sentence_end(text, after, SENTENCE_BYTES).min(hi);
                let named = |a: usize, b: usize| -> Option<usize> {
                    let x = self.mentions.partition_point(|(p, _)| *p < (part, a));
                    let y = self.mentions.partition_point(|(p, _)| *p < (part, b));
                    self.mentions[x..y].first().map(|(_, i)| *i)
                };
                // `…, she spoke to Kerwin Greenaway`: a pronoun right before the phrase is its
                // subject (the one interviewed), whatever an opening phrase names before it.
                let pronoun = text[..at]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| matches!(w, "she" | "he" | "She" | "He" | "they" | "They"));
                let subject = if pronoun { None } else { named(from, at) };
                let picked = match (subject, named(after, to)) {
                    (None, None) => None,
                    // `She spoke to Niall Breslin`, `Theo Marchetti spoke to us`: the one
                    // person named asks, unless it is the piece's main person.
                    (Some(only), None) | (None, Some(only)) => (Some(only) != main).then_some(only),
                    (Some(subject), Some(object)) => {
                        let answers_first = |f: &dyn Fn(usize) -> bool| {
                            (f(subject) != f(object)).then(|| f(subject))
                        };
                        let subject_answers = answers_first(&|i| self.has_office(i))
                            .or_else(|| answers_first(&|i| !self.is_journalist(i)))
                            .or_else(|| answers_first(&|i| Some(i) == main))
                            .unwrap_or(!asking);
                        Some(if subject_answers { object } else { subject })
                    }
                };
                if picked.is_some() {
                    return picked;
                }
            }
        }
        None
    }

    /// The capitalised name right after an interview phrase of the introduction (`She spoke to
    /// The Irish Times`, `talked to El País`): the publication that asks. `spoke to us` names
    /// none.
    fn publication_spoken_to(&self, (part, lo, end): (u8, usize, usize)) -> Option<String> {
        let text = self.texts[usize::from(part)];
        for phrase in ASKING.iter().chain(ANSWERING) {
            for (at, _) in text[lo..end].match_indices(phrase) {
                let at = lo + at;
                let rest = &text[at + phrase.len()..end];
                if !rest.starts_with(' ') {
                    continue;
                }
                let rest = rest.trim_start();
                // `She spoke to our reporter`: the publication's journalist, described.
                if let Some(d) = our_journalist(rest) {
                    return Some(d);
                }
                let rest = rest.strip_prefix("the ").unwrap_or(rest);
                let mut name = Vec::new();
                for w in rest.split_whitespace().take(MAX_PUBLICATION_WORDS) {
                    let core = w.trim_end_matches([',', '.', ';', ':']);
                    if !core.starts_with(char::is_uppercase) {
                        break;
                    }
                    name.push(core);
                    if core.len() < w.len() {
                        break;
                    }
                }
                let pronoun = name.len() == 1 && kinds::is_pronoun(&name[0].to_lowercase());
                if !name.is_empty() && !pronoun && text[..at].ends_with(' ') {
                    return Some(name.join(" "));
                }
            }
        }
        None
    }
}

impl People<'_> {
    /// `She answered our reporter's questions by email`: the publication's journalist the
    /// introduction names anywhere, when no interview phrase says who asks.
    fn our_journalist_in(&self, first_turn: Position) -> Option<String> {
        self.intro_paragraphs(first_turn)
            .into_iter()
            .find_map(|(part, lo, hi)| {
                let text = &self.texts[usize::from(part)][lo..hi];
                text.match_indices("our ").find_map(|(at, _)| {
                    let bounded = at == 0 || text[..at].ends_with([' ', '(']);
                    bounded.then(|| our_journalist(&text[at..])).flatten()
                })
            })
    }
}

/// `our reporter`, `our political editor` opening `rest`: the description of the publication's
/// journalist who asks (a lower-case modifier may stand before the role).
fn our_journalist(rest: &str) -> Option<String> {
    let ws: Vec<&str> = rest.split_whitespace().take(3).collect();
    if ws.first() != Some(&"our") {
        return None;
    }
    let role = ws[1..]
        .iter()
        .position(|w| JOURNALISTS.contains(&bare_word(w)))?
        + 1;
    let modifiers_lower = ws[1..role]
        .iter()
        .all(|w| w.chars().all(char::is_lowercase));
    modifiers_lower.then(|| {
        let mut d = ws[..role].join(" ");
        d.push(' ');
        d.push_str(bare_word(ws[role]));
        d
    })
}

/// A word without the punctuation or possessive after it (`reporter's` → `reporter`).
fn bare_word(w: &str) -> &str {
    let w = w.trim_end_matches([',', '.', ';', ':']);
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}
