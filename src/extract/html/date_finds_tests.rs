//! Tests of date_finds.rs: where a printed date sits and what the words around it say.

use super::*;
use crate::extract::html::read_html_str;

fn published(html: &str) -> Option<String> {
    read_html_str(html).ok().and_then(|a| a.published)
}

/// A paragraph long enough to be the story's text.
fn story() -> String {
    format!(
        "<p>{}</p>",
        "The council met on Tuesday to vote on the bridge. ".repeat(5)
    )
}

fn find(text: &str, class: &str, before_headline: bool, after_body_start: bool) -> DateFind {
    DateFind {
        node: 0,
        text: text.into(),
        class: class.into(),
        before_headline,
        beside_headline: false,
        after_body_start,
    }
}

#[test]
fn a_banner_above_the_headline_ranks_after_the_storys_date() {
    let finds = [
        find("Wednesday, 6 November 2024", "date", true, false),
        find("5 November 2024", "byline-date", false, false),
    ];
    assert_eq!(
        rank(&finds, true),
        ["5 November 2024", "Wednesday, 6 November 2024"]
    );
    // Without a headline nothing is above it: page order.
    assert_eq!(rank(&finds, false)[0], "Wednesday, 6 November 2024");
    let html = format!(
        "<body><div class=\"top\"><span class=\"date\">Wednesday, 6 November 2024</span></div>\
         <h1>The heritage walk takes a new route</h1><div class=\"story-date\">5 November 2024</div>{}</body>",
        story()
    );
    assert_eq!(published(&html).as_deref(), Some("2024-11-05"));
}

#[test]
fn a_related_list_after_the_story_gives_no_date() {
    let list = |class: &str| {
        (0..3)
            .map(|i| find(&format!("1{i} March 2026"), class, false, true))
            .collect::<Vec<_>>()
    };
    assert!(rank(&list("date"), true).is_empty());
    // The same list above the story's text, or without a class, is kept.
    let mut above = list("date");
    above.iter_mut().for_each(|f| f.after_body_start = false);
    assert_eq!(rank(&above, true).len(), 3);
    assert_eq!(rank(&list(""), true).len(), 3);
    let items: String = (1..=3)
        .map(|i| format!("<li><a href=\"/r/{i}\">Other story {i}</a> <span class=\"date\">1{i} March 2026</span></li>"))
        .collect();
    let html = format!(
        "<body><h1>Minister announces money for island piers</h1><div class=\"byline\">By Ann Lee, \
         19 March 2026</div>{}<div class=\"more\"><ul>{items}</ul></div></body>",
        story()
    );
    assert_eq!(published(&html).as_deref(), Some("2026-03-19"));
}

#[test]
fn a_publication_label_beside_its_value() {
    let page = Dom::parse(
        "<dl><dt>From</dt><dd>Department</dd><dt>Published on</dt><dd>19 March 2026</dd>\
         <dt>Last updated on</dt><dd>20 March 2026</dd></dl>\
         <table><tr><th>Date</th><td>6 February 1840</td></tr></table>",
    );
    let lines: Vec<String> = (0..page.nodes.len())
        .filter_map(|id| labelled_value(&page, id))
        .collect();
    assert_eq!(lines, ["Published on 19 March 2026"]);
    let html = format!(
        "<body><h1>Minister announces money for island piers</h1><dl class=\"press-meta\"><dt>Published on</dt>\
         <dd>19 March 2026</dd><dt>Last updated on</dt><dd>20 March 2026</dd></dl>{}</body>",
        story()
    );
    assert_eq!(published(&html).as_deref(), Some("2026-03-19"));
}

#[test]
fn a_time_after_an_update_label_is_the_updates() {
    let page = Dom::parse(
        "<span class=\"c-byline__item\">Updated <time datetime=\"2018-07-24\">Jul 24</time></span>\
         <p>Aktualisiert: <span><time datetime=\"2018-07-25\">25.7.</time></span></p>\
         <span>Published <time datetime=\"2017-12-15\">Dec 15</time></span>\
         <time class=\"updated\" datetime=\"2018-07-26\">x</time>\
         <time class=\"entry-date published updated\" datetime=\"2017-12-16\">y</time>",
    );
    let updates: Vec<&str> = (0..page.nodes.len())
        .filter(|&id| page.nodes[id].tag == "time" && is_update_time(&page, id))
        .filter_map(|id| page.nodes[id].attr("datetime"))
        .collect();
    assert_eq!(updates, ["2018-07-24", "2018-07-25", "2018-07-26"]);
    let html = format!(
        "<body><h1>The video that explains the bridge</h1><div class=\"byline\"><span>By Ann Lee</span> \
         <span>Updated <time datetime=\"2018-07-24T18:15:58+00:00\">Jul 24, 2018</time></span></div>{}\
         <footer><time datetime=\"2017-12-15T08:50:02-05:00\">first shown</time></footer></body>",
        story()
    );
    // The update's time is not the publication's; the other `<time>` is.
    assert_eq!(
        published(&html).as_deref(),
        Some("2017-12-15T08:50:02-05:00")
    );
}

#[test]
fn a_time_without_a_machine_date_is_read_for_what_it_prints() {
    let html = format!(
        "<body><h1>A new cycling road around the lake</h1><div><time>2013-09-29</time></div>{}</body>",
        story()
    );
    assert_eq!(published(&html).as_deref(), Some("2013-09-29"));
}

#[test]
fn a_date_above_the_headline_in_its_own_block_is_the_storys() {
    let html = format!(
        "<body><div class=\"top\"><span class=\"date\">Thursday, 9 April 2015</span></div>\
         <div class=\"news\"><div class=\"kicker\"><span class=\"news_datum\">08.04.2015 12:46</span></div>\
         <h1>The chip maker reports its results</h1></div>{}</body>",
        story()
    );
    let page = Dom::parse(&html);
    let meta = super::super::metadata::read(&page);
    assert_eq!(meta.header_dates, ["08.04.2015 12:46"]);
    assert_eq!(meta.date_elements[0], "08.04.2015 12:46");
    assert_eq!(published(&html).as_deref(), Some("2015-04-08T12:46"));
}

#[test]
fn what_a_time_prints_is_read_whatever_its_class() {
    let html = format!(
        "<body><h1>Rock salt and water under the city</h1><p class=\"byline\">By Ann Lee \
         <time datetime=\"2019-02-21T08:00:08.000Z\">Feb. 21, 2019</time></p>{}</body>",
        story()
    );
    let page = Dom::parse(&html);
    let meta = super::super::metadata::read(&page);
    assert_eq!(meta.header_dates, ["Feb. 21, 2019"]);
}

#[test]
fn a_relative_time_gives_the_moment_its_data_attribute_keeps() {
    let html = "<html><body><h1>Cable car to reopen in summer</h1>\
        <div class=\"byline\"><span class=\"date\" data-time=\"2026-02-19T14:10:00+04:00\">\
        3 საათის წინ</span></div><p>The city's cable car will reopen after repairs.</p>\
        </body></html>";
    let article = crate::extract::html::read_html_str(html).expect("read");
    assert_eq!(
        article.published.as_deref().map(|p| &p[..16]),
        Some("2026-02-19T14:10")
    );
}

#[test]
fn a_relative_time_gives_the_unix_time_its_data_attribute_keeps() {
    let html = "<html><body><h1>Cable car to reopen in summer</h1>\
        <div class=\"byline\"><span class=\"date\" data-timestamp=\"1425460800\">yesterday</span>\
        </div><p>The city's cable car will reopen after repairs.</p></body></html>";
    let article = crate::extract::html::read_html_str(html).expect("read");
    assert_eq!(
        article.published.as_deref(),
        Some("2015-03-04T09:20:00+00:00")
    );
    // A count in a data attribute is no time.
    let html = html.replace("data-timestamp", "data-count");
    let article = crate::extract::html::read_html_str(&html).expect("read");
    assert_eq!(article.published, None);
}

#[test]
fn a_marked_creation_date_dates_a_page_that_marks_no_publication() {
    let html = "<html><body><h1>Cable car to reopen in summer</h1>\
        <span itemprop=\"dateCreated\" content=\"2015-03-04\">4 March</span>\
        <p>The city's cable car will reopen after repairs.</p></body></html>";
    let article = crate::extract::html::read_html_str(html).expect("read");
    assert_eq!(article.published.as_deref(), Some("2015-03-04"));
}

#[test]
fn unclassed_times_of_a_related_list_give_no_date() {
    // The story prints only an update; the list's `<time>`s have no class to share.
    let items: String = (1..=3)
        .map(|i| format!("<li><a href=\"/r/{i}\">Other story {i}</a><time datetime=\"2026-02-2{i}\">2{i} Feb</time></li>"))
        .collect();
    let html = format!(
        "<body><h1>Wharf upgrade: passengers to land by tender</h1><p class=\"meta\">By Ann Lee</p>\
         {}<section><ul>{items}</ul></section></body>",
        story()
    );
    assert_eq!(published(&html), None);
}

#[test]
fn an_update_printed_above_the_publication_is_no_publication() {
    let html = format!(
        "<body><h1>Cross Island line's first stage to open in 2030</h1><div class=\"stamps\">\
         <div>Updated Nov 27, 2026, 11:32 AM</div><div>Published Nov 27, 2026, 05:00 AM</div>\
         </div>{}</body>",
        story()
    );
    assert_eq!(published(&html).as_deref(), Some("2026-11-27T05:00"));
}

#[test]
fn the_url_dates_the_story_before_a_banner_dates_the_visit() {
    let html = format!(
        "<head><link rel=\"canonical\" href=\"https://news.example/2026/03/17/grain-market/\">\
         </head><body><div class=\"top\"><div class=\"date-in-header\">Wednesday, March 18, \
         2026</div></div><div class=\"post\"><h1>A new grain market opens</h1></div>{}</body>",
        story()
    );
    assert_eq!(published(&html).as_deref(), Some("2026-03-17"));
}
