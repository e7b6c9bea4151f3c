//! Descriptions that point back to what the article introduced: `the statement said` is
//! whoever issued `a statement`, `the Sunshine Mining official` the person the article tied to
//! Sunshine Mining.

use super::*;

/// How far back the indefinite mention of a document is looked for, in bytes.
const DOCUMENT_BYTES: usize = 3000;
/// How far around a person's mention the employer's name may stand, in bytes.
const EMPLOYER_BYTES: usize = 120;

impl People<'_> {
    /// Who issued the document a definite description names (`the statement`, `the letter`):
    /// the subject of the speech verb in the latest sentence that mentions `a statement`
    /// (`Renault President Raymond Levy said in a statement …`, `The company said in a
    /// statement …`), in the same part and then in the lead.
    pub(super) fn author_of(
        &self,
        noun: &str,
        pos: Position,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        let parts: &[u8] = if pos.0 == 0 { &[0] } else { &[1, 0] };
        for &part in parts {
            let text = self.texts[usize::from(part.min(1))];
            let end = if part == pos.0 { pos.1 } else { text.len() };
            let end = words::floor_boundary(text, end.min(text.len()));
            let from = words::floor_boundary(text, end.saturating_sub(DOCUMENT_BYTES));
            // ASCII lower-casing keeps byte offsets.
            let window = text[from..end].to_ascii_lowercase();
            let Some(at) = indefinite_mention(&window, noun) else {
                continue;
            };
            let at = from + at;
            // `read out a statement on behalf of Odhiambo`, `a letter from Mayor Jane Cole`:
            // whom the document is from.
            if let Some(found) = self.document_sender(text, at, noun, part, last) {
                return Some(found);
            }
            // `said in a statement`, `issued a statement`: the document is how the subject
            // spoke, not the subject itself (`…, a statement issued by the Paris Club said`).
            let previous = text[..at].split_whitespace().next_back().unwrap_or("");
            if !matches!(
                previous.to_ascii_lowercase().as_str(),
                "in" | "issued" | "released" | "through" | "via"
            ) {
                return None;
            }
            let start = words::sentence_start(text, at, 0, 600);
            let stop = words::sentence_end(text, at, 600).min(end.max(at));
            let sentence = text.get(start..stop)?;
            let (a, b) = super::super::attribution::reported_subject(sentence)?;
            let phrase = before_bracket(&sentence[a..b]);
            let first = phrase.split_whitespace().next().unwrap_or("");
            // The subject is the document itself (`a statement … said`): no author named.
            if phrase.to_ascii_lowercase().contains(noun) || first.is_empty() {
                return None;
            }
            let (name, person, how) = self.resolve_phrase(phrase, (part, start + a), last)?;
            return (how != Attribution::None).then_some((name, person, Attribution::Resolved));
        }
        None
    }

    /// The sender a document's indefinite mention at `at` names after it: `a statement on
    /// behalf of Odhiambo`, `a letter from Mayor Jane Cole`, `a note by the analyst`.
    fn document_sender(
        &self,
        text: &str,
        at: usize,
        noun: &str,
        part: u8,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        let article = if text[at..].starts_with(['a', 'A']) && text[at + 1..].starts_with(' ') {
            2
        } else {
            3
        };
        let after_noun = at + article + noun.len();
        let rest = text.get(after_noun..)?;
        let lower = rest.to_ascii_lowercase();
        let prep = [" on behalf of ", " from ", " by "]
            .into_iter()
            .find(|p| lower.starts_with(p))?;
        let start = after_noun + prep.len();
        let clause = &text[start..words::sentence_end(text, start, 300).max(start)];
        let ws = words(clause, 16);
        let (a, b) = super::super::attribution::name_after(clause, &ws, 0)?;
        let phrase = before_bracket(&clause[a..b]);
        // A name only: `a statement from the ministry`, `a report from U.S. intelligence
        // agencies` are left to the organisation rules.
        let named = phrase.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "and" | "the")
        });
        if !phrase.starts_with(char::is_uppercase) || !named {
            return None;
        }
        let (name, person, how) = self.resolve_phrase(phrase, (part, start + a), last)?;
        (how != Attribution::None).then_some((name, person, Attribution::Resolved))
    }

    /// The person the article tied to an employer (`Mike Boswell chairman of Sunshine Mining
    /// Co` for `the Sunshine Mining official`): the latest mentioned before `pos` whose mention
    /// has the employer's name close by.
    pub(super) fn employee_of(&self, employer: &str, pos: Position) -> Option<usize> {
        let idx = self.mentions.partition_point(|(p, _)| *p < pos);
        let employer_words: Vec<String> =
            employer.split_whitespace().map(str::to_lowercase).collect();
        self.mentions[..idx]
            .iter()
            .rev()
            .take(64)
            // A full name that is not the employer's own (`Sunshine Mining` met as a run),
            // opening with a given name or met with a role.
            .filter(|(_, i)| {
                let p = &self.persons[*i];
                !p.lower.iter().any(|w| employer_words.contains(w))
                    && ((p.tokens.len() >= 2 && lexicon::given_name(&p.lower[0]).is_some())
                        || p.roles
                            .iter()
                            .any(|r| is_title(r) || ROLE_NOUNS.contains(&r.as_str())))
            })
            .find(|((part, byte), i)| {
                let text = self.texts[usize::from((*part).min(1))];
                // In the mention's own sentence, joined to the name by role words only.
                let at = words::floor_boundary(text, *byte);
                let lo = words::sentence_start(text, at, 0, EMPLOYER_BYTES);
                let hi = words::sentence_end(text, at, EMPLOYER_BYTES);
                text[lo..hi].match_indices(employer).any(|(k, _)| {
                    let (start, end) = (lo + k, lo + k + employer.len());
                    let gap = if start > at {
                        text.get(at..start)
                    } else {
                        text.get(end..at)
                    };
                    gap.is_some_and(|g| only_role_words(g, &self.persons[*i].lower))
                })
            })
            .map(|(_, i)| *i)
    }
}

/// Whether the words between a name and its employer are role words (`chairman of`, `,
/// economist at`), the name's own words aside: five at most, none capitalised.
fn only_role_words(gap: &str, name: &[String]) -> bool {
    let others: Vec<&str> = gap
        .split_whitespace()
        .filter(|w| {
            let core = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            !core.is_empty() && !name.contains(&core)
        })
        .collect();
    others.len() <= MAX_ROLE_WORDS && others.iter().all(|w| !w.starts_with(char::is_uppercase))
}

/// The most words a role may have between a name and its employer.
const MAX_ROLE_WORDS: usize = 5;

/// Where the latest `a <noun>` / `an <noun>` stands in a lower-cased window, as whole words.
fn indefinite_mention(window: &str, noun: &str) -> Option<usize> {
    let bytes = window.as_bytes();
    let mut best = None;
    for article in ["a ", "an "] {
        let needle = format!("{article}{noun}");
        for (i, _) in window.match_indices(&needle) {
            let before_ok = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
            let after_ok = bytes
                .get(i + needle.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric());
            if before_ok && after_ok {
                best = best.max(Some(i));
            }
        }
    }
    best
}

/// Phrases after a description that give the name its person went by, longest first.
static NAME_GIVING: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let mut phrases: Vec<&str> = lexicon::word_list(include_str!(
        "../../../../assets/lexicon/name-giving-phrases.txt"
    ))
    .into_iter()
    .collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    phrases
});

/// How far the description's modifier may run before the name-giving clause, in bytes.
const MODIFIER_BYTES: usize = 80;
/// Most words of a name given after a description.
const MAX_GIVEN_NAME_WORDS: usize = 3;

/// `said a shopkeeper near the bazaar, who gave his name only as Gul Khan`: the name the
/// described person went by, in the words right after the description ending at `end`.
pub(super) fn name_given_after(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    // The description may go on (`near the market`) up to the comma that opens the clause.
    let comma = rest.find(',').filter(|&i| i <= MODIFIER_BYTES)?;
    if rest[..comma].contains(['.', '"', '“', '”', ';']) {
        return None;
    }
    let rest = &rest[comma..];
    let phrase = NAME_GIVING.iter().find(|p| {
        rest.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
    })?;
    name_at_start(&rest[phrase.len()..])
}

/// `a kenkey seller who gave her name only as Auntie Esi`: the name a description gives its
/// person inside itself, with no comma before the clause.
pub(super) fn name_given_within(description: &str) -> Option<String> {
    let lower = description.to_ascii_lowercase();
    NAME_GIVING.iter().find_map(|p| {
        let bare = p.trim_start_matches(',').trim_end_matches(',').trim();
        let at = lower.find(&format!(" {bare}"))?;
        // `who gave only his surname, Chan,`: the name after the phrase and its comma.
        let rest = description.get(at + bare.len() + 1..)?;
        if !rest.starts_with([' ', ',']) {
            return None;
        }
        name_at_start(rest.trim_start_matches([',', ' ']))
    })
}

/// The capitalised words opening `rest`, up to `MAX_GIVEN_NAME_WORDS` and the first
/// punctuation.
fn name_at_start(rest: &str) -> Option<String> {
    let mut name = Vec::new();
    for w in rest.split_whitespace().take(MAX_GIVEN_NAME_WORDS) {
        let core = w.trim_end_matches([',', '.', ';', ':', '"', '”', '’', '\'']);
        if !core.starts_with(char::is_uppercase) {
            break;
        }
        name.push(core);
        if core.len() < w.len() {
            break;
        }
    }
    // `Auntie Esi`: a form of address before the name is no part of it.
    let titles = name
        .iter()
        .take(name.len().saturating_sub(1))
        .take_while(|w| lexicon::is_speaker_title(&w.to_lowercase()))
        .count();
    (name.len() > titles).then(|| name[titles..].join(" "))
}
