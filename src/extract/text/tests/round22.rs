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

const WIRE: &str = "Un incendio en Ourense obliga a desalojar tres aldeas\n\
    Ourense, 21 abr (EFE).- Un incendio forestal declarado esta madrugada ha obligado a desalojar a unos 90 vecinos.\n\
    En las tareas de extinción trabajan siete helicópteros y unas 150 personas, según la Xunta.\n\
    EFE\n\
    (c) Agencia EFE, S.A. Todos los derechos reservados.\n";

#[test]
fn wire_copy_with_no_paper_around_it_is_the_agencys() {
    // The newsroom system's arrival time is not the agency's; its own stamp is.
    let a = read_text(&format!(
        "Llegada: 21/04/2005 12:35\nEFE 21/04/2005 12:34\nPrioridad: URGENTE\n{WIRE}"
    ));
    assert_eq!(a.publisher.as_deref(), Some("Agencia EFE"));
    assert_eq!(a.sources, ["EFE"]);
    assert_eq!(a.published.as_deref(), Some("2005-04-21T12:34"));
    // A transmission label dates the story; an arrival label does not.
    let a = read_text(&format!(
        "Arrived: 11/12/2010 15:51\nTransmitted: 12 Nov 2010 15:48\n{WIRE}"
    ));
    assert_eq!(a.published.as_deref(), Some("2010-11-12T15:48"));
}

#[test]
fn a_database_copy_names_its_paper_over_the_record() {
    let a = read_text(
        "NewsBase Academic\nAccess provided by: University Library\n\
         Document 4 of 27\nWater tariffs to rise for first time in a decade\nThe Island Herald\n\
         October 3, 2003 Friday\nSection: Business; Page 12\nLength: 498 words\n\
         Byline: Mark Zammit Cutajar\nBody\n\
         Household water tariffs will go up by an average of 8 per cent from January 1, the authority said.\n\
         The authority said the rise was needed to cover the cost of running its plants.\n\
         Load-Date: October 6, 2003\nDocument ID: NVA-2003-1003-VH-00412\n\
         Database: NewsBase International Newspapers\n",
    );
    assert_eq!(a.publisher.as_deref(), Some("The Island Herald"));
    assert_eq!(a.category.as_deref(), Some("Business"));
    assert!(a.sources.is_empty(), "{:?}", a.sources);
    assert_eq!(a.published.as_deref(), Some("2003-10-03"));
}
