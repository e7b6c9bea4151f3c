//! Chronicle's search language on the team archive: a `Filter` (query and period) as a
//! PostgreSQL condition on `articles a`, for a desktop's subset and the window's Team scope.
//!
//! The server has no copy of the local index, so the words go through PostgreSQL's own
//! parser (`simple` configuration, as the stored `search` column): case is folded, accents
//! are not, and a bare word matches whole (`word*` for its start). Fields search the shared
//! document (`doc`); `tag:` and `note:` search the team's records of them.

use super::error::{Result, TeamError};
use crate::query::{Field, Filter, Node, Term, tags::tag_key, text::is_word_char};

/// A condition with its parameters, numbered from the `first` given to `condition`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Condition {
    pub sql: String,
    pub params: Vec<String>,
    /// Every wanted term as one `tsquery` (`a | b`), for ranking; `None` without words.
    pub rank: Option<String>,
}

/// `filter` as SQL over `articles a`, its parameters numbered from `$first`.
pub(super) fn condition(filter: &Filter, first: usize) -> Result<Condition> {
    let query = crate::query::parse(&filter.query).map_err(|e| TeamError::Query(e.to_string()))?;
    let mut out = Condition {
        sql: String::new(),
        params: Vec::new(),
        rank: None,
    };
    let mut parts = Vec::new();
    if let Some(root) = &query.root {
        let mut builder = Builder {
            first,
            params: &mut out.params,
        };
        parts.push(builder.node(root));
        let wanted: Vec<String> = query
            .wanted_terms()
            .into_iter()
            .filter(|t| t.field.is_none_or(Field::is_text))
            .filter_map(ts_query)
            .collect();
        out.rank = (!wanted.is_empty()).then(|| wanted.join(" | "));
    }
    if let Some(from) = filter.from {
        out.params.push(from.format("%Y-%m-%d").to_string());
        parts.push(format!("a.published >= ${}", first + out.params.len() - 1));
    }
    if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
        // Dates are ISO text: anything on the last day sorts below the next day.
        out.params.push(to.format("%Y-%m-%d").to_string());
        parts.push(format!("a.published < ${}", first + out.params.len() - 1));
    }
    out.sql = if parts.is_empty() {
        "TRUE".into()
    } else {
        parts.join(" AND ")
    };
    Ok(out)
}

struct Builder<'a> {
    first: usize,
    params: &'a mut Vec<String>,
}

impl Builder<'_> {
    fn param(&mut self, value: String) -> String {
        self.params.push(value);
        format!("${}", self.first + self.params.len() - 1)
    }

    fn node(&mut self, node: &Node) -> String {
        match node {
            Node::Term(term) => self.term(term),
            Node::All { include, exclude } => {
                let mut parts: Vec<String> = include.iter().map(|n| self.node(n)).collect();
                parts.extend(exclude.iter().map(|n| format!("NOT {}", self.node(n))));
                format!("({})", parts.join(" AND "))
            }
            Node::Any(nodes) => {
                let parts: Vec<String> = nodes.iter().map(|n| self.node(n)).collect();
                format!("({})", parts.join(" OR "))
            }
        }
    }

    fn term(&mut self, term: &Term) -> String {
        let document = match term.field {
            Some(Field::Tag) => {
                let key = self.param(tag_key(&term.text));
                return format!(
                    "EXISTS (SELECT 1 FROM records r WHERE r.kind = 'tag' AND r.content_hash = a.content_hash \
                     AND r.key = {key} AND r.body->>'present' = 'true')"
                );
            }
            None => "a.search".to_string(),
            Some(Field::Note) => "to_tsvector('simple', coalesce(r.body->>'text', ''))".into(),
            Some(Field::Title) => "to_tsvector('simple', a.title)".into(),
            Some(Field::Lead) => "to_tsvector('simple', coalesce(a.doc->>'lead', ''))".into(),
            Some(Field::Body) => {
                "to_tsvector('simple', left(coalesce(a.doc->>'body', ''), 500000))".into()
            }
            Some(Field::Category) => {
                "to_tsvector('simple', coalesce(a.doc->>'category', ''))".into()
            }
            Some(Field::Authors) => json_strings("a.doc->'authors'"),
            Some(Field::Sources) => json_strings(
                "coalesce(a.doc->'sources', '[]') || jsonb_build_array(coalesce(a.doc->>'publisher', ''))",
            ),
            Some(Field::Quotes) => {
                json_strings("jsonb_path_query_array(a.doc, '$.quotes[*].text')")
            }
            Some(Field::Speakers) => {
                json_strings("jsonb_path_query_array(a.doc, '$.quotes[*].speaker')")
            }
        };
        let Some(words) = ts_query(term) else {
            // Nothing PostgreSQL would index (punctuation only): it narrows nothing.
            return "TRUE".into();
        };
        let matches = format!("{document} @@ to_tsquery('simple', {})", self.param(words));
        if term.field == Some(Field::Note) {
            // The note is the team's record of it, not part of the shared document.
            return format!(
                "EXISTS (SELECT 1 FROM records r WHERE r.kind = 'note' AND r.content_hash = a.content_hash \
                 AND {matches})"
            );
        }
        format!("({matches})")
    }
}

/// The words of the strings in a JSON value, as a `tsvector`.
fn json_strings(value: &str) -> String {
    format!("jsonb_to_tsvector('simple', coalesce({value}, '[]'), '[\"string\"]')")
}

/// A term as `tsquery` text: its words in order (`'a' <-> 'b'`), the last one a prefix when
/// starred; `None` when it has no word.
fn ts_query(term: &Term) -> Option<String> {
    let words: Vec<String> = term
        .text
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(|w| format!("'{}'", w.to_lowercase()))
        .collect();
    let mut text = words.join(" <-> ");
    if text.is_empty() {
        return None;
    }
    if term.starred {
        text.push_str(":*");
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn sql(query: &str) -> Condition {
        let filter = Filter {
            query: query.into(),
            ..Filter::default()
        };
        condition(&filter, 3).expect("valid")
    }

    #[test]
    fn words_phrases_fields_and_exclusions_become_one_condition() {
        let c = sql("\"wind farm\" -oil author:Ann");
        // Included terms first, then the excluded ones.
        assert_eq!(c.params, ["'wind' <-> 'farm'", "'ann'", "'oil'"]);
        assert!(
            c.sql.contains("a.search @@ to_tsquery('simple', $3)"),
            "{}",
            c.sql
        );
        assert!(
            c.sql.contains("NOT (a.search @@ to_tsquery('simple', $5))"),
            "{}",
            c.sql
        );
        assert!(c.sql.contains("doc->'authors'"), "{}", c.sql);
        assert_eq!(c.rank.as_deref(), Some("'wind' <-> 'farm'"));
    }

    #[test]
    fn stars_tags_periods_and_empty_queries() {
        let c = sql("ukr* OR tag:Energy");
        assert_eq!(c.params, ["'ukr':*", "energy"]);
        assert!(c.sql.contains(" OR EXISTS"), "{}", c.sql);
        let filter = Filter {
            query: String::new(),
            from: NaiveDate::from_ymd_opt(2020, 1, 1),
            to: NaiveDate::from_ymd_opt(2020, 12, 31),
        };
        let c = condition(&filter, 1).expect("valid");
        assert_eq!(c.sql, "a.published >= $1 AND a.published < $2");
        assert_eq!(c.params, ["2020-01-01", "2021-01-01"]);
        assert_eq!(c.rank, None);
        assert!(matches!(
            condition(
                &Filter {
                    query: "(oil".into(),
                    ..Filter::default()
                },
                1
            ),
            Err(TeamError::Query(_))
        ));
    }
}
