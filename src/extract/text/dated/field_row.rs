//! A newsroom system's or archive's row of labelled fields parted by bars (`稿源：新华社 |
//! 发稿时间：2020-09-16 10:12:35 | 入库时间：2020-09-16 10:13:02 | 字数：864`): the field whose
//! label names a publication (`assets/lexicon/date-labels.tsv`) dates the story, whatever the
//! other fields are (a word count, a priority, an arrival time, which is never the story's).

use crate::extract::dates::{self, DateRole, ParsedDate};

/// How far down (in lines with text) the row may stand: it heads the copy.
const ROW_LINES: usize = 20;
/// Fewest fields in a row: two could be a byline and its date, read elsewhere.
const MIN_FIELDS: usize = 3;

/// The publication date of the first row of labelled fields near the top that gives one.
pub(super) fn date(lines: &[String]) -> Option<ParsedDate> {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(ROW_LINES)
        .find_map(row_date)
}

fn row_date(line: &str) -> Option<ParsedDate> {
    if line.chars().count() > 240 {
        return None;
    }
    let fields: Vec<&str> = line.split(['|', '│']).map(str::trim).collect();
    let labelled = |f: &&str| {
        f.split_once([':', '：'])
            .is_some_and(|(label, value)| !label.trim().is_empty() && !value.trim().is_empty())
    };
    if fields.len() < MIN_FIELDS || !fields.iter().all(labelled) {
        return None;
    }
    fields.iter().find_map(|field| {
        let (role, _) = dates::label_prefix(field)?;
        let (_, date) = dates::parse_date_line(field)?;
        (role == DateRole::Published).then_some(date)
    })
}

#[cfg(test)]
mod tests {
    use super::date;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn the_publication_field_of_a_row_of_fields_dates_the_story() {
        let row =
            "稿源：某某社 | 入库时间：2021-05-06 09:13 | 发稿时间：2021-05-06 09:02 | 字数：512";
        assert_eq!(
            date(&lines(row)).map(|d| d.iso).as_deref(),
            Some("2021-05-06T09:02")
        );
        let english =
            "Source: Wire | Received: 06/05/2021 09:13 | Published: 6 May 2021 09:02 | Words: 512";
        assert_eq!(
            date(&lines(english)).map(|d| d.iso).as_deref(),
            Some("2021-05-06T09:02")
        );
    }

    #[test]
    fn a_row_with_an_unlabelled_part_is_not_a_row_of_fields() {
        let row = "Jane Doe | Published: 6 May 2021 09:02 | Words: 512";
        assert_eq!(date(&lines(row)), None);
    }
}
