//! A bibliographic record over or under an article copied from a news database, a library's
//! newspaper archive or a media-monitoring clipping: `Label: value` rows that name the
//! publication, its date, section and page, the story's length, a load date and a document
//! number (`Source: The Valletta Herald`, `Section: Business; Page 12`, `Length: 498 words`,
//! `Yayın Adı: Ege Postası`, `媒体名：北陸中央新聞`). The record, not the database's or the
//! clipping service's own name at the top of the page, says who published the story and when.
//! Its rows are read, then cleared, so that none of them is taken for the headline, the
//! section or the text. Labels come from `assets/lexicon/record-fields.tsv`.

use crate::extract::dates::{self, ParsedDate};
use crate::extract::lexicon;
use rustc_hash::FxHashMap;

mod settle;
pub(super) use settle::{headline_below, settle};
use std::sync::LazyLock;

/// Label (lower-cased) → the field it names.
static LABELS: LazyLock<FxHashMap<&'static str, Field>> = LazyLock::new(|| {
    include_str!("../../../../assets/lexicon/record-fields.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(role, label)| Some((label.trim(), Field::from_role(role.trim())?)))
        .collect()
});

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Publication,
    Source,
    Date,
    OtherDate,
    Section,
    Page,
    Length,
    Edition,
    Issue,
    Headline,
    Author,
    Id,
    Database,
    /// A clipping's audience or value (`Reach`, `AVE`, `Sentiment`, `Tiratura`).
    Metric,
}

impl Field {
    fn from_role(role: &str) -> Option<Field> {
        Some(match role {
            "publication" => Field::Publication,
            "source" => Field::Source,
            "date" => Field::Date,
            "other-date" => Field::OtherDate,
            "section" => Field::Section,
            "page" => Field::Page,
            "length" => Field::Length,
            "edition" => Field::Edition,
            "issue" => Field::Issue,
            "headline" => Field::Headline,
            "author" => Field::Author,
            "id" => Field::Id,
            "database" => Field::Database,
            "metric" => Field::Metric,
            _ => return None,
        })
    }

    /// Fields only a record of a printed or filed story has (an article's own page never
    /// prints its page number, length or load date as a labelled row).
    fn is_filing(self) -> bool {
        matches!(
            self,
            Field::Page
                | Field::Length
                | Field::Edition
                | Field::Issue
                | Field::OtherDate
                | Field::Id
                | Field::Database
                | Field::Metric
        )
    }
}

/// Most non-empty lines between two rows of one record.
const ROW_GAP: usize = 6;
/// Most words in a line continuing a row's value (a subject term, a field Chronicle does not
/// read); a longer line or a sentence is the story's.
const LISTED_WORDS: usize = 8;
/// Longest label, in bytes (`Full Text Word Count`, `Дата занесения в базу`).
const LABEL_BYTES: usize = 48;
/// Most words in a label.
const LABEL_WORDS: usize = 5;

/// What a record says about the story.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Record {
    pub publication: Option<String>,
    pub date: Option<ParsedDate>,
    pub section: Option<String>,
    /// The database's name, whose brand at the top of the page is no publisher.
    pub database: Option<String>,
    /// The lines just over the record, where a database prints the paper's name under the
    /// headline when no row names it (`The Valletta Herald` / `October 3, 2003 Friday`).
    pub above: Vec<String>,
    /// The copyright notice an export files as a field (Factiva's `CY`): the story's rights,
    /// not a picture's credit where it stands.
    pub rights: Option<String>,
    /// The line of the record's first row, and the first line of text after its block (a
    /// clipping's headline stands there).
    pub first_row: usize,
    pub after: Option<usize>,
    /// The writers an author row names (`Byline: Daniel Whitcombe, Transport reporter`).
    pub writers: Vec<String>,
}

/// How many lines with text over a record may name its paper.
const ABOVE: usize = 5;

/// Reads the record in `lines` and clears its rows (a headline row and a byline row keep
/// their value, for the readers of headlines and bylines).
pub(super) fn read(lines: &mut [String]) -> Option<Record> {
    let rows: Vec<(usize, Field, String)> = lines
        .iter()
        .enumerate()
        .flat_map(|(i, l)| fields(l).into_iter().map(move |(f, v)| (i, f, v)))
        .collect();
    let cluster = best_cluster(lines, &rows)?;
    let mut record = Record::default();
    let first = cluster.first().map_or(0, |row| row.0);
    record.first_row = first;
    // The block of rows (and lines of buttons under them) ends at a blank line.
    let last = cluster.last().map_or(0, |row| row.0);
    let block_end = (last..lines.len())
        .find(|&i| lines[i].trim().is_empty())
        .unwrap_or(lines.len());
    record.after = (block_end..lines.len()).find(|&i| !lines[i].trim().is_empty());
    record.above = lines[..first]
        .iter()
        .rev()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(ABOVE)
        .map(str::to_string)
        .collect();
    // Lines inside a block of rows with no blank line between continue a row's value
    // (`Subject Terms: *ZONING law` / `TOURISM` / `HOUSING`) or are fields Chronicle does not
    // read (`Document Type: Article`): the record's too.
    for pair in cluster.windows(2) {
        let (from, to) = (pair[0].0, pair[1].0);
        // Two fields of one row share its line: nothing lies between them.
        let listed = |l: &String| {
            let l = l.trim();
            !l.is_empty()
                && l.split_whitespace().count() <= LISTED_WORDS
                && !l.ends_with(['.', '。', '!', '?'])
        };
        if to > from + 1 && lines[from + 1..to].iter().all(listed) {
            for line in &mut lines[from + 1..to] {
                line.clear();
            }
        }
    }
    for (i, field, value) in cluster {
        match field {
            Field::Publication if record.publication.is_none() => {
                record.publication = publication(&value);
            }
            Field::Source => {
                // `Source: Cape Harbor Weekly (MA). 6/26/2014, pA1-A4.`: the paper and its date.
                if record.date.is_none() {
                    record.date = dates::find_date(&value).map(|(_, d, ..)| d);
                }
                if record.publication.is_none() {
                    record.publication = publication(&value);
                }
            }
            Field::Date if record.date.is_none() => record.date = dates::parse_date(&value),
            Field::Section if record.section.is_none() => record.section = section(&value),
            Field::Author if record.writers.is_empty() => {
                // `Whitcombe, Daniel` turned round; `Daniel Whitcombe, Transport reporter` as is.
                let read = |v: &str| {
                    super::byline::byline(v)
                        .filter(|names| !names.is_empty())
                        .or_else(|| super::byline::byline(&format!("By {v}")))
                        .filter(|names| !names.is_empty())
                };
                record.writers = match uninverted(&value) {
                    Some(names) => read(&names),
                    None => read(&value),
                }
                .unwrap_or_default();
            }
            Field::Database if record.database.is_none() => {
                record.database = Some(value.clone()).filter(|v| !v.is_empty());
            }
            _ => {}
        }
        // The headline's and a byline's values stay for their readers; an author row whose
        // label the byline reader knows stays whole.
        match field {
            Field::Headline => lines[i] = value,
            Field::Author if super::byline::byline(&value).is_some() => lines[i] = value,
            Field::Author => {
                if let Some(names) = uninverted(&value) {
                    let label_end = lines[i].len() - value.len();
                    lines[i] = format!("{}{names}", &lines[i][..label_end]);
                }
            }
            _ => lines[i].clear(),
        }
    }
    Some(record)
}

/// The fields of a row, several when a record prints them on one line, each after a comma or
/// a gap of spaces (`Zdroj: Hanácké listy, 14.03.2000, Rubrika: Domácí, Strana: 3`, `Reach:
/// 1.4M   AVE: S$18,600   Sentiment: Negative`).
fn fields(line: &str) -> Vec<(Field, String)> {
    let Some((first, value)) = field(line) else {
        return Vec::new();
    };
    let mut found = vec![(first, String::new())];
    let mut rest = value.as_str();
    loop {
        let next = rest
            .match_indices([',', ' '])
            .filter(|(at, _)| rest[at + 1..].starts_with(' '))
            .find_map(|(at, _)| field(&rest[at + 2..]).map(|(f, v)| (at, f, v)));
        let Some((at, field, value)) = next else {
            break;
        };
        if let Some(last) = found.last_mut() {
            last.1 = rest[..at].trim().to_string();
        }
        found.push((field, String::new()));
        // The next field's value is where the search goes on.
        rest = &rest[rest.len() - value.len()..];
    }
    if let Some(last) = found.last_mut() {
        last.1 = rest.trim().to_string();
    }
    found
}

/// The chosen headline without a headline label before it (`HEADLINE: Halifax shipyard wins…`,
/// a transcript's or newsroom system's field): the label files the line, the rest is the
/// headline.
pub(in crate::extract::text) fn without_headline_label(title: String) -> String {
    match field(&title) {
        Some((Field::Headline, value)) if super::line_shapes::is_headline(&value) => value,
        _ => title,
    }
}

/// Whether a record uses this label: a record laid out as a table (a database's "Details"
/// panel) copies as `Label<TAB>value` rows, which the line splitter then writes `Label: value`.
pub(super) fn is_label(label: &str) -> bool {
    LABELS.contains_key(lexicon::lower(label.trim()).as_str())
}

/// Whether a record's page or length row uses this word (`Side`, `p.`, `ord`, `mots`).
pub(in crate::extract::text) fn is_page_or_length_word(word: &str) -> bool {
    matches!(
        LABELS.get(lexicon::lower(word.trim()).as_str()),
        Some(Field::Page | Field::Length)
    )
}

/// Whether a record's length row measures in this unit (`words`, `mots`, `palabras`).
pub(super) fn is_length_unit(unit: &str) -> bool {
    LABELS.get(lexicon::lower(unit.trim()).as_str()) == Some(&Field::Length)
}

/// A `Label: value` row whose label a record uses.
fn field(line: &str) -> Option<(Field, String)> {
    let line = line.trim();
    let at = line.find([':', '：'])?;
    // A colon far into the line is a sentence's, not a label's.
    if at > LABEL_BYTES {
        return None;
    }
    let label = line[..at].trim().trim_end_matches('*').trim();
    if label.is_empty() || label.split_whitespace().count() > LABEL_WORDS {
        return None;
    }
    let field = *LABELS.get(lexicon::lower(label).as_str())?;
    let colon = line[at..].chars().next().map_or(1, char::len_utf8);
    Some((field, line[at + colon..].trim().to_string()))
}

/// The rows that stand together and make a record: three fields or more, one of them a
/// filing field (page, length, load date…) and one naming the publication or its date.
fn best_cluster(
    lines: &[String],
    rows: &[(usize, Field, String)],
) -> Option<Vec<(usize, Field, String)>> {
    let printed_between = |a: usize, b: usize| {
        lines.get(a + 1..b).map_or(0, |between| {
            between.iter().filter(|l| !l.trim().is_empty()).count()
        })
    };
    let mut clusters: Vec<Vec<(usize, Field, String)>> = Vec::new();
    for row in rows {
        match clusters.last_mut() {
            Some(last)
                if last
                    .last()
                    .is_some_and(|p| printed_between(p.0, row.0) <= ROW_GAP) =>
            {
                last.push(row.clone());
            }
            _ => clusters.push(vec![row.clone()]),
        }
    }
    clusters
        .into_iter()
        .filter(|c| {
            let has = |f: fn(Field) -> bool| c.iter().any(|(_, field, _)| f(*field));
            c.len() >= 3
                && has(Field::is_filing)
                && has(|f| {
                    matches!(
                        f,
                        Field::Publication
                            | Field::Source
                            | Field::Date
                            | Field::Headline
                            | Field::Section
                    )
                })
        })
        .max_by_key(Vec::len)
}

/// The publication's name in a row's value: before its place in brackets, its date or page
/// (`The Tri-County Ledger (Ohio)`, `Cape Harbor Weekly (MA). 6/26/2014, pA1-A4.`).
fn publication(value: &str) -> Option<String> {
    let mut name = value;
    for cut in ["; ", " | "] {
        if let Some(at) = name.find(cut) {
            name = &name[..at];
        }
    }
    // A date or page after a full stop or a comma (`St. Louis` keeps its stop).
    for cut in [". ", ", "] {
        let dated = name.match_indices(cut).find(|(at, _)| {
            name[at + cut.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        });
        if let Some((at, _)) = dated {
            name = &name[..at];
        }
    }
    if let Some(at) = name.find(" (").filter(|&at| name.ends_with(')') && at > 0) {
        name = &name[..at];
    }
    let name = name.trim().trim_end_matches('.').trim();
    (!name.is_empty() && !name.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .then(|| name.to_string())
}

/// A record's names written family name first (`Pruitt, Dana`; `Pruitt, Dana; Okoye, Ben`), as
/// a byline prints them (`Dana Pruitt, Ben Okoye`).
fn uninverted(value: &str) -> Option<String> {
    let names: Option<Vec<String>> = value
        .split(';')
        .map(|part| {
            let (family, given) = part.split_once(',')?;
            let (family, given) = (family.trim(), given.trim());
            // Names only: `Whitcombe, Daniel`, not `Daniel Whitcombe, Transport reporter`.
            let short = |s: &str| {
                (1..=2).contains(&s.split_whitespace().count())
                    && s.split_whitespace()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            };
            (short(family) && short(given) && !given.contains(','))
                .then(|| format!("{given} {family}"))
        })
        .collect();
    names.map(|n| n.join(", "))
}

/// The section's name before its page (`METRO; Pg. B1`, `Business; Page 12`).
fn section(value: &str) -> Option<String> {
    let name = value.split([';', ',', '|']).next()?.trim();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests;
