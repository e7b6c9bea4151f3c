//! Attributions after a quote in other languages, the verb before its subject: `« … », a
//! souligné la vice-présidente chargée des mobilités, Anne-Sophie Guérin.`, `„…“, sagte
//! Bürgermeisterin Anna Schmidt.`, `"…", dijo el alcalde de Sevilla, Juan García.` The verbs,
//! auxiliaries and prepositions are data (`assets/lexicon/speech-verbs-other-languages.tsv`);
//! the speaker is a person's name only (a description in another language is left unresolved:
//! the resolver reads English descriptions).

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use super::super::words::Word;
use super::phrase::{is_proper, trim_phrase};
use crate::extract::lexicon::{self, Sex};

/// How many words the phrase after the verb may run before its name or its comma.
const MAX_PHRASE_WORDS: usize = 8;

struct Lexicon {
    auxiliaries: FxHashSet<&'static str>,
    verbs: FxHashSet<&'static str>,
    according: FxHashSet<&'static str>,
    before: FxHashSet<&'static str>,
    pronouns: FxHashMap<&'static str, Sex>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon {
        auxiliaries: FxHashSet::default(),
        verbs: FxHashSet::default(),
        according: FxHashSet::default(),
        before: FxHashSet::default(),
        pronouns: FxHashMap::default(),
    };
    let data = include_str!("../../../../assets/lexicon/speech-verbs-other-languages.tsv");
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.split('\t');
        let (Some(kind), Some(_lang), Some(word)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        match kind {
            "he" => {
                lex.pronouns.insert(word.trim(), Sex::Male);
                continue;
            }
            "she" => {
                lex.pronouns.insert(word.trim(), Sex::Female);
                continue;
            }
            _ => {}
        }
        let set = match kind {
            "aux" => &mut lex.auxiliaries,
            "verb" => &mut lex.verbs,
            "according" => &mut lex.according,
            "before" => &mut lex.before,
            _ => continue,
        };
        set.insert(word.trim());
    }
    lex
});

/// Verbs that are also common English words: after them the name must close the clause, so
/// `"…," so Reagan decided to …` is no attribution.
const ENGLISH_HOMOGRAPHS: [&str; 4] = ["so", "sa", "dice", "conta"];

/// The speaker range of a verb-first attribution in another language opening `ws` (the words
/// of the clause after the closing mark), when its subject is a person's name, and whether a
/// verb (rather than `selon`, which also closes reported speech) opened it.
pub fn verb_first(s: &str, ws: &[Word]) -> Option<((usize, usize), bool)> {
    let lex = &*LEXICON;
    let first = ws.first()?;
    if let Some(found) = joined_pronoun(s, ws) {
        return Some((found, true));
    }
    if first.closes_phrase(s) {
        return None;
    }
    let l0 = first.lower(s);
    let from = if lex.auxiliaries.contains(l0.as_str())
        && ws
            .get(1)
            .is_some_and(|w| lex.verbs.contains(w.lower(s).as_str()))
    {
        2
    } else if lex.verbs.contains(l0.as_str()) || lex.according.contains(l0.as_str()) {
        1
    } else {
        return None;
    };
    let verb = ws[from - 1];
    if verb.closes_phrase(s) && from == 2 {
        return None;
    }
    let strict = ENGLISH_HOMOGRAPHS.contains(&l0.as_str());
    // `sagte er.`, `disse ela,`: a pronoun after the verb, closing the attribution.
    if let Some(w) = ws.get(from) {
        let lower = w.lower(s);
        let closes = w.closes_phrase(s) || from + 1 == ws.len();
        if !strict && !w.is_capitalized(s) && closes && lex.pronouns.contains_key(lower.as_str()) {
            return Some((trim_phrase(s, w.start, w.end), true));
        }
    }
    let found = speaker_phrase(s, ws, from)?;
    if strict {
        let closes = ws
            .iter()
            .find(|w| w.end >= found.1)
            .is_some_and(|w| w.closes_phrase(s) || w.end == ws.last().map_or(0, |l| l.end));
        if !closes {
            return None;
        }
    }
    Some((found, !lex.according.contains(l0.as_str())))
}

/// The person named in the words after the verb: from the first given name on (`sagte
/// Bürgermeisterin Anna Schmidt`), a phrase of capitalised words alone (`dijo Rajoy`), the name
/// in apposition after a description (`a souligné la vice-présidente chargée des mobilités,
/// Anne-Sophie Guérin`), or the capitalised words closing a lower-case description (`a dit le
/// maire Amailland`) unless a preposition stands before them (`le maire de Vertou`).
fn speaker_phrase(s: &str, ws: &[Word], from: usize) -> Option<(usize, usize)> {
    let rest = ws.get(from..)?;
    let end = rest
        .iter()
        .take(MAX_PHRASE_WORDS)
        .position(|w| w.closes_phrase(s))
        .map(|i| i + 1)
        .unwrap_or(rest.len().min(MAX_PHRASE_WORDS));
    let phrase = &rest[..end];
    if phrase
        .iter()
        .any(|w| w.raw(s).starts_with(['"', '“', '„', '«', '‘']))
    {
        return None;
    }
    if let Some(g) = phrase
        .iter()
        .position(|w| w.is_capitalized(s) && is_given_name(&w.lower(s)))
    {
        return name_from(s, &phrase[g..]);
    }
    if phrase.len() <= 4 && is_proper(s, phrase) && person_like(s, phrase) {
        return Some(trim_phrase(s, phrase[0].start, phrase[end - 1].end));
    }
    if phrase.last().is_some_and(|w| w.raw(s).ends_with(',')) {
        if let Some(found) = apposed_name(s, &rest[end..]) {
            return Some(found);
        }
    }
    let run = phrase
        .iter()
        .rposition(|w| !w.is_capitalized(s))
        .map_or(0, |i| i + 1);
    if run == 0 || run == phrase.len() {
        return None;
    }
    let before = phrase[run - 1].lower(s);
    if LEXICON.before.contains(before.as_str()) || phrase[run - 1].closes_phrase(s) {
        return None;
    }
    let name = &phrase[run..];
    (is_proper(s, name) && person_like(s, name))
        .then(|| trim_phrase(s, name[0].start, name[name.len() - 1].end))
}

/// A name opening `ws`: capitalised words and name particles up to the first word that closes
/// the phrase or is neither (at most four words).
fn name_from(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let mut last = None;
    for (i, w) in ws.iter().enumerate().take(5) {
        let particle = i > 0 && lexicon::is_name_particle(&w.lower(s));
        if !(w.is_capitalized(s) || particle) {
            break;
        }
        if !particle {
            last = Some(i);
        }
        if w.closes_phrase(s) {
            break;
        }
    }
    let last = last?;
    Some(trim_phrase(s, ws[0].start, ws[last].end))
}

/// A person's name standing in apposition at the start of `ws` (`Anne-Sophie Guérin.`): one to
/// four capitalised words closed by a comma or a stop, opening with a given name or holding no
/// place, people or organisation word (`in Paris, France.` names a place).
pub fn apposed_name(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let end = ws.iter().take(4).position(|w| w.closes_phrase(s))? + 1;
    // A single word after a comma is as often a place (`in Paris, France.`) as a surname.
    if end < 2 {
        return None;
    }
    let name = &ws[..end];
    let trail = super::super::words::trailing_punct(name[end - 1].raw(s));
    if !trail.starts_with([',', '.', ';']) || !is_proper(s, name) || !person_like(s, name) {
        return None;
    }
    Some(trim_phrase(s, name[0].start, name[end - 1].end))
}

/// Whether capitalised words can be a person's name: not a place, and a given name opening two
/// words or more, or no word naming a place, a people or an organisation.
fn person_like(s: &str, name: &[Word]) -> bool {
    let lower: Vec<String> = name.iter().map(|w| w.lower(s)).collect();
    let joined = lower.join(" ");
    if lexicon::is_place(&joined) {
        return false;
    }
    // `Paris Hilton` is a person, `France` alone a country (though also a given name).
    if lower.len() >= 2 && is_given_name(&lower[0]) {
        return true;
    }
    lower.iter().all(|l| {
        !lexicon::is_place(l)
            && !lexicon::is_demonym(l)
            && !lexicon::is_organisation_word(l)
            && !lexicon::is_organisation_form(l)
    }) && (lower.len() >= 2 || !lexicon::opens_place(&joined))
}

/// A known given name, also as the first part of a hyphenated one (`Anne-Sophie`).
fn is_given_name(lower: &str) -> bool {
    lexicon::given_name(lower).is_some()
        || lower
            .split_once('-')
            .is_some_and(|(first, _)| lexicon::given_name(first).is_some())
}

/// French joins the subject pronoun to the verb it follows: `explique-t-il`, `a-t-elle
/// ajouté`, `dit-il`. The pronoun's range, when the word before it is a speech verb (or an
/// auxiliary before one).
fn joined_pronoun(s: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let lex = &*LEXICON;
    let first = *ws.first()?;
    let core = first.core(s);
    let (verb, pronoun) = core.rsplit_once('-')?;
    let verb = verb.strip_suffix("-t").unwrap_or(verb).to_lowercase();
    if !lex.pronouns.contains_key(pronoun) {
        return None;
    }
    let is_verb = lex.verbs.contains(verb.as_str())
        || (lex.auxiliaries.contains(verb.as_str())
            && ws
                .get(1)
                .is_some_and(|w| lex.verbs.contains(w.lower(s).as_str())));
    if !is_verb {
        return None;
    }
    let raw = first.raw(s);
    let at = first.start + raw.find(core)? + core.len() - pronoun.len();
    Some((at, at + pronoun.len()))
}

/// The sex a lower-case pronoun of another language asks for (`er`, `elle`), when it is one.
pub fn pronoun_sex(word: &str) -> Option<Sex> {
    if word.starts_with(char::is_uppercase) {
        return None;
    }
    LEXICON.pronouns.get(word).copied()
}
