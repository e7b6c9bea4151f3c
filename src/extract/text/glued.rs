//! A section name glued to the headline, as whole-page copies join a kicker's link and the
//! headline's text (`NewsPunta Gorda Isles…`, `WorldEuropeDanube…`, `KOMUNIKACJATramwaj…`).

/// `NewsPunta Gorda Isles…`: a section name glued to the first word of a headline, when the
/// prefix is a known section name, or when the file uses the rest of the word on its own and
/// never the glued word (`VaudLausanne…`, and `Lausanne` in the text; `BlackRock` is written
/// whole everywhere).
/// Nested sections glue too (`WorldEuropeDanube…`): the innermost is the category. A section in
/// capitals glued to a capitalised word (`KOMUNIKACJATramwaj…`) is split the same way.
pub(super) fn glued_section(line: &str, all: &[String]) -> Option<(String, String)> {
    let (mut section, mut rest) = glued_once(line, all, false)?;
    // Once one section came off, another glued inside the same word is one too.
    while let Some((inner, after)) = glued_once(&rest, all, true) {
        (section, rest) = (inner, after);
    }
    Some((section, rest))
}

fn glued_once(line: &str, all: &[String], nested: bool) -> Option<(String, String)> {
    if let Some(split) = glued_capitals(line) {
        return Some(split);
    }
    let first_word = line.split(' ').next()?;
    let chars: Vec<(usize, char)> = first_word.char_indices().collect();
    for w in chars.windows(2).skip(2) {
        let ((_, before), (at, c)) = (w[0], w[1]);
        if before.is_lowercase() && c.is_uppercase() {
            let section = &line[..at];
            let rest = &line[at..];
            let rest_ok = rest.chars().nth(1).is_some_and(char::is_lowercase);
            let known = crate::extract::lexicon::is_section_name(&section.to_lowercase());
            if rest_ok && (nested || known || used_apart(first_word, &first_word[at..], all)) {
                return Some((section.to_string(), rest.to_string()));
            }
            return None;
        }
    }
    None
}

/// A kicker in capitals (a word or a few, hyphens allowed) glued to a capitalised word:
/// `KOMUNIKACJATramwaj…`, `JUST NUBrand i…`, `KRANKENHAUS-CHAOSPatienten warten…`. Four or more
/// capitals, then the glued word of three letters or more: no word is written so (`UNESCOs`
/// keeps its `s`).
fn glued_capitals(line: &str) -> Option<(String, String)> {
    let chars: Vec<(usize, char)> = line.char_indices().take(48).collect();
    let run = chars
        .iter()
        .take_while(|(_, c)| c.is_uppercase() || matches!(c, ' ' | '-'))
        .count();
    if run < 2 || !chars.get(run).is_some_and(|(_, c)| c.is_lowercase()) {
        return None;
    }
    let ((at, last), (_, before)) = (chars[run - 1], chars[run - 2]);
    let caps = chars[..run - 1]
        .iter()
        .filter(|(_, c)| c.is_uppercase())
        .count();
    let word = line[at..].chars().take_while(|c| c.is_alphabetic()).count();
    (last.is_uppercase() && before.is_uppercase() && caps >= 4 && word >= 3)
        .then(|| (line[..at].to_string(), line[at..].to_string()))
}

/// Whether the file writes `part` as a word of its own and `glued` nowhere but once.
fn used_apart(glued: &str, part: &str, all: &[String]) -> bool {
    let words = |w: &str| {
        all.iter()
            .flat_map(|l| l.split(|c: char| !c.is_alphanumeric()))
            .filter(|x| *x == w)
            .count()
    };
    part.chars().count() >= 3 && words(glued) <= 1 && words(part) >= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kicker_in_capitals_glued_to_the_headline() {
        assert_eq!(
            glued_section("JUST NUBrand i flerfamiljshus i Gävle", &[]),
            Some(("JUST NU".into(), "Brand i flerfamiljshus i Gävle".into()))
        );
        assert_eq!(
            glued_section("KRANKENHAUS-CHAOSPatienten warten 14 Stunden", &[]),
            Some((
                "KRANKENHAUS-CHAOS".into(),
                "Patienten warten 14 Stunden".into()
            ))
        );
        assert_eq!(glued_section("UNESCOs Welterbe wächst", &[]), None);
        assert_eq!(glued_section("NASA Launches new probe", &[]), None);
    }

    #[test]
    fn glued_sections_need_a_known_section_name() {
        let text: Vec<String> = [
            "VaudLausanne veut fermer l'avenue",
            "",
            "À Lausanne, la ville…",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            glued_section(&text[0], &text),
            Some(("Vaud".into(), "Lausanne veut fermer l'avenue".into()))
        );
        let text: Vec<String> = ["BlackRock profits rise", "BlackRock said on Monday"]
            .map(String::from)
            .to_vec();
        assert_eq!(glued_section(&text[0], &text), None);
        assert_eq!(
            glued_section("NewsPunta Gorda Isles residents fight plan", &[]),
            Some((
                "News".into(),
                "Punta Gorda Isles residents fight plan".into()
            ))
        );
        assert_eq!(glued_section("BlackRock profits rise", &[]), None);
        assert_eq!(
            glued_section("WorldEuropeDanube ferry operators halt crossings", &[]),
            Some((
                "Europe".into(),
                "Danube ferry operators halt crossings".into()
            ))
        );
        assert_eq!(
            glued_section("KOMUNIKACJATramwaj na Naramowice pojedzie w 2027 roku", &[]),
            Some((
                "KOMUNIKACJA".into(),
                "Tramwaj na Naramowice pojedzie w 2027 roku".into()
            ))
        );
        assert_eq!(glued_section("NASA launches probe", &[]), None);
        assert_eq!(glued_section("McDonald's opens in Kyiv", &[]), None);
    }
}
