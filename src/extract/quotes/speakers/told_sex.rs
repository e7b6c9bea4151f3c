//! The sex the article's own pronouns give a person whose given name the data lists for the
//! other sex (`Karma Dorji … agrees. He is …`, `Its director, Tala Teo Penitusi, said …. "…,"
//! he said.`): names given to either sex abroad are listed by their US use.

use super::*;

/// Most words a sentence opening with a name may run to.
const MAX_SENTENCE_WORDS: usize = 60;

/// The sex of `he`/`she` written right after a sentence that opens with a person's name: the
/// first word outside quotes after that sentence, in the same paragraph, before anyone else
/// is named. A person the pronouns give both sexes gets none.
pub(super) fn told_sexes(
    texts: &[Tokens; 2],
    persons: &[Person],
    mentions: &[(Position, usize)],
    found: &[Found],
) -> HashMap<usize, Option<Sex>> {
    let mut out: HashMap<usize, Option<Sex>> = HashMap::default();
    if mentions.is_empty() {
        return out;
    }
    // Which words of each part stand inside a quote, worked out once per article rather than
    // for every word of every mention's sentence. A quote's first word starts at its opening
    // mark, before the quote's own start.
    let quoted: Vec<Vec<bool>> = (0..2u8)
        .map(|part| {
            texts[usize::from(part)]
                .words
                .iter()
                .map(|w| {
                    found
                        .iter()
                        .any(|f| part_index(f.part) == part && f.start < w.end && w.start < f.end)
                })
                .collect()
        })
        .collect();
    for (n, &((part, start), i)) in mentions.iter().enumerate() {
        let t = &texts[usize::from(part.min(1))];
        let next_mention = mentions
            .get(n + 1)
            .filter(|((p, _), _)| *p == part)
            .map_or(usize::MAX, |((_, s), _)| *s);
        let in_quote = &quoted[usize::from(part.min(1))];
        let inside = |k: usize| in_quote.get(k).copied().unwrap_or(false);
        // Words are in text order: the mention's word is found by halving.
        let Ok(last) = t.words.binary_search_by_key(&start, |w| w.start) else {
            continue;
        };
        // The mention is of the surname: the name opens at its given names.
        let mut k = last;
        while k > 0
            && t.capital[k - 1]
            && !t.words[k - 1].closes_phrase(t.text)
            && persons[i].lower.iter().any(|w| *w == t.lower[k - 1])
        {
            k -= 1;
        }
        if !opens_sentence(t, k) {
            continue;
        }
        // The rest of the name's sentence: no one else described in it (`met the minister`).
        // It says something (`Tala Teo Penitusi, said …`), and names or points to no one else
        // (`met the minister`, `DPP Ng asked her`).
        let mut j = k;
        let mut clean = true;
        let mut speaks = false;
        while j < t.words.len() && j < k + MAX_SENTENCE_WORDS {
            if !inside(j) {
                let w = &*t.lower[j];
                speaks |= vocab::is_speech_verb(w);
                if ROLE_NOUNS.contains(&w) || matches!(w, "him" | "her" | "them") {
                    clean = false;
                }
            }
            if t.words[j].closes_phrase(t.text) && t.words[j].raw(t.text).ends_with(['.', '!', '?'])
            {
                break;
            }
            j += 1;
        }
        if !clean || !speaks {
            continue;
        }
        // The first word outside quotes after the sentence.
        let Some(p) = (j + 1..t.words.len().min(j + MAX_SENTENCE_WORDS))
            .find(|&p| !inside(p) || t.words[p].start >= next_mention)
        else {
            continue;
        };
        let w = &t.words[p];
        let between = t.text.get(t.words[j].end..w.start).unwrap_or("\n");
        if w.start >= next_mention || between.contains('\n') {
            continue;
        }
        if let Some(sex) =
            kinds::pronoun_sex(&t.lower[p]).filter(|_| matches!(&*t.lower[p], "he" | "she"))
        {
            let vote = out.entry(i).or_insert(Some(sex));
            if *vote != Some(sex) {
                *vote = None;
            }
        }
    }
    out
}

/// Whether word `k` opens its sentence, or follows only an apposed role that does
/// (`Its director, Tala Teo Penitusi,`) and tells no sex (`His wife, Aroha,`).
fn opens_sentence(t: &Tokens, k: usize) -> bool {
    let opens = |i: usize| {
        i == 0 || {
            let raw = t.words[i - 1].raw(t.text);
            t.words[i - 1].closes_phrase(t.text) && raw.ends_with(['.', '!', '?', '"', '”'])
                || t.text
                    .get(t.words[i - 1].end..t.words[i].start)
                    .is_some_and(|s| s.contains('\n'))
        }
    };
    opens(k)
        || (k >= 2
            && t.words[k - 1].raw(t.text).ends_with(',')
            && ROLE_NOUNS.contains(&&*t.lower[k - 1])
            && opens(k - 2)
            && !t.capital[k - 1]
            && lexicon::role_noun_sex(&t.lower[k - 1]).is_none())
}
