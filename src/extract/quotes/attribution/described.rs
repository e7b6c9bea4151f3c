//! An indefinite description after a verb-first attribution, as the guideline writes it whole:
//! lower-case modifiers before its role noun (`said one commission house analyst`) and the
//! employer after it (`said one dealer at a top European bank.`); and a description opening
//! the clause before a speech verb (`A shop assistant`, `one passer-by`).

use super::super::vocab::{self, DETERMINERS, PHRASE_STOPS, PRONOUNS, ROLE_NOUNS, WEEKDAYS_MONTHS};
use super::super::words::Word;
use super::phrase::trim_phrase;

/// How many words the employer after a description's head may hold, up to its comma or stop.
const MAX_EMPLOYER_WORDS: usize = 12;

/// Whether word `k` (lower-case) is one of up to three lower-case modifiers before the role
/// noun of a description opened by `a`, `an`, `one`, `another` or `the` (`one western monetary
/// official`, `one commission house analyst`, `said the aid worker, who …`).
pub(super) fn modifies_role_ahead(s: &str, ws: &[Word], k: usize, taken: &[Word]) -> bool {
    let opened = taken
        .first()
        .is_some_and(|f| matches!(f.lower(s).as_str(), "a" | "an" | "one" | "another" | "the"));
    let plain =
        |w: &Word| super::phrase::plain_modifier(s, *w) && !vocab::is_speech_verb(&w.lower(s));
    opened
        && ws.get(k).is_some_and(plain)
        && (k + 1..=k + 3).any(|j| {
            ws.get(k + 1..j).is_some_and(|run| run.iter().all(plain))
                && ws.get(j).is_some_and(|n| {
                    !n.is_capitalized(s) && ROLE_NOUNS.contains(&n.lower(s).as_str())
                })
        })
}

/// `said one trader for a large retail firm on the floor of the IMM.`: after an indefinite
/// description's role noun, a preposition of employment and the words up to the next comma or
/// stop are part of the description. Nothing is added without such an end within a few words,
/// or with a clause, a speech verb, a quotation mark or a date inside (`a spokesman for the
/// ministry on Tuesday` keeps the date out by keeping the employer out).
pub(super) fn extend_by_employer(s: &str, ws: &[Word], taken: &mut Vec<Word>) {
    let (Some(first), Some(last)) = (taken.first(), taken.last()) else {
        return;
    };
    if !matches!(first.lower(s).as_str(), "a" | "an" | "one" | "another")
        || taken.len() < 2
        || last.closes_phrase(s)
        || !ROLE_NOUNS.contains(&last.lower(s).as_str())
    {
        return;
    }
    let Some(next) = ws.iter().position(|w| w.start > last.start) else {
        return;
    };
    // `for a large retail firm on the floor of the IMM`: once an employer is being named, a
    // place inside it goes on with it.
    let employing = |l: &str| matches!(l, "at" | "for" | "with" | "from");
    let named_employer = taken[1..].iter().any(|w| employing(&w.lower(s)));
    let opener = ws[next].lower(s);
    let inside_employer = named_employer && matches!(opener.as_str(), "on" | "in" | "of");
    if !(employing(&opener) || inside_employer) {
        return;
    }
    let mut added = Vec::new();
    for &w in ws[next..].iter().take(MAX_EMPLOYER_WORDS) {
        let lower = w.lower(s);
        if w.raw(s).starts_with(['"', '“', '„', '«', '‘'])
            || matches!(
                lower.as_str(),
                "that" | "who" | "which" | "yesterday" | "today" | "tonight" | "last" | "earlier"
            )
            || WEEKDAYS_MONTHS.contains(&lower.as_str())
            || vocab::is_speech_verb(&lower)
        {
            return;
        }
        added.push(w);
        // `said a broker at Nomura Securities Co.`: the paragraph's end closes it too.
        let paragraph_end = s[w.end..].trim_start().is_empty() || s[w.end..].starts_with("\n");
        if w.closes_phrase(s) || paragraph_end {
            taken.extend(added);
            return;
        }
    }
}

/// Whether the words between a quote's closing mark and a subject that opens with a role
/// (`chief executive Ma. Lourdes Villanueva`) are more of that role the walk back left out:
/// roles joined by `and` (`president and`), or a capitalised word and a number naming a
/// district (`Ward 7`).
pub(super) fn role_leftover(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    let role = |w: &str| {
        ROLE_NOUNS.contains(&w) || vocab::TITLES.contains(&w) || vocab::ROLE_ADJECTIVES.contains(&w)
    };
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    !words.is_empty()
        && words.len() <= 4
        && words.iter().enumerate().all(|(k, w)| {
            role(w)
                || (matches!(*w, "and" | "&")
                    && k > 0
                    && role(words[k - 1])
                    && k + 1 == words.len())
                || (number(w) && k > 0 && words[k - 1].starts_with(char::is_uppercase))
                || (w.starts_with(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
                    && words.get(k + 1).is_some_and(|n| number(n)))
        })
}

/// How far before an `and` a walk back looks for the organisation word of a body's name.
const MAX_NAME_WORDS_BEFORE_AND: usize = 4;

/// Whether the `and` at `ws[i]`, walking back from a verb over `ws[i + 1..end]`, joins two
/// parts of one body's name (`the NSW Department of Planning and Environment`, `the Securities
/// and Exchange Commission`): capitalised words on both sides, and an organisation word in the
/// name after it or in the few capitalised words (and `of`) before it. `Smith and Jones` stay
/// two people.
pub(super) fn and_inside_body_name(s: &str, ws: &[Word], i: usize, end: usize) -> bool {
    let capital_name = |w: &Word| w.is_capitalized(s) && !w.closes_phrase(s);
    let org = |w: &Word| super::super::kinds::is_organisation_word(&w.lower(s));
    if i == 0 || i + 1 >= end || !ws[i + 1].is_capitalized(s) || !capital_name(&ws[i - 1]) {
        return false;
    }
    // The name after `and` runs to the verb: capitals (and `of`), no role or title (`Trade and
    // Industry Minister Jose …`, `Ways and Means Committee chairman Dan Rostenkowski` name a
    // person), and more than a legal form (`Wilf Gobert of Peters and Co` names a person).
    let rest = &ws[i + 1..end];
    let named_body = rest.iter().all(|w| {
        let l = w.lower(s);
        (w.is_capitalized(s) || matches!(l.as_str(), "of" | "for" | "and"))
            && !ROLE_NOUNS.contains(&l.as_str())
            && !vocab::TITLES.contains(&l.as_str())
    }) && !rest.iter().all(|w| {
        crate::extract::lexicon::legal_forms().contains(&w.lower(s).trim_end_matches('.'))
    });
    if !named_body {
        return false;
    }
    let after = rest.iter().any(|w| w.is_capitalized(s) && org(w));
    let before = ws[..i]
        .iter()
        .rev()
        .take(MAX_NAME_WORDS_BEFORE_AND)
        .take_while(|w| capital_name(w) || matches!(w.lower(s).as_str(), "of" | "for"))
        .any(|w| w.is_capitalized(s) && org(w));
    after || before
}

/// An indefinite or definite description whose head noun no list knows: `A shop assistant`,
/// `the 23-year-old`, `one passer-by`. The determiner must open the clause (or follow a
/// stop), so words inside a longer clause are not taken for a speaker.
pub(super) fn described_by_determiner(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let n = ws.len();
    let last = *ws.last()?;
    let head = last.lower(s);
    if head.is_empty()
        || PHRASE_STOPS.contains(&head.as_str())
        || PRONOUNS.contains(&head.as_str())
        || last.is_capitalized(s)
    {
        return None;
    }
    for d in (n.saturating_sub(4)..n.saturating_sub(1)).rev() {
        let w = ws[d];
        let lower = w.lower(s);
        if matches!(lower.as_str(), "a" | "an" | "the" | "one" | "another") {
            // `for what one crofter called "…"`: `what` opens the clause too.
            let opens = d == 0 || ws[d - 1].closes_phrase(s) || ws[d - 1].lower(s) == "what";
            let plain = ws[d + 1..].iter().all(|w| {
                let l = w.lower(s);
                !l.is_empty()
                    && !PHRASE_STOPS.contains(&l.as_str())
                    && !DETERMINERS.contains(&l.as_str())
                    && !vocab::is_speech_verb(&l)
                    && l.chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
            });
            let inner_closed = ws[d..n - 1].iter().any(|w| w.closes_phrase(s));
            if opens && plain && !inner_closed {
                return Some(trim_phrase(s, w.start, last.end));
            }
            break;
        }
        if w.closes_phrase(s) {
            break;
        }
    }
    // `a senior diplomat involved in the talks`: a clause-opening description holding a role
    // noun, with a short post-modifier.
    let d = 0;
    if n <= 8
        && matches!(
            ws[d].lower(s).as_str(),
            "a" | "an" | "the" | "one" | "another"
        )
    {
        let has_role = ws[1..]
            .iter()
            .take(3)
            .any(|w| ROLE_NOUNS.contains(&w.lower(s).as_str()));
        let inner_closed = ws[..n - 1].iter().any(|w| w.closes_phrase(s));
        let no_verb = ws[1..]
            .iter()
            .all(|w| !vocab::is_speech_verb(&w.lower(s)) && !w.raw(s).starts_with(['"', '“', '‘']));
        if has_role && !inner_closed && no_verb {
            return Some(trim_phrase(s, ws[0].start, last.end));
        }
    }
    None
}
