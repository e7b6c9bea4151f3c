//! Markdown notes and web-clipper output (Obsidian Web Clipper, MarkDownload), with or
//! without YAML front matter (`title`, `author`, `date`, `source`, `tags`, ...). Markdown is
//! parsed by `pulldown-cmark` and the front matter by `yaml-rust2`'s event parser.

mod category;
mod footer;
mod forms;
mod front;
mod headline;
mod inline_html;
mod lines;
mod logo;
mod merge;
mod origin;
mod properties;
mod render;

use crate::model::Article;

/// Reads a Markdown article. The text, rendered as a reader sees it, is read by the plain-text
/// reader; the metadata (YAML front matter, a Pandoc title block, Logseq page properties) fills
/// the fields the text does not print.
pub fn read_markdown(text: &str) -> Article {
    let text = text
        .trim_start_matches('\u{feff}')
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let (mut fields, content) = split_front_matter(&text);
    let (pandoc, content) = front::pandoc_title_block(content);
    let (properties, content) = front::page_properties(content);
    fields.extend(pandoc);
    fields.extend(properties);
    fields.extend(properties::property_table(content));
    let (inline, content) = properties::inline_fields(content);
    fields.extend(inline);
    let mut images = Vec::new();
    let (blocks, pictures) = render::render_with_pictures(&content, &mut images);
    let last = blocks.last().map(|b| b.text.clone()).unwrap_or_default();
    let mut article = merge::article(front::read_fields(fields), blocks, images, &pictures);
    if article.publisher.is_none() {
        if let Some(name) = footer::publisher(&last, &content, &text) {
            article.publisher = Some(name);
            article.provenance.insert("publisher", "footer");
        }
    }
    article
}

/// Splits the front matter off the text and reads its top-level fields: YAML between `---`
/// lines (a scalar, or a list of scalars, nested lists flattened, as Obsidian's `[[Jane Doe]]`
/// parses as one), or the other forms generators write (`forms.rs`).
fn split_front_matter(text: &str) -> (Vec<(String, Vec<String>)>, &str) {
    if let Some(found) = forms::toml_block(text) {
        return found;
    }
    // JSON is YAML's flow syntax: one parser reads both.
    if let Some((json, after)) = forms::json_block(text) {
        return (front_matter_fields(json), after);
    }
    let Some(rest) = text.strip_prefix("---\n") else {
        return forms::multimarkdown_lines(text).unwrap_or((Vec::new(), text));
    };
    let Some(end) = rest.find("\n---") else {
        return (Vec::new(), text);
    };
    let after = rest[end + 4..]
        .trim_start_matches(['-'])
        .trim_start_matches('\n');
    (front_matter_fields(&rest[..end]), after)
}

/// Front matter larger than this is not read (clippers write a few hundred bytes).
const MAX_FRONT_MATTER: usize = 64 * 1024;
/// YAML events read at most: bounds the work on any input.
const MAX_YAML_EVENTS: usize = 10_000;

/// The fields of a YAML mapping, read from the parser's events rather than a loaded document:
/// aliases are never expanded (no billion laughs). Where the parser stops at a syntax error
/// (clippers write values YAML refuses: `title: Foo: bar`), the plain `key: value` lines are
/// read line by line instead. Inside a mapping below the top (an author object: `name`,
/// `affiliation`, `email`), only a `name` is a value.
fn front_matter_fields(yaml: &str) -> Vec<(String, Vec<String>)> {
    use yaml_rust2::parser::{Event, Parser};
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    if yaml.len() > MAX_FRONT_MATTER {
        return fields;
    }
    let mut parser = Parser::new_from_str(yaml);
    // The open containers below the top mapping: a mapping keeps whether its next scalar is
    // a key, and the key being read.
    let mut nested: Vec<Option<(bool, String)>> = Vec::new();
    let mut depth = 0usize;
    let mut key: Option<String> = None;
    let mut refused = false;
    for _ in 0..MAX_YAML_EVENTS {
        let Ok((event, _)) = parser.next_token() else {
            refused = true;
            break;
        };
        match event {
            Event::StreamEnd => break,
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                if depth >= 2 {
                    // A container inside a mapping's value is read no further.
                    if let Some(Some((is_key, _))) = nested.last_mut() {
                        *is_key = true;
                    }
                }
                depth += 1;
                if depth >= 2 {
                    nested.push(
                        matches!(event, Event::MappingStart(..)).then(|| (true, String::new())),
                    );
                }
                if depth == 2 {
                    if let Some(k) = key.take() {
                        fields.push((k, Vec::new()));
                    }
                }
            }
            Event::MappingEnd | Event::SequenceEnd => {
                if depth >= 2 {
                    nested.pop();
                }
                depth = depth.saturating_sub(1);
            }
            Event::Scalar(value, ..) if depth == 1 => match key.take() {
                None => key = Some(value.trim().to_lowercase()),
                Some(k) => {
                    let value = front::wiki_link(&value);
                    fields.push((
                        k,
                        if value.is_empty() {
                            Vec::new()
                        } else {
                            vec![value]
                        },
                    ));
                }
            },
            Event::Scalar(value, ..) if depth >= 2 => {
                let keep = match nested.last_mut() {
                    Some(Some((is_key, k))) => {
                        let was_key = *is_key;
                        *is_key = !was_key;
                        if was_key {
                            *k = value.trim().to_lowercase();
                            false
                        } else {
                            k == "name"
                        }
                    }
                    _ => true,
                };
                if let (true, Some((_, values))) = (keep, fields.last_mut()) {
                    let value = front::wiki_link(&value);
                    if !value.is_empty() {
                        values.push(value);
                    }
                }
            }
            Event::Alias(_) if depth == 1 => {
                // A value we will not expand: the key stays unset.
                key = None;
            }
            _ => {}
        }
    }
    if refused {
        for (k, values) in forms::yaml_lines(yaml) {
            match fields.iter_mut().find(|(key, _)| *key == k) {
                Some((_, old)) => *old = values,
                None => fields.push((k, values)),
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_fields_are_read() {
        let a = read_markdown(include_str!("../../assets/samples/wind-farm-approval.md"));
        assert_eq!(
            a.title,
            "Offshore wind farm wins approval despite fishing objections"
        );
        assert_eq!(a.authors, ["Jonas Weber"]);
        assert_eq!(a.published.as_deref(), Some("2024-06-03"));
        assert_eq!(a.sources, ["Nordic Energy Review"]);
        // Tags are the user's or the site's keywords, no section.
        assert_eq!(a.category, None);
        assert!(
            a.body.starts_with("The energy ministry approved"),
            "{}",
            a.body
        );
        assert!(a.body.contains("\n\nCompensation\n\n"), "crosshead kept");
        assert!(!a.body.contains('#'));
    }

    #[test]
    fn clipper_output_without_front_matter() {
        let md = "# A headline\n\nBy line text with a [link](https://example.com) and **bold**.\n\n![A caption](img.jpg)\n\n> A quoted paragraph\n";
        let a = read_markdown(md);
        assert_eq!(a.title, "A headline");
        assert_eq!(
            a.body,
            "By line text with a link and bold.\n\nA quoted paragraph"
        );
        assert_eq!(a.images[0].caption.as_deref(), Some("A caption"));
    }

    #[test]
    fn list_values_and_urls() {
        let md = "---\ntitle: T\nauthor:\n  - \"[[Ann Lee]]\"\n  - Bo Chen\nsource: https://www.example.org/a/b\n---\nText.";
        let a = read_markdown(md);
        assert_eq!(a.authors, ["Ann Lee", "Bo Chen"]);
        // An address names no source.
        assert!(a.sources.is_empty());
        assert_eq!(a.url.as_deref(), Some("https://www.example.org/a/b"));
        assert_eq!(a.body, "Text.");
    }

    #[test]
    fn lists_keep_dashes_and_numbers_and_code_is_dropped() {
        let md = "---\ntitle: \"Rada: budżet\"\nauthor: [[Anna Kowalska]]\n---\n\
                  Radni przyjęli budżet.\n\n\
                  - Nie zgadzam się - powiedział radny Nowak.\n- To dobry budżet - odparła.\n\n\
                  1. Pierwszy punkt dotyczy szkół w całym mieście.\n\
                  2. Drugi punkt dotyczy dróg gminnych i mostów.\n\n```\ncode();\n```\n\n\
                  Setext heading\n======\n\nBudżet wejdzie w życie od stycznia, powiedział burmistrz.\n";
        let a = read_markdown(md);
        assert_eq!(a.title, "Rada: budżet");
        assert_eq!(a.authors, ["Anna Kowalska"]);
        assert!(
            a.body.starts_with(
                "Radni przyjęli budżet.\n\n- Nie zgadzam się - powiedział radny Nowak.\n\n\
                 - To dobry budżet - odparła.\n\n1. Pierwszy punkt dotyczy szkół w całym mieście.\n\n\
                 2. Drugi punkt dotyczy dróg gminnych i mostów.\n\n"
            ),
            "{}",
            a.body
        );
        assert!(!a.body.contains("code()"));
        assert!(a.body.ends_with("powiedział burmistrz."));
    }

    #[test]
    fn front_matter_aliases_are_not_expanded_and_errors_keep_earlier_fields() {
        let mut bomb = String::from("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            bomb.push_str(&format!("{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        bomb.push_str("title: Still read\n---\nText.");
        assert_eq!(read_markdown(&bomb).title, "Still read");
        let broken = "---\ntitle: First\nauthor: Jane Doe\nsummary: a: b: c\n---\nText.";
        let a = read_markdown(broken);
        assert_eq!(a.title, "First");
        assert_eq!(a.authors, ["Jane Doe"]);
    }

    #[test]
    fn author_objects_give_their_names_and_refused_yaml_is_read_by_lines() {
        let md = "---\ntitle: T\nauthor:\n  - name: Ann Lee\n    affiliation: Data Desk, The Post\n    email: a@b.c\n  - name: Bo Chen\n---\nText.";
        assert_eq!(read_markdown(md).authors, ["Ann Lee", "Bo Chen"]);
        let md = "---\ntitle: Adria: 180 posti\nauthor: Marco Bellini\n---\nText.";
        let a = read_markdown(md);
        assert_eq!(a.title, "Adria: 180 posti");
        assert_eq!(a.authors, ["Marco Bellini"]);
    }

    #[test]
    fn toml_json_and_multimarkdown_front_matter() {
        let toml = "+++\ntitle = \"T\"\ndate = 2019-08-14T06:30:00+10:00\n[extra]\nauthors = [\"Ann Lee\"]\n+++\n\nText.";
        let a = read_markdown(toml);
        assert_eq!(
            (a.title.as_str(), a.authors.as_slice()),
            ("T", ["Ann Lee".to_string()].as_slice())
        );
        assert_eq!(a.published.as_deref(), Some("2019-08-14T06:30"));
        let json = "{\n  \"title\": \"T\",\n  \"author\": \"Ann Lee\"\n}\n\nText.";
        assert_eq!(read_markdown(json).authors, ["Ann Lee"]);
        let mmd = "Title: T\nAuthor: Ann Lee\nPublication: The Post\n\nText.";
        let a = read_markdown(mmd);
        assert_eq!(a.publisher.as_deref(), Some("The Post"));
        assert_eq!(a.body, "Text.");
    }

    #[test]
    fn a_plain_post_keeps_the_agency_credited_at_its_end() {
        let para = "The council voted on Tuesday to close the old sugar plant after the harvest, and the workers said they would picket the gates until the region steps in.";
        let md = format!(
            "---\ntitle: T\nauthor: Marco Bellini\ndate: 2004-11-23\n---\n{para}\n\n{para} (ANSA)\n"
        );
        let a = read_markdown(&md);
        assert_eq!(a.authors, ["Marco Bellini"]);
        assert_eq!(a.sources, ["ANSA"]);
    }

    #[test]
    fn knowledge_tool_fields_fill_the_article_and_leave_the_text() {
        let md = "# My reading note\n\nauthor:: [[Ann Lee]]\noutlet:: The Post\npublished:: 2010-08-09\n\n### The harbour bridge reopens after repairs\n\nThe harbour bridge reopened on Monday after six weeks of repairs, the city said, and traffic was back to normal by the evening rush hour.\n";
        let a = read_markdown(md);
        assert_eq!(a.authors, ["Ann Lee"]);
        assert_eq!(a.publisher.as_deref(), Some("The Post"));
        assert_eq!(a.published.as_deref(), Some("2010-08-09"));
        assert!(!a.body.contains("::"), "{}", a.body);
    }
}
