//! Builds a benchmark corpus: N article files in the shapes Chronicle reads, from real
//! stories (Reuters-21578 as JSON lines, optionally gzipped) or from built-in generated text.

use anyhow::{Context as _, Result};
use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;

pub use super::generated::generated_stories;
use super::generated::{Lcg, NAMES, SPEAKERS};

/// A story to turn into article files.
#[derive(Debug, Clone)]
pub struct Story {
    pub title: String,
    pub paras: Vec<String>,
    pub topic: Option<String>,
}

/// Reads stories from a `.jsonl`/`.jsonl.gz` file, or from the first such file in a folder.
/// Each line is `{"title": ..., "paras": [...], "topics": [...]}`.
pub fn load_stories(path: &Path) -> Result<Vec<Story>> {
    let file = if path.is_dir() {
        std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.to_string_lossy().contains(".jsonl"))
            .with_context(|| format!("no .jsonl or .jsonl.gz file in {}", path.display()))?
    } else {
        path.to_path_buf()
    };
    let raw =
        std::fs::File::open(&file).with_context(|| format!("cannot open {}", file.display()))?;
    let reader: Box<dyn std::io::Read> = if file.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::GzDecoder::new(raw))
    } else {
        Box::new(raw)
    };
    let mut stories = Vec::new();
    for line in BufReader::new(reader).lines() {
        let line = line.with_context(|| format!("cannot read {}", file.display()))?;
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let title = v["title"].as_str().unwrap_or_default().trim().to_string();
        let paras: Vec<String> = v["paras"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str().map(str::to_string))
            .filter(|p| !p.trim().is_empty())
            .collect();
        if title.is_empty() || paras.is_empty() {
            continue;
        }
        let topic = v["topics"]
            .as_array()
            .and_then(|t| t.first())
            .and_then(|t| t.as_str())
            .map(str::to_string);
        stories.push(Story {
            title: title_case(&title),
            paras,
            topic,
        });
    }
    anyhow::ensure!(
        !stories.is_empty(),
        "no stories found in {}",
        file.display()
    );
    Ok(stories)
}

/// Reuters titles are in capitals; articles are not.
fn title_case(s: &str) -> String {
    if s.chars().any(|c| c.is_lowercase()) {
        return s.to_string();
    }
    let lower = s.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct CorpusInfo {
    pub files: usize,
    /// Bytes of article text written (the raw size the archive is compared with).
    pub raw_bytes: u64,
}

/// One article's text pieces, deterministic in `index`.
pub struct Piece {
    pub title: String,
    pub paras: Vec<String>,
    pub author: &'static str,
    pub category: String,
    pub date: chrono::NaiveDateTime,
}

/// The article number `index`: stories recombined (two per article) so every article is
/// distinct however many are asked for.
pub fn piece(stories: &[Story], index: usize) -> Piece {
    let n = stories.len();
    let first = &stories[index % n];
    let second = &stories[(index / n + index * 31 + 1) % n];
    let mut rng = Lcg::new(index as u64);
    let mut paras = first.paras.clone();
    paras.extend(second.paras.iter().take(2).cloned());
    // A quote in a third of the articles, so speaker filters have something to find.
    if index % 3 == 0 {
        let speaker = rng.pick(SPEAKERS);
        paras.insert(
            1.min(paras.len()),
            format!(
                "\"We will keep working on {} with our partners,\" said {speaker}.",
                first.title.to_lowercase()
            ),
        );
    }
    let title = if index >= n {
        format!("{} ({})", first.title, index / n + 1)
    } else {
        first.title.clone()
    };
    let base = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let date = base
        .checked_add_days(chrono::Days::new(
            (index as u64 * 37 + rng.next_u64() % 30) % 9000,
        ))
        .unwrap_or(base)
        .and_hms_opt(
            (rng.next_u64() % 24) as u32,
            (rng.next_u64() % 60) as u32,
            0,
        )
        .unwrap_or_default();
    Piece {
        title,
        paras,
        author: NAMES[(rng.next_u64() as usize) % NAMES.len()],
        category: first.topic.clone().unwrap_or_else(|| "News".into()),
        date,
    }
}

/// Writes `count` article files into `dir` (in 1,000-file subfolders), cycling through
/// the shapes: the sample's text shape, byline-first text, Markdown with front matter, and
/// a saved HTML page.
pub fn write_corpus(dir: &Path, stories: &[Story], count: usize) -> Result<CorpusInfo> {
    write_articles(dir, stories, 0..count)
}

/// Writes the articles numbered `indexes` (see `write_corpus`).
pub fn write_articles(
    dir: &Path,
    stories: &[Story],
    indexes: std::ops::Range<usize>,
) -> Result<CorpusInfo> {
    let mut info = CorpusInfo::default();
    let first = indexes.start;
    for index in indexes {
        let sub = dir.join(format!("{:04}", index / 1000));
        if index % 1000 == 0 || index == first {
            std::fs::create_dir_all(&sub)
                .with_context(|| format!("cannot create {}", sub.display()))?;
        }
        let p = piece(stories, index);
        let (name, text) = match index % 4 {
            0 => (format!("{index:07}.txt"), sample_shape(&p)),
            1 => (format!("{index:07}.txt"), byline_shape(&p)),
            2 => (format!("{index:07}.md"), markdown_shape(&p)),
            _ => (format!("{index:07}.html"), html_shape(&p)),
        };
        let path = sub.join(name);
        let mut f = std::fs::File::create(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        f.write_all(text.as_bytes())?;
        info.files += 1;
        // A saved page counts as the text it carries, not its markup, so the archive is
        // compared with the words it has to keep.
        info.raw_bytes += if index % 4 == 3 {
            byline_shape(&p).len()
        } else {
            text.len()
        } as u64;
    }
    Ok(info)
}

fn sample_shape(p: &Piece) -> String {
    let (lead, rest) = p
        .paras
        .split_first()
        .map(|(l, r)| (l.as_str(), r))
        .unwrap_or(("", &[]));
    format!(
        "{cat}{title}\n\n{title}\n\n{lead}\n\n{author}\n\n{date}\n\n{body}\n\nSource: Reuters\n\n\u{a9} Chronicle Bench Wire\n",
        cat = capitalise(&p.category),
        title = p.title,
        author = p.author,
        date = p.date.format("%-d %B %Y %H:%M"),
        body = rest.join("\n\n"),
    )
}

fn byline_shape(p: &Piece) -> String {
    format!(
        "{}\n\nBy {}\nPublished: {}\n\n{}\n",
        p.title,
        p.author,
        p.date.format("%Y-%m-%dT%H:%M:00Z"),
        p.paras.join("\n\n")
    )
}

fn markdown_shape(p: &Piece) -> String {
    format!(
        "---\ntitle: \"{}\"\nauthor: \"{}\"\ndate: {}\nsource: \"Reuters\"\ntags: [{}]\n---\n\n# {}\n\n{}\n",
        p.title.replace('"', "'"),
        p.author,
        p.date.format("%Y-%m-%d"),
        p.category,
        p.title,
        p.paras.join("\n\n")
    )
}

/// A saved news page: metadata in the head (OpenGraph, article:*, JSON-LD), navigation, a
/// share bar, a figure with caption and credit, related links and a footer around the story.
fn html_shape(p: &Piece) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let iso = p.date.format("%Y-%m-%dT%H:%M:00Z");
    let paras: String = p
        .paras
        .iter()
        .map(|t| format!("      <p>{}</p>\n", esc(t)))
        .collect();
    let json_title = p.title.replace('\\', "").replace('"', "'");
    format!(
        r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Bench Wire</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Bench Wire">
<meta name="author" content="{author}"><meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{cat}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{json_title}","datePublished":"{iso}","author":{{"@type":"Person","name":"{author}"}},"publisher":{{"@type":"Organization","name":"Bench Wire"}}}}</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li></ul></nav></header>
<main><article>
  <h1>{title}</h1>
  <div class="byline">By {author} | {date}</div>
  <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
  <figure><img src="photo.jpg" alt=""><figcaption>Traders at work on the exchange floor. <span class="credit">Photo: Bench Wire</span></figcaption></figure>
  <div class="article-body">
{paras}  </div>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Central bank holds rates</a></li><li><a href="/c">Oil steadies</a></li></ul></aside>
</main>
<footer><p>&copy; Bench Wire. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"##,
        title = esc(&p.title),
        author = esc(p.author),
        cat = esc(&p.category),
        date = p.date.format("%-d %B %Y"),
    )
}

pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
