//! News agencies credited for a story (`assets/lexicon/news-agencies.txt`): they are the
//! article's sources, never its authors. Pages credit them in a byline (`By Mary Sullivan and
//! Robert Kain, Associated Press`, `Autor: ČTK`), after a name (`Erik Lundgren/TT`), in the
//! dateline (`DENVER (AP) —`), or on a short line of their own (`(ANSA)`, `— with AAP`,
//! `Con información de EFE y Reuters`). A desk's byline (`Redacción`, `Haber Merkezi`) names
//! no author either.

use crate::extract::lexicon;
use std::sync::LazyLock;

static CREDIT_PHRASES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut phrases: Vec<&'static str> =
        include_str!("../../../../assets/lexicon/credit-phrases.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    phrases
});

static CREDIT_SUFFIXES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::longest_first(include_str!(
        "../../../../assets/lexicon/credit-suffixes.txt"
    ))
});

/// The agencies a short credit line names, when it names nothing else.
pub(super) fn credit_line(line: &str) -> Option<Vec<String>> {
    if line.chars().count() > 80 {
        return None;
    }
    // `- African News Agency (ANA)`: an agency whose name holds brackets.
    let whole = line.trim().trim_start_matches(['—', '–', '-', ' ']);
    if lexicon::is_news_agency(whole) {
        return Some(vec![whole.to_string()]);
    }
    let trimmed = line
        .trim()
        .trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | '（' | '）' | '[' | ']' | '—' | '–' | '-' | '/' | '.'
            )
        })
        .trim();
    let lower = trimmed.to_lowercase();
    let rest = CREDIT_PHRASES
        .iter()
        .find_map(|p| {
            // Scripts without spaces write the agency right after the phrase.
            let unspaced = p
                .chars()
                .last()
                .is_some_and(super::title::is_unspaced_script);
            lower
                .strip_prefix(p)
                .filter(|r| r.starts_with(' ') || unspaced && !r.is_empty())
                .map(|r| &trimmed[trimmed.len() - r.len()..])
        })
        .unwrap_or(trimmed);
    // `Reuters contributed to this report.`: the phrase after the agencies.
    let rest = CREDIT_SUFFIXES
        .iter()
        .find_map(|p| {
            let lower = rest.to_lowercase();
            lower
                .strip_suffix(p)
                .filter(|r| r.ends_with(' '))
                .map(|r| &rest[..r.len()])
        })
        .unwrap_or(rest);
    agencies_in(rest.trim()).or_else(|| {
        // `Như Tâm (Theo AFP)`: a credit in brackets after the writer's name.
        let inner = line.trim().strip_suffix([')', '）'])?;
        let open = inner.rfind(['(', '（'])?;
        // Only after a name: a caption's bracketed photo credit is no source.
        let name = inner[..open].trim();
        let name_like = !name.is_empty()
            && name.split_whitespace().count() <= 4
            && !name.chars().any(|c| c.is_ascii_digit());
        name_like.then(|| credit_line(&inner[open..]))?
    })
}

/// `EFE y Reuters`, `AFP/Getty`, `Reuters, AP`: the names when every one is an agency.
fn agencies_in(list: &str) -> Option<Vec<String>> {
    if list.is_empty() {
        return None;
    }
    let mut names = vec![list.to_string()];
    for sep in [
        ",", " and ", " y ", " e ", " et ", " und ", " i ", " & ", " og ", " en ", " и ", "/",
    ] {
        names = names
            .iter()
            .flat_map(|n| n.split(sep).map(|p| p.trim().to_string()))
            .filter(|p| !p.is_empty())
            .collect();
    }
    // `ats/npe`: Swiss and Belgian papers sign with the agency in lower case, then the
    // editor's initials (a lower-case word alone is no agency: `ap`).
    let signed = list.contains('/');
    let lowered_agency = |n: &str| {
        signed
            && n.chars().count() <= 4
            && n.chars().all(|c| c.is_ascii_lowercase())
            && lexicon::is_news_agency(&n.to_uppercase())
    };
    let is_agency = |n: &str| lexicon::is_news_agency(n) || lowered_agency(n);
    // `Erredakzioa / EFE`, `APA/red.`: a desk or the editors' mark beside the agency credits
    // no one else.
    let is_desk_mark = |n: &str| {
        !is_agency(n)
            && (is_desk(n)
                || n.chars().count() <= 4 && n.chars().all(|c| c.is_lowercase() || c == '.'))
    };
    let agencies: Vec<String> = names.iter().filter(|n| !is_desk_mark(n)).cloned().collect();
    (!agencies.is_empty()
        && names
            .iter()
            .all(|n| is_agency(n) || lexicon::is_agency_form(n) || is_desk_mark(n)))
    .then_some(agencies)
}

/// The agency in a dateline at the start of a story's first paragraph: `DENVER (AP) —`,
/// `LONDON, March 5 (Reuters) -`, `(KTXR) —` is a station, not an agency, and is left.
pub(super) fn dateline(paragraph: &str) -> Option<String> {
    let head: String = paragraph.chars().take(100).collect();
    // `GEORGETOWN, Guyana, Nov 16, CMC – …`, `Sigulda, 5. aug., LETA. …`: the agency is the
    // dateline's last item, before its dash or full stop.
    let ends = [" – ", " — ", " - ", ". "]
        .iter()
        .flat_map(|mark| head.match_indices(mark).map(|(at, _)| at));
    for end in ends {
        let before = &head[..end];
        let last = before.rsplit(',').next().unwrap_or("").trim();
        if before.contains(',') && lexicon::is_news_agency(last) {
            return Some(last.to_string());
        }
    }
    // `أبوظبي - وام: …`, `عمان - بترا - …`: the place, a dash, the agency and a colon or dash.
    if let Some((place, rest)) = head.split_once(" - ").or_else(|| head.split_once(" – ")) {
        let agency = rest
            .split_once([':', '：'])
            .or_else(|| rest.split_once(" - "))
            .or_else(|| rest.split_once(" – "));
        if let Some((agency, _)) = agency {
            let agency = agency.trim();
            if place.split_whitespace().count() <= 3 && lexicon::is_news_agency(agency) {
                return Some(agency.to_string());
            }
        }
    }
    // `Tiranë, 22 korrik /ATSH/ -`: the agency between slashes.
    for (open_mark, close_mark) in [('(', ')'), ('/', '/')] {
        let Some(open) = head.find(open_mark) else {
            continue;
        };
        let Some(len) = head[open + 1..].find(close_mark) else {
            continue;
        };
        let close = open + 1 + len;
        // `(세종=연합뉴스)`: Korean datelines write the place and the agency joined by `=`.
        let inner = head[open + 1..close].trim();
        let inner = inner
            .rsplit_once('=')
            .map_or(inner, |(_, agency)| agency.trim());
        if !lexicon::is_news_agency(inner)
            && !is_wire_in_dated_dateline(&head[..open], inner)
            && !is_acronym_wire(&head[..open], inner)
        {
            continue;
        }
        // A dash after it closes the dateline; without one (`नई दिल्ली, 25 नवंबर (पीटीआई) सोने…`)
        // only a short place and date may come before it.
        let after = head[close + close_mark.len_utf8()..].trim_start();
        let story_follows = after.chars().count() >= 20;
        if after.starts_with(['—', '–', '-'])
            || story_follows && head[..open].split_whitespace().count() <= 5
        {
            return Some(inner.to_string());
        }
    }
    None
}

/// `HONG KONG, Nov 24 (Harbour Wire) -`: a wire not in the list, in a dateline whose place and
/// date leave no doubt. A call sign alone (`DALLAS (KTXR) —`) is a station, so the name must
/// have a word in lower case.
fn is_wire_in_dated_dateline(before: &str, inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let named = (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words
            .iter()
            .any(|w| w.chars().skip(1).any(char::is_lowercase))
        && !inner.chars().any(|c| c.is_ascii_digit());
    let before = before.trim();
    let Some((place, date)) = before.split_once(',') else {
        return false;
    };
    let place_in_capitals = place.chars().any(char::is_alphabetic)
        && place.chars().all(|c| !c.is_lowercase())
        && place.split_whitespace().count() <= 3;
    named
        && place_in_capitals
        && date.chars().any(|c| c.is_ascii_digit())
        && date.split_whitespace().count() <= 5
}

/// `PORTLAND, Maine (CPN) —`, `(CNN) —`: a wire's initials after a place in capitals or
/// opening the story. A US broadcast
/// call sign (`(KRVT)`: K or W and two or three letters, the FCC's form) is a station that
/// reported, not a wire.
fn is_acronym_wire(before: &str, inner: &str) -> bool {
    let letters = inner.chars().count();
    let acronym = (2..=6).contains(&letters) && inner.chars().all(|c| c.is_ascii_uppercase());
    let call_sign = (3..=4).contains(&letters) && inner.starts_with(['K', 'W']);
    let place = before.split(',').next().unwrap_or("").trim();
    let place_in_capitals = place.chars().any(char::is_alphabetic)
        && place.chars().all(|c| !c.is_lowercase())
        && place.split_whitespace().count() <= 3
        && before.split(',').count() <= 3;
    acronym && !call_sign && (place_in_capitals || before.trim().is_empty())
}

/// A short credit in brackets closing a paragraph: `… 4,2 millones de euros. (Europa Press)`,
/// `…班次。（中央社）`.
pub(super) fn closing_credit(paragraph: &str) -> Option<String> {
    let inner = paragraph.trim_end().strip_suffix([')', '）'])?;
    let open = inner.rfind(['(', '（'])?;
    let name = inner[open..].trim_start_matches(['(', '（']).trim();
    if lexicon::is_news_agency(name) {
        return Some(name.to_string());
    }
    // `… compost pits. (With inputs from PTI)`: a credit line's words glued to the story's end.
    let credited = credit_line(name)?;
    let agency = credited.first()?;
    (credited.len() == 1 && lexicon::is_news_agency(agency)).then(|| agency.clone())
}

/// `… dão à luz em casa. ANGOP`: an e-paper sets the agency after the story's last sentence,
/// without brackets. (Only where a story ends: a caption closes with its photo's agency.)
pub(super) fn bare_closing_credit(paragraph: &str) -> Option<String> {
    let paragraph = paragraph.trim_end();
    let end = paragraph.rfind(['.', '!', '?', '"', '”', '»'])?;
    let after = paragraph[end..]
        .trim_start_matches(['.', '!', '?', '"', '”', '»'])
        .trim();
    // `… Bayan Lepas. — Bernama`, `… desilting. – DPI`: a dash may set the credit off, and
    // then initials the list lacks credit a wire too.
    let tail = after.trim_start_matches(['—', '–', '-']).trim();
    let dashed = tail.len() < after.len();
    let initials =
        (2..=6).contains(&tail.chars().count()) && tail.chars().all(|c| c.is_ascii_uppercase());
    (!tail.is_empty() && end > 0 && (lexicon::is_news_agency(tail) || dashed && initials))
        .then(|| tail.to_string())
}

/// `Erik Lundgren/TT`: a name with its agency after a slash. Gives both.
pub(super) fn name_and_agency(line: &str) -> Option<(&str, &str)> {
    let (name, agency) = line.rsplit_once('/')?;
    let agency = agency.trim();
    (lexicon::is_news_agency(agency) && !name.trim().is_empty()).then(|| (name.trim(), agency))
}

/// A byline's name that is a desk (`Redacción`, `Ledger News Service`) rather than a person.
pub(super) fn is_desk(name: &str) -> bool {
    // `Our Political Correspondent`: "our" and a writer's role, no person.
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    if words.len() >= 2
        && lexicon::opens_desk(&words[0])
        && words.last().is_some_and(|w| lexicon::is_role_word(w))
    {
        return true;
    }
    name.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        lexicon::is_organisation_word(&w)
    })
}

/// Adds an agency to the sources unless it is there already, perhaps written with `The`
/// (`The Associated Press` in the notice, `Associated Press` in the byline).
pub(super) fn add_source(sources: &mut Vec<String>, name: &str) {
    let key = |s: &str| {
        let lower = s.trim().to_lowercase();
        lower.strip_prefix("the ").unwrap_or(&lower).to_string()
    };
    match sources.iter_mut().find(|s| key(s) == key(name)) {
        // The shorter form is the agency's name as bylines credit it.
        Some(known) if name.len() < known.len() => *known = name.to_string(),
        Some(_) => {}
        None => sources.push(name.to_string()),
    }
}

/// Moves agencies out of the authors into the sources and drops desks.
pub(super) fn sort_authors(authors: &mut Vec<String>, sources: &mut Vec<String>) {
    authors.retain(|name| {
        // `By Rosa Delgado, The Capitol Ledger`: the outlet written for credits the text too.
        let outlet =
            super::masthead_top::is_masthead(name) && !super::byline::is_known_person(name);
        if lexicon::is_news_agency(name) || outlet {
            add_source(sources, name);
            false
        } else {
            !is_desk(name)
        }
    });
}

#[cfg(test)]
mod tests;
