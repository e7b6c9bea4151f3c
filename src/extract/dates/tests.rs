//! Date parsing on small inputs, in the languages and shapes Chronicle reads.

use super::*;

fn iso(s: &str) -> Option<String> {
    parse_date(s).map(|d| d.iso)
}

#[test]
fn day_month_name_year_with_time() {
    let d = parse_date("27 October 2024 09:01").expect("parses");
    assert_eq!(d.iso, "2024-10-27T09:01");
    assert_eq!(d.text, "27 October 2024 09:01");
}

#[test]
fn month_name_first() {
    assert_eq!(iso("October 27, 2024").as_deref(), Some("2024-10-27"));
    assert_eq!(
        iso("Oct. 27, 2024 9:01 AM").as_deref(),
        Some("2024-10-27T09:01")
    );
    assert_eq!(
        iso("Oct 27, 2024, 9:01 p.m.").as_deref(),
        Some("2024-10-27T21:01")
    );
    assert_eq!(
        iso("October 27th, 2024 at 12:15 am").as_deref(),
        Some("2024-10-27T00:15")
    );
}

#[test]
fn iso_forms_keep_their_precision() {
    assert_eq!(iso("2024-10-27").as_deref(), Some("2024-10-27"));
    assert_eq!(iso("2024-10-27 09:01").as_deref(), Some("2024-10-27T09:01"));
    assert_eq!(
        iso("2024-10-27T09:01:00").as_deref(),
        Some("2024-10-27T09:01:00")
    );
    assert_eq!(
        iso("2024-10-27T09:01:00+02:00").as_deref(),
        Some("2024-10-27T09:01:00+02:00")
    );
    assert_eq!(
        iso("2024-10-27T07:01:00Z").as_deref(),
        Some("2024-10-27T07:01:00+00:00")
    );
    assert_eq!(
        iso("2024-10-27T09:01:00.123+0200").as_deref(),
        Some("2024-10-27T09:01:00+02:00")
    );
}

#[test]
fn numeric_day_first() {
    assert_eq!(
        iso("27.10.2024, 09:01").as_deref(),
        Some("2024-10-27T09:01")
    );
    assert_eq!(iso("27/10/2024").as_deref(), Some("2024-10-27"));
    assert_eq!(iso("05/10/2024").as_deref(), Some("2024-10-05"));
    assert_eq!(iso("10/27/2024").as_deref(), Some("2024-10-27"));
    assert_eq!(iso("27-10-2024 9.01").as_deref(), Some("2024-10-27T09:01"));
}

#[test]
fn labels_and_weekdays() {
    let (role, d) = parse_date_line("Published: 27 October 2024 09:01").expect("parses");
    assert_eq!(
        (role, d.iso.as_str(), d.text.as_str()),
        (
            DateRole::Published,
            "2024-10-27T09:01",
            "27 October 2024 09:01"
        )
    );
    let (role, d) = parse_date_line("Updated: October 28, 2024").expect("parses");
    assert_eq!((role, d.iso.as_str()), (DateRole::Updated, "2024-10-28"));
    assert_eq!(
        iso("Posted on Sunday, 27 October 2024").as_deref(),
        Some("2024-10-27")
    );
    assert_eq!(
        iso("Sunday, 27 October 2024").as_deref(),
        Some("2024-10-27")
    );
    assert_eq!(
        iso("Last updated 9:01 AM EDT, Sun October 27, 2024").as_deref(),
        Some("2024-10-27T09:01")
    );
}

#[test]
fn other_languages() {
    assert_eq!(
        iso("27 października 2024, 09:01").as_deref(),
        Some("2024-10-27T09:01")
    );
    assert_eq!(
        iso("Opublikowano: niedziela, 3 marca 2024 r., godz. 14:30").as_deref(),
        Some("2024-03-03T14:30")
    );
    assert_eq!(
        iso("Opublikowano: niedziela, 3 marca 2024").as_deref(),
        Some("2024-03-03")
    );
    assert_eq!(
        iso("27. Oktober 2024, 09:01 Uhr").as_deref(),
        Some("2024-10-27T09:01")
    );
    assert_eq!(iso("Sonntag, 3. März 2024").as_deref(), Some("2024-03-03"));
    assert_eq!(
        iso("1er octobre 2024 à 09h01").as_deref(),
        Some("2024-10-01T09:01")
    );
    assert_eq!(iso("27 de octubre de 2024").as_deref(), Some("2024-10-27"));
    assert_eq!(iso("12 août 2024").as_deref(), Some("2024-08-12"));
    assert_eq!(
        iso("21.dez.2018 às 10h55").as_deref(),
        Some("2018-12-21T10:55")
    );
    assert_eq!(iso("3.mar.2024").as_deref(), Some("2024-03-03"));
    assert_eq!(iso("21.dez2018"), None);
}

#[test]
fn impossible_dates_are_rejected() {
    assert_eq!(iso("31 February 2024"), None);
    assert_eq!(iso("2023-02-29"), None);
    assert_eq!(iso("2024-13-01"), None);
    assert_eq!(iso("32.10.2024"), None);
    assert_eq!(iso("27 October 2024 25:01"), None);
    assert_eq!(iso("27 October 2024 13:01 PM"), None);
    assert_eq!(iso("27 Smarch 2024"), None);
}

#[test]
fn no_offset_is_invented() {
    assert_eq!(
        iso("27 October 2024 09:01 CET").as_deref(),
        Some("2024-10-27T09:01")
    );
    assert_eq!(
        iso("Oct. 27, 2024 9:01 AM EDT").as_deref(),
        Some("2024-10-27T09:01")
    );
    assert_eq!(
        iso("27 October 2024 09:01 UTC").as_deref(),
        Some("2024-10-27T09:01:00+00:00")
    );
    assert_eq!(
        iso("27 October 2024 09:01 GMT+2").as_deref(),
        Some("2024-10-27T09:01:00+02:00")
    );
}

#[test]
fn sentences_and_junk_are_not_dates() {
    assert_eq!(iso("On 27 October 2024 the troops arrived."), None);
    assert_eq!(iso("27 October 2024 09:01 and more text"), None);
    assert_eq!(iso(""), None);
    assert_eq!(iso("2024-10-271"), None);
    assert_eq!(iso(&"9".repeat(5_000_000)), None);
    assert_eq!(iso("May"), None);
    // Characters whose lowercase has another byte length must not upset the label search.
    assert_eq!(iso("a\u{212A}tualizacja İİ 2024"), None);
    assert_eq!(iso("UPDATED: 27.10.2024").as_deref(), Some("2024-10-27"));
}

fn clauses(s: &str) -> Vec<(DateRole, String)> {
    parse_date_clauses(s)
        .into_iter()
        .map(|(role, d)| (role, d.iso))
        .collect()
}

#[test]
fn a_publication_and_an_update_clause_on_one_line() {
    assert_eq!(
        clauses("Publié le 12 mars 2022 à 18h45, mis à jour le 13 mars 2022 à 08h10"),
        vec![
            (DateRole::Published, "2022-03-12T18:45".to_string()),
            (DateRole::Updated, "2022-03-13T08:10".to_string())
        ]
    );
    assert_eq!(
        clauses("Posted on Monday, 1 April 2013 at 2:12 pm"),
        vec![(DateRole::Published, "2013-04-01T14:12".to_string())]
    );
}

#[test]
fn dates_found_inside_metadata_lines() {
    let (role, date, before, after) =
        find_date("by Laura June Topolsky July 10, 2015").expect("finds it");
    assert_eq!(
        (role, date.iso.as_str()),
        (DateRole::Published, "2015-07-10")
    );
    assert_eq!(
        (before.as_str(), after.as_str()),
        ("by Laura June Topolsky", "")
    );
    let (_, date, _, after) =
        find_date("Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST")
            .expect("finds it");
    assert_eq!(date.iso, "2019-01-03T02:00");
    let (role, update, _, _) = find_date(&after).expect("and the update");
    assert_eq!(
        (role, update.iso.as_str()),
        (DateRole::Updated, "2019-01-16T06:16")
    );
    assert_eq!(
        find_date("Oct 18, 2019 · 8 min read")
            .map(|d| d.1.iso)
            .as_deref(),
        Some("2019-10-18")
    );
    assert_eq!(find_date("Nothing here at all"), None);
}

#[test]
fn a_dateline_place_before_the_date() {
    assert_eq!(
        clauses("Málaga, 04/06/2020 - 11:30 CET"),
        vec![(DateRole::Published, "2020-06-04T11:30".to_string())]
    );
    assert!(clauses("Mark my words, 2024 will be different").is_empty());
}

#[test]
fn cjk_dates_with_and_without_time() {
    assert_eq!(
        iso("2016年10月14日07:17").as_deref(),
        Some("2016-10-14T07:17")
    );
    assert_eq!(
        iso("2023年4月5日 9時30分").as_deref(),
        Some("2023-04-05T09:30")
    );
    assert_eq!(iso("2023년 4월 5일").as_deref(), Some("2023-04-05"));
    // A weekday between the date and the time; an update in brackets after them.
    assert_eq!(
        iso("2025年8月5日 星期二 下午3:45").as_deref(),
        Some("2025-08-05T15:45")
    );
    assert_eq!(
        iso("2025年1月14日 7:05（最終更新 1月14日 9:30）").as_deref(),
        Some("2025-01-14T07:05")
    );
    assert_eq!(
        iso("发布时间：2021-08-09 16:20").as_deref(),
        Some("2021-08-09T16:20")
    );
}

#[test]
fn more_languages_labels_and_zones() {
    assert_eq!(
        iso("Updated: Mon 01 Apr 2013 14:12").as_deref(),
        Some("2013-04-01T14:12")
    );
    assert_eq!(
        iso("Published 16 Jul 2024, 09:04 GMT").as_deref(),
        Some("2024-07-16T09:04:00+00:00")
    );
    assert_eq!(
        iso("Publicado em 10/09/2021 às 17h20").as_deref(),
        Some("2021-09-10T17:20")
    );
    assert_eq!(
        iso("Опубликовано: 1 апреля 2013, 14:12").as_deref(),
        Some("2013-04-01T14:12")
    );
    assert_eq!(
        iso("Gepubliceerd: 5 januari 2022 13:45").as_deref(),
        Some("2022-01-05T13:45")
    );
    // `Mar` is also a weekday abbreviation (Spanish, French): the month reading wins when
    // only it parses.
    assert_eq!(
        iso("Mar 3, 2023 at 7:15 am").as_deref(),
        Some("2023-03-03T07:15")
    );
    assert_eq!(
        iso("Published 3:05 p.m. ET Dec. 2, 2020").as_deref(),
        Some("2020-12-02T15:05")
    );
    assert_eq!(
        parse_date_line("Stand: 04.06.2024 06:58 Uhr").map(|(r, _)| r),
        Some(DateRole::Updated)
    );
}

#[test]
fn spaced_numeric_dates_and_labels_alone() {
    let (_, d) = parse_date_line("Publikováno: 5. 3. 2025 14:20").expect("parses");
    assert_eq!(d.iso, "2025-03-05T14:20");
    assert_eq!(label_alone("Updated"), Some(DateRole::Updated));
    assert_eq!(label_alone("Published:"), Some(DateRole::Published));
    assert_eq!(label_alone("Aktualizacja"), Some(DateRole::Updated));
    assert_eq!(label_alone("Updates from Kyiv"), None);
    assert_eq!(label_alone("Published 16 Jul 2024"), None);
}

#[test]
fn datelines_and_title_segments() {
    let d = dateline_date("April 17, 2015 -- Imagine being sick in the hospital").expect("dated");
    assert_eq!(d.iso, "2015-04-17");
    let d = dateline_date("WASHINGTON, March 5, 2024 — The Senate voted").expect("dated");
    assert_eq!(d.iso, "2024-03-05");
    assert_eq!(
        dateline_date("The Senate voted on March 5, 2024 - a first"),
        None
    );
    assert_eq!(dateline_date("DENVER (AP) — Grid operators"), None);
    let d = title_segment_date("Una solución no violenta - 07.12.2017 - LA NACION").expect("dated");
    assert_eq!(d.iso, "2017-12-07");
    assert_eq!(title_segment_date("Oil prices rise - Reuters"), None);
}

#[test]
fn two_digit_years_as_us_blogs_print_them() {
    assert_eq!(iso("3/09/15 8:00am").as_deref(), Some("2015-03-09T08:00"));
    assert_eq!(iso("9/11/13 10:00AM").as_deref(), Some("2013-09-11T10:00"));
    assert_eq!(iso("10.15.15").as_deref(), Some("2015-10-15"));
    assert_eq!(iso("25/12/15").as_deref(), Some("2015-12-25"));
    assert_eq!(iso("3/09/155"), None);
}

#[test]
fn hungarian_order_and_quebec_times() {
    assert_eq!(
        iso("2024. október 8. 13:27").as_deref(),
        Some("2024-10-08T13:27")
    );
    assert_eq!(
        iso("Publié le 14 novembre 2024 à 5 h 00").as_deref(),
        Some("2024-11-14T05:00")
    );
}

#[test]
fn day_periods_and_labels_of_more_languages() {
    let iso = |s: &str| parse_date(s).map(|d| d.iso);
    assert_eq!(
        iso("Dydd Iau 23 Hydref 2025, 4.15yh"),
        Some("2025-10-23T16:15".into())
    );
    assert_eq!(
        iso("Litinin, 17 Nuwamba, 2025 | 3:40 na yamma"),
        Some("2025-11-17T15:40".into())
    );
    assert_eq!(
        iso("Четвъртък, 21 август 2025 | 10:37 ч."),
        Some("2025-08-21T10:37".into())
    );
    assert_eq!(
        iso("Mi., 15. Jänner 2025, 17:32"),
        Some("2025-01-15T17:32".into())
    );
    let clauses = parse_date_clauses("Posodobljeno: torek, 3. 6. 2025, 19.02");
    assert_eq!(
        clauses.first().map(|(role, _)| *role),
        Some(DateRole::Updated)
    );
    // A two-letter mark must end the clause: `em` is Portuguese for "in".
    assert_eq!(iso("5 de março de 2025 às 5:30 em Lisboa"), None);
}

#[test]
fn times_before_dates_weekdays_after_them() {
    let iso = |s: &str| parse_date(s).map(|d| d.iso);
    assert_eq!(
        iso("Published: 8:45pm, 21 Nov 2025"),
        Some("2025-11-21T20:45".into())
    );
    assert_eq!(
        iso("23 Ağustos 2025 Cumartesi, 21:47"),
        Some("2025-08-23T21:47".into())
    );
    assert_eq!(
        iso("Thứ năm, 21/8/2025, 06:00 (GMT+7)"),
        Some("2025-08-21T06:00:00+07:00".into())
    );
}

#[test]
fn japanese_afternoon_times_and_bracketed_update_lines() {
    let iso = |s: &str| parse_date(s).map(|d| d.iso);
    assert_eq!(
        iso("2025年1月18日 午後3時05分"),
        Some("2025-01-18T15:05".into())
    );
    let clauses = parse_date_clauses("（最終更新：2025年1月18日 午後6時40分）");
    assert_eq!(
        clauses.first().map(|(role, _)| *role),
        Some(DateRole::Updated)
    );
}

#[test]
fn the_day_period_before_the_time_and_one_letter_marks() {
    // Korean and Chinese write the period before the time; Arabic's marks are one letter.
    assert_eq!(
        iso("2025.11.21. 오후 4:27").as_deref(),
        Some("2025-11-21T16:27")
    );
    assert_eq!(
        iso("2025/11/21 下午 3:45").as_deref(),
        Some("2025-11-21T15:45")
    );
    assert_eq!(
        iso("19 نوفمبر 2025 07:45 م").as_deref(),
        Some("2025-11-19T19:45")
    );
    assert_eq!(
        iso("19 نوفمبر 2025 10:20 ص").as_deref(),
        Some("2025-11-19T10:20")
    );
    // A one-letter mark must end the clause.
    assert_eq!(iso("19 نوفمبر 2025 07:45 م القاهرة"), None);
}

#[test]
fn spaced_dotted_year_first_dates() {
    // Hungarian and Korean space the dots of a year-first date.
    assert_eq!(
        iso("2026. 11. 24. 9:05").as_deref(),
        Some("2026-11-24T09:05")
    );
    assert_eq!(iso("2026. 11. 24.").as_deref(), Some("2026-11-24"));
    assert_eq!(iso("2026. 13. 24."), None);
}

#[test]
fn day_periods_of_the_clock_from_cldr() {
    // CLDR's flexible day periods: evening, afternoon and a night that runs over midnight.
    assert_eq!(
        iso("24 de noviembre de 2026, 5:30 de la tarde").as_deref(),
        Some("2026-11-24T17:30")
    );
    assert_eq!(
        iso("Selasa, 24 November 2026 | 3:45 petang").as_deref(),
        Some("2026-11-24T15:45")
    );
    assert_eq!(
        iso("24. novembar 2026. 9:15 noću").as_deref(),
        Some("2026-11-24T21:15")
    );
    assert_eq!(
        iso("24. novembar 2026. 2:15 noću").as_deref(),
        Some("2026-11-24T02:15")
    );
}

#[test]
fn a_labelled_time_alone_is_on_the_day_of_the_clause_before() {
    let clauses = parse_date_clauses("Updated November 24 2026 - 9:42pm, first published 6:00pm");
    let got: Vec<(DateRole, String)> = clauses.into_iter().map(|(r, d)| (r, d.iso)).collect();
    assert_eq!(
        got,
        vec![
            (DateRole::Updated, "2026-11-24T21:42".to_string()),
            (DateRole::Published, "2026-11-24T18:00".to_string()),
        ]
    );
    // Without a label, a time after a date is that date's time, no second date.
    let clauses = parse_date_clauses("Updated November 24 2026, 6:00pm, 4 min read");
    assert_eq!(clauses.len(), 1);
    assert_eq!(clauses[0].1.iso, "2026-11-24T18:00");
}

#[test]
fn bullets_part_date_clauses_and_a_reading_time_may_close_them() {
    let clauses = parse_date_clauses(
        "Published Nov 24, 2026 11:47 a.m. AST • Last updated Nov 24, 2026 4:05 p.m. AST • 3 minute read",
    );
    let roles: Vec<DateRole> = clauses.iter().map(|(r, _)| *r).collect();
    assert_eq!(roles, vec![DateRole::Published, DateRole::Updated]);
    assert!(clauses[0].1.iso.starts_with("2026-11-24T11:47"));
    // A reading time alone is no date line.
    assert!(parse_date_clauses("3 minute read • 2026 edition").is_empty());
}

#[test]
fn a_label_run_into_the_date_before_it_still_parts_the_clauses() {
    let clauses = parse_date_clauses("13:45, 24 Nov 2026Updated 14:10, 24 Nov 2026");
    let got: Vec<(DateRole, String)> = clauses.into_iter().map(|(r, d)| (r, d.iso)).collect();
    assert_eq!(
        got,
        vec![
            (DateRole::Published, "2026-11-24T13:45".to_string()),
            (DateRole::Updated, "2026-11-24T14:10".to_string()),
        ]
    );
    // A capital after a digit that opens no label changes nothing (`2026Budget` is no date).
    assert!(parse_date_clauses("24 Nov 2026Budget, 14:10").is_empty());
}

#[test]
fn a_datelines_place_may_name_its_state_or_country() {
    let clauses = parse_date_clauses("AMES, Iowa, Nov. 24, 2025");
    assert_eq!(clauses.len(), 1);
    assert_eq!(clauses[0].1.iso, "2025-11-24");
    // Three leading words that are no date are no dateline.
    assert!(parse_date_clauses("Ames, Iowa, United States, Nov. 24, 2025").is_empty());
}

#[test]
fn the_word_joining_a_date_to_its_time_in_more_languages() {
    for (text, iso) in [
        ("24. november 2026 ob 16.20", "2026-11-24T16:20"),
        ("24 Tachwedd 2026 am 10:15", "2026-11-24T10:15"),
        ("24. novembris 2026 plkst. 09:30", "2026-11-24T09:30"),
        ("24 November 2026 at 10:15", "2026-11-24T10:15"),
    ] {
        assert_eq!(
            parse_date(text).map(|d| d.iso).as_deref(),
            Some(iso),
            "{text}"
        );
    }
}

#[test]
fn a_place_then_a_labelled_date_running_into_the_story_is_a_dateline() {
    let date = dateline_date(
        "અમદાવાદ, તા. 24 નવેમ્બર 2026 અમદાવાદ મ્યુનિસિપલ કોર્પોરેશન દ્વારા આ વર્ષે ફ્લાવર શોનું આયોજન કરવામાં આવશે.",
    );
    assert_eq!(date.map(|d| d.iso).as_deref(), Some("2026-11-24"));
    // Without a label, a date the first sentence opens with after a comma is no dateline.
    assert!(dateline_date("Meanwhile, 24 November 2026 saw the largest crowd the town has seen in years at the show.").is_none());
}

#[test]
fn maltese_writes_of_between_the_day_and_the_month() {
    let date = parse_date("24 ta' Novembru 2026, 14:20");
    assert_eq!(date.map(|d| d.iso).as_deref(), Some("2026-11-24T14:20"));
}

#[test]
fn a_first_publication_at_a_dotted_time_on_the_updates_day() {
    let clauses = parse_date_clauses("Updated March 9, 2024 — 11.42pm, first published at 10.05pm");
    let isos: Vec<(DateRole, String)> = clauses.into_iter().map(|(r, d)| (r, d.iso)).collect();
    assert_eq!(
        isos,
        [
            (DateRole::Updated, "2024-03-09T23:42".to_string()),
            (DateRole::Published, "2024-03-09T22:05".to_string())
        ]
    );
}

#[test]
fn a_mexican_dateline_ends_with_a_full_stop_and_a_hyphen() {
    let date = dateline_date(
        "Monterrey, N.L., 18 de noviembre de 2025.- La tasa de desocupación de naves industriales subió a 9.1% al cierre del trimestre.",
    );
    assert_eq!(date.map(|d| d.iso).as_deref(), Some("2025-11-18"));
}
