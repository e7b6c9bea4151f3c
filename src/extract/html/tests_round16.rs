//! Rules of saved pages round 16 (session 20) on small pages: bylines in CSS-in-JS components
//! and in a print view's meta row, update labels run into the byline, dates split over inline
//! elements, Chinese wire datelines naming their reporters, titles parted from the site's name
//! by a bare hyphen.

use super::read_html_str;
use super::tests_round15::{STORY, page};

#[test]
fn a_css_in_js_contributor_name_is_the_byline() {
    let a = page(
        "",
        "<div data-component=\"byline-block\"><div class=\"ssrcss-68pt20-Text-TextContributorName\">\
         Hannah Pryce</div><div class=\"ssrcss-84ltp5-Text\">Education correspondent</div></div>",
        "",
    );
    assert_eq!(a.authors, ["Hannah Pryce"]);
}

#[test]
fn a_print_views_meta_row_names_the_writers() {
    let a = page(
        "",
        "<div class=\"print-submitted\">By Wanjiru Kamau and Otieno Ouma | Tue, Nov 24th 2026 at \
         22:12, GMT +3 | 3 min read</div>",
        "",
    );
    assert_eq!(a.authors, ["Wanjiru Kamau", "Otieno Ouma"]);
}

#[test]
fn an_update_run_into_the_byline_dates_no_publication() {
    let a = page(
        "<meta property=\"article:modified_time\" content=\"2026-11-26T15:05:33+13:00\">",
        "<div class=\"meta\"><span class=\"author\">By Hemi Walker, Auckland reporter</span>\
         <span class=\"ad-updated\">Updated 26 Nov, 2026 3:05pm</span><span>4 min read</span></div>",
        "",
    );
    assert_eq!(a.published, None);
}

#[test]
fn a_date_split_over_inline_elements_gives_its_minute() {
    let html = format!(
        "<html><head><title>Harbour plan approved</title><link rel=\"canonical\" \
         href=\"https://news.example.cn/politics/20261121/c8a1f0/c.html\"></head><body>\
         <h1>Harbour plan approved</h1><div class=\"header-time\"><span class=\"year\"><em>2026</em>\
         /11/21</span> <span class=\"day\">10:32:15</span> <span class=\"source\">来源：华夏通讯网\
         </span></div>{STORY}</body></html>"
    );
    let a = read_html_str(&html).expect("read");
    assert_eq!(
        a.published.as_deref().and_then(|p| p.get(..16)),
        Some("2026-11-21T10:32")
    );
}

#[test]
fn a_chinese_wire_dateline_names_its_reporters() {
    let html = "<html lang=\"zh-CN\"><head><title>国务院常务会议部署进一步扩大服务消费</title></head><body>\
        <h1>国务院常务会议部署进一步扩大服务消费</h1><div id=\"detail\"><p>华夏通讯社北京11月21日电\
        （记者张明远、刘晓雯）国务院总理11月20日主持召开国务院常务会议，部署进一步扩大服务消费的政策措施，\
        研究推动养老、托育、文化旅游等领域高质量发展。</p><p>会议指出，服务消费是消费的重要组成部分，\
        在稳增长、扩内需、惠民生中的作用日益突出。要坚持需求牵引和供给创新相结合。</p></div></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, ["张明远", "刘晓雯"]);
}

#[test]
fn a_logo_confirmed_by_a_title_after_a_bare_hyphen_names_the_publisher() {
    let page = |title: &str| {
        let html = format!(
            "<html lang=\"zh-CN\"><head><title>{title}</title></head><body><div class=\"logo\">\
             <a href=\"https://www.huaxianews.example/\"><img src=\"logo.png\" alt=\"华夏通讯网\"></a>\
             </div><h1>国务院常务会议部署进一步扩大服务消费</h1><p>会议指出，服务消费是消费的重要组成部分，\
             在稳增长、扩内需、惠民生中的作用日益突出。要坚持需求牵引和供给创新相结合，着力破除制约服务消费的\
             体制机制障碍。</p></body></html>"
        );
        read_html_str(&html).expect("read").publisher
    };
    assert_eq!(
        page("国务院常务会议部署进一步扩大服务消费-华夏通讯网").as_deref(),
        Some("华夏通讯网")
    );
    // A hyphen inside Latin words parts nothing (`Covid-19`).
    assert_eq!(
        page("国务院常务会议部署进一步扩大服务消费 华夏通讯网"),
        None
    );
}

#[test]
fn a_wikis_creation_date_is_no_publication() {
    let ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\
        \"@type\":\"Article\",\"name\":\"Harbour plan\",\"datePublished\":\"2003-02-28T21:51:08Z\",\
        \"dateModified\":\"2020-02-24T10:00:00Z\"}</script>";
    let wiki = page(
        &format!("<meta name=\"generator\" content=\"MediaWiki 1.35.0-wmf.20\">{ld}"),
        "",
        "",
    );
    assert_eq!(wiki.published, None);
    let blog = page(ld, "", "");
    assert_eq!(blog.published.as_deref(), Some("2003-02-28T21:51:08+00:00"));
}

#[test]
fn per_author_tags_written_surname_first_name_each_writer() {
    let a = page(
        "<meta name=\"citation_author\" content=\"Costa, Maria\">\
         <meta name=\"citation_author\" content=\"Berg, Jon\">",
        "",
        "",
    );
    assert_eq!(a.authors, ["Maria Costa", "Jon Berg"]);
    let a = page(
        "<meta name=\"DC.creator\" content=\"Costa, Maria\">",
        "",
        "",
    );
    assert_eq!(a.authors, ["Maria Costa"]);
}

#[test]
fn a_states_wall_time_of_a_unix_moment_is_the_readers_clock() {
    let a = page(
        "",
        "<span class=\"time\" data-pubtime=\"1795168931\">3小时前</span>",
        "<script>window.DATA = {\"ext_data\":{\"pubtime\":\"2026-11-20 18:02:11\",\
         \"ctime\":\"2026-11-20 17:40:03\"}};</script>",
    );
    assert_eq!(
        a.published.as_deref().and_then(|p| p.get(..16)),
        Some("2026-11-20T18:02")
    );
    // A declaration that gives the moment with its offset is kept before the state's clock.
    let a = page(
        "<meta property=\"article:published_time\" content=\"2026-11-20T10:02:11+00:00\">\
         <meta name=\"date\" content=\"2026-11-20T18:02:11+08:00\">",
        "",
        "<script>window.DATA = {\"pubtime\":\"2026-11-20 18:02:11\"};</script>",
    );
    assert_eq!(a.published.as_deref(), Some("2026-11-20T18:02:11+08:00"));
}

#[test]
fn a_closing_posted_on_sentence_dates_the_story() {
    let a = page(
        "",
        "",
        "<p class=\"postmetadata\">This entry was posted on Tuesday, March 3rd, 2015 at 10:00 am \
         and is filed under News.</p>",
    );
    assert_eq!(
        a.published.as_deref().and_then(|p| p.get(..10)),
        Some("2015-03-03")
    );
    // A date in a closing sentence without the label dates nothing.
    let a = page(
        "",
        "",
        "<p>The council will meet again on Tuesday, March 3rd, 2015 at 10:00 am to vote.</p>",
    );
    assert_eq!(a.published, None);
}

#[test]
fn the_name_part_of_a_bem_author_block_is_the_byline() {
    let a = page(
        "",
        "<div class=\"article__author\"><span class=\"article__author-name\">Maria Costa</span>\
         <span class=\"article__author-role\">Reporter</span></div>",
        "",
    );
    assert_eq!(a.authors, ["Maria Costa"]);
}

#[test]
fn a_publication_after_an_update_in_one_line() {
    let a = page(
        "",
        "<p class=\"date\">Last updated on March 4, 2015. Published on March 3, 2015</p>",
        "",
    );
    assert_eq!(a.published.as_deref(), Some("2015-03-03"));
}

#[test]
fn the_json_ld_websites_name_is_the_publisher_when_nothing_else_names_one() {
    let a = page(
        "<script type=\"application/ld+json\">{\"@type\":\"WebSite\",\"name\":\"The Coast Times\",\
         \"url\":\"https://www.coasttimes.example/\"}</script>",
        "",
        "",
    );
    assert_eq!(a.publisher.as_deref(), Some("The Coast Times"));
}
