//! `Western diplomats said …. "…," one said`: a bare `one` or `another` as a speaker is one of
//! the group of people the text just named as a sentence's subject (`Fans were devastated. One
//! wrote …`), and is shown as that description (`one Western diplomat`, `one fan`), not as
//! the word `one` nor as whoever was named last.

use super::*;

/// How far back before the speaker the group may be named, in bytes (about two sentences).
const GROUP_BYTES: usize = 600;
/// How many words may open a sentence before its group noun (`Deputies`, `Other Western
/// diplomats`, `Senior U.S. officials`).
const MAX_MODIFIERS: usize = 3;

impl People<'_> {
    /// The description a bare quantifier speaker (`one`, `another`) at `pos` stands for: its
    /// word with the group noun, singular, and the words before it (`one Western diplomat`).
    pub(super) fn one_of_group(&self, quantifier: &str, pos: Position) -> Option<String> {
        let text = self.texts[usize::from(pos.0.min(1))];
        let end = words::floor_boundary(text, pos.1.min(text.len()));
        let mut from = words::floor_boundary(text, end.saturating_sub(GROUP_BYTES));
        // The group is named in this paragraph or the one before, never further back.
        let window = &text[from..end];
        if let Some(i) = window.rfind("\n\n") {
            let before = window[..i].rfind("\n\n").map_or(0, |j| j + 2);
            from += before;
        }
        let window = &text[from..end];
        let ws = words(window, 200);
        let mut found = None;
        let mut k = 0;
        while k < ws.len() {
            let opens = k == 0 || ends_sentence(ws[k - 1].raw(window));
            if opens {
                if let Some(d) = group_at(window, &ws[k..], self.texts) {
                    found = Some(d);
                }
            }
            k += 1;
        }
        let (modifiers, noun) = found?;
        let mut out = quantifier.to_lowercase();
        for m in modifiers.iter().chain(std::iter::once(&noun)) {
            out.push(' ');
            out.push_str(m);
        }
        Some(out)
    }
}

/// Whether a token closes a sentence (`devastated.`, `talks."`, `paragraph\n\n`).
fn ends_sentence(raw: &str) -> bool {
    let trimmed = raw.trim_end_matches(|c: char| words::is_quote_mark(c) || c == ')');
    trimmed.ends_with(['.', '!', '?', ':']) && !words::is_abbreviation(words::core(raw))
}

/// The group a sentence opening with `ws` names as its subject: up to `MAX_MODIFIERS` words,
/// then a plural noun of people (`diplomats`, `Deputies`), given as its modifiers and its
/// singular. Determiners and quantifiers (`the`, `other`, `many`) are left out.
fn group_at(s: &str, ws: &[Word], texts: [&str; 2]) -> Option<(Vec<String>, String)> {
    for (j, &w) in ws.iter().enumerate().take(MAX_MODIFIERS + 1) {
        let raw = w.raw(s);
        let core = w.core(s);
        if core.is_empty() || raw.ends_with("'s") || raw.ends_with("’s") {
            return None;
        }
        let lower = core.to_lowercase();
        let singular = singular_role(&lower).or_else(|| {
            // `Deputies from three provinces said`: any plural the article also writes in
            // lower case, as the subject of a speech verb, is a group of people.
            (j == 0 && speaks_after(s, &ws[1..]) && texts.iter().any(|t| written_lower(t, &lower)))
                .then(|| singular(&lower))
                .flatten()
        });
        if let Some(singular) = singular {
            // `Although traders said`: the words before a conjunction are no modifiers.
            let opens = ws[..j].iter().rposition(|m| {
                let l = m.lower(s);
                kinds::is_clause_opener(&l) || PHRASE_STOPS.contains(&l.as_str())
            });
            let modifiers = ws[opens.map_or(0, |k| k + 1)..j]
                .iter()
                .map(|m| m.core(s).to_string())
                .filter(|m| !is_quantity(&m.to_lowercase()))
                .collect();
            return Some((modifiers, singular));
        }
        // A group noun further on is no subject of a sentence opening this way.
        if w.closes_phrase(s) || PHRASE_STOPS.contains(&lower.as_str()) {
            return None;
        }
    }
    None
}

/// A plural noun of people (`deputies`, `diplomats`, `fans`) as its singular, when the
/// singular is a role noun.
fn singular_role(lower: &str) -> Option<String> {
    let candidates = [
        lower.strip_suffix("ies").map(|s| format!("{s}y")),
        lower.strip_suffix("es").map(str::to_string),
        lower.strip_suffix('s').map(str::to_string),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|s| {
            !s.is_empty()
                && (!s.ends_with('s') || s.ends_with("ss"))
                && ROLE_NOUNS.contains(&s.as_str())
        })
        .filter(|s| !GROUP_NOUNS.contains(&s.as_str()))
}

/// Whether a speech verb follows within the subject's next few words (`from three provinces
/// said`), before any punctuation.
fn speaks_after(s: &str, ws: &[Word]) -> bool {
    for &w in ws.iter().take(6) {
        // `Importers tell a different story.`: the plain present of `tell` and `say` too.
        let lower = w.lower(s);
        if vocab::is_speech_verb(&lower) || matches!(lower.as_str(), "tell" | "say") {
            return true;
        }
        if w.closes_phrase(s) {
            return false;
        }
    }
    false
}

/// Whether the text writes `lower` as a word in lower case (`deputies`, not only `Deputies`).
fn written_lower(s: &str, lower: &str) -> bool {
    s.match_indices(lower).any(|(i, _)| {
        let before = s[..i].chars().next_back();
        let after = s[i + lower.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The singular of a plural noun (`deputies`, `fans`), when it looks like one.
fn singular(lower: &str) -> Option<String> {
    let s = match lower.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => lower
            .strip_suffix('s')
            .filter(|s| !s.ends_with('s'))?
            .to_string(),
    };
    (s.chars().count() >= 3 && s.chars().all(char::is_alphabetic)).then_some(s)
}

/// Determiners and words of number, which the one speaker does not share with the group.
fn is_quantity(lower: &str) -> bool {
    DETERMINERS.contains(&lower)
        || matches!(
            lower,
            "other" | "many" | "most" | "some" | "all" | "both" | "few"
        )
        || lower.chars().all(|c| c.is_ascii_digit())
}

/// Whether a speaker's name is a bare quantifier (`one`, `Another`) that needs its group.
pub(super) fn bare_quantifier(name: &str) -> bool {
    matches!(name.to_lowercase().as_str(), "one" | "another")
}

/// `"…," one trader said. ¶ Another said …`: with no group named, `another` is one more of
/// what the last speaker was described as (`another trader`), when that speaker was one
/// described with `one`, `a` or `an`.
pub(super) fn another_of(
    quantifier: &str,
    last: Option<&(Position, String, bool)>,
) -> Option<String> {
    if !quantifier.eq_ignore_ascii_case("another") {
        return None;
    }
    let (_, name, person) = last?;
    if *person || kinds::kind_of(name, false) != crate::model::SpeakerKind::Description {
        return None;
    }
    let lower = name.to_lowercase();
    let rest = ["one ", "a ", "an ", "another "]
        .iter()
        .find_map(|d| lower.strip_prefix(d))?;
    Some(format!("another {rest}"))
}
