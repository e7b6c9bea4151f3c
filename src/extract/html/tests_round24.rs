//! Rules of saved pages round 24 (session 25) on small pages: a name ending in a Myanmar,
//! Khmer or Lao mark keeps it; the headline's own language over the template's; a picture
//! credit after a `<br>` ends the writer; an info row of labelled fields gives its byline; an
//! RDFa `property` on any element declares as a `<meta>` does.

use super::read_html_str;

const STORY: &str = "<p>The new bus lines start from the central station on Monday morning \
    and run every ten minutes until late in the evening, the city's transport office said \
    in a statement on Friday.</p>";

fn page(lang: &str, head: &str, body: &str) -> String {
    format!(
        "<html lang=\"{lang}\"><head><title>Three new electric bus lines start running \
         in the city</title>{head}</head><body><main>{body}{STORY}</main></body></html>"
    )
}

#[test]
fn a_name_ending_in_a_mark_of_myanmar_or_khmer_keeps_it() {
    for name in ["နန်းဆုမြတ်", "សុខ ចាន់"] {
        let ld = format!(
            "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
             \"headline\":\"Three new electric bus lines start running in the city\",\
             \"author\":{{\"@type\":\"Person\",\"name\":\"{name}\"}}}}</script>"
        );
        let html = page(
            "my",
            &ld,
            "<h1>Three new electric bus lines start running in the city</h1>",
        );
        let a = read_html_str(&html).expect("read");
        assert_eq!(a.authors, vec![name.to_string()]);
    }
}

#[test]
fn the_headlines_own_language_is_the_storys() {
    let body = "<article lang=\"yi\"><h1>Three new electric bus lines start running in the \
        city</h1></article>";
    let a = read_html_str(&page("en", "", body)).expect("read");
    assert_eq!(a.language.as_deref(), Some("yi"));
    // An element elsewhere declaring another language says nothing of the story.
    let menu = "<nav><a lang=\"fr\" href=\"/fr\">Français</a></nav><h1>Three new electric \
        bus lines start running in the city</h1>";
    let a = read_html_str(&page("en", "", menu)).expect("read");
    assert_eq!(a.language.as_deref(), Some("en"));
}

#[test]
fn a_picture_credit_after_a_line_break_is_no_writer() {
    let body = "<h1>Three new electric bus lines start running in the city</h1>\
        <p class=\"signature\"><b>Aigul Zhaksybekova</b><br>Photo: Erlan Mukanov</p>";
    let a = read_html_str(&page("en", "", body)).expect("read");
    assert_eq!(a.authors, vec!["Aigul Zhaksybekova".to_string()]);
}

#[test]
fn an_info_row_of_labelled_fields_names_the_writer() {
    let body = "<h1>Three new electric bus lines start running in the city</h1>\
        <div class=\"info\">Source: Harbour Daily Author: Jane Doe Posted: 19 November 2026 \
        10:32 Views:</div>";
    let a = read_html_str(&page("en", "", body)).expect("read");
    assert_eq!(a.authors, vec!["Jane Doe".to_string()]);
}

#[test]
fn an_rdfa_property_on_a_span_dates_the_story() {
    let body = "<h1>Three new electric bus lines start running in the city</h1>\
        <span property=\"dc:date dc:created\" content=\"2026-11-16T10:05:00+02:00\" \
        class=\"rdf-meta element-hidden\"></span>";
    let a = read_html_str(&page("en", "", body)).expect("read");
    assert_eq!(a.published.as_deref(), Some("2026-11-16T10:05:00+02:00"));
}

#[test]
fn an_amp_timeago_dates_the_story_by_its_datetime() {
    let body = "<h1>Three new electric bus lines start running in the city</h1>\
        <div class=\"meta\"><amp-timeago width=\"160\" height=\"20\" layout=\"fixed\" \
        datetime=\"2026-11-23T11:05:00+05:30\">3 hours ago</amp-timeago></div>";
    let a = read_html_str(&page("en", "", body)).expect("read");
    assert_eq!(a.published.as_deref(), Some("2026-11-23T11:05:00+05:30"));
}

#[test]
fn an_e_paper_kiosks_title_and_the_issues_cover_name_the_paper() {
    let head = "<meta property=\"og:site_name\" content=\"Paperstand\">";
    let body = "<header><a href=\"/\"><img src=\"/img/logo.svg\" alt=\"Paperstand\"></a>\
        </header><div class=\"issue-bar\"><img src=\"/covers/karoo-20261120.jpg\" \
        alt=\"The Karoo Courier\"> <time datetime=\"2026-11-20\">Friday 20 November 2026\
        </time></div><h1>Three new electric bus lines start running in the city</h1>";
    let html = page("en", head, body).replace(
        "<title>Three new electric bus lines start running in the city</title>",
        "<title>The Karoo Courier — Paperstand</title>",
    );
    let a = read_html_str(&html).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("The Karoo Courier"));
    // A `<title>` that opens with the headline names no publication by its first part.
    let headline_title = html.replace(
        "<title>The Karoo Courier — Paperstand</title>",
        "<title>Three new electric bus lines start running in the city — Paperstand</title>",
    );
    let headline_title = headline_title.replace(
        "alt=\"The Karoo Courier\"",
        "alt=\"Three new electric bus lines start running in the city\"",
    );
    let a = read_html_str(&headline_title).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("Paperstand"));
}

#[test]
fn a_declared_writer_the_byline_links_only_as_photographer_is_none() {
    let head = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\
        \"Three new electric bus lines start running in the city\",\"author\":{\"@type\":\
        \"Person\",\"name\":\"Losana Vuniwai and Peter Maharaj\"}}</script>";
    let body = "<h1>Three new electric bus lines start running in the city</h1>\
        <div class=\"bylines\">Words by <a href=\"/contributors/losana-vuniwai\">Losana \
        Vuniwai</a> · Photos by <a href=\"/contributors/peter-maharaj\">Peter Maharaj</a>\
        </div>";
    let a = read_html_str(&page("en", head, body)).expect("read");
    assert_eq!(a.authors, vec!["Losana Vuniwai".to_string()]);
    // Credited for the words as well, a writer stays one.
    let both = body.replace("Photos by", "Words and photos by");
    let a = read_html_str(&page("en", head, &both)).expect("read");
    assert_eq!(a.authors.len(), 2);
}
