//! Rules of saved pages round 18 (session 22) on small pages: Georgian headlines, a short
//! classed label opening the `<h1>`, a site's name split at a conjunction, a follow prompt
//! linked to the writer's page.

use super::read_html_str;

#[test]
fn a_georgian_h1_is_no_description_in_lower_case() {
    // Mkhedruli letters are classed lower case; the printed headline still beats the
    // og:title and JSON-LD headline written for sharing.
    let html = "<html lang=\"ka\"><head><title>ბათუმი ტრამვაი 2028 - კავკასია პრესი</title>\
        <meta property=\"og:title\" content=\"ბათუმში ტრამვაი დაბრუნდება?\">\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
        \"headline\":\"ბათუმში ტრამვაი დაბრუნდება?\"}</script></head><body><article>\
        <h1>ბათუმში 2028 წლისთვის ტრამვაის პირველი ხაზი ამოქმედდება</h1>\
        <p>ბათუმის მერიამ ტრამვაის პირველი ხაზის პროექტი წარადგინა, რომელიც აეროპორტს ძველ \
        ბულვართან დააკავშირებს.</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "ბათუმში 2028 წლისთვის ტრამვაის პირველი ხაზი ამოქმედდება"
    );
}

#[test]
fn a_short_classed_label_opening_the_h1_is_no_part_of_the_headline() {
    let html = "<html><head><title>Marathon live updates | Valley Post</title>\
        <meta property=\"og:title\" content=\"Marathon live updates\"></head><body>\
        <h1><span class=\"live\">LIVE</span> Ten thousand runners fill the heritage street \
        marathon</h1><p>The heritage street marathon started at six in the morning with ten \
        thousand runners on the course.</p></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "Ten thousand runners fill the heritage street marathon"
    );
}

#[test]
fn a_sites_name_declared_as_author_is_not_split_into_people() {
    // `Llais y Dyffryn` (`y`: Welsh "the") is the site; the byline link names the writer and
    // the follow prompt, a second link to the same page, names nobody.
    let html = "<html lang=\"cy\"><head><title>Ysgol newydd</title>\
        <meta property=\"og:site_name\" content=\"Llais y Dyffryn\">\
        <meta name=\"author\" content=\"Llais y Dyffryn\"></head><body><article>\
        <h1>Ysgol newydd Llanrwst yn agor ei drysau yn 2027</h1>\
        <div class=\"byline\">Gan <a href=\"/awdur/gwenllian-pritchard\">Gwenllian \
        Pritchard</a> <a class=\"dilyn\" href=\"/awdur/gwenllian-pritchard?dilyn=1\">Dilyn</a>\
        </div><p>Bydd yr ysgol newydd yn Llanrwst yn agor ei drysau i ddisgyblion ym mis Medi \
        2027, meddai'r cyngor sir.</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["Gwenllian Pritchard".to_string()]);
}

#[test]
fn a_byline_in_another_article_is_that_articles() {
    // A forum topic: each post is an `<article>` with its writer's name; a reply's writer is
    // no author of the topic.
    let html = "<html><head><title>Water main renewal on Rimu Road</title></head><body>\
        <h1>Water main renewal on Rimu Road starts on Monday</h1>\
        <article id=\"post_1\"><span class=\"first full-name\">Hemi Walker</span>\
        <p>The council will renew the water main on Rimu Road from Monday, with one lane open \
        during the works.</p></article>\
        <article id=\"post_2\"><span class=\"first full-name\">Doug Reardon</span>\
        <p>Thanks for letting us know, will the buses still run?</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["Hemi Walker".to_string()]);
}

#[test]
fn a_link_to_the_declared_writers_page_names_the_writer() {
    // `article:author` gives only the writer's page; the link to it prints the name, whatever
    // the site calls the folder (`/avtorji/`).
    let html = "<html lang=\"sl\"><head><title>Nova koča pod Triglavom</title>\
        <meta property=\"article:author\" \
        content=\"https://www.vestnik.si/avtorji/mojca-kavcic\"></head><body><article>\
        <h1>Nova koča pod Triglavom bo odprta do poletja</h1>\
        <div class=\"meta\">Besedilo: <a href=\"/avtorji/mojca-kavcic\">Mojca Kavčič</a> · \
        24. 11. 2026</div><p>Planinsko društvo bo novo kočo pod Triglavom odprlo do začetka \
        poletne sezone, so sporočili.</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["Mojca Kavčič".to_string()]);
}
#[test]
fn a_declared_writer_the_byline_credits_for_pictures_is_no_writer() {
    let html = "<html><head><title>Stone spouts flow again</title>\
        <script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Stone spouts \
        flow again\",\"author\":{\"@type\":\"Person\",\"name\":\"Sabina Maharjan, Prakash \
        Shrestha, Anil Tamang\"}}</script></head><body><article>\
        <h1>Kathmandu's stone spouts are flowing again after a neighbourhood dig</h1>\
        <div class=\"bylines\"><a href=\"/author/sabina-maharjan\">Sabina Maharjan</a> \
        <a class=\"more\" href=\"/author/sabina-maharjan\">More by Sabina Maharjan</a> · \
        <a href=\"/author/prakash-shrestha\">Prakash Shrestha</a> <a class=\"more\" \
        href=\"/author/prakash-shrestha\">More by Prakash Shrestha</a> · \
        <span class=\"photo\">Photographs: Anil Tamang</span></div>\
        <p>The stone spouts of Patan were built from the fifth century onwards and fed by ponds \
        and underground channels.</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.authors,
        vec![
            "Sabina Maharjan".to_string(),
            "Prakash Shrestha".to_string()
        ]
    );
}

#[test]
fn a_logo_named_as_the_pages_author_is_the_publisher() {
    let html = "<html><head><title>News – Boreholes for Karamoja schools</title>\
        <meta name=\"author\" content=\"Pearl Water Initiative\"></head><body>\
        <header><a href=\"/\"><img src=\"logo.png\" alt=\"Pearl Water Initiative\"></a></header>\
        <article><h1>Twenty-two Karamoja schools get safe water</h1><p>Story by Brian Okello</p>\
        <p>Twenty-two primary schools in Karamoja now have safe water after new boreholes \
        opened this month.</p></article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("Pearl Water Initiative"));
}
