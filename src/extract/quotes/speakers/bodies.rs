//! Bodies named without an organisation word: `Statistics Canada reported …`, `Sibanye
//! Platinum's Rustenburg operations`. A later `the federal agency said` or `the company said`
//! refers to the body the article named, when no organisation it named fits better.

use super::*;

/// The most capitalised words a body's name may have.
const MAX_BODY_WORDS: usize = 5;

/// Capitalised runs outside quotes that speak (`Statistics Canada reported`) or own something
/// (`Sibanye Platinum's Rustenburg operations`) and are neither a person the article names, a
/// given name with a surname, nor a place, in text order.
pub(super) fn bodies(
    texts: &[Tokens; 2],
    found: &[Found],
    persons: &[Person],
) -> (Vec<(Position, String)>, Vec<String>) {
    let surnames: HashSet<&str> = persons
        .iter()
        .filter_map(|p| without_suffix(&p.lower).last().map(String::as_str))
        .collect();
    // Words the article writes in lower case: one of them alone, capitalised, opens a sentence
    // (`Management believes`, `Research said`).
    let ordinary = ordinary_words(texts);
    let mut out = Vec::new();
    let mut described_bodies = Vec::new();
    for (part, t) in texts.iter().enumerate() {
        let part_u8 = u8::try_from(part).unwrap_or(1);
        let inside = |byte: usize| inside_quote(found, part, byte);
        let mut i = 0;
        while i < t.words.len() {
            if !t.capital[i] {
                i += 1;
                continue;
            }
            let mut end = i;
            while end + 1 < t.words.len()
                && t.capital[end + 1]
                && !t.words[end].closes_phrase(t.text)
                && !possessive(t.words[end].raw(t.text))
            {
                end += 1;
            }
            let next = end + 1;
            // The run's own start: a determiner or a clause opener before the name is no part
            // of it (`The`, `But`).
            let from = (i..=end)
                .find(|&k| {
                    !DETERMINERS.contains(&&*t.lower[k]) && !PHRASE_STOPS.contains(&&*t.lower[k])
                })
                .unwrap_or(next);
            // `Standard and Poor's`, `Duff and Phelps`: the end of a longer name.
            let joined =
                from == i && i >= 2 && matches!(&*t.lower[i - 1], "and" | "&") && t.capital[i - 2];
            // `said the daily Gunes`, `the newspaper Pravda said`: a name after a publication's
            // kind is a publication, whatever its words (`Gunes` is also a given name).
            // `In the paper Bangemann wrote`: a person the article names is no publication.
            let published = from == i
                && i >= 1
                && !t.capital[i - 1]
                && !t.words[i - 1].closes_phrase(t.text)
                && lexicon::is_publication_noun(&t.lower[i - 1])
                && t.lower[from].chars().count() >= 2
                && (from..=end).all(|k| !surnames.contains(&*t.lower[k]) && !is_title(&t.lower[k]));
            // `industry analyst firm RedMonk`, `the company Mineração Serra Alta`: a name right
            // after a body noun in lower case is that body's, never a person's, however often
            // it is mentioned alone; one with a given name or a title is a person's
            // (`the club's John Hall`, `the firm Chairman John Hall`).
            let kind_named = from == i
                && i >= 1
                && !t.capital[i - 1]
                && !t.words[i - 1].closes_phrase(t.text)
                && super::vocab::is_body_noun(&t.lower[i - 1])
                && t.lower[from].chars().count() >= 2
                && (from..=end)
                    .all(|k| !is_title(&t.lower[k]) && lexicon::given_name(&t.lower[k]).is_none());
            i = next;
            if kind_named && end + 1 - from <= MAX_BODY_WORDS && !inside(t.words[from].start) {
                let name: Vec<&str> = (from..=end).map(|k| t.clean(k)).collect();
                described_bodies.push(name.join(" "));
                out.push(((part_u8, t.words[from].start), name.join(" ")));
                continue;
            }
            if published && end + 1 - from <= MAX_BODY_WORDS && !inside(t.words[from].start) {
                let name: Vec<&str> = (from..=end).map(|k| t.clean(k)).collect();
                out.push(((part_u8, t.words[from].start), name.join(" ")));
                continue;
            }
            if joined || from > end || end + 1 - from > MAX_BODY_WORDS {
                continue;
            }
            let owns = possessive(t.words[end].raw(t.text));
            // `Statistics Canada also reported`: fillers may stand before the verb.
            let verb = (next..t.words.len().min(next + 3)).find(|&k| {
                !(super::vocab::VERB_FILLERS.contains(&&*t.lower[k]) || t.lower[k].ends_with("ly"))
                    || t.words[k].closes_phrase(t.text)
            });
            let speaks = !t.words[end].closes_phrase(t.text)
                && verb.is_some_and(|k| super::vocab::is_speech_verb(&t.lower[k]));
            // `Veridian Energy Recovery, the company behind the scheme, said`: a description
            // of a body in apposition names one.
            // Not the end of a longer name joined by a short word (`Asociación Bienestar y
            // Desarrollo`).
            let tail_of_longer = from >= 2
                && !t.capital[from - 1]
                && t.capital[from - 2]
                && t.lower[from - 1].chars().count() <= 3;
            let description = (t.words[end].raw(t.text).ends_with(',') && !tail_of_longer)
                .then(|| body_described(t, next))
                .flatten();
            let described = description.is_some();
            // `Mineração Serra Alta, the company,`: a description that is only a body noun
            // after its article and modifiers outweighs a given name in the run (`Alta`); one
            // reached through a preposition (`Ann Lee, a member of the club,`) does not.
            let headed = description == Some(true);
            // Quotes are looked up last: most runs neither speak nor own.
            if (!owns && !speaks && !described) || inside(t.words[from].start) {
                continue;
            }
            let lower: Vec<String> = (from..=end).map(|k| t.lower[k].to_string()).collect();
            // A body described in apposition was collected as a name too: its own last word
            // is no sign of a person.
            let itself = described && persons.iter().any(|p| p.lower == lower);
            let personal = lower.iter().any(|w| {
                (lexicon::given_name(w).is_some_and(|s| s != Sex::Either) && !headed)
                    || (is_title(w) && !itself)
                    || (surnames.contains(w.as_str()) && !itself)
                    || matches!(w.as_str(), "he" | "she" | "it" | "they" | "we" | "i")
            });
            let place = kinds::is_place(&lower) || lower.iter().all(|w| is_affiliation(w));
            // Named organisations (`Nesbitt Thomson Bongard Inc`) are found with their kind.
            let organisation = lower.iter().any(|w| kinds::is_organisation_word(w));
            if organisation {
                continue;
            }
            // `E` of `E and P`, `Management`: an initial or a common word is no body's name.
            let word = lower.len() == 1
                && (lower[0].chars().count() < 2 || ordinary.contains(lower[0].as_str()));
            if personal || place || word {
                continue;
            }
            let name: Vec<&str> = (from..=end).map(|k| t.clean(k)).collect();
            if headed {
                described_bodies.push(name.join(" "));
            }
            out.push(((part_u8, t.words[from].start), name.join(" ")));
        }
    }
    (out, described_bodies)
}

/// How many words a description in apposition may hold up to its head noun.
const MAX_DESCRIPTION_WORDS: usize = 5;

/// Whether the words from `k` on are a description headed by a body noun: `the company behind
/// the scheme`, `a Leeds-based firm` (an article, then up to four words before the noun).
/// `Some(true)` when only capitalised or hyphenated modifiers stand between the article and
/// the noun (the noun is the description's head for sure), `Some(false)` otherwise (`a member
/// of the club`, `a sewing operator`).
fn body_described(t: &Tokens, k: usize) -> Option<bool> {
    if !t
        .lower
        .get(k)
        .is_some_and(|l| matches!(&**l, "the" | "a" | "an"))
    {
        return None;
    }
    for j in k + 1..t.words.len().min(k + 1 + MAX_DESCRIPTION_WORDS) {
        // The noun heads the description: it closes it or a modifier follows (`the union
        // behind the strike`), not a role (`a union official`).
        if !t.capital[j] && super::vocab::is_body_noun(&t.lower[j]) {
            // Only capitalised or hyphenated modifiers (`the Brazilian company`, `a
            // Leeds-based firm`): `a sewing operator` may be a person's job.
            let headed = (k + 1..j).all(|m| t.capital[m] || t.lower[m].contains('-'));
            let heads = t.words[j].closes_phrase(t.text)
                || t.lower.get(j + 1).is_some_and(|next| {
                    matches!(
                        &**next,
                        "behind"
                            | "that"
                            | "which"
                            | "with"
                            | "in"
                            | "of"
                            | "for"
                            | "from"
                            | "at"
                            | "on"
                            | "based"
                            | "owned"
                            | "run"
                            | "representing"
                    )
                });
            return heads.then_some(headed);
        }
        if t.words[j].closes_phrase(t.text) {
            return None;
        }
    }
    None
}

fn possessive(raw: &str) -> bool {
    let raw = raw.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    raw.ends_with("'s") || raw.ends_with("’s")
}

impl People<'_> {
    /// Whether a speaker's name is one of the bodies named without an organisation word.
    pub(super) fn is_body(&self, name: &str) -> bool {
        // `United Auto Workers` of `The United Auto Workers union`: named as a body.
        self.bodies.iter().any(|(_, b)| b == name)
            || self.organisation_names.values().any(|n| n == name)
            || self.defines_acronym(name)
    }

    /// The body named last before `pos` that a description of an organisation may stand for.
    pub(super) fn body_before(&self, pos: Position) -> Option<String> {
        let idx = self.bodies.partition_point(|(p, _)| *p < pos);
        let (_, name) = self.bodies.get(idx.checked_sub(1)?)?;
        Some(name.clone())
    }
}

impl People<'_> {
    /// The body `last` (the previous quote's speaker) when a definite description headed by the
    /// body noun `noun` (`the supermarket`, `the agency`) at `pos` takes it up: in the same
    /// paragraph, the body an organisation or described with that noun in between (`Lindsay
    /// Hart Realty, one of the city's larger agencies, said`).
    pub(super) fn body_speaking_before(
        &self,
        noun: &str,
        pos: Position,
        last: Option<&(Position, String, bool)>,
    ) -> Option<String> {
        if !vocab::is_body_noun(noun) {
            return None;
        }
        let (lp, name, _) = last?;
        if lp.0 != pos.0 || *lp < self.paragraph_start(pos) {
            return None;
        }
        let text = self.texts[usize::from(pos.0.min(1))];
        let between = text
            .get(lp.1.saturating_sub(MAX_BODY_LOOKBACK)..pos.1)?
            .to_lowercase();
        let described = between
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == noun || w.strip_suffix('s') == Some(noun) || plural_ies(w, noun));
        let organisation = kinds::kind_of(name, false) == crate::model::SpeakerKind::Organisation
            || self.is_body(name);
        (name.starts_with(char::is_uppercase) && (organisation || described)).then(|| name.clone())
    }
}

/// How far before the previous quote the body's apposition may stand, in bytes.
const MAX_BODY_LOOKBACK: usize = 300;

/// `agencies` for `agency`.
fn plural_ies(word: &str, noun: &str) -> bool {
    noun.strip_suffix('y')
        .is_some_and(|stem| word.strip_suffix("ies") == Some(stem))
}

/// The lower-case organisation word right after a run of capitalised words `i..=end` that
/// holds none (`The United Auto Workers union`, `the Save Our Shores group`).
pub(super) fn name_before_body_word<'t>(t: &'t Tokens, i: usize, end: usize) -> Option<&'t str> {
    let next = end + 1;
    let word = t.lower.get(next)?;
    // `the Greek government`, `Iranian forces`, `the USAir group`: a people's adjective, a
    // place or a one-word name before the word is an affiliation or the body's own name.
    // `The GMB union, which represents …, said`: an acronym alone names a union or a party
    // (not `the USAir group`, `the IMF staff`, whose word is no body of its own).
    let acronym = end == i
        && t.lower[i].chars().count() >= 2
        && !t.words[i].core(t.text).chars().any(char::is_lowercase)
        && matches!(&**word, "union" | "party" | "federation");
    let fits = (end > i || acronym)
        && !t.capital[next]
        && !t.words[end].closes_phrase(t.text)
        && kinds::is_organisation_word(word)
        && (i..=end)
            .all(|k| !kinds::is_organisation_word(&t.lower[k]) && !is_affiliation(&t.lower[k]));
    fits.then_some(&**word)
}
