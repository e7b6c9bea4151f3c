//! Tests of publication_date.rs.

use super::*;

#[test]
fn iso_dates_keep_their_precision() {
    assert_eq!(
        iso_date("2015-07-24T05:36:09+01:00").as_deref(),
        Some("2015-07-24T05:36:09+01:00")
    );
    assert_eq!(
        iso_date("2015-07-24T05:36:09.000Z").as_deref(),
        Some("2015-07-24T05:36:09+00:00")
    );
    assert_eq!(
        iso_date("2015-07-24T05:36:09-0400").as_deref(),
        Some("2015-07-24T05:36:09-04:00")
    );
    assert_eq!(
        iso_date("2015-07-24T05:36").as_deref(),
        Some("2015-07-24T05:36")
    );
    assert_eq!(iso_date("2015-07-24").as_deref(), Some("2015-07-24"));
    assert_eq!(
        iso_date("Fri, 24 Jul 2015 05:36:09 GMT").as_deref(),
        Some("2015-07-24T05:36:09+00:00")
    );
    assert_eq!(iso_date("yesterday"), None);
}
#[test]
fn meta_names_of_more_cmss() {
    let mut meta = Meta::default();
    meta.tags.insert(
        "originalpublicationdate".into(),
        vec!["2024-05-20T14:32:00+07:00".into()],
    );
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(
        found.map(|(iso, _, source)| (iso, source)),
        Some(("2024-05-20T14:32:00+07:00".to_string(), "meta"))
    );
    assert!(MORE_META_NAMES.contains(&"dc.date.created"));
}

#[test]
fn dublin_core_issue_is_the_publication_not_the_draft_s_creation() {
    let mut meta = Meta::default();
    meta.tags.insert(
        "dcterms.created".into(),
        vec!["2026-01-29T17:48:00+02:00".into()],
    );
    meta.tags.insert(
        "dcterms.issued".into(),
        vec!["2026-01-30T06:00:00+02:00".into()],
    );
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(
        found.map(|f| f.0).as_deref(),
        Some("2026-01-30T06:00:00+02:00")
    );
}

#[test]
fn the_printed_local_time_beats_the_same_moment_in_utc() {
    let meta = Meta {
        date_elements: vec!["19 de mayo de 2025 | 8:15 am".into()],
        ..Meta::default()
    };
    let mut meta = meta;
    meta.tags.insert(
        "article:published_time".into(),
        vec!["2025-05-19T14:15:00+00:00".into()],
    );
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(found.map(|f| f.0).as_deref(), Some("2025-05-19T08:15"));
    // Another minute is another moment: the declaration stays.
    assert!(!same_moment_elsewhere(
        "2025-05-19T14:15:00+00:00",
        "2025-05-19T08:20"
    ));
    assert!(same_moment_elsewhere(
        "2025-10-14T11:30:00Z",
        "2025-10-14T06:30"
    ));
}

#[test]
fn the_first_date_of_a_pages_inline_state_is_its_own() {
    let script = r#"{"article":{"title":"T","published_at":"2026-06-11T09:12:00+02:00",
        "updated_at":"2026-06-11T10:40:00+02:00"},"related":[{"publishedAt":"2026-06-08"}]}"#;
    assert_eq!(
        state_date(script).as_deref(),
        Some("2026-06-11T09:12:00+02:00")
    );
    assert_eq!(state_date(r#"{"published_at":"soon"}"#), None);
}

#[test]
fn wix_and_substack_state_keys() {
    let wix = r#"{"post":{"lastPublishedDate":"2026-11-21T08:00:00.000Z",
        "firstPublishedDate":"2026-11-17T09:30:00.000Z"}}"#;
    assert_eq!(state_date(wix).as_deref(), Some("2026-11-17T09:30:00.000Z"));
    let substack = r#"{"post":{"post_date":"2026-11-19T04:00:00.000Z"}}"#;
    assert_eq!(
        state_date(substack).as_deref(),
        Some("2026-11-19T04:00:00.000Z")
    );
}

#[test]
fn nuxts_payload_gives_the_date_by_its_index() {
    let payload = r#"[["ShallowReactive",1],{"data":2},{"id":3,"createdAt":4,"publishedAt":5},
        48213,"2026-11-13T22:47:00+08:00","2026-11-14T09:20:00+08:00"]"#;
    assert_eq!(
        state_date(payload).as_deref(),
        Some("2026-11-14T09:20:00+08:00")
    );
}

#[test]
fn url_dates_need_a_full_day() {
    assert_eq!(
        url_date("https://x.com/news/2024/10/27/story")
            .map(|d| d.0)
            .as_deref(),
        Some("2024-10-27")
    );
    assert_eq!(
        url_date("https://x.com/2024-10-27-story.html")
            .map(|d| d.0)
            .as_deref(),
        Some("2024-10-27")
    );
    assert_eq!(url_date("https://x.com/news/2024/10/story"), None);
    assert_eq!(url_date("https://x.com/a/1234/56/78"), None);
}

#[test]
fn eight_digits_in_a_url_are_a_date_when_plausible() {
    let day = |u: &str| url_date(u).map(|d| d.0);
    assert_eq!(
        day("http://headlines.yahoo.co.jp/hl?a=20170309-35097838-cnetj-sci").as_deref(),
        Some("2017-03-09")
    );
    // An id of eight digits that is no date, or a date before the web's.
    assert_eq!(day("https://x.com/story/35097838"), None);
    assert_eq!(day("https://x.com/story/19230309"), None);
    assert_eq!(day("https://x.com/story/123456789"), None);
}

#[test]
fn the_same_instant_in_the_sites_offset_beats_utc() {
    let mut meta = Meta {
        time_datetime: Some("2024-02-09T00:05:00+01:00".into()),
        ..Meta::default()
    };
    meta.tags.insert(
        "article:published_time".into(),
        vec!["2024-02-08T23:05:00Z".into()],
    );
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(
        found.map(|f| f.0).as_deref(),
        Some("2024-02-09T00:05:00+01:00")
    );
    assert!(!same_instant_with_offset(
        "2024-02-08T23:05:00+00:00",
        "2024-02-09T00:06:00+01:00"
    ));
}

#[test]
fn the_date_the_storys_header_prints_beats_a_declaration_of_another_day() {
    let mut meta = Meta {
        header_dates: vec!["Oct 15, 2015 · 18 min read".into()],
        time_datetime: Some("2015-10-15T02:19:15Z".into()),
        ..Meta::default()
    };
    meta.tags.insert(
        "article:published_time".into(),
        vec!["2015-12-11T14:28:34Z".into()],
    );
    // A source that agrees with the printed day stands for it, with its precision.
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(
        found.map(|f| (f.0, f.2)),
        Some(("2015-10-15T02:19:15+00:00".to_string(), "time"))
    );
    // Without one, the declaration stays, unless it is in UTC on the neighbouring day: an
    // evening story declared in UTC on the next day.
    meta.time_datetime = None;
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(
        found.map(|f| f.0).as_deref(),
        Some("2015-12-11T14:28:34+00:00")
    );
    meta.tags.insert(
        "article:published_time".into(),
        vec!["2015-10-16T01:30:00Z".into()],
    );
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(found.map(|f| f.0).as_deref(), Some("2015-10-15"));
    assert!(!utc_neighbour("2015-10-16T13:30:00Z", "2015-10-15"));
    assert!(utc_neighbour("2015-10-15T20:30:00Z", "2015-10-16"));
    assert!(!utc_neighbour("2015-10-16T01:30:00-04:00", "2015-10-15"));
    // An update printed in the header is no publication date.
    meta.header_dates = vec!["Updated Oct 15, 2015".into()];
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(
        found.map(|f| f.0).as_deref(),
        Some("2015-10-16T01:30:00+00:00")
    );
}

#[test]
fn one_stamp_written_in_two_zones_is_read_on_the_pages_clock() {
    let mut meta = Meta {
        time_datetime: Some("2017-03-09T18:16:02-04:00".into()),
        ..Meta::default()
    };
    meta.tags.insert(
        "article:published_time".into(),
        vec!["2017-03-09T23:16:02+00:00".into()],
    );
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(
        found.map(|f| f.0).as_deref(),
        Some("2017-03-09T18:16:02-04:00")
    );
    // Round times are no fingerprint of one stamp.
    assert!(!same_stamp_other_zone(
        "2017-03-09T23:00:00+00:00",
        "2017-03-09T18:00:00-04:00"
    ));
    assert!(!same_stamp_other_zone(
        "2017-03-09T23:16:02+00:00",
        "2017-03-09T18:17:02-04:00"
    ));
}

#[test]
fn the_state_kept_in_the_root_elements_attribute_dates_the_story() {
    let html = "<html><body><div id=\"app\" data-page=\"{&quot;props&quot;:{&quot;article\
        &quot;:{&quot;created_at&quot;:&quot;2026-11-15T20:51:00Z&quot;,&quot;published_at\
        &quot;:&quot;2026-11-16T09:30:00-04:00&quot;}}}\"><h1>San Juan buries its power lines\
        </h1><span class=\"date\">3 hours ago</span><p>The city approved the plan.</p></div>\
        </body></html>";
    let article = crate::extract::html::read_html_str(html).expect("read");
    assert_eq!(
        article.published.as_deref(),
        Some("2026-11-16T09:30:00-04:00")
    );
}

#[test]
fn a_page_that_declares_no_language_is_read_in_its_storys() {
    let html = "<html><body><h1>The council votes on the bridge</h1><p>The council met on \
        Tuesday to vote on the new bridge across the river, and the vote was close. It is the \
        first time that the town has voted on it, and many of the people who live there were \
        in the hall for the vote.</p></body></html>";
    let article = crate::extract::html::read_html_str(html).expect("read");
    assert_eq!(article.language.as_deref(), Some("en"));
}

#[test]
fn more_meta_names_from_htmldates_list() {
    for name in ["article:published", "displaydate", "rbpubdate"] {
        let mut meta = Meta::default();
        meta.tags
            .insert(name.into(), vec!["2015-03-04T10:20:00+01:00".into()]);
        let found = published(&meta, None, &Cleaned::default(), None);
        assert_eq!(
            found.map(|f| f.0).as_deref(),
            Some("2015-03-04T10:20:00+01:00"),
            "{name}"
        );
    }
}

#[test]
fn a_time_printed_alone_beside_a_utc_declaration_is_the_readers_clock() {
    let mut meta = Meta {
        header_dates: vec![
            "۸ آذر ۱۴۰۵ - ۲۹ نوامبر ۲۰۲۶".into(),
            "ساعت ۱۵:۳۰ به وقت تهران".into(),
        ],
        ..Meta::default()
    };
    meta.ld.published = Some("2026-11-29T12:00:31.000Z".into());
    let found = published(&meta, None, &Cleaned::default(), None);
    assert_eq!(found.map(|f| f.0).as_deref(), Some("2026-11-29T15:30"));
    // A time no zone's offset explains (12:00 and 12:10) is another moment.
    assert_eq!(local_clock("2026-11-29T12:00:31+00:00", 12, 10), None);
    // Across midnight: 22:30 UTC is 04:00 the next day in India.
    assert_eq!(
        local_clock("2026-11-29T22:30:00+00:00", 4, 0).as_deref(),
        Some("2026-11-30T04:00")
    );
}
