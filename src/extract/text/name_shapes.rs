//! Lines and parts shaped like a person's name (`Anna Kowalska`, `Diego Lewandowska, Kofi
//! Schmidt`, `MARTA ZIELIŃSKA` with a known given name), and the role lines beside them: what
//! a byline's parts and the bare name lines above and below a headline are checked against.

use super::byline::is_role;
use super::byline_clean;
use super::meta::split_list;

/// A line shaped like a person's name: `min_words` to 4 words (particles aside), each
/// capitalised, no digits and no sentence punctuation. Initials (`J. R. Smith`) are fine.
pub fn looks_like_name(s: &str, min_words: usize) -> bool {
    if s.is_empty() || s.len() > 60 {
        return false;
    }
    let mut capitalised = 0;
    for word in s.split(' ') {
        if crate::extract::lexicon::is_name_particle(word) {
            continue;
        }
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !first.is_uppercase() {
            return false;
        }
        let rest: Vec<char> = chars.collect();
        let initial = rest == ['.'];
        if !initial
            && !rest
                .iter()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        {
            return false;
        }
        capitalised += 1;
    }
    (min_words..=4).contains(&capitalised)
}

/// A person's name by its shape and a known given name first (`Akosua Boatemaa Owusu`), as
/// opposed to an organisation's or an agency's.
pub fn is_known_person(s: &str) -> bool {
    looks_like_name(s, 2)
        && !crate::extract::lexicon::is_news_agency(s)
        && s.split_whitespace().next().is_some_and(|first| {
            crate::extract::lexicon::given_name(&first.to_lowercase()).is_some()
        })
}

/// A name in a script without capitals (Hebrew, Arabic, Thai, Devanagari…), which cannot mark
/// a name by them: one to four words of letters. Read only after a byline's label, which is
/// the evidence capitals would give.
pub fn is_caseless_name(s: &str) -> bool {
    let caseless = |c: char| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase();
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && s.chars().count() <= 40
        && words.iter().all(|w| {
            w.chars().next().is_some_and(caseless)
                && w.chars().all(|c| {
                    c.is_alphabetic()
                        || matches!(c, '-' | '\'' | '’')
                        || !c.is_ascii() && !c.is_alphanumeric()
                })
        })
}

/// `الرياض - فهد العتيبي`: a dateline's place (one or two words) and a reporter's name (two or
/// three words) in a script without capitals, as Arabic papers print them under the headline.
/// Gives the name. Case cannot tell a name there, so only its place in the header block does:
/// callers use it between a headline and a date.
pub fn caseless_dateline_byline(line: &str) -> Option<String> {
    let (place, name) = line.trim().split_once(" - ")?;
    let (place, name) = (place.trim(), name.trim());
    let place_words = place.split_whitespace().count();
    let name_words = name.split_whitespace().count();
    ((1..=2).contains(&place_words)
        && (2..=3).contains(&name_words)
        && is_caseless_name(place)
        && is_caseless_name(name)
        && !crate::extract::lexicon::is_news_agency(name))
    .then(|| name.to_string())
}

/// `তানভীর হাসান, খুলনা`, `נועה ברק ורויטרס`: a reporter's name of two to four words in a script
/// without capitals, perhaps with the place after a comma or an agency joined by Hebrew's ו.
/// Gives the name and the agency. Case cannot tell a name there, so only its place in the
/// header block does: callers use it between a headline and a date.
pub fn caseless_bare_byline(line: &str) -> Option<(String, Option<String>)> {
    let line = line.trim();
    let name = match line.split_once(", ") {
        Some((name, place)) if (1..=2).contains(&place.split_whitespace().count()) => name,
        _ => line,
    };
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let agency = words.last().and_then(|w| {
        let rest = w.strip_prefix('ו')?;
        crate::extract::lexicon::is_news_agency(rest).then(|| rest.to_string())
    });
    if agency.is_some() {
        words.pop();
    }
    let name = words.join(" ");
    // `گزارشگر اقتصادی` ("economics reporter") under the name is its role, not a second name.
    ((2..=4).contains(&words.len())
        && is_caseless_name(&name)
        && !is_role(&name)
        && !crate::extract::lexicon::is_news_agency(&name))
    .then_some((name, agency))
}

/// `ሰላማዊት ታደሰ እና ዮናስ በቀለ` ("A and B"): two or more reporters' names in a script without
/// capitals, joined by a comma or the language's `and` (`assets/lexicon/list-conjunctions.txt`),
/// each shaped as [`caseless_bare_byline`] wants. Read only between a headline and a date.
pub fn caseless_bare_names(line: &str) -> Option<Vec<String>> {
    let parts = split_list(line, false);
    if parts.len() < 2 {
        return None;
    }
    parts
        .iter()
        .map(|part| caseless_bare_byline(part).map(|(name, _)| name))
        .collect()
}

/// A line that is only a job title (`Games Editor`, `Contributing Correspondent`, `Staff
/// writer`): capitalised, at most five words, one of them a role word.
pub fn is_role_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && line.len() <= 60
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !super::lines::ends_sentence(line)
        && is_role(line)
}

/// A bare name line with what pages print after the name: a role after a bar or a dash
/// (`Daniel Okoye | Senior Editor`), a place (`Helena Sotiriou in Athens`). Gives the names.
pub fn name_line(line: &str) -> Option<Vec<String>> {
    // `Compartir   Facebook   WhatsApp   X`, `Slijedite   Podijeli   Spremi`: capitalised
    // words, but a share bar's or the buttons'; `İlgili Haberler` is a read-also label.
    // `Foto di Ilaria Sponza`: a photo's credit, whose label reads like a capitalised name.
    let photo_credit =
        || super::rights::credit(line).is_some_and(|(m, _)| m == super::rights::CreditMark::Label);
    if super::story_end::is_share_bar(line)
        || crate::extract::html::is_prompt_row(line)
        || super::teasers::teaser(line).is_some()
        || photo_credit()
    {
        return None;
    }
    // `Rizky Pratama - wartaNews`: the writer and the web brand they write for (read before a
    // glued role, which the brand's inner capital would look like).
    if let Some((name, _)) = name_and_web_brand(line) {
        return name_list(name);
    }
    if let Some(unglued) = byline_clean::unglued_role(line) {
        return name_line(&unglued);
    }
    if let Some(names) = name_list(line) {
        return Some(names);
    }
    // `MARTA ZIELIŃSKA`: capitals are a label's, unless a known given name opens them.
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitals = !line.chars().any(char::is_lowercase) && line.chars().any(char::is_uppercase);
    if capitals
        && (2..=4).contains(&words.len())
        && crate::extract::lexicon::given_name(&words[0].to_lowercase()).is_some()
        && looks_like_name(line, 2)
    {
        return Some(vec![crate::extract::names::normal_case(line)]);
    }
    if let Some(names) = super::affiliated::name_with_affiliation(line) {
        return Some(names);
    }
    // `Oksana Hrytsenko, Kyiv`: a name and the place it was written in; `Līga Bērziņa, LETA`:
    // and the agency (which the reader moves to the sources).
    if let Some((name, place)) = line.rsplit_once(", ") {
        if crate::extract::lexicon::is_news_agency(place.trim()) {
            if let Some(mut names) = name_list(name.trim()) {
                names.push(place.trim().to_string());
                return Some(names);
            }
        }
        // A known place, or one capitalised word (`Reto Baumann, Chur`: a town too small for
        // the gazetteer); a second person would have a name of two words or more.
        let place = place.trim();
        let one_word = !place.contains(' ')
            && place.chars().next().is_some_and(char::is_uppercase)
            && place.chars().all(char::is_alphabetic);
        if crate::extract::lexicon::is_place(&place.to_lowercase()) || one_word {
            if let Some(names) = name_list(name.trim()) {
                return Some(names);
            }
        }
    }
    // `Selin Kara - İZMİR`, `Ahmet Yılmaz / ANKARA`: a name and the place it was written in,
    // in capitals as a dateline prints it, after a dash or a slash.
    for sep in [" - ", " – ", " / "] {
        let Some((name, place)) = line.rsplit_once(sep) else {
            continue;
        };
        let place = place.trim();
        let capitals = place.chars().any(char::is_uppercase)
            && !place.chars().any(char::is_lowercase)
            && place.split_whitespace().count() <= 3
            && place
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
        if capitals {
            if let Some(names) = name_list(name.trim()) {
                return Some(names);
            }
        }
    }
    // `Марија Трајковска, економска новинарка`, `Անի Հակոբյան, լրագրող`: a name and a
    // description of its bearer in lower case, as names never are, in any language's words.
    if let Some((name, tail)) = line.split_once(", ") {
        if is_lower_case_description(tail) {
            if let Some(names) = name_list(name.trim()).filter(|n| n.len() == 1) {
                return Some(names);
            }
        }
    }
    // `Irina Vasilyeva, correspondent in Narva`, `Ирина Васильева, корреспондент в …`: one
    // writer's role and post after a comma.
    if let Some((name, rest)) = line.split_once(", ") {
        let rest = rest.trim();
        if is_role_line(rest) || opens_with_role(rest) {
            if let Some(names) = name_list(name.trim()).filter(|n| n.len() == 1) {
                return Some(names);
            }
        }
    }
    // `Redacción / Lucía Manrique Tapia`, `Web Desk | Sana Mirza`: the desk, then the writer.
    for sep in [" / ", " | ", " · ", " • ", " - ", " – ", " — "] {
        let Some((desk, name)) = line.split_once(sep) else {
            continue;
        };
        if super::agencies::is_desk(desk.trim()) || is_role_line(desk.trim()) {
            if let Some(names) = name_list(name.trim()) {
                return Some(names);
            }
        }
    }
    // `Laia Puigdomènech | Jordi Casals`: writers joined by a bar or a dot.
    for sep in [" | ", " · ", " • "] {
        let parts: Vec<&str> = line.split(sep).map(str::trim).collect();
        if (2..=4).contains(&parts.len()) {
            let names: Option<Vec<Vec<String>>> = parts.iter().map(|p| name_list(p)).collect();
            if let Some(names) = names.filter(|n| n.iter().all(|n| n.len() == 1)) {
                return Some(names.into_iter().flatten().collect());
            }
        }
    }
    // `Daniel Okoye | Senior Editor`, `Rachel Côté · CPBC News`: a role or the outlet after a
    // separator.
    for sep in [" | ", " - ", " – ", " — ", " · ", " • ", "/"] {
        if let Some((name, rest)) = line.split_once(sep) {
            let rest = rest.trim();
            let outlet = matches!(sep, " · " | " • ") && rest.split_whitespace().count() <= 4;
            // `Sanjana Rao / Mar 3, 2025, 23:47 IST`: the name and the date it was written.
            let dated = !crate::extract::dates::parse_date_clauses(rest).is_empty();
            if is_role_line(rest) || outlet || dated || opens_with_role(rest) {
                return name_list(name.trim());
            }
        }
    }
    let (name, place) = line.rsplit_once(" in ")?;
    let place_words = place.split_whitespace().count();
    let capitalised = place.chars().next().is_some_and(char::is_uppercase);
    ((1..=3).contains(&place_words) && capitalised)
        .then(|| name_list(name.trim()))
        .flatten()
}

/// One to four words of letters, every one in lower case (`economic reporter`, `բաժնի
/// խմբագիր`): a description, where a second name or a place would be capitalised.
fn is_lower_case_description(tail: &str) -> bool {
    let words: Vec<&str> = tail.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// `Rizky Pratama - wartaNews`: a line's name and the web brand after a separator.
pub fn name_and_web_brand(line: &str) -> Option<(&str, &str)> {
    [" - ", " – ", " — ", " | ", " · ", " • "]
        .iter()
        .filter_map(|sep| line.split_once(sep))
        .map(|(name, brand)| (name.trim(), brand.trim()))
        .find(|(_, brand)| is_camel_brand(brand))
}

/// One word written as a web brand, lower case first and a capital inside (`wartaNews`,
/// `detikFinance`): no person's name is written so.
pub(super) fn is_camel_brand(word: &str) -> bool {
    let mut chars = word.chars();
    !word.contains(' ')
        && chars.next().is_some_and(char::is_lowercase)
        && chars.any(char::is_uppercase)
        && word.chars().all(char::is_alphanumeric)
}

/// A role and where it is held (`Repórter da Rádio Pública Campo Grande`, `Correspondent for
/// the Northern Star in Leeds`): a role word first, then up to ten words and no sentence.
fn opens_with_role(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    (2..=10).contains(&words.len())
        && !super::lines::ends_sentence(rest)
        && crate::extract::lexicon::is_role_word(&words[0].to_lowercase())
}

/// A bare line of one to eight names, each of two to four capitalised words, in mixed case
/// (an all-capitals line without `By` is a label, not a name): `Diego Lewandowska, Kofi Schmidt`.
pub fn name_list(line: &str) -> Option<Vec<String>> {
    if line.len() > 200 || !line.chars().any(char::is_lowercase) {
        return None;
    }
    // `Helen Carraway in London and Jonas Wendt in Frankfurt`.
    // `Nadia Perrin (texte) et Loïc Berset (vidéo)`: the contribution in brackets is dropped,
    // and the one who filmed is no writer.
    let mut names: Vec<String> = split_list(line, false)
        .iter()
        .filter_map(|n| super::byline::without_contribution(n))
        .map(|n| byline_clean::without_place(&n).to_string())
        .collect();
    // `Aoife Brennan, Education Correspondent and Ciarán Walsh`: a writer's role after their
    // name.
    if names.len() >= 3 && looks_like_name(&names[0], 2) {
        let last = names.len() - 1;
        let between: Vec<bool> = (0..names.len())
            .map(|k| k > 0 && k < last && is_role(&names[k]) && !is_role(&names[k + 1]))
            .collect();
        let mut k = 0;
        names.retain(|_| {
            k += 1;
            !between[k - 1]
        });
    }
    // `Lerato Molefe, News365 and Pieter van Wyk`: one word between two whole names is the
    // first writer's outlet or town.
    if names.len() >= 3 {
        let lone = |n: &String| !n.contains(' ') && !looks_like_name(n, 2);
        if names.iter().filter(|n| lone(n)).count() == 1 && !names.last().is_some_and(lone) {
            names.retain(|n| !lone(n));
        }
    }
    (!names.is_empty()
        && names.len() <= 8
        && names.iter().all(|n| looks_like_name(n, 2) && !is_role(n)))
    .then_some(names)
}

/// A role that writes nothing (`Fotograf`, `Photographer`, `Editor`): the name above it is no
/// author. A word for a job that writes beside it (`Data Journalist`) makes it a writer's.
pub fn is_non_writing(role: &str) -> bool {
    use crate::extract::lexicon;
    let words: Vec<String> = role
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().any(|w| lexicon::is_non_writing_role(w))
        && !words
            .iter()
            .any(|w| lexicon::is_role_word(w) && !lexicon::is_non_writing_role(w))
}
