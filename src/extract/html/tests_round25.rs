//! Saved pages round 25: old templates and web archives' copies (html-shapes-14).

use super::read_html_str;

/// A table layout's headline in a `<font>`, and a `<title>` of site, section and headline.
#[test]
fn the_titles_last_part_printed_alone_is_the_headline_and_its_first_the_site() {
    let html = "<html><head><title>Harbour Star - Local - Ferry fares rise by ten cents in April\
        </title></head><body><table><tr><td><img src=logo.gif alt=''></td></tr><tr><td>\
        <font size=5><b>Ferry fares rise by ten cents in April</b></font><br>\
        <p>The ferry company said on Monday that fares on every crossing would rise by ten cents \
        from the first of April, the first rise in six years.</p></td></tr></table></body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(a.title, "Ferry fares rise by ten cents in April");
    assert_eq!(a.publisher.as_deref(), Some("Harbour Star"));
}

/// An early blog: the `<h1>` is the blog's name, the post's title an `<h2>`; the same title
/// linked from a list of recent posts does not count as printed alone.
#[test]
fn a_blogs_h1_that_is_the_titles_first_part_gives_way_to_the_printed_post_title() {
    let html = "<html><head><title>Island Notes &raquo; Blog Archive &raquo; Jeepney drivers \
        stage a strike</title></head><body><h1><a href='/'>Island Notes</a></h1>\
        <h2>Jeepney drivers stage a strike</h2><p>Drivers parked their jeepneys along the \
        highway on Tuesday morning to protest the new terminal, which they say is too far from \
        the market.</p><ul><li><a href='/p/1'>Jeepney drivers stage a strike</a></li></ul>\
        </body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(a.title, "Jeepney drivers stage a strike");
    assert_eq!(a.publisher.as_deref(), Some("Island Notes"));
    // Printed only as a link, the part is not the headline: the `<title>` stays as it was.
    let linked = html.replace("<h2>Jeepney drivers stage a strike</h2>", "");
    let a = read_html_str(&linked).unwrap();
    assert_ne!(a.title, "Jeepney drivers stage a strike");
}

/// `Headline | Site` with the site's name printed alone above the `<h1>` headline (a print
/// view): both ends are printed, so the `<title>`'s order decides nothing.
#[test]
fn a_title_whose_both_ends_are_printed_is_left_to_the_other_rules() {
    let html = "<html><head><title>Ferry fares rise by ten cents in April | Harbour Ferry \
        Company of the North</title></head><body><p>Harbour Ferry Company of the North</p>\
        <h1>Ferry fares rise by ten cents in April</h1><p>The ferry company said on Monday \
        that fares on every crossing would rise by ten cents from the first of April.</p>\
        </body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(a.title, "Ferry fares rise by ten cents in April");
}

fn archived_page(head: &str, banner: &str) -> String {
    let link = |path: &str| {
        format!(
            "<a href='https://archive.example/o/Ab12/http://www.harbourstar.example/{path}'>{path}</a> "
        )
    };
    let links: String = ["", "news", "sport", "contact"]
        .iter()
        .map(|p| link(p))
        .collect();
    format!(
        "<html><head><title>Ferry fares rise by ten cents in April</title>{head}</head><body>\
        {banner}<div>{links}</div><h1>Ferry fares rise by ten cents in April</h1><p>The ferry \
        company said on Monday that fares on every crossing would rise by ten cents from the \
        first of April, the first rise in six years.</p></body></html>"
    )
}

/// An archive's copy: its canonical link and site name are the archive's; the article's
/// address is the original the archive records, on the host the rewritten links lead to.
#[test]
fn an_archive_copys_own_address_gives_way_to_the_original_it_records() {
    let head = "<link rel=canonical href='https://archive.example/Ab12'>\
        <meta property='og:site_name' content='archive.example'>\
        <link rel=bookmark href='http://www.harbourstar.example/news/ferry-fares'>";
    let a = read_html_str(&archived_page(head, "")).unwrap();
    assert_eq!(
        a.url.as_deref(),
        Some("http://www.harbourstar.example/news/ferry-fares")
    );
    assert_ne!(a.publisher.as_deref(), Some("archive.example"));
    // The address field of the archive's banner, when no bookmark link records it.
    let banner = "<form><input type=text name=url \
        value='http://www.harbourstar.example/news/ferry-fares'></form>";
    let a = read_html_str(&archived_page("", banner)).unwrap();
    assert_eq!(
        a.url.as_deref(),
        Some("http://www.harbourstar.example/news/ferry-fares")
    );
    // An address on another host is not the copy's record.
    let banner = "<form><input type=text name=q value='http://search.example/?q=ferry'></form>";
    let a = read_html_str(&archived_page("", banner)).unwrap();
    assert_eq!(a.url, None);
}

/// A page that is no archive's copy keeps its own address field's value out of its url.
#[test]
fn a_page_with_a_few_archived_links_is_no_archive_copy() {
    let html = "<html><head><title>Ferry fares rise</title>\
        <link rel=canonical href='https://www.harbourstar.example/news/ferry-fares'></head><body>\
        <h1>Ferry fares rise by ten cents in April</h1><p>The ferry company said on Monday that \
        fares would rise, <a href='https://web.archive.org/web/20010101000000/http://old.example/'>\
        as in 2001</a>.</p><a href='https://www.harbourstar.example/'>Home</a>\
        <a href='https://www.harbourstar.example/news'>News</a></body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(
        a.url.as_deref(),
        Some("https://www.harbourstar.example/news/ferry-fares")
    );
}

/// A national library's replay (pywb): `wayback/STAMP/original`.
#[test]
fn a_replay_address_with_a_collection_word_gives_the_original() {
    assert_eq!(
        super::snapshot::original_address(
            "https://webarchive.library.example/wayback/20100320081544/http://news.example/a/1"
        ),
        "http://news.example/a/1"
    );
}
/// An old template's header row: the byline cell, then the labelled publication cell; a
/// reader's comment below the story carries another time of the same day.
#[test]
fn a_labelled_date_cell_in_the_headers_table_row_dates_the_story() {
    let html = "<html><head><title>서석일보 - 광주 양동시장 상인들, 주차장 증축 요구</title></head>\
        <body><div class=tit>광주 양동시장 상인들, 주차장 증축 요구</div><table><tr>\
        <td>정은주 기자</td><td>입력 : 2003.05.22 오후 3:42 &nbsp; 수정 : 2003.05.23 오전 9:10</td>\
        </tr></table><div>광주 서구 양동시장 상인들이 시장 주차장 증축을 요구하고 나섰다.<br><br>\
        상인회는 22일 광주시청을 방문해 건의서를 전달했다.</div>\
        <div>독자의견 (1)</div><div>시민 &nbsp; 2003-05-22 18:20:11 &nbsp; 좋네요.</div>\
        </body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(a.published.as_deref(), Some("2003-05-22T15:42"));
}

/// An old page declares only its encoding: its story in Hangul is in Korean.
#[test]
fn a_page_without_a_language_in_a_script_one_language_owns_is_in_that_language() {
    let html = "<html><head><meta http-equiv=Content-Type content='text/html; charset=euc-kr'>\
        <title>양동시장 상인들, 주차장 증축 요구</title></head><body>\
        <h1>양동시장 상인들, 주차장 증축 요구</h1><p>광주 서구 양동시장 상인들이 시장 주차장 \
        증축을 요구하고 나섰다. 양동시장 상인회는 22일 광주시청을 방문해 상인 1천200여명이 \
        서명한 건의서를 전달하고, 현재 120면 규모인 공영주차장을 복층으로 증축해 줄 것을 \
        요청했다.</p></body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(a.language.as_deref(), Some("ko"));
}

/// A place of several words after the writer's name is where the story was filed from, as a
/// place of one word already was (`Hans Müller, Berlin`).
#[test]
fn a_place_of_several_words_after_the_writer_is_no_writer() {
    let html = "<html><head><title>Fishermen demand compensation</title></head><body>\
        <h1>Fishermen demand compensation over fresh oil spill</h1>\
        <div class=byline>By Chinedu Okafor, Port Harcourt</div><p>Fishermen in the creeks \
        said on Thursday that a fresh spill had covered their nets and ponds, and asked the \
        company for compensation within a month.</p></body></html>";
    let a = read_html_str(html).unwrap();
    assert_eq!(a.authors, vec!["Chinedu Okafor".to_string()]);
}
