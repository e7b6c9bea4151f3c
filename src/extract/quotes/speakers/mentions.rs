//! Where the article mentions each person it names, outside quotes, in text order.

use super::*;

/// Every word outside quotes that is a known person's surname, in text order.
pub(super) fn mentions(
    texts: &[Tokens; 2],
    persons: &[Person],
    found: &[Found],
) -> Vec<(Position, usize)> {
    mentions_of(texts, persons, found, false)
}

/// Mentions of `persons` by surname. Two people sharing a surname (`Alasdair Munro`, his
/// daughter `Kirsty Munro`) are told apart by the given name written before it; a surname
/// alone goes to whichever of them was last named in full. With `skip_after_determiner`, a
/// name after `the`/`a` (`the French Open`) is no mention.
pub(super) fn mentions_of(
    texts: &[Tokens; 2],
    persons: &[Person],
    found: &[Found],
    skip_after_determiner: bool,
) -> Vec<(Position, usize)> {
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, p) in persons.iter().enumerate() {
        if let Some(last) = without_suffix(&p.lower).last() {
            by_surname.entry(last.clone()).or_default().push(i);
        }
    }
    // `Tomas said` after `Tomas Delgado`: a given name alone is a mention of the one person
    // whose name opens with it. `Tian took the opposite view` after `Vice-Premier Tian Jiyun`:
    // so is the first word of a titled name written surname first (no given name in it).
    let mut by_given: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, p) in persons.iter().enumerate() {
        // Only a titled one (`Vice-Premier Tian Jiyun`): `Dome Petroleum` taken for a person
        // is no one `Dome` means.
        let opens_with_surname = p.lower.len() >= 2
            && !p.roles.is_empty()
            && !p.lower.iter().any(|w| lexicon::given_name(w).is_some())
            && !p.lower[0].ends_with('.');
        if p.lower.len() >= 2 && (lexicon::given_name(&p.lower[0]).is_some() || opens_with_surname)
        {
            by_given.entry(p.lower[0].clone()).or_default().push(i);
        }
    }
    // `Tzul does not hesitate` after `Rosalba Tzul Ajpop`: the first of two surnames alone is
    // a mention of the one person so called (`lookup::paternal_surname`).
    let mut by_paternal: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, p) in persons.iter().enumerate() {
        if let Some([word]) = super::lookup::paternal_surname(&p.lower) {
            by_paternal.entry(word.as_str()).or_default().push(i);
        }
    }
    let mut last_full: HashMap<String, usize> = HashMap::default();
    let mut out = Vec::new();
    for (part, t) in texts.iter().enumerate() {
        let part_u8 = u8::try_from(part).unwrap_or(1);
        let mut inside: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| part_index(f.part) == part_u8)
            .map(|f| (f.start, f.end))
            .collect();
        inside.sort_unstable();
        let mut q = 0;
        // The two words before the current one, lower-cased.
        let (mut prev, mut prev2): (&str, &str) = ("", "");
        for (k, &w) in t.words.iter().enumerate() {
            while q < inside.len() && inside[q].1 <= w.start {
                q += 1;
            }
            let lower: &str = &t.lower[k];
            // A word overlapping a quote is inside it: a quote's first word starts at its
            // opening mark, before the quote's own start (`"Perelman never …`).
            let outside = !(q < inside.len() && inside[q].0 < w.end);
            let alone = !t.capital.get(k + 1).copied().unwrap_or(false) || w.closes_phrase(t.text);
            if let Some([i]) = by_given.get(lower).map(Vec::as_slice) {
                let joined = k > 0 && t.capital[k - 1] && !t.words[k - 1].closes_phrase(t.text);
                if outside && t.capital[k] && alone && !joined && !by_surname.contains_key(lower) {
                    out.push(((part_u8, w.start), *i));
                }
            }
            // Most articles have no such name: no lookup per word for them.
            let paternal = (!by_paternal.is_empty())
                .then(|| by_paternal.get(lower))
                .flatten();
            if let Some([i]) = paternal.map(Vec::as_slice) {
                let last = persons[*i].lower.last().map(String::as_str);
                let next = t.lower.get(k + 1).map(|l| &**l);
                if outside && t.capital[k] && !by_surname.contains_key(lower) && next != last {
                    out.push(((part_u8, w.start), *i));
                }
            }
            if outside && t.capital[k] {
                if let Some(candidates) = by_surname.get(lower) {
                    let chosen = candidates.iter().copied().find(|&i| {
                        persons[i].lower.len() >= 2
                            && persons[i].lower[persons[i].lower.len() - 2] == prev
                    });
                    if let Some(i) = chosen {
                        last_full.insert(lower.to_string(), i);
                    }
                    let i = chosen
                        .or_else(|| last_full.get(lower).copied())
                        .unwrap_or_else(|| {
                            candidates
                                .iter()
                                .copied()
                                .max_by_key(|&i| (persons[i].tokens.len(), usize::MAX - i))
                                .unwrap_or(candidates[0])
                        });
                    let before_run = if chosen.is_some() { prev2 } else { prev };
                    let after_det = DETERMINERS.contains(&before_run)
                        || matches!(before_run, "in" | "at" | "to" | "of" | "from" | "on");
                    // `South Korea` is no mention of `Gallup Korea`: a surname joined to another
                    // capitalised word inside a sentence is part of another name, unless that
                    // word is a title (`President Reagan`).
                    let in_other_name = chosen.is_none()
                        && k >= 2
                        && t.capital[k - 1]
                        && !t.words[k - 1].closes_phrase(t.text)
                        && !t.words[k - 2].closes_phrase(t.text)
                        && !is_title(prev)
                        && !ROLE_NOUNS.contains(&prev)
                        && !PHRASE_STOPS.contains(&prev)
                        && !DETERMINERS.contains(&prev)
                        && !candidates.iter().any(|&i| {
                            persons[i]
                                .lower
                                .iter()
                                .any(|w| w.trim_end_matches('.') == prev.trim_end_matches('.'))
                        });
                    let skipped = in_other_name || (skip_after_determiner && after_det);
                    if !skipped {
                        out.push(((part_u8, w.start), i));
                    }
                }
            }
            prev2 = std::mem::replace(&mut prev, lower);
        }
    }
    out
}
