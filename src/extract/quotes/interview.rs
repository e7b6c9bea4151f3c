//! Interviews written as turns: `Q: …` / `A: …` (also `Q.`, `Question:`, `Frage:`…), or the
//! speakers' initials or names before a colon (`NB: …`, `OKAFOR: …`, `Mr. Becker: …`). Each
//! turn's text is one quote; the label says who speaks (issue 14's labelling guideline counts
//! turns like dash-led speech).

/// The longest label, in bytes (`Gráinne Doherty`, `Mr. Tom Becker`).
const MAX_LABEL: usize = 32;

/// Who a role label stands for: the one asking or the one answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Asks,
    Answers,
}

/// Labels of questions and answers in the languages interviews are printed in (lower case).
const ASKS: &[&str] = &[
    "q",
    "question",
    "interviewer",
    "frage",
    "pregunta",
    "domanda",
    "pergunta",
    "vraag",
    "pytanie",
    "вопрос",
];
const ANSWERS: &[&str] = &[
    "a",
    "answer",
    "antwort",
    "respuesta",
    "réponse",
    "reponse",
    "risposta",
    "resposta",
    "antwoord",
    "odpowiedź",
    "ответ",
];

/// Whether a label stands for the interviewer (`Q`, `Question`) or the one interviewed (`A`).
pub fn role(label: &str) -> Option<Role> {
    let lower = label.trim().trim_end_matches('.').to_lowercase();
    if ASKS.contains(&lower.as_str()) {
        Some(Role::Asks)
    } else if ANSWERS.contains(&lower.as_str()) {
        Some(Role::Answers)
    } else {
        None
    }
}

/// The label of a turn paragraph and where its text starts, as byte offsets into `para`.
pub fn turn(para: &str) -> Option<((usize, usize), usize)> {
    // `Q. Why now?` / `A. Because …`: a role letter and a full stop.
    let mut cs = para.chars();
    let dotted = match (cs.next(), cs.next(), cs.next()) {
        (Some(c), Some('.'), Some(' ')) => role(c.encode_utf8(&mut [0; 4])).is_some(),
        _ => false,
    };
    let (label_end, after) = if dotted {
        (1, 2)
    } else {
        let colon = para.get(..MAX_LABEL + 1).unwrap_or(para).find(':')?;
        // `Question :` in French typography.
        let end = para[..colon].trim_end().len();
        // `AMINA (caller, Jigjiga Yar):`: who the speaker is, in brackets after the name, is
        // no part of the label.
        let end = match para[..end].strip_suffix(')').and_then(|l| l.rfind(" (")) {
            Some(open) => open,
            None => end,
        };
        (end, colon + 1)
    };
    let label = &para[..label_end];
    let words: Vec<&str> = label.split_whitespace().collect();
    let name_char = |c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-');
    if words.is_empty()
        || words.len() > 4
        || label.starts_with(char::is_whitespace)
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        || !words.iter().all(|w| w.chars().all(name_char))
    {
        return None;
    }
    let rest = &para[after..];
    let text_start = after + (rest.len() - rest.trim_start().len());
    (text_start < para.len()).then_some(((0, label_end), text_start))
}

/// What a label is compared by: its last word, lower-cased, without dots (`Mr. Becker` and
/// `BECKER` are the same speaker, `Q.` and `Q` the same role).
fn key(label: &str) -> String {
    label
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches('.')
        .to_lowercase()
}

/// The units an article part is read in, with their byte offsets, and which are turns: its
/// paragraphs, or, when that makes it an interview, their lines (`Q: …` and `A: …` on lines of
/// one paragraph, as a page's line breaks leave them).
pub fn units<'a>(paragraphs: Vec<(usize, &'a str)>) -> (Vec<(usize, &'a str)>, Vec<bool>) {
    let texts: Vec<&str> = paragraphs.iter().map(|(_, p)| *p).collect();
    let by_paragraph = turns(&texts);
    let split = |&(offset, p): &(usize, &'a str)| {
        let labelled = p.lines().filter(|l| turn(l).is_some()).count();
        if labelled < 2 {
            return vec![(offset, p)];
        }
        let mut at = offset;
        p.split('\n')
            .map(|line| {
                let here = at;
                at += line.len() + 1;
                (here, line)
            })
            .filter(|(_, line)| !line.trim().is_empty())
            .collect()
    };
    if paragraphs.iter().all(|&(_, p)| !p.contains('\n')) {
        return (paragraphs, by_paragraph);
    }
    let lines: Vec<(usize, &str)> = paragraphs.iter().flat_map(split).collect();
    let line_texts: Vec<&str> = lines.iter().map(|(_, l)| *l).collect();
    let by_line = turns(&line_texts);
    if by_line.iter().filter(|t| **t).count() > by_paragraph.iter().filter(|t| **t).count() {
        (lines, by_line)
    } else {
        (paragraphs, by_paragraph)
    }
}

/// Which paragraphs of an article are interview turns. An article is an interview when two
/// labels each open two or more paragraphs, or a question label and an answer label both
/// open one (`Q.` … `A.`). Then a label that opens one paragraph only is a turn when it is a
/// role or stands between two turns (`JUDGE: Move on.` in an exchange), not a note at the end.
pub fn turns(paragraphs: &[&str]) -> Vec<bool> {
    let labels: Vec<Option<String>> = paragraphs
        .iter()
        .map(|p| turn(p).map(|((a, b), _)| key(&p[a..b])))
        .collect();
    let mut counts: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for l in labels.iter().flatten() {
        *counts.entry(l.as_str()).or_default() += 1;
    }
    let recurring: Vec<&str> = counts
        .iter()
        .filter(|(_, n)| **n >= 2)
        .map(|(k, _)| *k)
        .collect();
    let has = |r: Role| labels.iter().flatten().any(|l| role(l) == Some(r));
    let interview = recurring.len() >= 2 || (has(Role::Asks) && has(Role::Answers));
    if !interview {
        return vec![false; paragraphs.len()];
    }
    let strong = |l: &Option<String>| {
        l.as_deref()
            .is_some_and(|k| recurring.contains(&k) || role(k).is_some())
    };
    (0..labels.len())
        .map(|i| {
            strong(&labels[i])
                || (labels[i].is_some()
                    && i > 0
                    && strong(&labels[i - 1])
                    && labels.get(i + 1).is_some_and(strong))
        })
        .collect()
}

/// Whether a paragraph between two turns goes on with the last turn's speech: running prose
/// that ends a sentence (a heading between turns does not).
pub fn continues(para: &str) -> bool {
    let t = para.trim_end();
    t.split_whitespace().count() >= 3
        && t.ends_with(['.', '?', '!', '"', '”', '’', '…'])
        && turn(para).is_none()
        && !reports_speech(para)
}

/// Whether a paragraph reports someone else's words: it quotes, and outside its quotation
/// marks a speech verb stands with no first person (`The Ministry said in a response that
/// the homes were "at various stages"`, `Marsters said she was "terrified"`). That is the
/// writer's narration between turns; the one interviewed going on speaks as `I` or `we`.
fn reports_speech(para: &str) -> bool {
    let mut outside = String::with_capacity(para.len());
    let mut inside = false;
    let mut marks = 0;
    for c in para.chars() {
        match c {
            '"' => {
                inside = !inside;
                marks += 1;
            }
            '“' | '«' => {
                inside = true;
                marks += 1;
            }
            '”' | '»' => {
                inside = false;
                marks += 1;
            }
            _ if !inside => outside.push(c),
            _ => {}
        }
    }
    if marks < 2 {
        return false;
    }
    let words: Vec<String> = outside
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let first_person = words
        .iter()
        .any(|w| matches!(w.as_str(), "i" | "we" | "me" | "us" | "my" | "our"));
    !first_person && words.iter().any(|w| super::vocab::is_speech_verb(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_and_interviews() {
        let paras = [
            "Q: Why a ship?",
            "A: A friend is a sailor.",
            "Q: And now?",
            "A: A lighthouse.",
        ];
        assert_eq!(turns(&paras), [true; 4]);
        assert_eq!(turn("NB: Has the minister said yes?"), Some(((0, 2), 4)));
        assert_eq!(turn("The minister said: no."), None);
        assert_eq!(turns(&["Q: Why?", "He said: no."]), [false, false]);
    }
}
