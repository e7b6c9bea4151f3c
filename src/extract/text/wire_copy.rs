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
    words.contains(&short) || (initials.chars().count() >= 2 && initials == short)
}

#[cfg(test)]
mod tests {
    use super::{is_copyright_of, is_short_for};

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
}
