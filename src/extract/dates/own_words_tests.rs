//! Tests of session 24's round: dates in the page's own words (clock words of related scripts,
//! several calendars side by side, long lines of three-byte scripts, compounds written apart).

use super::parse_date;

fn iso(s: &str) -> Option<String> {
    parse_date(s).map(|d| d.iso)
}

#[test]
fn indic_day_periods_read_across_scripts() {
    // Odia `ସକାଳ` is Marathi `सकाळ` (CLDR) letter for letter; Bengali `অপরাহ্ন` is Nepali `अपराह्न`.
    assert_eq!(
        iso("ବୁଧବାର, ୨୫ ନଭେମ୍ବର ୨୦୨୬, ସକାଳ ୧୦:୨୦").as_deref(),
        Some("2026-11-25T10:20")
    );
    assert_eq!(
        iso("২০ নভেম্বর ২০২৬ | ০৩:১০ অপরাহ্ন").as_deref(),
        Some("2026-11-20T15:10")
    );
    use crate::extract::lexicon::{DayPeriod, day_period};
    assert_eq!(day_period("ଅପରାହ୍ନ"), Some(DayPeriod::AfterNoon));
    // A word of no script of the family is not crossed.
    assert_eq!(day_period("sakal"), None);
}

#[test]
fn several_other_calendars_before_the_time() {
    // Gregorian, Bangla and Hijri days of one day, then the time: a line of over 160 bytes.
    assert_eq!(
        iso("প্রকাশিত: শুক্রবার, ২০ নভেম্বর ২০২৬, ৫ অগ্রহায়ণ ১৪৩৩, ১০ জমাদিউস সানি ১৪৪৮ | ০৩:১০ অপরাহ্ন")
            .as_deref(),
        Some("2026-11-20T15:10")
    );
    // The Solar Hijri era mark in two words, a dash, the Hijri day with its own era.
    assert_eq!(
        iso("شنبه ۳۰ عقرب ۱۴۰۵ هـ ش – ۱۱ جمادی‌الثانی ۱۴۴۸ هـ ق – ساعت ۲:۴۰ بعد از ظهر").as_deref(),
        Some("2026-11-21T14:40")
    );
    assert_eq!(
        iso("شنبه ۳۰ عقرب ۱۴۰۵ هـ ش – ساعت ۲:۴۰").as_deref(),
        Some("2026-11-21T02:40")
    );
    // Without a time after them, words after the year still make no date line.
    assert_eq!(
        iso("۳۰ عقرب ۱۴۰۵ هـ ش – ۱۱ جمادی‌الثانی ۱۴۴۸ هـ ق – کابل"),
        None
    );
    assert_eq!(iso("20 November 2026, 5 Agrahayan 1433, Dhaka"), None);
}

#[test]
fn a_persian_compound_period_written_apart() {
    use crate::extract::lexicon::{DayPeriod, day_period};
    assert_eq!(day_period("بعد از ظهر"), Some(DayPeriod::AfterNoon));
    assert_eq!(day_period("بعد‌از‌ظهر"), Some(DayPeriod::AfterNoon));
    assert_eq!(day_period("بعد از"), None);
    // Latin words are never joined.
    assert_eq!(day_period("p m"), None);
}

#[test]
fn era_counted_years_in_numeric_dates() {
    // Japanese era initials (Reiwa 1 = 2019, Heisei 1 = 1989) and the weekday in brackets.
    assert_eq!(iso("Posted: R8.11.18 (Wed)").as_deref(), Some("2026-11-18"));
    assert_eq!(iso("H31.4.30").as_deref(), Some("2019-04-30"));
    // Taiwan's official year (ROC 1 = 1912).
    assert_eq!(iso("Date: 115-11-24").as_deref(), Some("2026-11-24"));
    assert_eq!(iso("115/11/24 14:05").as_deref(), Some("2026-11-24T14:05"));
    // Not an era: another letter, an impossible month, a four-digit year read as before.
    assert_eq!(iso("X8.11.18"), None);
    assert_eq!(iso("115-13-24"), None);
    assert_eq!(iso("2026-11-24").as_deref(), Some("2026-11-24"));
}

#[test]
fn letters_cldr_glues_to_the_day_month_and_year() {
    // Central Kurdish `dی MMMMی y`, with a month of two words and Eastern Arabic digits.
    assert_eq!(
        iso("٢٤ی تشرینی دووەمی ٢٠٢٦ - ٠٩:٣٠").as_deref(),
        Some("2026-11-24T09:30")
    );
    // A suffix on a word that is no part of a date changes nothing.
    assert_eq!(iso("24ی تشرینی دووەمی کوردستان"), None);
}

#[test]
fn somali_months_and_day_periods_as_papers_spell_them() {
    assert_eq!(
        iso("Khamiis, 26 Nofeembar 2026 – 3:20 galabnimo").as_deref(),
        Some("2026-11-26T15:20")
    );
    assert_eq!(
        iso("Janaayo 29, 2026 8:15 subaxnimo").as_deref(),
        Some("2026-01-29T08:15")
    );
    assert_eq!(
        iso("Sabti, 28 Nofeembar 2026 9:40 habeennimo").as_deref(),
        Some("2026-11-28T21:40")
    );
}

#[test]
fn myanmar_dates_with_the_words_for_year_month_and_day() {
    assert_eq!(
        iso("၂၀၂၆ ခုနှစ်၊ နိုဝင်ဘာလ ၂၁ ရက်၊ စနေနေ့").as_deref(),
        Some("2026-11-21")
    );
    assert_eq!(iso("၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာလ ၃ ရက်").as_deref(), Some("2026-12-03"));
}

#[test]
fn a_zone_named_by_its_place_closes_the_date_line() {
    assert_eq!(
        iso("شنبه ۳۰ عقرب ۱۴۰۵ هـ ش – ۱۱ جمادی‌الثانی ۱۴۴۸ هـ ق – ساعت ۲:۴۰ بعد از ظهر به وقت کابل")
            .as_deref(),
        Some("2026-11-21T14:40")
    );
    assert_eq!(
        iso("November 24, 2026 9:15 am Eastern time").as_deref(),
        Some("2026-11-24T09:15")
    );
    assert_eq!(iso("November 24, 2026 9:15 am at the town hall"), None);
}
