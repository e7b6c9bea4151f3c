//! Tells speech in quotation marks from scare quotes, nicknames and titles, and direct quotes
//! from partial ones, by context: an attribution next to it, a governing speech verb, its
//! length and shape, and the word before the opening mark.

use super::Candidate;
use super::attribution;
use super::marks::Span;
use super::vocab::{self, NAMING};
use super::words::{is_dash, last_words, sentence_start, words};
use crate::model::QuoteKind;

/// How far back the sentence holding a quote may start, in bytes.
const BEFORE_WINDOW: usize = 400;
/// A verb further back than this many words does not govern a partial quote.
const MAX_VERB_GAP: usize = 30;
/// Unattributed quoted text is speech (continuing the last speaker) from this many words on.
const MIN_UNATTRIBUTED_WORDS: usize = 5;

/// What the paragraph scan knows when it reaches a span.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// No look-back before this byte (the end of the previous quote or its attribution).
    pub floor: usize,
    /// Whether the previous span of the paragraph was taken as a quote.
    pub previous_accepted: bool,
}

pub fn classify(para: &str, span: &Span, context: Context) -> Option<Candidate> {
    let inner = &para[span.inner_start..span.inner_end];
    let content = inner.trim();
    // Chinese and Japanese write no spaces: two characters stand for a word.
    let cjk = content.chars().filter(|&c| is_cjk(c)).count();
    let word_count = words(content, 64).len().max(cjk / 2);
    if word_count == 0 {
        return None;
    }
    let sentence_like = content.ends_with(['.', '!', '?', '…', '。', '！', '？']);
    let comma_end = content.ends_with(',');
    let starts_upper = content
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let sent_start = sentence_start(para, span.open, context.floor.min(span.open), BEFORE_WINDOW);
    let before = &para[sent_start..span.open];
    if names_something(before) && !(word_count >= 6 && sentence_like) {
        return None;
    }
    if title_like(content) && !sentence_like && !comma_end {
        return None;
    }
    let after = &para[span.close_end..];
    let after_opens_attribution = after
        .trim_start()
        .starts_with(|c: char| c == ',' || is_dash(c));
    // `Saunders dismissed allegations … as "completely untrue," the Press Association
    // reported`: the agency passing a phrase on is no speaker when a verb before it has one.
    let passed_on = |a: &attribution::Attribution| {
        !starts_upper
            && after
                .get(a.speaker_end..a.clause_end)
                .is_some_and(|rest| rest.trim_start().starts_with("reported"))
            && attribution::speech_verb_gap(before, MAX_VERB_GAP).is_some()
    };
    let after_attr = if after_opens_attribution || comma_end || sentence_like || word_count >= 3 {
        // `"…." Smith said, "…"`: that verb introduces the next quote.
        attribution::after(after)
            .filter(|a| !(sentence_like && a.introduces_next))
            .filter(|a| !passed_on(a))
    } else {
        None
    };
    let before_trimmed = before.trim_end();
    let before_attr = attribution::before(before);
    let gap = before_attr.map_or(usize::MAX, |(_, gap)| gap);
    let direct_position =
        before_trimmed.is_empty() || before_trimmed.ends_with([':', ',', '：', '，']) || gap == 0;
    let kind = if (starts_upper && (direct_position || (sentence_like && word_count >= 4)))
        || (!starts_upper && before_trimmed.ends_with(',') && context.previous_accepted)
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    };
    let candidate = |cue: Option<(usize, usize)>, covered_end: usize| Candidate {
        start: span.inner_start,
        end: span.inner_end,
        kind,
        cue,
        covered_end,
    };
    if let Some(a) = after_attr {
        let base = span.close_end;
        // `…," Smith said, adding that they would move "gradually".`: a quotation mark after
        // the speaker opens a quote of its own, which the attribution does not cover.
        // `'…,' she said, 'but …'`: a single mark opening a word after a space does too.
        let covered = after
            .get(a.speaker_end..a.clause_end)
            .and_then(next_opening_mark)
            .map_or(a.clause_end, |i| a.speaker_end + i);
        return Some(candidate(
            Some((base + a.speaker_start, base + a.speaker_end)),
            base + covered,
        ));
    }
    if let Some((a, gap)) = before_attr {
        if gap <= MAX_VERB_GAP {
            return Some(candidate(
                Some((sent_start + a.speaker_start, sent_start + a.speaker_end)),
                span.close_end,
            ));
        }
    }
    // A phrase in reported speech: a speech verb earlier in the sentence (`said his side would
    // not make "knee-jerk changes"`), or an attribution closing the sentence (`had another
    // "exceptional year" in 1986 …, the Chamber of Mines said.`).
    if !starts_upper || word_count <= 3 {
        // `was "fully funded." and "ready to go"`: a phrase joined to the one just taken.
        if context.previous_accepted && matches!(before.trim(), "and" | "or" | "," | "but") {
            return Some(candidate(None, span.close_end));
        }
        // `would be a "worthwhile exercise," but that it posed "major questions."`: a phrase
        // later in the sentence of the phrase just taken is reported by the same verb.
        if context.previous_accepted
            && sent_start == context.floor
            && !ends_sentence(&para[..context.floor])
            && words(before, 16).len() <= 12
        {
            return Some(candidate(None, span.close_end));
        }
        if let Some(a) = attribution::sentence_final(after).filter(|a| !passed_on(a)) {
            let base = span.close_end;
            return Some(candidate(
                Some((base + a.speaker_start, base + a.speaker_end)),
                span.close_end,
            ));
        }
        if attribution::speech_verb_gap(before, MAX_VERB_GAP).is_some() {
            return Some(candidate(None, span.close_end));
        }
    }
    // A short sentence right after a quote continues it (`"…," he said. "Nobody doubts it."`).
    let continues = context.previous_accepted && word_count >= 2 && starts_upper && sentence_like;
    if continues || (word_count >= MIN_UNATTRIBUTED_WORDS && (starts_upper || sentence_like)) {
        return Some(candidate(None, span.close_end));
    }
    if !span.closed && word_count >= MIN_UNATTRIBUTED_WORDS {
        return Some(candidate(None, span.close_end));
    }
    None
}

/// Whether text up to a closing quotation mark ends a sentence (`… worthwhile."`).
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '”', '’', '\'', '»', '“'])
        .ends_with(['.', '!', '?'])
}

/// A Chinese, Japanese or Korean character.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// The word before the opening mark makes the quoted words a name: `the "victory plan"`,
/// `so-called "experts"`, `known as "the Butcher"`. `as` after a speech verb (`described the
/// move as "reckless"`) still introduces speech.
fn names_something(before: &str) -> bool {
    if before
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric() || c == '-')
    {
        let ws = last_words(before, 9);
        let Some(last) = ws.last() else { return false };
        let lower = last.lower(before);
        if !NAMING.contains(&lower.as_str()) {
            return false;
        }
        // `in what the union called "a death sentence"`, `for what one crofter called "a
        // proper grilling"`: `what` and a short subject before the verb make the words that
        // subject's, not a name.
        if matches!(lower.as_str(), "called" | "dubbed" | "termed") {
            let n = ws.len();
            let what = (n.saturating_sub(7)..n.saturating_sub(2))
                .rev()
                .find(|&i| ws[i].lower(before) == "what");
            // `what is called "front-running"` names a thing: a passive has no speaker.
            let spoken = |i: usize| {
                !ws[i..n - 1].iter().any(|w| {
                    w.closes_phrase(before)
                        || matches!(
                            w.lower(before).as_str(),
                            "is" | "was" | "are" | "were" | "be" | "been" | "being"
                        )
                })
            };
            if what.is_some_and(spoken) {
                return false;
            }
        }
        let reports = |w: &super::words::Word| {
            let l = w.lower(before);
            vocab::is_speech_verb(&l) || vocab::REPORTING_FORMS.contains(&l.as_str())
        };
        // `told the kids there was a "secret book"`, `described herself as a "pragmatist"`:
        // an article after a speech verb in the same sentence introduces reported words, even
        // many words on (`said he thought … the administration had made a "deal with the
        // devil."`).
        let wider = last_words(before, MAX_VERB_GAP);
        if matches!(lower.as_str(), "a" | "an") && wider[..wider.len() - 1].iter().any(reports) {
            return false;
        }
        if lower == "as" {
            // `denounced press reports that his wife is running the government as "…"`: the
            // verb may stand many words back.
            let spoken = wider[..wider.len() - 1].iter().any(|w| {
                (vocab::is_speech_verb(&w.lower(before))
                    || vocab::REPORTING_FORMS.contains(&w.lower(before).as_str()))
                    && !matches!(w.lower(before).as_str(), "known")
            });
            return !spoken;
        }
        return true;
    }
    false
}

/// Title-case words without sentence punctuation (`"Ukrainian Pravda"`, `"War and Peace"`):
/// the name of a work, a paper or an organisation.
fn title_like(content: &str) -> bool {
    let ws = words(content, 8);
    if ws.is_empty() || ws.len() > 6 {
        return false;
    }
    let small = [
        "of", "and", "the", "a", "an", "in", "for", "on", "to", "de", "at", "with", "&",
    ];
    let mut capitals = 0;
    for w in &ws {
        let core = w.core(content);
        if core.chars().next().is_some_and(char::is_uppercase) {
            capitals += 1;
        } else if !small.contains(&core) {
            return false;
        }
    }
    capitals >= 1 && ws[0].is_capitalized(content)
}

/// Where the first opening quotation mark in `rest` stands: a double one, or a single one
/// after a space and before a letter (not an apostrophe).
fn next_opening_mark(rest: &str) -> Option<usize> {
    let mut prev = None;
    for (i, c) in rest.char_indices() {
        let single = matches!(c, '\'' | '‘')
            && prev.is_some_and(char::is_whitespace)
            && rest[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
        if matches!(c, '"' | '“' | '«' | '„') || single {
            return Some(i);
        }
        prev = Some(c);
    }
    None
}
