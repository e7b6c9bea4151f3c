//! The body a definite body noun (`the company`, `the union`, `the office`) takes up when the
//! article named it in the cue's own paragraph in a way the collection did not read as a body:
//! after its description (`the publisher, Pageturn Studio,`), before a clause (`Loterija
//! Slovenije, which runs the draw, said`), or just after the quote (`The statement was issued
//! by the West Java Provincial Health Office`).

use super::*;

/// How many capitalised words a body's name read here may hold.
const MAX_NAME_WORDS: usize = 5;

impl People<'_> {
    /// The body the paragraph of `pos` names for a definite description headed by `noun`,
    /// when no organisation or body was found before it: an organisation holding the noun
    /// named later in the paragraph, else the capitalised name nearest before the cue that is
    /// no person's, place's, title's, month's or sentence opener's.
    pub(super) fn paragraph_body(&self, noun: &str, pos: Position) -> Option<String> {
        let text = self.texts[usize::from(pos.0.min(1))];
        let lo = self.paragraph_start(pos).1;
        let at = words::floor_boundary(text, pos.1.min(text.len()));
        let hi = text[at..].find("\n\n").map_or(text.len(), |i| at + i);
        // `"…," the office said …. The statement was issued by the … Health Office`.
        let later = self
            .organisations
            .iter()
            .filter(|(p, _)| p.0 == pos.0 && p.1 > at && p.1 < hi)
            .find(|(_, lower)| lower.iter().any(|w| w == noun))
            .map(|(_, lower)| self.organisation_names[lower].clone());
        later.or_else(|| self.name_before_in(text, lo, at))
    }

    /// The last capitalised run of `text[lo..at]` outside quotation marks, in a subject's or
    /// an apposition's place, that may be a body's name.
    fn name_before_in(&self, text: &str, lo: usize, at: usize) -> Option<String> {
        let window = text.get(lo..at)?;
        let ws = words(window, usize::MAX);
        let mut quoted = false;
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut open: Option<usize> = None;
        for (k, w) in ws.iter().enumerate() {
            let raw = w.raw(window);
            let opens_quote = raw.starts_with(['"', '“', '„', '«']);
            if opens_quote {
                quoted = true;
            }
            let capital = !quoted && w.is_capitalized(window);
            match (capital, open) {
                (true, None) => open = Some(k),
                (false, Some(s)) => {
                    runs.push((s, k - 1));
                    open = None;
                }
                _ => {}
            }
            if capital && w.closes_phrase(window) {
                if let Some(s) = open.take() {
                    runs.push((s, k));
                }
            }
            if raw.ends_with(['"', '”', '»']) || raw.trim_end_matches([',', '.']).ends_with('”')
            {
                quoted = false;
            }
        }
        if let Some(s) = open {
            runs.push((s, ws.len() - 1));
        }
        // A subject's or an apposition's place: opening a sentence or after a comma, an
        // article before it at most (`with Bitcoin`, `Though the FBI` are neither).
        let placed = |s: usize| {
            let b = if s > 0 && ws[s - 1].raw(window) == "the" {
                s - 1
            } else {
                s
            };
            b == 0
                || ws[b - 1]
                    .raw(window)
                    .trim_end_matches(['"', '”', '’', '\'', ')'])
                    .ends_with(['.', '!', '?', ':', ','])
        };
        runs.iter()
            .rev()
            .filter(|&&(s, _)| placed(s))
            .find_map(|&(s, e)| self.body_name(window, &ws, s, e))
    }

    /// Words `s..=e` of `window` as a body's name: leading determiners and clause openers
    /// dropped; none when a word is a title, a month or weekday, a given name or a known
    /// person's, or the name is a place, or it is one word opening a sentence.
    fn body_name(&self, window: &str, ws: &[Word], s: usize, e: usize) -> Option<String> {
        let lower: Vec<String> = (s..=e).map(|k| lower_core(window, ws[k])).collect();
        let skip = lower
            .iter()
            .take_while(|l| DETERMINERS.contains(&l.as_str()) || PHRASE_STOPS.contains(&l.as_str()))
            .count();
        let lower = &lower[skip..];
        let from = s + skip;
        if lower.is_empty() || lower.len() > MAX_NAME_WORDS {
            return None;
        }
        let opens_sentence = from == 0
            || ws[from - 1]
                .raw(window)
                .trim_end_matches(['"', '”', '’', '\'', ')'])
                .ends_with(['.', '!', '?', ':']);
        let personal = lower.iter().any(|l| {
            is_title(l)
                || WEEKDAYS_MONTHS.contains(&l.as_str())
                || lexicon::given_name(l).is_some_and(|s| s != Sex::Either)
                || self
                    .persons
                    .iter()
                    .any(|p| p.lower.contains(l) && p.known_person())
                || kinds::is_pronoun(l)
        });
        let place = kinds::is_place(lower) || lower.iter().all(|w| is_affiliation(w));
        if personal || place || (lower.len() == 1 && opens_sentence) {
            return None;
        }
        let name: Vec<&str> = (from..=e).map(|k| name_core(ws[k].raw(window))).collect();
        let name = name.join(" ");
        let name = possessive_stripped(&name).to_string();
        (name.chars().count() >= 2).then_some(name)
    }
}

impl Person {
    /// Whether the article shows this is a person: a sex its honorifics or given names tell,
    /// or a role written before the name. Two capitalised words alone (`Energy Control`) may
    /// be a body's name.
    fn known_person(&self) -> bool {
        self.sex.is_some() || !self.roles.is_empty()
    }
}
