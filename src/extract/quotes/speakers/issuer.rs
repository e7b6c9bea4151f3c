//! A document named as a quote's speaker stands for whoever issued it: `The committee's policy
//! letter said` is the committee's, `The federation hit back with a statement saying` the
//! federation's. The document is how a body or person spoke, not who spoke.

use super::*;
use crate::model::SpeakerKind;

/// Words before an indefinite document that make it the sentence subject's means of speaking
/// (`with a statement`, `issued a report`).
const CARRIERS: &[&str] = &[
    "with",
    "in",
    "issued",
    "released",
    "published",
    "through",
    "via",
];

/// Prepositions that close a document's head (`report on the restoration`).
const HEAD_STOPS: &[&str] = &["on", "of", "about", "into", "for", "to", "in", "from"];

/// Most words of a sentence's opening subject read as the issuer.
const MAX_ISSUER_WORDS: usize = 8;

impl People<'_> {
    /// The issuer of a document the cue at byte `a` of `text` names (`phrase`), resolved to a
    /// named body or person; none when the phrase is no document or its issuer stays unnamed.
    pub(super) fn document_issuer(
        &self,
        text: &str,
        (quote, a): (usize, usize),
        phrase: &str,
        part: u8,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        let ws: Vec<&str> = phrase.split_whitespace().collect();
        let (issuer, at) = match possessor_of_document(&ws) {
            Some(owner) => (owner, a),
            None => match self.subject_issuing(text, a, &ws) {
                Some(subject) => (subject, a),
                None => match earlier_document_issuer(text, quote.min(a), &ws) {
                    Some(found) => found,
                    None => match self.body_taken_up(&ws, (part, quote), last) {
                        Some(body) => return Some(body),
                        None => sentence_before_subject(text, quote.min(a), &ws)?,
                    },
                },
            },
        };
        let (name, person, how) = self.resolve_phrase(&issuer, (part, at), last)?;
        // Only a name counts: `the committee` left as a description says no more than the
        // document did.
        let named = matches!(
            kinds::kind_of(&name, person),
            SpeakerKind::Person | SpeakerKind::Organisation
        );
        (how != Attribution::None && named).then_some((name, person, Attribution::Resolved))
    }

    /// `The ministry … termed the strike "unprocedural". ¶ "…," the statement read.`: a
    /// definite document whose issuer is not written speaks for the body quoted just before
    /// (the previous quote's speaker, in this paragraph or the one before).
    fn body_taken_up(
        &self,
        ws: &[&str],
        pos: Position,
        last: Option<&(Position, String, bool)>,
    ) -> Option<(String, bool, Attribution)> {
        let ["the", noun] = ws else {
            return None;
        };
        let (lp, name, false) = last? else {
            return None;
        };
        let here = self.paragraph_start(pos);
        let before = self.paragraph_start((pos.0, here.1.saturating_sub(2)));
        let near = lp.0 == pos.0 && *lp >= before;
        let body = kinds::kind_of(name, false) == SpeakerKind::Organisation;
        (vocab::is_document(noun) && near && body)
            .then(|| (name.clone(), false, Attribution::Resolved))
    }

    /// `The federation hit back with a statement saying`: the opening subject of the sentence
    /// in which an indefinite document is carried (`with`, `in`, `issued` right before it).
    fn subject_issuing(&self, text: &str, a: usize, ws: &[&str]) -> Option<String> {
        let [article, rest @ ..] = ws else {
            return None;
        };
        let head = rest.last()?.trim_end_matches([',', '.', ';', ':']);
        let indefinite = matches!(*article, "a" | "an")
            && (1..=3).contains(&rest.len())
            && rest.iter().all(|w| w.starts_with(char::is_lowercase))
            && vocab::is_document(head);
        if !indefinite || a > text.len() || !text.is_char_boundary(a) {
            return None;
        }
        let before = &text[..a];
        let carrier = before.split_whitespace().next_back()?.to_lowercase();
        if !CARRIERS.contains(&carrier.as_str()) {
            return None;
        }
        let paragraph = before.rfind("\n\n").map_or(0, |i| i + 2);
        let start = words::sentence_start(text, a, paragraph, 600);
        opening_subject(&text[start..a])
    }
}

/// `the committee's policy letter`, `The heritage project's report on the restoration`: the
/// possessor, when the words after it up to a preposition are lower case and end in a document.
fn possessor_of_document(ws: &[&str]) -> Option<String> {
    let k = ws
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))?;
    let after = &ws[k + 1..];
    let end = after
        .iter()
        .position(|w| HEAD_STOPS.contains(w))
        .unwrap_or(after.len());
    let head = &after[..end];
    let document = (1..=3).contains(&head.len())
        && head.iter().all(|w| w.starts_with(char::is_lowercase))
        && head
            .last()
            .is_some_and(|w| vocab::is_document(w.trim_end_matches([',', '.', ';', ':'])));
    if !document {
        return None;
    }
    let mut owner: Vec<&str> = ws[..k].to_vec();
    owner.push(possessive_stripped(ws[k]));
    Some(owner.join(" "))
}

/// The noun phrase opening a sentence: `The federation` (a determiner and a body's noun) or a
/// run of capitalised words with `of`, `for`, `and`, `the` inside (`The St. Maarten Carnival
/// Development Foundation`).
fn opening_subject(sentence: &str) -> Option<String> {
    let ws: Vec<&str> = sentence.split_whitespace().collect();
    let first = ws.first()?;
    // `On Thursday, …`: an opening phrase, no subject.
    if det_or_stop(first) {
        return None;
    }
    let det = usize::from(matches!(*first, "The" | "Its" | "Their"));
    let next = ws.get(det)?;
    if det == 1 && next.starts_with(char::is_lowercase) {
        let noun = next.trim_end_matches([',', '.']);
        let body = kinds::is_organisation_word(noun) || vocab::is_body_noun(noun);
        return body.then(|| format!("{} {noun}", ws[0]));
    }
    let mut end = det;
    while end < ws.len().min(det + MAX_ISSUER_WORDS) {
        let w = ws[end];
        let joins = matches!(w, "of" | "for" | "and" | "the")
            && ws
                .get(end + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        if !(w.starts_with(char::is_uppercase) || joins) || w.ends_with(',') {
            break;
        }
        end += 1;
    }
    (end > det).then(|| ws[..end].join(" "))
}

/// A stop word other than a determiner opening the subject (`On`, `After`, `But`).
fn det_or_stop(first: &str) -> bool {
    let lower = first.to_lowercase();
    !matches!(lower.as_str(), "the" | "its" | "their") && lexicon::is_stopword(&lower)
}

/// How far before a quote a document it goes back to may be named, in bytes.
const EARLIER_BYTES: usize = 400;

/// `A statement she gave to police was read to the court by …. ¶ "…," the statement read.`,
/// `a statement from Rafeek was read by his attorney. "…," it said.`: a cue that takes up a
/// document named just before (`the statement`, or `it` with that document in the quote's own
/// paragraph) speaks for the document's issuer, written after `from` or as the subject of a
/// clause right after the document (`she gave`); whoever read it out is no issuer. The issuer
/// phrase, with where it stands.
fn earlier_document_issuer(text: &str, quote: usize, ws: &[&str]) -> Option<(String, usize)> {
    let pronoun = matches!(ws, ["it"]);
    let taken_up = match ws {
        ["the", noun] => vocab::is_document(noun),
        _ => pronoun,
    };
    if !taken_up || quote > text.len() || !text.is_char_boundary(quote) {
        return None;
    }
    let mut from = words::floor_boundary(text, quote.saturating_sub(EARLIER_BYTES));
    if pronoun {
        from = from.max(text[..quote].rfind("\n\n").map_or(0, |i| i + 2));
    }
    let window = &text[from..quote];
    let spans: Vec<(usize, &str)> = window
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - window.as_ptr() as usize, w))
        .collect();
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // The last indefinite document: `a`/`an`, at most two lower-case words, the document.
    let k = (0..spans.len()).rev().find(|&k| {
        let w = spans[k].1;
        vocab::is_document(&clean(w))
            && w.starts_with(char::is_lowercase)
            && (1..=3).any(|back| {
                k >= back
                    && matches!(clean(spans[k - back].1).as_str(), "a" | "an")
                    && spans[k - back + 1..k]
                        .iter()
                        .all(|(_, m)| m.starts_with(char::is_lowercase))
            })
    })?;
    let next = spans.get(k + 1)?;
    let (start, issuer): (usize, Vec<&str>) = if clean(next.1) == "from" {
        let names: Vec<&str> = spans[k + 2..]
            .iter()
            .map(|(_, w)| *w)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .take(MAX_ISSUER_WORDS)
            .collect();
        (spans.get(k + 2)?.0, names)
    } else {
        // `A statement she gave to police`: a subject and its verb right after the document.
        let subject: Vec<&str> = spans[k + 1..]
            .iter()
            .map(|(_, w)| *w)
            .take_while(|w| w.starts_with(char::is_uppercase) || matches!(*w, "he" | "she"))
            .take(MAX_ISSUER_WORDS)
            .collect();
        let verb = spans.get(k + 1 + subject.len()).map(|(_, w)| clean(w));
        let clause = verb.is_some_and(|v| {
            v.ends_with("ed") || matches!(v.as_str(), "gave" | "made" | "wrote" | "sent")
        });
        if subject.is_empty() || !clause {
            return writer_before(&spans, k).map(|(at, w)| (w.to_string(), from + at));
        }
        (next.0, subject)
    };
    // A name ends at its punctuation (`from Rafeek was`, `from Rafeek,`).
    let mut name = Vec::new();
    for w in issuer {
        let core = w.trim_end_matches([',', '.', ';', ':']);
        name.push(core);
        if core.len() != w.len() {
            break;
        }
    }
    (!name.is_empty()).then(|| (name.join(" "), from + start))
}

/// `he wrote a letter to this newspaper …. "…," the letter said`: the subject right before the
/// verb whose object the document is (a pronoun, or one capitalised word opening its clause)
/// wrote it. Its start and text.
fn writer_before<'t>(spans: &[(usize, &'t str)], k: usize) -> Option<(usize, &'t str)> {
    let article = (1..=3)
        .map(|back| k.checked_sub(back))
        .find(|&at| at.is_some_and(|at| matches!(spans[at].1, "a" | "an")))??;
    let verb = spans.get(article.checked_sub(1)?)?.1;
    let writes = verb.starts_with(char::is_lowercase)
        && (verb.ends_with("ed") || matches!(verb, "wrote" | "sent" | "gave" | "issued"));
    let (at, subject) = *spans.get(article.checked_sub(2)?)?;
    let pronoun = matches!(subject, "he" | "she" | "He" | "She");
    // One capitalised word after a clause's edge (`Fjord1 issued`, `…, Oxfam sent`).
    let edge = article < 3 || spans[article - 3].1.ends_with([',', '.', ';', ':']);
    let named = subject.starts_with(char::is_uppercase) && edge && subject.len() > 1;
    (writes && (pronoun || named)).then_some((at, subject.trim_end_matches([',', '.'])))
}

/// `Fjord1 posted an update on its page. "…," the post said.`: a definite document no earlier
/// sentence names as such speaks for the subject of the sentence right before the quote's, in
/// its paragraph, when that sentence quotes no one (a quote there has its own speaker).
fn sentence_before_subject(text: &str, quote: usize, ws: &[&str]) -> Option<(String, usize)> {
    let ["the", noun] = ws else {
        return None;
    };
    // Online posts are written, like statements (`the post`, `the email`), but `Post` in a
    // paper's name is not, so these stay out of the shared list.
    let document = vocab::is_document(noun) || matches!(*noun, "post" | "email" | "e-mail");
    if !document || quote > text.len() || !text.is_char_boundary(quote) {
        return None;
    }
    let paragraph = text[..quote].rfind("\n\n").map_or(0, |i| i + 2);
    let own = words::sentence_start(text, quote, paragraph, 600);
    if own <= paragraph {
        return None;
    }
    let end = text[..own].trim_end().len();
    let from = words::sentence_start(text, end.saturating_sub(1), paragraph, 600);
    let before = &text[from..end];
    if before.contains(['"', '“', '”', '„', '«']) {
        return None;
    }
    // `Ardbo was stepping down …, Bofors said in a statement.`: who spoke there, else who
    // opened it (`In the Netherlands …` opens with no subject).
    if let Some((a, b)) = super::super::attribution::reported_subject(before) {
        return Some((before[a..b].to_string(), from + a));
    }
    let first = before.split_whitespace().next()?.to_lowercase();
    if HEAD_STOPS.contains(&first.as_str()) {
        return None;
    }
    opening_subject(before).map(|subject| (subject, from))
}
