//! Quotes and their speakers.
//!
//! `extract_quotes` finds every quotation in an article's lead and body: text in quotation
//! marks (`"…"`, `“…”`, `‘…’`, `„…“`, `«…»`), dash-led speech (`- … - he said.`) and unmarked
//! speech closed by an attribution (`…, concluded the president.`). Each quote gets its
//! speaker, resolved to the fullest name the article gives (`he`, `Zelensky` and `the
//! Ukrainian president` all become `Volodymyr Zelensky`).
//!
//! Pure and bounded: every look-around uses a fixed window, so the pass stays linear in the
//! text and never panics, whatever the input.

mod attribution;
mod birth_names;
mod classify;
mod dash;
mod interview;
mod kinds;
mod lost_close;
mod marks;
mod nickname;
pub(crate) mod prose;
mod speakers;
mod vocab;
mod words;

#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod eighteenth_tests;
#[cfg(test)]
mod eighth_tests;
#[cfg(test)]
mod eleventh_tests;
#[cfg(test)]
mod fifteenth_tests;
#[cfg(test)]
mod fifth_tests;
#[cfg(test)]
mod fourteenth_tests;
#[cfg(test)]
mod interview_tests;
#[cfg(test)]
mod labelled;
#[cfg(test)]
mod name_tests;
#[cfg(test)]
mod nineteenth_tests;
#[cfg(test)]
mod ninth_tests;
#[cfg(test)]
mod reference_tests;
#[cfg(test)]
mod reuters_check;
#[cfg(test)]
mod rule_tests;
#[cfg(test)]
mod seventeenth_tests;
#[cfg(test)]
mod seventh_tests;
#[cfg(test)]
mod sixteenth_tests;
#[cfg(test)]
mod sixth_tests;
#[cfg(test)]
mod tenth_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod thirteenth_tests;
#[cfg(test)]
mod twelfth_tests;
#[cfg(test)]
mod twentieth_tests;
#[cfg(test)]
mod twentyfirst_tests;
#[cfg(test)]
mod twentysecond_tests;

use super::limits::MAX_QUOTES;
use crate::model::{Attribution, Quote, QuoteKind, SpeakerKind, TextPart};

/// A quote found in one paragraph, before trimming and speaker resolution. Byte offsets into
/// the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Candidate {
    start: usize,
    end: usize,
    kind: QuoteKind,
    /// The speaker phrase of the attribution, when one was found.
    cue: Option<(usize, usize)>,
    /// Where the quote and its attribution end: later quotes in the paragraph start after it.
    covered_end: usize,
}

/// A quote located in its part (byte offsets), with the raw speaker phrase range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Found {
    part: TextPart,
    start: usize,
    end: usize,
    kind: QuoteKind,
    cue: Option<(usize, usize)>,
    /// An interview turn's label (`Q`, `NB`), when the quote is one.
    turn: Option<(usize, usize)>,
}

/// Finds every quotation in the lead and body, with its speaker. Quotes come in text order,
/// lead first; `start..end` are character offsets into the part named by `part`.
pub fn extract_quotes(lead: &str, body: &str) -> Vec<Quote> {
    // Quoted nicknames inside names (`Harold "Bluey" Tate`) are no quotes and would cut the
    // name: quotes and speakers are read with them blanked, the quotes' texts from the original.
    let (original_lead, original_body) = (lead, body);
    let (lead, body) = (nickname::masked(lead), nickname::masked(body));
    let (lead, body) = (&*lead, &*body);
    let parts = [(TextPart::Lead, lead), (TextPart::Body, body)];
    let mut found = Vec::new();
    'parts: for (part, text) in parts {
        let mut previous_was_dash = false;
        let (units, turns) = interview::units(paragraphs(text).collect());
        // The label of the last turn, while a later turn follows: paragraphs between go on
        // with its speech (an answer over several paragraphs).
        let mut open_turn: Option<(usize, usize)> = None;
        for (k, &(offset, para)) in units.iter().enumerate() {
            // One past the cap is enough for the caller to cut and note it (limits.rs).
            if found.len() > MAX_QUOTES {
                break 'parts;
            }
            // Tables of contents, reference lists, captions and menus quote nobody.
            if !prose::is_prose(para) {
                previous_was_dash = false;
                open_turn = None;
                continue;
            }
            // `Q: …`, `GD: …`: in an interview each turn is one quote.
            let label = if turns[k] {
                interview::turn(para).map(|((a, b), t)| ((offset + a, offset + b), t))
            } else {
                open_turn
                    .filter(|_| turns[k + 1..].contains(&true) && interview::continues(para))
                    .map(|label| (label, 0))
            };
            if turns[k] {
                open_turn = label.map(|(l, _)| l);
            } else if label.is_none() {
                open_turn = None;
            }
            if let Some(((a, b), text_start)) = label {
                let (start, end) = words::trim_quote_range(para, text_start, para.len());
                if start < end {
                    found.push(Found {
                        part,
                        start: offset + start,
                        end: offset + end,
                        kind: QuoteKind::Direct,
                        cue: None,
                        turn: Some((a, b)),
                    });
                }
                continue;
            }
            let candidates = paragraph_quotes(para, previous_was_dash);
            previous_was_dash = candidates.iter().any(|c| c.kind == QuoteKind::Dash);
            for c in candidates {
                let (start, end) = words::trim_quote_range(para, c.start, c.end);
                if start >= end {
                    continue;
                }
                let cue = c.cue.map(|(a, b)| (offset + a, offset + b));
                found.push(Found {
                    part,
                    start: offset + start,
                    end: offset + end,
                    kind: c.kind,
                    cue,
                    turn: None,
                });
            }
        }
    }
    found.truncate(MAX_QUOTES + 1);
    let common = OrdinaryWords::of(lead, body);
    let mut speakers: Vec<_> = speakers::resolve(lead, body, &found)
        .into_iter()
        .map(|s| s.and_then(|s| attributed(s, &common)))
        .collect();
    birth_names::renamed(lead, &mut speakers);
    birth_names::renamed(body, &mut speakers);
    speakers::echoes::named_by_repetition([lead, body], &found, &mut speakers);
    to_quotes(original_lead, original_body, &found, speakers)
}

/// A quote's speaker with its kind, or none: a pronoun the article gave no name for (`he`,
/// `It`, `they`) names nobody, so the quote is kept without a speaker rather than credited to
/// "He" (issue 14: pronouns never appear as people).
fn attributed(
    s: speakers::Speaker,
    common: &OrdinaryWords,
) -> Option<(String, SpeakerKind, Attribution)> {
    let mut kind = kinds::kind_of(&s.name, s.person);
    if s.body && kind == SpeakerKind::Person {
        kind = SpeakerKind::Organisation;
    }
    if kind == SpeakerKind::Person && common.opens(&s.name) {
        kind = SpeakerKind::Unresolved;
    }
    if kind == SpeakerKind::Unresolved || s.attribution == Attribution::None {
        return None;
    }
    Some((s.name, kind, s.attribution))
}

/// The words an article writes in lower case (`control`, `chapter`, `west`): a capitalised run
/// that opens with one of them is a heading, a menu item or a sentence's first word
/// (`Chapter Text Izuku`, `Control`, `West German`), not a person, unless the word is a known
/// given name (`Will`, `Rose`). Read from the article itself, so it holds in any language.
struct OrdinaryWords(rustc_hash::FxHashSet<String>);

impl OrdinaryWords {
    fn of(lead: &str, body: &str) -> Self {
        let words = [lead, body]
            .iter()
            .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
            .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_lowercase))
            .map(str::to_string)
            .collect();
        OrdinaryWords(words)
    }

    /// Whether `name`'s first word is one the article writes in lower case.
    fn opens(&self, name: &str) -> bool {
        let Some(first) = name.split_whitespace().next() else {
            return false;
        };
        let lower = first.to_lowercase();
        self.0.contains(&lower) && crate::extract::lexicon::given_name(&lower).is_none()
    }
}

/// Paragraphs of a part with their byte offsets; blank lines separate them.
fn paragraphs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split("\n\n").map(move |p| {
        let here = offset;
        offset += p.len() + 2;
        (here, p)
    })
}

/// The quotes of one paragraph, in order: a leading dash quote, then quotation marks, then
/// unmarked speech after everything already taken.
fn paragraph_quotes(para: &str, previous_was_dash: bool) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut floor = 0;
    if let Some((dash, attributed)) = dash::dash_quote(para) {
        if attributed || previous_was_dash {
            floor = dash.covered_end;
            out.push(dash);
        }
    }
    // Dash speech further in: after the first dash quote's attribution (`– …, – Bondar says. –
    // A seven-year-old …`), or opening after a sentence (`… kept rising. — Bread, yes. …, —
    // she said.`), attributed or continuing a dash quote.
    for _ in 0..MAX_DASH_QUOTES {
        let Some(at) = next_dash_opening(para, floor, !out.is_empty()) else {
            break;
        };
        let Some((dash, attributed)) = dash::dash_quote(&para[at..]) else {
            break;
        };
        if !attributed && out.is_empty() {
            break;
        }
        out.push(Candidate {
            start: at + dash.start,
            end: at + dash.end,
            cue: dash.cue.map(|(a, b)| (at + a, at + b)),
            covered_end: at + dash.covered_end,
            ..dash
        });
        floor = at + dash.covered_end;
    }
    let mut previous_close = floor;
    let mut previous_accepted = false;
    for span in marks::spans(para) {
        let span = lost_close::cut_unclosed(para, span);
        if span.open < floor {
            continue;
        }
        // Look-back stops at the previous quote taken, not at a scare quote skipped.
        let context = classify::Context {
            floor: previous_close.max(floor),
            previous_accepted,
        };
        match classify::classify(para, &span, context) {
            Some(c) => {
                floor = floor.max(c.covered_end);
                previous_accepted = true;
                previous_close = span.close_end;
                out.push(c);
            }
            None => previous_accepted = false,
        }
    }
    out.extend(dash::unquoted(para, floor));
    out.sort_by_key(|c| c.start);
    out
}

/// How many dash quotes past the first one a paragraph may hold.
const MAX_DASH_QUOTES: usize = 8;

/// Where the next dash speech opens after byte `floor`: a dash followed by a space and a capital,
/// right after a sentence end (or, when `continuing`, as the first thing after `floor`).
fn next_dash_opening(para: &str, floor: usize, continuing: bool) -> Option<usize> {
    let rest = para.get(floor..)?;
    let mut prev_visible: Option<char> = None;
    for (i, c) in rest.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        let opens = words::is_dash(c)
            && match prev_visible {
                None => continuing,
                Some(p) => matches!(p, '.' | '!' | '?'),
            }
            && rest[i + c.len_utf8()..]
                .trim_start()
                .starts_with(char::is_uppercase)
            && rest[i + c.len_utf8()..].starts_with(char::is_whitespace);
        if opens {
            return Some(floor + i);
        }
        prev_visible = Some(c);
    }
    None
}

/// Builds the public records, converting byte offsets to character offsets in one walk per part.
fn to_quotes(
    lead: &str,
    body: &str,
    found: &[Found],
    speakers: Vec<Option<(String, SpeakerKind, Attribution)>>,
) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::with_capacity(found.len());
    for (part, text) in [(TextPart::Lead, lead), (TextPart::Body, body)] {
        let mine: Vec<(usize, &Found)> = found
            .iter()
            .enumerate()
            .filter(|(_, f)| f.part == part)
            .collect();
        let mut bytes: Vec<usize> = mine.iter().flat_map(|(_, f)| [f.start, f.end]).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let chars = char_offsets(text, &bytes);
        let char_of = |b: usize| {
            bytes
                .binary_search(&b)
                .ok()
                .and_then(|i| chars.get(i).copied())
                .unwrap_or(0)
        };
        for (i, f) in mine {
            let (speaker, speaker_kind, attribution) = match speakers.get(i).cloned().flatten() {
                Some((name, kind, how)) => (Some(name), kind, how),
                None => (None, SpeakerKind::Unresolved, Attribution::None),
            };
            quotes.push(Quote {
                text: text[f.start..f.end].to_string(),
                speaker,
                start: char_of(f.start),
                end: char_of(f.end),
                kind: f.kind,
                part,
                speaker_kind,
                attribution,
            });
        }
    }
    quotes.sort_by_key(|q| (q.part == TextPart::Body, q.start));
    quotes
}

/// Character offsets of sorted byte offsets, in one pass over the text.
fn char_offsets(text: &str, sorted_bytes: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted_bytes.len());
    let mut chars = 0;
    let mut next = sorted_bytes.iter().peekable();
    for (b, _) in text.char_indices() {
        while next.peek().is_some_and(|&&t| t <= b) {
            out.push(chars);
            next.next();
        }
        chars += 1;
    }
    for _ in next {
        out.push(chars);
    }
    out
}
