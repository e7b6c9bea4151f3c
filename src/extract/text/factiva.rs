//! Factiva's field-coded export, the file journalists and researchers save from that news
//! database: each field is a two- or three-letter code on a line of its own (`HD`, `BY`, `PD`,
//! `ET`, `SN`, `CY`, `LP`, `TD`…) over its value. The codes are the export's published format,
//! not a site's words, so they are read as a format: the headline, byline and lead stay for the
//! text reader, the date and time are joined on one line, the source name, section and
//! copyright make a record (see [`super::record`]), and the codes and index fields are cleared.

use super::record::Record;

/// The fields whose values are index data (word count, source code, language, subject and
/// region codes, accession number), cleared with their codes.
const INDEX_CODES: [&str; 14] = [
    "WC", "SC", "LA", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "ED", "PG", "ART",
];
/// The fields whose values stay as text (headline, byline, lead and body) or become the
/// story's rights (copyright).
const TEXT_CODES: [&str; 5] = ["HD", "BY", "CY", "LP", "TD"];
/// Fewest codes on lines of their own that make an export.
const LEAST_CODES: usize = 5;

fn is_code(line: &str) -> bool {
    let line = line.trim();
    INDEX_CODES.contains(&line)
        || TEXT_CODES.contains(&line)
        || ["PD", "ET", "SN", "SE"].contains(&line)
}

/// Reads an export's fields and clears its codes; `None` when `lines` is no export.
pub(super) fn read(lines: &mut [String]) -> Option<Record> {
    let codes: Vec<usize> = (0..lines.len()).filter(|&i| is_code(&lines[i])).collect();
    let has = |code: &str| codes.iter().any(|&i| lines[i].trim() == code);
    if codes.len() < LEAST_CODES || !has("HD") || !(has("PD") || has("SN")) {
        return None;
    }
    let mut record = Record::default();
    let mut source_name = None;
    let mut copyright = None;
    let mut date_at = None;
    for (n, &at) in codes.iter().enumerate() {
        let end = codes.get(n + 1).copied().unwrap_or(lines.len());
        let code = lines[at].trim().to_string();
        lines[at].clear();
        let value: Vec<usize> = (at + 1..end)
            .filter(|&i| !lines[i].trim().is_empty())
            .collect();
        let first = value.first().map(|&i| lines[i].trim().to_string());
        match code.as_str() {
            "PD" => date_at = value.first().copied(),
            // The time of day goes on the date's line, which the date reader then reads whole.
            "ET" => {
                if let (Some(d), Some(time)) = (date_at, first) {
                    lines[d] = format!("{} {time}", lines[d].trim());
                }
                clear(lines, &value);
            }
            "SN" => {
                source_name = first;
                clear(lines, &value);
            }
            "SE" => {
                record.section = first;
                clear(lines, &value);
            }
            // The notice is the story's rights: where it stands, over the lead, it would read
            // as a picture's credit.
            "CY" => {
                copyright = first;
                clear(lines, &value);
            }
            c if INDEX_CODES.contains(&c) => clear(lines, &value),
            _ => {}
        }
    }
    record.publication = source_name.map(|name| holder_of_feed(&name, copyright.as_deref()));
    record.rights = copyright;
    Some(record)
}

fn clear(lines: &mut [String], at: &[usize]) {
    for &i in at {
        lines[i].clear();
    }
}

/// A source name that extends the copyright holder's name is one of the holder's feeds
/// (`Australian Associated Press General News` under `(c) 2008 Australian Associated Press Pty
/// Ltd`): the holder published it. Otherwise the source name is the publication.
fn holder_of_feed(source: &str, copyright: Option<&str>) -> String {
    let Some(copyright) = copyright else {
        return source.to_string();
    };
    let held: Vec<&str> = copyright
        .split_whitespace()
        .skip_while(|w| {
            let w = w.to_lowercase();
            w == "(c)" || w == "©" || w == "copyright" || w.chars().all(|c| c.is_ascii_digit())
        })
        .collect();
    let words: Vec<&str> = source.split_whitespace().collect();
    let common = words.iter().zip(&held).take_while(|(a, b)| a == b).count();
    if common >= 2 && common < words.len() {
        words[..common].join(" ")
    } else {
        source.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_keeps_its_text_and_gives_its_source_and_time() {
        let mut lines: Vec<String> = "HD\nFerry fares to rise 12 per cent\nBY\nBy Kate Moloney\nWC\n398 words\n\
             PD\n3 October 2008\nET\n16:42\nSN\nAustralian Associated Press General News\nSC\nAAGEN\n\
             LA\nEnglish\nCY\n(c) 2008 Australian Associated Press Pty Ltd. All Rights Reserved\nLP\n\
             SYDNEY, Oct 3 AAP - Ferry commuters will pay more.\nTD\nThe tribunal said so."
            .lines()
            .map(str::to_string)
            .collect();
        let record = read(&mut lines).expect("an export");
        assert_eq!(
            record.publication.as_deref(),
            Some("Australian Associated Press")
        );
        assert_eq!(lines[1], "Ferry fares to rise 12 per cent");
        assert_eq!(lines[7], "3 October 2008 16:42");
        assert!(lines[0].is_empty() && lines[5].is_empty() && lines[9].is_empty());
        // The copyright is the story's rights, not a line over its lead.
        assert!(lines[17].is_empty());
        assert_eq!(
            record.rights.as_deref(),
            Some("(c) 2008 Australian Associated Press Pty Ltd. All Rights Reserved")
        );
    }

    #[test]
    fn a_papers_source_name_is_the_paper() {
        assert_eq!(
            holder_of_feed("The Harbour Herald", Some("(c) 2008 Harbour Media Ltd")),
            "The Harbour Herald"
        );
    }

    #[test]
    fn a_few_upper_case_lines_are_no_export() {
        let mut lines: Vec<String> = "HD\nAP\nUK\nText".lines().map(str::to_string).collect();
        assert!(read(&mut lines).is_none());
    }
}
