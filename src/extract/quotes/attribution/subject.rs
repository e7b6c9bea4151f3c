//! The subject written before a speech verb: a pronoun, a name, a titled name, a name in
//! apposition to a description, or a description (`a spokesman for the ministry`).

use super::super::vocab::{
    self, DETERMINERS, PHRASE_STOPS, PRONOUNS, ROLE_ADJECTIVES, ROLE_NOUNS, VERB_FILLERS,
    WEEKDAYS_MONTHS,
};
use super::super::words::{Word, words};
use super::MAX_SUBJECT_WORDS;
use super::appositions;
pub use super::clause_subjects::{coordinated_subject, relative_subject};
use super::described::described_by_determiner;
use super::phrase::{is_proper, titled_name, trim_phrase};

/// A lower-case adverb in `-ly` between a subject and its verb (`Smith angrily said`, `the
/// minister personally told`): a filler like the listed ones.
fn is_ly_adverb(lower: &str) -> bool {
    lower.len() >= 5
        && lower.ends_with("ly")
        && lower.chars().all(char::is_alphabetic)
        && !ROLE_NOUNS.contains(&lower)
        && !vocab::GROUP_NOUNS.contains(&lower)
        // Nouns and papers in `-ly`: `the Smith family said`, `the weekly said`.
        && !matches!(
            lower,
            "family" | "ally" | "assembly" | "supply" | "monopoly" | "rally" | "daily"
                | "weekly" | "monthly" | "quarterly" | "anomaly"
        )
}

/// The subject written before a speech verb, walking back from the verb: `he`, `Zelensky`,
/// `the Ukrainian president`, `a spokesman for the ministry`, `Smith, the minister,` -> `Smith`.
pub fn subject_before(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let mut end = ws.len();
    while end > 0
        && (VERB_FILLERS.contains(&ws[end - 1].lower(s).as_str())
            || (!ws[end - 1].is_capitalized(s) && is_ly_adverb(&ws[end - 1].lower(s))))
        && !ws[end - 1].raw(s).ends_with(',')
    {
        end -= 1;
    }
    if end == 0 {
        return None;
    }
    // `the plan was said to ...`: a passive verb has no speaker for a subject.
    if end < ws.len()
        && matches!(
            ws[end].lower(s).as_str(),
            "was" | "were" | "is" | "are" | "been" | "be"
        )
    {
        return None;
    }
    // Appositive: `Smith, the minister, said`, `Smith, who ..., said` or `the museum's
    // director, Clara Jensen, said`: the proper name wins over the description.
    if ws[end - 1].raw(s).ends_with(',') {
        let mut j = end - 1;
        while j > 0 && !ws[j - 1].raw(s).ends_with(',') {
            j -= 1;
        }
        // `Diner Lisa Hart, 29, from Salford, said`: where the person is from qualifies the
        // name before it, no speaker of its own.
        let from_place = end - j <= 4
            && matches!(ws[j].lower(s).as_str(), "from" | "of" | "in")
            && ws.get(j + 1).is_some_and(|w| w.is_capitalized(s));
        if j > 0 && from_place && ws[j - 1].raw(s).ends_with(',') {
            if let Some(found) = subject_before(s, &ws[..j]) {
                return Some(found);
            }
        }
        if j > 0 && end - j <= 20 {
            // `The mayor of Douala V, who toured …, promised`: the office and where it is held.
            // `A cane cutter from Natova, who asked not to be named, said`: a description
            // whose modifier ends in a place, before a clause set off by commas; the walk
            // back alone would give the place.
            let head = appositions::office_of_place(s, &ws[..j])
                .or_else(|| appositions::described_opening(s, &ws[..j]))
                .or_else(|| walk_back(s, &ws[..j]))
                .or_else(|| described_by_determiner(s, &ws[..j]));
            // `CME` in `William Brodsky, president of the Chicago Mercantile Exchange, CME,` is
            // the body's short name, no name in apposition.
            let appositive_is_name = !is_acronym(s, &ws[j..end])
                && ((end - j <= 4 && is_proper(s, &ws[j..end]))
                    || (end - j <= 6 && titled_name(s, &ws[j..end])));
            // `The librarian at Belmont, a lovely woman named Priya, told`: the name given.
            if let Some(found) = named_in(s, &ws[j..end]) {
                return Some(found);
            }
            // `Its spokeswoman in Port Sudan, Rania Khoury, said`: the place is no name.
            let head_after_preposition =
                head.is_some_and(|(a, _)| appositions::after_preposition(s, &ws[..j], a));
            let head_is_name =
                head.is_some_and(|(a, b)| phrase_is_proper(s, a, b)) && !head_after_preposition;
            // `The regulator, the Water Standards Authority, said`: a description's name in
            // apposition, after `the`.
            if let Some((a, b)) = head.filter(|_| !head_is_name) {
                let opening = s[a..].split(' ').next().unwrap_or("").to_lowercase();
                // `The teachers' union, the Birch Falls Education Association,`: the walk back
                // stops at the possessive and leaves the head noun alone.
                let head_alone = s[a..b].chars().all(char::is_lowercase) && a < b;
                let described = DETERMINERS.contains(&opening.as_str()) || head_alone;
                if let Some(found) = described.then(|| joined_name(s, &ws[j..end])).flatten() {
                    return Some(found);
                }
                // `A civic group, Save the Vaal, said`: a body's name, small words inside it,
                // in apposition to a description headed by a body noun.
                let body_head = s[a..b]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| vocab::is_body_noun(&w.to_lowercase()));
                if let Some(found) = (described && body_head)
                    .then(|| appositions::body_name(s, &ws[j..end]))
                    .flatten()
                {
                    return Some(found);
                }
            }
            if appositive_is_name && !head_is_name {
                return Some(trim_phrase(s, ws[j].start, ws[end - 1].end));
            }
            // `The bill's rapporteur, Eszter Vámos of the governing Civic Union, said`.
            if let Some(found) = (!head_is_name)
                .then(|| name_before_affiliation(s, &ws[j..end]))
                .flatten()
            {
                return Some(found);
            }
            if !head_is_name {
                if let Some(found) = name_opening_appositives(s, ws, j) {
                    return Some(found);
                }
            }
            if let Some(found) = head.and_then(|h| appositions::bare_then_apposed(s, ws, j, end, h))
            {
                return Some(found);
            }
            if let Some(found) = head {
                return Some(found);
            }
        }
        return walk_back(s, &ws[j..end]);
    }
    if let Some(found) = appositions::document_from(s, &ws[..end]) {
        return Some(found);
    }
    if let Some(found) = appositions::described_by_closeness(s, &ws[..end]) {
        return Some(found);
    }
    if let Some(found) = appositions::described_opening(s, &ws[..end]) {
        return Some(found);
    }
    if let Some(found) = appositions::described_with_relative(s, &ws[..end]) {
        return Some(found);
    }
    walk_back(s, &ws[..end]).or_else(|| described_by_determiner(s, &ws[..end]))
}

/// A person's name opening an apposition, then where the person belongs (`Eszter Vámos of
/// the governing Civic Union`, `Aziz Ndoye from Gaston Productions`): two to four capitalised
/// words opening with a given name the data knows, no organisation word among them (`Royal
/// Bank of Scotland` is one body's name), then `of`, `from` or `at`.
fn name_before_affiliation(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let k = ws
        .iter()
        .position(|w| matches!(w.raw(s), "of" | "from" | "at"))?;
    let name = &ws[..k];
    let person = (2..=4).contains(&name.len())
        && k + 1 < ws.len()
        && is_proper(s, name)
        && crate::extract::lexicon::given_name(&name[0].lower(s)).is_some()
        && !name
            .iter()
            .any(|w| super::super::kinds::is_organisation_word(&w.lower(s)));
    person.then(|| trim_phrase(s, name[0].start, name[k - 1].end))
}

/// Whether the words of `s[a..b]` are a proper name.
fn phrase_is_proper(s: &str, a: usize, b: usize) -> bool {
    let shifted: Vec<Word> = words(&s[a..b], 8)
        .iter()
        .map(|w| Word {
            start: w.start + a,
            end: w.end + a,
        })
        .collect();
    is_proper(s, &shifted)
}

/// The name a description gives with `named` or `called` at its end (`a lovely woman named
/// Priya`): one to three capitalised words.
fn named_in(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let k = ws
        .iter()
        .rposition(|w| matches!(w.lower(s).as_str(), "named" | "called"))?;
    let name = &ws[k + 1..];
    (k > 0 && (1..=3).contains(&name.len()) && is_proper(s, name))
        .then(|| trim_phrase(s, name[0].start, name[name.len() - 1].end))
}

/// A name after `the` in apposition: `the Water Standards Authority`, `the Kenya Technical
/// Lecturers' Union` (up to six capitalised words). A name with lower-case words inside (`Save
/// the Vaal`, `Bank of England`) is not taken: the speaker passes would cut it at them.
fn joined_name(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let ws = match ws.split_first() {
        Some((the, rest)) if the.raw(s) == "the" => rest,
        _ => return None,
    };
    let (first, last) = (ws.first()?, ws.last()?);
    let fits = ws.len() <= 6
        && ws.iter().all(|w| {
            let lower = w.lower(s);
            w.is_capitalized(s)
                && !PRONOUNS.contains(&lower.as_str())
                && !WEEKDAYS_MONTHS.contains(&lower.as_str())
                && !lower.ends_with("'s")
                && !lower.ends_with("’s")
        });
    fits.then(|| trim_phrase(s, first.start, last.end))
}

/// Words written all in capitals (`CME`, `NUM`): an organisation's short name.
fn is_acronym(s: &str, ws: &[Word]) -> bool {
    !ws.is_empty()
        && ws.iter().all(|w| {
            let core = w.core(s);
            core.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !core.chars().any(char::is_lowercase)
        })
}

/// The name that opens a sentence before a chain of appositives ending at word `j`: an age, a
/// description, an acronym (`Husband Keith, 61, a retired bus driver, admitted`, `William
/// Brodsky, president of the Chicago Mercantile Exchange, CME, told`). The name must open the
/// sentence, so a name in an opening clause (`After meeting Smith, the minister, …`) is not
/// taken.
fn name_opening_appositives(s: &str, ws: &[Word], j: usize) -> Option<(usize, usize)> {
    let mut seg_start = j;
    for _ in 0..3 {
        // The segment before `seg_start`: back to the previous comma.
        let seg_end = seg_start;
        if seg_end == 0 {
            return None;
        }
        let mut k = seg_end - 1;
        while k > 0 && !ws[k - 1].raw(s).ends_with(',') {
            k -= 1;
        }
        let segment = &ws[k..seg_end];
        let opens_sentence = k == 0 || ws[k - 1].raw(s).ends_with(['.', '!', '?', ':']);
        if opens_sentence && segment.len() <= 5 {
            // The whole segment is the name: `Earlier,` is no name.
            let whole = walk_back(s, segment).filter(|&(a, _)| a <= segment[0].start + 1);
            let named =
                !is_acronym(s, segment) && (is_proper(s, segment) || titled_name(s, segment));
            return whole.filter(|_| named);
        }
        let first = segment[0].lower(s);
        let appositive = is_acronym(s, segment)
            || first.chars().all(|c| c.is_ascii_digit())
            || !segment[0].is_capitalized(s);
        if !appositive || k == 0 {
            return None;
        }
        seg_start = k;
    }
    None
}

fn walk_back(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let last = *ws.last()?;
    let last_lower = last.lower(s);
    if PRONOUNS.contains(&last_lower.as_str()) {
        let (a, b) = trim_phrase(s, last.start, last.end);
        return Some((a, b));
    }
    let mut start_idx = ws.len();
    // The start before any tentatively taken lower-case modifiers (`unification` in `South
    // Korea's unification ministry`), restored if the walk ends on one.
    let mut committed = ws.len();
    let mut tentative = 0;
    let mut taken = 0;
    let mut i = ws.len();
    while i > 0 && taken < MAX_SUBJECT_WORDS {
        let w = ws[i - 1];
        let lower = w.lower(s);
        // `The Barbados Light & Power Company Limited`: `&` between capitalised words joins
        // a body's name.
        let ampersand = w.raw(s) == "&" && taken > 0 && i >= 2 && ws[i - 2].is_capitalized(s);
        if lower.is_empty() && !ampersand {
            break;
        }
        // `Citicorp Investment Bank (Switzerland) AG`: a bracketed word inside a name is part
        // of it.
        let raw = w.raw(s);
        let bracketed = i < ws.len()
            && raw.starts_with('(')
            && raw.ends_with(')')
            && raw[1..].starts_with(char::is_uppercase)
            // `(IBC) President Jorio Dauster`: an acronym in brackets closes the body's name.
            && raw.chars().any(char::is_lowercase)
            && ws[i].is_capitalized(s);
        if i < ws.len() && w.closes_phrase(s) && !bracketed {
            break;
        }
        let capital = w.is_capitalized(s) || bracketed;
        let is_det = DETERMINERS.contains(&lower.as_str());
        // `the NSW Department of Planning and Environment said`: `and` inside a body's name.
        let joins_body = lower == "and"
            && taken > 0
            && super::described::and_inside_body_name(s, ws, i - 1, ws.len());
        // `The Scientific Advisory Committee on Montserrat Volcanic Activity said`: `on` between
        // a body's organisation word and the capitalised words of its remit is in the name.
        let joins_on = lower == "on"
            && taken > 0
            && i >= 2
            && ws.get(i).is_some_and(|next| next.is_capitalized(s))
            && ws[i - 2].is_capitalized(s)
            && super::super::kinds::is_organisation_word(&ws[i - 2].lower(s));
        if (PHRASE_STOPS.contains(&lower.as_str()) && !joins_body && !joins_on)
            || WEEKDAYS_MONTHS.contains(&lower.as_str())
        {
            break;
        }
        let safe = joins_body
            || joins_on
            || ampersand
            || capital
            || is_det
            || ROLE_NOUNS.contains(&lower.as_str())
            || vocab::NAME_PARTICLES.contains(&lower.as_str())
            || lower.ends_with("'s")
            || lower.ends_with("’s");
        let connector = (lower == "of" || lower == "for") && taken > 0;
        let modifier = taken > 0
            && (ROLE_ADJECTIVES.contains(&lower.as_str())
                || (tentative < 2 && lower.chars().all(char::is_alphabetic)));
        if !(safe || connector || modifier) {
            break;
        }
        start_idx = i - 1;
        taken += 1;
        i -= 1;
        if safe {
            committed = start_idx;
            tentative = 0;
        } else if !connector && !ROLE_ADJECTIVES.contains(&lower.as_str()) {
            tentative += 1;
        }
        if is_det {
            let continues = i > 0 && matches!(ws[i - 1].lower(s).as_str(), "of" | "for");
            if !continues {
                break;
            }
        }
    }
    if start_idx != committed && committed <= ws.len() {
        let all_modifiers_known = ws[start_idx..committed.min(ws.len())]
            .iter()
            .all(|w| ROLE_ADJECTIVES.contains(&w.lower(s).as_str()));
        if !all_modifiers_known {
            start_idx = committed;
        }
    }
    if start_idx >= ws.len() {
        return None;
    }
    // Leading `of`/`for` left by a stop: drop.
    while start_idx < ws.len() && matches!(ws[start_idx].lower(s).as_str(), "of" | "for") {
        start_idx += 1;
    }
    let first = ws.get(start_idx)?;
    Some(trim_phrase(s, first.start, last.end))
}
