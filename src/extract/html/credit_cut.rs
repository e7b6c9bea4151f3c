//! Where a labelled credit ends when the next credit follows in the same sentence run
//! (`Words: Fatmata Sesay. Photos: Ibrahim Kamara.`): bars and slashes are split elsewhere;
//! a full stop, semicolon or comma followed by a picture or editing label ends the writer's
//! value too, so the second label never becomes part of a name; so does a one-word label with
//! its colon after a name with no mark at all (a `<br>` read as a space: `Айгүл Жақсыбекова
//! Фото: Ерлан Мұқанов`).

/// `clause` up to the first punctuation mark after which a non-writing credit opens; the
/// clause whole when none does. The mark must follow a word, so an initial (`J. Photos`) is
/// not taken for a sentence end unless a label with a colon follows.
pub(super) fn before_next_credit(clause: &str) -> &str {
    for (at, c) in clause.char_indices() {
        let spaced = c == ' ' && after_name(&clause[..at]);
        if !(spaced || matches!(c, '.' | ';' | ',' | '。' | '；' | '，' | '、')) || at == 0 {
            continue;
        }
        let rest = &clause[at + c.len_utf8()..];
        // Only a label that itself asks for a value (`Photos:`) counts: `, photos by` could be
        // a phrase inside a name's description. With no mark before it, the label is one word.
        let labelled = rest
            .trim_start()
            .split_once([':', '：'])
            .is_some_and(|(label, _)| {
                let words = label.split_whitespace().count();
                if spaced { words == 1 } else { words <= 3 }
            });
        if labelled && super::byline_parts::is_non_writing_credit(rest) {
            return clause[..at].trim_end();
        }
    }
    clause
}

/// Whether `before` ends with a word of a name, not a label or a joining word (`Text and
/// photos: Jane Doe` credits Jane Doe with both): its last word opens with a letter in upper
/// case or of a script without case, and no colon waits for a value.
fn after_name(before: &str) -> bool {
    before.split_whitespace().last().is_some_and(|w| {
        !w.ends_with([':', '：'])
            && w.chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() && !super::byline_parts::is_cased_lower(c))
    })
}

/// Whether `text` holds the words of `name` in a row, whatever their case (`Photos by Peter
/// Maharaj More by Peter` holds `Peter Maharaj`; `Joanne Leeds` holds no `Ann Lee`).
pub(super) fn holds(text: &str, name: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && !super::byline_parts::is_mark(c))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (text, name) = (words(text), words(name));
    !name.is_empty() && text.windows(name.len()).any(|w| w == name.as_slice())
}

#[cfg(test)]
mod tests {
    use super::before_next_credit;

    #[test]
    fn a_picture_credit_after_a_full_stop_ends_the_writer() {
        assert_eq!(
            before_next_credit("Words: Fatmata Sesay. Photos: Ibrahim Kamara."),
            "Words: Fatmata Sesay"
        );
        assert_eq!(
            before_next_credit("Texto: Ana Silva; Fotos: João Costa"),
            "Texto: Ana Silva"
        );
        assert_eq!(
            before_next_credit("文：佐藤 美咲，写真：木村 健"),
            "文：佐藤 美咲"
        );
    }

    #[test]
    fn names_and_unlabelled_phrases_stay() {
        assert_eq!(
            before_next_credit("By J. Photos Smith"),
            "By J. Photos Smith"
        );
        assert_eq!(before_next_credit("Jane Doe, Ann Lee"), "Jane Doe, Ann Lee");
        assert_eq!(before_next_credit("Text: Jane Doe."), "Text: Jane Doe.");
        assert_eq!(
            before_next_credit("Text and photos: Jane Doe"),
            "Text and photos: Jane Doe"
        );
    }

    #[test]
    fn a_name_is_held_by_its_words_in_a_row() {
        use super::holds;
        assert!(holds(
            "Photos by Peter Maharaj More by Peter",
            "Peter Maharaj"
        ));
        assert!(!holds("Photos by Joanne Leeds", "Ann Lee"));
        assert!(!holds("Photos by Peter", "Peter Maharaj"));
    }

    #[test]
    fn a_picture_label_after_a_name_with_no_mark_ends_the_writer() {
        assert_eq!(
            before_next_credit("Айгүл Жақсыбекова Фото: Ерлан Мұқанов"),
            "Айгүл Жақсыбекова"
        );
        assert_eq!(
            before_next_credit("Tekst: Sytske de Vries Foto: Jan Bakker"),
            "Tekst: Sytske de Vries"
        );
    }
}
