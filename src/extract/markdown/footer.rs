//! The newsroom's closing line under a converted or generated post: `*The Fundy Shore Dispatch
//! is a non-profit newsroom …*`, `*この記事は「くまもと地域ニュース」が配信しています。*`,
//! `© «Пермский вестник», 2016.`, `This analysis was first published by The Nairobi Ledger.`
//! Site generators and converters keep the site's footer line as the post's last paragraph; a
//! name in it is the publisher when the name is marked as one: put in quotation marks, made of
//! a word newspapers' names are made of, or spelled by the host of an address in the file.

use super::logo::{host, letters, letters_of_label};
use super::origin::spells;
use crate::extract::lexicon;

/// A footer line is short; a story's last paragraph that quotes someone is longer.
const MAX_FOOTER_CHARS: usize = 300;
/// A publication's name is a few words.
const MAX_NAME_WORDS: usize = 6;

/// Quotation marks a name may stand in, opening and closing.
const QUOTES: [(char, char); 5] = [
    ('«', '»'),
    ('「', '」'),
    ('『', '』'),
    ('“', '”'),
    ('"', '"'),
];

/// The publisher the last paragraph of `content` names (`file`, the whole file with its
/// metadata, gives the addresses). The paragraph must be set apart as a footer: under a rule
/// (`---`, `* * *`), in emphasis or in `<small>`.
pub(super) fn publisher(last: &str, content: &str, file: &str) -> Option<String> {
    if last.chars().count() > MAX_FOOTER_CHARS || !ends_with_footer(content) {
        return None;
    }
    quoted_name(last).or_else(|| marked_name(last, file))
}

/// Whether the file's last line is set apart as a footer.
fn ends_with_footer(file: &str) -> bool {
    let mut lines = file.lines().map(str::trim).filter(|l| !l.is_empty()).rev();
    let Some(last) = lines.next() else {
        return false;
    };
    let rule = |l: &str| {
        let marks: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        marks.len() >= 3
            && ["-", "*", "_"]
                .iter()
                .any(|m| marks.chars().all(|c| c.to_string() == *m))
    };
    let emphasised = ["*", "_"]
        .iter()
        .any(|m| last.starts_with(m) && last.ends_with(m) && last.len() > 2);
    emphasised || last.starts_with("<small>") || lines.next().is_some_and(rule)
}

/// The one name in quotation marks (`«Пермский вестник»`).
fn quoted_name(line: &str) -> Option<String> {
    let mut names = QUOTES.iter().filter_map(|&(open, close)| {
        let (_, rest) = line.split_once(open)?;
        let (name, _) = rest.split_once(close)?;
        let name = name.trim();
        let words = name.split_whitespace().count();
        let shaped = (1..=MAX_NAME_WORDS).contains(&words)
            && !name.ends_with(['.', '!', '?', '。', ','])
            && !name.chars().any(|c| c.is_ascii_digit())
            && name.chars().next().is_some_and(|c| !c.is_lowercase());
        shaped.then(|| name.to_string())
    });
    let name = names.next()?;
    names.next().is_none().then_some(name)
}

/// A run of capitalised words (`The Makana Monitor`, `The Manila Beacon's`) holding a
/// masthead word or spelled by one of the file's web addresses.
fn marked_name(line: &str, file: &str) -> Option<String> {
    let labels: Vec<String> = file
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '"' | '\'')
        })
        .filter(|w| w.starts_with("http"))
        .filter_map(host)
        .flat_map(|h| {
            h.split(['.', '-'])
                .map(letters_of_label)
                .collect::<Vec<_>>()
        })
        .collect();
    let raw: Vec<&str> = line.split_whitespace().collect();
    let words: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut i = 0;
    while i < words.len() {
        let start = i;
        while i < words.len() && capital(words[i]) && !words[i].contains("'s") {
            i += 1;
            // A name ends with its sentence or clause (`… The Nairobi Ledger. Data and code`).
            if raw[i - 1].ends_with(['.', ',', ':', ';', '!', '?']) {
                break;
            }
        }
        // A possessive ends the name (`The Manila Beacon's`).
        let possessive = words
            .get(i)
            .is_some_and(|w| capital(w) && w.ends_with("'s"));
        let end = if possessive { i + 1 } else { i };
        let run: Vec<&str> = words[start..end]
            .iter()
            .map(|w| w.trim_end_matches("'s"))
            .collect();
        if (2..=MAX_NAME_WORDS).contains(&run.len()) {
            let name = run.join(" ");
            let masthead = run
                .iter()
                .any(|w| lexicon::is_masthead_word(&lexicon::lower(w)));
            let name_letters = letters(&name);
            let spelled = labels.iter().any(|l| spells(&name_letters, l));
            if (masthead || spelled) && !lexicon::is_news_agency(&name) {
                return Some(name);
            }
        }
        i = end.max(start + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_footer_line_names_the_newsroom() {
        let line = "この記事は「みなと地域ニュース」が配信しています。";
        let file = format!("本文。\n\n---\n\n*{line}*\n");
        assert_eq!(
            publisher(line, &file, &file).as_deref(),
            Some("みなと地域ニュース")
        );
        // The same line as the story's last paragraph, not set apart, is no footer.
        assert_eq!(publisher(line, line, line), None);
        let line = "This analysis was first published by The Harbour Ledger.";
        assert_eq!(
            publisher(line, &format!("---\n{line}"), line).as_deref(),
            Some("The Harbour Ledger")
        );
        let line = "The Karoo Monitor is a reader-funded newsroom.";
        let file = format!("---\nimage: \"https://karoomonitor.co.za/a.jpg\"\n---\n\n_{line}_");
        assert_eq!(
            publisher(line, &format!("_{line}_"), &file).as_deref(),
            Some("The Karoo Monitor")
        );
        // A writer's bio names no newsroom; nor do two quoted names.
        let bio = "Ann Lee is a freelance reporter in Durban.";
        assert_eq!(publisher(bio, &format!("---\n{bio}"), bio), None);
        let quotes = "He called it “a disaster” and “a shame”.";
        assert_eq!(publisher(quotes, &format!("---\n{quotes}"), quotes), None);
    }
}
