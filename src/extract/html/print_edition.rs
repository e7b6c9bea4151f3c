//! A print edition's date line (`Aus der Printausgabe vom 13.06.2003`): the day the paper
//! carried the story, which print views and archives show beside the web publication.

use std::sync::LazyLock;

/// Labels of a print edition (`assets/lexicon/print-edition-labels.txt`).
static LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::lexicon::longest_first(include_str!(
        "../../../assets/lexicon/print-edition-labels.txt"
    ))
});

/// Whether a date line names the print edition the date belongs to. Only short lines: a
/// sentence of the story may mention a print edition beside some other date.
pub(super) fn dates_print_edition(line: &str) -> bool {
    if line.chars().count() > 90 {
        return false;
    }
    let lower = crate::extract::lexicon::lower(line);
    LABELS.iter().any(|label| lower.contains(label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_print_edition_line_is_known_by_its_label() {
        assert!(dates_print_edition("Aus der Printausgabe vom 13.06.2003"));
        assert!(dates_print_edition(
            "Publicado en la edición impresa del 3 de marzo de 2026"
        ));
        assert!(!dates_print_edition(
            "Veröffentlicht: 12.06.2003, 18:40 Uhr"
        ));
    }
}
