//! Bylines and names: who wrote the article (`By Jane Doe and John Roe`, `Autor: Jan
//! Kowalski`, `Jane Doe • 8h`), each line on its own; `mod.rs` decides where bylines may sit.

use super::byline_clean;
// Names by their shape, asked by most rules as `byline::…`.
use super::meta::{split_list, strip_label};
pub use super::name_shapes::{
    caseless_dateline_byline, is_caseless_name, is_known_person, is_non_writing, is_role_line,
    looks_like_name, name_line, name_list,
};
use std::sync::LazyLock;

/// Byline labels from `assets/lexicon/byline-labels.tsv`: those that need a colon, and the
/// words that open a byline without one; longest first.
/// The third list opens a byline only in lower case.
type Labels = (Vec<&'static str>, Vec<&'static str>, Vec<&'static str>);
static LABELS: LazyLock<Labels> = LazyLock::new(|| {
    let mut colon = Vec::new();
    let mut prefix = Vec::new();
    let mut lower = Vec::new();
    for line in include_str!("../../../assets/lexicon/byline-labels.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        match line.split_once('\t') {
            Some((label, "colon")) => colon.push(label.trim()),
            Some((label, "prefix")) => prefix.push(label.trim()),
            Some((label, "lower")) => lower.push(label.trim()),
            _ => {}
        }
    }
    for list in [&mut colon, &mut prefix, &mut lower] {
        list.sort_by_key(|l| std::cmp::Reverse(l.len()));
        list.dedup();
    }
    (colon, prefix, lower)
});

/// The authors a byline names: `By Jane Doe`, `By Jane Doe and John Roe`, `Author: Jane Doe`,
/// `Autor: Jan Kowalski`, `Written by …`, `BY JANE DOE` (put in normal case). After a bare `By`,
/// every name must look like a name, so a sentence that starts with "By the time…" is not a
/// byline. Job titles and affiliations after a name (`By Anna Kowalska, Reuters correspondent
/// in Warsaw`, `By Tom Price, Political Editor`) are dropped, as are editors
/// (`Reporting by A; Editing by B`).
pub fn byline(line: &str) -> Option<Vec<String>> {
    labelled_byline(line)
        .or_else(|| writer_beside_photographer(line))
        .or_else(|| kind_by_byline(line))
}

/// `Analysis by Tom Hargrave`, `Interview by Claire Beaulieu`: one capitalised word naming the
/// piece's kind, then `by` and the names, read as `By` whatever the kind. Not a credit for
/// pictures, editing or review (`assets/lexicon/non-writing-credits.txt`), nor a participle
/// (`Presented by`, `Sponsored by`: who paid or hosted, not who wrote).
fn kind_by_byline(line: &str) -> Option<Vec<String>> {
    let (kind, names) = line.split_once(" by ")?;
    let noun = kind.chars().next().is_some_and(char::is_uppercase)
        && kind.chars().all(char::is_alphabetic)
        && !kind.ends_with("ed")
        && !kind.ends_with("en");
    if !noun || crate::extract::html::is_non_writing_credit(line) {
        return None;
    }
    // `Sort by Newest`: a comment list's control, whose "name" is one word.
    labelled_byline(&format!("By {names}"))
        .filter(|names| names.iter().all(|n| n.split_whitespace().count() >= 2))
}

/// [`byline`] for lines that open with a byline label (or a CJK reporter form).
fn labelled_byline(line: &str) -> Option<Vec<String>> {
    if line.len() > 200 {
        return None;
    }
    // `(Reporting by A; Editing by B)`: wire credits come in brackets.
    let line = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(line);
    if let Some(name) = cjk_reporter(line) {
        return Some(vec![name]);
    }
    if let Some(names) = super::cjk_byline::reporters(line) {
        return Some(names);
    }
    if let Some(value) = strip_label(line, &LABELS.0, true).map(before_next_label) {
        // `Autorius: Tomas Petrauskas, klubo spaudos atstovas`: a role in lower case after the
        // first name is no name.
        let value = byline_clean::clean(credited_part(value));
        // `Teksti: A, B / STT`: the agency after a slash goes to the sources.
        let names: Vec<String> = split_list(credited_part(&names_part(&value)), false)
            .iter()
            .flat_map(|p| match super::agencies::name_and_agency(p) {
                Some((name, agency)) => vec![name.to_string(), agency.to_string()],
                None => vec![p.clone()],
            })
            .collect::<Vec<String>>()
            .iter()
            .enumerate()
            .filter(|(n, p)| *n == 0 || !p.chars().next().is_some_and(char::is_lowercase))
            .filter_map(|(_, p)| without_contribution(byline_clean::without_place(p)))
            .collect();
        return (!names.is_empty() && names.iter().all(|n| n.chars().count() <= 60)).then(|| {
            names
                .iter()
                .map(|n| crate::extract::names::normal_case(n))
                .collect()
        });
    }
    let value = strip_label(line, &LABELS.1, false).or_else(|| {
        line.chars()
            .next()
            .is_some_and(char::is_lowercase)
            .then(|| strip_label(line, &LABELS.2, false))
            .flatten()
    })?;
    // `de Andreea Mureșan | Foto: Vasile T.`: the photographer's label ends the byline (a
    // time's colon does not: `Posted by Ramon Villanueva at 7:45 PM`).
    let cut = before_next_label(value);
    let label = value[cut.len()..].trim_start();
    let value = if label
        .split([':', '：'])
        .next()
        .is_some_and(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
    {
        cut.trim_end_matches(['|', '/', ',', ' '])
    } else {
        value
    };
    let value = byline_clean::clean(credited_part(&with_coauthors(value)));
    // `Av Elin Marklund och Jonas Berg/TT`: the agency after a slash goes to the sources.
    let parts: Vec<String> = split_list(credited_part(&names_part(&value)), false)
        .iter()
        .flat_map(|p| match super::agencies::name_and_agency(p) {
            Some((name, agency)) => vec![name.to_string(), agency.to_string()],
            None => vec![p.clone()],
        })
        .collect();
    let mut names = Vec::new();
    for part in parts.iter().filter_map(|p| {
        without_contribution(byline_clean::without_honorific(
            byline_clean::without_place(p),
        ))
    }) {
        // A job title, a desk or a one-word affiliation (`, Reuters`) after the names; the first
        // part is always read as a name (`By Cara Reporter`).
        // An agency credited beside the writer goes on to the sources.
        if crate::extract::lexicon::is_news_agency(&part) {
            names.push(part);
            continue;
        }
        if !names.is_empty() && (is_role(&part) || !part.contains(' ')) {
            continue;
        }
        // `Par Marie-Ève Tremblay-Gagnon, Initiative de journalisme local`: what follows the
        // names and is none is their role or affiliation.
        let is_name = looks_like_name(&part, 1) || is_caseless_name(&part);
        if !is_name && !names.is_empty() {
            break;
        }
        if !is_name || names.len() > 8 {
            return None;
        }
        names.push(crate::extract::names::normal_case(&part));
    }
    (!names.is_empty()).then_some(names)
}

/// `文：何嘉欣　攝影：梁志強`, `Tekst: Anna Nowak Foto: Jan Kowalski`: a labelled value ends where
/// the next label (a word with a colon) starts.
fn before_next_label(value: &str) -> &str {
    let Some(colon) = value.find([':', '：']) else {
        return value;
    };
    // Back to the space before the label's word (an ideographic space counts).
    match value[..colon].rfind(char::is_whitespace) {
        Some(space) => value[..space].trim_end(),
        None => value,
    }
}

/// `سارة المهيري | تصوير: خالد النعيمي`, `Anna Nowak / Foto: Jan Kowalski`: the writer's bare name
/// beside a labelled photo credit (labels of many languages, `assets/lexicon/photo-labels.txt`).
/// In a script with capitals the name must look like one; in others, two to four words.
fn writer_beside_photographer(line: &str) -> Option<Vec<String>> {
    if line.len() > 160 {
        return None;
    }
    let (at, _) = super::teasers::labelled_credit_at(line)?;
    let writer = line[..at]
        .trim()
        .trim_end_matches(['|', '/', '·', '-', '–', '—', ','])
        .trim();
    if writer.is_empty() || writer.chars().any(|c| c.is_numeric()) || writer.contains(':') {
        return None;
    }
    let words = writer.split_whitespace().count();
    let cased = writer.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    let name_like = if cased {
        looks_like_name(writer, 2)
    } else {
        (2..=4).contains(&words)
    };
    name_like.then(|| vec![writer.to_string()])
}

/// `Martin Untersinger (avec Damien Leloup et Morgane Tual)`: co-authors in brackets after
/// "with" are authors like the first.
fn with_coauthors(value: &str) -> String {
    for with in [
        "(with ", "(avec ", "(mit ", "(con ", "(com ", "(z ", "(met ",
    ] {
        if let Some(at) = value.to_lowercase().find(with) {
            if !value.is_char_boundary(at) || !value.is_char_boundary(at + with.len()) {
                break;
            }
            let rest = &value[at + with.len()..];
            let inside = rest.split(')').next().unwrap_or(rest);
            return format!("{}, {inside}", value[..at].trim_end());
        }
    }
    value.to_string()
}

/// The names of a byline without what pages print after them: social handles (`@ahiza_garcia`),
/// a `Follow` prompt, and the date and time (`By Erin Cunningham March 18 at 3:57 PM Follow
/// @erinmcunningham` gives `Erin Cunningham`). The names end at the first word with a digit; a
/// month or weekday name just before it goes with the date when two words stay.
fn names_part(value: &str) -> String {
    let mut words: Vec<&str> = Vec::new();
    let mut cut_at_date = false;
    for word in value.split_whitespace() {
        if word.starts_with('@') {
            continue;
        }
        // `Lyles@DLylesRams`: a handle glued to the name.
        let word = match word.find('@') {
            Some(at) if at > 0 && !word.contains('.') => &word[..at],
            _ => word,
        };
        if word.chars().any(|c| c.is_ascii_digit()) || word.eq_ignore_ascii_case("follow") {
            cut_at_date = word.chars().any(|c| c.is_ascii_digit());
            break;
        }
        words.push(word);
    }
    if cut_at_date {
        while words.len() > 2 {
            let last = words[words.len() - 1].trim_matches(|c: char| !c.is_alphabetic());
            let dateish = last.is_empty()
                || crate::extract::lexicon::month_number(last).is_some()
                || crate::extract::lexicon::is_weekday(last)
                || (last.chars().count() <= 2 && last.chars().all(char::is_lowercase));
            if !dateish {
                break;
            }
            words.pop();
        }
    }
    words
        .join(" ")
        .trim_end_matches([',', '|', '-', '–', '—', '·', ':'])
        .trim()
        .to_string()
}

/// A byline name with its parenthetical contribution: `Eleanor Ainge Roy (reporting)` gives the
/// name; `Adrian Malloch (photography)` gives nothing (pictures are not writing). An unbalanced
/// parenthesis (`Martin Untersinger (avec Damien Leloup`) ends the name.
pub(super) fn without_contribution(part: &str) -> Option<String> {
    let Some(open) = part.find('(') else {
        return Some(part.to_string());
    };
    let close = part[open..].find(')').map_or(part.len(), |c| open + c);
    let inside = &part[open + 1..close];
    let non_writing = inside
        .split(|c: char| !c.is_alphabetic())
        .any(|w| crate::extract::lexicon::is_non_writing_role(&w.to_lowercase()));
    if non_writing {
        return None;
    }
    let rest = part.get(close + 1..).unwrap_or("");
    let name = format!("{} {}", &part[..open], rest);
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

/// The part of a credit line that names writers: `A; Editing by B` gives `A`; `A; Writing by B`
/// gives `A, B`.
fn credited_part(value: &str) -> &str {
    let lower = value.to_lowercase();
    // `Fernanda Ruvalcaba · Fotos: Diego Arce`: the photographer after a separator.
    let photo = [" · ", " | ", " / ", " • "].iter().filter_map(|sep| {
        let at = lower.find(sep)?;
        let next = lower[at + sep.len()..].split([':', ' ']).next()?;
        crate::extract::lexicon::is_non_writing_role(next).then_some(at)
    });
    let cut = [
        "; editing by",
        "; edited by",
        ";editing by",
        "; additional reporting",
    ]
    .iter()
    .filter_map(|k| lower.find(k))
    .chain(photo)
    .min();
    match cut {
        Some(at) if value.is_char_boundary(at) => value[..at].trim(),
        _ => value.trim(),
    }
}

/// Whether a byline part is a job title or a desk (`Political Editor`, `Reuters correspondent
/// in Warsaw`, `Staff Writer`).
pub(super) fn is_role(part: &str) -> bool {
    part.split(|c: char| !c.is_alphabetic())
        .any(|w| !w.is_empty() && crate::extract::lexicon::is_role_word(&w.to_lowercase()))
}

/// `記者陳怡君／台中報導`, `记者 李明/北京报道`: a reporter's name between the label and the
/// place they reported from (two to four characters of Han script).
fn cjk_reporter(line: &str) -> Option<String> {
    let rest = ["記者", "记者"].iter().find_map(|l| line.strip_prefix(l))?;
    let (name, place) = rest.split_once(['／', '/'])?;
    let name = name.trim();
    let han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let reported = place.trim_end().ends_with("報導") || place.trim_end().ends_with("报道");
    ((2..=4).contains(&name.chars().count()) && name.chars().all(han) && reported)
        .then(|| name.to_string())
}

/// A byline's label alone on its line (`By`, `Por`, `Von`), the names on the lines below.
pub fn is_bare_by(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let label = lower.trim_end_matches([':', '：']).trim_end();
    LABELS.0.contains(&label) || LABELS.1.contains(&label) || LABELS.2.contains(&label)
}
