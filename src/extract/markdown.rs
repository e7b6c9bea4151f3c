//! Markdown notes and web-clipper output (Obsidian Web Clipper, MarkDownload), with or
//! without YAML front matter (`title`, `author`, `date`, `source`, `tags`, ...).

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
    let mut in_fence = false;
    for block in content.split("\n\n") {
        let mut lines = Vec::new();
        for raw in block.lines() {
            if raw.trim_start().starts_with("```") || raw.trim_start().starts_with("~~~") {
                in_fence = !in_fence;
                continue;
            }
            if in_fence {
                continue;
            }
            if let Some(caption) = image_alt(raw) {
                if !caption.is_empty() {
                    article.images.push(Image {
                        caption: Some(caption),
                        credit: None,
                    });
                }
                continue;
            }
            let line = plain_line(raw);
            if !line.is_empty() {
                lines.push(line);
            }
        }
        if lines.is_empty() {
            continue;
        }
        let heading_level = block.trim_start().chars().take_while(|&c| c == '#').count();
        let paragraph = lines.join(" ");
        if heading_level == 1 && article.title.is_empty() {
            article.title = paragraph;
            article.provenance.insert("title", "heading");
            continue;
        }
        if heading_level >= 1 && paragraph == article.title {
            continue;
        }
        paragraphs.push(paragraph);
    }
    if article.title.is_empty() && !paragraphs.is_empty() {
        article.title = paragraphs.remove(0);
        article.provenance.insert("title", "first-line");
    }
    article.body = paragraphs.join("\n\n");
    article
}

/// Splits `---` YAML front matter off the text: simple `key: value`, `key: [a, b]` and
/// `key:` followed by `- item` lines, which is what clippers write.
fn split_front_matter(text: &str) -> (Vec<(String, Vec<String>)>, &str) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return (Vec::new(), text);
    };
    let Some(end) = rest.find("\n---") else {
        return (Vec::new(), text);
    };
    let yaml = &rest[..end];
    let after = rest[end + 4..]
        .trim_start_matches(['-'])
        .trim_start_matches('\n');
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    for line in yaml.lines() {
        if let Some(item) = line.trim_start().strip_prefix("- ") {
            if let Some((_, values)) = fields.last_mut() {
                values.push(unquote(item));
            }
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        if key.starts_with(' ') {
            continue;
        }
        let value = value.trim();
        let values = if let Some(list) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            list.split(',')
                .map(unquote)
                .filter(|v| !v.is_empty())
                .collect()
        } else if value.is_empty() {
            Vec::new()
        } else {
            vec![unquote(value)]
        };
        fields.push((key.trim().to_lowercase(), values));
    }
    (fields, after)
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    let s = s
        .strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .unwrap_or(s);
    let s = s
        .strip_prefix('\'')
        .and_then(|x| x.strip_suffix('\''))
        .unwrap_or(s);
    // Obsidian writes people as wiki links: "[[Jane Doe]]".
    s.trim_start_matches("[[")
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

/// The alt text of a line that is only an image (`![alt](src)`).
fn image_alt(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("![")?;
    let (alt, after) = rest.split_once("](")?;
    after.ends_with(')').then(|| normalize_line(alt))
}

/// Strips Markdown syntax from one line: heading marks, quote marks, list bullets,
/// emphasis, inline code and links (keeping their text).
fn plain_line(raw: &str) -> String {
    let mut line = raw.trim();
    line = line.trim_start_matches('#').trim_start();
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    for bullet in ["* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            line = rest;
        }
    }
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' | '`' => {}
            '_' if out.is_empty()
                || out.ends_with(' ')
                || chars.peek().is_none_or(|n| !n.is_alphanumeric()) => {}
            '[' => {
                let mut text = String::new();
                for n in chars.by_ref() {
                    if n == ']' {
                        break;
                    }
                    text.push(n);
                }
                if chars.peek() == Some(&'(') {
                    for n in chars.by_ref() {
                        if n == ')' {
                            break;
                        }
                    }
                }
                out.push_str(&text);
            }
            _ => out.push(c),
        }
    }
    normalize_line(&out)
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
}
