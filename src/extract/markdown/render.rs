//! Markdown rendered to the lines a reader sees: headings, paragraphs and list items as text,
//! links as their text, images as captions (not lines), HTML left inside as its text, and the
//! tools' furniture that no renderer shows as the article (template tags, attribute lines, tag
//! lines, callouts, notes nested under list items, tables, code) left out.

use super::inline_html::{self, HtmlSkip};
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
}

/// Renders `content` (Markdown without its front matter) to blocks, collecting image captions.
/// A list item written with `-` keeps its dash, as dash-led speech (`- Nie zgadzam się -
/// powiedział.`) is written that way; numbered items keep their number.
pub(super) fn render(content: &str, images: &mut Vec<Image>) -> Vec<Block> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_WIKILINKS
        | Options::ENABLE_STRIKETHROUGH;
    let mut r = Renderer::default();
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
            Event::Start(Tag::Link { .. }) => r.links += 1,
            Event::End(TagEnd::Link) => r.links = r.links.saturating_sub(1),
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
            Event::Start(Tag::Image { .. }) => {
                r.alt = Some(String::new());
                r.image_in_block = true;
            }
            Event::End(TagEnd::Image) => {
                if let Some(caption) = r.alt.take().map(|a| normalize_line(&a)) {
                    if !caption.is_empty() {
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
                    }
                    r.text.push_str(&t)
                }
            },
            Event::SoftBreak | Event::HardBreak => r.text.push('\n'),
            _ => {}
        }
    }
    r.flush();
    r.blocks
}

#[derive(Default)]
struct Renderer {
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
    /// The block has text outside links.
    unlinked_text: bool,
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
        let emphasised = self
            .emphasis_end
            .take()
            .is_some_and(|end| end >= text.trim_end().len());
        let after_image = std::mem::take(&mut self.image_in_block);
        let had_text = std::mem::take(&mut self.any_text_after_image);
        let unlinked = std::mem::take(&mut self.unlinked_text);
        if unlinked {
            if let Some((_, links_only)) = self.list_starts.last_mut() {
                *links_only = false;
            }
        }
        self.emphasis_at.clear();
        // A list item nested under another is a note the user added under the article's block
        // (Logseq, Readwise), not the article.
        if self.lists.len() >= 2 {
            return;
        }
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !is_furniture_line(l))
            .collect();
        // The text under an image in its own paragraph is the image's caption.
        if after_image && had_text {
            return;
        }
        let joined = inline_html::without_span_attributes(&lines.join(" "));
        self.push(kind, &without_bullet(&joined), emphasised);
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

/// Lines no renderer prints as text: template tags (`{% include … %}`, `{{< figure … >}}`),
/// kramdown attribute lines (`{: .caption}`) and Pandoc div fences (`::: {.byline}`).
fn is_furniture_line(line: &str) -> bool {
    (line.starts_with("{%") && line.ends_with("%}"))
        || (line.starts_with("{{") && line.ends_with("}}"))
        || (line.starts_with("{:") && line.ends_with('}'))
        || line.starts_with(":::")
}

/// A `-` item keeps its dash only as dash-led speech, which names its speaker after another
/// dash (`- To dobry budżet - odparła.`); a menu's or a list's item is read without it.
fn without_bullet(text: &str) -> String {
    match text.strip_prefix("- ") {
        Some(rest) if ![" - ", " – ", " — "].iter().any(|d| rest.contains(d)) => {
            rest.to_string()
        }
        _ => text.to_string(),
    }
}

/// A line of hashtags (`#news/pakistan #karachi/water`): a note app's tags, not text.
fn is_tag_line(line: &str) -> bool {
    line.split_whitespace().all(|w| {
        w.strip_prefix('#')
            .is_some_and(|t| t.chars().next().is_some_and(char::is_alphanumeric))
    })
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
