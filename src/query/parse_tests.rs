//! Unit tests of the query parser.

use super::*;

/// The tree in a short notation: terms as their tokens (`*` prefix, `"` quoted),
/// `&(…)`, `|(…)`, `-` before an excluded node.
fn show(input: &str) -> String {
    fn node(n: &Node) -> String {
        match n {
            Node::Term(t) => {
                let field = t
                    .field
                    .map(|f| format!("{}:", f.name()))
                    .unwrap_or_default();
                let q = if t.quoted { "\"" } else { "" };
                let star = if t.prefix { "*" } else { "" };
                format!("{field}{q}{}{q}{star}", t.tokens.join(" "))
            }
            Node::All { include, exclude } => {
                let mut parts: Vec<String> = include.iter().map(node).collect();
                parts.extend(exclude.iter().map(|e| format!("-{}", node(e))));
                format!("&({})", parts.join(" "))
            }
            Node::Any(v) => format!("|({})", v.iter().map(node).collect::<Vec<_>>().join(" ")),
        }
    }
    match parse(input) {
        Ok(q) => q.root.as_ref().map(node).unwrap_or_default(),
        Err(e) => format!("error: {e:?}"),
    }
}

#[test]
fn spaces_and_punctuation_around_words_change_nothing() {
    for q in [
        "deepmind",
        "deepmind ",
        " deepmind.",
        "deepmind, ",
        "deepmind …",
        "(deepmind)",
    ] {
        assert_eq!(show(q), "deepmind", "{q:?}");
    }
    assert_eq!(show("oil, prices!"), show("oil prices"));
    assert_eq!(show("- ... ;"), "");
    assert_eq!(show("   "), "");
}

#[test]
fn words_phrases_and_operators() {
    assert_eq!(show("Kursk Pyongyang"), "&(Kursk Pyongyang)");
    assert_eq!(show("\"victory plan\""), "\"victory plan\"");
    assert_eq!(show("ukr*"), "ukr*");
    assert_eq!(show("covid-19"), "covid 19");
    assert_eq!(show("a OR b c"), "|(a &(b c))");
    assert_eq!(show("(a OR b) c"), "&(|(a b) c)");
    assert_eq!(show("a AND b"), "&(a b)");
}

#[test]
fn minus_and_not_leave_words_out() {
    assert_eq!(show("oil -prices"), "&(oil -prices)");
    assert_eq!(show("-prices oil"), "&(oil -prices)");
    assert_eq!(show("oil NOT prices"), show("oil -prices"));
    assert_eq!(show("oil AND NOT prices"), show("oil -prices"));
    assert_eq!(show("oil -\"crude prices\""), "&(oil -\"crude prices\")");
    assert_eq!(show("oil -(a OR b)"), "&(oil -|(a b))");
    assert_eq!(show("oil -author:smith"), "&(oil -author:smith)");
    // A dash inside a word or alone is punctuation.
    assert_eq!(show("covid-19 - x"), "&(covid 19 x)");
    assert_eq!(show("oil -. x"), "&(oil x)");
    assert_eq!(show("-oil"), "error: OnlyExclusions");
    assert_eq!(show("NOT oil"), "error: OnlyExclusions");
}

#[test]
fn unfinished_operators_are_left_out_while_typing() {
    assert_eq!(show("a OR"), "a");
    assert_eq!(show("a AND"), "a");
    assert_eq!(show("a NOT"), "a");
    assert_eq!(show("a ()"), "a");
}

#[test]
fn fields() {
    assert_eq!(show("author:zubel"), "author:zubel");
    assert_eq!(
        show("speaker:\"Volodymyr Zelensky\""),
        "speaker:\"Volodymyr Zelensky\""
    );
    assert_eq!(show("by:smith kursk"), "&(author:smith kursk)");
    assert_eq!(show("autor:x"), "error: UnknownField(\"autor\")");
    assert_eq!(show("author:"), "error: EmptyField(\"author\")");
    assert_eq!(show("http://example.com"), "http example com");
}

#[test]
fn runs_of_cjk_become_pairs_and_one_character_a_prefix() {
    assert_eq!(show("人民共和国"), "人民 民共 共和 和国");
    assert_eq!(show("人"), "人*");
    assert_eq!(show("\"人\""), "\"人\"*");
    assert_eq!(show("东京 tower"), "&(东京 tower)");
    let q = parse("人民").expect("valid");
    assert!(!q.terms()[0].open_ended());
    let q = parse("ukr").expect("valid");
    assert!(q.terms()[0].open_ended());
    assert!(!parse("\"ukr\"").expect("valid").terms()[0].open_ended());
}

#[test]
fn syntax_errors_are_explained() {
    assert_eq!(show("\"open"), "error: UnclosedQuote");
    assert_eq!(show("(a"), "error: UnclosedParen");
    assert_eq!(show("a)"), "error: UnmatchedParen");
    assert!(matches!(
        parse(&"x".repeat(100_000)),
        Err(QueryError::TooLong(_))
    ));
    assert_eq!(parse(&"w ".repeat(100)), Err(QueryError::TooManyTerms));
}

#[test]
fn hostile_input_is_only_words() {
    assert_eq!(show("NEAR(a b) ^x {title}:y"), "&(NEAR &(a b) x title y)");
    assert_eq!(show("a\0b"), "&(a b)");
}

#[test]
fn tags_are_whole_names_in_one_word() {
    let q = parse(r#"tag:"Climate desk" oil -tag:done"#).expect("valid");
    let terms = q.terms();
    assert_eq!(terms[0].field, Some(Field::Tag));
    assert_eq!(terms[0].text, "Climate desk");
    assert_eq!(
        terms[0].tokens,
        vec![crate::query::tags::tag_token("climate desk")]
    );
    assert!(!terms[0].open_ended() && !terms[0].prefix);
    assert_eq!(terms[2].field, Some(Field::Tag));
    assert!(matches!(parse("tag:"), Err(QueryError::EmptyField(_))));
}

#[test]
fn note_words_are_marked() {
    let q = parse("note:\"follow up\" note:cal*").expect("valid");
    let terms = q.terms();
    assert_eq!(terms[0].field, Some(Field::Note));
    assert_eq!(terms[0].tokens, vec!["chrnotefollow", "chrnoteup"]);
    assert!(terms[1].starred && terms[1].prefix);
    assert_eq!(terms[1].tokens, vec!["chrnotecal"]);
}
