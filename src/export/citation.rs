//! A readable citation of an article, APA-like, for the clipboard:
//! `Zubel, M. (2024, October 27). North Korean troops… Daily Wrap. https://…`
//!
//! Pure: the reader's *Copy citation* and *Copy quote with citation* and the CSL-JSON export
//! (`csl.rs`, which shares the name splitting) call it; nothing here touches the clock or files.

use crate::model::Article;

/// Up to this many authors are listed; more are cited as the first one `et al.`
pub const MAX_AUTHORS: usize = 5;

/// An author as a citation names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthorName {
    /// A person: `family` is the surname (with particles such as `van der`), `given` the rest.
    Person { family: String, given: String },
    /// An organisation or a single-word name, kept as written.
    Literal(String),
}

/// Splits a byline name: organisations (`Reuters`, `BBC News`) and single words stay whole;
/// `Surname, Given` is read as written; otherwise the last word (with lower-case particles
/// before it) is the surname.
pub fn author_name(name: &str) -> AuthorName {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if crate::extract::names::is_organisation(&name) {
        return AuthorName::Literal(name);
    }
    if let Some((family, given)) = name.split_once(',') {
        let (family, given) = (family.trim(), given.trim());
        if !family.is_empty() && !given.is_empty() {
            return AuthorName::Person {
                family: family.to_string(),
                given: given.to_string(),
            };
        }
    }
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() < 2 {
        return AuthorName::Literal(name);
    }
    // `Ludwig van Beethoven` → family `van Beethoven`: particles are lower-case words
    // before the last one (never the first word).
    let mut split = words.len() - 1;
    while split > 1 && is_particle(words[split - 1]) {
        split -= 1;
    }
    AuthorName::Person {
        family: words[split..].join(" "),
        given: words[..split].join(" "),
    }
}

/// `van`, `de`, `al-`: a lower-case word that joins a surname.
fn is_particle(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// `Maria Anna` → `M. A.`; `Jean-Luc` → `J.-L.`; words already initials stay as they are.
pub fn initials(given: &str) -> String {
    given
        .split_whitespace()
        .map(|word| {
            word.split('-')
                .filter_map(|part| part.chars().find(|c| c.is_alphabetic()))
                .map(|c| format!("{}.", c.to_uppercase()))
                .collect::<Vec<_>>()
                .join("-")
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One author as the citation writes it: `Zubel, M.` or `Reuters`.
fn cited_author(name: &str) -> String {
    match author_name(name) {
        AuthorName::Person { family, given } => {
            let initials = initials(&given);
            if initials.is_empty() {
                family
            } else {
                format!("{family}, {initials}")
            }
        }
        AuthorName::Literal(literal) => literal,
    }
}

/// The author list: `A`, `A, & B`, `A, B, & C`…; more than `MAX_AUTHORS` as `A, et al.`
fn cited_authors(authors: &[String]) -> Option<String> {
    let names: Vec<String> = authors
        .iter()
        .filter(|a| !a.trim().is_empty())
        .map(|a| cited_author(a))
        .collect();
    Some(match names.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [first, second] => format!("{first}, & {second}"),
        [first, ..] if names.len() > MAX_AUTHORS => format!("{first}, et al."),
        [init @ .., last] => format!("{}, & {last}", init.join(", ")),
    })
}

/// `(2024, October 27)`, `(2024, October)`, `(2024)` or `(n.d.)` from an ISO 8601 date
/// (the time is dropped).
pub fn cited_date(published: Option<&str>) -> String {
    match date_parts(published) {
        Some((year, Some(month), Some(day))) => format!("({year}, {} {day})", month_name(month)),
        Some((year, Some(month), None)) => format!("({year}, {})", month_name(month)),
        Some((year, None, _)) => format!("({year})"),
        None => "(n.d.)".to_string(),
    }
}

/// Year, month and day of an ISO 8601 date (`2024`, `2024-10`, `2024-10-27T09:01:00Z`).
pub fn date_parts(date: Option<&str>) -> Option<(i32, Option<u32>, Option<u32>)> {
    let date = date?.trim();
    let day_part = date.split(['T', ' ']).next().unwrap_or(date);
    let mut fields = day_part.split('-');
    let year_text = fields.next()?;
    if year_text.len() != 4 {
        return None;
    }
    let year: i32 = year_text.parse().ok()?;
    let month = fields
        .next()
        .and_then(|m| m.parse::<u32>().ok())
        .filter(|m| (1..=12).contains(m));
    let day = month.and(
        fields
            .next()
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|d| (1..=31).contains(d)),
    );
    Some((year, month, day))
}

fn month_name(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// The publication a citation names: the publisher, else the first source.
pub fn container(article: &Article) -> Option<&str> {
    article
        .publisher
        .as_deref()
        .into_iter()
        .chain(article.sources.iter().map(String::as_str))
        .map(str::trim)
        .find(|s| !s.is_empty())
}

/// `text` ending in a full stop (none added after `.`, `?`, `!` or `…`).
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '?', '!', '…']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// The citation of `article` on one line.
pub fn citation(article: &Article) -> String {
    let title = article
        .title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let title = if title.is_empty() {
        "[Untitled]".to_string()
    } else {
        title
    };
    let date = cited_date(article.published.as_deref());
    let mut parts = match cited_authors(&article.authors) {
        Some(authors) => vec![sentence(&authors), format!("{date}."), sentence(&title)],
        // No author: the title takes the author's place.
        None => vec![sentence(&title), format!("{date}.")],
    };
    if let Some(container) = container(article) {
        parts.push(sentence(container));
    }
    if let Some(url) = article
        .url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        parts.push(url.to_string());
    }
    parts.join(" ")
}

/// A quote with its source: `“text” — Speaker, in <citation>` (`“text” — in <citation>`
/// when the speaker is unknown).
pub fn quote_with_citation(text: &str, speaker: Option<&str>, article: &Article) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match speaker.map(str::trim).filter(|s| !s.is_empty()) {
        Some(speaker) => format!("“{text}” — {speaker}, in {}", citation(article)),
        None => format!("“{text}” — in {}", citation(article)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        Article {
            title: "North Korean troops reach the front".into(),
            authors: vec!["Maria Zubel".into()],
            published: Some("2024-10-27T09:01:00+02:00".into()),
            publisher: Some("Daily Wrap".into()),
            url: Some("https://dailywrap.example/nk-troops".into()),
            ..Article::default()
        }
    }

    #[test]
    fn cites_one_author_with_date_container_and_url() {
        assert_eq!(
            citation(&article()),
            "Zubel, M. (2024, October 27). North Korean troops reach the front. Daily Wrap. \
             https://dailywrap.example/nk-troops"
        );
    }

    #[test]
    fn lists_two_and_several_authors_then_et_al() {
        let mut a = article();
        a.authors = vec!["Maria Zubel".into(), "Jean-Luc Picard".into()];
        assert!(citation(&a).starts_with("Zubel, M., & Picard, J.-L. (2024"));
        a.authors = vec!["Ann Lee".into(), "Bo Kim".into(), "Cy Day".into()];
        assert!(citation(&a).starts_with("Lee, A., Kim, B., & Day, C. (2024"));
        a.authors = (1..=6).map(|i| format!("Ann Writer{i}")).collect();
        assert!(citation(&a).starts_with("Writer1, A., et al. (2024"));
    }

    #[test]
    fn organisations_stay_whole_and_get_a_full_stop() {
        let mut a = article();
        a.authors = vec!["Reuters".into()];
        assert!(citation(&a).starts_with("Reuters. (2024, October 27)."));
        assert_eq!(
            author_name("BBC News"),
            AuthorName::Literal("BBC News".into())
        );
    }

    #[test]
    fn splits_particles_and_reversed_names() {
        assert_eq!(
            author_name("Ludwig van Beethoven"),
            AuthorName::Person {
                family: "van Beethoven".into(),
                given: "Ludwig".into()
            }
        );
        assert_eq!(
            author_name("Doe, Jane Anne"),
            AuthorName::Person {
                family: "Doe".into(),
                given: "Jane Anne".into()
            }
        );
        assert_eq!(initials("Jane Anne"), "J. A.");
    }

    #[test]
    fn no_date_no_author_no_url() {
        let a = Article {
            title: "Ferry timetable changes?".into(),
            sources: vec!["PAP".into(), "Reuters".into()],
            ..Article::default()
        };
        assert_eq!(citation(&a), "Ferry timetable changes? (n.d.). PAP.");
    }

    #[test]
    fn partial_dates() {
        assert_eq!(cited_date(Some("2024")), "(2024)");
        assert_eq!(cited_date(Some("2024-02")), "(2024, February)");
        assert_eq!(cited_date(Some("2024-02-03 10:00")), "(2024, February 3)");
        assert_eq!(cited_date(Some("someday")), "(n.d.)");
    }

    #[test]
    fn quote_carries_speaker_and_citation() {
        let line = quote_with_citation("We are  ready.", Some("Jo Lee"), &article());
        assert!(
            line.starts_with("“We are ready.” — Jo Lee, in Zubel, M. (2024"),
            "{line}"
        );
        let line = quote_with_citation("Ready.", None, &article());
        assert!(line.starts_with("“Ready.” — in Zubel, M."), "{line}");
    }
}
