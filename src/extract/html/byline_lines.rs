//! Lines of a story's text that name its writer: a byline (`By A and B`), a sign-off under the
//! story (`— Dana Kowalczyk`), a closing line of credits (`Texte : A | Photos : B`), a byline
//! that carries the date (`By A | Tue, Nov 24th 2026 | 3 min read`).

use crate::extract::dates;

/// `— Dana Kowalczyk`: a dash, then two to four capitalised words and nothing else; or the
/// names of two or three writers joined by ` - ` alone on the line (`Nguyễn Đông - Hoàng
/// Thảo`, as Vietnamese papers sign under the story).
pub(super) fn is_sign_off(text: &str) -> bool {
    let name = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['.', '!', '?'])
            })
    };
    match text.trim().strip_prefix(['—', '–']) {
        Some(rest) => name(rest),
        None => {
            let parts: Vec<&str> = text.trim().split(" - ").collect();
            (2..=3).contains(&parts.len()) && parts.iter().all(|p| name(p))
        }
    }
}

/// The writer's part of a line of credits parted by bars or dots, each a label, a colon and a
/// name (`Texte : A | Photos : B`): the part a byline label opens, if one does. Or a closing
/// note whose first sentence is a labelled byline (`Show notes by Niamh Kerrigan. The Bog Road
/// is made by …`, `Escribe: Martina Ferraro. Cuaderno del Sur es …`).
pub(super) fn closing_credit(text: &str) -> Option<String> {
    let first = text.split(". ").next().unwrap_or(text).trim();
    if first.len() < text.trim().len()
        && first.chars().count() <= 60
        && super::byline::is_labelled_byline(first)
    {
        return Some(first.to_string());
    }
    let parts: Vec<&str> = text.split(['|', '·', '•']).map(str::trim).collect();
    parts.iter().find_map(|part| {
        let (label, _) = part.split_once([':', '：'])?;
        (label.chars().count() <= 20
            && super::byline_labels::is_label_before_colon(label.trim())
            && super::byline::is_labelled_byline(part))
        .then(|| part.to_string())
    })
}

pub(super) fn is_byline(text: &str) -> bool {
    // Any label of the shared lexicon (`Story by`, `Texto:`), before names of two words.
    if super::byline::is_labelled_byline(text) {
        return true;
    }
    // `江城日报记者 王晓燕 报道`: a Chinese, Japanese or Korean reporter line.
    if super::byline_links::cjk_reporters(text).is_some() {
        return true;
    }
    let lower = text.to_lowercase();
    [
        "by ",
        "von ",
        "par ",
        "por ",
        "door ",
        "autor: ",
        "author: ",
        "written by ",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        && text.split_whitespace().count() <= 10
        && text
            .split_whitespace()
            .nth(1)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
}

/// The byline's part of a line that parts a byline from its date and reading time with bars
/// (`By Wanjiru Kamau and Otieno Ouma | Tue, Nov 24th 2026 at 22:12, GMT +3 | 3 min read`), as
/// print views and small templates print the story's meta row: the first part is a byline and
/// another part a date. Too long for a byline line alone, too long for a date line.
pub(super) fn dated_byline(text: &str) -> Option<String> {
    if text.chars().count() >= 160 {
        return None;
    }
    let mut parts: Vec<&str> = text.split(['|', '·', '•']).map(str::trim).collect();
    if parts.len() == 1 {
        parts = labelled_fields(text);
    }
    let dated = |p: &str| dates::parse_date(p).is_some() || dates::find_date(p).is_some();
    // The byline is any part but the date's, wherever the template puts it (`25 நவம்பர் 2026
    // · எழுத்து: ச. மலர்விழி · படங்கள்: கி. அருண்`): the date part says it is the meta row.
    let byline = parts
        .iter()
        .position(|p| p.chars().count() < 80 && (is_byline(p) || labelled_cjk_name(p)))?;
    let dated_elsewhere = parts
        .iter()
        .enumerate()
        .any(|(i, p)| i != byline && dated(p));
    dated_elsewhere.then(|| parts[byline].to_string())
}

/// `作者：王丽娟`: a label of the byline lexicon before one name of two to four Han characters or
/// Hangul syllables, written without the space the labelled-byline test looks for between
/// a name's words.
fn labelled_cjk_name(part: &str) -> bool {
    let value = super::byline_labels::strip_lexicon_label(part).trim();
    value.len() < part.len()
        && (2..=4).contains(&value.chars().count())
        && value
            .chars()
            .all(|c| matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}'))
}

/// The fields of a row of `Label: value` pairs parted by nothing but their labels, as Chinese
/// and other CMSs print a story's info line (`来源：澜江日报　作者：王丽娟　发布时间：2026-11-19
/// 10:32`): each field from its label to the next, what stands before the first kept as a
/// part. A label is a word of letters before its colon, so a time (`10:32`) opens none; a row
/// with fewer than two labels is one part.
fn labelled_fields(text: &str) -> Vec<&str> {
    let opens_label = |word: &str| {
        word.split_once([':', '：']).is_some_and(|(label, _)| {
            !label.is_empty()
                && label
                    .chars()
                    .all(|c| c.is_alphabetic() || super::byline_parts::is_mark(c))
        })
    };
    let mut starts = Vec::new();
    let mut at_word = true;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            at_word = true;
            continue;
        }
        if at_word && opens_label(text[i..].split_whitespace().next().unwrap_or("")) {
            starts.push(i);
        }
        at_word = false;
    }
    if starts.len() < 2 {
        return vec![text.trim()];
    }
    let mut ends = starts.clone();
    ends.push(text.len());
    let mut fields = vec![text[..starts[0]].trim()];
    fields.extend(ends.windows(2).map(|w| text[w[0]..w[1]].trim()));
    fields.retain(|f| !f.is_empty());
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_that_carries_the_date_gives_its_byline_part() {
        assert_eq!(
            dated_byline(
                "By Wanjiru Kamau and Otieno Ouma | Tue, Nov 24th 2026 at 22:12, GMT +3 | 3 min read"
            )
            .as_deref(),
            Some("By Wanjiru Kamau and Otieno Ouma")
        );
        // No date after the bar: a byline line with something else, not this one.
        assert_eq!(dated_byline("By Wanjiru Kamau | Transport | Kenya"), None);
        // A sentence opening with `By` is no byline.
        assert_eq!(
            dated_byline("By the end of the year the road will cost more | 24 November 2026"),
            None
        );
    }

    #[test]
    fn an_info_row_of_labelled_fields_gives_its_byline_field() {
        assert_eq!(
            dated_byline("来源：澜江日报 作者：王丽娟 发布时间：2026-11-19 10:32 点击数：")
                .as_deref(),
            Some("作者：王丽娟")
        );
        assert_eq!(
            dated_byline("Source: Harbour Daily Author: Jane Doe Posted: 19 November 2026 10:32")
                .as_deref(),
            Some("Author: Jane Doe")
        );
        // One label: a byline with a time in it, no row of fields.
        assert_eq!(dated_byline("Author: Jane Doe 10:32"), None);
    }
}
