//! Tests of around.rs and of the names and forms read with it, on small inputs.

use super::super::parse_date;

fn iso(s: &str) -> Option<String> {
    parse_date(s).map(|d| d.iso)
}

#[test]
fn long_month_and_weekday_names_of_other_scripts() {
    // Three bytes a character: names of more than eight characters were never looked up.
    assert_eq!(iso("25 พฤศจิกายน 2568").as_deref(), Some("2025-11-25"));
    assert_eq!(iso("২৫ ফেব্রুয়ারি ২০২৫").as_deref(), Some("2025-02-25"));
    assert_eq!(iso("25 செப்டம்பர் 2025").as_deref(), Some("2025-09-25"));
    assert!(crate::extract::lexicon::is_weekday("วันพฤหัสบดี"));
}

#[test]
fn the_era_or_year_word_after_the_year_and_a_weekday_in_brackets() {
    assert_eq!(
        iso("25 نوفمبر 2025م 9:40 ص").as_deref(),
        Some("2025-11-25T09:40")
    );
    assert_eq!(iso("25 نوفمبر 2025م").as_deref(), Some("2025-11-25"));
    assert_eq!(
        iso("25 листопада 2025 р., 09:40").as_deref(),
        Some("2025-11-25T09:40")
    );
    assert_eq!(
        iso("2025/11/25(火) 09:40").as_deref(),
        Some("2025-11-25T09:40")
    );
    assert_eq!(
        iso("2025.11.25 (화) 09:40").as_deref(),
        Some("2025-11-25T09:40")
    );
    // Anything else after the year still makes no date line.
    assert_eq!(iso("25 نوفمبر 2025 القاهرة"), None);
    assert_eq!(iso("2025/11/25 (note) 09:40"), None);
}

#[test]
fn hebrew_months_with_their_preposition() {
    assert_eq!(
        iso("11 במרץ 2015 15:46").as_deref(),
        Some("2015-03-11T15:46")
    );
    assert_eq!(iso("11 מרץ 2015").as_deref(), Some("2015-03-11"));
    // Only before a Hebrew month: a Latin name after `ב` is none.
    assert_eq!(crate::extract::lexicon::month_number("בmarch"), None);
}

#[test]
fn the_same_day_in_another_calendar_between_the_date_and_its_time() {
    assert_eq!(
        iso("প্রকাশ: বৃহস্পতিবার, ১৮ সেপ্টেম্বর ২০২৫, ০৩ আশ্বিন ১৪৩২, ১১:৩০").as_deref(),
        Some("2025-09-18T11:30")
    );
    assert_eq!(
        iso("বৃহস্পতিবার, ১৮ সেপ্টেম্বর ২০২৫").as_deref(),
        Some("2025-09-18")
    );
    // Without a time after it, the second date is not passed.
    assert_eq!(iso("18 September 2025, 03 Ashwin 1432"), None);
}

#[test]
fn a_dot_after_the_year_before_its_word() {
    assert_eq!(
        iso("25 новембра 2025. године у 09:40").as_deref(),
        Some("2025-11-25T09:40")
    );
}

#[test]
fn more_publication_and_update_labels() {
    use super::super::{DateRole, parse_date_line};
    let role = |s: &str| parse_date_line(s).map(|(role, d)| (role, d.iso));
    assert_eq!(
        role("آخر تحديث: 25 نوفمبر 2025"),
        Some((DateRole::Updated, "2025-11-25".into()))
    );
    assert_eq!(
        role("Diperbarui 25 November 2025 09:40"),
        Some((DateRole::Updated, "2025-11-25T09:40".into()))
    );
    assert_eq!(
        role("Yayınlanma tarihi: 25.11.2025"),
        Some((DateRole::Published, "2025-11-25".into()))
    );
    assert_eq!(
        role("기사입력 2025.11.25 09:40"),
        Some((DateRole::Published, "2025-11-25T09:40".into()))
    );
    assert_eq!(
        role("Frissítve: 2025. november 25. 09:40"),
        Some((DateRole::Updated, "2025-11-25T09:40".into()))
    );
}

#[test]
fn catalan_gives_the_time_after_a_les() {
    assert_eq!(
        iso("dijous, 20 de novembre de 2025, a les 13.45 h").as_deref(),
        Some("2025-11-20T13:45")
    );
    assert_eq!(
        iso("20 de novembre de 2025, 13.45 h").as_deref(),
        Some("2025-11-20T13:45")
    );
}

#[test]
fn month_names_of_two_words() {
    assert_eq!(
        iso("الثلاثاء 24 تشرين الثاني 2026").as_deref(),
        Some("2026-11-24")
    );
    assert_eq!(iso("24 Meán Fómhair 2026").as_deref(), Some("2026-09-24"));
    assert_eq!(
        iso("24 كانون الأول 2026، 10:15").as_deref(),
        Some("2026-12-24T10:15")
    );
    // A two-word name must be whole words.
    assert_eq!(iso("24 xtشرين الثاني 2026"), None);
}

#[test]
fn thai_dates_with_dotted_month_abbreviations_and_the_hour_word() {
    assert_eq!(
        iso("๒๔ พ.ย. ๒๕๖๙ ๑๔:๓๐ น.").as_deref(),
        Some("2026-11-24T14:30")
    );
    assert_eq!(
        iso("วันพฤหัสบดีที่ 12 มิถุนายน 2568 เวลา 15:20 น.").as_deref(),
        Some("2025-06-12T15:20")
    );
}
