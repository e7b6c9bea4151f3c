//! Turns what a user types into an FTS5 `MATCH` expression that cannot escape its quoting.
//!
//! Supported: words, `"phrases"`, `prefix*`, `AND`/`OR`/`NOT` (upper case, as in FTS5),
//! parentheses, and field filters `author:`, `source:`, `speaker:`, `category:`, `title:`,
//! `quote:`. Every term reaches SQLite as a double-quoted FTS5 string, so characters such as
//! `^`, `:`, `-`, `NEAR(` or a stray quote are text, never syntax. Pure and unit-tested.

/// Longest query accepted, in characters. Longer input is a paste accident, not a search.
pub const MAX_QUERY_CHARS: usize = 2_000;
/// Most terms in one query; keeps FTS5's work bounded.
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
    #[error("empty parentheses")]
    EmptyParens,
    #[error("{0} needs a search term on both sides")]
    DanglingOperator(&'static str),
    #[error("unknown field '{0}:' (use author:, source:, speaker:, category:, title: or quote:)")]
    UnknownField(String),
    #[error("'{0}:' needs a word or a \"phrase\" after it")]
    EmptyField(String),
    #[error("the query is too long ({0} characters; at most {MAX_QUERY_CHARS})")]
    TooLong(usize),
    #[error("too many terms (at most {MAX_TERMS})")]
    TooManyTerms,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open,
    Close,
    And,
    Or,
    Not,
    Term {
        column: Option<&'static str>,
        text: String,
        prefix: bool,
    },
}

/// Maps a field name typed by the user to the FTS5 column it searches.
fn column_for(field: &str) -> Option<&'static str> {
    Some(match field.to_lowercase().as_str() {
        "author" | "authors" | "by" => "authors",
        "source" | "sources" | "publisher" => "sources",
        "speaker" | "speakers" | "said" => "speakers",
        "category" | "section" => "category",
        "title" => "title",
        "quote" | "quotes" => "quotes",
        "lead" => "lead",
        "body" | "text" => "body",
        _ => return None,
    })
}

/// Which full-text table answers a query (see schema.sql).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FtsTable {
    /// `articles_fts`: positions, columns, ranking.
    Words,
    /// `articles_prefix`: which articles hold which words and short prefixes, nothing more.
    Prefixes,
}

impl FtsTable {
    pub fn name(self) -> &'static str {
        match self {
            FtsTable::Words => "articles_fts",
            FtsTable::Prefixes => "articles_prefix",
        }
    }
}

/// A query ready for SQLite: the `MATCH` expression and what it asks of the tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtsMatch {
    pub expr: String,
    /// Every term is one plain word or prefix (no field, no phrase): `articles_prefix`
    /// finds exactly the articles `articles_fts` finds.
    pub plain: bool,
    /// Some term is a one- to three-letter prefix, which only `articles_prefix` indexes.
    pub short_prefix: bool,
}

impl FtsMatch {
    /// The table that finds the matching set fastest, for counts, the timeline, lists in
    /// date order and selections: the prefix table's lists of articles are a fraction of the
    /// size of lists with word positions (a count of `said` at 100,000 articles: 3.6 ms
    /// against 20 ms).
    pub fn set_table(&self) -> FtsTable {
        if self.plain {
            FtsTable::Prefixes
        } else {
            FtsTable::Words
        }
    }

    /// The table to rank on: the one with positions, unless only the prefix table can
    /// answer quickly.
    pub fn rank_table(&self) -> FtsTable {
        if self.plain && self.short_prefix {
            FtsTable::Prefixes
        } else {
            FtsTable::Words
        }
    }
}

/// Longest prefix, in characters, that `articles_prefix` indexes (its `prefix = '1 2 3'`).
const SHORT_PREFIX_CHARS: usize = 3;

/// Builds the `MATCH` expression for `input`. `Ok(None)` means the input has no terms
/// (list everything). With `prefix_last`, a bare last word still being typed matches as a
/// prefix (`ukr` finds `Ukraine`), as the filter box wants.
pub fn build_match(input: &str, prefix_last: bool) -> Result<Option<String>, QueryError> {
    Ok(compile(input, prefix_last)?.map(|m| m.expr))
}

/// Like `build_match`, noting which full-text table can answer it (see `FtsMatch`).
/// `articles_fts` answers every query, short prefixes slowly; `articles_prefix` answers
/// queries whose every term is one plain word or prefix.
pub fn compile(input: &str, prefix_last: bool) -> Result<Option<FtsMatch>, QueryError> {
    let chars = input.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong(chars));
    }
    let mut tokens = tokenize(input)?;
    if prefix_last && !input.ends_with(char::is_whitespace) {
        if let Some(Token::Term { prefix, text, .. }) = tokens.last_mut() {
            // A phrase the user closed is finished; a bare word is still being typed.
            if !input.trim_end().ends_with('"') && !text.contains(' ') {
                *prefix = true;
            }
        }
    }
    if tokens
        .iter()
        .filter(|t| matches!(t, Token::Term { .. }))
        .count()
        > MAX_TERMS
    {
        return Err(QueryError::TooManyTerms);
    }
    validate(&tokens)?;
    if tokens.is_empty() {
        return Ok(None);
    }
    // One word as the tokenizer sees it: letters and digits only (an apostrophe or a hyphen
    // would make it a phrase, which the prefix table cannot check).
    let plain_word = |text: &str| !text.is_empty() && text.chars().all(char::is_alphanumeric);
    let terms = || {
        tokens.iter().filter_map(|t| match t {
            Token::Term {
                column,
                text,
                prefix,
            } => Some((column, text, prefix)),
            _ => None,
        })
    };
    let plain = terms().all(|(column, text, _)| column.is_none() && plain_word(text));
    let short_prefix =
        terms().any(|(_, text, prefix)| *prefix && text.chars().count() <= SHORT_PREFIX_CHARS);
    Ok(Some(FtsMatch {
        expr: render(&tokens),
        plain,
        short_prefix,
    }))
}

/// The words a result snippet should highlight, folded like the index folds them, each
/// with whether it is a prefix. Invalid input highlights nothing.
pub fn highlight_terms(input: &str, prefix_last: bool) -> Vec<(String, bool)> {
    let Ok(tokens) = tokenize(input) else {
        return Vec::new();
    };
    let last_is_prefix =
        prefix_last && !input.ends_with(char::is_whitespace) && !input.trim_end().ends_with('"');
    let count = tokens.len();
    let mut terms = Vec::new();
    for (i, token) in tokens.into_iter().enumerate() {
        if let Token::Term { text, prefix, .. } = token {
            let words: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let n = words.len();
            for (j, word) in words.into_iter().enumerate() {
                let is_last = j + 1 == n;
                let is_prefix = is_last && (prefix || (i + 1 == count && last_is_prefix));
                terms.push((super::people::fold_word(word), is_prefix));
            }
        }
    }
    terms
}

fn tokenize(input: &str) -> Result<Vec<Token>, QueryError> {
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
                let (prefix, after) = star(after);
                push_term(&mut tokens, None, phrase, prefix);
                rest = after;
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
    if let Some((field, value)) = word.split_once(':') {
        let looks_like_field = !field.is_empty()
            && field.len() <= 12
            && field.chars().all(|c| c.is_alphabetic())
            && !value.starts_with("//");
        if looks_like_field {
            let column =
                column_for(field).ok_or_else(|| QueryError::UnknownField(field.to_string()))?;
            if value.is_empty() {
                if let Some(after_quote) = rest.strip_prefix('"') {
                    let (phrase, after) = read_phrase(after_quote)?;
                    let (prefix, after) = star(after);
                    push_term(tokens, Some(column), phrase, prefix);
                    return Ok(after);
                }
                return Err(QueryError::EmptyField(field.to_string()));
            }
            let (text, prefix) = strip_star(value);
            push_term(tokens, Some(column), text.to_string(), prefix);
            return Ok(rest);
        }
    }
    let (text, prefix) = strip_star(word);
    push_term(tokens, None, text.to_string(), prefix);
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

/// Adds a term unless it has nothing the tokenizer would index (`-`, `...`), which FTS5
/// would otherwise reject or match against nothing.
fn push_term(tokens: &mut Vec<Token>, column: Option<&'static str>, text: String, prefix: bool) {
    let text: String = text.chars().filter(|c| !c.is_control()).collect();
    if text.chars().any(char::is_alphanumeric) {
        tokens.push(Token::Term {
            column,
            text: text.trim().to_string(),
            prefix,
        });
    }
}

fn validate(tokens: &[Token]) -> Result<(), QueryError> {
    let mut depth = 0usize;
    // True when the previous token can end an expression (a term or a closing parenthesis).
    let mut after_operand = false;
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Token::Open => {
                if tokens.get(i + 1) == Some(&Token::Close) {
                    return Err(QueryError::EmptyParens);
                }
                depth += 1;
                after_operand = false;
            }
            Token::Close => {
                depth = depth.checked_sub(1).ok_or(QueryError::UnmatchedParen)?;
                if !after_operand {
                    return Err(QueryError::DanglingOperator(operator_name(&tokens[i - 1])));
                }
            }
            Token::And | Token::Or | Token::Not => {
                let next_is_operand =
                    matches!(tokens.get(i + 1), Some(Token::Term { .. } | Token::Open))
                        || (*token == Token::And && tokens.get(i + 1) == Some(&Token::Not));
                let left_ok =
                    after_operand || (*token == Token::Not && i > 0 && tokens[i - 1] == Token::And);
                if !left_ok || !next_is_operand {
                    return Err(QueryError::DanglingOperator(operator_name(token)));
                }
                after_operand = false;
            }
            Token::Term { .. } => after_operand = true,
        }
    }
    if depth > 0 {
        return Err(QueryError::UnclosedParen);
    }
    Ok(())
}

fn operator_name(token: &Token) -> &'static str {
    match token {
        Token::And => "AND",
        Token::Or => "OR",
        _ => "NOT",
    }
}

fn render(tokens: &[Token]) -> String {
    let mut out = String::new();
    let mut previous: Option<&Token> = None;
    for token in tokens {
        let starts_operand = matches!(token, Token::Term { .. } | Token::Open);
        let ends_operand = matches!(previous, Some(Token::Term { .. } | Token::Close));
        if starts_operand && ends_operand {
            out.push_str(" AND ");
        }
        match token {
            Token::Open => out.push('('),
            Token::Close => out.push(')'),
            Token::And => {
                // `AND NOT` becomes FTS5's binary `NOT`.
                if previous != Some(&Token::Not) {
                    out.push_str(" AND ");
                }
            }
            Token::Or => out.push_str(" OR "),
            Token::Not => {
                if out.ends_with(" AND ") {
                    out.truncate(out.len() - " AND ".len());
                }
                out.push_str(" NOT ");
            }
            Token::Term {
                column: Some("speakers"),
                text,
                prefix,
            } => {
                // Spelling variants share a key (indexed with each speaker): match either.
                let key = super::people::name_key(text);
                out.push_str(&format!(
                    "speakers : (\"{}\"{}",
                    text.replace('"', "\"\""),
                    if *prefix { "*" } else { "" }
                ));
                if !key.is_empty() && key != text.to_lowercase() {
                    out.push_str(&format!(
                        " OR \"{}\"{}",
                        key.replace('"', "\"\""),
                        if *prefix { "*" } else { "" }
                    ));
                }
                out.push(')');
            }
            Token::Term {
                column,
                text,
                prefix,
            } => {
                if let Some(column) = column {
                    out.push_str(column);
                    out.push_str(" : ");
                }
                out.push('"');
                out.push_str(&text.replace('"', "\"\""));
                out.push('"');
                if *prefix {
                    out.push('*');
                }
            }
        }
        previous = Some(token);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(q: &str) -> String {
        build_match(q, false).unwrap().unwrap_or_default()
    }

    #[test]
    fn words_are_quoted_and_joined_with_and() {
        assert_eq!(build("Kursk Pyongyang"), r#""Kursk" AND "Pyongyang""#);
    }

    #[test]
    fn phrases_prefixes_and_operators() {
        assert_eq!(build(r#""victory plan""#), r#""victory plan""#);
        assert_eq!(build("ukr*"), r#""ukr"*"#);
        assert_eq!(build("a OR b NOT c"), r#""a" OR "b" NOT "c""#);
        assert_eq!(build("a AND NOT c"), r#""a" NOT "c""#);
        assert_eq!(build("(a OR b) c"), r#"("a" OR "b") AND "c""#);
    }

    #[test]
    fn field_filters_map_to_columns() {
        assert_eq!(build("author:zubel"), r#"authors : "zubel""#);
        assert_eq!(
            build(r#"speaker:"Volodymyr Zelensky""#),
            r#"speakers : ("Volodymyr Zelensky")"#
        );
        assert_eq!(
            build("speaker:zelenskyy"),
            r#"speakers : ("zelenskyy" OR "zelensky")"#
        );
        assert_eq!(build("speaker:zelensky"), r#"speakers : ("zelensky")"#);
        assert_eq!(build("source:pap kursk"), r#"sources : "pap" AND "kursk""#);
        assert_eq!(
            build_match("autor:x", false),
            Err(QueryError::UnknownField("autor".into()))
        );
        assert_eq!(
            build_match("author:", false),
            Err(QueryError::EmptyField("author".into()))
        );
    }

    #[test]
    fn prefix_last_only_for_a_word_being_typed() {
        assert_eq!(build_match("ukr", true).unwrap().unwrap(), r#""ukr"*"#);
        let table = |q: &str| compile(q, true).unwrap().unwrap().rank_table();
        let set = |q: &str| compile(q, true).unwrap().unwrap().set_table();
        assert_eq!(set("said"), FtsTable::Prefixes);
        assert_eq!(set("oil prices"), FtsTable::Prefixes);
        assert_eq!(set(r#""oil prices""#), FtsTable::Words);
        assert_eq!(set("author:smith bank"), FtsTable::Words);
        assert_eq!(table("u"), FtsTable::Prefixes);
        assert_eq!(table("oil pr"), FtsTable::Prefixes);
        assert_eq!(table("bank OR tr"), FtsTable::Prefixes);
        assert_eq!(table("ук"), FtsTable::Prefixes);
        assert_eq!(table("ukra"), FtsTable::Words);
        assert_eq!(table("ukr "), FtsTable::Words);
        assert_eq!(table("oil prices"), FtsTable::Words);
        assert_eq!(table("author:s"), FtsTable::Words);
        assert_eq!(table(r#""central bank" t"#), FtsTable::Words);
        assert_eq!(table("o'b"), FtsTable::Words);
        assert_eq!(table("t* market"), FtsTable::Prefixes);
        assert_eq!(build_match("ukr ", true).unwrap().unwrap(), r#""ukr""#);
        assert_eq!(
            build_match(r#""victory plan""#, true).unwrap().unwrap(),
            r#""victory plan""#
        );
        assert_eq!(
            build_match("author:zub", true).unwrap().unwrap(),
            r#"authors : "zub"*"#
        );
    }

    #[test]
    fn syntax_errors_are_explained() {
        assert_eq!(
            build_match(r#""open"#, false),
            Err(QueryError::UnclosedQuote)
        );
        assert_eq!(build_match("(a", false), Err(QueryError::UnclosedParen));
        assert_eq!(build_match("a)", false), Err(QueryError::UnmatchedParen));
        assert_eq!(
            build_match("a OR", false),
            Err(QueryError::DanglingOperator("OR"))
        );
        assert_eq!(
            build_match("NOT a", false),
            Err(QueryError::DanglingOperator("NOT"))
        );
        assert_eq!(build_match("()", false), Err(QueryError::EmptyParens));
    }

    #[test]
    fn hostile_input_stays_inside_quotes() {
        assert_eq!(
            build(r#"NEAR(a b) ^x {title}:y"#),
            r#""NEAR" AND ("a" AND "b") AND "^x" AND "{title}:y""#
        );
        assert_eq!(build("a\0b"), r#""a" AND "b""#);
        assert_eq!(build_match("- ... ;", false), Ok(None));
        assert!(matches!(
            build_match(&"x".repeat(100_000), false),
            Err(QueryError::TooLong(_))
        ));
        assert_eq!(
            build_match(&"w ".repeat(100), false),
            Err(QueryError::TooManyTerms)
        );
        assert_eq!(build("http://example.com"), r#""http://example.com""#);
    }

    #[test]
    fn empty_input_means_everything() {
        assert_eq!(build_match("   ", true), Ok(None));
    }
}
