//! A box of fields printed beside a story (a court docket's `Case:`, `Court:`, `Judge:`; a
//! clipper's properties table; a fact box): three or more `Label: value` rows in a row. Rows whose
//! label Chronicle reads (a byline, a date label, a source, an editor, an address) are left to the
//! line classifier; the others are neither the headline, nor its section, nor the article's
//! dates, nor its text.

use super::Role;
use super::{byline, meta, title};
use crate::extract::dates;

/// How many field rows in a row make a box.
const LEAST_ROWS: usize = 3;

/// Drops the rows of unknown fields in every box of fields.
pub(super) fn drop_unknown_fields(lines: &[String], roles: &mut [Role]) {
    let mut run: Vec<usize> = Vec::new();
    for i in 0..=lines.len() {
        if i < lines.len() && roles[i] == Role::Content && is_field_row(&lines[i]) {
            run.push(i);
            continue;
        }
        if run.len() >= LEAST_ROWS {
            for &row in &run {
                if !is_known_field(&lines[row]) {
                    roles[row] = Role::Dropped;
                }
            }
        }
        run.clear();
    }
}

/// A clipper's `Source` property in a box that also holds the clip's address: the publication
/// the page was clipped from, not an agency credited for the text. Gives its name and takes
/// the row from the classifier.
pub(super) fn clip_source(lines: &[String], roles: &mut [Role]) -> Option<String> {
    let mut run: Vec<usize> = Vec::new();
    for i in 0..=lines.len() {
        if i < lines.len() && roles[i] == Role::Content && is_field_row(&lines[i]) {
            run.push(i);
            continue;
        }
        let addressed = run.iter().any(|&r| meta::url_line(&lines[r]).is_some());
        if run.len() >= LEAST_ROWS && addressed {
            for &row in &run {
                let Some(names) = meta::sources(&lines[row]) else {
                    continue;
                };
                if let [name] = &names[..] {
                    let publication = !crate::extract::lexicon::is_news_agency(name)
                        && !crate::extract::html::is_web_address(name);
                    if publication {
                        roles[row] = Role::Dropped;
                        return Some(name.clone());
                    }
                }
            }
        }
        run.clear();
    }
    None
}

/// `Case No.: 25CR41877`, `Judge: Hon. Teresa Alvarado`: a short label, a colon and a short
/// value that is no sentence.
fn is_field_row(line: &str) -> bool {
    let Some((label, value)) = line.split_once([':', '：']) else {
        return false;
    };
    let label_words = label.split_whitespace().count();
    let value_words = value.split_whitespace().count();
    (1..=3).contains(&label_words)
        && (1..=8).contains(&value_words)
        && label.chars().next().is_some_and(char::is_uppercase)
        && !value.trim_end().ends_with(['.', '!', '?'])
}

/// Which raw lines are rows of a box whose label and value a tab parts (`Created⇥November 26,
/// 2025`, as Notion and other clippers copy their properties): three or more in a row, each a
/// short capitalised label without a colon and a short value. Tabs become spaces when lines are
/// cleaned, so the box is found before.
pub(super) fn tabbed_rows(raw: &[&str]) -> Vec<bool> {
    let is_row = |line: &str| {
        let Some((label, value)) = line.trim().split_once('\t') else {
            return false;
        };
        !value.contains('\t')
            && !label.contains([':', '：'])
            && is_field_row(&format!("{label}: {value}"))
    };
    let rows: Vec<bool> = raw.iter().map(|l| is_row(l)).collect();
    let mut out = vec![false; raw.len()];
    let mut start = 0;
    while start < rows.len() {
        let len = rows[start..].iter().take_while(|&&r| r).count();
        if len >= LEAST_ROWS {
            out[start..start + len].fill(true);
        }
        start += len.max(1);
    }
    out
}

/// A field the reader has a rule for.
fn is_known_field(line: &str) -> bool {
    byline::byline(line).is_some()
        || meta::sources(line).is_some()
        || meta::url_line(line).is_some()
        || meta::category(line).is_some()
        || dates::parse_date_line(line).is_some()
        || title::is_editor_line(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clippers_tabbed_properties_are_a_box_of_fields() {
        let raw = [
            "Headline | Clydeview News",
            "Created\tNovember 26, 2025 8:14 PM",
            "Tags\tferries, islands",
            "URL\thttps://www.clydeview.example/news/ferry",
            "Status\tTo read",
            "Fares will rise\tby 6% in April.",
        ];
        assert_eq!(
            tabbed_rows(&raw),
            vec![false, true, true, true, true, false]
        );
        // Two tabbed rows are a table's line, not a box.
        assert_eq!(
            tabbed_rows(&["Index\t3,842", "Turnover\tS$1.21b"]),
            vec![false, false]
        );
    }

    #[test]
    fn a_docket_box_is_dropped_but_its_byline_and_dates_stay() {
        let lines: Vec<String> = [
            "Judge refuses to dismiss charges against former county roads director",
            "Case: State of Oregon v. Dale R. Pruitt",
            "Court: Multnomah County Circuit Court",
            "Judge: Hon. Teresa Alvarado",
            "Next hearing: Jan. 12, 2026",
            "Published: November 24, 2025",
            "A Multnomah County judge on Monday refused to dismiss the charges.",
        ]
        .map(str::to_string)
        .to_vec();
        let mut roles = vec![Role::Content; lines.len()];
        drop_unknown_fields(&lines, &mut roles);
        let dropped: Vec<usize> = (0..lines.len())
            .filter(|&i| roles[i] == Role::Dropped)
            .collect();
        assert_eq!(dropped, [1, 2, 3, 4]);
        // Two field rows make no box.
        let lines: Vec<String> = ["Exclusive: Company to cut jobs", "Analysis: What it means"]
            .map(str::to_string)
            .to_vec();
        let mut roles = vec![Role::Content; 2];
        drop_unknown_fields(&lines, &mut roles);
        assert!(roles.iter().all(|r| *r == Role::Content));
    }

    #[test]
    fn a_clips_source_property_names_the_publication() {
        let text = "Snack maker switches to mono-material pouch across UK range\n\
                    URL\thttps://www.packagingtoday.example/flexible/snack-pouch\n\
                    Created\tNovember 30, 2026 9:48 PM\n\
                    Tags\trecycling, flexibles\n\
                    Source\tPackaging Today Europe\n\
                    Snack maker switches to mono-material pouch across UK range\n\
                    By Hannah Whitcombe, Senior Editor\n\
                    24 November 2026\n\
                    Northern snack brand Crunchwell is moving its entire UK range into a recyclable pouch, it said.\n";
        let article = super::super::read_text(text);
        assert_eq!(article.publisher.as_deref(), Some("Packaging Today Europe"));
        assert!(article.sources.is_empty(), "{:?}", article.sources);
        // An agency named in the property stays a source.
        let wire = super::super::read_text(&text.replace("Packaging Today Europe", "Reuters"));
        assert_eq!(wire.sources, ["Reuters"]);
    }
}
