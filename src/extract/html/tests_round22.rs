//! Rules of saved pages round 22 (session 24) on small pages: a `<title>` the site's template
//! built around its title field gives way to the printed headline, and still names the site;
//! the first `<h2>` under a logo `<h1>` is the headline; the logo's name that the footer
//! repeats names the site; a declared writer the copyright line names as a body is none; a
//! second link to the same writer's page is a prompt; a time printed beside the header's
//! date is the reader's clock; a declared office named with an organisation form is no writer.

use super::read_html_str;

#[test]
fn a_templated_title_gives_way_to_the_printed_headline_and_names_the_site() {
    // An SEO title field inside `Title – Site`: the `<h1>` is the title, the part beside the
    // rewritten headline the publisher.
    let html = "<html lang=\"en\"><head><title>Harbour wall repairs begin in Lerwick – Isles \
        Radio</title></head><body><main><h1>Repairs to Lerwick's old harbour wall begin after \
        winter storms</h1><p>Work to rebuild forty metres of the harbour wall began on Monday, \
        the council said, and the north quay will stay closed to boats until March.</p>\
        </main></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "Repairs to Lerwick's old harbour wall begin after winter storms"
    );
    assert_eq!(a.publisher.as_deref(), Some("Isles Radio"));
    // A section's name and the site's (`Press Release | MNRE`) are no headline either.
    let html = "<html lang=\"en\"><head><title>Press Release | Ministry of Roads</title></head>\
        <body><main><h1>Twelve bridges on the coast road to be rebuilt next year</h1>\
        <p>The ministry will rebuild twelve bridges on the coast road next year with a grant \
        from the regional fund, the minister told reporters on Tuesday.</p></main></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "Twelve bridges on the coast road to be rebuilt next year"
    );
}

#[test]
fn a_title_without_parts_or_an_h1_that_is_the_logo_keeps_the_title() {
    // A document's own name, with no site beside it, may be the title.
    let html = "<html lang=\"en\"><head><title>This is a long title with a colon: Hello there\
        </title></head><body><article><h1>This is a long title with a colon: But the final \
        text here is different</h1><p>Lorem ipsum dolor sit amet, consectetur adipisicing \
        elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>\
        </article></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.title, "This is a long title with a colon: Hello there");
    // The `<h1>` is the site's name linked to its front page.
    let html = "<html lang=\"en\"><head><title>Winter on the moor - Chapter 2 - Sam Reed | \
        Open Story Shelf</title></head><body><h1><a href=\"/\">Open Story Shelf <sup>beta</sup>\
        </a></h1><main><p>The snow came early that year, and the road over the moor was closed \
        for a week before anyone from the village could reach the farm.</p></main></body></html>";
    let a = read_html_str(html).expect("read");
    assert!(a.title.starts_with("Winter on the moor"), "{}", a.title);
}

#[test]
fn the_first_h2_is_the_printed_headline_under_a_logo_h1() {
    // The `<h1>` holds the logo's image alone; the headline is the `<h2>`, which the templated
    // `<title>` (`short title_Site`) gives way to.
    let html = "<html lang=\"en\"><head><title>Apple harvest up_Valley News Net</title></head>\
        <body><div class=\"header\"><h1><a href=\"/\"><img src=\"/logo.gif\" alt=\"Valley News \
        Net\"></a></h1></div><div class=\"title\"><h2>Apple harvest in the valley up 12 per cent \
        this year</h2></div><div class=\"content\"><p>Orchards across the valley picked twelve \
        per cent more apples this autumn than last, the growers' union said on Friday, after a \
        mild spring and a dry September.</p></div></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(
        a.title,
        "Apple harvest in the valley up 12 per cent this year"
    );
    // A section's heading in an `<h2>` is no headline.
    let html = "<html lang=\"en\"><head><title>Better student journalism — Blogs</title>\
        <meta property=\"og:title\" content=\"Better student journalism\"></head><body>\
        <h2>Open Journalism Project:</h2><p>We pushed out the first version of the site in \
        January, and here is what we have learned about student journalism since then, in \
        five short notes for anyone starting one.</p></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.title, "Better student journalism");
}

#[test]
fn the_logos_name_the_footer_repeats_names_the_site() {
    // A print view's `<title>` ends with `Print`; the logo and the footer's masthead agree.
    let html = "<html lang=\"en\"><head><title>Harvest festival opens | Print</title></head>\
        <body><div class=\"print-logo\"><img src=\"/img/weekly-logo-bw.png\" alt=\"Coast \
        Weekly Review\"></div><h1>Harvest festival opens in the old town square</h1><p>The \
        harvest festival opened on Saturday with forty stalls and a brass band, and the \
        organisers expect ten thousand visitors over the weekend.</p><footer>© 2026 Coast \
        Publications · Coast Weekly Review, Port Town</footer></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("Coast Weekly Review"));
    // A logo linked to a language's home page (`/am`), its image named for the logo.
    let html = "<html lang=\"en\"><head><title>News | Ministry of Water</title></head><body>\
        <header><a href=\"/en\"><img src=\"/themes/mow/logo.png\" alt=\"Ministry of Water\">\
        </a></header><h1>New water scheme opens in the north of the region</h1><p>The ministry \
        opened a water scheme that will serve eighteen thousand people, with two boreholes and \
        twelve kilometres of pipe.</p><footer><p>Ministry of Water</p></footer></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.publisher.as_deref(), Some("Ministry of Water"));
}

#[test]
fn a_declared_writer_the_copyright_line_names_as_a_body_is_no_writer() {
    // The company, with its legal form in the copyright line.
    let html = "<html lang=\"en\"><head><title>Cold store opens</title>\
        <meta name=\"author\" content=\"Dune Freight Lines\">\
        <meta property=\"og:site_name\" content=\"Dune Freight Lines\"></head><body>\
        <h1>Dune Freight opens a cold store for pharmaceutical importers</h1><p>Dune Freight \
        Lines today opened a temperature-controlled warehouse of forty thousand square metres, \
        its largest investment since the company was founded.</p>\
        <footer>© 2026 Dune Freight Lines LLC. All rights reserved.</footer></body></html>";
    let a = read_html_str(html).expect("read");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    // An office beside the site's name: the printed byline names the writer.
    let html = "<html lang=\"eu\"><head><title>Ikerketa berria</title>\
        <meta name=\"author\" content=\"Prentsa Bulegoa\">\
        <meta property=\"og:site_name\" content=\"Ibarra Unibertsitatea\"></head><body>\
        <h1>Unibertsitateak itsasoko ikerketa zentro berria irekiko du</h1>\
        <p class=\"byline\">Testua: Miren Agirre</p><p>Unibertsitateak itsasoko ikerketa \
        zentro berria irekiko du datorren urtean, eta hogei ikertzailek lan egingo dute bertan \
        hasieratik.</p><footer>© 2026 Ibarra Unibertsitatea · Prentsa Bulegoa</footer>\
        </body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["Miren Agirre".to_string()]);
    // A blog's owner, the site's only name, stays its writer.
    let html = "<html lang=\"en\"><head><title>Notes on indexes</title>\
        <meta name=\"author\" content=\"Tomas Reed\"></head><body>\
        <h1>Notes on partial indexes in practice</h1><p>Partial indexes are one of the most \
        useful features of the database, and one of the least known, so here are a few notes \
        from a year of using them.</p><footer>© Tomas Reed 2016-2020</footer></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["Tomas Reed".to_string()]);
}

#[test]
fn a_second_link_to_the_writers_page_is_a_prompt_whatever_its_words() {
    let html = "<html lang=\"ne\"><head><title>पोखरा विमानस्थल</title>\
        <script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": \
        {\"@type\": \"Person\", \"name\": \"सीता थापा\"}}</script></head><body>\
        <h1>पोखरा विमानस्थलबाट नयाँ उडान सुरु भयो</h1><div class=\"author-box\">\
        <a href=\"/author/sita-thapa\">सीता थापा</a> <a class=\"follow-btn\" \
        href=\"/author/sita-thapa?follow=1\">पछ्याउनुहोस्</a></div><p>पोखरा अन्तर्राष्ट्रिय \
        विमानस्थलबाट आजदेखि नयाँ अन्तर्राष्ट्रिय उडान सुरु भएको छ र यात्रुहरूको संख्या बढ्ने \
        अपेक्षा गरिएको छ।</p></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.authors, vec!["सीता थापा".to_string()]);
}

#[test]
fn a_time_printed_beside_the_headers_date_is_the_readers_clock() {
    let html = "<html lang=\"zh-CN\"><head><title>曼谷新航线开通</title>\
        <script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \
        \"datePublished\": \"2026-11-16T06:12:00.000Z\"}</script></head><body>\
        <h1>曼谷至清迈的新航线本周正式开通</h1><div class=\"meta\"><time \
        datetime=\"2026-11-16T06:12:00.000Z\">2026年11月16日</time> <span>北京时间 14:12</span>\
        </div><p>曼谷至清迈的新航线本周正式开通，每天往返四班，航空公司表示预计明年客流量将增长三成，\
        并计划在春节前增加夜间航班，以满足游客和商务旅客的需求。</p></body></html>";
    let a = read_html_str(html).expect("read");
    assert_eq!(a.published.as_deref(), Some("2026-11-16T14:12"));
}

#[test]
fn a_declared_office_named_with_an_organisation_form_is_no_writer() {
    let html = "<html lang=\"en\"><head><title>Water scheme opens</title>\
        <meta name=\"author\" content=\"Public Relations Directorate\"></head><body>\
        <h1>New water scheme opens in the north of the region</h1><p>The ministry opened a \
        water scheme that will serve eighteen thousand people, with two boreholes and twelve \
        kilometres of pipe, the regional office said on Monday.</p></body></html>";
    let a = read_html_str(html).expect("read");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    // A person whose surname is such a word stays a person.
    let html = html.replace("Public Relations Directorate", "Margaret Court");
    let a = read_html_str(&html).expect("read");
    assert_eq!(a.authors, vec!["Margaret Court".to_string()]);
}
