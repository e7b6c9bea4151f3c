//! The page's tree for the parts Chronicle reads itself (metadata, captions, the cleaned
//! article, whole-page text): parsed by the HTML5 parser (html5ever, through `dom_query`, the
//! parser the main-content pass uses too) and copied into a flat arena that is walked without
//! recursion, so any nesting depth is safe to read.
//!
//! One guard comes before the parser: html5ever's tree builder checks the open elements'
//! scope at every start tag, which costs time in proportion to the nesting depth (a page of
//! 20,000 nested `<div>`s took 22 s in a debug build). `nesting_estimate` bounds the depth
//! with a scan that builds nothing, so a hostile page is refused before it is parsed.

/// Elements without content or end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose content is text up to their own end tag.
const RAW: &[&str] = &[
    "script", "style", "title", "textarea", "xmp", "noscript", "iframe", "noembed",
];

/// Elements that close an open element of the same name when they start (`<p>a<p>b`).
const SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "tr", "td", "th", "option"];

/// Elements that such a close never reaches past (`<li>` inside a nested `<ul>`).
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
    /// The element this node sits in (0, the root, for the root itself).
    pub parent: usize,
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
    /// Parses `html` with the HTML5 parser (html5ever, through `dom_query`, as the main-content
    /// pass does) and copies its tree into a flat one. Never fails and never recurses.
    pub fn parse(html: &str) -> Dom {
        Dom::from_document(&dom_query::Document::from(html))
    }

    /// The flat tree of a parsed document: elements with lower-case names and attributes,
    /// text runs; comments and doctypes left out.
    pub fn from_document(doc: &dom_query::Document) -> Dom {
        let mut nodes = vec![Node {
            tag: "#root".into(),
            ..Node::default()
        }];
        let mut max_depth = 0;
        let root = doc.root();
        let mut stack: Vec<(dom_query::NodeRef<'_>, usize, usize)> =
            root.children_it(true).map(|child| (child, 0, 1)).collect();
        while let Some((node, parent, depth)) = stack.pop() {
            if node.is_text() {
                let text = node.text().to_string();
                if !text.is_empty() {
                    let id = nodes.len();
                    nodes.push(Node {
                        text,
                        parent,
                        ..Node::default()
                    });
                    nodes[parent].children.push(id);
                }
                continue;
            }
            if !node.is_element() {
                continue;
            }
            let id = nodes.len();
            nodes.push(Node {
                tag: node
                    .node_name()
                    .map(|n| n.to_lowercase())
                    .unwrap_or_default(),
                attrs: node
                    .attrs()
                    .iter()
                    .map(|a| (a.name.local.to_lowercase(), a.value.to_string()))
                    .collect(),
                parent,
                ..Node::default()
            });
            nodes[parent].children.push(id);
            max_depth = max_depth.max(depth);
            stack.extend(node.children_it(true).map(|child| (child, id, depth + 1)));
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
        self.text_runs(root, false)
    }

    /// The text under `root` as a browser prints it: runs of inline elements joined as written
    /// (`<em>2026</em>/11/21` is `2026/11/21`, where [`Dom::text`] puts a space between every
    /// run), a space at line breaks and blocks; whitespace collapsed.
    pub fn inline_text(&self, root: usize) -> String {
        self.text_runs(root, true)
    }

    /// The text runs under `root`, a space after each (or, `joined`, only at breaks and blocks).
    fn text_runs(&self, root: usize, joined: bool) -> String {
        let mut out = String::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            let Some(node) = self.nodes.get(id) else {
                continue;
            };
            match node.tag.as_str() {
                "" => {
                    out.push_str(&node.text);
                    if !joined {
                        out.push(' ');
                    }
                }
                "script" | "style" | "noscript" | "template" => {}
                "br" | "div" | "p" | "li" | "td" | "th" | "tr" if joined => {
                    out.push(' ');
                    stack.extend(node.children.iter().rev());
                }
                _ => stack.extend(node.children.iter().rev()),
            }
        }
        collapse_spaces(&out)
    }

    /// The text of `root`'s children in lines broken at its own `<br>`s (`Words: A<br>Photos:
    /// B<br>12 February 2026`), empty lines dropped; one line when it has no `<br>`.
    pub fn lines_at_breaks(&self, root: usize) -> Vec<String> {
        let Some(node) = self.nodes.get(root) else {
            return Vec::new();
        };
        let mut lines = vec![String::new()];
        for &child in &node.children {
            if self.nodes.get(child).is_some_and(|c| c.tag == "br") {
                lines.push(String::new());
            } else if let Some(line) = lines.last_mut() {
                line.push(' ');
                line.push_str(&self.text(child));
            }
        }
        lines
            .iter()
            .map(|l| collapse_spaces(l))
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// Collapses runs of whitespace to one space and trims.
pub fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An estimate of the page's element nesting, from its tags alone (no tree, no text): end
/// tags close the nearest open element of their name, void and raw-text elements nest
/// nothing, and `p`, `li`, `td`… close a sibling of the same name. Never below the nesting the
/// HTML5 parser builds for pages that close their elements; unclosed ones can only raise it.
pub fn nesting_estimate(html: &str) -> usize {
    let bytes = html.as_bytes();
    let mut open: Vec<&str> = Vec::new();
    let mut deepest = 0;
    let mut at = 0;
    while let Some(lt) = html[at..].find('<').map(|i| at + i) {
        let rest = &html[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            at = comment.find("-->").map_or(html.len(), |e| lt + 4 + e + 3);
            continue;
        }
        let closing = rest.starts_with("</");
        let name_at = lt + if closing { 2 } else { 1 };
        let name_len = bytes[name_at.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let end = rest.find('>').map_or(html.len(), |e| lt + e + 1);
        at = end.max(lt + 1);
        if name_len == 0 || !bytes[name_at].is_ascii_alphabetic() {
            continue;
        }
        let name = &html[name_at..name_at + name_len];
        let is = |list: &[&str]| list.iter().any(|t| t.eq_ignore_ascii_case(name));
        if closing {
            if let Some(pos) = open.iter().rposition(|t| t.eq_ignore_ascii_case(name)) {
                open.truncate(pos);
            }
            continue;
        }
        if is(VOID) || html[..end].ends_with("/>") {
            continue;
        }
        if is(RAW) {
            // Skip to its end tag: its content holds no elements.
            let close = format!("</{}", name.to_ascii_lowercase());
            at = find_ascii_ci(&html[at..], &close).map_or(html.len(), |i| at + i);
            continue;
        }
        if is(SIBLINGS) {
            close_sibling(&mut open, name);
        }
        open.push(name);
        deepest = deepest.max(open.len());
    }
    deepest
}

/// Closes an open element named `name` when a new one starts, as HTML does for `<p>` and
/// `<li>`, up to the nearest scope boundary.
fn close_sibling(open: &mut Vec<&str>, name: &str) {
    let cells = ["td", "th", "tr"]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(name));
    for pos in (0..open.len()).rev() {
        let tag = open[pos];
        if tag.eq_ignore_ascii_case(name) {
            open.truncate(pos);
            return;
        }
        let boundary = SCOPE.iter().any(|t| t.eq_ignore_ascii_case(tag));
        if tag.eq_ignore_ascii_case("table") || (boundary && !cells) {
            return;
        }
    }
}

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
    fn inline_runs_are_joined_as_printed() {
        let dom =
            Dom::parse("<div><span><em>2026</em>/11/21</span> <span>10:32</span><p>x</p></div>");
        let div = dom.find("div").expect("div");
        assert_eq!(dom.text(div), "2026 /11/21 10:32 x");
        assert_eq!(dom.inline_text(div), "2026/11/21 10:32 x");
    }

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
    fn the_estimate_bounds_the_parsers_nesting_without_parsing() {
        let deep = "<div>".repeat(100_000) + "x" + &"</div>".repeat(100_000);
        assert_eq!(nesting_estimate(&deep), 100_000);
        let shallow = "<div>".repeat(300) + "x" + &"</div>".repeat(300);
        assert_eq!(
            nesting_estimate(&shallow),
            Dom::parse(&shallow).max_depth - 2
        );
        // Unclosed paragraphs and list items are siblings; comments and scripts nest nothing.
        let sloppy = "<ul>".to_string()
            + &"<li><p>a<p>b<br><img src=x>".repeat(1_000)
            + "<!-- <div><div> --><script>'<div><div>'</script>";
        assert!(
            nesting_estimate(&sloppy) <= 3,
            "{}",
            nesting_estimate(&sloppy)
        );
    }

    #[test]
    fn a_deep_tree_is_walked_without_recursion() {
        let html = "<div>".repeat(5_000) + "x" + &"</div>".repeat(5_000);
        let dom = Dom::parse(&html);
        assert_eq!(dom.max_depth, 5_002);
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
            let _ = nesting_estimate(s);
        }
    }
}
