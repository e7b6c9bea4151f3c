//! Organisations and unnamed speakers: named bodies in text order, the body a definite
//! description stands for, and the descriptions that introduce unnamed speakers.

use super::*;

impl People<'_> {
    /// The organisation a definite description names (`the council` -> `Mayo County Council`,
    /// `the company` -> `Contel Corp`, `the statement` -> whoever last spoke as a body): the
    /// latest named before `pos` whose name holds the noun, or for a company or a statement,
    /// the latest company or organisation.
    pub(super) fn organisation_for(&self, noun: &str, pos: Position) -> Option<String> {
        let statement = is_document(noun);
        let company = matches!(noun, "company" | "firm" | "group" | "corporation");
        if !statement && !company && !kinds::is_organisation_word(noun) {
            return None;
        }
        let idx = self.organisations.partition_point(|(p, _)| *p < pos);
        let before = self.organisations[..idx].iter().rev().take(32);
        let mut fallback = None;
        let mut trade_fallback = None;
        for (_, lower) in before {
            if lower.iter().any(|w| w == noun) {
                // `the Chamber's report` after `the Chamber of Mines`: the fullest name given.
                return Some(
                    self.fuller_organisation(lower)
                        .unwrap_or_else(|| self.organisation_names[lower].clone()),
                );
            }
            let fits = statement
                || (company
                    && lower.iter().any(|w| {
                        lexicon::legal_forms().contains(&w.as_str())
                            || matches!(w.as_str(), "corp" | "inc" | "ltd" | "plc" | "co")
                    }));
            // `Harbourline Holdings`: a company's name may end in a word of its trade rather
            // than a legal form; taken when no name with a legal form fits.
            if company
                && trade_fallback.is_none()
                && lower.last().is_some_and(|w| vocab::closes_company_name(w))
            {
                trade_fallback = Some(self.organisation_names[lower].clone());
            }
            // `Oglethorpe Power Corp said …. Southern Co's Georgia Power …. "…," the company
            // said.`: a company the article already quoted goes on speaking before one it only
            // mentioned.
            if fits && company && self.speaking_organisations.contains(lower) {
                return Some(self.organisation_names[lower].clone());
            }
            if fallback.is_none() && fits {
                fallback = Some(self.organisation_names[lower].clone());
            }
        }
        // `Statistics Canada reported …. "…," the federal agency said`: a body named without an
        // organisation word; only a word for a body takes it, not a group (`the sources`).
        let body_noun = company || lexicon::is_organisation_form(noun);
        fallback
            .or(trade_fallback)
            .or_else(|| body_noun.then(|| self.body_before(pos)).flatten())
            .or_else(|| body_noun.then(|| self.paragraph_body(noun, pos)).flatten())
    }

    /// The longest organisation name the article gives that holds every word of `lower`
    /// (`German Industries` → `Federation of German Industries`).
    pub(super) fn fuller_organisation(&self, lower: &[String]) -> Option<String> {
        self.organisation_names
            .iter()
            .filter(|(k, _)| k.len() > lower.len() && lower.iter().all(|w| k.contains(w)))
            .max_by_key(|(k, _)| k.len())
            .map(|(_, v)| v.clone())
    }

    /// A single capitalised word that may stand for an organisation's full name, lower-cased:
    /// not a given name, nor a word of a person the article names in full (`Ford` after
    /// `Gerald Ford`). A single word met as a speaker is a `Person` entry too: only full names
    /// count.
    pub(super) fn short_name_word(&self, word: &str) -> Option<String> {
        let lower = word.to_lowercase();
        let taken = !word.starts_with(char::is_uppercase)
            || lexicon::given_name(&lower).is_some()
            || self
                .persons
                .iter()
                .any(|p| p.lower.len() >= 2 && p.lower.contains(&lower));
        (!taken).then_some(lower)
    }

    /// `Greyhound said` after `Greyhound Lines Inc`: a single capitalised word that opens an
    /// organisation's name the article gave in full is that organisation, unless the article
    /// names a person with that word (`Ford` after `Gerald Ford`) or it is a given name.
    pub(super) fn organisation_opening_with(&self, word: &str) -> Option<String> {
        let lower = self.short_name_word(word)?;
        // The shortest such name, cut after its legal form: runs the collection joined
        // (`Gencorp Inc and Continental AG`, `Wang Laboratories Inc Terms`) say no more. Two
        // bodies opening with the word (`Deutsche Bank`, `Deutsche Treuhand`) leave it alone.
        let candidates: Vec<&Vec<String>> = self
            .organisations
            .iter()
            .map(|(_, words)| words)
            .filter(|words| words.len() >= 2 && words[0] == lower)
            .collect();
        let words = *candidates.iter().min_by_key(|words| words.len())?;
        if candidates.iter().any(|c| !c.starts_with(words)) {
            return None;
        }
        let is_form = |w: &String| {
            matches!(
                w.as_str(),
                "corp" | "inc" | "ltd" | "plc" | "co" | "ag" | "sa" | "nv" | "bv" | "gmbh"
            )
        };
        let cut = match words.iter().position(is_form) {
            Some(i) => i + words[i..].iter().take_while(|w| is_form(w)).count(),
            None => words.len(),
        };
        let name = &self.organisation_names[words];
        Some(
            name.split_whitespace()
                .take(cut)
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    /// The organisation last named as the subject of a speech verb (`the Chamber of Mines
    /// said`) before `pos` and after `since`.
    pub(super) fn speaking_organisation_since(
        &self,
        pos: Position,
        since: Option<Position>,
    ) -> Option<String> {
        let idx = self.organisations.partition_point(|(p, _)| *p < pos);
        self.organisations[..idx]
            .iter()
            .rev()
            .take_while(|(p, _)| since.is_none_or(|s| *p > s))
            .find(|(p, _)| self.organisations_spoke_at.binary_search(p).is_ok())
            .map(|(_, lower)| self.organisation_names[lower].clone())
    }

    /// The organisation the article named in full whose initials an acronym is: all of them
    /// (`IMF`: `International Monetary Fund`) or its last ones (`RFS`: `NSW Rural Fire
    /// Service`). Small words (`of`, `and`) have no initial.
    pub(super) fn organisation_of_acronym(&self, acronym: &str) -> Option<String> {
        let letters = acronym.chars().count();
        if !(2..=6).contains(&letters) || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let wanted = acronym.to_lowercase();
        self.organisations
            .iter()
            .map(|(_, lower)| lower)
            .find(|lower| {
                let initials: String = lower
                    .iter()
                    .filter(|w| !matches!(w.as_str(), "of" | "and" | "for" | "on" | "the" | "&"))
                    .filter_map(|w| w.chars().next())
                    .collect();
                // `DOT`: `Department of Transportation`, some acronyms keep the small words.
                let all: String = lower.iter().filter_map(|w| w.chars().next()).collect();
                [initials, all]
                    .iter()
                    .any(|i| *i == wanted || (letters >= 3 && i.ends_with(&wanted)))
            })
            .map(|lower| self.organisation_names[lower].clone())
    }

    /// The indefinite description that introduced a speaker now called `the <noun>`: `a
    /// senior official in the Ministry of Electronics and IT`, `a source close to Jordan`, `the
    /// boutique's manager`. Looks back a bounded stretch of the same part.
    pub(super) fn earlier_description(&self, noun: &str, pos: Position) -> Option<String> {
        let text = self.texts[usize::from(pos.0.min(1))];
        let end = super::words::floor_boundary(text, pos.1.min(text.len()));
        let from = super::words::floor_boundary(text, end.saturating_sub(4000));
        let window = &text[from..end];
        let ws = words(window, usize::MAX);
        for k in (0..ws.len()).rev() {
            if lower_core(window, ws[k]) != noun {
                continue;
            }
            // Up to six words back to an indefinite determiner or a possessive after `the`
            // (`a senior Mumbai Cricket Association official`: the employer's name is long).
            let mut start = None;
            for j in (k.saturating_sub(6)..k).rev() {
                let l = lower_core(window, ws[j]);
                let raw = ws[j].raw(window);
                if j < k - 1 && ws[j].closes_phrase(window) {
                    break;
                }
                if matches!(l.as_str(), "a" | "an" | "one" | "another") {
                    start = Some(j);
                    break;
                }
                if l == "the" && j + 1 < k && {
                    let next = ws[j + 1].raw(window);
                    next.ends_with("'s") || next.ends_with("’s")
                } {
                    start = Some(j);
                    break;
                }
                if raw.starts_with(['"', '“', '‘']) {
                    break;
                }
            }
            let Some(j) = start else { continue };
            // The phrase after the noun: `in the Ministry of …`, `close to Jordan`, `at the
            // facility`, up to punctuation or a verb.
            let mut last = k;
            let opens = ws.get(k + 1).is_some_and(|w| {
                matches!(
                    lower_core(window, *w).as_str(),
                    "in" | "at" | "of" | "for" | "close" | "from" | "with" | "on"
                )
            });
            if opens && !ws[k].closes_phrase(window) {
                for (m, &w) in ws
                    .iter()
                    .enumerate()
                    .take((k + 9).min(ws.len()))
                    .skip(k + 1)
                {
                    let l = lower_core(window, w);
                    if super::vocab::is_speech_verb(&l)
                        || matches!(l.as_str(), "who" | "which" | "that" | "was" | "is" | "has")
                    {
                        break;
                    }
                    last = m;
                    if w.closes_phrase(window) {
                        break;
                    }
                }
            }
            let phrase = &window[ws[j].start..ws[last].end];
            let phrase = phrase.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            let mut out = phrase.to_string();
            if let Some(c) = out.get(..1) {
                out.replace_range(..1, &c.to_lowercase());
            }
            return Some(out);
        }
        // `A Treasury official said …` in the lead, `"…," the official said.` in the body: the
        // lead is the article's opening, so the body looks back into it too.
        if pos.0 == 1 {
            return self.earlier_description(noun, (0, usize::MAX));
        }
        None
    }
}

pub(super) use super::super::vocab::is_document;

/// Named organisations in text order: runs of capitalised words (joined by `of`, `for`, `and`,
/// `&`) holding an organisation word and no given name (`Chamber of Mines`, `Mayo County
/// Council`, `Contel Corp`). A leading `The` is left out.
pub(super) fn organisations(texts: &[Tokens; 2], quotes: &[Found]) -> Organisations {
    let mut found = Vec::new();
    let mut speaking = HashSet::default();
    let mut spoke_at = Vec::new();
    let mut names: HashMap<Vec<String>, String> = HashMap::default();
    for (part, t) in texts.iter().enumerate() {
        let part_u8 = u8::try_from(part).unwrap_or(1);
        let mut i = 0;
        while i < t.words.len() {
            if !t.capital[i] || matches!(&*t.lower[i], "the" | "a" | "an") {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut end = i;
            let mut listed = false;
            while j < t.words.len() && j - i < listed::most_words(listed) {
                // `… BankAmerica Corp.` / `"I'm not …`: a name ends at a paragraph break and
                // before a quotation mark; `Federal Energy Regulatory Commission (FERC)`: and
                // before the short name it is given in brackets.
                let breaks = j > i
                    && (t.words[j]
                        .raw(t.text)
                        .starts_with(['"', '“', '„', '«', '‘', '(', '['])
                        || t.text
                            .get(t.words[j - 1].end..t.words[j].start)
                            .is_some_and(|gap| gap.contains('\n')));
                if breaks {
                    break;
                }
                let joiner = listed::joins(t, j, listed);
                if !(t.capital[j] || (joiner && j > i)) {
                    break;
                }
                if t.capital[j] {
                    end = j;
                }
                if t.words[j].closes_phrase(t.text) {
                    if !listed::listed_name_goes_on(t, i, j) {
                        break;
                    }
                    listed = true;
                }
                j += 1;
            }
            // `International Monetary Fund Managing Director Michel Camdessus`: the body's name
            // ends before the title and the person.
            // A given name right after `of` names a place (`States of Malaya`, `Bank of
            // Georgia`), not a person.
            // `… Housing and Urban Development`: nor after a listed name's `and`.
            let personal = |k: usize| {
                (lexicon::given_name(&t.lower[k]).is_some_and(|s| s != Sex::Either)
                    && !(k > i && &*t.lower[k - 1] == "of")
                    && !(listed && k > i && &*t.lower[k - 1] == "and"))
                    || lexicon::is_speaker_title(&t.lower[k])
            };
            let role = |k: usize| {
                personal(k)
                    || (ROLE_NOUNS.contains(&&*t.lower[k])
                        && !kinds::is_organisation_word(&t.lower[k]))
            };
            if let Some(p) = (i + 1..=end).find(|&k| role(k)) {
                if let Some(last_org) = (i..p).rfind(|&k| kinds::is_organisation_word(&t.lower[k]))
                {
                    end = last_org;
                }
            }
            let mut lower: Vec<String> = (i..=end).map(|k| t.lower[k].to_string()).collect();
            // `The United Auto Workers union`: a name before a lower-case body word is the
            // body's; the word stays in the key, so `the union` finds it.
            let body_word = super::bodies::name_before_body_word(t, i, end);
            if let Some(word) = body_word {
                lower.push(word.to_string());
            }
            // `Maple Ridge Homeowners Association`: three words or more closed by an organisation
            // word, no title among them, name a body whatever given names they hold.
            let closed_by_form = end >= i + 2
                && kinds::is_organisation_word(&t.lower[end])
                && !(i..=end).any(|k| lexicon::is_speaker_title(&t.lower[k]));
            let org = (body_word.is_some() || lower.iter().any(|w| kinds::is_organisation_word(w)))
                && (!(i..=end).any(personal) || closed_by_form);
            if org {
                // `Ministry of Lands, Housing and Urban Development`: the list's commas stay.
                let mut name: Vec<String> = (i..=end)
                    .map(|k| match t.words[k].raw(t.text) {
                        "&" => "&".to_string(),
                        raw if k < end && raw.ends_with(',') => format!("{},", t.clean(k)),
                        raw if k < end => shapes::plural_possessive(raw, t.clean(k)),
                        _ => t.clean(k).to_string(),
                    })
                    .filter(|w| !w.is_empty())
                    .collect();
                // `Independent National Electoral Commission (INEC)`, `ANZ Banking Group Ltd
                // <ANZA.S>`: an acronym or ticker after the name repeats it.
                while name.len() > 2
                    && name.last().is_some_and(|w| {
                        w.len() <= 8
                            && !w.chars().any(char::is_lowercase)
                            && w.chars().any(char::is_uppercase)
                    })
                {
                    name.pop();
                }
                names.entry(lower.clone()).or_insert_with(|| name.join(" "));
                // `"The Group commended …," the statement said`: a body named inside a quote is
                // not the one the article last named.
                let quoted = quotes.iter().any(|f| {
                    part_index(f.part) == part_u8
                        && f.start <= t.words[i].start
                        && t.words[i].start < f.end
                });
                // `Oglethorpe Power Corp said`: a body that speaks.
                if t.lower
                    .get(end + 1 + usize::from(body_word.is_some()))
                    .is_some_and(|w| super::vocab::is_speech_verb(w))
                {
                    speaking.insert(lower.clone());
                    if !quoted {
                        spoke_at.push((part_u8, t.words[i].start));
                    }
                }
                if !quoted {
                    found.push(((part_u8, t.words[i].start), lower));
                }
            }
            i = end + 1;
        }
    }
    Organisations {
        found,
        names,
        speaking,
        spoke_at,
    }
}

/// What `organisations` finds: mentions in text order, each name's written form by its
/// lower-cased words, and the names met as the subject of a speech verb.
pub(super) struct Organisations {
    pub found: Vec<(Position, Vec<String>)>,
    pub names: HashMap<Vec<String>, String>,
    pub speaking: HashSet<Vec<String>>,
    /// Where a named body stands as the subject of a speech verb, in text order.
    pub spoke_at: Vec<Position>,
}
