//! Whether the headline printed on the page spells out a shorter title the page declares: an
//! SEO or sharing title (Yoast's and Rank Math's `<title>`, og:title and JSON-LD headline) is
//! often the printed headline cut down (`Rideau Canal Skateway opens after late freeze` for
//! `Ottawa's Rideau Canal Skateway opens for the season after late freeze`).
//! And a kicker opening the `<h1>` is no part of the headline.

use super::dom::Dom;
use crate::extract::lexicon::word_list;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Share of the declared title's letter trigrams the printed headline must hold.
const COVERED: f64 = 0.6;

/// Whether `printed` is longer than `declared` and holds most of its words' letter trigrams
/// (trigrams rather than words: inflected forms such as `diametr` and `diametru` still share
/// most of theirs, and scripts written without spaces are covered too).
pub fn spells_out(printed: &str, declared: &str) -> bool {
    if printed.chars().count() <= declared.chars().count() {
        return false;
    }
    let (have, want) = (trigrams(printed), trigrams(declared));
    // A title of a word or two (`A title`) is too short to say what it was cut from.
    if want.len() < 8 {
        return false;
    }
    let covered = want.iter().filter(|g| have.contains(*g)).count();
    covered as f64 >= COVERED * want.len() as f64
}

/// Whether `declared` is `printed` with words cut out: every word of it, in order, is a word
/// of the longer printed headline (`2,000 street trees to be planted this winter` for
/// `2,000 street trees to be planted across Northmere this winter`). Stricter than
/// [`spells_out`]: a title with a word of its own (`Hello there` for `But the final text here
/// is different`) was written apart from the headline, not cut from it.
pub fn is_cut_from(printed: &str, declared: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (have, want) = (words(printed), words(declared));
    // Four words at least: a shorter title may be a page's or section's name.
    if want.len() < 4 || want.len() >= have.len() {
        return false;
    }
    let mut rest = have.iter();
    want.iter().all(|w| rest.any(|h| h == w))
}

/// Class parts of a kicker inside an `<h1>` (`assets/lexicon/kicker-classes.txt`).
static KICKER_CLASSES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../assets/lexicon/kicker-classes.txt")));

/// The text of heading `id` without a kicker element opening it (`<span class="ds-kicker">`).
pub fn without_kicker(page: &Dom, id: usize) -> String {
    let text = page.text(id);
    let first = page.nodes[id].children.iter().copied().find(|&c| {
        let n = &page.nodes[c];
        !n.tag.is_empty() || !n.text.trim().is_empty()
    });
    let kicker = first.filter(|&c| {
        page.nodes[c].attr("class").is_some_and(|class| {
            class
                .to_ascii_lowercase()
                .split(|ch: char| ch.is_whitespace() || ch == '-' || ch == '_')
                .any(|part| KICKER_CLASSES.contains(part))
                || is_label(page, c, &text)
        })
    });
    match kicker.map(|k| page.text(k)) {
        Some(k) if !k.is_empty() => text
            .strip_prefix(k.as_str())
            .map(str::trim)
            .filter(|rest| !rest.is_empty())
            .map_or(text.clone(), str::to_string),
        _ => text,
    }
}

/// Whether element `c`, opening a heading whose whole text is `text`, is a label set apart by
/// its own class (`<span class="live">LIVE</span>`, `<span class="topic">Helse Nord:</span>`)
/// whatever the class is named: one to three words before a headline of its own (four words
/// or more). Every such element in the html-shapes sets is a kicker or a badge. Not a link: a
/// classed link opening a headline may be a name in it.
fn is_label(page: &Dom, c: usize, text: &str) -> bool {
    if page.nodes[c].tag == "a" {
        return false;
    }
    let label = page.text(c);
    let words = label.split_whitespace().count();
    let rest = text.strip_prefix(label.as_str()).map(str::trim);
    (1..=3).contains(&words)
        && label.chars().count() <= 24
        && rest.is_some_and(|r| r.split_whitespace().count() >= 4)
}

/// The lower-cased letter and digit trigrams of each word; a word shorter than three is one
/// gram of its own.
fn trigrams(text: &str) -> FxHashSet<String> {
    let lower = text.to_lowercase();
    let mut out = FxHashSet::default();
    for word in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 3 {
            out.insert(word.to_string());
        } else {
            out.extend(chars.windows(3).map(|w| w.iter().collect::<String>()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kicker_opening_the_h1_is_no_part_of_the_headline() {
        let page = Dom::parse(
            "<h1 class=\"title\"><span class=\"ds-kicker\">Enquête</span> Dans l’estuaire</h1>",
        );
        assert_eq!(
            without_kicker(&page, page.find("h1").expect("h1")),
            "Dans l’estuaire"
        );
        let page = Dom::parse(
            "<h1><span class=\"live-badge\">Live</span> Island-wide water outage: updates</h1>",
        );
        assert_eq!(
            without_kicker(&page, page.find("h1").expect("h1")),
            "Island-wide water outage: updates"
        );
        let page = Dom::parse("<h1><span class=\"hl\">Storm</span> hits coast</h1>");
        assert_eq!(
            without_kicker(&page, page.find("h1").expect("h1")),
            "Storm hits coast"
        );
    }

    #[test]
    fn a_printed_headline_spells_out_its_seo_title() {
        assert!(spells_out(
            "Ottawa's Rideau Canal Skateway opens for the season after late freeze",
            "Rideau Canal Skateway opens after late freeze"
        ));
        assert!(spells_out(
            "Brno otevře první úsek severojižního kolejového diametru nejdříve v roce 2031",
            "Severojižní diametr: první úsek v roce 2031"
        ));
        assert!(spells_out(
            "浜名湖の新しいサイクリングロード、10月に全線開通へ　一周67キロ",
            "浜名湖の新サイクリングロード、10月に全線開通へ"
        ));
        // Another story, or a shorter heading, is no spelling out.
        assert!(!spells_out(
            "Council approves the budget for next year after a long debate",
            "Rideau Canal Skateway opens after late freeze"
        ));
        assert!(!spells_out("Opinion", "Why the bridge matters"));
        assert!(!spells_out("Test document title", "A title"));
    }

    #[test]
    fn the_printed_headline_beats_the_seo_title_two_declarations_give() {
        use super::super::metadata::Meta;
        use super::super::title::choose;
        let mut meta = Meta {
            h1s: vec![
                "Ottawa's Rideau Canal Skateway opens for the season after late freeze".into(),
            ],
            title_tag: Some(
                "Rideau Canal Skateway opens after late freeze | The Capital Lede".into(),
            ),
            ..Default::default()
        };
        meta.tags.insert(
            "og:title".into(),
            vec!["Rideau Canal Skateway opens after late freeze".into()],
        );
        let printed = "Ottawa's Rideau Canal Skateway opens for the season after late freeze";
        assert_eq!(
            choose(&meta, None, Some("The Capital Lede"), None),
            (printed.into(), "h1")
        );
        // A `<title>` alone may be the page's own name: the agreement score decides.
        meta.tags.clear();
        meta.title_tag = Some("MathJax v3 with MathML input and HTML output".into());
        meta.h1s = vec!["MathJax v3 beta: MathML input, HTML output test".into()];
        let main = super::super::MainContent {
            title: "MathJax v3 with MathML input and HTML output".into(),
            ..Default::default()
        };
        assert_eq!(choose(&meta, Some(&main), None, None).1, "title");
    }
}
