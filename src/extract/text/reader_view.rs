//! A reader view's copy (Firefox's, Safari's, an app's): the site's name on the first line, the
//! headline on the second, then the byline, the date and how long the story takes to read
//! (`4–5 minutes`, `۵–۶ دقیقه`, `6 min read`). The reading time is the tool's signature: with it,
//! a short name over a longer headline at the top of the copy is the site, not a kicker or the
//! title.

use super::{Found, Role, line_shapes};
use crate::extract::lexicon;

/// How many non-empty lines from the top may hold the reading time.
const REACH: usize = 7;

/// The headline below a reader view's site line, and the site's name; `title` and no site
/// otherwise. The first line's role (a kicker's or the title's) is undone.
pub(super) fn site_over_headline(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
    title: String,
    site: Option<String>,
) -> (String, Option<String>) {
    if site.is_some() {
        return (title, site);
    }
    let top: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .take(REACH)
        .collect();
    let [first, next, ..] = top[..] else {
        return (title, None);
    };
    let (name, headline) = (lines[first].trim(), lines[next].trim());
    // Any length of time (`약 4분`, `Čas branja: 4 min`) right under the headline; the tool's
    // own forms anywhere near the top.
    let timed = top[2..]
        .iter()
        .copied()
        .find(|&i| is_reading_time(&lines[i]))
        .or_else(|| {
            top.get(2)
                .copied()
                .filter(|&i| is_labelled_duration(&lines[i]))
        });
    if timed.is_none()
        || !is_site_shaped(name)
        || !line_shapes::is_headline(headline)
        || headline.split_whitespace().count() <= name.split_whitespace().count()
        || line_shapes::is_metadata_line(headline)
    {
        return (title, None);
    }
    if found.category.as_deref() == Some(name) {
        found.category = None;
        found.provenance.remove("category");
    }
    for role in roles.iter_mut().filter(|r| **r == Role::Title) {
        *role = Role::Content;
    }
    roles[first] = Role::Dropped;
    roles[next] = Role::Title;
    // The tool's reading time is no text (`6 min read` stood as a paragraph).
    if let Some(at) = timed {
        roles[at] = Role::Dropped;
    }
    (headline.to_string(), Some(name.to_string()))
}

/// A name of one to five words: no digits, no sentence, no web address, no section's or menu's
/// words (`Markets` over the headline is its section).
fn is_site_shaped(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=5).contains(&words)
        && line.chars().count() <= 48
        && !line.chars().any(char::is_numeric)
        && !line.contains(['.', ':', '|', '/', '@'])
        && !super::lines::ends_sentence(line)
        && !super::self_names::is_navigation(line)
        && !line_shapes::is_metadata_line(line)
}

/// `6 min read`, `Lesezeit: 3 Min.` (the reading-time phrases), or a reader view's range of
/// minutes in any language and digits (`4–5 minutes`, `۵–۶ دقیقه`, `3-4 minutos`).
fn is_reading_time(line: &str) -> bool {
    let line = line.trim();
    if line.split_whitespace().count() > 6 || !line.chars().any(char::is_numeric) {
        return false;
    }
    let lower = line.to_lowercase();
    if lexicon::reading_time_phrases()
        .iter()
        .any(|p| lower.contains(p))
    {
        return true;
    }
    // A range: digits, a dash, digits, then one or two words of letters.
    let Some((low, rest)) = line.split_once(['–', '-', '~', '～']) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(char::is_numeric);
    let high: String = rest.chars().take_while(|c| c.is_numeric()).collect();
    let unit = rest[high.len()..].trim();
    digits(low.trim())
        && digits(&high)
        && (1..=2).contains(&unit.split_whitespace().count())
        && unit
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
}

/// `약 4분` ("about 4 min"), `Čas branja: 4 min`: a length of time in any language (CLDR's
/// duration patterns) after at most three words without digits.
fn is_labelled_duration(line: &str) -> bool {
    let words: Vec<&str> = line.split([' ', ':']).filter(|w| !w.is_empty()).collect();
    let n = words.len();
    let lead = |k: usize| k <= 3 && words[..k].iter().all(|w| !w.chars().any(char::is_numeric));
    (n >= 1 && lexicon::is_duration(words[n - 1]) && lead(n - 1))
        || (n >= 2 && lexicon::is_duration(&words[n - 2..].join(" ")) && lead(n - 2))
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    const STORY: &str = "Galway City Council set itself a target of 1,300 new homes this year, and \
                         by the end of October 612 had been completed.\n\
                         Every year the gap is explained differently: construction costs, water \
                         connections, planning objections.\n";

    #[test]
    fn a_length_of_time_in_any_language_right_under_the_headline_signs_a_reader_view() {
        for time in ["약 4분", "Čas branja: 4 min"] {
            let a = read_text(&format!(
                "Kulturni utrip\nTiho jezero: film, ki se ne boji dolgih tišin\n{time}\n\
                 Nina Vidmar\n24. 11. 2026 ob 19.30\n{STORY}"
            ));
            assert_eq!(a.publisher.as_deref(), Some("Kulturni utrip"), "{time}");
            assert_eq!(a.category, None, "{time}");
        }
        // Lower down, under a byline, it signs nothing: the first line is the section.
        let a = read_text(&format!(
            "Aймақ\nTiho jezero: film, ki se ne boji dolgih tišin\nNina Vidmar\n약 4분\n{STORY}"
        ));
        assert_eq!(a.publisher, None);
    }

    #[test]
    fn a_reader_views_site_line_is_the_publisher() {
        let a = read_text(&format!(
            "The Western Brief\nWhy Galway's housing targets keep slipping\n\
             Aoife Costello\nNov 24, 2026\n6 min read\n{STORY}"
        ));
        assert_eq!(a.title, "Why Galway's housing targets keep slipping");
        assert_eq!(a.publisher.as_deref(), Some("The Western Brief"));
        assert_eq!(a.category, None);
        assert!(!a.body.contains("6 min read"), "{}", a.body);
        let a = read_text(&format!(
            "آوای جهان فارسی\nبنزین سه‌نرخی از دی ماه؛ سهمیه خودروهای شخصی کاهش می‌یابد\n\
             ۵–۶ دقیقه\nمریم صالحی\n۳ آذر ۱۴۰۵\n\n{STORY}"
        ));
        assert_eq!(a.publisher.as_deref(), Some("آوای جهان فارسی"));
        assert_eq!(
            a.title,
            "بنزین سه‌نرخی از دی ماه؛ سهمیه خودروهای شخصی کاهش می‌یابد"
        );
    }

    #[test]
    fn a_section_over_the_headline_or_no_reading_time_is_no_site() {
        let a = read_text(&format!(
            "Markets\nRand firms as Reserve Bank signals a pause in rate hikes\n\
             Written by Thabo Nkosi\n3 min read\n{STORY}"
        ));
        assert_eq!(a.publisher, None);
        assert_eq!(a.category.as_deref(), Some("Markets"));
        let a = read_text(&format!(
            "The Western Brief\nWhy Galway's housing targets keep slipping\n\
             Aoife Costello\nNov 24, 2026\n{STORY}"
        ));
        assert_ne!(a.publisher.as_deref(), Some("The Western Brief"));
    }
}
