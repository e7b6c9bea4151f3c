//! Dates as professionals' copies print them (transcripts, newsroom systems), from the labels'
//! data: each test fails without its rows in `assets/lexicon/`.

use super::{DateRole, names_other_date, parse_date_line};

#[test]
fn a_broadcasts_air_time_is_its_publication() {
    // `date-labels.tsv`: a broadcast is published when it airs.
    let aired = parse_date_line("Aired March 14, 2002 - 22:00 ET").map(|(r, d)| (r, d.iso));
    assert_eq!(
        aired,
        Some((DateRole::Published, "2002-03-14T22:00".to_string()))
    );
    assert!(parse_date_line("Air date: 9 August 2017, 7:10").is_some());
}

#[test]
fn a_wire_services_transmission_label_in_simplified_chinese() {
    let date = parse_date_line("发稿时间：2020-09-16 10:12:35").map(|(_, d)| d.iso);
    assert!(date.is_some_and(|iso| iso.starts_with("2020-09-16T10:12")));
}

#[test]
fn a_newsroom_systems_arrival_time_is_no_publication() {
    // `not-publication-labels.txt`: when the copy reached the newsroom, not when it ran.
    assert!(names_other_date("وقت الاستلام:"));
    assert!(names_other_date("RCVD"));
    assert!(names_other_date("入库时间："));
}
