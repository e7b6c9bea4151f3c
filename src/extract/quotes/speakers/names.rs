//! Names apart from titles and affiliations: where a name starts in a run of capitals,
//! and what looks like one.

use super::*;

/// Splits a phrase into role words and the name after the last title, cutting the name at
/// the first lower-case word: `Ukrainian President Volodymyr Zelensky` -> ({ukrainian,
/// president}, [Volodymyr, Zelensky]); `Professor Ann Lee of UCL` -> ({professor}, [Ann, Lee]).
pub(super) fn split_name(tokens: &[String]) -> (Vec<String>, Vec<String>) {
    split_name_after(tokens, false)
}

/// [`split_name`] for a run written right after lower-case role words (`chief executive
/// Ravinesh Kumar Narayan`) when `after_roles`: such a run opens no sentence, so its first
/// word is the name's even when no list knows it.
pub(super) fn split_name_after(tokens: &[String], after_roles: bool) -> (Vec<String>, Vec<String>) {
    let mut last_role: Option<usize> = None;
    let mut stop = tokens.len();
    let mut in_name = false;
    for (i, t) in tokens.iter().enumerate() {
        let lower = t.to_lowercase();
        let capital = t.chars().next().is_some_and(char::is_uppercase);
        // `Peter Baron`, `Carol Bishop`: a title closing a run right after a given name is
        // the surname; a title goes before the name it qualifies.
        // `Peter Baron of West Germany`: the same before `of` or `for`, after a given name
        // that is no people's adjective (`West German Minister of State`).
        let before_of = i + 1 < tokens.len()
            && matches!(tokens[i + 1].as_str(), "of" | "for")
            && i > 0
            && !lexicon::is_demonym(&tokens[i - 1].to_lowercase())
            && !DEMONYMS.contains(&tokens[i - 1].to_lowercase().as_str());
        let surname = (i + 1 == tokens.len() || before_of)
            && i > 0
            && lexicon::given_name(&tokens[i - 1].to_lowercase()).is_some_and(|s| s != Sex::Either);
        // `Reporter Hemi Walker`, `Retiree Tan Boon Hock`: a role noun capitalised as a
        // sentence's first word, before a name of two words or more, is the person's role.
        let opening_role = i == 0
            && tokens.len() >= 3
            && ROLE_NOUNS.contains(&lower.as_str())
            && lexicon::given_name(&lower).is_none();
        // `Veridian Energy Recovery`: a portfolio word (`energy`, `trade`) between capitalised
        // words that are no title is part of a name; it qualifies a role only before one
        // (`Saudi Energy Minister`).
        let portfolio_in_name = in_name
            && capital
            && ROLE_ADJECTIVES.contains(&lower.as_str())
            && !ROLE_NOUNS.contains(&lower.as_str())
            && !lexicon::is_speaker_title(&lower)
            && lexicon::honorific(&lower).is_none()
            && tokens.get(i + 1).is_some_and(|next| {
                let next_lower = next.to_lowercase();
                next.chars().next().is_some_and(char::is_uppercase)
                    && !is_title(&next_lower)
                    && !ROLE_NOUNS.contains(&next_lower.as_str())
                    && lexicon::given_name(&next_lower).is_none()
            });
        // `Mayor Dean Hollis`, `Cr Dean Hollis`: a title word that is also a given name, after
        // a title and before the last word of the run, is the given name (two titles in a row
        // before a one-word name are rare).
        // `Secretary General Fadhil`: `general` closes a compound title.
        let given_after_title = i > 0
            && i + 2 == tokens.len()
            && lower != "general"
            && last_role == Some(i - 1)
            && lexicon::given_name(&lower).is_some_and(|s| s != Sex::Either)
            && tokens[i + 1].chars().next().is_some_and(char::is_uppercase)
            && !is_title(&tokens[i + 1].to_lowercase());
        // `Ma. Luisa Castañeda`: an abbreviated given name opens the name (`MA` is a place).
        let abbreviated_given = vocab::is_given_name_abbreviation(t) && i + 1 < tokens.len();
        // `Vice Premier Yao Yilin`, `Finance director Yao Konan`: a place's or a people's word
        // right after a title (or opening a run written after lower-case role words), before
        // one last capitalised word that is no title, place or body word, is the name's first
        // word (`Yao` is a city and a people too); a title comes after an affiliation.
        let after_title =
            (i > 0 && last_role == Some(i - 1) && is_title(&tokens[i - 1].to_lowercase()))
                || (i == 0 && after_roles);
        let given_after_title_place = after_title
            && i + 2 == tokens.len()
            && capital
            && is_affiliation(&lower)
            && lower.chars().all(char::is_alphabetic)
            && tokens[i + 1].chars().next().is_some_and(char::is_uppercase)
            && {
                let next = tokens[i + 1].to_lowercase();
                !is_title(&next)
                    && !is_affiliation(&next)
                    && !lexicon::is_place(&next)
                    && !kinds::is_organisation_word(&next)
                    && !lexicon::is_place(&format!("{lower} {next}"))
            };
        if abbreviated_given || given_after_title_place {
            in_name = true;
        } else if (is_title(&lower) && !surname && !portfolio_in_name && !given_after_title)
            || opening_role
            || (!in_name
                && (is_affiliation(&lower) || affiliated_modifier(t))
                && i + 1 < tokens.len())
        {
            last_role = Some(i);
            in_name = false;
        } else if capital || (in_name && NAME_PARTICLES.contains(&lower.as_str())) {
            in_name = true;
        } else if in_name
            && (PHRASE_STOPS.contains(&lower.as_str())
                || DETERMINERS.contains(&lower.as_str())
                || matches!(lower.as_str(), "of" | "for" | "who" | "whose")
                || !tokens[i + 1..]
                    .iter()
                    .any(|t| t.chars().next().is_some_and(char::is_uppercase)))
        {
            // `Professor Ann Lee of UCL`: the name ends at the first word that cannot join it.
            stop = i;
            break;
        } else {
            // `Hazelbrook local Trevor McKenzie`, `Pakistan-based developer Ammar Askar`: a
            // lower-case role word after capitals makes them an affiliation.
            in_name = false;
            last_role = Some(i);
        }
    }
    let mut name_start = last_role.map_or(0, |t| t + 1);
    // `Republican Donald Trump`, `Agriculture Donald Amstutz`: in a long run, words before the
    // first given name that are no names themselves are affiliations.
    let stop = stop.max(name_start);
    if stop - name_start >= 3 {
        let run = &tokens[name_start..stop];
        let lower_run: Vec<String> = run.iter().map(|t| t.to_lowercase()).collect();
        if let Some(k) = (1..run.len() - 1).find(|&k| lexicon::given_name(&lower_run[k]).is_some())
        {
            // `China Octavio Valerio` (after `Ambassador to`): a place is an affiliation here
            // even when it is also a given name (`China`, `Georgia`), as a name follows it.
            if lower_run[..k].iter().all(|w| {
                is_affiliation(w)
                    || lexicon::is_place(w)
                    || (lexicon::given_name(w).is_none()
                        && w.chars().count() > 1
                        && !NAME_PARTICLES.contains(&w.as_str())
                        && !w.ends_with('.'))
                        && run_is_titled(&lower_run[..k])
            }) {
                name_start += k;
            }
        }
    }
    // `Minister of Supply Sherif Farouk`, `Secretary of State John Kerry`: after a role ending
    // in `of`, the name is the last two words, or from the first given name.
    if name_start > 0
        && stop - name_start >= 3
        && matches!(tokens[name_start - 1].to_lowercase().as_str(), "of" | "for")
    {
        let given = (name_start..stop - 1)
            .find(|&k| lexicon::given_name(&tokens[k].to_lowercase()).is_some());
        name_start = given.unwrap_or(stop - 2);
    }
    // `Enter Stuart R. Kaplan`, `Meanwhile Susan Phillips`: a capitalised word that is no
    // given name, before one that is, opens the sentence rather than the name.
    // After a title the run opens no sentence, and a short word before a given name is a
    // surname written first (`District Judge Ong Mei Hua`, `Tan`, `Lim`, `Ng`): it stays. A
    // longer one is an office the titles do not list (`Chief Accountant Clarence Sampson`).
    let surname_first = last_role.is_some()
        && tokens
            .get(name_start)
            .is_some_and(|t| t.chars().count() <= 4);
    // `Deputy Speaker Ghulam Mustafa Shah`, `chief executive Ravinesh Kumar Narayan`: right
    // after a title, a capitalised word no list knows is a given name the lists lack, unless
    // it reads as an office (`Chief Accountant Clarence Sampson`) or a portfolio's plural
    // after one of its words (`Trade Negotiations Michael Duffy`, `Foreign Affairs`).
    let unlisted_given_after_title = name_start > 0
        && last_role == Some(name_start - 1)
        // After `Minister for`, `Secretary of State for` a portfolio follows (`Foreign
        // Affairs`, `Trade Negotiations`), no given name.
        && !tokens[..name_start]
            .iter()
            .any(|t| matches!(t.as_str(), "of" | "for"))
        && !ROLE_ADJECTIVES.contains(&tokens[name_start - 1].to_lowercase().as_str())
        && tokens.get(name_start).is_some_and(|t| {
            let l = t.to_lowercase();
            !ROLE_NOUNS.contains(&l.as_str())
                && !is_title(&l)
                && !is_affiliation(&l)
                && !lexicon::is_place(&l)
                && !kinds::is_organisation_word(&l)
                && l.chars().all(char::is_alphabetic)
                && !l.ends_with('s')
                && !vocab::has_office_suffix(&l)
        });
    // After role words, a first word that is no role, title, honorific or acronym
    // (`CNPF Francois Perigot`, `Delegate Charles Dallara`) is the name's own.
    let unlisted_after_roles = after_roles
        && tokens.get(name_start).is_some_and(|t| {
            let l = t.to_lowercase();
            t.chars().any(char::is_lowercase)
                && l.chars().all(char::is_alphabetic)
                && !ROLE_NOUNS.contains(&l.as_str())
                && !is_title(&l)
                && !is_affiliation(&l)
                && lexicon::honorific(&l).is_none()
        });
    if stop - name_start >= 3
        && !surname_first
        && !unlisted_given_after_title
        && !unlisted_after_roles
    {
        let first = tokens[name_start].to_lowercase();
        let second = tokens[name_start + 1].to_lowercase();
        // `Xosé Manuel Iglesias`: a short word with a letter English lacks is a foreign given
        // name, no English word opening the sentence (`Bürgermeisterin` is a title).
        let foreign_given = !first.is_ascii() && first.chars().count() <= 6;
        if lexicon::given_name(&first).is_none()
            && !foreign_given
            && !vocab::is_given_name_abbreviation(&tokens[name_start])
            && !first.ends_with('.')
            && first.chars().count() > 1
            && lexicon::given_name(&second).is_some_and(|s| s != Sex::Either)
        {
            name_start += 1;
        }
    }
    // `Haunted Izuku on the drive home`, `Finally Susan`: a participle or an adverb opening
    // the sentence before a name is no part of it, and no role either.
    let opener = stop - name_start >= 2 && opens_clause(&tokens[name_start]);
    let roles = tokens[..name_start]
        .iter()
        .map(|s| s.to_lowercase())
        .collect();
    if opener {
        name_start += 1;
    }
    // `Michael Ó Dálaigh SC`, `Jane Doe MP`: letters after a name written in capitals are an
    // office or an honour, not a surname.
    let mut stop = stop;
    while stop - name_start >= 3 && {
        let last = &tokens[stop - 1];
        !last.chars().any(char::is_lowercase) && lexicon::is_post_nominal(&last.to_lowercase())
    } {
        stop -= 1;
    }
    (roles, tokens[name_start..stop].to_vec())
}

/// A capitalised word shaped like a participle or an adverb (`Haunted`, `Speaking`,
/// `Finally`) that the given-name data does not know: it opens a clause, not a name.
fn opens_clause(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() >= 5
        && lower.chars().all(char::is_alphabetic)
        && ["ed", "ly", "ing"].iter().any(|end| lower.ends_with(end))
        && lexicon::given_name(&lower).is_none()
}

/// `Dutch-born`, `French-controlled`: a place's or a people's word joined to a lower-case word
/// qualifies the name after it, as the people's word alone does (`Dutch Marloes de Vries`).
fn affiliated_modifier(token: &str) -> bool {
    token.split_once('-').is_some_and(|(head, tail)| {
        !tail.is_empty()
            && tail.chars().all(|c| c.is_lowercase())
            && head.chars().next().is_some_and(char::is_uppercase)
            && is_affiliation(&head.to_lowercase())
    })
}

/// A people's adjective: a language's (`german`), one of the listed forms (`swede`), or one
/// shaped like one (`american`, `timorese`) that is nobody's given name (`Adrian`).
pub(super) fn is_nationality_word(lower: &str) -> bool {
    lexicon::is_demonym(lower)
        || DEMONYMS.contains(&lower)
        || (["ian", "ean", "ican", "ese"]
            .iter()
            .any(|end| lower.ends_with(end) && lower.len() > end.len() + 2)
            && lexicon::given_name(lower).is_none())
}

/// Whether words before a given name read as an affiliation rather than a name's first part:
/// at least one is a place, a people's adjective or an organisation word.
pub(super) fn run_is_titled(lower: &[String]) -> bool {
    lower.iter().any(|w| is_affiliation(w))
}

pub(super) fn looks_like_name(tokens: &[String]) -> bool {
    !tokens.is_empty()
        && tokens.len() <= 5
        && tokens.iter().all(|t| {
            t.chars().next().is_some_and(char::is_uppercase) || NAME_PARTICLES.contains(&t.as_str())
        })
        && tokens
            .first()
            .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
        && !tokens
            .iter()
            .any(|t| WEEKDAYS_MONTHS.contains(&t.to_lowercase().as_str()))
}
