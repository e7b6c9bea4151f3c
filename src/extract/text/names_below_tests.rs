//! Names under the headline and around the date, on small pages.

use super::super::read_text;

const PROSE: &str = "The existing hotel on the Quay Road in Westport will close for a year while \
                     the work is done, the group said on Monday.";

#[test]
fn an_outlet_beside_the_date_is_no_author() {
    // The text writes it with "the", or credits a photo to it: a publication or a desk.
    for (outlet, mention) in [
        (
            "Delta Clarion-Ledger",
            "Jenna Morales covers education for the Delta Clarion-Ledger.",
        ),
        (
            "APB Riverina",
            "A paddock near Ardlethan after the storm.(APB Riverina: Tom Baraket)",
        ),
    ] {
        let article = read_text(&format!(
            "Schools to close amid budget shortfall\nJenna Morales\n{outlet}\n\
             Published 5:03 a.m. ET Nov. 19, 2025\n\n{PROSE}\n\n{mention}\n"
        ));
        assert_eq!(article.authors, ["Jenna Morales"], "{outlet}");
    }
}

#[test]
fn a_button_below_a_bylines_date_is_no_author() {
    let article = read_text(&format!(
        "Rural hospitals need a payment model\n\nBy Naomi Feldstein, Senior Fellow\n\
         November 24, 2026\n\nDownload PDF\nCite this\n\n{PROSE}\n"
    ));
    assert_eq!(article.authors, ["Naomi Feldstein"]);
}

#[test]
fn names_under_the_headline_are_its_authors() {
    let article = read_text(&format!(
        "Inside the lab trying to save the rarest lizard\nSouthern Gazette\n\
         Kiri Henare, Oliver Strand and Mei-Lin Chow\n9 min read\n\n{PROSE}\n"
    ));
    assert_eq!(
        article.authors,
        ["Kiri Henare", "Oliver Strand", "Mei-Lin Chow"]
    );
    let article = read_text(&format!(
        "Mayo hotel group plans €12m spa extension in Westport\nSeán Gallagher\nListen\n\n{PROSE}\n"
    ));
    assert_eq!(article.authors, ["Seán Gallagher"]);
    let article = read_text(&format!(
        "Mayo hotel group plans €12m spa extension in Westport\nSouthern Gazette\n\n{PROSE}\n"
    ));
    assert!(article.authors.is_empty());
}

#[test]
fn a_byline_goes_on_to_the_next_line() {
    let article = read_text(&format!(
        "Senate appropriators eye stopgap into February\n\nBy ANDREW PEMBERTON\nand LISA WONG\n\n{PROSE}\n"
    ));
    assert_eq!(article.authors, ["Andrew Pemberton", "Lisa Wong"]);
}

#[test]
fn names_with_places_roles_after_a_slash_and_bracketed_credits() {
    let article = read_text(&format!(
        "Euro zone bond yields climb\n\nHelen Carraway in London and Jonas Wendt in Frankfurt\n\
         November 20, 2025\n\n{PROSE}\n"
    ));
    assert_eq!(article.authors, ["Helen Carraway", "Jonas Wendt"]);
    let article = read_text(&format!(
        "Fuel prices rise again\n\nJovan Barnes/Staff Reporter\nNovember 20, 2025\n\n{PROSE}\n"
    ));
    assert_eq!(article.authors, ["Jovan Barnes"]);
    let article = read_text(&format!(
        "Fuel prices rise again\n\n{PROSE}\n\n(Reporting by Kirra Madden in Sydney and Lucas \
         Crane in Wellington; Editing by Martin Pell)\n"
    ));
    assert_eq!(article.authors, ["Kirra Madden", "Lucas Crane"]);
}
