//! Markdown notes and web-clipper output (Obsidian Web Clipper, MarkDownload), with or
//! without YAML front matter (`title`, `author`, `date`, `source`, `tags`, ...). Markdown is
//! parsed by `pulldown-cmark` and the front matter by `yaml-rust2`'s event parser.

use super::dates;
use crate::model::{Article, Image, normalize_line};

/// Reads a Markdown article. Front matter wins over what the text says; without it the
/// first `# heading` (or the first line) is the title.
pub fn read_markdown(text: &str) -> Article {
    let text = text
        .trim_start_matches('\u{feff}')
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let (front, content) = split_front_matter(&text);
    let mut article = Article {
        format: "markdown".into(),
        ..Article::default()
    };
    for (key, values) in front {
        apply_field(&mut article, &key, values);
    }
    // Whatever the front matter filled came from it.
    for (field, filled) in [
        ("title", !article.title.is_empty()),
        ("authors", !article.authors.is_empty()),
        ("published", article.published.is_some()),
        ("publisher", article.publisher.is_some()),
        ("category", article.category.is_some()),
        ("sources", !article.sources.is_empty()),
        ("url", article.url.is_some()),
    ] {
        if filled {
            article.provenance.insert(field, "front-matter");
        }
    }
    let mut paragraphs = Vec::new();
    for block in blocks(content, &mut article.images) {
        if block.level == 1 && article.title.is_empty() {
            article.title = block.text;
            article.provenance.insert("title", "heading");
            continue;
        }
        if block.level >= 1 && block.text == article.title {
            continue;
        }
        paragraphs.push(block.text);
    }
    if article.title.is_empty() && !paragraphs.is_empty() {
        article.title = paragraphs.remove(0);
        article.provenance.insert("title", "first-line");
    }
    article.body = paragraphs.join("\n\n");
    article
}

/// Splits `---` YAML front matter off the text and reads its top-level fields: a scalar, or a
/// list of scalars (nested lists flattened, as Obsidian's `[[Jane Doe]]` parses as one).
fn split_front_matter(text: &str) -> (Vec<(String, Vec<String>)>, &str) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return (Vec::new(), text);
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
/// aliases are never expanded (no billion laughs), and the fields before a syntax error are
/// kept, as clippers sometimes write values YAML refuses (`title: Foo: bar`).
fn front_matter_fields(yaml: &str) -> Vec<(String, Vec<String>)> {
    use yaml_rust2::parser::{Event, Parser};
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    if yaml.len() > MAX_FRONT_MATTER {
        return fields;
    }
    let mut parser = Parser::new_from_str(yaml);
    // Nesting depth: 1 inside the top mapping; values deeper than a list are skipped.
    let mut depth = 0usize;
    let mut key: Option<String> = None;
    for _ in 0..MAX_YAML_EVENTS {
        let Ok((event, _)) = parser.next_token() else {
            break;
        };
        match event {
            Event::StreamEnd => break,
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                depth += 1;
                if depth == 2 {
                    if let Some(k) = key.take() {
                        fields.push((k, Vec::new()));
                    }
                }
            }
            Event::MappingEnd | Event::SequenceEnd => depth = depth.saturating_sub(1),
            Event::Scalar(value, ..) if depth == 1 => match key.take() {
                None => key = Some(value.trim().to_lowercase()),
                Some(k) => {
                    let value = wiki_link(&value);
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
                if let Some((_, values)) = fields.last_mut() {
                    let value = wiki_link(&value);
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
    fields
}

/// Obsidian writes people as wiki links: `"[[Jane Doe]]"`.
fn wiki_link(s: &str) -> String {
    s.trim()
        .trim_start_matches("[[")
        .trim_end_matches("]]")
        .trim()
        .to_string()
}

fn apply_field(article: &mut Article, key: &str, values: Vec<String>) {
    let first = values.first().cloned().filter(|v| !v.is_empty());
    match key {
        "title" => article.title = first.unwrap_or_default(),
        "author" | "authors" | "by" | "byline" => {
            article.authors = values
                .iter()
                .flat_map(|v| v.split(" and "))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect()
        }
        "date" | "published" | "pubdate" | "date_published" | "created"
            if article.published.is_none() =>
        {
            if let Some(parsed) = first.as_deref().and_then(dates::parse_date) {
                article.published = Some(parsed.iso);
                article.published_text = first;
            }
        }
        "updated" | "modified" | "date_modified" => {
            article.modified = first.as_deref().and_then(dates::parse_date).map(|d| d.iso)
        }
        "source" | "sources" | "site" | "site_name" | "url" => {
            if article.url.is_none() {
                article.url = values
                    .iter()
                    .map(|v| v.trim().trim_matches(['<', '>']))
                    .find(|v| super::html::is_web_address(v))
                    .map(str::to_string);
            }
            for v in values {
                let name = site_name(&v);
                if !name.is_empty() && !article.sources.contains(&name) {
                    article.sources.push(name);
                }
            }
        }
        "publisher" => article.publisher = first,
        "category" | "categories" | "section" => article.category = first,
        "tags" if article.category.is_none() => {
            article.category = first.map(|t| t.trim_start_matches('#').to_string())
        }
        "description" | "excerpt" | "summary" | "lead" => article.lead = first.unwrap_or_default(),
        "lang" | "language" => article.language = first,
        _ => {}
    }
}

/// A URL becomes its host name (`https://www.bbc.com/news/x` → `bbc.com`); names stay.
fn site_name(value: &str) -> String {
    match value.split_once("://") {
        Some((_, rest)) => rest
            .split('/')
            .next()
            .unwrap_or_default()
            .trim_start_matches("www.")
            .to_string(),
        None => value.trim().to_string(),
    }
}

/// A block of text: a heading (`level` 1–6) or a paragraph, list item or quote (`level` 0).
struct Block {
    level: usize,
    text: String,
}

/// The text blocks of a Markdown document, parsed by `pulldown-cmark` (CommonMark): emphasis,
/// code spans and links keep their text; code blocks and raw HTML are dropped; an image becomes
/// a caption (its alt text). A list item written with `-` keeps its dash, as dash-led speech
/// (`- Nie zgadzam się - powiedział.`) is written that way; numbered items keep their number.
fn blocks(content: &str, images: &mut Vec<Image>) -> Vec<Block> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut blocks = Vec::new();
    let mut text = String::new();
    let mut level = 0;
    let mut skip = 0usize;
    let mut alt: Option<String> = None;
    // For each open list: the next number (numbered lists) or None.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let flush = |text: &mut String, level: &mut usize, blocks: &mut Vec<Block>| {
        let line = normalize_line(text);
        if !line.is_empty() {
            blocks.push(Block {
                level: *level,
                text: line,
            });
        }
        text.clear();
        *level = 0;
    };
    for (event, range) in Parser::new(content).into_offset_iter() {
        if skip > 0 {
            match event {
                Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => skip += 1,
                Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => skip -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => skip = 1,
            Event::Start(Tag::Heading { level: l, .. }) => {
                flush(&mut text, &mut level, &mut blocks);
                level = l as usize;
            }
            Event::Start(Tag::List(first)) => {
                flush(&mut text, &mut level, &mut blocks);
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut text, &mut level, &mut blocks);
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut text, &mut level, &mut blocks);
                match lists.last_mut() {
                    Some(Some(n)) => {
                        text.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ if content[range].starts_with('-') => text.push_str("- "),
                    _ => {}
                }
            }
            // A loose list item's paragraph continues the item's marker.
            Event::Start(Tag::Paragraph) if !text.ends_with(". ") && !text.ends_with("- ") => {
                flush(&mut text, &mut level, &mut blocks);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                flush(&mut text, &mut level, &mut blocks);
            }
            Event::Start(Tag::Image { .. }) => alt = Some(String::new()),
            Event::End(TagEnd::Image) => {
                if let Some(caption) = alt.take().map(|a| normalize_line(&a)) {
                    if !caption.is_empty() {
                        images.push(Image {
                            caption: Some(caption),
                            credit: None,
                        });
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => match alt.as_mut() {
                Some(alt) => alt.push_str(&t),
                None => text.push_str(&t),
            },
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    flush(&mut text, &mut level, &mut blocks);
    blocks
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
        assert_eq!(a.category.as_deref(), Some("energy"));
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
        assert_eq!(a.sources, ["example.org"]);
        assert_eq!(a.url.as_deref(), Some("https://www.example.org/a/b"));
        assert_eq!(a.body, "Text.");
    }

    #[test]
    fn lists_keep_dashes_and_numbers_and_code_is_dropped() {
        let md = "---\ntitle: \"Rada: budżet\"\nauthor: [[Anna Kowalska]]\n---\n\
                  Radni przyjęli budżet.\n\n\
                  - Nie zgadzam się - powiedział radny Nowak.\n- To dobry budżet - odparła.\n\n\
                  1. pierwszy\n2. drugi\n\n```\ncode();\n```\n\nSetext heading\n======\n";
        let a = read_markdown(md);
        assert_eq!(a.title, "Rada: budżet");
        assert_eq!(a.authors, ["Anna Kowalska"]);
        assert_eq!(
            a.body,
            "Radni przyjęli budżet.\n\n- Nie zgadzam się - powiedział radny Nowak.\n\n\
             - To dobry budżet - odparła.\n\n1. pierwszy\n\n2. drugi\n\nSetext heading"
        );
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
}
