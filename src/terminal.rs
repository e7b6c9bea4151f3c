//! Text from archives, exports and file names printed to a terminal. Imported text can hold
//! escape sequences (`ESC [ ... m`, OSC 8 links, title changes) and bidirectional overrides
//! that would act on the user's terminal instead of being read; they are shown replaced.

use std::borrow::Cow;

/// `text` with every control character but line breaks and tabs replaced by `�`.
pub fn clean(text: &str) -> Cow<'_, str> {
    replace_unsafe(text, |c| c == '\n' || c == '\t')
}

/// `text` on one line: line breaks become spaces, other controls `�`.
pub fn clean_line(text: &str) -> Cow<'_, str> {
    match replace_unsafe(text, |c| c == '\n' || c == '\r' || c == '\t') {
        Cow::Borrowed(s) if !s.contains(['\n', '\r', '\t']) => Cow::Borrowed(s),
        other => Cow::Owned(other.replace(['\n', '\r', '\t'], " ")),
    }
}

fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

fn replace_unsafe(text: &str, allowed: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && !allowed(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if is_unsafe(c) && !allowed(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_not_obeyed() {
        assert_eq!(clean("a\x1b[2Jb\x07c\nd"), "a\u{FFFD}[2Jb\u{FFFD}c\nd");
        assert_eq!(clean_line("a\nb\x1b]0;x\x07"), "a b\u{FFFD}]0;x\u{FFFD}");
        assert_eq!(clean("right\u{202E}left"), "right\u{FFFD}left");
        assert!(matches!(clean("plain é"), Cow::Borrowed(_)));
    }
}
