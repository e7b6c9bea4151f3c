//! HTML left inside Markdown (a pasted page's `<p class="byline">`, `<time>`, `<figure>`) read
//! by the text it prints: tags removed, entities decoded; figures, their captions, asides,
//! scripts and comments are never text. Pandoc's attribute groups (`[Politics]{.kicker}`) are
//! read by their text too.

/// Elements whose content a reader of the article never sees as its text.
const HIDDEN: [&str; 6] = [
    "figure",
    "figcaption",
    "aside",
    "script",
    "style",
    "template",
];

/// Tracks hidden elements opened and closed by inline HTML tags within a paragraph.
#[derive(Default)]
pub(super) struct HtmlSkip {
    depth: usize,
}

impl HtmlSkip {
    /// Reads one inline tag (`<time …>`, `</figure>`, `<br>`, `<!-- … -->`).
    pub(super) fn tag(&mut self, tag: &str, text: &mut String) {
        let name = tag_name(tag);
        if HIDDEN.contains(&name.as_str()) {
            if tag.starts_with("</") {
                self.depth = self.depth.saturating_sub(1);
            } else if !tag.ends_with("/>") {
                self.depth += 1;
            }
        } else if name == "br" && self.depth == 0 {
            text.push('\n');
        }
    }

    pub(super) fn inside(&self) -> bool {
        self.depth > 0
    }
}

/// The lower-cased name of a tag (`<P class=…>` → `p`, `</time>` → `time`).
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The paragraphs an HTML block prints: one per `<p>`, `<div>`, `<li>`, heading or `<br>`.
pub(super) fn block_text(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut hidden = 0usize;
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        if rest.starts_with('<') {
            if let Some(end) = rest.find('>') {
                let tag = &rest[..=end];
                let name = tag_name(tag);
                let closing = tag.starts_with("</");
                if HIDDEN.contains(&name.as_str()) {
                    if closing {
                        hidden = hidden.saturating_sub(1);
                    } else if !tag.ends_with("/>") {
                        hidden += 1;
                    }
                } else if matches!(
                    name.as_str(),
                    "p" | "div" | "li" | "br" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr"
                ) {
                    out.push(std::mem::take(&mut text));
                }
                rest = &rest[end + 1..];
                continue;
            }
        }
        // The next tag after this character (the text may start with a `<` that opens none).
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let next = rest[first..].find('<').map_or(rest.len(), |i| i + first);
        if hidden == 0 {
            text.push_str(&rest[..next]);
        }
        rest = &rest[next..];
    }
    out.push(text);
    out.into_iter()
        .map(|p| {
            decode_entities(&p)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// The common named entities and numeric ones (pulldown-cmark decodes them in Markdown text,
/// not inside an HTML block).
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Pandoc attribute groups dropped and the brackets of the span they followed removed:
/// `[Trójmiasto]{.kategoria}` → `Trójmiasto`, `Text {#id .class}` → `Text`.
pub(super) fn without_span_attributes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('{') {
        let Some(len) = rest[at..].find('}') else {
            break;
        };
        let inner = &rest[at + 1..at + len];
        let attribute = inner.starts_with(['.', '#'])
            && inner
                .split_whitespace()
                .all(|w| w.starts_with(['.', '#']) || w.contains('='));
        if !attribute {
            out.push_str(&rest[..=at]);
            rest = &rest[at + 1..];
            continue;
        }
        let before = &rest[..at];
        match before
            .strip_suffix(']')
            .and_then(|b| b.rfind('[').map(|o| (b, o)))
        {
            Some((b, open)) => {
                out.push_str(&b[..open]);
                out.push_str(&b[open + 1..]);
            }
            None => out.push_str(before.trim_end()),
        }
        rest = &rest[at + len + 1..];
    }
    out.push_str(rest);
    out
}
