//! The visible text of a whole page, the way a browser's Select All + Copy gives it: no
//! scripts or styles, hidden elements left out, each block on its own line and a blank line
//! around paragraphs and headings. Users paste such dumps into text files; the benchmark
//! uses them to score the plain-text reader.

use super::dom::Dom;

const HIDDEN: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "title", "iframe", "object",
    "select", "option", "datalist",
];

/// Blocks a browser separates with a blank line.
const SPACED: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "figure",
    "ul",
    "ol",
    "dl",
    "table",
    "hr",
    "address",
];

/// Blocks a browser puts on their own line.
const LINED: &[&str] = &[
    "div",
    "li",
    "dt",
    "dd",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "tr",
    "figcaption",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "caption",
    "center",
    "body",
    "label",
    "button",
];

/// The visible text of the page's `<body>` (or of the whole document without one).
pub fn text_dump(html: &str) -> String {
    dom_text(&Dom::parse(html))
}

/// The visible text of an already parsed page.
pub(super) fn dom_text(dom: &Dom) -> String {
    subtree_text(dom, dom.find("body").unwrap_or(0))
}

/// The visible text of the element `root` and what it holds.
pub(super) fn subtree_text(dom: &Dom, root: usize) -> String {
    let mut out = String::new();
    let mut stack: Vec<(usize, bool)> = vec![(root, false)];
    while let Some((id, leaving)) = stack.pop() {
        let node = &dom.nodes[id];
        let tag = node.tag.as_str();
        if tag.is_empty() {
            push_inline(&mut out, &node.text);
            continue;
        }
        if leaving {
            newline(&mut out, SPACED.contains(&tag));
            continue;
        }
        if HIDDEN.contains(&tag) || is_hidden(node) {
            continue;
        }
        match tag {
            "br" => out.push('\n'),
            "td" | "th" if !out.ends_with('\n') && !out.is_empty() => out.push('\t'),
            "img" => {
                if let Some(alt) = node.attr("alt").filter(|a| !a.trim().is_empty()) {
                    push_inline(&mut out, alt);
                }
            }
            _ => {}
        }
        let block = SPACED.contains(&tag) || LINED.contains(&tag);
        if block {
            newline(&mut out, SPACED.contains(&tag));
            stack.push((id, true));
        }
        stack.extend(node.children.iter().rev().map(|&c| (c, false)));
    }
    let lines: Vec<String> = out
        .lines()
        .map(|l| {
            l.split(' ')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let mut text = String::new();
    let mut blank = 0;
    for line in lines {
        let line = line.trim_matches([' ', '\t']);
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !text.is_empty() {
            text.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        text.push_str(line);
    }
    text
}

fn is_hidden(node: &super::dom::Node) -> bool {
    if node.attr("hidden").is_some() || node.attr("aria-hidden") == Some("true") {
        return true;
    }
    let style: String = node
        .attr("style")
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    style.contains("display:none") || style.contains("visibility:hidden")
}

/// Appends text with its whitespace collapsed as a browser renders it.
fn push_inline(out: &mut String, text: &str) {
    for (i, word) in text.split(|c: char| c.is_ascii_whitespace()).enumerate() {
        if i > 0 && !out.ends_with([' ', '\n', '\t']) && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
}

fn newline(out: &mut String, blank: bool) {
    if out.is_empty() {
        return;
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    if blank && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_on_their_own_lines_scripts_hidden() {
        let html = "<html><head><title>T</title></head><body><nav><a>Home</a> <a>World</a></nav>\
            <h1>Headline</h1><p>First <b>bold</b> para.</p><script>x()</script><div hidden>secret</div><p>Second</p></body></html>";
        assert_eq!(
            text_dump(html),
            "Home World\n\nHeadline\n\nFirst bold para.\n\nSecond"
        );
    }
}
