//! What a query means: the text a user typed, as a tree of terms.

use super::Field;
use super::tags::tag_token;
use super::text::{is_cjk, tokens};

/// Longest query accepted, in characters. Longer input is a paste accident, not a search.
pub const MAX_QUERY_CHARS: usize = 2_000;
/// Most terms in one query; keeps the index's work bounded.
const MAX_TERMS: usize = 64;

/// Why a query could not be understood; shown to the user as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("a quote is not closed: add the closing \"")]
    UnclosedQuote,
    #[error("a parenthesis is not closed")]
    UnclosedParen,
    #[error("a ')' has no matching '('")]
    UnmatchedParen,
    #[error("-word and NOT only leave words out: add a word to search for")]
    OnlyExclusions,
    #[error(
        "unknown field '{0}:' (use author:, source:, speaker:, category:, title:, quote:, tag: or note:)"
    )]
    UnknownField(String),
    #[error("'{0}:' needs a word or a \"phrase\" after it")]
    EmptyField(String),
    #[error("the query is too long ({0} characters; at most {MAX_QUERY_CHARS})")]
    TooLong(usize),
    #[error("too many terms (at most {MAX_TERMS})")]
    TooManyTerms,
}

/// One thing to look for: a word, or a phrase of several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub field: Option<Field>,
    /// As typed, without field, quotes or star.
    pub text: String,
    /// The index tokens (`text::tokens`); never empty.
    pub tokens: Vec<String>,
    /// Typed in quotes: exactly these words.
    pub quoted: bool,
    /// Typed with a trailing `*`.
    pub starred: bool,
    /// The last token matches as the start of longer words. Set by a star, by a single
    /// character of a run (the index holds pairs), or by the archive for a word it does not
    /// hold whole (`Archive::resolve`).
    pub prefix: bool,
}

impl Term {
    /// Whether the archive decides if the last word is whole or the start of a longer one:
    /// a bare word, neither quoted nor starred, not ending in a run of `is_cjk` characters.
    pub fn open_ended(&self) -> bool {
        !self.quoted && !self.starred && self.tokens.last().is_some_and(|t| !t.chars().any(is_cjk))
    }
}

/// A query as a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Term(Term),
    /// Every one of `include` and none of `exclude` (`include` is never empty).
    All {
        include: Vec<Node>,
        exclude: Vec<Node>,
    },
    /// Any of these.
    Any(Vec<Node>),
}

/// A parsed query; `root` is `None` when it has no words (everything matches).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub root: Option<Node>,
}

impl Query {
    /// Every term, in the order typed.
    pub fn terms(&self) -> Vec<&Term> {
        fn walk<'a>(node: &'a Node, out: &mut Vec<&'a Term>) {
            match node {
                Node::Term(t) => out.push(t),
                Node::All { include, exclude } => {
                    include.iter().chain(exclude).for_each(|n| walk(n, out))
                }
                Node::Any(nodes) => nodes.iter().for_each(|n| walk(n, out)),
            }
        }
        let mut out = Vec::new();
        if let Some(root) = &self.root {
            walk(root, &mut out);
        }
        out
    }

    /// Every term, to change (the archive settles `prefix` on open-ended ones).
    pub fn for_each_term_mut(&mut self, f: &mut dyn FnMut(&mut Term)) {
        fn walk(node: &mut Node, f: &mut dyn FnMut(&mut Term)) {
            match node {
                Node::Term(t) => f(t),
                Node::All { include, exclude } => {
                    include.iter_mut().chain(exclude).for_each(|n| walk(n, f))
                }
                Node::Any(nodes) => nodes.iter_mut().for_each(|n| walk(n, f)),
            }
        }
        if let Some(root) = &mut self.root {
            walk(root, f);
        }
    }

    /// The terms an article must contain to match (not those it must not), for highlights.
    pub fn wanted_terms(&self) -> Vec<&Term> {
        fn walk<'a>(node: &'a Node, out: &mut Vec<&'a Term>) {
            match node {
                Node::Term(t) => out.push(t),
                Node::All { include, .. } => include.iter().for_each(|n| walk(n, out)),
                Node::Any(nodes) => nodes.iter().for_each(|n| walk(n, out)),
            }
        }
        let mut out = Vec::new();
        if let Some(root) = &self.root {
            walk(root, &mut out);
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open,
    Close,
    And,
    Or,
    Not,
    Term(Term),
    /// A word with nothing the index holds (`-`, `...`): it changes nothing.
    Nothing,
}

/// Parses what the user typed.
pub fn parse(input: &str) -> Result<Query, QueryError> {
    let chars = input.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong(chars));
    }
    let tokens = lex(input)?;
    if tokens
        .iter()
        .filter(|t| matches!(t, Token::Term(_)))
        .count()
        > MAX_TERMS
    {
        return Err(QueryError::TooManyTerms);
    }
    let mut parser = Parser { tokens, at: 0 };
    let root = parser.any()?;
    if parser.at < parser.tokens.len() {
        // `any` stops only at the end or at a `)` nothing opened.
        return Err(QueryError::UnmatchedParen);
    }
    Ok(Query { root })
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    /// `a OR b OR …`; an empty side (`a OR`, while typing) is left out.
    fn any(&mut self) -> Result<Option<Node>, QueryError> {
        let mut options = Vec::new();
        loop {
            if let Some(node) = self.all()? {
                options.push(node);
            }
            if self.peek() == Some(&Token::Or) {
                self.at += 1;
            } else {
                break;
            }
        }
        Ok(match options.len() {
            0 => None,
            1 => options.pop(),
            _ => Some(Node::Any(options)),
        })
    }

    /// Terms side by side (or with `AND`), some of them excluded by `NOT` or `-`.
    fn all(&mut self) -> Result<Option<Node>, QueryError> {
        let mut include = Vec::new();
        let mut exclude = Vec::new();
        let mut negate = false;
        while let Some(token) = self.peek() {
            match token {
                Token::Close | Token::Or => break,
                Token::And => self.at += 1,
                Token::Not => {
                    self.at += 1;
                    negate = true;
                }
                _ => {
                    if let Some(node) = self.primary()? {
                        if negate {
                            exclude.push(node);
                        } else {
                            include.push(node);
                        }
                    }
                    negate = false;
                }
            }
        }
        if include.is_empty() {
            return if exclude.is_empty() {
                Ok(None)
            } else {
                Err(QueryError::OnlyExclusions)
            };
        }
        if exclude.is_empty() && include.len() == 1 {
            return Ok(include.pop());
        }
        Ok(Some(Node::All { include, exclude }))
    }

    fn primary(&mut self) -> Result<Option<Node>, QueryError> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        match token {
            Some(Token::Open) => {
                let inner = self.any()?;
                if self.peek() != Some(&Token::Close) {
                    return Err(QueryError::UnclosedParen);
                }
                self.at += 1;
                Ok(inner)
            }
            Some(Token::Term(term)) => Ok(Some(Node::Term(term))),
            _ => Ok(None),
        }
    }
}

fn lex(input: &str) -> Result<Vec<Token>, QueryError> {
    let mut tokens = Vec::new();
    let mut rest = input;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
        let Some(first) = rest.chars().next() else {
            break;
        };
        match first {
            '(' => {
                tokens.push(Token::Open);
                rest = &rest[1..];
            }
            ')' => {
                tokens.push(Token::Close);
                rest = &rest[1..];
            }
            '"' => {
                let (phrase, after) = read_phrase(&rest[1..])?;
                let (starred, after) = star(after);
                tokens.push(term(None, &phrase, true, starred));
                rest = after;
            }
            // `-word`, `-"a phrase"`, `-(…)`: leave out (as in Gmail and GitHub). A `-` with
            // nothing after it is punctuation.
            '-' if rest[1..].starts_with(|c: char| !c.is_whitespace() && c != '-') => {
                tokens.push(Token::Not);
                rest = &rest[1..];
            }
            _ => {
                let end = rest
                    .find(|c: char| {
                        c.is_whitespace() || c.is_control() || matches!(c, '(' | ')' | '"')
                    })
                    .unwrap_or(rest.len());
                let word = &rest[..end];
                rest = &rest[end..];
                match word {
                    "AND" => tokens.push(Token::And),
                    "OR" => tokens.push(Token::Or),
                    "NOT" => tokens.push(Token::Not),
                    _ => rest = field_or_word(&mut tokens, word, rest)?,
                }
            }
        }
    }
    Ok(tokens)
}

/// Handles `field:value`, `field:"a phrase"` and plain words. Returns the unread input.
fn field_or_word<'a>(
    tokens: &mut Vec<Token>,
    word: &str,
    rest: &'a str,
) -> Result<&'a str, QueryError> {
    if let Some((name, value)) = word.split_once(':') {
        let looks_like_field = !name.is_empty()
            && name.len() <= 12
            && name.chars().all(|c| c.is_alphabetic())
            && !value.starts_with("//");
        if looks_like_field {
            let field =
                Field::from_name(name).ok_or_else(|| QueryError::UnknownField(name.to_string()))?;
            if value.is_empty() {
                if let Some(after_quote) = rest.strip_prefix('"') {
                    let (phrase, after) = read_phrase(after_quote)?;
                    let (starred, after) = star(after);
                    tokens.push(term(Some(field), &phrase, true, starred));
                    return Ok(after);
                }
                return Err(QueryError::EmptyField(name.to_string()));
            }
            let (text, starred) = strip_star(value);
            tokens.push(term(Some(field), text, false, starred));
            return Ok(rest);
        }
    }
    let (text, starred) = strip_star(word);
    tokens.push(term(None, text, false, starred));
    Ok(rest)
}

fn read_phrase(after_quote: &str) -> Result<(String, &str), QueryError> {
    let close = after_quote.find('"').ok_or(QueryError::UnclosedQuote)?;
    Ok((after_quote[..close].to_string(), &after_quote[close + 1..]))
}

fn star(s: &str) -> (bool, &str) {
    match s.strip_prefix('*') {
        Some(rest) => (true, rest),
        None => (false, s),
    }
}

fn strip_star(word: &str) -> (&str, bool) {
    match word.strip_suffix('*') {
        Some(w) => (w.trim_end_matches('*'), true),
        None => (word, false),
    }
}

/// A term, or `Nothing` when the text holds no word the index could find.
fn term(field: Option<Field>, text: &str, quoted: bool, starred: bool) -> Token {
    if field == Some(Field::Tag) {
        return tag_term(text);
    }
    let text: String = text.chars().filter(|c| !c.is_control()).collect();
    let tokens = match field {
        Some(Field::Note) => super::tags::note_tokens(&text),
        _ => tokens(&text),
    };
    let Some(last) = tokens.last() else {
        return Token::Nothing;
    };
    // The index holds runs as pairs: one character alone is found as the start of a pair.
    let single_run_char = last.chars().count() == 1 && last.chars().all(is_cjk);
    Token::Term(Term {
        field,
        text: text.trim().to_string(),
        prefix: starred || single_run_char,
        tokens,
        quoted,
        starred,
    })
}

/// `tag:name`: the whole tag, never a prefix, as the one word the archive indexes it as.
fn tag_term(text: &str) -> Token {
    match super::tags::tag_name(text) {
        Some(name) => Token::Term(Term {
            field: Some(Field::Tag),
            tokens: vec![tag_token(&name)],
            text: name,
            quoted: true,
            starred: false,
            prefix: false,
        }),
        None => Token::Nothing,
    }
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
