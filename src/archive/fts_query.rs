//! Turns a parsed query (`crate::query`) into an FTS5 `MATCH` expression that cannot escape
//! its quoting: every term reaches SQLite as a double-quoted FTS5 string, so characters such
//! as `^`, `:`, `NEAR(` or a stray quote are text, never syntax. Pure and unit-tested; which
//! words are prefixes is settled before (search.rs, `Archive::resolve`).

use crate::query::{Field, Node, Query, Term};

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

/// The FTS5 column a field searches.
pub fn column(field: Field) -> &'static str {
    match field {
        Field::Title => "title",
        Field::Lead => "lead",
        Field::Body => "body",
        Field::Authors => "authors",
        Field::Sources => "sources",
        // Tags and note words are indexed as words of their own in the category column
        // (query/tags.rs).
        Field::Category | Field::Tag | Field::Note => "category",
        Field::Quotes => "quotes",
        Field::Speakers => "speakers",
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

/// The `MATCH` expression for `query`; `None` when it has no terms (list everything).
pub fn compile(query: &Query) -> Option<FtsMatch> {
    let root = query.root.as_ref()?;
    let terms = query.terms();
    let plain = terms
        .iter()
        .all(|t| t.field.is_none() && t.tokens.len() == 1 && one_token(&t.tokens[0]));
    let short_prefix = terms.iter().any(|t| {
        t.prefix
            && t.tokens
                .last()
                .is_some_and(|w| w.chars().count() <= SHORT_PREFIX_CHARS)
    });
    let mut expr = String::new();
    render(root, &mut expr);
    Some(FtsMatch {
        expr,
        plain,
        short_prefix,
    })
}

/// A token the tokenizer surely keeps as one word: letters and digits of scripts without
/// combining marks. (Elsewhere the two may cut words differently, and a phrase cannot be
/// asked of the prefix table.)
fn one_token(token: &str) -> bool {
    token.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || (c.is_alphanumeric()
                && (matches!(c as u32, 0xC0..=0x24F | 0x370..=0x3FF | 0x400..=0x4FF | 0x1E00..=0x1EFF)
                    || crate::query::text::is_cjk(c)))
    })
}

fn render(node: &Node, out: &mut String) {
    match node {
        Node::Term(t) => term(t, out),
        Node::Any(options) => {
            out.push('(');
            for (i, n) in options.iter().enumerate() {
                if i > 0 {
                    out.push_str(" OR ");
                }
                render(n, out);
            }
            out.push(')');
        }
        Node::All { include, exclude } => {
            // FTS5's NOT is binary: `((a AND b) NOT c) NOT d`.
            for _ in exclude {
                out.push('(');
            }
            out.push('(');
            for (i, n) in include.iter().enumerate() {
                if i > 0 {
                    out.push_str(" AND ");
                }
                render(n, out);
            }
            out.push(')');
            for n in exclude {
                out.push_str(" NOT ");
                render(n, out);
                out.push(')');
            }
        }
    }
}

fn term(t: &Term, out: &mut String) {
    let star = if t.prefix { "*" } else { "" };
    let phrase = |text: &str| format!("\"{}\"{star}", text.replace('"', "\"\""));
    let words = t.tokens.join(" ");
    match t.field {
        Some(Field::Speakers) => {
            // Spelling variants share a key (indexed with each speaker): match either.
            let key = super::people::name_key(&t.text);
            let key_words = crate::query::text::tokens(&key).join(" ");
            out.push_str("speakers : (");
            out.push_str(&phrase(&words));
            if !key_words.is_empty() && key_words != crate::query::text::fold(&words) {
                out.push_str(" OR ");
                out.push_str(&phrase(&key_words));
            }
            out.push(')');
        }
        Some(field) => {
            out.push_str(column(field));
            out.push_str(" : ");
            out.push_str(&phrase(&words));
        }
        None => out.push_str(&phrase(&words)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    fn build(q: &str) -> String {
        compile(&parse(q).expect("valid"))
            .map(|m| m.expr)
            .unwrap_or_default()
    }

    fn tables(q: &str) -> (FtsTable, FtsTable) {
        let mut query = parse(q).expect("valid");
        query.for_each_term_mut(&mut |t| t.prefix |= t.open_ended());
        let m = compile(&query).expect("terms");
        (m.set_table(), m.rank_table())
    }

    #[test]
    fn words_are_quoted_and_joined_with_and() {
        assert_eq!(build("Kursk Pyongyang"), r#"("Kursk" AND "Pyongyang")"#);
        assert_eq!(build("covid-19"), r#""covid 19""#);
        assert_eq!(build("人民共和国"), r#""人民 民共 共和 和国""#);
        assert_eq!(build("人"), r#""人"*"#);
    }

    #[test]
    fn operators_and_exclusions() {
        assert_eq!(build(r#""victory plan""#), r#""victory plan""#);
        assert_eq!(build("ukr*"), r#""ukr"*"#);
        assert_eq!(build("a OR b -c"), r#"("a" OR (("b") NOT "c"))"#);
        assert_eq!(build("a -b -c"), r#"((("a") NOT "b") NOT "c")"#);
        assert_eq!(build("(a OR b) c"), r#"(("a" OR "b") AND "c")"#);
    }

    #[test]
    fn fields_map_to_columns() {
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
    }

    #[test]
    fn hostile_input_stays_inside_quotes() {
        assert_eq!(
            build(r#"NEAR(a b) ^x {title}:y"#),
            r#"("NEAR" AND ("a" AND "b") AND "x" AND "title y")"#
        );
        assert_eq!(build("- ... ;"), "");
    }

    #[test]
    fn the_table_follows_the_terms() {
        use FtsTable::{Prefixes, Words};
        assert_eq!(tables("said"), (Prefixes, Words));
        assert_eq!(tables("oil pr"), (Prefixes, Prefixes));
        assert_eq!(tables("u"), (Prefixes, Prefixes));
        assert_eq!(tables("ук"), (Prefixes, Prefixes));
        assert_eq!(tables("ukra"), (Prefixes, Words));
        assert_eq!(tables("人民"), (Prefixes, Words));
        assert_eq!(tables(r#""oil prices""#), (Words, Words));
        assert_eq!(tables("author:s"), (Words, Words));
        assert_eq!(tables("o'b"), (Words, Words));
        assert_eq!(tables("हिन्दी"), (Words, Words));
    }
}
