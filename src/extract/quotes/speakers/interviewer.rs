//! Who asks and who answers in an interview set out as `Q:` / `A:` turns, read from the
//! introduction before the first turn (`Reporter Liam Carter caught up with her`, `Aoife
//! Brennan answered questions from our political editor, Declan Moore`).

use super::*;

/// The persons (indexes into `persons`) the introduction names as interviewer and interviewee.
#[derive(Debug, Clone, Default)]
pub(super) struct InterviewRoles {
    pub asks: Option<usize>,
    pub answers: Option<usize>,
    /// A publication the one interviewed spoke to (`talked to El País`), when no person asks.
    pub publication: Option<String>,
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
    "met",
    "meets",
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

/// How far around an interview phrase its sentence may reach, in bytes.
const SENTENCE_BYTES: usize = 600;

impl People<'_> {
    /// The interviewer is a person the introduction gives a journalist's role, else the one an
    /// interview phrase names beside the interviewee (none when the piece says `spoke to us`);
    /// the interviewee is the first other person the introduction names.
    pub(super) fn interview_roles(&self, first_turn: Position) -> InterviewRoles {
        let intro: Vec<usize> = self
            .mentions
            .iter()
            .take_while(|(p, _)| *p < first_turn)
            .map(|(_, i)| *i)
            .collect();
        let journalist = intro.iter().copied().find(|&i| self.is_journalist(i));
        let asks = journalist.or_else(|| self.named_as_interviewer(first_turn));
        let answers = intro
            .iter()
            .chain(self.mentions.iter().map(|(_, i)| i))
            .copied()
            .find(|&i| Some(i) != asks);
        let publication = asks
            .is_none()
            .then(|| self.publication_spoken_to(first_turn))
            .flatten();
        InterviewRoles {
            asks,
            answers,
            publication,
        }
    }

    /// The capitalised name right after an interview phrase of the introduction (`She spoke to
    /// The Irish Times`, `talked to El País`): the publication that asks. `spoke to us` names
    /// none.
    fn publication_spoken_to(&self, first_turn: Position) -> Option<String> {
        for part in 0..=first_turn.0.min(1) {
            let text = self.texts[usize::from(part)];
            let end = if part == first_turn.0 {
                words::floor_boundary(text, first_turn.1.min(text.len()))
            } else {
                text.len()
            };
            for phrase in ASKING.iter().chain(ANSWERING) {
                for (at, _) in text[..end].match_indices(phrase) {
                    let rest = &text[at + phrase.len()..end];
                    if !rest.starts_with(' ') {
                        continue;
                    }
                    let rest = rest.trim_start();
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
        }
        None
    }

    fn is_journalist(&self, i: usize) -> bool {
        self.persons[i]
            .roles
            .iter()
            .any(|r| JOURNALISTS.contains(&r.as_str()))
    }

    /// Whether a person carries a role other than a journalist's (`Cllr`, `the new chair`).
    fn has_office(&self, i: usize) -> bool {
        self.persons[i]
            .roles
            .iter()
            .any(|r| !JOURNALISTS.contains(&r.as_str()))
    }

    /// The person an interview phrase of the introduction names as the one asking.
    fn named_as_interviewer(&self, first_turn: Position) -> Option<usize> {
        let main = self
            .mentions
            .first()
            .filter(|(p, _)| *p < first_turn)
            .map(|(_, i)| *i);
        for part in 0..=first_turn.0.min(1) {
            let text = self.texts[usize::from(part)];
            let end = if part == first_turn.0 {
                words::floor_boundary(text, first_turn.1.min(text.len()))
            } else {
                text.len()
            };
            for (phrase, asking) in ASKING
                .iter()
                .map(|p| (p, true))
                .chain(ANSWERING.iter().map(|p| (p, false)))
            {
                for (at, _) in text[..end].match_indices(phrase) {
                    let after = at + phrase.len();
                    let bounded =
                        text[..at].ends_with(' ') && text[after..].starts_with([' ', ',', '.']);
                    if !bounded {
                        continue;
                    }
                    let from = words::sentence_start(text, at, 0, SENTENCE_BYTES);
                    let to = words::sentence_end(text, after, SENTENCE_BYTES).min(end);
                    let named = |lo: usize, hi: usize| -> Vec<usize> {
                        let a = self.mentions.partition_point(|(p, _)| *p < (part, lo));
                        let b = self.mentions.partition_point(|(p, _)| *p < (part, hi));
                        self.mentions[a..b].iter().map(|(_, i)| *i).collect()
                    };
                    let (before, later) = (named(from, at), named(after, to));
                    let picked = match (before.first(), later.first()) {
                        (None, None) => None,
                        // `She spoke to Niall Breslin`, `Theo Marchetti spoke to us`: the one
                        // person named asks, unless it is the piece's main person.
                        (Some(&only), None) | (None, Some(&only)) => {
                            (Some(only) != main).then_some(only)
                        }
                        (Some(&subject), Some(&object)) => {
                            let object_asks =
                                !asking || (self.has_office(subject) && !self.has_office(object));
                            Some(if object_asks { object } else { subject })
                        }
                    };
                    if picked.is_some() {
                        return picked;
                    }
                }
            }
        }
        None
    }
}
