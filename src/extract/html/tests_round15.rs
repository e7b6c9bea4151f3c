//! Rules of saved pages round 15 (session 19) on small pages: small publishers' templates
//! (Jekyll's Minima, Blogger's mobile template), writers named by labelled lines while the
//! declarations name a desk, and departments signing as authors.

use super::read_html_str;
use crate::model::Article;

pub(super) const STORY: &str = "<p>The council met on Tuesday evening to discuss the plan for the harbour, \
    and after a long debate it voted to approve it after many hours.</p><p>Work is expected to \
    start in the spring and to last about two years, officials said after the vote on the plan.</p>";

pub(super) fn page(head: &str, before: &str, after: &str) -> Article {
    let html = format!(
        "<html><head><title>Harbour plan approved</title>{head}</head><body><article>\
         <h1>Harbour plan approved</h1>{before}{STORY}{after}</article></body></html>"
    );
    read_html_str(&html).expect("read")
}

#[test]
fn minimas_link_home_marked_as_author_names_the_site() {
    // Jekyll's Minima theme: `<a class="site-title" rel="author" href="/">`.
    let html = format!(
        "<html><head><title>Harbour plan approved | Allotment Notes</title></head><body>\
         <header class=\"site-header\"><a class=\"site-title\" rel=\"author\" href=\"/\">Allotment \
         Notes</a></header><article><h1>Harbour plan approved</h1>{STORY}</article></body></html>"
    );
    let a = read_html_str(&html).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("Allotment Notes"));
}

#[test]
fn a_mobile_link_home_names_the_blog() {
    // Blogger's mobile template adds `?m=1` to every link, the one home too.
    let html = format!(
        "<html><head><title>Ibadan Lens: Harbour plan approved</title><link rel=\"canonical\" \
         href=\"https://www.ibadanlens.example/2026/11/harbour.html\"></head><body><div \
         class=\"header\"><h1 class=\"title\"><a href=\"https://www.ibadanlens.example/?m=1\">Ibadan \
         Lens</a></h1></div><article><h3 class=\"post-title\">Harbour plan approved</h3>{STORY}\
         </article></body></html>"
    );
    let a = read_html_str(&html).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("Ibadan Lens"));
}

#[test]
fn a_label_word_with_a_colon_opens_a_byline() {
    let a = page(
        "",
        "<div class=\"news-info\"><p class=\"news-story-by\">Story by: Kwabena Asante-Darko</p>\
         <p class=\"news-source\">Source: University Relations Office</p></div>",
        "",
    );
    assert_eq!(a.authors, vec!["Kwabena Asante-Darko"]);
}

#[test]
fn a_guest_column_names_its_writer() {
    let a = page(
        "",
        "<p><strong>Guest column by Andre Whyte-Campbell</strong></p>",
        "",
    );
    assert_eq!(a.authors, vec!["Andre Whyte-Campbell"]);
}

#[test]
fn closing_credits_name_the_writer_behind_a_declared_desk() {
    let a = page(
        "<meta name=\"author\" content=\"Rédaction\">",
        "",
        "<p><em>Texte : Émilie Gagnon | Photos : Jean-François Roy</em></p>",
    );
    assert_eq!(a.authors, vec!["Émilie Gagnon"]);
    assert!(a.sources.contains(&"Rédaction".to_string()));
    // The desk alone names nobody.
    let b = page("<meta name=\"author\" content=\"Rédaction\">", "", "");
    assert!(b.authors.is_empty());
}

#[test]
fn credits_that_name_the_writer_are_no_pictures() {
    let a = page(
        "",
        "",
        "<p class=\"hs-credits\"><em>Shownotes: Ida Lauritsen · Lyd og klip: Anders Holt · \
         Havnesnak produceres af Lydværket ApS.</em></p>",
    );
    assert_eq!(a.authors, vec!["Ida Lauritsen"]);
    assert!(a.images.is_empty());
}

#[test]
fn a_department_signing_is_no_person() {
    let a = page("", "", "<p class=\"gr-author\">Dienst Communicatie</p>");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn a_labelled_byline_names_the_writers_a_declaration_stops_short_of() {
    let ld = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\
              \"Harbour plan approved\",\"author\":{\"@type\":\"Person\",\"name\":\"Linnea Holm\"}}\
              </script>";
    // Webflow: the label, then each name in a span of its own.
    let a = page(
        ld,
        "<div class=\"text-size-small\">Av <span class=\"semibold\">Linnea Holm</span> &amp; \
         <span class=\"semibold\">Oskar Berg</span></div>",
        "",
    );
    assert_eq!(a.authors, vec!["Linnea Holm", "Oskar Berg"]);
    // Brightspot: two writers and the paper declared, three printed after a label in a block
    // of its own.
    let two = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[\
               {\"@type\":\"Person\",\"name\":\"Elena Marquez\"},{\"@type\":\"Person\",\"name\":\
               \"David Okafor\"},{\"@type\":\"Organization\",\"name\":\"The Capital Dispatch\"}]}\
               </script>";
    let b = page(
        two,
        "<div class=\"ArticlePage-authors\"><div class=\"ArticlePage-authorBy\">By</div> <div \
         class=\"ArticlePage-authorName\"><a href=\"/staff/elena-marquez/\">Elena Marquez</a>\
         </div>, <div class=\"ArticlePage-authorName\"><a href=\"/staff/david-okafor/\">David \
         Okafor</a></div> and <div class=\"ArticlePage-authorName\"><a \
         href=\"/staff/priya-natarajan/\">Priya Natarajan</a></div></div>",
        "",
    );
    assert_eq!(
        b.authors,
        vec!["Elena Marquez", "David Okafor", "Priya Natarajan"]
    );
    // A photographer credited in brackets is no writer.
    let c = page(
        ld,
        "<p class=\"byline\">By Linnea Holm (reporting) and Oskar Berg (photography)</p>",
        "",
    );
    assert_eq!(c.authors, vec!["Linnea Holm"]);
}

#[test]
fn an_associations_officer_signs_with_a_role() {
    let a = page("", "", "<p>— Teina Marsters, Secretary</p>");
    assert_eq!(a.authors, vec!["Teina Marsters"]);
}

#[test]
fn a_chinese_reporter_line_names_the_writer_behind_a_partner_paper() {
    let html = "<html lang=\"zh-CN\"><head><title>长江新区首条过江隧道全线贯通</title></head><body>\
        <article><h1>长江新区首条过江隧道全线贯通</h1><a class=\"media\" \
        href=\"https://news.example/omn/author/5119388\">江城日报</a>\
        <p>江城日报记者 王晓燕 报道</p><p>11月20日下午，随着盾构机刀盘破土而出，长江新区首条过江隧道\
        实现全线贯通。这条隧道全长约5.6公里，其中江底段约3公里，为双向六车道设计。</p><p>项目负责人\
        介绍，隧道最深处位于江面以下约60米，施工过程中克服了复杂地质条件和高水压等难题。</p>\
        </article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["王晓燕"]);
}

#[test]
fn drupals_rdfa_byline_names_the_writer() {
    let a = page(
        "",
        "<span rel=\"sioc:has_creator\">Submitted by <a href=\"/users/rebecca-tuhaika\" \
         class=\"username\" typeof=\"sioc:UserAccount\" property=\"foaf:name\">Rebecca \
         Tuhaika</a> on Thu, 05/03/2026 - 10:40</span>",
        "",
    );
    assert_eq!(a.authors, vec!["Rebecca Tuhaika"]);
}

#[test]
fn a_headline_opening_with_a_brand_in_lower_case_is_printed_in_full() {
    let html = "<html><head><title>e-Invois untuk Peniaga Kecil: 10 Soalan Lazim (Panduan 2027) - \
        Panduan Rakyat</title><meta property=\"og:title\" content=\"e-Invois untuk Peniaga Kecil: 10 \
        Soalan Lazim\"></head><body><article><h1>e-Invois untuk peniaga kecil: 10 soalan lazim yang \
        perlu anda tahu</h1><p>Peniaga kecil perlu bersedia untuk e-Invois sebelum tarikh yang \
        ditetapkan oleh pihak berkuasa cukai tahun depan.</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "e-Invois untuk peniaga kecil: 10 soalan lazim yang perlu anda tahu"
    );
}

#[test]
fn written_by_in_other_languages_opens_a_byline() {
    for (line, name) in [
        ("Escribe: Lucía Benítez", "Lucía Benítez"),
        ("Escrito por Lucía Benítez", "Lucía Benítez"),
        ("Scritto da Marco Bianchi", "Marco Bianchi"),
        ("Skrivet av Linnea Holm", "Linnea Holm"),
    ] {
        let a = page("", &format!("<p>{line}</p>"), "");
        assert_eq!(a.authors, vec![name], "{line}");
    }
}

#[test]
fn academic_titles_and_reviewers_are_no_part_of_the_byline() {
    let a = page("", "<p>By Dr. Alan Greer</p>", "");
    assert_eq!(a.authors, vec!["Alan Greer"]);
    let b = page(
        "",
        "<p>Ditulis oleh Siti Aminah · Disemak oleh Ahmad Zaki</p>",
        "",
    );
    assert_eq!(b.authors, vec!["Siti Aminah"]);
}

#[test]
fn a_forum_topics_first_display_name_is_the_writer() {
    // Discourse: the display name, then the username and the user's title.
    let a = page(
        "",
        "<div class=\"names\"><span class=\"first full-name\"><a href=\"/u/mere_k\">Mere \
         Kingi</a></span><span class=\"second username\"><a href=\"/u/mere_k\">mere_k</a></span>\
         <span class=\"user-title\">Moderator</span></div>",
        "",
    );
    assert_eq!(a.authors, vec!["Mere Kingi"]);
}

#[test]
fn committees_secretariats_and_admin_accounts_are_no_writers() {
    for account in ["Transport Committee", "Admin", "Viestintä", "Sekretariat"] {
        let a = page(
            &format!("<meta name=\"author\" content=\"{account}\">"),
            "",
            "",
        );
        assert!(a.authors.is_empty(), "{account}: {:?}", a.authors);
    }
}

#[test]
fn an_author_box_names_the_writer_when_nothing_else_does() {
    let a = page(
        "",
        "",
        "<div class=\"box\"><h4>About the author</h4><h5>Dana Ruiz</h5><p>Dana Ruiz has covered \
         county government for the Ledger since 2019.</p></div>",
    );
    assert_eq!(a.authors, vec!["Dana Ruiz"]);
}
