//! Wire copy as a newsroom receives it: the agency's story with no paper around it. The
//! agency is credited twice, by its short name in the dateline or sign-off (`(EFE)`, `PNA`) and
//! by its full name in its copyright line (`(c) Agencia EFE, S.A.`, `Copyright 2010 Philippine
//! News Agency`). With no other publisher on the page, the full name is the publisher and the
//! short one the source.

/// Moves an agency's full name from the sources to the publisher when the sources also hold
/// its short name, a copyright line names it, and no publisher was found.
pub(super) fn agency_as_publisher(found: &mut super::Found, lines: &[String]) {
    if found.publisher.is_some() || found.sources.len() < 2 {
        return;
    }
    let full = found.sources.iter().position(|full| {
        found
            .sources
            .iter()
            .any(|short| short != full && is_short_for(short, full))
            && lines.iter().any(|l| is_copyright_of(l, full))
    });
    if let Some(at) = full {
        let name = found.sources.remove(at);
        found.publisher = Some(name);
        found.provenance.insert("publisher", "agency-copyright");
    }
}

/// Wire copy credited once: the agency that holds the copyright is the only source (`Copyright
/// 2003 The Associated Press` and no paper), or the publisher a copyright line gave with no
/// source. The agency publishes; the short name its dateline or stamp prints (`PHOENIX (AP)
/// --`, `PA  11/03/1999  16:20`) is the source, else the name itself (`© dpa`, `Berlin (dpa)`).
pub(super) fn sole_agency(found: &mut super::Found, lines: &[String]) {
    let agency = match (found.publisher.as_deref(), found.sources.as_slice()) {
        (None, [name]) if lines.iter().any(|l| is_copyright_of(l, name)) => name.clone(),
        (Some(name), []) if found.provenance.get("publisher") == Some(&"copyright-line") => {
            if let Some(short) = short_name_in(lines, name) {
                found.sources = vec![short];
                found.provenance.insert("sources", "agency-short-name");
            }
            return;
        }
        _ => return,
    };
    found.sources = vec![short_name_in(lines, &agency).unwrap_or_else(|| agency.clone())];
    found.publisher = Some(agency);
    found.provenance.insert("publisher", "agency-copyright");
}

/// The agency's short name as wire copy prints it: in a dateline's brackets (`PHOENIX (AP) --`,
/// `ISLAMABAD, Feb 11 (APP):`) or opening a transmission stamp (`PA  11/03/1999  16:20`).
fn short_name_in(lines: &[String], full: &str) -> Option<String> {
    lines.iter().find_map(|line| {
        let line = line.trim();
        let stamp = line.split_once(' ').and_then(|(first, rest)| {
            crate::extract::dates::parse_date(rest.trim())
                .filter(|d| d.text.len() + 2 >= rest.trim().len())
                .map(|_| first)
        });
        let dateline = line.match_indices('(').find_map(|(at, _)| {
            let inner = &line[at + 1..];
            let close = inner.find(')')?;
            let after = inner[close + 1..].trim_start();
            ["-", "–", "—", ":"]
                .iter()
                .any(|mark| after.starts_with(mark) || inner[close + 1..].starts_with(mark))
                .then(|| &inner[..close])
        });
        [stamp, dateline]
            .into_iter()
            .flatten()
            .find(|short| is_short_for(short, full))
            .map(str::to_string)
    })
}

static PRIORITIES: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../assets/lexicon/wire-priorities.txt"
        ))
    });

/// A wire's priority mark (`URGENT`, `URGENTE`, `عاجل`, `急`; `assets/lexicon/wire-priorities.txt`):
/// it ranks the story for the desk, so it is no section.
pub(super) fn is_priority(word: &str) -> bool {
    let word = word.trim().trim_matches(|c: char| !c.is_alphanumeric());
    PRIORITIES.contains(crate::extract::lexicon::lower(word).as_str())
}

/// The headline without a priority mark in brackets before it (`（急）浙江试点…`, `(URGENT)
/// Wildfire forces…`).
pub(super) fn without_priority(title: String) -> String {
    let trimmed = title.trim_start();
    let bracketed = [('(', ')'), ('（', '）'), ('[', ']'), ('【', '】')]
        .iter()
        .find_map(|&(open, close)| {
            let inner = trimmed.strip_prefix(open)?;
            let (mark, rest) = inner.split_once(close)?;
            (is_priority(mark) && !rest.trim().is_empty()).then(|| rest.trim().to_string())
        });
    bracketed.unwrap_or(title)
}

/// How far down (in lines with text) an agency's transmission stamp may stand.
const STAMP_LINES: usize = 15;

/// An undated story's transmission stamp: a line of an agency's name and a date and time
/// alone (`EFE 21/04/2005 12:34`), as the agency's system sends it.
pub(super) fn date_stamp(found: &mut super::Found, lines: &[String]) {
    if found.published.is_some() {
        return;
    }
    let stamp = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(STAMP_LINES)
        .find_map(|line| {
            let (agency, rest) = line.split_once(' ')?;
            let date = crate::extract::lexicon::is_news_agency(agency)
                .then(|| crate::extract::dates::parse_date(rest))??;
            date.iso.contains('T').then_some(date)
        });
    if let Some(date) = stamp {
        found.published = Some(date);
        found.provenance.insert("published", "agency-stamp");
    }
}

/// A copyright line naming the agency (`(c) Agencia EFE, S.A.`, `Copyright 2010 Philippine
/// News Agency.`), not a credit in the text (`African News Agency (ANA)`).
fn is_copyright_of(line: &str, name: &str) -> bool {
    let lower = line.to_lowercase();
    line.contains(name)
        && ["©", "(c)", "copyright"].iter().any(|mark| {
            lower
                .find(mark)
                .is_some_and(|at| lower[at..].contains(&name.to_lowercase()))
        })
}

/// `EFE` for `Agencia EFE` (a word of it), `PNA` for `Philippine News Agency` (its initials).
fn is_short_for(short: &str, full: &str) -> bool {
    let words: Vec<&str> = full.split_whitespace().collect();
    if words.len() < 2 || short.split_whitespace().count() != 1 {
        return false;
    }
    let initials: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    // The initials may leave out a leading article (`AP` for `The Associated Press`).
    let initials_but_first: String = initials.chars().skip(1).collect();
    words.contains(&short)
        || (initials.chars().count() >= 2 && initials == short)
        || (initials_but_first.chars().count() >= 2
            && initials_but_first == short
            && words[0].chars().count() <= 3)
}

#[cfg(test)]
mod tests {
    use super::{is_copyright_of, is_short_for, short_name_in, sole_agency};

    #[test]
    fn the_agency_owns_the_copyright_line() {
        assert!(is_copyright_of(
            "(c) Agencia EFE, S.A. Todos los derechos reservados.",
            "Agencia EFE"
        ));
        assert!(!is_copyright_of(
            "Additional reporting by African News Agency (ANA)",
            "African News Agency (ANA)"
        ));
    }

    #[test]
    fn an_agencys_short_name_is_a_word_or_the_initials_of_its_full_name() {
        assert!(is_short_for("EFE", "Agencia EFE"));
        assert!(is_short_for("PNA", "Philippine News Agency"));
        assert!(!is_short_for("AP", "Philippine News Agency"));
        assert!(!is_short_for("Reuters", "Reuters"));
    }

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn an_agency_credited_once_publishes_and_its_dateline_name_is_the_source() {
        let page = lines(
            "BC-Flood-Texas,0412\nBy ANA ROOS\nHOUSTON (AP) -- Rivers rose.\n\
             Copyright 2003 The Associated Press. All rights reserved.",
        );
        let mut found = crate::extract::text::Found {
            sources: vec!["The Associated Press".into()],
            ..Default::default()
        };
        sole_agency(&mut found, &page);
        assert_eq!(found.publisher.as_deref(), Some("The Associated Press"));
        assert_eq!(found.sources, ["AP"]);
        // An agency known by one short name is its own source.
        let page = lines("Berlin (dpa) - Mieter sollen.\n© dpa – Nutzung nur im Abonnement");
        let mut found = crate::extract::text::Found {
            sources: vec!["dpa".into()],
            ..Default::default()
        };
        sole_agency(&mut found, &page);
        assert_eq!(found.publisher.as_deref(), Some("dpa"));
        assert_eq!(found.sources, ["dpa"]);
    }

    #[test]
    fn a_short_name_stands_in_a_dateline_or_opens_a_stamp() {
        let stamp = lines("PA  11/03/1999  16:20\nBy Helen Marsh, PA Health Correspondent");
        assert_eq!(
            short_name_in(&stamp, "The Press Association").as_deref(),
            Some("PA")
        );
        // Brackets that are no dateline's are no credit.
        let aside = lines("The Press Association (PA) said so.");
        assert_eq!(short_name_in(&aside, "The Press Association"), None);
    }
}
