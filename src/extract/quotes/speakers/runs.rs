//! Runs of capitalised words, each with the role words written just before it: the raw
//! material of the people an article names.

use super::*;

/// Runs of capitalised words (with name particles), each with the lower-case role words just
/// before it (`Kremlin spokesman Dmitry Peskov`). A run stops at punctuation. A single word
/// with no role before it (a sentence's first word, a place) names no one and is left out.
pub(super) fn capital_runs(t: &Tokens) -> Vec<(Vec<String>, Vec<String>)> {
    let text = t.text;
    let mut out = Vec::new();
    // Word indexes: the strings are made only for the runs returned.
    let mut run = 0..0;
    let mut roles: Vec<String> = Vec::new();
    let mut pending_roles: Vec<String> = Vec::new();
    for (i, &w) in t.words.iter().enumerate() {
        // A heading above a paragraph (`Chapter Text` / `Izuku was…`) is no part of a name.
        let after_break = i > 0
            && text
                .get(t.words[i - 1].end..w.start)
                .is_some_and(|gap| gap.contains('\n'));
        if after_break {
            flush_run(t, &mut run, &mut roles, &mut out);
            pending_roles.clear();
        }
        let lower: &str = &t.lower[i];
        let capital = t.capital[i];
        // `Bill Bradley (Democrat)`: a bracketed word is no part of the name before it.
        let opens_quote = w.raw(text).starts_with(['"', '“', '„', '«', '‘', '(', '[']);
        // `Minister for Climate Change Ralph Kalsakau-Tari`: after a title alone, `for` or
        // `of` carries the run on to the portfolio and the name, which `split_name` parts
        // (cut at the title, the portfolio's words would open the name).
        let office_link = run.len() == 1
            && matches!(lower, "for" | "of")
            && is_title(&t.lower[run.start])
            && t.capital.get(i + 1).is_some_and(|&c| c)
            && !t.words[i - 1].closes_phrase(text);
        let joins = !opens_quote
            && (capital || (!run.is_empty() && NAME_PARTICLES.contains(&lower)) || office_link);
        let possessive = joins && t.clean(i).len() < w.core(text).len();
        // A capitalised stop word opening a sentence (`For`, `When`) is no part of a name.
        let stop_opener = run.is_empty()
            && capital
            && !is_initial(w.raw(text))
            && (PHRASE_STOPS.contains(&lower)
                || DETERMINERS.contains(&lower)
                || matches!(
                    lower,
                    "for"
                        | "of"
                        | "like"
                        | "unlike"
                        | "among"
                        | "despite"
                        | "under"
                        | "over"
                        | "asked"
                        | "speaking"
                        | "however"
                        | "meanwhile"
                )
                || INTERJECTIONS.contains(lower));
        if joins && possessive {
            // `Arsenal's Mikel Arteta`: the possessor is an affiliation of the next name.
            if run.is_empty() {
                roles = std::mem::take(&mut pending_roles);
                run = i..i;
            }
            run.end = i + 1;
            flush_run(t, &mut run, &mut roles, &mut out);
            pending_roles.clear();
            pending_roles.push(lower.to_string());
        } else if joins && !stop_opener {
            if run.is_empty() {
                roles = std::mem::take(&mut pending_roles);
                run = i..i;
            }
            run.end = i + 1;
        } else {
            // `a House Government Operations subcommittee`: capitals right before a lower-case
            // organisation word name that body, never a person.
            if !capital
                && !run.is_empty()
                && run.end == i
                && kinds::is_organisation_word(lower)
                && !t.words[i - 1].closes_phrase(text)
            {
                run = 0..0;
                roles.clear();
            }
            // `His nephew Musallam`: a noun that tells a person's sex (the kin the data lists)
            // stands before a name as any role does.
            let role = ROLE_NOUNS.contains(&lower)
                || is_title(lower)
                || (!capital && lexicon::role_noun_sex(lower).is_some());
            // `Deputy mayor Graham Pilkington`: a capitalised title alone before a lower-case
            // role is part of the role, not a name of one word.
            let title_run = (run.len() == 1 && role)
                .then(|| &*t.lower[run.start])
                .filter(|w| is_title(w) || ROLE_NOUNS.contains(w));
            if let Some(w) = title_run {
                pending_roles = std::mem::take(&mut roles);
                pending_roles.push(w.to_string());
                run = 0..0;
            }
            flush_run(t, &mut run, &mut roles, &mut out);
            if role {
                pending_roles.push(lower.to_string());
            } else {
                pending_roles.clear();
            }
        }
        if w.closes_phrase(text) {
            flush_run(t, &mut run, &mut roles, &mut out);
            pending_roles.clear();
        }
    }
    flush_run(t, &mut run, &mut roles, &mut out);
    out
}

/// Interjections opening an exclamation (`Ah Bartleby!`): `assets/lexicon/interjections.txt`.
static INTERJECTIONS: std::sync::LazyLock<HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    lexicon::word_list(include_str!("../../../../assets/lexicon/interjections.txt"))
});

/// Ends the current run (if any): returns it with its roles unless it is one word without any.
pub(super) fn flush_run(
    t: &Tokens,
    run: &mut std::ops::Range<usize>,
    roles: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, Vec<String>)>,
) {
    if run.start >= run.end {
        return;
    }
    let mut words = std::mem::replace(run, 0..0);
    let mut roles = std::mem::take(roles);
    // `Minister for External Relations`, `Undersecretary of Commerce`: a title and its
    // portfolio with no name of two words after it part as before the link was taken (the
    // title alone, then the portfolio without roles).
    if words.len() >= 2 && words.len() < 5 && matches!(&*t.lower[words.start + 1], "of" | "for") {
        if !roles.is_empty() {
            out.push((roles, vec![t.clean(words.start).to_string()]));
        }
        roles = Vec::new();
        words = words.start + 2..words.end;
    }
    if words.len() > 1 || !roles.is_empty() {
        out.push((roles, words.map(|k| t.clean(k).to_string()).collect()));
    }
}

/// Whether a lower-case `the` stands right before word `i` (`his boat, the Nang Ngam`):
/// English writes no `the` before a person's name that has no title, only before a ship's, a
/// band's or a body's.
pub(super) fn after_the(t: &Tokens, i: usize) -> bool {
    i > 0 && t.lower[i - 1] == "the" && !t.capital[i - 1] && !t.words[i - 1].closes_phrase(t.text)
}

/// `A.` in `A. William Reynolds`: one capital letter with a full stop is an initial, never the
/// article `a` (nor `I`).
pub(super) fn is_initial(raw: &str) -> bool {
    let mut chars = raw.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(c), Some('.'), None) if c.is_uppercase()
    )
}

#[cfg(test)]
mod run_tests {
    use super::*;

    #[test]
    fn a_heading_above_a_paragraph_is_no_part_of_the_name_that_opens_it() {
        let text = "Chapter Text\n\nIzuku Midoriya was struggling to understand it.";
        let runs = capital_runs(&Tokens::new(text));
        assert!(
            runs.iter().any(|(_, name)| name == &["Izuku", "Midoriya"]),
            "{runs:?}"
        );
    }
}
