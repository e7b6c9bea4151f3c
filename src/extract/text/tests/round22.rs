//! Round 22 (session 26): rules from the opened halves (text-shapes-22's, until then frozen)
//! and text-shapes-23's tuning half (articles as professionals receive them: database records,
//! clippings, wire copy), each on a small input of the shape it reads.

use super::super::read_text;

const STORY: &str = "Ο πρόεδρος του λιμενικού οργανισμού δήλωσε ότι τα έργα θα ολοκληρωθούν έως το 2002.\n\
    Οι ξενοδόχοι του νομού χαιρέτισαν την απόφαση του υπουργείου, όπως είπαν χθες.\n";

#[test]
fn a_greek_byline_opens_with_the_genitive_article() {
    for (line, writer) in [
        ("Του Νίκου Βαρβαρέσου", "Νίκου Βαρβαρέσου"),
        ("Της Μαρίας Καλογεράκη", "Μαρίας Καλογεράκη"),
    ] {
        let a = read_text(&format!(
            "Διπλασιάζεται το λιμάνι του Ηρακλείου\n{line}\n08/11/1999\n{STORY}"
        ));
        assert_eq!(a.authors, [writer]);
    }
}
