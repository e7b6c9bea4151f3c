//! Character offsets and line normalization: how quotes and events locate their text.

/// The characters `start..end` of `s` (clamped), as quotes and events locate their text.
pub fn char_slice(s: &str, start: usize, end: usize) -> &str {
    let from = byte_offset(s, start);
    let to = from + byte_offset(&s[from..], end.saturating_sub(start));
    &s[from..to]
}

/// Replaces the characters that make equal-looking lines compare unequal
/// (non-breaking and other exotic spaces, zero-width marks) and trims the ends.
pub fn normalize_line(s: &str) -> String {
    // Plain ASCII text without tabs or control characters has nothing to replace.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b) || b == b'\n') {
        return s.trim().to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => {
                out.push(' ')
            }
            // Zero-width joiners (U+200C, U+200D) stay: Persian and Indic words and emoji
            // sequences are spelled with them.
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

/// Counts characters, for converting byte offsets into the character offsets quotes use.
pub fn char_offset(s: &str, byte_index: usize) -> usize {
    s[..byte_index].chars().count()
}

/// The byte index of character offset `char_index` in `s` (clamped to the end).
pub fn byte_offset(s: &str, char_index: usize) -> usize {
    s.char_indices().nth(char_index).map_or(s.len(), |(i, _)| i)
}

/// Character offsets to byte indexes in a long text without walking it from the start each
/// time: a checkpoint every `STEP` characters, so one look-up walks at most `STEP` of them.
/// Articles with thousands of quotes made per-quote `char_slice` calls quadratic.
pub struct CharIndex<'a> {
    text: &'a str,
    /// Byte index of characters 0, STEP, 2 * STEP, ... (`CharIndex::marks`).
    marks: std::borrow::Cow<'a, [usize]>,
}

impl<'a> CharIndex<'a> {
    const STEP: usize = 256;

    pub fn new(text: &'a str) -> Self {
        CharIndex {
            text,
            marks: Self::marks(text).into(),
        }
    }

    /// The checkpoints of `text`, to keep beside it and reuse with `with_marks`.
    pub fn marks(text: &str) -> Vec<usize> {
        text.char_indices()
            .step_by(Self::STEP)
            .map(|(i, _)| i)
            .collect()
    }

    /// An index from checkpoints `marks` made earlier of this same `text`.
    pub fn with_marks(text: &'a str, marks: &'a [usize]) -> Self {
        CharIndex {
            text,
            marks: marks.into(),
        }
    }

    /// The byte index of character `char_index` (clamped to the end).
    pub fn byte(&self, char_index: usize) -> usize {
        let Some(&mark) = self.marks.get(char_index / Self::STEP) else {
            return self.text.len();
        };
        mark + byte_offset(&self.text[mark..], char_index % Self::STEP)
    }

    /// The characters `start..end` (clamped), like `char_slice`.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let from = self.byte(start);
        let to = self.byte(end.max(start));
        &self.text[from..to]
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_line;

    #[test]
    fn invisible_marks_go_but_joiners_that_spell_words_stay() {
        assert_eq!(normalize_line("\u{FEFF}a\u{200B}b\u{00A0}c"), "ab c");
        // `کاظمی‌پور`: the zero-width non-joiner is part of the Persian name.
        assert_eq!(normalize_line("کاظمی\u{200C}پور"), "کاظمی\u{200C}پور");
    }
}
