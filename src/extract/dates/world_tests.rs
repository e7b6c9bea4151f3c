//! Date lines of calendars, scripts and languages added in saved pages round 13.

use super::*;

fn iso(s: &str) -> Option<String> {
    parse_date(s).map(|d| d.iso)
}

#[test]
fn taiwans_official_years() {
    assert_eq!(
        iso("發布時間：115年3月2日 下午3:05").as_deref(),
        Some("2026-03-02T15:05")
    );
    assert_eq!(iso("民國99年1月5日").as_deref(), Some("2010-01-05"));
    // Two digits without `民國` are no year.
    assert_eq!(iso("15年3月2日"), None);
}

#[test]
fn joiners_of_more_languages() {
    // Macedonian `во`, Lao `ເວລາ` ("time"), Khmer `ម៉ោង` ("hour").
    assert_eq!(
        iso("13.02.2026 во 16:42").as_deref(),
        Some("2026-02-13T16:42")
    );
    assert_eq!(
        iso("14 ມີນາ 2026, ເວລາ 10:20").as_deref(),
        Some("2026-03-14T10:20")
    );
    assert_eq!(
        iso("14/03/2026 ម៉ោង 10:20").as_deref(),
        Some("2026-03-14T10:20")
    );
}

#[test]
fn sinhala_months_as_papers_print_them() {
    assert_eq!(
        iso("2026 පෙබරවාරි 18 ප.ව. 2.10").as_deref(),
        Some("2026-02-18T14:10")
    );
    assert_eq!(iso("18 ජූලි 2025").as_deref(), Some("2025-07-18"));
}

#[test]
fn an_events_date_is_not_the_pages() {
    assert!(names_other_date("When:"));
    assert!(names_other_date("Rain date:"));
    assert!(!names_other_date("Posted"));
    let lines = [
        "Jetty clean-up: volunteers wanted",
        "When: Saturday 11 April 2026, 7:00 am to 11:00 am (meet at the jetty)",
        "Rain date: Saturday 18 April 2026",
    ];
    assert_eq!(near_headline(&lines, 0), None);
}

#[test]
fn thai_dates_as_papers_print_them() {
    // Months abbreviated with dots inside; `น.` ("o'clock") after the time, its dot perhaps
    // taken off with a line's full stop.
    assert_eq!(iso("4 มี.ค. 2558").as_deref(), Some("2015-03-04"));
    assert_eq!(
        iso("12 ก.พ. 2569 15:20 น").as_deref(),
        Some("2026-02-12T15:20")
    );
    let found = find_date("4 มีนาคม 2558 10:20 น.").map(|(_, d, _, after)| (d.iso, after));
    assert_eq!(found, Some(("2015-03-04T10:20".to_string(), String::new())));
}

#[test]
fn a_two_digit_year_then_a_comma_and_the_time() {
    assert_eq!(
        iso("פורסם: 04.03.15, 10:20").as_deref(),
        Some("2015-03-04T10:20")
    );
    assert_eq!(iso("04.03.15, 10:20").as_deref(), Some("2015-03-04T10:20"));
}

#[test]
fn khmer_dates_that_name_their_parts() {
    let parsed = parse_date("ថ្ងៃព្រហស្បតិ៍ ទី១៩ ខែកុម្ភៈ ឆ្នាំ២០២៦ ម៉ោង ០៩:៣០ ព្រឹក");
    assert_eq!(parsed.map(|p| p.iso).as_deref(), Some("2026-02-19T09:30"));
}
