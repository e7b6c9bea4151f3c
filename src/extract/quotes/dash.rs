//! Speech without quotation marks: dash-led paragraphs (`- ... - he said.`, `— ...`) and
//! unmarked speech closed by an attribution (`..., concluded the Ukrainian president.`).

use super::Candidate;
use super::attribution::{self, Attribution};
use super::vocab::FIRST_PERSON;
use super::words::{is_dash, sentence_end, words};
use crate::model::QuoteKind;

/// How many closing-dash candidates one paragraph may try before giving up.
const MAX_DASH_CHECKS: usize = 64;
/// A sentence longer than this is cut for the purpose of finding its end.
const SENTENCE_WINDOW: usize = 4000;
/// How far before a sentence end the attribution's comma may be.
const ATTRIBUTION_REACH: usize = 160;

/// A dash-led paragraph. The flag is false when no attribution closes it: such a paragraph
/// is speech only when it continues a dash quote of the previous paragraph (else it is
/// likely a list item).
pub fn dash_quote(para: &str) -> Option<(Candidate, bool)> {
    let lead = para.len() - para.trim_start().len();
    let dash = para[lead..].chars().next()?;
    if !is_dash(dash) {
        return None;
    }
    let content_start = lead + dash.len_utf8();
    let first = para[content_start..].chars().next()?;
    let spaced = first.is_whitespace();
    if !spaced && (dash == '-' || !first.is_alphabetic()) {
        return None;
    }
    let mut prev: Option<char> = None;
    let mut checks = 0;
    for (j, ch) in para[content_start..].char_indices() {
        let j = j + content_start;
        if is_dash(ch) && prev.is_some_and(|p| p.is_whitespace() || p == ',') {
            checks += 1;
            if checks > MAX_DASH_CHECKS {
                break;
            }
            if let Some(a) = attribution::after(&para[j..]) {
                return Some((candidate(content_start, j, j, a, QuoteKind::Dash), true));
            }
        }
        prev = Some(ch);
    }
    if let Some((comma, a, _)) = sentence_attributions(para, content_start).next() {
        return Some((
            candidate(content_start, comma, comma, a, QuoteKind::Dash),
            true,
        ));
    }
    let bare = Candidate {
        start: content_start,
        end: para.len(),
        kind: QuoteKind::Dash,
        cue: None,
        covered_end: para.len(),
    };
    Some((bare, false))
}

/// Unmarked speech in `para` after byte `floor`: sentences running from the paragraph's (or
/// the previous attribution's) end to a closing `, he said.` that speak in the first or second
/// person (a third-person paraphrase such as `prices rose, the ministry said.` is reported
/// speech, not a quote).
pub fn unquoted(para: &str, floor: usize) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut region_start = floor + (para[floor..].len() - para[floor..].trim_start().len());
    for (comma, a, sentence_end) in sentence_attributions(para, floor) {
        if a.verb_closes_speech && comma > region_start {
            let region = &para[region_start..comma];
            let ws = words(region, 5000);
            let opens_sentence = region
                .trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric());
            let first_person = ws
                .iter()
                .any(|w| FIRST_PERSON.contains(&w.lower(region).as_str()));
            // Marks inside the region are scare quotes or titles: quotes proper were taken
            // first and moved the floor past themselves.
            if ws.len() >= 3 && opens_sentence && first_person {
                out.push(candidate(
                    region_start,
                    comma,
                    comma,
                    a,
                    QuoteKind::Unquoted,
                ));
            }
        }
        region_start =
            sentence_end + (para[sentence_end..].len() - para[sentence_end..].trim_start().len());
    }
    out
}

fn candidate(start: usize, end: usize, base: usize, a: Attribution, kind: QuoteKind) -> Candidate {
    Candidate {
        start,
        end,
        kind,
        cue: Some((base + a.speaker_start, base + a.speaker_end)),
        covered_end: base + a.clause_end,
    }
}

/// Sentences of `para` from `from` on that end with `, <attribution>.`: yields the comma,
/// the attribution (relative to the comma) and the sentence end.
fn sentence_attributions(
    para: &str,
    from: usize,
) -> impl Iterator<Item = (usize, Attribution, usize)> + '_ {
    let mut s0 = from;
    std::iter::from_fn(move || {
        while s0 < para.len() {
            let s1 = sentence_end(para, s0, SENTENCE_WINDOW);
            if s1 <= s0 {
                return None;
            }
            let sentence = &para[s0..s1];
            let start = s0;
            s0 = s1;
            let reach = s1.saturating_sub(ATTRIBUTION_REACH).max(start);
            // The attribution may carry an appositive (`, said X, a farmer from Y.`): try the
            // last few commas of the sentence, nearest the end first.
            let mut upto = sentence.len();
            for _ in 0..3 {
                let Some(rel) = sentence[..upto].rfind(',') else {
                    break;
                };
                upto = rel;
                let comma = start + rel;
                if comma < reach {
                    break;
                }
                if let Some(a) = attribution::after(&para[comma..s1]) {
                    if comma + a.clause_end + 1 >= s1
                        || para[comma + a.speaker_end..s1]
                            .trim_start()
                            .starts_with(',')
                    {
                        return Some((comma, a, s1));
                    }
                }
            }
        }
        None
    })
}
