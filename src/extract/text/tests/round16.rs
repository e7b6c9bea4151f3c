//! Round 16 (session 20): rules from the opened halves (text-shapes-16's, until then frozen)
//! and the open halves' misses grouped by kind, each on a small input of the shape it reads.

use super::super::read_text;

const STORY: &str = "Ukrainian Railways added six trains between Kyiv and Lviv for the holidays, the \
                     company said on Monday morning.\n\n\
                     Tickets go on sale on Tuesday at ten in the morning on the website and in the \
                     app, the company added.\n\n";

#[test]
fn a_name_beside_a_relative_time_in_any_language_is_the_author() {
    let a = read_text(&format!(
        "Економіка\n\
         Укрзалізниця призначила ще 6 додаткових потягів\n\
         2 години тому\n\
         Андрій Литвиненко\n\n{STORY}"
    ));
    assert_eq!(a.authors, vec!["Андрій Литвиненко"]);
    assert!(!a.body.contains("години тому"), "{}", a.body);
}

#[test]
fn a_reader_beside_a_relative_age_under_the_story_is_no_author() {
    let a = read_text(&format!(
        "Arequipa declara emergencia hídrica en cuatro distritos\n\
         Arequipa, 14 de marzo de 2025 | 08:45 a. m.\n\n{STORY}{STORY}\
         Comentarios (12)\n\
         Julio R. · hace 3 horas\n\
         Todos los años lo mismo y nadie construye represas.\n"
    ));
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}
