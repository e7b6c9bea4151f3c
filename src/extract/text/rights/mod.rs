//! Credits, copyright and rights: image credit lines, the publisher a `©` line names (its
//! brand, without the legal form), and the legal notice kept as the article's rights text.

use super::meta::strip_label;

/// How a credit line was marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditMark {
    /// `Photo:`, `Images source:`, `Fot.`, a picture agency name: always an image credit.
    Label,
    /// A bare `©` / `(c)` / `Copyright` line: an image credit after a caption, the publisher
    /// at the end of the file.
    Copyright,
}

/// Labels of photo and image credits (`Photo:`, `Φωτογραφία:`, `تصوير:`, `攝影：`), lower-cased,
/// longest first (`assets/lexicon/photo-labels.txt`).
pub(super) static PHOTO_LABELS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::longest_first(include_str!(
            "../../../../assets/lexicon/photo-labels.txt"
        ))
    });

static PHOTO_LABEL_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| PHOTO_LABELS.iter().copied().collect());

/// Whether a lower-cased word or two is a photo-credit label (`foto`, `φωτογραφία`).
pub(super) fn is_photo_label(lower: &str) -> bool {
    PHOTO_LABEL_SET.contains(lower)
}

/// An image credit line and its text without the label and the `©`:
/// `Images source: © East News | GENYA SAVILOV` gives `East News | GENYA SAVILOV`.
pub fn credit(line: &str) -> Option<(CreditMark, String)> {
    if line.len() > 300 {
        return None;
    }
    let labels: &[&str] = &PHOTO_LABELS;
    // `（图：马新社档案照）`: a credit in brackets.
    let line = line
        .strip_prefix(['（', '('])
        .and_then(|inner| inner.strip_suffix(['）', ')']))
        .unwrap_or(line);
    if let Some(value) = strip_label(line, labels, true) {
        return Some((CreditMark::Label, strip_copyright(value))).filter(|(_, v)| !v.is_empty());
    }
    // `Fot. Jan Kowalski`, `Photo by Jane Doe` and `Foto di Ilaria Sponza` carry no colon.
    if let Some(value) = strip_label(
        line,
        &[
            "fot.",
            "photo by",
            "photograph by",
            "photos by",
            "picture by",
            "foto di",
            "foto de",
            "fotos de",
            "photo de",
            "photos de",
            "foto von",
            "fotos von",
            "foto door",
        ],
        false,
    ) {
        return Some((CreditMark::Label, strip_copyright(value))).filter(|(_, v)| !v.is_empty());
    }
    let lower = line.to_lowercase();
    if is_copyright_line(line) {
        let value = strip_copyright(line);
        return (!value.is_empty()).then_some((CreditMark::Copyright, value));
    }
    let agencies = [
        "getty images",
        "shutterstock",
        "ap photo",
        "afp via getty",
        "pa media",
        "pa wire",
        "alamy",
        "epa-efe",
    ];
    if line.len() <= 100 && agencies.iter().any(|a| lower.contains(a)) && !lower.ends_with('.') {
        return Some((CreditMark::Label, strip_copyright(line)));
    }
    None
}

/// `© Daily Wrap`, `(c) 2024 …`, `Copyright 2019 …`, `Baltic Business Post ©`, and a rights
/// phrase before the mark (`Riproduzione riservata © Il Gazzettino`).
fn is_copyright_line(line: &str) -> bool {
    if line.starts_with('©')
        || line.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("(c)"))
        || line
            .get(..10)
            .is_some_and(|h| h.eq_ignore_ascii_case("copyright "))
    {
        return true;
    }
    let trimmed = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    if trimmed.ends_with('©') && line.chars().count() <= 80 {
        return true;
    }
    line.find('©').is_some_and(|at| {
        at > 0 && (says_rights_reserved(&line[..at]) || is_web_address(&line[..at]))
    }) || super::footer::brand_before_mark(line).is_some()
}

/// `TheMeridianReview.com`: one word with a dot, a site's address written before its mark.
pub(super) fn is_web_address(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && !s.contains(' ') && s.contains('.')
}

/// Drops a leading `©`, `(c)` or `Copyright`, a trailing `©`, and a rights phrase before a `©`.
fn strip_copyright(value: &str) -> String {
    let mut v = value.trim();
    if let Some(at) = v.find('©').filter(|&at| {
        // `TheMeridianReview.com © …`: the site's address before the mark.
        at > 0 && (says_rights_reserved(&v[..at]) || is_web_address(&v[..at]))
    }) {
        v = &v[at..];
    }
    v = v.trim_end_matches(['©', ' ']);
    loop {
        let before = v;
        v = v.trim_start_matches('©').trim_start();
        if v.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("(c)")) {
            v = v[3..].trim_start();
        }
        if v.get(..9)
            .is_some_and(|h| h.eq_ignore_ascii_case("copyright"))
        {
            v = v[9..].trim_start();
        }
        if v.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("by ")) {
            v = v[3..].trim_start();
        }
        if v == before {
            return v.trim_start_matches([':', ' ']).to_string();
        }
    }
}

/// The publisher a copyright line names, as the brand readers know: `© 2024 Daily Wrap. All
/// rights reserved.` gives `Daily Wrap`; `Copyright © 2013 Metro Courier Media Group LLC` gives
/// `Metro Courier Media Group` (legal forms go; see [`strip_legal_form`]); `© Wszelkie prawa
/// zastrzeżone. Dziennik Mazowiecki` gives `Dziennik Mazowiecki`.
pub fn publisher(line: &str) -> Option<String> {
    let value = strip_copyright(line);
    // Sentences of the notice (`All rights reserved.`) are not the name.
    let name = value
        .split(". ")
        .map(strip_rights_phrases)
        .find(|s| !s.is_empty())?;
    // Years in any digits: `© ২০২৬ সর্বস্বত্ব সংরক্ষিত` names nobody.
    let name =
        name.trim_start_matches(|c: char| c.is_numeric() || matches!(c, '-' | '–' | ',' | ' '));
    let lower = name.to_lowercase();
    let end = [
        " | ",
        " - ",
        " – ",
        ", all rights",
        ", a ",
        ", an ",
        ", part of",
        ", ",
        // `Courier News & Media Limited or its affiliated companies`.
        " or its ",
        " and its ",
    ]
    .iter()
    .filter_map(|sep| lower.find(sep))
    .chain(year_after_name(name))
    .min()
    .unwrap_or(name.len());
    let name = name
        .get(..end)
        .unwrap_or(name)
        .trim()
        .trim_end_matches(['.', ',', ';'])
        .trim();
    let name = name
        .trim_end_matches(|c: char| c.is_numeric() || c == ' ' || c == ',' || c == '-')
        .trim();
    let name = strip_legal_form(quoted_brand(name).unwrap_or(name));
    (!name.is_empty() && name.chars().count() <= 80).then(|| name.to_string())
}

/// `Island Times Malta 2026Privacy PolicyTerms`: a year after the name ends it (a footer's
/// links may be glued to it in a copy).
fn year_after_name(name: &str) -> Option<usize> {
    let bytes = name.as_bytes();
    (1..bytes.len().saturating_sub(3)).find(|&i| {
        bytes[i - 1] == b' '
            && matches!(&bytes[i..i + 2], b"19" | b"20")
            && bytes[i + 2..i + 4].iter().all(u8::is_ascii_digit)
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
    })
}

/// The brand a company's name quotes: `ИА «Исеть-Пресс»`, `ООО „Gazeta“`, `株式会社「北陸日日」`
/// (Russian, Ukrainian, Polish and Japanese companies quote the name they trade under).
pub(super) fn quoted_brand(name: &str) -> Option<&str> {
    for (open, close) in [
        ('«', '»'),
        ('„', '“'),
        ('„', '”'),
        ('「', '」'),
        ('“', '”'),
        ('"', '"'),
    ] {
        let Some(at) = name.find(open) else {
            continue;
        };
        let start = at + open.len_utf8();
        if let Some(len) = name[start..].find(close) {
            let inner = name[start..start + len].trim();
            if !inner.is_empty() && inner.chars().count() <= 60 {
                return Some(inner);
            }
        }
    }
    None
}

/// Legal forms Chinese and Japanese write against the name, without a space
/// (`港島日報有限公司`, `株式会社北陸日日`).
const GLUED_LEGAL_FORMS: &[&str] = &["股份有限公司", "有限公司", "株式会社", "（株）", "(株)"];

/// `Le Fleuve Matin – Tous droits réservés`, `The Courier | All rights reserved`: the name
/// before a separator and a rights phrase, on a short line without a `©`.
pub fn named_rights(line: &str) -> Option<String> {
    if line.chars().count() > 80 || line.contains('©') {
        return None;
    }
    let (name, rest) = [" – ", " — ", " - ", " | ", ". "]
        .iter()
        .find_map(|sep| line.split_once(sep))?;
    let name = name.trim();
    let words = name.split_whitespace().count();
    (says_rights_reserved(rest)
        && (1..=5).contains(&words)
        && name.chars().next().is_some_and(char::is_uppercase)
        && !says_rights_reserved(name))
    .then(|| name.to_string())
}

/// Removes rights phrases wherever they sit in a short name (`东方日报 版权所有`).
pub(in crate::extract::text) fn strip_rights_phrases(name: &str) -> &str {
    const AROUND: &[char] = &[' ', '.', ',', '-', '–', '—', '|', '·'];
    let mut name = name.trim();
    for phrase in RIGHTS_RESERVED.iter() {
        let lower = name.to_lowercase();
        if let Some(at) = lower.find(phrase) {
            if at == 0 && name.is_char_boundary(phrase.len()) {
                name = name[phrase.len()..].trim_matches(AROUND);
            } else if at > 0 && name.is_char_boundary(at) {
                name = name[..at].trim_matches(AROUND);
            }
        }
    }
    name
}

/// A company's legal form at the end of its name: `LLC`, `Inc.`, `Ltd`, `GmbH`, `S.L.`,
/// `sp. z o.o.` (the list is `assets/lexicon/legal-forms.txt`).
pub fn strip_legal_form(name: &str) -> &str {
    let mut name = name.trim();
    for form in GLUED_LEGAL_FORMS {
        if let Some(head) = name.strip_suffix(form).filter(|h| !h.trim().is_empty()) {
            name = head.trim_end();
        }
        if let Some(tail) = name.strip_prefix(form).filter(|t| !t.trim().is_empty()) {
            name = tail.trim_start();
        }
    }
    loop {
        let before = name;
        let lower = name.to_lowercase();
        for form in crate::extract::lexicon::legal_forms() {
            if lower.ends_with(form) {
                let cut = name.len() - form.len();
                let head = &name[..cut];
                if name.is_char_boundary(cut) && (head.ends_with(' ') || head.ends_with(',')) {
                    name = head.trim_end_matches([' ', ',']);
                    break;
                }
            }
        }
        if name == before {
            return name;
        }
    }
}

/// How strongly a paragraph reads like a legal notice (reproduction, cookies, terms, rights).
pub fn rights_score(paragraph: &str) -> usize {
    let lower = paragraph.to_lowercase();
    let keywords = [
        "all rights reserved",
        "rights reserved",
        "reproduction",
        "reproduce",
        "copying",
        "copied",
        "cookies",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "privacy policy",
        "without permission",
        "prior written",
        "prior and explicit consent",
        "explicit consent",
        "downloading",
        "redistribut",
        "republish",
        "copyright",
        "may not be published",
        "wszelkie prawa zastrzeżone",
        "kopiowanie",
        "powielanie",
        "rozpowszechnianie",
        "alle rechte vorbehalten",
        "vervielfältigung",
        "tous droits réservés",
        "reproduction interdite",
        "todos los derechos reservados",
        "prohibida la reproducción",
        "licensed under",
        "creative commons",
        "license",
        "licence",
        "riproduzione riservata",
        "direitos reservados",
        "版权所有",
    ];
    keywords.iter().filter(|k| lower.contains(*k)).count()
}

/// Rights-reserved phrases and the word for "copyright", lower-cased, in many languages
/// (`assets/lexicon/rights-reserved.txt`).
static RIGHTS_RESERVED: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::extract::lexicon::longest_first(include_str!(
        "../../../../assets/lexicon/rights-reserved.txt"
    ))
});

/// Whether a `©` line also declares the rights (`All rights reserved`).
pub fn says_rights_reserved(line: &str) -> bool {
    let lower = line.to_lowercase();
    RIGHTS_RESERVED.iter().any(|k| lower.contains(k))
}

#[cfg(test)]
mod tests;
