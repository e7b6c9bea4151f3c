//! Round 21 (session 25): rules from the opened halves (text-shapes-21's, until then frozen)
//! and text-shapes-22's tuning half (older articles as archivists copy them), each on a small
//! input of the shape it reads.

use super::super::read_text;
use crate::extract::dates::parse_date_clauses;

const STORY: &str = "Signal fault delays the morning trains by an hour\n\
    A signal fault near the central station held up trains for more than an hour on Tuesday.\n\
    Thousands of commuters were late for work, and some stations closed their gates.\n";

#[test]
fn a_date_strip_with_its_weekday_over_the_headline_gives_way_to_the_story_date() {
    // The site's "today" line (a date with its weekday, unlabelled) over the headline, the
    // story's own labelled date under it.
    let page = |date_line: &str| {
        format!(
            "The Morning Ledger\n2026년 12월 2일 수요일\nHome | News | Sport | Opinion\nSearch\n\
             Society\n{}\n{date_line}{}Kim Min-su, reporter\nShare | Print\n\
             Copyright The Morning Ledger. All rights reserved.\n",
            STORY.lines().next().unwrap_or_default(),
            STORY
                .lines()
                .skip(1)
                .map(|l| format!("{l}\n"))
                .collect::<String>()
        )
    };
    let a = read_text(&page("입력 : 2002-06-25 14:05\n"));
    assert_eq!(a.published.as_deref(), Some("2002-06-25T14:05"));
    // With no date under the headline, the strip still dates the page.
    let a = read_text(&page(""));
    assert_eq!(a.published.as_deref(), Some("2026-12-02"));
}

#[test]
fn a_spaced_slash_parts_date_clauses() {
    let clauses = parse_date_clauses("입력 : 2002-06-25 14:05 / 수정 : 2002-06-25 18:30");
    let isos: Vec<&str> = clauses.iter().map(|(_, d)| d.iso.as_str()).collect();
    assert_eq!(isos, ["2002-06-25T14:05", "2002-06-25T18:30"]);
    // A slash inside a date is no clause's end.
    let clauses = parse_date_clauses("Posted: 25/06/2002, 14:05");
    assert_eq!(clauses.len(), 1);
}
