//! Quotation-mark spans in one paragraph: straight and curly double quotes, `„…“`, `«…»`, and
//! single quotes (`‘…’`, `'…'`) told apart from apostrophes (`don't`, `Kim's`, `the '90s`).

/// One pair of quotation marks, as byte offsets into the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The opening mark.
    pub open: usize,
    /// Just after the opening mark.
    pub inner_start: usize,
    /// The closing mark (or the paragraph end when the quote runs on into the next paragraph).
    pub inner_end: usize,
    /// Just after the closing mark.
    pub close_end: usize,
    /// False when the paragraph ended before a closing mark (a quote running over paragraphs).
    pub closed: bool,
}

/// Single-quoted spans longer than this are given up on: a stray apostrophe must not swallow
/// the rest of a long paragraph, and giving up keeps the scan linear.
const MAX_SINGLE_SPAN: usize = 1500;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Straight,
    Curly,
    Low,
    Guillemet,
    Single,
    StraightSingle,
}

fn closes(family: Family, c: char) -> bool {
    match family {
        Family::Straight => c == '"' || c == '”',
        Family::Curly => c == '”' || c == '"',
        Family::Low => c == '“' || c == '”' || c == '"',
        Family::Guillemet => c == '»',
        Family::Single => c == '’',
        Family::StraightSingle => c == '\'',
    }
}

/// All quotation spans of `para`, in order. Single quotes inside double quotes are nested
/// quotes and are not reported on their own.
pub fn spans(para: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, Family)> = None;
    // Double quotes opened inside an open double quote (`"I don't like "B" shares"`): their
    // closing marks are not the outer quote's.
    let mut nested = 0usize;
    let mut prev: Option<char> = None;
    let mut iter = para.char_indices().peekable();
    while let Some((pos, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        if let Some((o, inner, family)) = open {
            let single = matches!(family, Family::Single | Family::StraightSingle);
            if !single && opens_nested(family, c, prev, next) {
                nested += 1;
                prev = Some(c);
                continue;
            }
            if nested > 0 && closes(family, c) {
                nested -= 1;
                prev = Some(c);
                continue;
            }
            if closes(family, c) && (!single || closes_single(prev, next)) {
                out.push(Span {
                    open: o,
                    inner_start: inner,
                    inner_end: pos,
                    close_end: pos + c.len_utf8(),
                    closed: true,
                });
                open = None;
                prev = Some(c);
                continue;
            }
            if single && pos - o > MAX_SINGLE_SPAN {
                open = None;
            }
        }
        if open.is_none() {
            let family = match c {
                '"' if opens_after(prev) && next.is_some_and(|n| !n.is_whitespace()) => {
                    Some(Family::Straight)
                }
                '“' => Some(Family::Curly),
                '„' => Some(Family::Low),
                '«' => Some(Family::Guillemet),
                '‘' if opens_after(prev) && next.is_some_and(char::is_alphanumeric) => {
                    Some(Family::Single)
                }
                '\'' if opens_after(prev) && next.is_some_and(char::is_alphabetic) => {
                    Some(Family::StraightSingle)
                }
                _ => None,
            };
            if let Some(family) = family {
                open = Some((pos, pos + c.len_utf8(), family));
                nested = 0;
            }
        }
        prev = Some(c);
    }
    if let Some((o, inner, family)) = open {
        if !matches!(family, Family::Single | Family::StraightSingle) {
            out.push(Span {
                open: o,
                inner_start: inner,
                inner_end: para.len(),
                close_end: para.len(),
                closed: false,
            });
        }
    }
    out
}

/// A double quote that opens inside an open one of `family`: the same opening mark (a
/// straight one only where a closing mark cannot be, after a space and before a word).
fn opens_nested(family: Family, c: char, prev: Option<char>, next: Option<char>) -> bool {
    match family {
        Family::Straight => {
            c == '"'
                && prev.is_some_and(char::is_whitespace)
                && next.is_some_and(char::is_alphanumeric)
        }
        Family::Curly => c == '“',
        Family::Low => c == '„',
        _ => false,
    }
}

/// An opening mark follows the paragraph start, a space, a bracket or a dash, never a letter.
fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | '-' | '–' | '—' | '/' | ':' | '"' | '“' | '„' | '«'
                )
        }
    }
}

/// A closing single quote follows text and is not followed by a letter (`don’t` is an apostrophe).
fn closes_single(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
}
