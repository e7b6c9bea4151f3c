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
    assert_eq!(
        article.title,
        "Harbour bridge reopens after two-year repair"
    );
    assert_eq!(article.authors, vec!["Mara Lindqvist", "Tom Okafor"]);
    assert_eq!(
        article.published.as_deref(),
        Some("2024-10-27T09:01:00+02:00")
    );
    assert_eq!(
        article.published_text.as_deref(),
        Some("2024-10-27T09:01:00+02:00")
    );
    assert_eq!(
        article.modified.as_deref(),
        Some("2024-10-28T11:15:00+02:00")
    );
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
    assert!(
        body.starts_with("The harbour bridge reopened to traffic on Sunday morning"),
        "{body}"
    );
    assert!(
        body.ends_with("while drivers get used to the change."),
        "{body}"
    );
    assert!(body.contains("\n\nCost rose by a third\n\n"), "{body}");
    assert!(
        body.contains("\n\nThe bridge opened in 1962.\n\nIt is 1.2 kilometres long.\n\n"),
        "{body}"
    );
    for furniture in [
        "Share on",
        "Advertisement",
        "newsletter",
        "Subscribe",
        "Related",
        "Old town traffic plan",
        "By Mara",
        "Photo:",
        "Home",
        "©",
    ] {
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
    assert!(
        article
            .body
            .starts_with("The central library will stay open"),
        "{}",
        article.body
    );
    assert!(
        article.body.ends_with("from noon until four on Sundays."),
        "{}",
        article.body
    );
    assert!(!article.body.contains("Front page"));
}

#[test]
fn legacy_charset_from_http_equiv() {
    let bytes = fixture("latin2.html");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture must stay ISO-8859-2"
    );
    assert_eq!(sniff_charset(&bytes).as_deref(), Some("iso-8859-2"));
    let article = read_html(&bytes).unwrap();
    assert_eq!(
        article.title,
        "Gdańsk: nowy przystanek tramwajowy na Przymorzu"
    );
    assert_eq!(article.authors, vec!["Zofia Wiśniewska"]);
    assert_eq!(article.publisher.as_deref(), Some("Dziennik Bałtycki"));
    assert_eq!(article.language.as_deref(), Some("pl"));
    assert_eq!(
        article.published.as_deref(),
        Some("2022-05-06T07:30:00+02:00")
    );
    assert!(
        article
            .body
            .starts_with("Od poniedziałku tramwaje linii 6 i 12"),
        "{}",
        article.body
    );
    assert!(
        article.body.ends_with("znikną z ulic do końca tygodnia."),
        "{}",
        article.body
    );
}

#[test]
fn no_date_means_none() {
    let article = read_html(&fixture("no-date.html")).unwrap();
    assert_eq!(article.title, "Why the river smells in August");
    assert_eq!(article.published, None);
    assert_eq!(article.published_text, None);
    assert_eq!(article.modified, None);
    assert!(article.authors.is_empty());
    assert!(
        article.body.starts_with("Every August the river"),
        "{}",
        article.body
    );
    assert!(
        article.body.ends_with("during algal blooms."),
        "{}",
        article.body
    );
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let html = format!(
        "<html><body>{}text{}</body></html>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    match read_html(html.as_bytes()) {
        Err(ExtractError::Malformed {
            format: "html",
            reason,
        }) => assert!(reason.contains("nested"), "{reason}"),
        other => panic!("{other:?}"),
    }
    let spans = "<span><b>".repeat(5_000);
    assert!(read_html(format!("<p>{spans}x</p>").as_bytes()).is_err());
}

#[test]
fn nesting_under_the_limit_still_reads() {
    let depth = MAX_DEPTH - 10;
    let text =
        "<p>A sentence of the story that is long enough to be kept by the extractor as text.</p>"
            .repeat(8);
    let html = format!(
        "<html><body>{}{text}{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
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

/// The body of a small page whose article the extractor keeps whole.
fn body_of(inner: &str) -> Article {
    let story = "<p>The council met on Monday to agree the budget for the coming year, after weeks of talks between the parties.</p>\
        <p>Members voted by a large majority for the plan, which keeps the libraries open and repairs the harbour wall.</p>";
    let html = format!(
        "<html><head><title>Budget agreed</title></head><body><article>{story}{inner}{story}</article></body></html>"
    );
    read_html_str(&html).unwrap()
}

use crate::model::Article;

#[test]
fn short_label_after_an_image_is_its_caption() {
    let article = body_of(
        "<div><p><img src=a.jpg alt=x></p></div><p>The harbour wall before the repairs</p>",
    );
    assert!(
        !article.body.contains("harbour wall before"),
        "{}",
        article.body
    );
    assert!(
        article
            .images
            .iter()
            .any(|i| i.caption.as_deref() == Some("The harbour wall before the repairs")),
        "{:?}",
        article.images
    );
}

#[test]
fn block_repeating_the_image_alt_is_its_caption() {
    let article = body_of(
        "<figure><img src=a.jpg alt=\"Anna Berg at the harbour, where she was born.\"></figure><ul><li><p>Anna Berg at the harbour, where she was born.</p></li></ul>",
    );
    assert!(!article.body.contains("Anna Berg"), "{}", article.body);
}

#[test]
fn sentences_after_an_image_and_text_beside_an_icon_stay() {
    let article = body_of(
        "<p><img src=a.jpg alt=\"\"></p><p>Nine months ago, the mayor seemed like a spent force.</p><p><img src=icon.png alt=\"\"> Short line without a stop</p>",
    );
    assert!(
        article
            .body
            .contains("Nine months ago, the mayor seemed like a spent force."),
        "{}",
        article.body
    );
    assert!(
        article.body.contains("Short line without a stop"),
        "{}",
        article.body
    );
}

#[test]
fn video_player_controls_are_dropped() {
    let article = body_of(
        "<div aria-label=\"video player\" role=region><p>Play Video</p><div class=\"vjs-control-bar\"><p>Current Time 0:00</p><p>Fullscreen</p></div></div><p>Video shows the flooded road</p>",
    );
    for label in ["Play Video", "Current Time", "Fullscreen", "Video shows"] {
        assert!(
            !article.body.contains(label),
            "{label:?} left in: {}",
            article.body
        );
    }
}

#[test]
fn bracketed_credit_lines_are_dropped() {
    let article = body_of(
        "<p>(Artist: Jane Doe)</p><p>[Photo: AP]</p><p>(Source: city archive)</p><p>(The vote was close.)</p>",
    );
    for credit in ["Jane Doe", "Photo: AP", "city archive"] {
        assert!(
            !article.body.contains(credit),
            "{credit:?} left in: {}",
            article.body
        );
    }
    assert!(
        article.body.contains("(The vote was close.)"),
        "{}",
        article.body
    );
}

#[test]
fn chinese_captions_and_editor_lines_leave_the_body() {
    let article = body_of("<p>图为市议会大楼。</p><p>[责任编辑:张三]</p><p>原标题：预算通过</p>");
    assert!(!article.body.contains("图为"), "{}", article.body);
    assert!(
        !article.body.contains("责任编辑") && !article.body.contains("原标题"),
        "{}",
        article.body
    );
    assert!(
        article
            .images
            .iter()
            .any(|i| i.caption.as_deref() == Some("图为市议会大楼。")),
        "{:?}",
        article.images
    );
}

#[test]
fn author_bio_and_contributor_lines_at_the_end_are_dropped() {
    let story = "<p>The council met on Monday to agree the budget for the coming year, after weeks of talks between the parties.</p>";
    let html = format!(
        "<html><body><article>{}<p>Jane Doe is a reporter covering the city. Follow her on Twitter @janedoe.</p><p>John Roe contributed to this report.</p></article></body></html>",
        story.repeat(4)
    );
    let article = read_html_str(&html).unwrap();
    assert!(
        !article.body.contains("Follow her") && !article.body.contains("contributed"),
        "{}",
        article.body
    );
    assert!(
        article.body.ends_with("between the parties."),
        "{}",
        article.body
    );
}

#[test]
fn tag_lists_and_widget_credits_are_dropped() {
    let article = body_of(
        "<p>Powered by SmartAsset.com</p><p>More about:</p><ul><li><a href=a>Budget</a></li><li><a href=b>Harbour</a></li></ul>",
    );
    for furniture in ["Powered by", "More about", "Budget\n", "Harbour\n"] {
        assert!(
            !article.body.contains(furniture),
            "{furniture:?} left in: {}",
            article.body
        );
    }
}

/// A small page: `head` inside `<head>`, `body` inside `<body>` with enough text to be read.
fn page(head: &str, body: &str) -> Article {
    let html = format!(
        "<html><head>{head}</head><body>{body}<article><p>The council met on Tuesday evening to \
         discuss the plan for the harbour, and after a long debate it voted to approve it.</p>\
         <p>Work is expected to start in the spring and to last about two years, officials \
         said after the vote.</p></article></body></html>"
    );
    read_html_str(&html).unwrap()
}

#[test]
fn a_day_from_meta_and_the_minute_from_time_agree() {
    let a = page(
        r#"<meta name="date" content="2024-03-05">"#,
        r#"<time datetime="2024-03-05T09:30">5 March</time>"#,
    );
    assert_eq!(a.published.as_deref(), Some("2024-03-05T09:30"));
    // A time on another day does not refine the declared one.
    let b = page(
        r#"<meta name="date" content="2024-03-05">"#,
        r#"<time datetime="2024-03-07T09:30">7 March</time>"#,
    );
    assert_eq!(b.published.as_deref(), Some("2024-03-05"));
}

#[test]
fn a_cjk_date_element_dates_the_page() {
    let a = page("", r#"<span class="pubTime">2016年10月14日07:17</span>"#);
    assert_eq!(a.published.as_deref(), Some("2016-10-14T07:17"));
    assert_eq!(a.provenance.get("published"), Some(&"date-element"));
}

#[test]
fn organisation_bylines_are_sources_and_capitals_are_tidied() {
    let a = page(r#"<meta name="author" content="BBC News">"#, "");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert!(a.sources.contains(&"BBC News".to_string()));
    let b = page(r#"<meta name="author" content="NATALIYA VASILYEVA">"#, "");
    assert_eq!(b.authors, vec!["Nataliya Vasilyeva"]);
}

#[test]
fn the_canonical_link_is_the_url() {
    let a = page(
        r#"<link rel="canonical" href="https://news.example/a/1"><meta property="og:url" content="https://news.example/a/1?utm=x">"#,
        "",
    );
    assert_eq!(a.url.as_deref(), Some("https://news.example/a/1"));
    assert_eq!(a.provenance.get("url"), Some(&"canonical-link"));
    let relative = page(r#"<link rel="canonical" href="/a/1">"#, "");
    assert_eq!(relative.url, None);
}
