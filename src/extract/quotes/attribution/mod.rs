//! Attributions: the `he said` / `said Zelensky` / `according to X` clause that ties a quote to
//! its speaker. Each parser looks at a bounded window beside the quote, so the passes stay
//! linear however long a paragraph is.

use super::vocab::{self, DETERMINERS, PHRASE_STOPS, ROLE_NOUNS, TITLES};
use super::words::{Word, is_dash, sentence_end, words};

mod appositions;
mod clause_subjects;
mod described;
mod foreign;
mod phrase;
mod reported;
mod subject;
#[cfg(test)]
mod twentythird_tests;

pub use foreign::pronoun_sex as foreign_pronoun_sex;
pub use phrase::name_after;
pub use reported::reported_subject;
pub use subject::subject_before;

/// How far past a quote an attribution may run, in bytes.
const AFTER_WINDOW: usize = 240;
/// How many words a subject may have before its verb (`a spokesman for the ministry`).
pub(super) const MAX_SUBJECT_WORDS: usize = 8;

/// A speaker phrase found in a window, as a byte range into that window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    pub speaker_start: usize,
    pub speaker_end: usize,
    /// Where the attribution's sentence ends (for closing unmarked speech).
    pub clause_end: usize,
    /// The speech verb, for telling strong closers from weak ones.
    pub verb_closes_speech: bool,
    /// The verb is followed by an opening quotation mark (`Smith said, "…"`) or by a clause of
    /// its own (`Smith said he …`): after a quote that ended its sentence, it introduces what
    /// follows rather than closing this one.
    pub introduces_next: bool,
}

impl Attribution {
    /// An attribution closing the words before it (`, said X.`), introducing nothing after.
    fn closing(
        (speaker_start, speaker_end): (usize, usize),
        clause_end: usize,
        verb_closes_speech: bool,
    ) -> Self {
        Attribution {
            speaker_start,
            speaker_end,
            clause_end,
            verb_closes_speech,
            introduces_next: false,
        }
    }
}

/// Parses an attribution at the start of `s` (the text right after a closing quotation mark or
/// a closing dash): `, he said.`, `, - said President X on Saturday.`, `X told Reuters.`,
/// `according to X`.
pub fn after(s: &str) -> Option<Attribution> {
    let skip = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || is_dash(c))
            .len();
    let clause_end = sentence_end(s, skip, AFTER_WINDOW);
    let clause = &s[..clause_end];
    let ws: Vec<Word> = words(&clause[skip..], 14)
        .into_iter()
        .map(|w| Word {
            start: w.start + skip,
            end: w.end + skip,
        })
        .collect();
    let first = *ws.first()?;
    let first_lower = first.lower(clause);
    if first_lower == "according" && ws.get(1).is_some_and(|w| w.lower(clause) == "to") {
        let (a, b) = name_after(clause, &ws, 2)?;
        return Some(Attribution {
            speaker_start: a,
            speaker_end: b,
            clause_end,
            verb_closes_speech: true,
            introduces_next: false,
        });
    }
    // `"igniting," as Reuters reported, "fears of …"`: an `as` clause names the source.
    if first_lower == "as" && !first.closes_phrase(clause) {
        let next = ws.get(1)?.start;
        let inner = after(&s[next..])?;
        // The `as` clause ends at its comma: a quote after it is a quote of its own.
        let speaker_end = next + inner.speaker_end;
        let own_end = s[speaker_end..clause_end]
            .find([',', '"', '“'])
            .map_or(clause_end, |i| speaker_end + i);
        return (speaker_end <= clause_end).then_some(Attribution {
            speaker_start: next + inner.speaker_start,
            speaker_end,
            clause_end: own_end,
            ..inner
        });
    }
    if vocab::is_speech_verb(&first_lower) {
        if first.closes_phrase(clause) && !first.raw(clause).ends_with(',') {
            return None;
        }
        let (a, b) = name_after(clause, &ws, 1)?;
        return Some(Attribution {
            speaker_start: a,
            speaker_end: b,
            clause_end,
            verb_closes_speech: vocab::closes_speech(&first_lower),
            introduces_next: false,
        });
    }
    // `"Stay indoors." — Gov. Teresita Alcaraz, on Facebook.`: a dash, then a name and no
    // verb, signs the words like a letter.
    if s[..skip].chars().any(is_dash) && !ws.iter().any(|w| vocab::is_speech_verb(&w.lower(clause)))
    {
        if let Some(speaker) = signed_name(clause, &ws) {
            return Some(Attribution::closing(speaker, clause_end, true));
        }
    }
    // Other languages put the verb first after a quote: `« … », a souligné la maire, Anne
    // Guérin.`, `„…“, sagte Bürgermeisterin Anna Schmidt.`
    if let Some((speaker, verb)) = foreign::verb_first(clause, &ws) {
        // `…, selon le maire.` closes reported speech, not a quote without marks.
        return Some(Attribution::closing(speaker, clause_end, verb));
    }
    // Subject first: `he said`, `the Ukrainian president said`, `Smith, 45, told Reuters`.
    let limit = ws.len().min(MAX_SUBJECT_WORDS + 4);
    for k in 1..limit {
        let verb = ws[k].lower(clause);
        // `"Tomorrow evening," she repeated.`: a verb of saying again, right after the quote.
        let echo = k <= 3 && vocab::is_echo_verb(&verb) && !ws[k].is_capitalized(clause);
        if is_verb_at(clause, &ws, k) || echo {
            // `"…." Marie-Louise Iapson called the minister's words "cheap talk".`: a verb
            // that judges its object, with a quote later in its clause, introduces that quote.
            let judges_quote_ahead = !vocab::closes_speech(&verb)
                && clause
                    .get(ws[k].end..clause_end)
                    .is_some_and(|rest| rest.contains(['"', '“', '„', '«']));
            let introduces_next =
                introduces_quote(s, ws[k]) || opens_clause(clause, &ws, k) || judges_quote_ahead;
            let (a, b) = subject_before(clause, &ws[..k])?;
            // The subject must open the clause: nothing but the subject between mark and verb,
            // or a lower-case word or two of it the walk left out (`managing director X`).
            let gap = clause[ws[0].start..a.max(ws[0].start)].trim_end();
            let role_first = words(&clause[a..b], 1).first().is_some_and(|w| {
                let l = w.lower(&clause[a..b]);
                ROLE_NOUNS.contains(&l.as_str()) || TITLES.contains(&l.as_str())
            });
            let leftover = role_first
                && gap.split_whitespace().count() <= 2
                && gap
                    .chars()
                    .all(|c| c.is_lowercase() || c == ' ' || c == '-')
                && !gap
                    .split_whitespace()
                    .any(|w| PHRASE_STOPS.contains(&w) || DETERMINERS.contains(&w));
            // `"…," an aide to Chirac told reporters`: a description with a short
            // prepositional phrase after its head opens the clause.
            let (a, b) = match appositions::described_with_modifier(clause, &ws[..k]) {
                Some(found) if ws[0].start < a => found,
                _ => named_before_description(clause, &ws[..k], (a, b)).unwrap_or((a, b)),
            };
            let leftover = leftover || (role_first && described::role_leftover(gap));
            if ws[0].start < a && !gap.ends_with(',') && !leftover {
                return None;
            }
            return Some(Attribution {
                speaker_start: a,
                speaker_end: b,
                clause_end,
                verb_closes_speech: vocab::closes_speech(&verb),
                introduces_next,
            });
        }
        if ws[k - 1].closes_phrase(clause) && !ws[k - 1].raw(clause).ends_with(',') {
            return None;
        }
    }
    None
}

/// The name signing a quote after a dash: a proper name of up to four words, titles before it
/// allowed (`Gov. Teresita Alcaraz`), closed by a comma, a stop or the clause's end.
fn signed_name(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let end = ws
        .iter()
        .take(6)
        .position(|w| w.closes_phrase(s))
        .map_or(ws.len(), |i| i + 1);
    let name = ws.get(..end)?;
    if name.is_empty()
        || name.len() > 6
        || !(phrase::is_proper(s, name) || phrase::titled_name(s, name))
    {
        return None;
    }
    Some(phrase::trim_phrase(s, name[0].start, name[end - 1].end))
}

/// `Kenneth Leung, a Smith Barney analyst said`: an indefinite description in apposition to
/// the name opening the clause (its closing comma left out) describes that person, who is the
/// subject.
fn named_before_description(
    s: &str,
    ws: &[Word],
    (a, _): (usize, usize),
) -> Option<(usize, usize)> {
    let j = ws.iter().position(|w| w.start >= a)?;
    let indefinite = matches!(ws[j].lower(s).as_str(), "a" | "an" | "one" | "another");
    let name = &ws[..j];
    if indefinite
        && (2..=4).contains(&name.len())
        && name[j - 1].raw(s).ends_with(',')
        && phrase::is_proper(s, name)
    {
        return Some(phrase::trim_phrase(s, name[0].start, name[j - 1].end));
    }
    role_after_name(s, ws)
}

/// `Richard Jacob, Day chairman and chief executive officer said`: a role without an article
/// in apposition to the name opening the clause (its closing comma left out) describes that
/// person: a name of two to four words closed by a comma, then up to eight words holding a
/// role noun, none closing the phrase.
fn role_after_name(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let comma = ws.iter().position(|w| w.closes_phrase(s))?;
    let (name, role) = (&ws[..=comma], &ws[comma + 1..]);
    let fits = (2..=4).contains(&name.len())
        && name[comma].raw(s).ends_with(',')
        && phrase::is_proper(s, name)
        && (1..=MAX_SUBJECT_WORDS).contains(&role.len())
        && !role.iter().any(|w| w.closes_phrase(s))
        && !DETERMINERS.contains(&role[0].lower(s).as_str())
        && role.iter().any(|w| {
            let l = w.lower(s);
            ROLE_NOUNS.contains(&l.as_str()) || TITLES.contains(&l.as_str())
        });
    fits.then(|| phrase::trim_phrase(s, name[0].start, name[comma].end))
}

/// `"He gets to share in the upside." Another arbitrageur said he expects …`: a speech verb
/// followed by `that`, a subject pronoun or `there` reports a clause of its own; after a quote
/// that ended its sentence it opens new reported speech rather than closing that quote.
fn opens_clause(s: &str, ws: &[Word], k: usize) -> bool {
    // `A government spokesman said later that …`: an adverb the subject may also carry
    // (`later`, `again`, `publicly`) can stand between the verb and its clause.
    let k = match ws.get(k + 1) {
        Some(w)
            if !ws[k].closes_phrase(s)
                && !w.is_capitalized(s)
                && vocab::VERB_FILLERS.contains(&w.lower(s).as_str()) =>
        {
            k + 1
        }
        _ => k,
    };
    !ws[k].closes_phrase(s)
        && ws.get(k + 1).is_some_and(|w| {
            matches!(
                w.lower(s).as_str(),
                "that" | "he" | "she" | "they" | "it" | "we" | "there"
            )
        })
}

/// Whether a speech verb is followed (after an optional `,` or `:`) by an opening quotation
/// mark: it introduces the quote after it, not the one before.
fn introduces_quote(s: &str, verb: Word) -> bool {
    let raw = verb.raw(s);
    if !raw.ends_with([',', ':']) {
        return false;
    }
    s.get(verb.end..)
        .is_some_and(|rest| rest.trim_start().starts_with(['"', '“', '„', '«']))
}

/// Whether word `k` is a speech verb: a capitalised one inside a sentence is part of a name
/// (`the United States`, `Says Who`), not a verb; one after an article or a possessive is a
/// noun.
fn is_verb_at(s: &str, ws: &[Word], k: usize) -> bool {
    let lower = ws[k].lower(s);
    let phrasal = !ws[k].closes_phrase(s)
        && ws
            .get(k + 1)
            .is_some_and(|next| vocab::is_phrasal_speech_verb(&lower, &next.lower(s)));
    // `"…," the statement read.`: reading is saying only for a document's words.
    let read = matches!(lower.as_str(), "read" | "reads")
        && k > 0
        && !ws[k - 1].closes_phrase(s)
        && vocab::is_document(&ws[k - 1].lower(s));
    (vocab::is_speech_verb(&lower) || phrasal || read)
        && !(k > 0 && ws[k].is_capitalized(s) && !ws[k - 1].closes_phrase(s))
        // `the accused had made`, `his reply`: after an article or a possessive it is a noun.
        && !(k > 0
            && !ws[k - 1].closes_phrase(s)
            && matches!(
                ws[k - 1].lower(s).as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
            ))
}

/// How many words back the nearest speech verb stands in `s` (the sentence before a quoted
/// phrase), when it is at most `max_gap` words back: `said his side would not make "…"`. The
/// verb need not have a subject the parser can read (`Smith on Friday said`).
pub fn speech_verb_gap(s: &str, max_gap: usize) -> Option<usize> {
    let ws = super::words::last_words(s, max_gap + 1);
    let n = ws.len();
    (0..n)
        .rev()
        .find(|&k| {
            let l = ws[k].lower(s);
            vocab::is_speech_verb(&l) || vocab::REPORTING_FORMS.contains(&l.as_str())
        })
        .map(|k| n - k - 1)
}

/// An attribution closing the sentence a quoted phrase stands in: `had another "exceptional
/// year" in 1986 with …, the Chamber of Mines said.` Returns the speaker range as offsets into
/// `s` (the text after the closing mark) and the sentence end.
pub fn sentence_final(s: &str) -> Option<Attribution> {
    let end = sentence_end(s, 0, AFTER_WINDOW);
    let sentence = &s[..end];
    // Another quotation before the sentence ends belongs to its own attribution.
    if sentence.contains(['"', '“', '”', '«', '„']) {
        return None;
    }
    let comma = sentence.rfind(", ")?;
    let found = after(&sentence[comma..])?;
    Some(Attribution {
        speaker_start: comma + found.speaker_start,
        speaker_end: comma + found.speaker_end,
        clause_end: end,
        verb_closes_speech: found.verb_closes_speech,
        introduces_next: false,
    })
}

/// Finds the speech verb that governs a quotation opening right after `s` (the sentence so
/// far): `X said: `, `X said that ... a time of `, `According to X, `. Returns the speaker and
/// whether the verb stands right before the quote (`said "`, `told reporters: "`).
pub fn before(s: &str) -> Option<(Attribution, usize)> {
    let ws = super::words::last_words(s, 40);
    let n = ws.len();
    for k in (0..n).rev() {
        let lower = ws[k].lower(s);
        if lower == "according" && ws.get(k + 1).is_some_and(|w| w.lower(s) == "to") {
            let (a, b) = name_after(s, &ws, k + 2)?;
            return Some((
                Attribution {
                    speaker_start: a,
                    speaker_end: b,
                    clause_end: s.len(),
                    verb_closes_speech: true,
                    introduces_next: false,
                },
                n - k,
            ));
        }
        // `A senior police official said … in Bajaur, adding that the suspects were "…"`: a
        // participle after a comma has no subject of its own; the main verb's is the speaker,
        // and with no main speech verb the speaker is left to the sentence's subject.
        if lower.ends_with("ing") && k > 0 && ws[k - 1].raw(s).ends_with(',') {
            continue;
        }
        if is_verb_at(s, &ws, k) {
            // A verb without a subject of its own (`the allies had promised`) may sit inside
            // speech reported by an earlier verb: keep looking back.
            // `accused the White House of "…"`, `told reporters`, `saying they "…"`: after a
            // participle or a verb that takes an object, the next name is not the speaker.
            // `said his players had "…"`: before a quote, only a capitalised name after the
            // verb can be its speaker (`said Smith: "…"`); anything else opens what was said.
            let participle =
                vocab::takes_object(&lower) || !ws.get(k + 1).is_some_and(|w| w.is_capitalized(s));
            let Some((a, b)) = subject_before(s, &ws[..k])
                .or_else(|| (!participle).then(|| name_after(s, &ws, k + 1)).flatten())
                .or_else(|| subject::coordinated_subject(s, &ws[..k]))
                .or_else(|| subject::relative_subject(s, &ws[..k]))
            else {
                continue;
            };
            return Some((
                Attribution {
                    speaker_start: a,
                    speaker_end: b,
                    clause_end: s.len(),
                    verb_closes_speech: vocab::closes_speech(&lower),
                    introduces_next: false,
                },
                n - k - 1,
            ));
        }
    }
    None
}
