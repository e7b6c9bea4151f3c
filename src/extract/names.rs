//! Person names as bylines write them: normal case for names in capitals, organisations told
//! apart from people, post-nominal letters and unbalanced parentheses dropped. Shared by the
//! plain-text and the HTML readers.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

static ORGANISATION_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../assets/lexicon/organisation-words.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Endings of organisations' names written without spaces (`assets/lexicon/organisation-suffixes.txt`).
static ORGANISATION_SUFFIXES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("../../assets/lexicon/organisation-suffixes.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// `JANE DOE` as `Jane Doe`; names already in mixed case, and initials, are kept as written.
pub fn normal_case(name: &str) -> String {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 4 || letters.iter().any(|c| c.is_lowercase()) {
        return name.to_string();
    }
    name.split(' ')
        .map(|word| {
            let mut out = String::with_capacity(word.len());
            let mut start = true;
            for c in word.chars() {
                if start {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                // `O'BRIEN` → `O'Brien`, `SMITH-JONES` → `Smith-Jones`.
                start = matches!(c, '-' | '\'' | '’');
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `word` is one of the words that make a name an organisation's (`Rédaction`,
/// `Staff`, `News`).
pub fn is_organisation_word(word: &str) -> bool {
    let lower = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    ORGANISATION_WORDS.contains(lower.as_str())
}

/// Whether a byline name is an organisation: a word such as `News`, `Press` or `Contributors`
/// (`assets/lexicon/organisation-words.txt`), or an agency's initials (`AFP`, `dpa`).
pub fn is_organisation(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() == 1 {
        let w = words[0];
        // A paper, broadcaster or agency whose name is written without spaces (`한빛일보`,
        // `北陸中央テレビ`): a person's name there is two to four characters and has no such end.
        if w.chars().count() >= 3
            && ORGANISATION_SUFFIXES.iter().any(|s| {
                // A desk's whole name (`報道部`) is one too; a two-character ending alone
                // (`新聞`) is not.
                let (name, end) = (w.chars().count(), s.chars().count());
                w.ends_with(s) && (name > end || end >= 3)
            })
        {
            return true;
        }
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        // Initials of an agency: `AFP`, `AP`, `PAP`, `dpa`, `ANSA`.
        return (2..=5).contains(&letters)
            && (w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                || w.chars().all(|c| c.is_lowercase()));
    }
    words.iter().any(|w| {
        let lower = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        ORGANISATION_WORDS.contains(lower.as_str())
    })
}

/// A name without what follows an unbalanced `(` (`Martin Untersinger (avec Damien Leloup`) and
/// without trailing degrees (`Brenda Goodman, MA`, `Jane Roe PhD`).
pub fn tidy(name: &str) -> String {
    let mut name = name.trim();
    let opens = name.matches('(').count();
    let closes = name.matches(')').count();
    if opens != closes {
        if let Some(at) = name.find('(') {
            name = name[..at].trim();
        }
    }
    loop {
        let before = name;
        if let Some((head, last)) = name.rsplit_once([' ', ',']) {
            if is_post_nominal(last) {
                name = head.trim_end_matches([',', ' ']);
            }
        }
        if name == before {
            break;
        }
    }
    name.trim_end_matches([',', ';', ' ']).to_string()
}

/// Degrees and post-nominal letters: `MA`, `MD`, `PhD`, `M.D.`, `RN`, `MBA`, `Jr.` is kept.
fn is_post_nominal(word: &str) -> bool {
    let bare: String = word.chars().filter(|c| *c != '.').collect();
    matches!(
        bare.as_str(),
        "MA" | "MD"
            | "PhD"
            | "MBA"
            | "RN"
            | "MS"
            | "MSc"
            | "BSc"
            | "BA"
            | "DDS"
            | "MPH"
            | "DO"
            | "JD"
            | "FACP"
            | "FRCP"
            | "CFA"
            | "CPA"
            | "LLB"
            | "LLM"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_become_normal_case() {
        assert_eq!(normal_case("NATALIYA VASILYEVA"), "Nataliya Vasilyeva");
        assert_eq!(normal_case("SEAN O'BRIEN-SMITH"), "Sean O'Brien-Smith");
        assert_eq!(normal_case("Jane McDonald"), "Jane McDonald");
        assert_eq!(normal_case("J. R."), "J. R.");
    }

    #[test]
    fn organisations() {
        assert!(is_organisation("BBC News"));
        assert!(is_organisation("Contributors to Wikimedia projects"));
        assert!(is_organisation("AFP"));
        assert!(is_organisation("Associated Press"));
        assert!(!is_organisation("Jane Doe"));
        assert!(!is_organisation("Sébastien Farcis"));
    }

    #[test]
    fn papers_and_broadcasters_written_without_spaces_are_organisations() {
        assert!(is_organisation("北陸中央テレビ"));
        assert!(is_organisation("한빛일보"));
        assert!(is_organisation("证券时报"));
        assert!(!is_organisation("김서연"));
        assert!(!is_organisation("佐藤美咲"));
        // The ending alone is a word, not a name.
        assert!(!is_organisation("뉴스"));
    }

    #[test]
    fn a_desk_signing_a_story_is_no_person() {
        assert!(is_organisation("報道部"));
        assert!(is_organisation("北陸中央新聞社会部"));
        assert!(is_organisation("编辑部"));
        assert!(!is_organisation("長谷川"));
    }

    #[test]
    fn tidy_names() {
        assert_eq!(
            tidy("Martin Untersinger (avec Damien Leloup"),
            "Martin Untersinger"
        );
        assert_eq!(tidy("Brenda Goodman, MA"), "Brenda Goodman");
        assert_eq!(
            tidy("Bruno (Henrique Zecchin) Rodrigues"),
            "Bruno (Henrique Zecchin) Rodrigues"
        );
    }
}
