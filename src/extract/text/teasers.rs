//! Links to other stories inside or under an article (`MÁS NOTICIAS: Récord de turistas…`,
//! `À lire aussi` above a headline), and captions that carry their photo credit at the end
//! (`Ráfagas azotaron la capital. Foto: Gentileza Prefectura Naval`). Neither is article text.

use crate::extract::lexicon;
use std::sync::LazyLock;

static READ_ALSO: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::longest_first(include_str!("../../../assets/lexicon/read-also.txt")));

/// What a read-also line is: the label alone (the teaser follows on the next line), or the
/// label with its teaser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Teaser {
    LabelAlone,
    WithHeadline,
}

pub(super) fn teaser(line: &str) -> Option<Teaser> {
    if line.chars().count() > 200 {
        return None;
    }
    let lower = crate::extract::lexicon::lower(line.trim());
    // `【関連】…`: the label in lenticular brackets.
    let lower = lower
        .strip_prefix('【')
        .map(|l| l.replacen('】', ":", 1))
        .unwrap_or(lower);
    let label = READ_ALSO.iter().find(|l| lower.starts_with(*l))?;
    let rest = lower[label.len()..].trim_start();
    let marks = [':', '：', '.', '|', '»', '›', '>', '-', '–', '／', '/', ' '];
    if rest.trim_matches(marks).is_empty() {
        return Some(Teaser::LabelAlone);
    }
    // `More from City`: a label naming the section its list comes from.
    if label.ends_with(" from") && (1..=3).contains(&rest.split_whitespace().count()) {
        return Some(Teaser::LabelAlone);
    }
    let after_mark = rest.strip_prefix([':', '：', '|', '»', '›', '>', '–', '-', '／', '/'])?;
    (after_mark.split_whitespace().count() <= 25).then_some(Teaser::WithHeadline)
}

/// Marks that open a photo credit at the end of a caption.
const CREDIT_MARKS: &[&str] = &[
    " Foto: ",
    " Fotos: ",
    " Photo: ",
    " Photos: ",
    " Photograph: ",
    " Fot. ",
    " Bild: ",
    " Zdjęcie: ",
    " Image: ",
    " Picture: ",
    " Credit: ",
    " FOTO/",
    " FOTO: ",
    " PHOTO/",
    " PHOTO: ",
    " / Courtesy of ",
    " (Courtesy of ",
    " © ",
    " | ",
];

/// Where a photo label with its colon starts inside a line (`… σχολείου. Φωτογραφία: Αναγνώστης`,
/// `سارة المهيري | تصوير: خالد النعيمي`), and how long the label and colon are. The labels are
/// data in many languages (`assets/lexicon/photo-labels.txt`).
pub(super) fn labelled_credit_at(line: &str) -> Option<(usize, usize)> {
    // Credits are short, and most lines hold no colon: a byte search rules them out before the
    // characters are walked.
    if line.len() > 400 || !line.as_bytes().contains(&b':') && !line.contains('：') {
        return None;
    }
    line.char_indices()
        .filter(|&(_, c)| c == ':' || c == '：')
        .find_map(|(colon, c)| {
            let before = &line[..colon];
            let start = before.rfind(char::is_whitespace)?;
            let label = crate::extract::lexicon::lower(before[start..].trim());
            (start > 0 && super::rights::is_photo_label(&label))
                .then(|| (start, colon + c.len_utf8() - start))
        })
}

/// A caption with its credit at the end: (caption, credit).
pub(super) fn captioned_credit(line: &str) -> Option<(String, String)> {
    if line.chars().count() > 400 {
        return None;
    }
    let (at, mark_len, mark) = CREDIT_MARKS
        .iter()
        .filter_map(|m| line.find(m).map(|at| (at, m.len(), *m)))
        .chain(labelled_credit_at(line).map(|(at, len)| (at, len, ":")))
        .min_by_key(|(at, ..)| *at)?;
    let caption = line[..at].trim();
    let credit = line[at + mark_len..].trim().trim_end_matches(')');
    // `ANTARA FOTO/Rudi Santoso`: the agency's name before the mark belongs to the credit.
    let (caption, credit) = match caption.rsplit_once(". ") {
        Some((text, agency))
            if mark.contains('/')
                && agency.split_whitespace().count() <= 2
                && agency.chars().all(|c| !c.is_lowercase()) =>
        {
            (
                format!("{text}."),
                format!("{agency} {}{credit}", mark.trim()),
            )
        }
        _ => (caption.to_string(), credit.to_string()),
    };
    let credit_ok = !credit.is_empty()
        && credit.split_whitespace().count() <= 8
        && !super::lines::ends_sentence(&credit);
    let caption_ok = caption.chars().count() >= 10 && super::lines::ends_sentence(&caption)
        || caption.ends_with(')');
    (credit_ok && caption_ok).then_some((caption, credit))
}

/// `PHOTO MARC-ANDRÉ PELLETIER, LA PRESSE CANADIENNE`: a credit in capitals without a colon.
pub(super) fn capital_credit(line: &str) -> Option<String> {
    let rest = line
        .strip_prefix("PHOTO ")
        .or_else(|| line.strip_prefix("FOTO "))
        .or_else(|| line.strip_prefix("PHOTOS "))?;
    let capitals = !rest.chars().any(char::is_lowercase);
    (capitals && rest.split_whitespace().count() <= 8 && !lexicon::is_news_agency(rest))
        .then(|| rest.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_also_lines() {
        assert_eq!(
            teaser("MÁS NOTICIAS: Récord de turistas en Ushuaia"),
            Some(Teaser::WithHeadline)
        );
        assert_eq!(teaser("À lire aussi"), Some(Teaser::LabelAlone));
        assert_eq!(
            teaser("延伸閱讀／一中商圈假日人潮回升 業者盼增設停車位"),
            Some(Teaser::WithHeadline)
        );
        assert_eq!(
            teaser("【関連】日本酒の「伝統的酒造り」、無形文化遺産に登録"),
            Some(Teaser::WithHeadline)
        );
        assert_eq!(
            teaser("Baca juga: Pemerintah Percepat Pembangunan Tanggul Laut"),
            Some(Teaser::WithHeadline)
        );
        assert_eq!(
            teaser("Related to the storm, officials said the damage was wide."),
            None
        );
        assert_eq!(
            teaser("Recommended daily intake rose last year, the agency said."),
            None
        );
    }

    #[test]
    fn captions_with_their_credit() {
        assert_eq!(
            captioned_credit(
                "Ráfagas de más de 110 km/h azotaron la capital. Foto: Gentileza Prefectura Naval"
            ),
            Some((
                "Ráfagas de más de 110 km/h azotaron la capital.".into(),
                "Gentileza Prefectura Naval".into()
            ))
        );
        assert_eq!(
            captioned_credit("Warga melintasi jalan, Senin (10/6/2024). ANTARA FOTO/Rudi Santoso"),
            Some((
                "Warga melintasi jalan, Senin (10/6/2024).".into(),
                "ANTARA FOTO/Rudi Santoso".into()
            ))
        );
        assert_eq!(
            captioned_credit("The mayor said the Photo: contest was over and everyone went home."),
            None
        );
        assert_eq!(
            capital_credit("PHOTO MARC-ANDRÉ PELLETIER, LA PRESSE CANADIENNE").as_deref(),
            Some("MARC-ANDRÉ PELLETIER, LA PRESSE CANADIENNE")
        );
    }
}
