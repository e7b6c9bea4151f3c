//! Round 19 (session 23): rules from the opened halves (text-shapes-19's, until then frozen)
//! and the open halves' misses grouped by kind, each on a small input of the shape it reads.

use super::super::read_text;

#[test]
fn a_short_line_with_a_number_under_the_headline_is_not_the_headline() {
    // A relative time or a reading time between the headline and the date line, in a language
    // whose words Chronicle does not know: the longer headline-shaped line above it is the
    // headline, and the menu's active item above that its section.
    for furniture in ["Awa 3 da suka wuce", "Hace unas 2 horas ya"] {
        let a = read_text(&format!(
            "Skip to content\nRadio Pwani\nHabari\nVideo\nMichezo\nVideo\n\
             Wakulima wa Pwani waanza kupanda mbegu mpya za mahindi\n{furniture}\n\
             24 November 2026\n\
             Wakulima zaidi ya 300 katika kaunti ya Kilifi wameanza kupanda mbegu mpya za \
             mahindi zinazostahimili ukame msimu huu.\n\
             Mbegu hizo zilisambazwa na shirika la kilimo la kaunti wiki iliyopita, na kila \
             mkulima alipata kilo kumi bila malipo.\n"
        ));
        assert_eq!(
            a.title, "Wakulima wa Pwani waanza kupanda mbegu mpya za mahindi",
            "{furniture}"
        );
        assert_eq!(a.published.as_deref(), Some("2026-11-24"), "{furniture}");
    }
}
