//! Tests of the HTML reader over handwritten fixtures in `tests/fixtures/html/`.

use super::*;
use crate::model::Image;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn news_page_with_json_ld_and_furniture() {
    let article = read_html(&fixture("news-jsonld.html")).unwrap();
    assert_eq!(article.format, "html");
    assert_eq!(article.title, "Harbour bridge reopens after two-year repair");
    assert_eq!(article.authors, vec!["Mara Lindqvist", "Tom Okafor"]);
    assert_eq!(article.published.as_deref(), Some("2024-10-27T09:01:00+02:00"));
    assert_eq!(article.published_text.as_deref(), Some("2024-10-27T09:01:00+02:00"));
    assert_eq!(article.modified.as_deref(), Some("2024-10-28T11:15:00+02:00"));
    assert_eq!(article.publisher.as_deref(), Some("The Coastal Herald"));
    assert_eq!(article.category.as_deref(), Some("Local news"));
    assert_eq!(article.language.as_deref(), Some("en-GB"));
    assert_eq!(article.sources, vec!["coastalherald.example"]);
    assert_eq!(
        article.images,
        vec![Image {
            caption: Some("The bridge at dawn on Sunday, its first day back in service.".into()),
            credit: Some("Photo: Lena Berg/Coastal Herald".into()),
        }]
    );
    let body = &article.body;
    assert!(body.starts_with("The harbour bridge reopened to traffic on Sunday morning"), "{body}");
    assert!(body.ends_with("while drivers get used to the change."), "{body}");
    assert!(body.contains("\n\nCost rose by a third\n\n"), "{body}");
    assert!(body.contains("\n\nThe bridge opened in 1962.\n\nIt is 1.2 kilometres long.\n\n"), "{body}");
    for furniture in ["Share on", "Advertisement", "newsletter", "Subscribe", "Related", "Old town traffic plan", "By Mara", "Photo:", "Home", "©"] {
        assert!(!body.contains(furniture), "{furniture:?} left in: {body}");
    }
    assert!(article.quotes.is_empty());
}

#[test]
fn time_element_and_visible_byline() {
    let article = read_html(&fixture("time-and-byline.html")).unwrap();
    assert_eq!(article.title, "Library extends opening hours");
    assert_eq!(article.authors, vec!["Priya Raman"]);
    assert_eq!(article.published.as_deref(), Some("2023-03-14"));
    assert_eq!(article.modified, None);
    assert_eq!(article.publisher, None);
    assert!(article.body.starts_with("The central library will stay open"), "{}", article.body);
    assert!(article.body.ends_with("from noon until four on Sundays."), "{}", article.body);
    assert!(!article.body.contains("Front page"));
}

#[test]
fn legacy_charset_from_http_equiv() {
    let bytes = fixture("latin2.html");
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture must stay ISO-8859-2");
    assert_eq!(sniff_charset(&bytes).as_deref(), Some("iso-8859-2"));
    let article = read_html(&bytes).unwrap();
    assert_eq!(article.title, "Gdańsk: nowy przystanek tramwajowy na Przymorzu");
    assert_eq!(article.authors, vec!["Zofia Wiśniewska"]);
    assert_eq!(article.publisher.as_deref(), Some("Dziennik Bałtycki"));
    assert_eq!(article.language.as_deref(), Some("pl"));
    assert_eq!(article.published.as_deref(), Some("2022-05-06T07:30:00+02:00"));
    assert!(article.body.starts_with("Od poniedziałku tramwaje linii 6 i 12"), "{}", article.body);
    assert!(article.body.ends_with("znikną z ulic do końca tygodnia."), "{}", article.body);
}

#[test]
fn no_date_means_none() {
    let article = read_html(&fixture("no-date.html")).unwrap();
    assert_eq!(article.title, "Why the river smells in August");
    assert_eq!(article.published, None);
    assert_eq!(article.published_text, None);
    assert_eq!(article.modified, None);
    assert!(article.authors.is_empty());
    assert!(article.body.starts_with("Every August the river"), "{}", article.body);
    assert!(article.body.ends_with("during algal blooms."), "{}", article.body);
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let html = format!("<html><body>{}text{}</body></html>", "<div>".repeat(10_000), "</div>".repeat(10_000));
    match read_html(html.as_bytes()) {
        Err(ExtractError::Malformed { format: "html", reason }) => assert!(reason.contains("nested"), "{reason}"),
        other => panic!("{other:?}"),
    }
    let spans = "<span><b>".repeat(5_000);
    assert!(read_html(format!("<p>{spans}x</p>").as_bytes()).is_err());
}

#[test]
fn nesting_under_the_limit_still_reads() {
    let depth = MAX_DEPTH - 10;
    let text = "<p>A sentence of the story that is long enough to be kept by the extractor as text.</p>".repeat(8);
    let html = format!("<html><body>{}{text}{}</body></html>", "<div>".repeat(depth), "</div>".repeat(depth));
    let article = read_html(html.as_bytes()).unwrap();
    assert!(article.body.contains("A sentence of the story"));
}

#[test]
fn odd_inputs_do_not_panic() {
    for input in [
        &b"<"[..],
        b"<html",
        b"<!doctype html><html><head><meta charset=\"bogus\"></head></html>",
        b"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[[]]]}</script><p>x</p>",
        b"\xff\xfe<\x00h\x00",
        b"<meta charset=utf-8><title>\xc3</title>",
    ] {
        let _ = read_html(input);
    }
    assert_eq!(read_html(b""), Err(ExtractError::Empty));
}
