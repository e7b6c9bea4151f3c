//! Attributions: the `he said` / `said Zelensky` / `according to X` clause that ties a quote to
//! its speaker. Each parser looks at a bounded window beside the quote, so the passes stay
//! linear however long a paragraph is.

use super::vocab::{
    self, DETERMINERS, PHRASE_STOPS, PRONOUNS, ROLE_ADJECTIVES, ROLE_NOUNS, TITLES, VERB_FILLERS,
    WEEKDAYS_MONTHS,
};
use super::words::{Word, is_dash, sentence_end, words};

/// How far past a quote an attribution may run, in bytes.
const AFTER_WINDOW: usize = 240;
/// How many words a subject may have before its verb (`a spokesman for the ministry`).
const MAX_SUBJECT_WORDS: usize = 8;

/// A speaker phrase found in a window, as a byte range into that window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    pub speaker_start: usize,
    pub speaker_end: usize,
    /// Where the attribution's sentence ends (for closing unmarked speech).
    pub clause_end: usize,
    /// The speech verb, for telling strong closers from weak ones.
    pub verb_closes_speech: bool,
    /// The verb is followed by an opening quotation mark (`Smith said, "…"`): after a quote
    /// that ended its sentence, it introduces the next quote rather than closing this one.
    pub introduces_next: bool,
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
    // Subject first: `he said`, `the Ukrainian president said`, `Smith, 45, told Reuters`.
    let limit = ws.len().min(MAX_SUBJECT_WORDS + 4);
    for k in 1..limit {
        let verb = ws[k].lower(clause);
        if vocab::is_speech_verb(&verb) {
            let introduces_next = introduces_quote(s, ws[k]);
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
        if vocab::is_speech_verb(&lower) {
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

/// The speaker phrase after a verb-first attribution: `said President X on Saturday` -> `President X`.
pub fn name_after(s: &str, ws: &[Word], from: usize) -> Option<(usize, usize)> {
    let mut taken: Vec<Word> = Vec::new();
    for &w in ws.iter().skip(from).take(MAX_SUBJECT_WORDS) {
        let lower = w.lower(s);
        if lower.is_empty() {
            break;
        }
        let first_char_upper = w.is_capitalized(s);
        let allowed = if first_char_upper {
            !WEEKDAYS_MONTHS.contains(&lower.as_str())
        } else {
            !PHRASE_STOPS.contains(&lower.as_str())
                && (DETERMINERS.contains(&lower.as_str())
                    || lower == "of"
                    || lower == "for"
                    || ROLE_NOUNS.contains(&lower.as_str())
                    || TITLES.contains(&lower.as_str())
                    || ROLE_ADJECTIVES.contains(&lower.as_str())
                    || vocab::NAME_PARTICLES.contains(&lower.as_str())
                    || (!taken.is_empty() && (lower.ends_with("'s") || lower.ends_with("’s")))
                    || (taken.is_empty() && PRONOUNS.contains(&lower.as_str())))
        };
        if !allowed {
            break;
        }
        // `said Reuters` vs `said Smith's office`: both fine; a raw that opens a quote is not.
        if w.raw(s).starts_with(['"', '“', '„', '«', '‘']) {
            break;
        }
        taken.push(w);
        if w.closes_phrase(s) {
            break;
        }
    }
    while let Some(last) = taken.last() {
        let l = last.lower(s);
        if DETERMINERS.contains(&l.as_str()) || l == "of" || l == "for" {
            taken.pop();
        } else {
            break;
        }
    }
    let first = *taken.first()?;
    let last = *taken.last()?;
    // `according to the committee chair, Daniel Hughes,`: a description followed by the name
    // in apposition gives the name.
    if last.raw(s).ends_with(',') && !is_proper(s, &taken) {
        let next = ws
            .iter()
            .position(|w| w.start > last.start)
            .unwrap_or(ws.len());
        if let Some(found) = appositive_name(s, &ws[next.min(ws.len())..]) {
            return Some(found);
        }
    }
    Some(trim_phrase(s, first.start, last.end))
}

/// A proper name standing in apposition at the start of `ws`: one to four capitalised words
/// (name particles allowed) closed by a comma or a sentence stop.
fn appositive_name(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let mut end = None;
    for (i, w) in ws.iter().enumerate().take(4) {
        let lower = w.lower(s);
        let capital = w.is_capitalized(s);
        if w.raw(s).starts_with(['"', '“', '„', '«', '‘']) || lower.is_empty() {
            return None;
        }
        if !(capital || (i > 0 && vocab::NAME_PARTICLES.contains(&lower.as_str()))) {
            return None;
        }
        if w.closes_phrase(s) {
            let trail = super::words::trailing_punct(w.raw(s));
            if !trail.starts_with([',', '.', ';']) {
                return None;
            }
            end = Some(i + 1);
            break;
        }
    }
    let end = end?;
    let name = &ws[..end];
    is_proper(s, name).then(|| trim_phrase(s, name[0].start, name[end - 1].end))
}

/// Whether words are a proper name (`Clara Jensen`), not a description (`The museum's
/// director`, `the Spaniard`): capitalised, no determiner, no weekday, no possessive.
fn is_proper(s: &str, ws: &[Word]) -> bool {
    let Some(first) = ws.first() else {
        return false;
    };
    first.is_capitalized(s)
        && ws.iter().all(|w| {
            let lower = w.lower(s);
            (w.is_capitalized(s) || vocab::NAME_PARTICLES.contains(&lower.as_str()))
                && !DETERMINERS.contains(&lower.as_str())
                && !WEEKDAYS_MONTHS.contains(&lower.as_str())
                && !PRONOUNS.contains(&lower.as_str())
                && !TITLES.contains(&lower.as_str())
                && !lower.ends_with("'s")
                && !lower.ends_with("’s")
        })
}

/// Role words or titles followed by a proper name: `Mrs Lorraine Fisher`, `retired teacher
/// Brendan Walsh`.
fn titled_name(s: &str, ws: &[Word]) -> bool {
    let name_start = ws
        .iter()
        .rposition(|w| {
            let lower = w.lower(s);
            !w.is_capitalized(s)
                || TITLES.contains(&lower.as_str())
                || DETERMINERS.contains(&lower.as_str())
        })
        .map_or(0, |k| k + 1);
    name_start > 0
        && name_start < ws.len()
        && is_proper(s, &ws[name_start..])
        && ws[..name_start].iter().all(|w| {
            let lower = w.lower(s);
            !DETERMINERS.contains(&lower.as_str()) && !PRONOUNS.contains(&lower.as_str())
        })
}

/// The subject written before a speech verb, walking back from the verb: `he`, `Zelensky`,
/// `the Ukrainian president`, `a spokesman for the ministry`, `Smith, the minister,` -> `Smith`.
pub fn subject_before(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let mut end = ws.len();
    while end > 0
        && VERB_FILLERS.contains(&ws[end - 1].lower(s).as_str())
        && !ws[end - 1].raw(s).ends_with(',')
    {
        end -= 1;
    }
    if end == 0 {
        return None;
    }
    // `the plan was said to ...`: a passive verb has no speaker for a subject.
    if end < ws.len()
        && matches!(
            ws[end].lower(s).as_str(),
            "was" | "were" | "is" | "been" | "be"
        )
    {
        return None;
    }
    // Appositive: `Smith, the minister, said`, `Smith, who ..., said` or `the museum's
    // director, Clara Jensen, said`: the proper name wins over the description.
    if ws[end - 1].raw(s).ends_with(',') {
        let mut j = end - 1;
        while j > 0 && !ws[j - 1].raw(s).ends_with(',') {
            j -= 1;
        }
        if j > 0 && end - j <= 20 {
            let head = walk_back(s, &ws[..j]).or_else(|| described_by_determiner(s, &ws[..j]));
            let appositive_is_name = (end - j <= 4 && is_proper(s, &ws[j..end]))
                || (end - j <= 6 && titled_name(s, &ws[j..end]));
            let head_is_name = head.is_some_and(|(a, b)| {
                let phrase_words = words(&s[a..b], 8);
                let shifted: Vec<Word> = phrase_words
                    .iter()
                    .map(|w| Word {
                        start: w.start + a,
                        end: w.end + a,
                    })
                    .collect();
                is_proper(s, &shifted)
            });
            if appositive_is_name && !head_is_name {
                return Some(trim_phrase(s, ws[j].start, ws[end - 1].end));
            }
            if let Some(found) = head {
                return Some(found);
            }
        }
        return walk_back(s, &ws[j..end]);
    }
    walk_back(s, &ws[..end]).or_else(|| described_by_determiner(s, &ws[..end]))
}

/// An indefinite or definite description whose head noun no list knows: `A shop assistant`,
/// `the 23-year-old`, `one passer-by`. The determiner must open the clause (or follow a
/// stop), so words inside a longer clause are not taken for a speaker.
fn described_by_determiner(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let n = ws.len();
    let last = *ws.last()?;
    let head = last.lower(s);
    if head.is_empty()
        || PHRASE_STOPS.contains(&head.as_str())
        || PRONOUNS.contains(&head.as_str())
        || last.is_capitalized(s)
    {
        return None;
    }
    for d in (n.saturating_sub(4)..n.saturating_sub(1)).rev() {
        let w = ws[d];
        let lower = w.lower(s);
        if matches!(lower.as_str(), "a" | "an" | "the" | "one" | "another") {
            let opens = d == 0 || ws[d - 1].closes_phrase(s);
            let plain = ws[d + 1..].iter().all(|w| {
                let l = w.lower(s);
                !l.is_empty()
                    && !PHRASE_STOPS.contains(&l.as_str())
                    && !DETERMINERS.contains(&l.as_str())
                    && !vocab::is_speech_verb(&l)
                    && l.chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
            });
            let inner_closed = ws[d..n - 1].iter().any(|w| w.closes_phrase(s));
            if opens && plain && !inner_closed {
                return Some(trim_phrase(s, w.start, last.end));
            }
            break;
        }
        if w.closes_phrase(s) {
            break;
        }
    }
    // `a senior diplomat involved in the talks`: a clause-opening description holding a role
    // noun, with a short post-modifier.
    let d = 0;
    if n <= 8
        && matches!(
            ws[d].lower(s).as_str(),
            "a" | "an" | "the" | "one" | "another"
        )
    {
        let has_role = ws[1..]
            .iter()
            .take(3)
            .any(|w| ROLE_NOUNS.contains(&w.lower(s).as_str()));
        let inner_closed = ws[..n - 1].iter().any(|w| w.closes_phrase(s));
        let no_verb = ws[1..]
            .iter()
            .all(|w| !vocab::is_speech_verb(&w.lower(s)) && !w.raw(s).starts_with(['"', '“', '‘']));
        if has_role && !inner_closed && no_verb {
            return Some(trim_phrase(s, ws[0].start, last.end));
        }
    }
    None
}

fn walk_back(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let last = *ws.last()?;
    let last_lower = last.lower(s);
    if PRONOUNS.contains(&last_lower.as_str()) {
        let (a, b) = trim_phrase(s, last.start, last.end);
        return Some((a, b));
    }
    let mut start_idx = ws.len();
    // The start before any tentatively taken lower-case modifiers (`unification` in `South
    // Korea's unification ministry`), restored if the walk ends on one.
    let mut committed = ws.len();
    let mut tentative = 0;
    let mut taken = 0;
    let mut i = ws.len();
    while i > 0 && taken < MAX_SUBJECT_WORDS {
        let w = ws[i - 1];
        let lower = w.lower(s);
        if lower.is_empty() {
            break;
        }
        if i < ws.len() && w.closes_phrase(s) {
            break;
        }
        let capital = w.is_capitalized(s);
        let is_det = DETERMINERS.contains(&lower.as_str());
        if PHRASE_STOPS.contains(&lower.as_str()) || WEEKDAYS_MONTHS.contains(&lower.as_str()) {
            break;
        }
        let safe = capital
            || is_det
            || ROLE_NOUNS.contains(&lower.as_str())
            || vocab::NAME_PARTICLES.contains(&lower.as_str())
            || lower.ends_with("'s")
            || lower.ends_with("’s");
        let connector = (lower == "of" || lower == "for") && taken > 0;
        let modifier = taken > 0
            && (ROLE_ADJECTIVES.contains(&lower.as_str())
                || (tentative < 2 && lower.chars().all(char::is_alphabetic)));
        if !(safe || connector || modifier) {
            break;
        }
        start_idx = i - 1;
        taken += 1;
        i -= 1;
        if safe {
            committed = start_idx;
            tentative = 0;
        } else if !connector && !ROLE_ADJECTIVES.contains(&lower.as_str()) {
            tentative += 1;
        }
        if is_det {
            let continues = i > 0 && matches!(ws[i - 1].lower(s).as_str(), "of" | "for");
            if !continues {
                break;
            }
        }
    }
    if start_idx != committed && committed <= ws.len() {
        let all_modifiers_known = ws[start_idx..committed.min(ws.len())]
            .iter()
            .all(|w| ROLE_ADJECTIVES.contains(&w.lower(s).as_str()));
        if !all_modifiers_known {
            start_idx = committed;
        }
    }
    if start_idx >= ws.len() {
        return None;
    }
    // Leading `of`/`for` left by a stop: drop.
    while start_idx < ws.len() && matches!(ws[start_idx].lower(s).as_str(), "of" | "for") {
        start_idx += 1;
    }
    let first = ws.get(start_idx)?;
    Some(trim_phrase(s, first.start, last.end))
}

/// Strips punctuation and quotation marks around a phrase, keeping an abbreviation's stop.
fn trim_phrase(s: &str, start: usize, end: usize) -> (usize, usize) {
    let text = &s[start..end];
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let body = &text[lead..];
    let kept = body.trim_end_matches(|c: char| !c.is_alphanumeric());
    (start + lead, start + lead + kept.len())
}
