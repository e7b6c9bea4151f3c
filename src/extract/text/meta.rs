//! Recognisers for single metadata lines: bylines, names, sources, image credits, copyright
//! and legal notices. Each looks at one cleaned line and says what it is; none of them knows
//! where in the file the line sits (that is `mod.rs`'s job).

/// Strips a case-insensitive label such as `Source` plus an optional `:` from the front of a
/// line. With `colon_required`, the label only counts when a colon follows it.
fn strip_label<'a>(line: &'a str, labels: &[&str], colon_required: bool) -> Option<&'a str> {
    let first = line.bytes().next()?.to_ascii_lowercase();
    for label in labels {
        // Most lines start with no label's first letter: skip the full comparison (this runs
        // for every short line of every file, once per label list).
        if first.is_ascii() && label.as_bytes().first() != Some(&first) {
            continue;
        }
        let Some(head) = line.get(..label.len()) else {
            continue;
        };
        // Compare without allocating: this runs for every line of every file.
        if !head.chars().flat_map(char::to_lowercase).eq(label.chars()) {
            continue;
        }
        let rest = &line[label.len()..];
        if let Some(after_colon) = rest
            .trim_start()
            .strip_prefix(':')
            .or_else(|| rest.trim_start().strip_prefix('：'))
        {
            return Some(after_colon.trim());
        }
        let at_boundary = rest.starts_with(' ') || (rest.is_empty() && !colon_required);
        if !colon_required && at_boundary {
            return Some(rest.trim());
        }
    }
    None
}

/// Quote marks a source name may be wrapped in.
const QUOTES: &[char] = &['"', '\'', '“', '”', '„', '‟', '«', '»', '‚', '‘', '’', '`'];

/// Splits a list of names: `A, B and C`, `A & B`, `A/B` (when `slash` is set), and the same
/// conjunctions in Polish, German, French and Spanish.
fn split_list(value: &str, slash: bool) -> Vec<String> {
    let mut parts = vec![value.to_string()];
    let mut separators = vec![
        ",", ";", " and ", " & ", " i ", " und ", " et ", " y ", " oraz ",
    ];
    if slash {
        separators.push("/");
    }
    for sep in separators {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts
        .into_iter()
        .map(|p| p.trim().trim_matches(QUOTES).trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// A `Source:` line's sources, quotes stripped: `Source: "Ukrainian Pravda"/PAP` gives
/// `Ukrainian Pravda` and `PAP`. A URL is kept whole.
pub fn sources(line: &str) -> Option<Vec<String>> {
    let labels = [
        "sources",
        "source",
        "źródła",
        "źródło",
        "zrodlo",
        "quellen",
        "quelle",
        "fuentes",
        "fuente",
        "fonti",
        "fonte",
        "bron",
        "bronnen",
        "источник",
        "источники",
        "джерело",
        "zdroj",
        "kilde",
        "källa",
        "lähde",
        "kaynak",
        "sursa",
        "来源",
        "來源",
        "出典",
        "출처",
        "contributing",
    ];
    if line.len() > 200 {
        return None;
    }
    let value = strip_label(line, &labels, true)?;
    let found = split_list(value, !value.contains("://"));
    // A sentence after `Source:` is prose, not a list of names.
    let names_only = !found.is_empty() && found.iter().all(|s| s.chars().count() <= 80);
    names_only.then_some(found)
}

/// The address on a `URL:` / `Link:` / `Original:` line.
pub fn url_line(line: &str) -> Option<String> {
    let value = strip_label(
        line,
        &[
            "url",
            "link",
            "original",
            "original url",
            "permalink",
            "adres",
            "lien",
        ],
        true,
    )?;
    let value = value.trim().trim_matches(['<', '>']);
    crate::extract::html::is_web_address(value).then(|| value.to_string())
}

/// A `Category:` / `Section:` line's value.
pub fn category(line: &str) -> Option<String> {
    let labels = [
        "category",
        "section",
        "kategoria",
        "dział",
        "rubrik",
        "ressort",
        "rubrique",
        "sección",
        "seccion",
    ];
    let value = strip_label(line, &labels, true)?;
    (!value.is_empty() && value.len() <= 60).then(|| value.to_string())
}

/// The authors a byline names: `By Jane Doe`, `By Jane Doe and John Roe`, `Author: Jane Doe`,
/// `Autor: Jan Kowalski`, `Written by …`, `BY JANE DOE` (put in normal case). After a bare `By`,
/// every name must look like a name, so a sentence that starts with "By the time…" is not a
/// byline. Job titles and affiliations after a name (`By Anna Kowalska, Reuters correspondent
/// in Warsaw`, `By Tom Price, Political Editor`) are dropped, as are editors
/// (`Reporting by A; Editing by B`).
pub fn byline(line: &str) -> Option<Vec<String>> {
    if line.len() > 200 {
        return None;
    }
    let labelled = [
        "authors",
        "author",
        "autorzy",
        "autor",
        "autorin",
        "auteur",
        "auteurs",
        "reporter",
        "reporting by",
        "words by",
        "text",
        "tekst",
        "автор",
        "авторы",
        "автори",
        "作者",
        "记者",
        "記者",
        "기자",
    ];
    if let Some(value) = strip_label(line, &labelled, true) {
        let names: Vec<String> = split_list(credited_part(&names_part(value)), false)
            .iter()
            .filter_map(|p| without_contribution(p))
            .collect();
        return (!names.is_empty() && names.iter().all(|n| n.chars().count() <= 60)).then(|| {
            names
                .iter()
                .map(|n| crate::extract::names::normal_case(n))
                .collect()
        });
    }
    let value = strip_label(
        line,
        &[
            "written by",
            "reporting by",
            "words by",
            "story by",
            "text by",
            "ein beitrag von",
            "by",
            "von",
            "par",
            "por",
            "di",
            "door",
        ],
        false,
    )?;
    let parts = split_list(credited_part(&names_part(value)), false);
    let mut names = Vec::new();
    for part in parts.iter().filter_map(|p| without_contribution(p)) {
        // A job title, a desk or a one-word affiliation (`, Reuters`) after the names; the first
        // part is always read as a name (`By Cara Reporter`).
        if !names.is_empty() && (is_role(&part) || !part.contains(' ')) {
            continue;
        }
        if !looks_like_name(&part, 1) || !names.is_empty() && names.len() > 8 {
            return None;
        }
        names.push(crate::extract::names::normal_case(&part));
    }
    (!names.is_empty()).then_some(names)
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
fn without_contribution(part: &str) -> Option<String> {
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
    let cut = [
        "; editing by",
        "; edited by",
        ";editing by",
        "; additional reporting",
    ]
    .iter()
    .filter_map(|k| lower.find(k))
    .min();
    match cut {
        Some(at) if value.is_char_boundary(at) => value[..at].trim(),
        _ => value.trim(),
    }
}

/// Whether a byline part is a job title or a desk (`Political Editor`, `Reuters correspondent
/// in Warsaw`, `Staff Writer`).
fn is_role(part: &str) -> bool {
    part.split(|c: char| !c.is_alphabetic())
        .any(|w| !w.is_empty() && crate::extract::lexicon::is_role_word(&w.to_lowercase()))
}

/// Words that may sit lowercase inside a name (`Ursula von der Leyen`).
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "della", "bin", "ibn",
    "al", "y", "dos",
];

/// A line shaped like a person's name: `min_words` to 4 words (particles aside), each
/// capitalised, no digits and no sentence punctuation. Initials (`J. R. Smith`) are fine.
pub fn looks_like_name(s: &str, min_words: usize) -> bool {
    if s.is_empty() || s.len() > 60 {
        return false;
    }
    let mut capitalised = 0;
    for word in s.split(' ') {
        if NAME_PARTICLES.contains(&word) {
            continue;
        }
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !first.is_uppercase() {
            return false;
        }
        let rest: Vec<char> = chars.collect();
        let initial = rest == ['.'];
        if !initial
            && !rest
                .iter()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        {
            return false;
        }
        capitalised += 1;
    }
    (min_words..=4).contains(&capitalised)
}

/// A line that is only a job title (`Games Editor`, `Contributing Correspondent`, `Staff
/// writer`): capitalised, at most five words, one of them a role word.
pub fn is_role_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && line.len() <= 60
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !super::lines::ends_sentence(line)
        && is_role(line)
}

/// A bare line of one to eight names, each of two to four capitalised words, in mixed case
/// (an all-capitals line without `By` is a label, not a name): `Diego Lewandowska, Kofi Schmidt`.
pub fn name_list(line: &str) -> Option<Vec<String>> {
    if line.len() > 200 || !line.chars().any(char::is_lowercase) {
        return None;
    }
    let names = split_list(line, false);
    (!names.is_empty()
        && names.len() <= 8
        && names.iter().all(|n| looks_like_name(n, 2) && !is_role(n)))
    .then_some(names)
}

/// How a credit line was marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditMark {
    /// `Photo:`, `Images source:`, `Fot.`, a picture agency name: always an image credit.
    Label,
    /// A bare `©` / `(c)` / `Copyright` line: an image credit after a caption, the publisher
    /// at the end of the file.
    Copyright,
}

/// An image credit line and its text without the label and the `©`:
/// `Images source: © East News | GENYA SAVILOV` gives `East News | GENYA SAVILOV`.
pub fn credit(line: &str) -> Option<(CreditMark, String)> {
    if line.len() > 300 {
        return None;
    }
    let labels = [
        "images source",
        "image source",
        "image sources",
        "image credits",
        "image credit",
        "image",
        "images",
        "photo credit",
        "photographs",
        "photograph",
        "photos",
        "photo",
        "picture",
        "pictures",
        "credits",
        "credit",
        "illustration",
        "fot.",
        "fot",
        "foto",
        "fotos",
        "zdjęcie",
        "zdjęcia",
        "źródło zdjęć",
        "bild",
        "bildquelle",
        "crédit photo",
        "crédit",
        "photographie",
    ];
    if let Some(value) = strip_label(line, &labels, true) {
        return Some((CreditMark::Label, strip_copyright(value))).filter(|(_, v)| !v.is_empty());
    }
    // `Fot. Jan Kowalski` and `Photo by Jane Doe` carry no colon.
    if let Some(value) = strip_label(
        line,
        &[
            "fot.",
            "photo by",
            "photograph by",
            "photos by",
            "picture by",
        ],
        false,
    ) {
        return Some((CreditMark::Label, strip_copyright(value))).filter(|(_, v)| !v.is_empty());
    }
    let lower = line.to_lowercase();
    if is_copyright_line(line) {
        let value = strip_copyright(line);
        return (!value.is_empty()).then_some((CreditMark::Copyright, value));
    }
    let agencies = [
        "getty images",
        "shutterstock",
        "ap photo",
        "afp via getty",
        "pa media",
        "pa wire",
        "alamy",
        "epa-efe",
    ];
    if line.len() <= 100 && agencies.iter().any(|a| lower.contains(a)) && !lower.ends_with('.') {
        return Some((CreditMark::Label, strip_copyright(line)));
    }
    None
}

/// `© Daily Wrap`, `(c) 2024 …`, `Copyright 2019 …`, `Baltic Business Post ©`, and a rights
/// phrase before the mark (`Riproduzione riservata © Il Gazzettino`).
fn is_copyright_line(line: &str) -> bool {
    if line.starts_with('©')
        || line.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("(c)"))
        || line
            .get(..10)
            .is_some_and(|h| h.eq_ignore_ascii_case("copyright "))
    {
        return true;
    }
    let trimmed = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    if trimmed.ends_with('©') && line.chars().count() <= 80 {
        return true;
    }
    line.find('©')
        .is_some_and(|at| at > 0 && says_rights_reserved(&line[..at]))
}

/// Drops a leading `©`, `(c)` or `Copyright`, a trailing `©`, and a rights phrase before a `©`.
fn strip_copyright(value: &str) -> String {
    let mut v = value.trim();
    if let Some(at) = v
        .find('©')
        .filter(|&at| at > 0 && says_rights_reserved(&v[..at]))
    {
        v = &v[at..];
    }
    v = v.trim_end_matches(['©', ' ']);
    loop {
        let before = v;
        v = v.trim_start_matches('©').trim_start();
        if v.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("(c)")) {
            v = v[3..].trim_start();
        }
        if v.get(..9)
            .is_some_and(|h| h.eq_ignore_ascii_case("copyright"))
        {
            v = v[9..].trim_start();
        }
        if v == before {
            return v.trim_start_matches([':', ' ']).to_string();
        }
    }
}

/// The publisher a copyright line names, as the brand readers know: `© 2024 Daily Wrap. All
/// rights reserved.` gives `Daily Wrap`; `Copyright © 2013 Metro Courier Media Group LLC` gives
/// `Metro Courier Media Group` (legal forms go; see [`strip_legal_form`]); `© Wszelkie prawa
/// zastrzeżone. Dziennik Mazowiecki` gives `Dziennik Mazowiecki`.
pub fn publisher(line: &str) -> Option<String> {
    let value = strip_copyright(line);
    // Sentences of the notice (`All rights reserved.`) are not the name.
    let name = value
        .split(". ")
        .map(strip_rights_phrases)
        .find(|s| !s.is_empty())?;
    let name =
        name.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | ' '));
    let lower = name.to_lowercase();
    let end = [
        " | ",
        " - ",
        " – ",
        ", all rights",
        ", a ",
        ", an ",
        ", part of",
        ", ",
    ]
    .iter()
    .filter_map(|sep| lower.find(sep))
    .min()
    .unwrap_or(name.len());
    let name = name
        .get(..end)
        .unwrap_or(name)
        .trim()
        .trim_end_matches(['.', ',', ';'])
        .trim();
    let name = name
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == ',' || c == '-')
        .trim();
    let name = strip_legal_form(name);
    (!name.is_empty() && name.chars().count() <= 80).then(|| name.to_string())
}

/// Removes rights phrases wherever they sit in a short name (`东方日报 版权所有`).
fn strip_rights_phrases(name: &str) -> &str {
    const AROUND: &[char] = &[' ', '.', ',', '-', '–', '—', '|', '·'];
    let mut name = name.trim();
    for phrase in RIGHTS_RESERVED {
        let lower = name.to_lowercase();
        if let Some(at) = lower.find(phrase) {
            if at == 0 && name.is_char_boundary(phrase.len()) {
                name = name[phrase.len()..].trim_matches(AROUND);
            } else if at > 0 && name.is_char_boundary(at) {
                name = name[..at].trim_matches(AROUND);
            }
        }
    }
    name
}

/// A company's legal form at the end of its name: `LLC`, `Inc.`, `Ltd`, `GmbH`, `S.L.`,
/// `sp. z o.o.` (the list is `assets/lexicon/legal-forms.txt`).
pub fn strip_legal_form(name: &str) -> &str {
    let mut name = name.trim();
    loop {
        let before = name;
        let lower = name.to_lowercase();
        for form in crate::extract::lexicon::legal_forms() {
            if lower.ends_with(form) {
                let cut = name.len() - form.len();
                let head = &name[..cut];
                if name.is_char_boundary(cut) && (head.ends_with(' ') || head.ends_with(',')) {
                    name = head.trim_end_matches([' ', ',']);
                    break;
                }
            }
        }
        if name == before {
            return name;
        }
    }
}

/// How strongly a paragraph reads like a legal notice (reproduction, cookies, terms, rights).
pub fn rights_score(paragraph: &str) -> usize {
    let lower = paragraph.to_lowercase();
    let keywords = [
        "all rights reserved",
        "rights reserved",
        "reproduction",
        "reproduce",
        "copying",
        "copied",
        "cookies",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "privacy policy",
        "without permission",
        "prior written",
        "prior and explicit consent",
        "explicit consent",
        "downloading",
        "redistribut",
        "republish",
        "copyright",
        "may not be published",
        "wszelkie prawa zastrzeżone",
        "kopiowanie",
        "powielanie",
        "rozpowszechnianie",
        "alle rechte vorbehalten",
        "vervielfältigung",
        "tous droits réservés",
        "reproduction interdite",
        "todos los derechos reservados",
        "prohibida la reproducción",
        "licensed under",
        "creative commons",
        "license",
        "licence",
        "riproduzione riservata",
        "direitos reservados",
        "版权所有",
    ];
    keywords.iter().filter(|k| lower.contains(*k)).count()
}

/// Rights-reserved phrases, lower-cased.
const RIGHTS_RESERVED: &[&str] = &[
    "all rights reserved",
    "rights reserved",
    "wszelkie prawa zastrzeżone",
    "prawa zastrzeżone",
    "alle rechte vorbehalten",
    "rechte vorbehalten",
    "tous droits réservés",
    "droits réservés",
    "todos los derechos reservados",
    "derechos reservados",
    "todos os direitos reservados",
    "direitos reservados",
    "riproduzione riservata",
    "tutti i diritti riservati",
    "diritti riservati",
    "alle rechten voorbehouden",
    "все права защищены",
    "版权所有",
    "版權所有",
    "無断転載",
];

/// Whether a `©` line also declares the rights (`All rights reserved`).
pub fn says_rights_reserved(line: &str) -> bool {
    let lower = line.to_lowercase();
    RIGHTS_RESERVED.iter().any(|k| lower.contains(k))
}

/// A line of decoration only (`·`, `***`, `---`, `|`).
pub fn is_separator(line: &str) -> bool {
    !line.is_empty() && line.chars().count() <= 12 && line.chars().all(|c| !c.is_alphanumeric())
}

/// Page furniture that sometimes survives a copy: `Advertisement`, `Share this article`.
pub fn is_boilerplate(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let lower = line.to_lowercase();
    let lower = lower.trim_end_matches([':', '.']);
    [
        "advertisement",
        "advertisment",
        "reklama",
        "anzeige",
        "publicité",
        "publicidad",
        "share",
        "share this article",
        "share this",
        "read more",
        "read also",
        "see also",
        "czytaj też",
        "czytaj także",
        "zobacz też",
        "comments",
        "follow us",
        "subscribe",
        "skip advertisement",
        "continue reading",
        "story continues below advertisement",
    ]
    .contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_split_and_unquote() {
        assert_eq!(
            sources("Source: \"Ukrainian Pravda\"/PAP"),
            Some(vec!["Ukrainian Pravda".to_string(), "PAP".to_string()])
        );
        assert_eq!(
            sources("Sources: Reuters, AP and BBC"),
            Some(vec!["Reuters".into(), "AP".into(), "BBC".into()])
        );
        assert_eq!(
            sources("Źródło: „Rzeczpospolita”"),
            Some(vec!["Rzeczpospolita".into()])
        );
        assert_eq!(
            sources("Source: https://example.com/a/b"),
            Some(vec!["https://example.com/a/b".into()])
        );
        assert_eq!(sources("Sourcegraph is a company."), None);
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("By Jane Doe"), Some(vec!["Jane Doe".to_string()]));
        assert_eq!(
            byline("By Jane Doe and John Roe"),
            Some(vec!["Jane Doe".into(), "John Roe".into()])
        );
        assert_eq!(byline("Autor: Anna Nowak"), Some(vec!["Anna Nowak".into()]));
        assert_eq!(
            byline("Written by Ann Lee & Bo Chan"),
            Some(vec!["Ann Lee".into(), "Bo Chan".into()])
        );
        assert_eq!(
            byline("By the time the polls closed, turnout was high."),
            None
        );
    }

    #[test]
    fn names() {
        assert!(looks_like_name("Maciej Zubel", 2));
        assert!(looks_like_name("Ursula von der Leyen", 2));
        assert!(looks_like_name("J. R. Smith", 2));
        assert!(!looks_like_name("Kim's troops are heading", 2));
        assert!(!looks_like_name("Thousands of soldiers.", 2));
        assert!(!looks_like_name("Madonna", 2));
    }

    #[test]
    fn credits_and_publishers() {
        assert_eq!(
            credit("Images source: © East News | GENYA SAVILOV"),
            Some((CreditMark::Label, "East News | GENYA SAVILOV".into()))
        );
        assert_eq!(
            credit("Fot. PAP/Leszek Szymański"),
            Some((CreditMark::Label, "PAP/Leszek Szymański".into()))
        );
        assert_eq!(
            credit("© Daily Wrap"),
            Some((CreditMark::Copyright, "Daily Wrap".into()))
        );
        assert_eq!(credit("Photographs are hard."), None);
        assert_eq!(
            publisher("© 2024 Daily Wrap. All rights reserved."),
            Some("Daily Wrap".into())
        );
        assert_eq!(
            publisher("Copyright 2019-2024 The Harbour Herald"),
            Some("The Harbour Herald".into())
        );
    }

    #[test]
    fn bylines_with_roles_capitals_and_editors() {
        assert_eq!(
            byline("By Anna Kowalska, Reuters correspondent in Warsaw"),
            Some(vec!["Anna Kowalska".to_string()])
        );
        assert_eq!(
            byline("By Anna Kowalska and Piotr Wiśniewski, Reuters"),
            Some(vec!["Anna Kowalska".to_string(), "Piotr Wiśniewski".into()])
        );
        assert_eq!(
            byline("By Tom Price, Political Editor"),
            Some(vec!["Tom Price".to_string()])
        );
        assert_eq!(
            byline("By MIKE JOHNSON and SARAH O'NEIL"),
            Some(vec!["Mike Johnson".to_string(), "Sarah O'Neil".into()])
        );
        assert_eq!(
            byline("Reporting by Eric Okafor; Editing by Jan Harvey"),
            Some(vec!["Eric Okafor".to_string()])
        );
        assert_eq!(byline("作者：李明"), Some(vec!["李明".to_string()]));
        assert_eq!(
            byline("By Cara Reporter"),
            Some(vec!["Cara Reporter".to_string()])
        );
        assert_eq!(
            byline("Door Sanne de Vries"),
            Some(vec!["Sanne de Vries".to_string()])
        );
    }

    #[test]
    fn bare_name_lists() {
        assert_eq!(
            name_list("Diego Lewandowska, Kofi Schmidt"),
            Some(vec!["Diego Lewandowska".to_string(), "Kofi Schmidt".into()])
        );
        assert_eq!(name_list("USA LOCAL"), None);
        assert_eq!(name_list("Kim's troops are heading"), None);
    }

    #[test]
    fn publishers_as_brands() {
        assert_eq!(
            credit("Baltic Business Post ©").map(|(m, _)| m),
            Some(CreditMark::Copyright)
        );
        assert_eq!(
            publisher("Baltic Business Post ©"),
            Some("Baltic Business Post".into())
        );
        assert_eq!(
            publisher("Copyright © 2013 Metro Courier Media Group LLC. All rights reserved."),
            Some("Metro Courier Media Group".into())
        );
        assert_eq!(
            publisher("© Le Courrier de Lyon – Tous droits réservés"),
            Some("Le Courrier de Lyon".into())
        );
        assert_eq!(
            publisher("© Wszelkie prawa zastrzeżone. Dziennik Mazowiecki"),
            Some("Dziennik Mazowiecki".into())
        );
        assert_eq!(
            publisher("Riproduzione riservata © Il Gazzettino Veneto"),
            Some("Il Gazzettino Veneto".into())
        );
        assert_eq!(
            publisher("© 2021 东方日报 版权所有"),
            Some("东方日报".into())
        );
        assert_eq!(
            publisher("Copyright © 2020 USA Local, a division of Local Media Inc."),
            Some("USA Local".into())
        );
        assert_eq!(
            publisher("© Diario del Sur S.L. Todos los derechos reservados."),
            Some("Diario del Sur".into())
        );
    }

    #[test]
    fn url_lines() {
        assert_eq!(
            url_line("URL: https://example.org/news/1"),
            Some("https://example.org/news/1".into())
        );
        assert_eq!(url_line("Link: not an address"), None);
        assert_eq!(url_line("URLs are everywhere: https://x.org"), None);
    }
}
