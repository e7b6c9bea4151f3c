//! Tests of [`super`]: records of databases, archives and clippings, on small inputs.

use super::*;

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

#[test]
fn a_database_record_names_the_paper_its_date_and_section() {
    let mut page = lines(
        "NewsBase Academic\nDocument 4 of 27\nWater tariffs to rise\nThe Valletta Herald\n\
         Source: The Tri-County Ledger (Ohio)\nSection: METRO; Pg. B1\nLength: 547 words\n\
         Date: 04/08/1998\nBYLINE: By MARCUS ELLERY\nBody text starts here.",
    );
    let record = read(&mut page).expect("a record");
    assert_eq!(record.publication.as_deref(), Some("The Tri-County Ledger"));
    assert_eq!(record.section.as_deref(), Some("METRO"));
    assert!(record.date.is_some());
    assert!(page[4].is_empty() && page[5].is_empty() && page[6].is_empty());
    assert_eq!(page[8], "By MARCUS ELLERY");
}

#[test]
fn a_clipping_record_in_another_language() {
    let mut page = lines(
        "AJANS MEDYA TAKİP\nYayın Adı: Ege Postası\nTarih: 22.05.2013\nSayfa: 7\nTiraj: 41.250\n\nBaşlık",
    );
    let record = read(&mut page).expect("a record");
    assert_eq!(record.publication.as_deref(), Some("Ege Postası"));
    assert_eq!(
        publication("Cape Harbor Weekly (MA). 6/26/2014, pA1-A4.").as_deref(),
        Some("Cape Harbor Weekly")
    );
    assert_eq!(
        publication("St. Louis Evening Star").as_deref(),
        Some("St. Louis Evening Star")
    );
    assert_eq!(record.date.map(|d| d.iso).as_deref(), Some("2013-05-22"));
}

#[test]
fn a_row_may_print_several_fields() {
    let got = fields("Zdroj: Hanácké listy, 14.03.2000, Rubrika: Domácí, Strana: 3");
    assert_eq!(
        got,
        [
            (Field::Source, "Hanácké listy, 14.03.2000".to_string()),
            (Field::Section, "Domácí".to_string()),
            (Field::Page, "3".to_string()),
        ]
    );
}

#[test]
fn a_record_around_the_story_keeps_the_story() {
    // Fields share lines, and the record goes on under the text: the text stays.
    let mut page = lines(
        "Zdroj: Hanácké listy, 14.03.2000, Rubrika: Domácí, Strana: 3\nRočník: 11, Číslo: 62\n\
         Autor: Petr Novotný\nPřerovský obchvat se odkládá\n\
         Stavba severního obchvatu Přerova se nejméně o dva roky odkládá.\nPočet slov: 221",
    );
    let record = read(&mut page).expect("a record");
    assert_eq!(record.publication.as_deref(), Some("Hanácké listy"));
    assert_eq!(record.section.as_deref(), Some("Domácí"));
    assert_eq!(
        page[4],
        "Stavba severního obchvatu Přerova se nejméně o dva roky odkládá."
    );
}

#[test]
fn a_records_inverted_names_are_turned_round() {
    assert_eq!(uninverted("Pruitt, Dana").as_deref(), Some("Dana Pruitt"));
    assert_eq!(
        uninverted("Pruitt, Dana; Okoye, Ben").as_deref(),
        Some("Dana Pruitt, Ben Okoye")
    );
    assert_eq!(uninverted("Dana Pruitt"), None);
}

#[test]
fn an_articles_own_labelled_lines_are_no_record() {
    // A source credit and a date, but nothing a filed record has (page, length, load date).
    let mut page = lines("Headline\nDate: 22.05.2013\nSource: dpa\nAuthor: Anna Nowak\nText.");
    assert_eq!(read(&mut page), None);
    assert_eq!(page[2], "Source: dpa");
}

#[test]
fn a_record_copied_from_a_table_has_a_tab_between_label_and_value() {
    // A "Details" panel copies as one `Label<TAB>value` row per field.
    let mut page = crate::extract::text::lines::split_lines(
        "Body text ends here.\n\nDetails\nSubject\tRivers; Regulation\n\
         Publication title\tMoana Courier; Hamilton, N.Z.\nFirst page\tA3\n\
         Publication date\tJun 22, 2006\nSection\tRural\nDocument type\tNews",
    );
    let record = read(&mut page).expect("a record");
    assert_eq!(record.publication.as_deref(), Some("Moana Courier"));
    assert_eq!(record.section.as_deref(), Some("Rural"));
    assert_eq!(record.date.map(|d| d.iso).as_deref(), Some("2006-06-22"));
    assert_eq!(page[0], "Body text ends here.");
}
#[test]
fn a_clippings_headline_follows_its_record() {
    // The alert's own heading stands above the record; the story's headline under it.
    let text = "Morning alert · Harbour Terminal\nThursday, 14 March 2024 · 4 new mentions\n\n\
                Outlet: The Harbour Courier (Online)\nSection: Singapore\n\
                Data publikacji: 2024-03-14 06:30\nAuthor: Tan Wei Ling\n\
                Reach: 1.4M   AVE: S$18,600   Sentiment: Negative\n\n\
                Terminal congestion leaves passengers queuing for three hours\n\
                Hundreds of passengers waited up to three hours to disembark on Wednesday, officials said.\n\
                The operator said a system fault had slowed processing for about 90 minutes.\n";
    let article = crate::extract::text::read_text(text);
    assert_eq!(
        article.title,
        "Terminal congestion leaves passengers queuing for three hours"
    );
    assert_eq!(article.publisher.as_deref(), Some("The Harbour Courier"));
    assert_eq!(article.published.as_deref(), Some("2024-03-14T06:30"));
    assert_eq!(
        fields("Reach: 1.4M   AVE: S$18,600   Sentiment: Negative").len(),
        3
    );
}

#[test]
fn the_paper_under_the_headline_is_no_writer_when_the_record_names_one() {
    let text = "Nexis Uni®\nSearch   Results   Document   History   Sign out\nA University Library\n\
                ◀ Back to Results   Document 6 of 43   Next ▶\nDownload   Email   Print\n\n\
                Ferry operator scraps winter sailings after losing £2m\nSolent Evening Gazette\n\
                November 8, 2012 Thursday\nEdition 1; Main Edition\n\n\
                Copyright 2012 Wessex Newspapers Ltd All Rights Reserved\n\n\
                Section: NEWS; Pg. 7\nLength: 468 words\n\
                Byline: Daniel Whitcombe, Transport reporter\n\nBody\n\n\
                Winter ferry crossings will be cut to three a day from January, the operator said.\n\
                The operator said it lost more than two million pounds on the route last year.\n\n\
                Load-Date: November 9, 2012\nEnd of Document\n";
    let article = crate::extract::text::read_text(text);
    assert_eq!(article.authors, ["Daniel Whitcombe"]);
    assert_eq!(article.publisher.as_deref(), Some("Solent Evening Gazette"));
}
