//! Who `I` is outside a quote: the one writing. An opinion piece or a blog often names its
//! writer in a closing line (`Dana Kowalchuk is a columnist for the Port Calder Ledger.`).

use super::*;

/// Most paragraphs from the body's end a writer's line may stand in.
const TAIL_PARAGRAPHS: usize = 2;
/// Longest paragraph read as a writer's line, in bytes: a line, not a story.
const MAX_LINE_BYTES: usize = 300;
/// Most words between `is` and the writer's role word (`is a regular contributor to`).
const MAX_ROLE_WORDS: usize = 6;

impl People<'_> {
    /// The writer's name a closing line of the body gives (`Dana Kowalchuk is a columnist for
    /// …`): two to four capitalised words opening one of the last paragraphs, `is`, and a
    /// byline's role word (`columnist`, `writer`, `editor`) within a few words.
    pub(super) fn author_named(&self) -> Option<String> {
        let paragraphs: Vec<&str> = self.texts[1]
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        paragraphs
            .iter()
            .rev()
            .take(TAIL_PARAGRAPHS)
            .filter(|p| p.len() <= MAX_LINE_BYTES)
            .find_map(|p| writer_line(p))
    }
}

/// The name opening a writer's line, when `paragraph` is one.
fn writer_line(paragraph: &str) -> Option<String> {
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    let is = words.iter().position(|w| *w == "is")?;
    let name = &words[..is];
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if !(2..=4).contains(&name.len()) || !name.iter().all(capitalised) {
        return None;
    }
    let role = words[is + 1..].iter().take(MAX_ROLE_WORDS).any(|w| {
        let core = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        lexicon::is_role_word(&core)
    });
    role.then(|| name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::writer_line;

    #[test]
    fn a_closing_line_names_the_writer() {
        assert_eq!(
            writer_line("Dana Kowalchuk is a columnist for the Port Calder Ledger.").as_deref(),
            Some("Dana Kowalchuk")
        );
        assert_eq!(writer_line("The line is a bad idea for the city."), None);
        assert_eq!(writer_line("Dana Kowalchuk is a lawyer."), None);
    }
}
