//! The publication's name in a page's footer, written the ways sites write it besides a `©`
//! line: before the mark (`Zprávy Vltava © 2024 Vltava Media a.s.`), before the company's legal
//! name or registration (`NRK – Norsk rikskringkasting AS`, `Il Corriere del Tirreno - P.IVA
//! 01234560497`), and the company's name without its corporate words (`Fenland Gazette Media
//! Ltd` is `Fenland Gazette`). Short footer links (`Impressum · Datenschutz · AGB`) sit between
//! these lines and are passed over.

use crate::extract::lexicon::word_list;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

static REGISTRATION: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut marks: Vec<&str> = word_list(include_str!(
        "../../../assets/lexicon/registration-marks.txt"
    ))
    .into_iter()
    .collect();
    marks.sort_by_key(|m| std::cmp::Reverse(m.len()));
    marks
});
static CORPORATE: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../assets/lexicon/corporate-words.txt")));

/// Whether a lower-cased word ends a company's name but not its publication's (`Media`).
pub(super) fn is_corporate_word(lower: &str) -> bool {
    CORPORATE.contains(lower)
}

const SEPARATORS: [&str; 5] = [" – ", " — ", " - ", " | ", " · "];

/// A publication's name as a footer prints it: one to five words, capitalised, no sentence.
fn name_shaped(name: &str) -> bool {
    let words = name.split_whitespace().count();
    let lower = name.to_lowercase();
    (1..=5).contains(&words)
        && !name.chars().any(|c| c.is_ascii_digit())
        && !REGISTRATION.iter().any(|mark| lower.starts_with(mark))
        // A capital, or a letter of a script without case (`香江日報`).
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase())
        && !name.ends_with(['.', '!', '?', ':'])
        && name.chars().count() <= 60
}

/// `Zprávy Vltava © 2024 Vltava Media a.s. …`: the brand printed before the mark.
pub(super) fn brand_before_mark(line: &str) -> Option<String> {
    let (name, _) = line.split_once('©')?;
    let name = name.trim().trim_end_matches(['-', '–', '|', '·']).trim();
    // `香江日報版權所有 © 2012 …` ("all rights reserved" glued on): the brand before the phrase.
    let name = super::rights::strip_rights_phrases(name);
    // `Foto © Anna Keller` credits a picture; `Copyright © X` is the mark written twice.
    let credit = name.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches(':').to_lowercase();
        crate::extract::lexicon::is_non_writing_role(&w) || w == "copyright" || w == "(c)"
    });
    // `TheMeridianReview.com © 2025 The Meridian Review Company`: a web address before the
    // mark is the site's address; the owner after it names the publication.
    let address = super::rights::is_web_address(name);
    (name_shaped(name) && !credit && !address && !super::rights::says_rights_reserved(name))
        .then(|| name.to_string())
}

/// `Northern Standard` from the copyright line, where the copy's masthead or text writes `The
/// Northern Standard`: the name as the publication writes it, article included. The text must
/// write it so more than once, or on a line of its own (a masthead).
pub(super) fn with_article(publisher: &str, lines: &[String]) -> Option<String> {
    if publisher.to_lowercase().starts_with("the ") || publisher.contains('.') {
        return None;
    }
    let wanted = format!("the {}", publisher.to_lowercase());
    let mut seen = 0;
    for line in lines {
        let lower = line.to_lowercase();
        if lower.trim() == wanted || lower.split(" | ").any(|part| part.trim() == wanted) {
            seen += 2;
        } else if let Some(at) = lower.find(&wanted) {
            // `the Harbourline app`: the article belongs to the noun after the name.
            let next = line[at + wanted.len()..].trim_start().chars().next();
            if !next.is_some_and(char::is_lowercase) {
                seen += 1;
            }
        }
        if seen >= 2 {
            return Some(format!("The {publisher}"));
        }
    }
    None
}

/// `NRK – Norsk rikskringkasting AS`, `Il Corriere del Tirreno - P.IVA 01234560497`: the name
/// before a separator when the rest is the company's legal name or registration.
pub(super) fn name_before_company(line: &str) -> Option<String> {
    if line.chars().count() > 120 || line.contains('©') {
        return None;
    }
    let (name, rest) = SEPARATORS.iter().find_map(|sep| line.split_once(sep))?;
    let (name, rest) = (name.trim(), rest.trim());
    let lower = rest.to_lowercase();
    let registration = REGISTRATION.iter().any(|mark| {
        lower
            .strip_prefix(mark)
            .is_some_and(|after| after.is_empty() || after.starts_with([' ', ':', '.', '#']))
    });
    let legal = super::rights::strip_legal_form(rest).len() < rest.len();
    (name_shaped(name) && (registration || legal)).then(|| name.to_string())
}

/// A company's name without its corporate words at the end (`Fenland Gazette Media` gives
/// `Fenland Gazette`), when at least one word is left.
pub(super) fn without_corporate_words(name: &str) -> &str {
    let mut name = name.trim();
    // `东岸日报社`: a paper's company is the paper's name and 社.
    if let Some(head) = name.strip_suffix('社') {
        if head.ends_with(['报', '報', '聞', '闻', '刊']) {
            return head;
        }
    }
    while let Some((head, last)) = name.rsplit_once(' ') {
        // `Albion News & Media`: the word after `&` is the name's, not a corporate word.
        if !CORPORATE.contains(last.to_lowercase().as_str()) || head.ends_with(['&', '+']) {
            break;
        }
        name = head.trim_end_matches([',', ' ']);
    }
    name
}

/// A footer link row or a short label line (`Impressum · Datenschutz · AGB`, `Del artikkelen`,
/// `Ansvarlig redaktør: Vibeke Fürst Haugen`): no sentence, a few words.
pub(super) fn is_footer_furniture(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let links = line.contains(" · ") || line.contains(" | ") || line.contains(" • ");
    (1..=8).contains(&words) && !super::lines::ends_sentence(line) && (links || words <= 5)
}

#[cfg(test)]
mod tests {
    use super::super::read_text;
    use super::*;

    #[test]
    fn footer_names() {
        assert_eq!(
            brand_before_mark(
                "Zprávy Vltava © 2024 Vltava Media a.s. Jakékoliv užití je zakázáno."
            )
            .as_deref(),
            Some("Zprávy Vltava")
        );
        assert_eq!(
            name_before_company("NRK – Norsk rikskringkasting AS").as_deref(),
            Some("NRK")
        );
        assert_eq!(
            name_before_company("Il Corriere del Tirreno - P.IVA 01234560497").as_deref(),
            Some("Il Corriere del Tirreno")
        );
        assert_eq!(name_before_company("Prices rise - markets fall"), None);
        assert_eq!(
            name_before_company("P.IVA 01234567890 – Editrice Adriatica S.p.A."),
            None
        );
        assert_eq!(
            without_corporate_words("Fenland Gazette Media"),
            "Fenland Gazette"
        );
        assert_eq!(without_corporate_words("Media"), "Media");
        assert_eq!(without_corporate_words("东岸日报社"), "东岸日报");
        assert_eq!(
            without_corporate_words("Albion News & Media"),
            "Albion News & Media"
        );
        assert_eq!(brand_before_mark("Copyright © The Hokko Shimbun."), None);
    }

    #[test]
    fn the_publication_keeps_its_article_where_the_copy_writes_it() {
        let lines = |text: &str| text.lines().map(str::to_string).collect::<Vec<_>>();
        let page = lines(
            "The Northern Standard\nCorrections\n\nWrite to The Northern Standard, 1 Wharf St.",
        );
        assert_eq!(
            with_article("Northern Standard", &page).as_deref(),
            Some("The Northern Standard")
        );
        // `the Harbourline app`: the article is the app's.
        let page =
            lines("Download the Harbourline app.\nShared from the Harbourline app: https://x.sg");
        assert_eq!(with_article("Harbourline", &page), None);
    }

    #[test]
    fn the_publisher_is_read_past_footer_links() {
        let text = "Brücke bleibt gesperrt\n\nDie Brücke über den Rhein bleibt bis zum Sommer \
                    gesperrt, teilte die Stadt am Montag mit.\n\nQuelle: dpa\n\n\
                    © Rheinischer Bote 2024\nImpressum · Datenschutz · AGB\n";
        assert_eq!(
            read_text(text).publisher.as_deref(),
            Some("Rheinischer Bote")
        );
        let text = "Flood barrier switched on\n\nThe new tidal barrier was tested in front of \
                    around 200 residents on Saturday.\n\n\
                    © Fenland Gazette Media Ltd 2024. Registered in England No. 04821193.\n";
        assert_eq!(
            read_text(text).publisher.as_deref(),
            Some("Fenland Gazette")
        );
    }
}
