//! Labels before a byline's colon that no byline-label list holds, told by their shape: a job
//! title of the shared roles lexicon (`گزارشگر: NAME`, "reporter"), which names the writer's
//! job as `Reporter:` does, and an abbreviated label of letters parted by slashes or dots
//! (`W/Q: NAME`, Somali "written by"), which no name is.

use super::byline_parts::is_non_writing_credit;

/// `byline` without such a label and its colon; unchanged when it opens with none.
pub(super) fn without_unlisted_label(byline: &str) -> &str {
    let Some((label, rest)) = byline.split_once([':', '：']) else {
        return byline;
    };
    let (label, rest) = (label.trim(), rest.trim());
    if rest.is_empty() || is_non_writing_credit(byline) {
        return byline;
    }
    if is_role_label(label) || is_abbreviated_label(label) {
        rest
    } else {
        byline
    }
}

/// A word or two ending in a job title (`گزارشگر`, `Staff reporter`).
fn is_role_label(label: &str) -> bool {
    let words: Vec<String> = label
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    (1..=2).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| crate::extract::lexicon::is_role_word(w))
}

/// Letters of one or two parted by slashes or dots, two such parts at least (`W/Q`, `W.Q.`).
fn is_abbreviated_label(label: &str) -> bool {
    let parts: Vec<&str> = label.split(['/', '.']).filter(|p| !p.is_empty()).collect();
    label.contains(['/', '.'])
        && parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::without_unlisted_label;

    #[test]
    fn a_role_or_an_abbreviation_before_the_colon_is_a_label() {
        assert_eq!(
            without_unlisted_label("گزارشگر: فرشته رحیمی"),
            "فرشته رحیمی"
        );
        assert_eq!(without_unlisted_label("W/Q: Cali Xasan"), "Cali Xasan");
        assert_eq!(without_unlisted_label("W.Q.: Cali Xasan"), "Cali Xasan");
        // A name, a place or a picture credit before a colon stays.
        assert_eq!(without_unlisted_label("Jane Doe: notes"), "Jane Doe: notes");
        assert_eq!(without_unlisted_label("Photo: Ann Lee"), "Photo: Ann Lee");
        assert_eq!(without_unlisted_label("Lagos: Ann Lee"), "Lagos: Ann Lee");
    }
}
