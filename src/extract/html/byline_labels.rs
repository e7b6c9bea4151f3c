//! Byline labels (`By`, `Story by`, `Penulis:`; `assets/lexicon/byline-labels.tsv`, shared with
//! the text reader): stripping one from a byline, and telling a short line a label opens from
//! other text.

use super::byline::split_names;
use std::sync::LazyLock;

/// Byline labels of many languages (`assets/lexicon/byline-labels.tsv`, shared with the text
/// reader): `(label, kind)` with kind `colon` (needs a colon: `Yazar: Elif Demirtaş`),
/// `prefix` (a word before the names: `Bởi Phạm Tuấn`, `توسط مریم رحیمی`) or `lower` (only in
/// lower case); longest first.
static LABELS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut labels: Vec<(&str, &str)> = include_str!("../../../assets/lexicon/byline-labels.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(label, kind)| (label.trim(), kind.trim()))
        .collect();
    labels.sort_by_key(|(label, _)| std::cmp::Reverse(label.len()));
    labels
});

/// Whether `label` (as printed, without its colon) is a byline label written with a colon
/// (`Penulis`, `Szerző`, `Аутор`).
pub(super) fn is_colon_label(label: &str) -> bool {
    let lower = label.to_lowercase();
    LABELS
        .iter()
        .any(|(l, kind)| *kind == "colon" && *l == lower)
}

/// Whether `label` (as printed, before a colon) is any byline label: one written with a colon,
/// or a label word printed with one (`Story by:`).
pub(super) fn is_label_before_colon(label: &str) -> bool {
    let lower = label.to_lowercase();
    LABELS.iter().any(|(l, kind)| {
        *l == lower && (*kind == "colon" || (*kind == "prefix" && l.contains(' ')))
    })
}

/// Whether `line` is a short byline that a known label opens (`Story by Ruth Ann Keller,
/// society volunteer`, `Von Jana Oberländer und Mehmet Aksoy`): the label, then names of two
/// words or more and nothing that is no name but roles.
pub(super) fn is_labelled_byline(line: &str) -> bool {
    let line = line.trim();
    if line.chars().count() > 80 {
        return false;
    }
    let names = split_names(line);
    opens_with_label_word(line)
        && !names.is_empty()
        && names.iter().all(|n| n.split_whitespace().count() >= 2)
}

/// Whether `line` opens with a byline label (`By `, `Story by `, `Penulis:`).
pub(super) fn opens_with_label_word(line: &str) -> bool {
    let lower = line.trim_start().to_lowercase();
    strip_lexicon_label(line.trim_start()) != line.trim_start()
        || ["by ", "von ", "par ", "por ", "door "]
            .iter()
            .any(|p| lower.starts_with(p))
}

/// `byline` without the byline label it opens with. A `prefix` word is taken for a label only
/// when two words or more follow it, so a name that starts like one (`Per Andersson`) stays.
pub(super) fn strip_lexicon_label(byline: &str) -> &str {
    for (label, kind) in LABELS.iter() {
        let Some(head) = byline.get(..label.len()) else {
            continue;
        };
        if head.to_lowercase() != *label || (*kind == "lower" && head != *label) {
            continue;
        }
        let after = &byline[label.len()..];
        let value = match *kind {
            "colon" => after.trim_start().strip_prefix([':', '：']),
            // `Kubhalwe nguSipho Mthembu`: Zulu and Xhosa glue `ngu-` ("by") to the name.
            "glued" => Some(after)
                .filter(|v| v.starts_with(char::is_uppercase) && v.split_whitespace().count() >= 2),
            // `Story by: Kwabena Asante-Darko`: a label word with a colon after it.
            _ => after
                .strip_prefix(' ')
                .or_else(|| after.trim_start().strip_prefix([':', '：']))
                .filter(|v| v.split_whitespace().count() >= 2),
        };
        if let Some(value) = value {
            return value.trim_start();
        }
    }
    byline
}

/// A label listing several credits for one person (`Words and photos: Efua Mensah`, `Texto y
/// fotos: Ana Silva`) names a writer when one of them is writing: the line with that label
/// alone (`Words: Efua Mensah`); when none is, nothing. Other lines come back unchanged.
pub(super) fn writing_of_joint_credit(line: &str) -> String {
    let Some((label, value)) = line.split_once([':', '：']) else {
        return line.to_string();
    };
    let parts: Vec<&str> = label
        .split(" & ")
        .flat_map(|p| p.split(" and "))
        .flat_map(crate::extract::text::split_at_conjunctions)
        .map(str::trim)
        .collect();
    let writing = parts.iter().find(|p| is_colon_label(p));
    let all_credits = parts
        .iter()
        .all(|p| is_colon_label(p) || super::byline_parts::is_non_writing_credit(&format!("{p}:")));
    if parts.len() < 2 || !all_credits {
        return line.to_string();
    }
    // Credits for pictures alone (`Fotos y video: …`) name no writer.
    writing.map_or_else(String::new, |w| format!("{w}: {}", value.trim()))
}
