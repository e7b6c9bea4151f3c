//! Bylines and names on small inputs (`src/extract/text/byline.rs`).

use super::super::byline::*;

#[test]
fn chinese_reporter_lines() {
    assert_eq!(
        byline("記者陳怡君／台中報導"),
        Some(vec!["陳怡君".to_string()])
    );
    assert_eq!(byline("记者 李明/北京报道"), Some(vec!["李明".to_string()]));
    assert_eq!(byline("記者會將於明天舉行"), None);
}

#[test]
fn an_agency_after_a_slash_in_a_labelled_byline() {
    // The agency is listed with the names; the reader moves it to the sources.
    assert_eq!(
        byline("Teksti: Johanna Mäkelä, Antti Rautio / STT"),
        Some(vec![
            "Johanna Mäkelä".to_string(),
            "Antti Rautio".to_string(),
            "STT".to_string()
        ])
    );
    let article = super::read_text(
        "Konepaja irtisanoo 80 työntekijää\n\nTeksti: Johanna Mäkelä, Antti Rautio / STT\n\n\
         Tamperelainen konepaja aloittaa muutosneuvottelut, yhtiö kertoi tiistaina.",
    );
    assert_eq!(article.authors, ["Johanna Mäkelä", "Antti Rautio"]);
    assert_eq!(article.sources, ["STT"]);
}

#[test]
fn co_authors_in_brackets() {
    assert_eq!(
        byline("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)"),
        Some(vec![
            "Martin Untersinger".to_string(),
            "Damien Leloup".to_string(),
            "Morgane Tual".to_string()
        ])
    );
}

#[test]
fn name_lines_with_roles_and_places() {
    assert_eq!(
        name_line("Daniel Okoye | Senior Editor"),
        Some(vec!["Daniel Okoye".to_string()])
    );
    assert_eq!(
        name_line("Helena Sotiriou in Athens"),
        Some(vec!["Helena Sotiriou".to_string()])
    );
    assert_eq!(name_line("Prices rise in Athens"), None);
    assert_eq!(
        name_line("MARTA ZIELIŃSKA"),
        Some(vec!["Marta Zielińska".to_string()])
    );
    assert_eq!(name_line("BREAKING NEWS"), None);
    assert_eq!(
        name_line("Oksana Hrytsenko, Kyiv"),
        Some(vec!["Oksana Hrytsenko".to_string()])
    );
    assert_eq!(name_line("Oil | Gas | Power"), None);
    assert_eq!(
        name_line("Selin Kara - İZMİR"),
        Some(vec!["Selin Kara".to_string()])
    );
    assert_eq!(name_line("Talks resume - UPDATE 2"), None);
    assert_eq!(
        name_line("Redacción / Lucía Manrique Tapia"),
        Some(vec!["Lucía Manrique Tapia".to_string()])
    );
    assert_eq!(
        name_line("Līga Bērziņa, LETA"),
        Some(vec!["Līga Bērziņa".to_string(), "LETA".into()])
    );
    assert_eq!(
        name_line("Rachel Côté · CPBC News"),
        Some(vec!["Rachel Côté".to_string()])
    );
    assert!(is_bare_by("By"));
    assert!(is_bare_by("Skrevet af"));
    assert!(is_bare_by("Autor:"));
    assert!(!is_bare_by("By Jane Doe"));
}

#[test]
fn bylines() {
    assert_eq!(byline("By Jane Doe"), Some(vec!["Jane Doe".to_string()]));
    assert_eq!(
        byline("By Jane Doe and John Roe"),
        Some(vec!["Jane Doe".into(), "John Roe".into()])
    );
    assert_eq!(byline("Autor: Anna Nowak"), Some(vec!["Anna Nowak".into()]));
    assert_eq!(
        byline("Written by Ann Lee & Bo Chan"),
        Some(vec!["Ann Lee".into(), "Bo Chan".into()])
    );
    assert_eq!(
        byline("By the time the polls closed, turnout was high."),
        None
    );
}
#[test]
fn names() {
    assert!(looks_like_name("Maciej Zubel", 2));
    assert!(looks_like_name("Ursula von der Leyen", 2));
    assert!(looks_like_name("J. R. Smith", 2));
    assert!(!looks_like_name("Kim's troops are heading", 2));
    assert!(!looks_like_name("Thousands of soldiers.", 2));
    assert!(!looks_like_name("Madonna", 2));
}
#[test]
fn bylines_with_roles_capitals_and_editors() {
    assert_eq!(
        byline("By Anna Kowalska, Reuters correspondent in Warsaw"),
        Some(vec!["Anna Kowalska".to_string()])
    );
    // The agency stays in the list: the reader moves it to the sources.
    assert_eq!(
        byline("By Anna Kowalska and Piotr Wiśniewski, Reuters"),
        Some(vec![
            "Anna Kowalska".to_string(),
            "Piotr Wiśniewski".into(),
            "Reuters".into()
        ])
    );
    assert_eq!(
        byline("By Tom Price, Political Editor"),
        Some(vec!["Tom Price".to_string()])
    );
    assert_eq!(
        byline("By MIKE JOHNSON and SARAH O'NEIL"),
        Some(vec!["Mike Johnson".to_string(), "Sarah O'Neil".into()])
    );
    assert_eq!(
        byline("Reporting by Eric Okafor; Editing by Jan Harvey"),
        Some(vec!["Eric Okafor".to_string()])
    );
    assert_eq!(byline("作者：李明"), Some(vec!["李明".to_string()]));
    assert_eq!(
        byline("By Cara Reporter"),
        Some(vec!["Cara Reporter".to_string()])
    );
    assert_eq!(
        byline("Door Sanne de Vries"),
        Some(vec!["Sanne de Vries".to_string()])
    );
}
#[test]
fn bare_name_lists() {
    assert_eq!(
        name_list("Diego Lewandowska, Kofi Schmidt"),
        Some(vec!["Diego Lewandowska".to_string(), "Kofi Schmidt".into()])
    );
    assert_eq!(name_list("USA LOCAL"), None);
    assert_eq!(name_list("Kim's troops are heading"), None);
}

/// Session 11: "and" in every language CLDR describes, labels whose colon is Armenian, a label
/// value that ends where the next label starts, a handle glued to the name, `Posted by`.
#[test]
fn bylines_in_more_languages_and_shapes() {
    for (line, names) in [
        (
            "Nga Arben Hoxha dhe Elira Shehu",
            &["Arben Hoxha", "Elira Shehu"][..],
        ),
        ("Հեղինակ՝ Անի Հակոբյան", &["Անի Հակոբյան"]),
        ("Аутор: Милан Јовановић", &["Милан Јовановић"]),
        ("文：何嘉欣\u{3000}攝影：梁志強", &["何嘉欣"]),
        ("Words: Ffion Hale", &["Ffion Hale"]),
        ("By Derek Lyles@DLylesRams", &["Derek Lyles"]),
        (
            "Posted by Ramon Villanueva at 7:45 PM",
            &["Ramon Villanueva"],
        ),
    ] {
        let want: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        assert_eq!(byline(line), Some(want), "{line}");
    }
    assert_eq!(
        name_line("Sanjana Rao / Mar 3, 2025, 23:47 IST"),
        Some(vec!["Sanjana Rao".to_string()])
    );
    // A bare name and the town it was written in.
    assert_eq!(
        name_line("Reto Baumann, Chur"),
        Some(vec!["Reto Baumann".to_string()])
    );
}

#[test]
fn names_without_capitals_after_a_known_label() {
    // Hebrew has no capitals: the label `מאת` is the evidence they would give.
    assert_eq!(
        byline("מאת נועה בן-דוד"),
        Some(vec!["נועה בן-דוד".to_string()])
    );
    // Without a label a caseless line is no name.
    assert_eq!(name_list("נועה בן-דוד"), None);
}

#[test]
fn a_photographers_label_ends_a_prefix_byline_but_a_times_colon_does_not() {
    assert_eq!(
        byline("de Andreea Mureșan | Foto: Radu Pop"),
        Some(vec!["Andreea Mureșan".to_string()])
    );
    assert_eq!(
        byline("Posted by Ramon Villanueva at 7:45 PM"),
        Some(vec!["Ramon Villanueva".to_string()])
    );
}
