//! Unnamed speakers an article introduces with an indefinite description (`A nurse at the
//! facility, who sought anonymity, said`, `…, a company spokesman said.`), by where they stand.

use super::super::vocab::PRONOUNS;
use super::organisations::is_document;
use super::*;

/// A description opening a sentence as its subject with no speech verb, with where its
/// sentence ends.
pub(super) type SubjectDescription = (Position, String, usize);

/// How many words a description opening a sentence may run to before its speech verb.
const MAX_DESCRIPTION_WORDS: usize = 12;
/// Most words of a bare description (`one of the complainants`, `a regular`).
const MAX_BARE_DESCRIPTION_WORDS: usize = 4;
/// How many words a description's second description in apposition may run to.
const MAX_APPOSED_WORDS: usize = 16;

/// Whether word `i` opens a sentence.
fn sentence_opens(t: &Tokens, i: usize) -> bool {
    i == 0
        || t.words[i - 1].closes_phrase(t.text) && {
            let raw = t.words[i - 1].raw(t.text);
            raw.ends_with(['.', '!', '?', '"', '”'])
        }
}

/// Prepositions opening a sentence with where or when it happens
/// (`assets/lexicon/scene-prepositions.txt`).
pub(super) static SCENE_PREPOSITIONS: std::sync::LazyLock<HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        lexicon::word_list(include_str!(
            "../../../../assets/lexicon/scene-prepositions.txt"
        ))
    });

/// Most words of a scene-setting phrase opening a sentence (`At the Victoria bus station,`).
const MAX_SCENE_WORDS: usize = 10;

/// Whether word `i` opens the subject after a sentence's scene-setting phrase and its comma
/// (`At the Victoria bus station, a student … said`, `Outside, one fisher …`): the phrase opens
/// with a preposition of place or time and holds no other comma.
fn after_scene(t: &Tokens, i: usize) -> bool {
    if i < 1 || !t.words[i - 1].raw(t.text).ends_with(',') {
        return false;
    }
    // `Outside, one fisher …`: the phrase may be its preposition alone.
    let Some(start) = (i.saturating_sub(MAX_SCENE_WORDS)..i)
        .rev()
        .find(|&k| sentence_opens(t, k))
    else {
        return false;
    };
    t.capital[start]
        && SCENE_PREPOSITIONS.contains(&*t.lower[start])
        && !(start..i - 1).any(|k| t.words[k].raw(t.text).ends_with(','))
}

/// Unnamed speakers introduced at the start of a sentence by an indefinite description that a
/// speech verb follows: `A nurse at the facility, who sought anonymity, said`, `A neighbor who
/// did not want to be named said`. The description runs to its first comma or to the verb.
///
/// Also returns the descriptions that open a sentence as its subject with no speech verb (`An
/// analyst who asked to remain unidentified, discouraged the rumor.`): only a later `he` or
/// `she` goes back to them (with where their sentence ends).
pub(super) fn described_speakers(
    texts: &[Tokens; 2],
    found: &[Found],
) -> (Vec<(Position, String)>, Vec<SubjectDescription>) {
    let mut out = Vec::new();
    let mut subjects = Vec::new();
    for (part, t) in texts.iter().enumerate() {
        let part_u8 = u8::try_from(part).unwrap_or(1);
        let inside = |byte: usize| inside_quote(found, part, byte);
        for i in 0..t.words.len() {
            // `…, a spokesman for one of Spain's major producers said.`: a description after a
            // comma whose verb ends the sentence introduces the speaker too.
            // `But a market committee member, who asked not to be named, said`: a conjunction
            // may open the sentence before the description.
            let after_conjunction = i > 0
                && t.capital[i - 1]
                && sentence_opens(t, i - 1)
                && matches!(&*t.lower[i - 1], "but" | "and" | "yet" | "so");
            let opens = (sentence_opens(t, i) && t.capital[i]) || after_scene(t, i);
            let opens = opens || after_conjunction;
            // `The clinic's nurse in charge said`: a possessive after `the` opens a description
            // of one person too.
            let possessive = opens
                && t.lower[i].as_ref() == "the"
                && t.words.get(i + 1).is_some_and(|w| {
                    let raw = w.raw(t.text);
                    raw.ends_with("'s") || raw.ends_with("’s")
                });
            // `Steve Richards, a supply manager with …, said`: after a name it is an apposition
            // (not after a short name in brackets, `the European Community (EC), a …`).
            let before = t.words.get(i.wrapping_sub(1)).map(|w| w.raw(t.text));
            let named_before = i > 0
                && t.capital[i - 1]
                && !before.is_some_and(|r| r.starts_with('(') || r.starts_with('['));
            let closing = !opens
                && i > 0
                && !t.capital[i]
                && !named_before
                && before.is_some_and(|r| r.ends_with(','));
            if !(opens || closing)
                || t.words[i]
                    .raw(t.text)
                    .starts_with(['"', '“', '‘', '\'', '«', '„'])
                || inside(t.words[i].start)
                || !(matches!(&*t.lower[i], "a" | "an" | "one" | "another") || possessive)
                || t.capital.get(i + 1).is_none()
            {
                continue;
            }
            let mut end = i + 1;
            let mut verb = None;
            let mut sentence_end = None;
            for k in i + 1..t.words.len().min(i + 30) {
                // `who asked not to be identified said`: a verb taking `not` or `to` is no
                // attribution's.
                let complement = t
                    .lower
                    .get(k + 1)
                    .is_some_and(|n| matches!(&**n, "not" | "to"));
                // `And an accompanying press release referred … "as agreed with …"`: after a
                // conjunction or a possessive, a verb inside a quote is no attribution's.
                let quoted = t.words[k]
                    .raw(t.text)
                    .starts_with(['"', '“', '‘', '\'', '«', '„']);
                if quoted && (after_conjunction || possessive) {
                    break;
                }
                if super::vocab::is_speech_verb(&t.lower[k]) && !complement {
                    verb = Some(k);
                    break;
                }
                if t.words[k].raw(t.text).ends_with(['.', '!', '?']) {
                    sentence_end = Some(k);
                    break;
                }
            }
            let Some(verb) = verb else {
                if let Some(e) = sentence_end.filter(|_| !closing) {
                    if let Some(d) = subject_description(t, i, e, possessive) {
                        subjects.push(((part_u8, t.words[i].start), d, t.words[e].end));
                    }
                }
                continue;
            };
            // `But one of the company's strategies is …, he said`: a pronoun before the verb is
            // its subject.
            let pronoun_subject = PRONOUNS.contains(&&*t.lower[verb - 1]);
            if pronoun_subject && (after_conjunction || possessive) {
                continue;
            }
            // `The museum's curator, Jonah Feld, calls …`: a possessive description is one
            // person, and no unnamed one when a name follows it.
            if possessive && !one_person_named_by(t, i, verb, true) {
                continue;
            }
            let ends_sentence = (verb..t.words.len().min(verb + 4))
                .any(|k| t.words[k].raw(t.text).ends_with(['.', '!', '?']));
            // `…, a regular session can be extended only once while …`: after a comma, only a
            // description with a role noun near its start is someone.
            let role_near = (i + 1..verb.min(i + 5)).any(|k| ROLE_NOUNS.contains(&&*t.lower[k]));
            if closing && !(ends_sentence && role_near) {
                continue;
            }
            // `A statement from the embassy described …`: a document is nobody a later `she`
            // could be.
            if (i + 1..verb.min(i + 3 + usize::from(after_conjunction)))
                .any(|k| is_document(&t.lower[k]))
            {
                continue;
            }
            // `A British spokesman said`, `A Chinese Foreign Ministry spokesman told`: capitals
            // after the article may qualify a role noun, which must follow them.
            if t.capital[i + 1] {
                // `A House staff member`: the role noun may follow a lower-case modifier.
                let noun = (i + 1..verb).find(|&k| !t.capital[k]);
                let role = |k: usize| k < verb && ROLE_NOUNS.contains(&&*t.lower[k]);
                if !noun.is_some_and(|k| role(k) || role(k + 1)) {
                    continue;
                }
            }
            while end < verb && end - i < MAX_DESCRIPTION_WORDS {
                if t.words[end - 1].raw(t.text).ends_with(',') {
                    break;
                }
                end += 1;
            }
            // `One of the complainants, a boat operator from Anna Regina, said`: a second
            // description in apposition, set off by commas up to the verb, is part of a bare
            // first one (`A passenger waiting at the stage, a nurse …,` is told by the first).
            let apposed = end < verb
                && end - i <= MAX_BARE_DESCRIPTION_WORDS
                && t.words[end - 1].raw(t.text).ends_with(',')
                && matches!(&*t.lower[end], "a" | "an")
                && t.words[verb - 1].raw(t.text).ends_with(',')
                && verb - end <= MAX_APPOSED_WORDS
                && !(end..verb - 1).any(|k| t.words[k].raw(t.text).ends_with([',', '.', ';']));
            // `One of them, a retired teacher,`: a group that is only a pronoun tells nothing
            // of the speaker, so the apposition alone describes them.
            let mut first = i;
            if apposed {
                let partitive = end - i == 3
                    && &*t.lower[i] == "one"
                    && &*t.lower[i + 1] == "of"
                    && matches!(&*t.lower[i + 2], "them" | "us" | "those" | "these");
                if partitive {
                    first = end;
                }
                end = verb;
            }
            // `A Sydney Water spokeswoman rejected the claim, saying …`: before a participle
            // that reports after a comma, the description ends at its role noun (what follows
            // is its own verb and object).
            let participle =
                t.lower[verb].ends_with("ing") && t.words[verb - 1].raw(t.text).ends_with(',');
            if participle {
                // `A Savings Department spokesman`: the last of the role nouns in a row.
                let role = |k: usize| ROLE_NOUNS.contains(&&*t.lower[k]);
                if let Some(k) = (i + 1..end).find(|&k| role(k)) {
                    end = (k..end).take_while(|&j| role(j)).last().map_or(k, |j| j) + 1;
                }
            }
            let from = t.words[i].start;
            let to = t.words[end - 1].end;
            let opens = t.words[first].start;
            let phrase = t.text[opens..to].trim_end_matches(|c: char| !c.is_alphanumeric());
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
            // `a kenkey seller who gave her name only as Auntie Esi said`, `One trader, who
            // only gave his name as Musa, said`: the name the description gives.
            // `A regular, a retired taxi driver who gave only his surname, Chan, said`: the
            // name may be given in an apposition before the verb.
            let before_verb = &t.text[from..t.words[verb].start];
            let given = super::described::name_given_within(before_verb)
                .or_else(|| super::described::name_given_after(t.text, opens + phrase.len()));
            if let Some(name) = given {
                out.push(((part_u8, from), name));
                continue;
            }
            let mut d = phrase.to_string();
            if let Some(c) = d.get(..1) {
                d.replace_range(..1, &c.to_lowercase());
            }
            out.push(((part_u8, from), d));
        }
    }
    (out, subjects)
}

/// The description opening a sentence (words `i` to `end`) as its subject with no speech
/// verb: a role noun within its first words, the description running to its first comma or
/// else ending at that noun (`A resident who sells vetkoek near the clinic disputed that.` ->
/// `a resident`), in lower case.
/// Whether word `k` is a description's head noun: a role noun in lower case, or (`Outside, one
/// fisher, a woman in her sixties, was unimpressed.`) a doer's noun right after the indefinite
/// article and closed by a comma, whether or not the role list knows it.
fn head_noun(t: &Tokens, i: usize, k: usize, possessive: bool) -> bool {
    let lower = &*t.lower[k];
    !t.capital[k]
        && (ROLE_NOUNS.contains(&lower)
            || (!possessive
                && k == i + 1
                && t.words[k].raw(t.text).ends_with(',')
                && super::vocab::is_agent_noun(lower)))
}

fn subject_description(t: &Tokens, i: usize, end: usize, possessive: bool) -> Option<String> {
    if !one_person_named_by(t, i, end, possessive) {
        return None;
    }
    let role = |k: usize| head_noun(t, i, k, possessive);
    let head = (i + 1 + usize::from(possessive)..end.min(i + 5)).find(|&k| role(k))?;
    // `A Sydney Water spokesman`: the last of the role nouns in a row.
    let head = (head..end).take_while(|&k| role(k)).last().unwrap_or(head);
    let comma =
        (i..end.min(i + MAX_DESCRIPTION_WORDS)).find(|&k| t.words[k].raw(t.text).ends_with(','));
    let mut last = comma.filter(|&c| c >= head).unwrap_or(head);
    // `one fisher, a woman in her sixties mending a net on the quay, was …`: a second
    // description in apposition up to the next comma is part of it, as before a speech verb.
    if comma == Some(head)
        && t.lower
            .get(head + 1)
            .is_some_and(|w| matches!(&**w, "a" | "an"))
    {
        if let Some(c) = (head + 2..end.min(head + 2 + MAX_APPOSED_WORDS))
            .find(|&k| t.words[k].raw(t.text).ends_with(','))
        {
            last = c;
        }
    }
    let from = t.words[i].start;
    let to = t.words[last].end;
    let phrase = t.text[from..to].trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut d = phrase.to_string();
    if let Some(c) = d.get(..1) {
        d.replace_range(..1, &c.to_lowercase());
    }
    Some(d)
}

/// Whether the words from `i` to `end` open with a description of one unnamed person: its role
/// noun (after the possessive, when `possessive`) is singular and no group's, and no name
/// stands in apposition after its first comma (`The museum's curator, Jonah Feld,`).
fn one_person_named_by(t: &Tokens, i: usize, end: usize, possessive: bool) -> bool {
    let from = i + 1 + usize::from(possessive);
    let role = |k: usize| head_noun(t, i, k, possessive);
    let Some(head) = (from..end.min(from + 4)).find(|&k| role(k)) else {
        return false;
    };
    let head = (head..end).take_while(|&k| role(k)).last().unwrap_or(head);
    let singular = !t.lower[head].ends_with('s') && !GROUP_NOUNS.contains(&&*t.lower[head]);
    let comma = (i..end).find(|&k| t.words[k].raw(t.text).ends_with(','));
    let named = comma.is_some_and(|c| t.capital.get(c + 1).copied().unwrap_or(false));
    singular && !named
}

impl People<'_> {
    /// The description that opened a sentence as its subject, with no speech verb, after
    /// `since` and before `pos`, when it is nearer than any speaking description.
    pub(super) fn subject_description_since(
        &self,
        pos: Position,
        since: Option<Position>,
    ) -> Option<String> {
        let idx = self
            .subject_descriptions
            .partition_point(|(p, _, _)| *p < pos);
        let (at, d, end) = self.subject_descriptions.get(idx.checked_sub(1)?)?;
        let speaking = self.descriptions.partition_point(|(p, _)| *p < pos);
        let nearer = speaking == 0 || self.descriptions[speaking - 1].0 < *at;
        // `An analyst …, discouraged the Pickens rumor.`: a name inside the description's own
        // sentence is no later subject.
        let after = |s: Position| *at > s || (s.0 == at.0 && s.1 < *end);
        // Only the next paragraph's pronoun goes back to it, none further.
        let near = at.0 == pos.0
            && self.texts[usize::from(pos.0.min(1))]
                .get(*end..pos.1)
                .is_some_and(|between| between.matches("\n\n").count() <= 1);
        (nearer && near && since.is_none_or(after)).then(|| d.clone())
    }
}
