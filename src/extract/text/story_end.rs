//! Where the story ends. In any copy: after its last sentence (see
//! [`drop_after_last_sentence`]). In a copy that is not a whole-page dump (those are cut in
//! `dump`), also:
//! after the story's last paragraph the page's furniture begins at a tab with a count
//! (`Comments (4)`, `תגובות (3)`), a share bar naming networks (`Jaa: Facebook | LinkedIn`), a
//! read-also label or a furniture line (`Loe ka`, `Share`). From there on no paragraph of prose
//! follows, and what no other rule placed (related headlines, comments, footer links) is not
//! article text. None of these cues depends on the site or, but for labels, on the language.

use super::{Role, agreement, lines, meta, teasers};
use crate::extract::lexicon;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

static NETWORKS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    lexicon::word_list(include_str!("../../../assets/lexicon/social-networks.txt"))
});

/// Drops the unplaced lines from the first furniture cue after the story's last paragraph.
pub(super) fn drop_after_story(lines: &[String], roles: &mut [Role]) {
    let Some(last_prose) = (0..lines.len())
        .rev()
        .find(|&i| roles[i] == Role::Content && agreement::is_prose(&lines[i]))
    else {
        return;
    };
    let Some(start) = (last_prose + 1..lines.len())
        .find(|&i| roles[i] != Role::Blank && opens_furniture(&lines[i]))
    else {
        return;
    };
    for role in roles[start..].iter_mut() {
        if *role == Role::Content {
            *role = Role::Dropped;
        }
    }
}

/// `This story was originally published by The Malabar Herald on 24 November 2026 at 1:05 PM
/// IST.`: among the story's last lines, a dated credit to its first publisher (the phrases of
/// `assets/lexicon/publisher-phrases.txt`) is the copy's furniture, not its text.
pub(super) fn drop_dated_origin(lines: &[String], roles: &mut [Role]) {
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Content)
        .collect();
    for &i in content.iter().rev().take(3) {
        let line = &lines[i];
        if super::site::named_origin(line).is_some()
            && crate::extract::dates::find_date(line).is_some()
        {
            roles[i] = Role::Dropped;
        }
    }
}

/// Drops the unplaced lines after the story's last sentence: in every labelled copy the story
/// ends with a sentence (or a sentence with an agency's credit run on), while what follows it
/// unplaced is furniture that ends none (related headlines, tag lists, footer links). Only in
/// a story written with full stops: a script that ends its sentences without one (Thai) or a
/// story of list items keeps all.
pub(super) fn drop_after_last_sentence(lines: &[String], roles: &mut [Role]) {
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| roles[i] == Role::Content)
        .collect();
    let Some(&last) = content.iter().rev().find(|&&i| is_story_line(&lines[i])) else {
        return;
    };
    // A sentence that announces a list or a table (`… is determined as follows:`) goes on in
    // the lines below it.
    if content
        .iter()
        .any(|&i| i > last && introduces_list(&lines[i]))
    {
        return;
    }
    let wordy: Vec<usize> = content
        .iter()
        .copied()
        .filter(|&i| i <= last && wordy(&lines[i]))
        .collect();
    let sentences = wordy.iter().filter(|&&i| is_story_line(&lines[i])).count();
    if sentences < 2 || sentences * 2 < wordy.len() {
        return;
    }
    for &i in content.iter().filter(|&&i| i > last) {
        roles[i] = Role::Dropped;
    }
}

/// A line ending with a colon (`What the plan changes:`) or a long one ending with a dash (`… as
/// follows, in cts per lb --`): a sentence that goes on in a list. A read-also label
/// (`Lesen Sie auch:`) announces no list of the story's.
fn introduces_list(line: &str) -> bool {
    let line = line.trim_end();
    let words = line.split_whitespace().count();
    (line.ends_with([':', '：']) && words >= 4 && teasers::teaser(line).is_none())
        || (line.ends_with(['-', '–', '—']) && words >= 8)
}

/// Enough words to be a sentence: four, or twelve characters of a script written unspaced.
fn wordy(line: &str) -> bool {
    if line.chars().any(super::title::is_unspaced_script) {
        line.chars().count() >= 12
    } else {
        line.split_whitespace().count() >= 4
    }
}

/// A sentence, maybe with an agency's credit run on (`… colonies. PTI`).
fn is_story_line(line: &str) -> bool {
    wordy(line) && (lines::ends_sentence(line) || lines::ends_sentence_before_credit(line))
}

fn opens_furniture(line: &str) -> bool {
    counter_tab(line)
        || is_share_bar(line)
        || meta::is_boilerplate(line)
        || teasers::teaser(line) == Some(teasers::Teaser::LabelAlone)
}

/// A tab or heading with a count: one to four words, then a number in brackets.
fn counter_tab(line: &str) -> bool {
    let Some(rest) = line.trim().strip_suffix([')', ']']) else {
        return false;
    };
    let Some((label, count)) = rest.rsplit_once(['(', '[']) else {
        return false;
    };
    let words = label.split_whitespace().count();
    !count.is_empty()
        && count.len() <= 6
        && count.chars().all(|c| c.is_ascii_digit())
        // `Scores (2024)` names a year, not a count.
        && !count.parse::<u32>().is_ok_and(|n| (1800..=2100).contains(&n))
        && (1..=4).contains(&words)
        && label.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-')
}

/// A short line that names sharing networks and little else (a label, separators, `E-mail`).
pub(super) fn is_share_bar(line: &str) -> bool {
    if line.chars().count() > 100 {
        return false;
    }
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | '/' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    let networks = words.iter().filter(|w| NETWORKS.contains(**w)).count();
    // `Facebook` alone under a `Share` label; a label of up to three words before a list.
    networks >= 1 && words.len() - networks <= 3 && (networks >= 2 || words.len() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_with_counts_and_share_bars_are_furniture_in_any_language() {
        for line in [
            "Comments (88)",
            "תגובות (3)",
            "Iruzkinak (2)",
            "Komentarai [6]",
        ] {
            assert!(counter_tab(line), "{line}");
        }
        for line in [
            "Jaa: Facebook | LinkedIn | Sähköposti",
            "Partekatu Facebook X Telegram WhatsApp",
            "WhatsApp",
        ] {
            assert!(is_share_bar(line), "{line}");
        }
        for line in [
            "The mayor (62) said the plan would go ahead.",
            "Scores (2024)",
            "He posted the video on Facebook and X before deleting it.",
            "Facebook",
        ] {
            let furniture = counter_tab(line) || (is_share_bar(line) && line != "Facebook");
            assert!(!furniture, "{line}");
        }
    }

    #[test]
    fn what_follows_the_story_after_a_comments_tab_is_not_body() {
        let text = "Village libraries to close as a book bus takes over\n\n\
                    By Kadri Tamm\n\n\
                    The council voted on Tuesday to close two village libraries next March and to run a book bus instead.\n\n\
                    Residents have collected more than 300 signatures against the plan, the village society said.\n\n\
                    Comments (4)\n\
                    Mari: Sad, but a bus is better than nothing.\n\
                    Toomas: Who drives it in winter?\n\
                    Parking fees rise in the town centre\n";
        let article = super::super::read_text(text);
        assert!(
            article.body.ends_with("the village society said."),
            "{}",
            article.body
        );
        // A share bar under the date is no byline.
        let shared = super::super::read_text(&text.replace(
            "By Kadri Tamm\n\n",
            "Redacción\n24/11/2026 17:40\nCompartir   Facebook   WhatsApp   X\n\n",
        ));
        assert!(shared.authors.is_empty(), "{:?}", shared.authors);
        // Without the tab the same short lines stay: nothing says they are not the story's.
        let open = super::super::read_text(&text.replace("Comments (4)\n", ""));
        assert!(open.body.contains("Who drives it in winter?"));
    }

    #[test]
    fn what_follows_the_last_sentence_unplaced_is_not_body() {
        let text = "Automobilky znižujú zmeny\n\n\
                    Autor: Peter Hudák\n\n\
                    Dodávatelia automobiliek na západe krajiny hlásia prepúšťanie a kratšie zmeny.\n\n\
                    Odbory žiadajú, aby vláda pomohla firmám so skráteným úväzkom.\n\n\
                    Najčítanejšie\n\
                    1. Ceny bytov v Bratislave opäť rastú\n\
                    2. Ako zdaniť príjem z prenájmu v roku 2027\n\
                    O nás Kontakt Inzercia Cookies\n";
        let article = super::super::read_text(text);
        assert!(
            article.body.ends_with("so skráteným úväzkom."),
            "{}",
            article.body
        );
        // A sentence with an agency's credit run on after its full stop ends the story too.
        let credited = super::super::read_text(&text.replace(
            "so skráteným úväzkom.\n",
            "so skráteným úväzkom, povedal ich predseda na tlačovej konferencii. TASR\n",
        ));
        assert!(
            credited.body.ends_with("konferencii. TASR"),
            "{}",
            credited.body
        );
        // A short sentence announcing a list keeps its items.
        let list = super::super::read_text(&text.replace(
            "Najčítanejšie\n",
            "Čo sa pre zamestnancov mení:\n- kratšie zmeny\n- nižšie mzdy\n",
        ));
        assert!(list.body.contains("- nižšie mzdy"), "{}", list.body);
        // A sentence that announces a table keeps the table below it.
        let table = super::super::read_text(&text.replace(
            "Najčítanejšie\n",
            "Podľa údajov zväzu sa počet zmien v jednotlivých závodoch zmenil takto:\n",
        ));
        assert!(table.body.ends_with("Inzercia Cookies"), "{}", table.body);
    }

    #[test]
    fn a_story_written_without_full_stops_keeps_its_last_lines() {
        // Thai ends sentences with a space, not a mark: no line is a sentence, nothing goes.
        let text = "น้ำท่วมแม่สาย\n\n\
                    นายอำเภอแม่สายกล่าวว่าทางอำเภอจะเร่งฟื้นฟูพื้นที่\n\n\
                    การไฟฟ้าส่วนภูมิภาคจะทยอยจ่ายไฟในสัปดาห์นี้\n\n\
                    ชาวบ้านยังต้องการน้ำดื่มและอาหาร\n";
        let article = super::super::read_text(text);
        assert!(article.body.ends_with("น้ำดื่มและอาหาร"), "{}", article.body);
    }
}
