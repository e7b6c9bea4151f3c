//! Quotes whose closing mark was lost: `"If not, the industry will suffer, said Archie Dunham,
//! executive vice president` runs to the paragraph's end with no closing mark. When an
//! attribution closes the paragraph's last sentence inside such a span, the quote ends where the
//! attribution starts, and the attribution names its speaker.

use super::attribution;
use super::marks::Span;
use super::vocab;
use super::words::words;

/// The span cut before an attribution that ends the paragraph, when the span was never closed.
/// A span running over paragraphs (`"… the next paragraph opens with a mark again`) carries
/// no such attribution and is left whole.
pub fn cut_unclosed(para: &str, span: Span) -> Span {
    if span.closed {
        return span;
    }
    let inner = &para[span.inner_start..span.inner_end];
    // The attribution must be the paragraph's last clause: look only at the last comma-led
    // stretches, from the end back, so a comma inside the speech is never taken.
    let mut tried = 0;
    for (i, _) in inner.rmatch_indices(", ") {
        tried += 1;
        if tried > MAX_COMMAS {
            break;
        }
        let at = span.inner_start + i;
        let rest = &para[at..];
        let Some(a) = attribution::after(rest) else {
            continue;
        };
        // The attribution's clause must run to the paragraph's end (a role in apposition
        // after the name may follow: `, said X, executive vice president at Y`).
        let tail = rest[a.clause_end..].trim();
        if !tail.is_empty() || a.introduces_next || !a.verb_closes_speech {
            continue;
        }
        // An attribution is short or opens with its verb (`, said X, a role at Y`); a clause
        // going on after its verb (`, the conference stressed the necessity of …`) is speech.
        let clause = rest[..a.clause_end].trim_start_matches([',', ' ']);
        let clause_words = words(clause, MAX_CLAUSE_WORDS + 1).len();
        let verb_first = words(clause, 1)
            .first()
            .is_some_and(|w| vocab::is_speech_verb(&w.lower(clause)));
        if !verb_first && clause_words > MAX_CLAUSE_WORDS
            || words(&para[span.inner_start..at], MIN_QUOTE_WORDS).len() < MIN_QUOTE_WORDS
        {
            continue;
        }
        return Span {
            inner_end: at,
            close_end: at,
            closed: true,
            ..span
        };
    }
    span
}

/// How many commas from the end of an unclosed span are tried as the attribution's start.
const MAX_COMMAS: usize = 3;
/// The most words an attribution not opening with its verb may have (`, he told reporters`).
const MAX_CLAUSE_WORDS: usize = 6;
/// The fewest words left to a quote cut before an attribution.
const MIN_QUOTE_WORDS: usize = 3;
