//! Rules of session 13 on small pages: date elements named by a class ending in `time`, the
//! absolute time in a relative time's title, Joomla's `Created:` line, and site headers.

use super::read_html_str;
use crate::model::Article;

fn page(body: &str) -> Article {
    let html = format!(
        "<html><head><title>Harbour plan approved</title></head><body>{body}<article>\
         <h1>Harbour plan approved</h1><p>The council met on Tuesday evening to discuss the plan \
         for the harbour, and after a long debate it voted to approve it.</p></article></body></html>"
    );
    read_html_str(&html).expect("read")
}

#[test]
fn a_class_ending_in_time_dates_the_page_and_a_site_header_does_not() {
    let a = page(
        "<header class=\"header\"><div class=\"header_date\">Вівторок, 16 квітня 2024</div></header>\
         <div class=\"post_time\">Понеділок, 15 квітня 2024, 19:20</div>",
    );
    assert_eq!(a.published.as_deref(), Some("2024-04-15T19:20"));
    // A reading time is no date.
    let b = page("<span class=\"read-time\">5 min</span>");
    assert_eq!(b.published, None);
}

#[test]
fn a_relative_time_is_dated_by_its_title() {
    let a = page(
        "<span class=\"story-time\" title=\"Tue, 14 May 2024 07:45 PM (IST)\">प्रकाशित: 3 घंटे पहले</span>",
    );
    assert_eq!(a.published.as_deref(), Some("2024-05-14T19:45"));
    // A printed date keeps precedence over a title.
    let b = page("<span class=\"story-time\" title=\"Tue, 14 May 2024\">15 May 2024</span>");
    assert_eq!(b.published.as_deref(), Some("2024-05-15"));
}

#[test]
fn joomlas_created_line_is_the_publication_date() {
    let a = page(
        "<dl class=\"article-info\"><dd class=\"create\">Created: Monday, 12 May 2025 09:14</dd>\
         <dd class=\"hits\">Hits: 611</dd></dl>",
    );
    assert_eq!(a.published.as_deref(), Some("2025-05-12T09:14"));
}

fn with_head(head: &str, body: &str) -> Article {
    let html = format!(
        "<html><head>{head}</head><body>{body}<article><h1>Harbour plan approved</h1><p>The \
         council met on Tuesday evening to discuss the plan for the harbour, and after a long \
         debate it voted to approve it.</p></article></body></html>"
    );
    read_html_str(&html).expect("read")
}

#[test]
fn the_brand_the_title_ends_with_beats_the_declared_company() {
    let ld = |name: &str| {
        format!(
            "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"publisher\":\
             {{\"@type\":\"Organization\",\"name\":\"{name}\"}}}}</script>"
        )
    };
    let head = format!(
        "<title>Harbour plan approved | Groenwinkel.nl</title>\
         <meta property=\"og:site_name\" content=\"Groenwinkel.nl\">{}",
        ld("Groenwinkel B.V.")
    );
    assert_eq!(
        with_head(&head, "").publisher.as_deref(),
        Some("Groenwinkel.nl")
    );
    // A site that calls itself by its address is named by the JSON-LD publisher.
    let head = format!(
        "<title>Harbour plan approved - lechomosan.be</title>\
         <meta property=\"og:site_name\" content=\"lechomosan.be\">{}",
        ld("L'Écho Mosan")
    );
    assert_eq!(
        with_head(&head, "").publisher.as_deref(),
        Some("L'Écho Mosan")
    );
    // On a platform the title names the publication too: the declared one stays.
    let head = format!(
        "<title>Harbour plan approved | by Ann Lee | Civic Bytes | Medium</title>\
         <meta property=\"og:site_name\" content=\"Medium\">{}",
        ld("Civic Bytes")
    );
    assert_eq!(
        with_head(&head, "").publisher.as_deref(),
        Some("Civic Bytes")
    );
    // A channel's logo named second to last in the title.
    let head = "<title>Harbour plan approved|港口_星浪财经_星浪网</title>";
    let body = "<a class=\"logo\"><img alt=\"星浪财经\"></a>";
    assert_eq!(with_head(head, body).publisher.as_deref(), Some("星浪财经"));
}

/// Round 10 (session 14): titles.
#[test]
fn a_twitter_card_copying_the_og_title_is_no_second_declaration() {
    let html = "<html><head><title>Cost of doubling the desalination plant blows out by $410 \
        million — Torrens Review</title>\
        <meta property=\"og:title\" content=\"Desal costs blow out\">\
        <meta name=\"twitter:title\" content=\"Desal costs blow out\"></head><body><article>\
        <h1>Cost of doubling the desalination plant blows out by $410 million</h1><p>The state \
        government's own documents show the cost of the plant has grown by a third since the \
        plan was announced last year.</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "Cost of doubling the desalination plant blows out by $410 million"
    );
}

#[test]
fn a_printed_headline_marked_for_machines_is_the_title() {
    let html = "<html><head><title>Pipeline complete - Karoo Courier</title></head><body>\
        <div itemscope><h2 itemprop=\"headline\">The new water pipeline is finished, but taps \
        must wait</h2><p>The town's new pipeline was finished on Friday, the municipality said, \
        but water will only flow once tests are done.</p></div></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "The new water pipeline is finished, but taps must wait"
    );
    assert_eq!(a.provenance.get("title").copied(), Some("itemprop"));
}

/// Round 10 (session 14): a writer signing off under the story.
#[test]
fn a_sign_off_under_the_story_names_the_writer() {
    let a = page(
        "<article><p>The bridge closes on Monday for two years, and the detours will \
        add twenty minutes to the commute for most of the West Side.</p><p>— Dana Kowalczyk</p></article>",
    );
    assert_eq!(a.authors, vec!["Dana Kowalczyk"]);
    let b = page(
        "<article><p>The bridge closes on Monday for two years, and the detours will \
        add twenty minutes to the commute.</p><p>— See you next week.</p></article>",
    );
    assert!(b.authors.is_empty(), "{:?}", b.authors);
    // Two writers' names alone on the story's last line.
    let c = page(
        "<article><p>Cây cầu sẽ đóng cửa từ thứ Hai trong hai năm, và đường vòng sẽ khiến \
        người dân mất thêm hai mươi phút mỗi ngày để đi làm.</p>\
        <p><strong>Nguyễn Đông - Hoàng Thảo</strong></p></article>",
    );
    assert_eq!(c.authors, vec!["Nguyễn Đông", "Hoàng Thảo"]);
}
