//! Markdown rendered to the lines a reader sees: headings, paragraphs and list items as text,
//! links as their text, images as captions (not lines), HTML left inside as its text, and the
//! tools' furniture that no renderer shows as the article (template tags, attribute lines, tag
//! lines, callouts, notes nested under list items, tables, code) left out.

use super::inline_html::{self, HtmlSkip};
use super::lines::{
    is_furniture_line, is_kicker_span, is_line_stack, is_link_rows, is_tag_line,
    outline_text_depth, without_bullet,
};
use crate::model::{Image, normalize_line};

/// What kind of block a line was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A heading, `#` to `######` or setext (level 1–6).
    Heading(usize),
    /// A paragraph, a list item or a quoted paragraph.
    Text,
}

/// One rendered block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Block {
    pub kind: Kind,
    pub text: String,
    /// The whole block was in emphasis (`*…*`, `**…**`): a bold headline, an italic caption.
    pub emphasised: bool,
    /// The block is a span with a kicker's class (`[Health]{.kicker}`).
    pub kicker: bool,
}

/// An image standing alone in its paragraph: its alternative text, address, the link around
/// it, and how many blocks stand above it (a logo heads the page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Picture {
    pub alt: String,
    pub src: String,
    pub link: Option<String>,
    pub blocks_above: usize,
}

#[cfg(test)]
pub(super) fn render(content: &str, images: &mut Vec<Image>) -> Vec<Block> {
    render_with_pictures(content, images).0
}

/// Renders `content` (Markdown without its front matter) to blocks, collecting image captions
/// and the images standing alone in a paragraph.
/// A list item written with `-` keeps its dash, as dash-led speech (`- Nie zgadzam się -
/// powiedział.`) is written that way; numbered items keep their number.
pub(super) fn render_with_pictures(
    content: &str,
    images: &mut Vec<Image>,
) -> (Vec<Block>, Vec<Picture>) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_WIKILINKS
        | Options::ENABLE_STRIKETHROUGH;
    let mut r = Renderer {
        text_depth: outline_text_depth(content),
        ..Renderer::default()
    };
    for (event, range) in Parser::new_ext(content, options).into_offset_iter() {
        if r.skip > 0 {
            match event {
                Event::Start(Tag::CodeBlock(_) | Tag::Table(_)) => r.skip += 1,
                Event::End(TagEnd::CodeBlock | TagEnd::Table) => r.skip -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::Table(_)) => {
                r.flush();
                r.skip = 1;
            }
            Event::Start(Tag::HtmlBlock) => r.flush(),
            Event::Html(html) => r.html_block.push_str(&html),
            Event::End(TagEnd::HtmlBlock) => {
                let html = std::mem::take(&mut r.html_block);
                for paragraph in inline_html::block_text(&html) {
                    r.push(Kind::Text, &paragraph, false);
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                r.flush();
                r.kind = Some(Kind::Heading(level as usize));
            }
            Event::Start(Tag::BlockQuote(_)) => {
                r.flush();
                r.quotes.push(r.blocks.len());
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                r.flush();
                if let Some(start) = r.quotes.pop() {
                    r.drop_tool_quote(start);
                }
            }
            Event::Start(Tag::List(first)) => {
                r.flush();
                r.lists.push(first);
                r.list_starts.push((r.blocks.len(), true));
            }
            Event::End(TagEnd::List(_)) => {
                r.flush();
                r.lists.pop();
                // A list whose every item is a link is a menu, a table of contents or related
                // stories, never the article.
                if let Some((start, true)) = r.list_starts.pop() {
                    r.blocks.truncate(start);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                r.links += 1;
                r.link_dests.push(dest_url.to_string());
            }
            Event::End(TagEnd::Link) => {
                r.links = r.links.saturating_sub(1);
                r.link_dests.pop();
            }
            Event::Start(Tag::Item) => {
                r.flush();
                match r.lists.last_mut() {
                    Some(Some(n)) => {
                        r.text.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ if content[range].starts_with('-') => r.text.push_str("- "),
                    _ => {}
                }
            }
            // A loose list item's paragraph continues the item's marker.
            Event::Start(Tag::Paragraph) if !r.text.ends_with(". ") && !r.text.ends_with("- ") => {
                r.flush()
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => r.flush(),
            Event::Start(Tag::Emphasis | Tag::Strong) => r.emphasis_at.push(r.text.len()),
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => {
                if let Some(start) = r.emphasis_at.pop() {
                    if r.lead_in(start) {
                        r.emphasis_end = Some(r.text.len());
                    }
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                r.image_src = dest_url.to_string();
                r.alt = Some(String::new());
                r.image_in_block = true;
            }
            Event::End(TagEnd::Image) => {
                if let Some(caption) = r.alt.take().map(|a| normalize_line(&a)) {
                    if !caption.is_empty() {
                        r.picture = Some(Picture {
                            alt: caption.clone(),
                            src: std::mem::take(&mut r.image_src),
                            link: r.link_dests.last().cloned(),
                            blocks_above: r.blocks.len(),
                        });
                        images.push(Image {
                            caption: Some(caption),
                            credit: None,
                        });
                    }
                }
            }
            Event::InlineHtml(tag) => r.html_skip.tag(&tag, &mut r.text),
            Event::Text(t) | Event::Code(t) => match r.alt.as_mut() {
                Some(alt) => alt.push_str(&t),
                None if r.html_skip.inside() => {}
                None => {
                    r.any_text_after_image |= r.image_in_block;
                    if r.links == 0 && !t.trim().is_empty() {
                        r.unlinked_text = true;
                        r.line_unlinked = true;
                    }
                    r.text.push_str(&t)
                }
            },
            Event::SoftBreak | Event::HardBreak => {
                r.text.push('\n');
                let unlinked = std::mem::take(&mut r.line_unlinked);
                r.lines_unlinked.push(unlinked);
            }
            _ => {}
        }
    }
    r.flush();
    (r.blocks, r.pictures)
}

#[derive(Default)]
struct Renderer {
    /// How deep in an outline the article's paragraphs stand (`lines::outline_text_depth`).
    text_depth: usize,
    blocks: Vec<Block>,
    text: String,
    kind: Option<Kind>,
    skip: usize,
    alt: Option<String>,
    html_block: String,
    html_skip: HtmlSkip,
    /// For each open list: the next number (numbered lists) or None.
    lists: Vec<Option<u64>>,
    /// Links open around the text.
    links: usize,
    /// The addresses of the links open around the text.
    link_dests: Vec<String>,
    image_src: String,
    /// The block's image, kept when nothing else is in the block.
    picture: Option<Picture>,
    pictures: Vec<Picture>,
    /// The block has text outside links.
    unlinked_text: bool,
    /// The line being read has text outside links.
    line_unlinked: bool,
    /// For each line of the block ended so far: whether it had text outside links.
    lines_unlinked: Vec<bool>,
    /// Where each open list's blocks start, and whether every item so far was a link alone.
    list_starts: Vec<(usize, bool)>,
    /// Where each open blockquote's blocks start.
    quotes: Vec<usize>,
    /// Byte offsets in `text` where open emphasis spans started.
    emphasis_at: Vec<usize>,
    /// Where an emphasis span opening the block ended.
    emphasis_end: Option<usize>,
    image_in_block: bool,
    any_text_after_image: bool,
}

impl Renderer {
    /// An emphasis span that starts the block (after a list marker at most).
    fn lead_in(&self, start: usize) -> bool {
        let before = self.text[..start].trim();
        before.is_empty() || before == "-" || before.ends_with('.') && before.len() <= 4
    }

    fn flush(&mut self) {
        let kind = self.kind.take().unwrap_or(Kind::Text);
        let text = std::mem::take(&mut self.text);
        if let Some(picture) = self.picture.take() {
            if text.trim().is_empty() && self.lists.is_empty() {
                self.pictures.push(picture);
            }
        }
        let emphasised = self
            .emphasis_end
            .take()
            .is_some_and(|end| end >= text.trim_end().len());
        let after_image = std::mem::take(&mut self.image_in_block);
        let had_text = std::mem::take(&mut self.any_text_after_image);
        let unlinked = std::mem::take(&mut self.unlinked_text);
        let mut lines_unlinked = std::mem::take(&mut self.lines_unlinked);
        lines_unlinked.push(std::mem::take(&mut self.line_unlinked));
        if unlinked {
            if let Some((_, links_only)) = self.list_starts.last_mut() {
                *links_only = false;
            }
        }
        self.emphasis_at.clear();
        // A list item nested under the article's blocks is a note the user added (Logseq,
        // Readwise), not the article.
        if self.lists.len() > self.text_depth.max(1) {
            return;
        }
        let all_lines: Vec<&str> = text.lines().map(str::trim).collect();
        if is_link_rows(&all_lines, &lines_unlinked) {
            return;
        }
        let lines: Vec<&str> = all_lines
            .into_iter()
            .filter(|l| !is_furniture_line(l) && !is_tag_line(l))
            .collect();
        // The text under an image in its own paragraph is the image's caption.
        if after_image && had_text {
            return;
        }
        // Short lines broken apart (a byline over the writer's role, a newsletter's header
        // rows) are lines of their own on the page, as in a text copy; a hard-wrapped
        // paragraph's lines are long.
        if kind == Kind::Text && is_line_stack(&lines) {
            for line in lines {
                let line = inline_html::without_span_attributes(line);
                self.push(kind, &without_bullet(&line), emphasised);
            }
            return;
        }
        let joined = lines.join(" ");
        let at = self.blocks.len();
        self.push(
            kind,
            &without_bullet(&inline_html::without_span_attributes(&joined)),
            emphasised,
        );
        if let Some(block) = self.blocks.get_mut(at) {
            block.kicker = is_kicker_span(&joined);
        }
    }

    fn push(&mut self, kind: Kind, text: &str, emphasised: bool) {
        let line = normalize_line(&text.replace("==", ""));
        if line.is_empty() || is_tag_line(&line) {
            return;
        }
        self.blocks.push(Block {
            kind,
            text: line,
            emphasised,
            kicker: false,
        });
    }

    /// A quote box a tool or the user wrote rather than the article: an Obsidian or GitHub
    /// callout (`> [!note]`), or a quote opening with a heading (MarkDownload's `> ## Excerpt`).
    fn drop_tool_quote(&mut self, start: usize) {
        let Some(first) = self.blocks.get(start) else {
            return;
        };
        if first.text.starts_with("[!") || matches!(first.kind, Kind::Heading(_)) {
            self.blocks.truncate(start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<String> {
        render(md, &mut Vec::new())
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn furniture_and_notes_are_not_rendered() {
        let md = "{% include byline.html %}\n\n#news/x #city/water\n\n\
                  > [!note] Mine\n> check this\n\n\
                  - First block of the story.\n\t- a note under it\n- Second block.\n\n\
                  | a | b |\n| - | - |\n| 1 | 2 |\n\n\
                  Text with ==highlight== and [[Kampala Capital City Authority|KCCA]].\n";
        assert_eq!(
            texts(md),
            [
                "First block of the story.",
                "Second block.",
                "Text with highlight and KCCA."
            ]
        );
    }

    #[test]
    fn list_items_lose_their_dash_and_lists_of_links_are_dropped() {
        let md = "- [Kassel](/kassel)\n- [Region](/region)\n\n\
                  * Water must come out of the taps.\n* Bills must stop.\n\n\
                  - Nie zgadzam się - powiedział radny.\n\nOne line\nwrapped here.\n";
        assert_eq!(
            texts(md),
            [
                "Water must come out of the taps.",
                "Bills must stop.",
                "- Nie zgadzam się - powiedział radny.",
                "One line wrapped here."
            ]
        );
    }

    #[test]
    fn rows_of_links_are_dropped_and_short_lines_stay_apart() {
        let md = "#Omnivore\n[Read on Omnivore](https://a.example/x)\n[Read Original](https://b.example/y)\n\n\
                  By **Farah Nadia Rosli**\n*Northern Bureau Chief*\n\n\
                  A sentence that the writer wrapped\nwhere the line ran out.\n";
        assert_eq!(
            texts(md),
            [
                "By Farah Nadia Rosli",
                "Northern Bureau Chief",
                "A sentence that the writer wrapped where the line ran out."
            ]
        );
    }

    #[test]
    fn captions_under_images_are_not_text() {
        let mut images = Vec::new();
        let md = "![Alt](a.jpg)\n{: .caption}\nThe caption line.\n\nStory text.\n";
        let blocks = render(md, &mut images);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "Story text.");
        assert_eq!(images.len(), 1);
    }

    #[test]
    fn html_is_read_by_its_text_and_pandoc_spans_lose_attributes() {
        let md = "<p class=\"byline\">By <a href=\"x\">Ann Lee</a></p>\n\n\
                  <figure><img src=\"a.jpg\"><figcaption>Cap</figcaption></figure>\n\n\
                  <time datetime=\"2026-11-24T15:30:00Z\">Tue Nov 24, 2026</time> &amp; more\n\n\
                  [Politics]{.kicker}\n\n<!-- a comment -->\n";
        assert_eq!(
            texts(md),
            ["By Ann Lee", "Tue Nov 24, 2026 & more", "Politics"]
        );
    }
}
