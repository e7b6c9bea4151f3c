//! Saved pages round 26: old articles from web archives and old templates (html-shapes-14),
//! dates, writers and publications in the page's own words (html-shapes-13).

use super::read_html_str;

/// A paper re-posting its own earlier article names itself in the note that states the first
/// publication: the first publication dates the article, not the re-post.
#[test]
fn a_republication_naming_its_own_paper_is_dated_by_the_first_publication() {
    let html = "<html><head><title>Dock strike ends | The Harbour Courier</title>\
        <meta property='og:site_name' content='The Harbour Courier'>\
        <meta property='article:published_time' content='2021-08-20T06:00:00+02:00'>\
        </head><body><h1>Dock strike ends</h1><p class='note'>This article was first published \
        in The Harbour Courier on 22 August 1997. We are republishing it as part of our \
        anniversary series.</p><p>Dock workers returned to the quays on Friday after a strike \
        of eleven days that had closed the port to all but fishing boats.</p></body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(a.published.as_deref(), Some("1997-08-22"));
}

/// A print view shows the web publication above the headline and the print edition's day
/// under the story: the print edition dates the paper, not the article.
#[test]
fn a_print_editions_date_line_ranks_after_the_web_publication() {
    let html = "<html><head><title>Kurier - Druckversion</title></head><body>\
        <div class='datum'>Veröffentlicht: 12.06.2003, 18:40 Uhr</div>\
        <h1>Brücke wird saniert</h1><p>Die Sanierung der alten Brücke über den Main wird länger \
        dauern als geplant, teilte das Bauamt am Donnerstag mit.</p>\
        <p class='datum'><i>Aus der Printausgabe vom 13.06.2003</i></p></body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(a.published.as_deref(), Some("2003-06-12T18:40"));
    // Alone, the print edition's day is still the page's only date.
    let alone = html.replace("Veröffentlicht: 12.06.2003, 18:40 Uhr", "");
    let a = read_html_str(&alone).unwrap();
    assert_eq!(a.published.as_deref(), Some("2003-06-13"));
}

/// Bylines opened by local words for "by" (Breton `Gant`, Haitian Creole `Pa`, Yiddish `פון`,
/// Thai `ข่าว:`) and a priest's `Fr`: the words are no part of the names.
#[test]
fn local_byline_words_and_clergy_titles_are_no_part_of_the_name() {
    for (byline, want) in [
        ("Gant Gwenola Le Gall", "Gwenola Le Gall"),
        ("Pa Wilnor Estimé", "Wilnor Estimé"),
        ("פון משה לייב שטערן", "משה לייב שטערן"),
        ("ข่าว: สมชาย ใจดี", "สมชาย ใจดี"),
        ("Fr Michael Tran", "Michael Tran"),
    ] {
        let html = format!(
            "<html><head><title>Lannion</title></head><body><h1>Ar c'hoariva nevez</h1>\
             <div class='byline'>{byline}</div><p>Digoret eo bet ar c'hoariva nevez e kreiz-kêr \
             d'ar Sadorn, gant ur fest bras evit an holl dud eus ar vro tro-dro.</p></body></html>"
        );
        let a = read_html_str(&html).unwrap();
        assert_eq!(a.authors, vec![want.to_string()], "{byline}");
    }
}

/// A CMS's default account (`Super User`) declared as the writer is nobody.
#[test]
fn a_cms_default_account_is_no_writer() {
    let html = "<html><head><title>Water tariffs</title><meta name='author' content='Super User'>\
        </head><body><h1>Water tariffs to rise in January</h1><dl><dd class='createdby'>Written by \
        <span>Super User</span></dd></dl><p>The water company said on Monday that tariffs would \
        rise by eight per cent from the first of January.</p></body></html>";
    let a = read_html_str(html).unwrap();
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

/// Old templates, print views and small sites name themselves only in the copyright line:
/// its owner is the publisher, unless it is a company, a person or an agency.
#[test]
fn the_copyright_lines_owner_is_the_publisher_when_nothing_else_names_one() {
    let page = |footer: &str| {
        format!(
            "<html><head><title>Water rationing revised</title></head><body>\
             <h1>Water rationing revised</h1><p>The council said on Monday that the water \
             rationing schedule for the eastern wards had been revised after repairs.</p>\
             <div class='foot'>{footer}</div></body></html>"
        )
    };
    let a = read_html_str(&page("© 2026 Mutengwa Town Council. All rights reserved.")).unwrap();
    assert_eq!(a.publisher.as_deref(), Some("Mutengwa Town Council"));
    let a = read_html_str(&page("© 2026 Mutengwa Media Group. All rights reserved.")).unwrap();
    assert_eq!(a.publisher, None);
    let a = read_html_str(&page("© 2003 Ray Ostrowski. Some rights reserved.")).unwrap();
    assert_eq!(a.publisher, None);
}

/// A web archive's copy rewrites the logo's link home (`/`) into the archive's address for
/// the site's front page: the logo is still the logo.
#[test]
fn a_logo_linked_home_through_an_archive_names_the_site() {
    let link = |href: &str| format!("<a href='https://archive.ph/o/Ab1/{href}'>x</a>");
    let html = format!(
        "<html><head><title>Loggers lose bid - Local News - Murray Plains Advocate</title>\
         </head><body><div><a href='https://archive.ph/o/Ab1/http://www.mpadvocate.com.au/'>\
         <img src='https://archive.ph/Ab1/7a41.gif' alt='Murray Plains Advocate'></a></div>\
         {}{}{}<h1>Loggers lose bid</h1><p>Red gum loggers have lost their bid to return to the \
         forest after the tribunal upheld the ban on Friday afternoon.</p></body></html>",
        link("http://www.mpadvocate.com.au/news/"),
        link("http://www.mpadvocate.com.au/sport/"),
        link("http://www.mpadvocate.com.au/about/")
    );
    let a = read_html_str(&html).unwrap();
    assert_eq!(a.publisher.as_deref(), Some("Murray Plains Advocate"));
}

/// Old templates' `<title>`s parted by colons (`Site : Section : Headline`, Movable Type's
/// `Blog: Entry`) or with the entry first (WordPress 2's `Entry « Blog`): the part printed
/// alone is the headline, the other end the site.
#[test]
fn an_old_templates_title_parted_by_colons_or_guillemets_gives_the_printed_headline() {
    let body = "<h1><a href='/'>Harbour Notes</a></h1><h2>Why the night ferry keeps running \
        late</h2><p>The night ferry has left late on eleven of the last fourteen evenings, and \
        the operator blames the new loading ramp.</p>";
    for title in [
        "Harbour Notes: Why the night ferry keeps running late",
        "Harbour Notes : Local : Why the night ferry keeps running late",
        "Why the night ferry keeps running late « Harbour Notes",
    ] {
        let html = format!("<html><head><title>{title}</title></head><body>{body}</body></html>");
        let a = read_html_str(&html).unwrap();
        assert_eq!(a.title, "Why the night ferry keeps running late", "{title}");
        assert_eq!(a.publisher.as_deref(), Some("Harbour Notes"), "{title}");
    }
}

/// A labelled byline closing the story with the town the writer files from (`Автор: …,
/// Тверь`): the town is no second writer, so the byline still names its writer.
#[test]
fn a_town_after_a_labelled_writers_name_is_no_writer() {
    let html = "<html><head><title>Кинотеатр закрыли</title></head><body><h1>Кинотеатр \
        закрыли</h1><p>Кинотеатр на левом берегу показал свой последний сеанс, и городская \
        администрация передала здание арендатору.</p><p>Жители района теперь должны ездить в \
        центр города, чтобы посмотреть новый фильм.</p><p align='right'><b>Автор: Пётр \
        Смирнов</b>, Кашин</p></body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(a.authors, vec!["Пётр Смирнов".to_string()]);
}
