//! A newsletter forwarded or saved as text: its header block (`From: The Baltic Brief <…>`,
//! `Date: …`, `Subject: …`) names the title, its sender (the publisher) and its date,
//! whatever the forwarder wrote above it.

use crate::extract::dates;

/// What an e-mail header block says.
pub(super) struct Header {
    pub subject: String,
    pub sender: Option<String>,
    pub date: Option<dates::ParsedDate>,
    /// The subject's line.
    pub at: usize,
    /// The mail is a forward (`Fwd: …`): its subject, sender and date are the forwarder's.
    pub forwarded: bool,
}

/// Field names by field (`assets/lexicon/email-fields.tsv`).
static FIELDS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| {
        include_str!("../../../assets/lexicon/email-fields.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    });

/// The value of `line` when it is the header field `kind` (`subject`, `from`, `date`).
fn field<'a>(line: &'a str, kind: &str) -> Option<&'a str> {
    let (name, value) = line.split_once(':')?;
    FIELDS
        .iter()
        .any(|(k, n)| *k == kind && name.trim().to_lowercase() == n.to_lowercase())
        .then(|| value.trim())
}

/// The first header block near the top: `Subject:` with `From:` or `Date:` within four lines.
pub(super) fn header(lines: &[String]) -> Option<Header> {
    let top = lines.len().min(40);
    let at = (0..top).find(|&i| field(&lines[i], "subject").is_some())?;
    let from = at.saturating_sub(4);
    let to = (at + 5).min(lines.len());
    let mut sender = None;
    let mut date = None;
    for line in &lines[from..to] {
        if let Some(value) = field(line, "from") {
            // `The Baltic Brief <hello@balticbrief.news>`: the name before the address.
            let name = value
                .split('<')
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches('"');
            if !name.is_empty() && !name.contains('@') {
                sender = Some(name.to_string());
            }
        }
        if let Some(value) = field(line, "date") {
            date = date.or_else(|| dates::parse_date(value));
        }
    }
    if sender.is_none() && date.is_none() {
        return None;
    }
    let (subject, forwarded) = without_forward(field(&lines[at], "subject")?);
    // A forward's header, or a person's mail pasting a story, names no publisher: a newsletter
    // is sent by its publication, a colleague by name (`Halima Yusuf <…>`).
    let sender = sender.filter(|name| !forwarded && !is_personal(name));
    let date = date.filter(|_| !forwarded);
    let subject = without_tag(subject).to_string();
    (!subject.is_empty()).then_some(Header {
        subject,
        sender,
        date,
        at,
        forwarded,
    })
}

/// The subject without a forward's prefix (`Fwd:`, `WG:`, `RV:`; `forward` rows of the fields
/// file), and whether it had one.
fn without_forward(subject: &str) -> (&str, bool) {
    let subject = subject.trim();
    let prefix = subject.split_once(':').and_then(|(name, rest)| {
        FIELDS
            .iter()
            .any(|(k, n)| *k == "forward" && name.trim().eq_ignore_ascii_case(n))
            .then_some(rest.trim())
    });
    match prefix {
        Some(rest) => (rest, true),
        None => (subject, false),
    }
}

/// A person's name as a mail program prints a sender: two or three words, a given name first.
fn is_personal(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && crate::extract::lexicon::given_name(&crate::extract::lexicon::lower(words[0])).is_some()
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Most words in a subject's tag.
const TAG_WORDS: usize = 4;

/// A subject without the sender's or the list's tag before it (`[PR Newswire] Kerian Cell…`,
/// `[Clipping] …`): the tag files the mail, the rest is the headline.
fn without_tag(subject: &str) -> &str {
    let Some(rest) = subject.strip_prefix('[') else {
        return subject;
    };
    match rest.split_once(']') {
        Some((tag, headline))
            if tag.split_whitespace().count() <= TAG_WORDS && !headline.trim().is_empty() =>
        {
            headline.trim()
        }
        _ => subject,
    }
}

/// The newsletter's headline: a line below the header that opens with the subject and goes
/// on (`Riga's tram strike, explained: who wants what…`), else the subject.
/// Gives the title, where it came from (`email-subject`, `email-story`) and the lead story's
/// own date when it prints one.
/// A forward gives a title only by a line that opens with its subject: the forwarder's subject
/// is their own words, and the page pasted below is read as a page (`None`).
pub(super) fn title(
    lines: &[String],
    header: &Header,
) -> Option<(String, &'static str, Option<dates::ParsedDate>)> {
    let longer = lines[header.at + 1..]
        .iter()
        .take(40)
        .find(|l| l.len() > header.subject.len() && l.starts_with(&header.subject));
    if let Some(line) = longer {
        return Some((line.clone(), "email-subject", None));
    }
    if header.forwarded {
        return None;
    }
    Some(match story(lines, header) {
        Some((headline, date)) => (headline, "email-story", date),
        None => (header.subject.clone(), "email-subject", None),
    })
}

/// How many lines below the e-mail header a story's headline may stand.
const STORY_REACH: usize = 30;

/// The story a newsletter leads with, written as a page writes one: a headline, its byline
/// and its date line directly below (`Gobernación anuncia…` / `Por Diana Quintero` / `24 de
/// noviembre de 2026 - 6:00 a. m.`). Its headline and, when it is dated, its date; the issue's
/// subject and send time say less about the story.
fn story(lines: &[String], header: &Header) -> Option<(String, Option<dates::ParsedDate>)> {
    let below: Vec<usize> = (header.at + 1..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .take(STORY_REACH)
        .collect();
    let block = |headline: &String, byline: &String, next: &String| {
        let dated = dates::parse_date_clauses(next).into_iter().next();
        (super::title::is_headline(headline)
            && super::byline::byline(byline).is_some()
            && (dated.is_some() || super::agreement::is_prose(next)))
        .then(|| (headline.clone(), dated.map(|(_, d)| d)))
    };
    below
        .windows(3)
        .find_map(|w| block(&lines[w[0]], &lines[w[1]], &lines[w[2]]))
        .or_else(|| {
            // A deck (one sentence) between the headline and its byline.
            below.windows(4).find_map(|w| {
                super::lines::ends_sentence(&lines[w[1]])
                    .then(|| block(&lines[w[0]], &lines[w[2]], &lines[w[3]]))
                    .flatten()
            })
        })
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    #[test]
    fn a_subjects_tag_is_no_part_of_the_headline() {
        assert_eq!(
            super::without_tag("[PR Newswire] Kerian Cell to build a plant in Kulim"),
            "Kerian Cell to build a plant in Kulim"
        );
        assert_eq!(super::without_tag("[Clipping]"), "[Clipping]");
        assert_eq!(super::without_tag("No tag here"), "No tag here");
    }

    #[test]
    fn a_forwarded_newsletter_is_read_from_its_header() {
        let text = "FYI - thought you'd want this for Monday's meeting. The bit about the\n\
                    pension fund is new to me.\n\nTom\n\n---------- Forwarded message ---------\n\
                    From: The Baltic Brief <hello@balticbrief.news>\n\
                    Date: Thu, Sep 25, 2025 at 7:02 AM\nSubject: Riga's tram strike, explained\n\
                    To: <tom@example.lv>\n\n\
                    Riga's tram strike, explained: who wants what and why it may last\n\n\
                    Tram drivers in Riga walked out on Monday for the third time this year, \
                    leaving most of the city's east without public transport.\n";
        let article = read_text(text);
        assert_eq!(
            article.title,
            "Riga's tram strike, explained: who wants what and why it may last"
        );
        assert_eq!(article.publisher.as_deref(), Some("The Baltic Brief"));
        assert_eq!(article.published.as_deref(), Some("2025-09-25T07:02"));
    }

    #[test]
    fn a_newsletters_lead_story_gives_its_headline_and_date() {
        let text = "---------- Forwarded message ---------\n\
                    De: El Correo del Magdalena <boletin@correo.example>\n\
                    Date: mar, 24 nov 2026 a las 6:02\n\
                    Subject: Boletín de la mañana: 14 puentes para el norte\n\n\
                    Ver en el navegador\nEL CORREO DEL MAGDALENA\nBoletín de la mañana\n\n\
                    LA HISTORIA DEL DÍA\n\
                    Gobernación anuncia 14 puentes nuevos para las veredas del norte\n\
                    Por Diana Marcela Quintero\n\
                    24 de noviembre de 2026 - 6:00 a. m.\n\
                    La Gobernación anunció la construcción de 14 puentes en veredas de cinco municipios del norte.\n";
        let article = read_text(text);
        assert_eq!(
            article.title,
            "Gobernación anuncia 14 puentes nuevos para las veredas del norte"
        );
        assert_eq!(article.published.as_deref(), Some("2026-11-24T06:00"));
        assert_eq!(article.authors, ["Diana Marcela Quintero"]);
    }

    #[test]
    fn a_forward_or_a_persons_mail_names_no_publisher() {
        // The forwarder's subject, name and send time are not the story's.
        let text = "Look at this before tomorrow.\n\n\
                    Van: Pieter de Vries <pieter@example.nl>\n\
                    Datum: 14 maart 2010 11:47\nOnderwerp: Fwd: waterprijs\n\n\
                    Zuiderkoerier\nNieuws | Economie | Sport\n\
                    Boeren in Zeeland betalen een kwart meer voor water\n\
                    Door Anna Bakker\n\
                    De prijs van water voor de landbouw stijgt dit jaar met 25 procent, besloot het waterschap gisteren.\n\n\
                    © 2010 Zuiderkoerier\n";
        let article = read_text(text);
        assert_eq!(
            article.title,
            "Boeren in Zeeland betalen een kwart meer voor water"
        );
        assert_eq!(article.publisher.as_deref(), Some("Zuiderkoerier"));
        assert_eq!(super::without_forward("WG: Bericht"), ("Bericht", true));
        assert!(super::is_personal("Halima Yusuf"));
        assert!(!super::is_personal("The Baltic Brief"));
    }
}
