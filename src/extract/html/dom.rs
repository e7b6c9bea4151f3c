//! A small, forgiving HTML tree for the parts Chronicle reads itself (metadata, captions,
//! the cleaned article, whole-page text). It is not a full HTML5 parser: it only has to be
//! good enough to find elements and their text, and it must never recurse, so any nesting
//! depth is safe. The main-content pass uses the real parser inside `dom_smoothie`.

use super::entities::decode_entities;

/// Elements without content or end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose content is text up to their own end tag.
const RAW: &[&str] = &[
    "script",
    "style",
    "title",
    "textarea",
    "xmp",
    "noscript",
    "iframe",
    "noembed",
    "plaintext",
];

/// Elements that close an open element of the same name when they start (`<p>a<p>b`).
const SELF_CLOSING_SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "tr", "td", "th", "option"];

/// Elements that a sibling auto-close never reaches past.
const SCOPE: &[&str] = &[
    "div",
    "table",
    "ul",
    "ol",
    "dl",
    "body",
    "section",
    "article",
    "td",
    "th",
    "blockquote",
];

/// One node: an element (`tag` non-empty) or a text run (`tag` empty, `text` set).
#[derive(Debug, Clone, Default)]
pub struct Node {
    pub tag: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<usize>,
}

impl Node {
    /// The value of attribute `name` (lowercase), if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A parsed document: node 0 is the root.
#[derive(Debug, Clone)]
pub struct Dom {
    pub nodes: Vec<Node>,
    /// The deepest element nesting seen while building the tree.
    pub max_depth: usize,
}

impl Dom {
    /// Parses `html` leniently. Never fails and never recurses.
    pub fn parse(html: &str) -> Dom {
        let mut nodes = vec![Node {
            tag: "#root".into(),
            ..Node::default()
        }];
        let mut stack: Vec<usize> = vec![0];
        let mut max_depth = 0;
        let mut tokens = Tokenizer { src: html, pos: 0 };
        while let Some(token) = tokens.next_token() {
            let parent = stack.last().copied().unwrap_or(0);
            match token {
                Token::Text(text) => {
                    if text.is_empty() {
                        continue;
                    }
                    let id = nodes.len();
                    nodes.push(Node {
                        text,
                        ..Node::default()
                    });
                    nodes[parent].children.push(id);
                }
                Token::Open {
                    name,
                    attrs,
                    self_closing,
                } => {
                    if SELF_CLOSING_SIBLINGS.contains(&name.as_str()) {
                        close_sibling(&nodes, &mut stack, &name);
                    }
                    let parent = stack.last().copied().unwrap_or(0);
                    let id = nodes.len();
                    let raw = RAW.contains(&name.as_str()) && !self_closing;
                    let void = VOID.contains(&name.as_str()) || self_closing;
                    nodes.push(Node {
                        tag: name.clone(),
                        attrs,
                        ..Node::default()
                    });
                    nodes[parent].children.push(id);
                    if raw {
                        let text = tokens.raw_text(&name);
                        let text = if name == "title" || name == "textarea" {
                            decode_entities(text)
                        } else {
                            text.to_string()
                        };
                        let tid = nodes.len();
                        nodes.push(Node {
                            text,
                            ..Node::default()
                        });
                        nodes[id].children.push(tid);
                    } else if !void {
                        stack.push(id);
                        max_depth = max_depth.max(stack.len() - 1);
                    }
                }
                Token::Close { name } => {
                    if let Some(pos) = stack.iter().rposition(|&n| nodes[n].tag == name) {
                        if pos > 0 {
                            stack.truncate(pos);
                        }
                    }
                }
            }
        }
        Dom { nodes, max_depth }
    }

    /// The first element named `tag`, in document order.
    pub fn find(&self, tag: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.tag == tag)
    }

    /// The ids of `root` and everything under it, in document order (iterative).
    pub fn descendants(&self, root: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            out.push(id);
            if let Some(node) = self.nodes.get(id) {
                stack.extend(node.children.iter().rev());
            }
        }
        out
    }

    /// The text under `root`, whitespace collapsed to single spaces. Scripts and styles are skipped.
    pub fn text(&self, root: usize) -> String {
        let mut out = String::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            let Some(node) = self.nodes.get(id) else {
                continue;
            };
            if node.tag.is_empty() {
                out.push_str(&node.text);
                out.push(' ');
            } else if !matches!(
                node.tag.as_str(),
                "script" | "style" | "noscript" | "template"
            ) {
                stack.extend(node.children.iter().rev());
            }
        }
        collapse_spaces(&out)
    }
}

/// Closes an open element named `name` when a new one starts, as HTML does for `<p>` and `<li>`.
fn close_sibling(nodes: &[Node], stack: &mut Vec<usize>, name: &str) {
    for pos in (1..stack.len()).rev() {
        let tag = nodes[stack[pos]].tag.as_str();
        if tag == name {
            stack.truncate(pos);
            return;
        }
        if SCOPE.contains(&tag) && !(name == "td" || name == "th" || name == "tr") {
            return;
        }
        if tag == "table" {
            return;
        }
    }
}

/// Collapses runs of whitespace to one space and trims.
pub fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

enum Token {
    Text(String),
    Open {
        name: String,
        attrs: Vec<(String, String)>,
        self_closing: bool,
    },
    Close {
        name: String,
    },
}

struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn next_token(&mut self) -> Option<Token> {
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return None;
            }
            let Some(lt) = rest.find('<') else {
                self.pos = self.src.len();
                return Some(Token::Text(decode_entities(rest)));
            };
            if lt > 0 {
                self.pos += lt;
                return Some(Token::Text(decode_entities(&rest[..lt])));
            }
            // `rest` starts with '<'.
            if rest.starts_with("<!--") {
                self.skip_past(4, "-->");
                continue;
            }
            if rest.starts_with("<!") || rest.starts_with("<?") {
                self.skip_past(2, ">");
                continue;
            }
            let after = &rest[1..];
            let closing = after.starts_with('/');
            let name_start = if closing { 2 } else { 1 };
            let first = rest[name_start..].chars().next();
            if !first.is_some_and(|c| c.is_ascii_alphabetic()) {
                // A lone '<' is text.
                self.pos += 1;
                return Some(Token::Text("<".into()));
            }
            return Some(self.tag(name_start, closing));
        }
    }

    fn skip_past(&mut self, from: usize, end: &str) {
        let rest = self.rest();
        match rest.get(from..).and_then(|r| r.find(end)) {
            Some(i) => self.pos += from + i + end.len(),
            None => self.pos = self.src.len(),
        }
    }

    /// Reads a start or end tag; `self.pos` is at '<'.
    fn tag(&mut self, name_start: usize, closing: bool) -> Token {
        let rest = self.rest();
        let bytes = rest.as_bytes();
        let mut i = name_start;
        while i < bytes.len()
            && !bytes[i].is_ascii_whitespace()
            && bytes[i] != b'>'
            && bytes[i] != b'/'
        {
            i += 1;
        }
        let name = rest[name_start..i].to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut self_closing = false;
        loop {
            while i < bytes.len()
                && (bytes[i].is_ascii_whitespace()
                    || (bytes[i] == b'/' && bytes.get(i + 1) != Some(&b'>')))
            {
                i += 1;
            }
            if i >= bytes.len() {
                break;
            }
            if bytes[i] == b'>' {
                i += 1;
                break;
            }
            if bytes[i] == b'/' {
                self_closing = true;
                i += 1;
                continue;
            }
            let key_start = i;
            while i < bytes.len()
                && !bytes[i].is_ascii_whitespace()
                && !matches!(bytes[i], b'>' | b'=' | b'/')
            {
                i += 1;
            }
            // Quotes and other odd bytes in a name still advance.
            if i == key_start {
                i += 1;
                continue;
            }
            let key = rest[key_start..i].to_ascii_lowercase();
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = String::new();
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                    let quote = bytes[i];
                    let start = i + 1;
                    let end = bytes[start..]
                        .iter()
                        .position(|&b| b == quote)
                        .map_or(bytes.len(), |p| start + p);
                    value = decode_entities(&rest[start..end]);
                    i = (end + 1).min(bytes.len());
                } else {
                    let start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = decode_entities(&rest[start..i]);
                }
            }
            if !attrs.iter().any(|(k, _): &(String, String)| *k == key) {
                attrs.push((key, value));
            }
        }
        self.pos += i;
        if closing {
            Token::Close { name }
        } else {
            Token::Open {
                name,
                attrs,
                self_closing,
            }
        }
    }

    /// Takes the raw text of an element like `<script>` up to its end tag.
    fn raw_text(&mut self, name: &str) -> &'a str {
        let rest = self.rest();
        let end_tag = format!("</{name}");
        let end = find_ascii_ci(rest, &end_tag).unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }
}

/// Finds an ASCII needle case-insensitively.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i] == n[0] && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_a_tree_with_attributes_and_raw_text() {
        let dom = Dom::parse(
            r#"<html lang=en><body><p class="a b">x &amp; y<p>z<script>if (a<b) {}</script><br/></body>"#,
        );
        let html = dom.find("html").unwrap();
        assert_eq!(dom.nodes[html].attr("lang"), Some("en"));
        let ps: Vec<_> = (0..dom.nodes.len())
            .filter(|&i| dom.nodes[i].tag == "p")
            .collect();
        assert_eq!(ps.len(), 2);
        assert_eq!(dom.text(ps[0]), "x & y");
        assert_eq!(dom.text(ps[1]), "z");
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let html = "<div>".repeat(100_000) + "x" + &"</div>".repeat(100_000);
        let dom = Dom::parse(&html);
        assert_eq!(dom.max_depth, 100_000);
        assert_eq!(dom.text(0), "x");
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "<",
            "</",
            "<a",
            "<a href=",
            "<a href='x",
            "<!--",
            "<script>",
            "&#xFFFFFFFF;",
            "<p>é<",
            "<\u{e9}>",
        ] {
            let _ = Dom::parse(s);
        }
    }
}
