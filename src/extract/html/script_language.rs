//! The language of a page that declares none (old templates declare only an encoding, which a
//! saver may have changed): the stop-word guess, else the writing system when one language
//! owns it. Hangul is written only for Korean, kana only for Japanese, the Thai, Greek,
//! Georgian and Armenian alphabets for their one language each (Unicode CLDR's likely
//! subtags: `und_Hang` → `ko`, `und_Thai` → `th`…); scripts several languages share (Latin,
//! Cyrillic, Arabic, Hebrew, Han, Devanagari, Ethiopic) tell nothing on their own.

use super::cleanup::Para;

/// The scripts one language owns, as ranges of code points, with its tag.
const OWNED_SCRIPTS: &[(char, char, &str)] = &[
    ('\u{AC00}', '\u{D7AF}', "ko"),
    ('\u{1100}', '\u{11FF}', "ko"),
    ('\u{3130}', '\u{318F}', "ko"),
    ('\u{3040}', '\u{30FF}', "ja"),
    ('\u{0E00}', '\u{0E7F}', "th"),
    ('\u{0370}', '\u{03FF}', "el"),
    ('\u{10A0}', '\u{10FF}', "ka"),
    ('\u{0530}', '\u{058F}', "hy"),
];

/// Most of the letters must be in the one script: a story quoting a few words in another
/// script is still in its own language.
const MIN_SHARE_PERCENT: usize = 60;

/// The language of the story's paragraphs, or `None` when unsure.
pub fn guess(paragraphs: &[Para]) -> Option<String> {
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    crate::extract::text::guess_language_of(&texts).or_else(|| by_script(&texts))
}

fn by_script(texts: &[&str]) -> Option<String> {
    let mut letters = 0usize;
    let mut owned = vec![0usize; OWNED_SCRIPTS.len()];
    for c in texts
        .iter()
        .flat_map(|t| t.chars())
        .filter(|c| c.is_alphabetic())
    {
        letters += 1;
        if let Some(i) = OWNED_SCRIPTS
            .iter()
            .position(|(lo, hi, _)| (*lo..=*hi).contains(&c))
        {
            owned[i] += 1;
        }
    }
    // Kana share the page with Han: Japanese counts its kana, and Han letters are no other
    // language's evidence.
    let han = texts
        .iter()
        .flat_map(|t| t.chars())
        .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
        .count();
    let mut by_tag: Vec<(&str, usize)> = Vec::new();
    for ((_, _, tag), n) in OWNED_SCRIPTS.iter().zip(owned) {
        match by_tag.iter_mut().find(|(t, _)| t == tag) {
            Some((_, total)) => *total += n,
            None => by_tag.push((tag, n)),
        }
    }
    let (tag, n) = by_tag.into_iter().max_by_key(|(_, n)| *n)?;
    let counted = if tag == "ja" { n + han } else { n };
    (letters >= 20 && counted * 100 >= letters * MIN_SHARE_PERCENT).then(|| tag.to_string())
}

#[cfg(test)]
mod tests {
    use super::by_script;

    #[test]
    fn a_script_one_language_owns_names_it() {
        let ko = ["광주 서구 양동시장 상인들이 시장 주차장 증축을 요구하고 나섰다."];
        assert_eq!(by_script(&ko).as_deref(), Some("ko"));
        let th = ["ชาวสวนลำไยในอำเภอสันป่าตองรวมตัวกันที่หน้าที่ว่าการอำเภอ"];
        assert_eq!(by_script(&th).as_deref(), Some("th"));
        let ja = ["市議会は十四日、駅前広場の再整備計画を賛成多数で可決した。"];
        assert_eq!(by_script(&ja).as_deref(), Some("ja"));
    }

    #[test]
    fn shared_scripts_and_a_few_quoted_words_name_none() {
        assert_eq!(
            by_script(&["市议会十四日以多数票通过了车站广场的改造计划。"]),
            None
        );
        assert_eq!(
            by_script(&["Встреча прошла в мэрии во вторник, сообщили организаторы."]),
            None
        );
        let mixed =
            ["The stall owners at Yangdong market, 양동시장, asked the city for more parking."];
        assert_eq!(by_script(&mixed), None);
    }
}
