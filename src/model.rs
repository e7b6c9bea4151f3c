//! The article record shared by every layer: what `extract` produces, what `archive` stores
//! and what `export` writes. Plain data, no behaviour beyond small helpers.

use serde::{Deserialize, Serialize};

mod answers;
mod edits;
pub use answers::{
    ArticleRecord, DayCounts, EventHit, Hit, MigrationProgress, Person, PersonQuote, QuoteAt,
    SavedSearch, SearchPage, Stats, TagCount,
};
pub use edits::{EditError, EditableField, FieldCorrection, FieldValue, Highlight};

/// One article as read from a file, before it is archived.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Article {
    #[serde(deserialize_with = "null_as_empty")]
    pub title: String,
    pub category: Option<String>,
    pub authors: Vec<String>,
    /// Publication date and time in ISO 8601, as precise as the source allows
    /// (`2024-10-27`, `2024-10-27T09:01`, `2024-10-27T09:01:00+02:00`). No offset is invented.
    pub published: Option<String>,
    /// The date exactly as the file wrote it.
    pub published_text: Option<String>,
    /// Last modification date, ISO 8601, when the file gives one.
    pub modified: Option<String>,
    pub sources: Vec<String>,
    pub publisher: Option<String>,
    /// The article's address when the file gives it: a saved page's canonical link or
    /// `og:url`, an MHTML file's `Content-Location`, Markdown front matter `url`/`source`, a
    /// text copy's `URL:` or `Source:` line holding an address.
    pub url: Option<String>,
    pub images: Vec<Image>,
    #[serde(deserialize_with = "null_as_empty")]
    pub lead: String,
    /// Paragraphs separated by one blank line (`\n\n`). Crossheads are paragraphs of their own.
    #[serde(deserialize_with = "null_as_empty")]
    pub body: String,
    pub rights: Option<String>,
    /// BCP 47 language tag when known (`en`, `pl`).
    pub language: Option<String>,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
    /// Which reader produced the record: `text`, `html`, `markdown`, `mhtml`, `json`.
    #[serde(deserialize_with = "null_as_empty")]
    pub format: String,
    /// The user's corrections of what extraction found, carried with an archived or exported
    /// article (extraction never sets them). `quotes` already shows them applied.
    #[serde(skip_serializing_if = "Corrections::is_empty")]
    pub corrections: Corrections,
    /// The user's tags (issue 18), sorted by name; carried with an archived or exported
    /// article, never set by extraction.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The user's note on the article (plain text, paragraphs separated by a blank line).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Passages the user highlighted, in reading order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<Highlight>,
    /// Where each metadata field came from (`title` → `h1`, `published` → `json-ld`), as
    /// `chronicle extract --json` shows it. Not archived or exported.
    #[serde(skip)]
    pub provenance: Provenance,
}

/// Field name to the evidence it was read from: `json-ld`, `meta`, `h1`, `title`, `time`,
/// `url`, `text-line`, `byline`, `copyright-line`, `masthead`, `front-matter`…
pub type Provenance = std::collections::BTreeMap<&'static str, &'static str>;

/// An image caption and its credit line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Image {
    pub caption: Option<String>,
    pub credit: Option<String>,
}

/// Where a quote's offsets point.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextPart {
    Lead,
    #[default]
    Body,
}

impl TextPart {
    pub fn as_str(self) -> &'static str {
        match self {
            TextPart::Lead => "lead",
            TextPart::Body => "body",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "lead" => Some(TextPart::Lead),
            "body" => Some(TextPart::Body),
            _ => None,
        }
    }
}

/// How a quote was marked in the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole sentence or more inside quotation marks.
    #[default]
    Direct,
    /// A few quoted words inside reported speech.
    Partial,
    /// Dash-led speech: `- ... - he said`.
    Dash,
    /// Speech without marks, closed by an attribution: `..., concluded the president.`
    Unquoted,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Dash => "dash",
            QuoteKind::Unquoted => "unquoted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "direct" => Some(QuoteKind::Direct),
            "partial" => Some(QuoteKind::Partial),
            "dash" => Some(QuoteKind::Dash),
            "unquoted" => Some(QuoteKind::Unquoted),
            _ => None,
        }
    }
}

/// A quotation with its speaker. `start..end` are character (Unicode scalar) offsets into
/// `part` (the lead or the body) covering exactly `text`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub part: TextPart,
    /// What `speaker` names: a person, an organisation, a description (`the company`), or
    /// nothing resolved.
    pub speaker_kind: SpeakerKind,
    /// How the speaker was found; the confidence follows from it.
    pub attribution: Attribution,
}

/// What a quote's speaker is. Only persons appear in the People view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// No speaker, or one that could not be told apart.
    #[default]
    Unresolved,
    Person,
    Organisation,
    /// A description the article never ties to a name: `a spokesman for the ministry`.
    Description,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Unresolved => "unresolved",
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Description => "description",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "unresolved" => Some(SpeakerKind::Unresolved),
            "person" => Some(SpeakerKind::Person),
            "organisation" => Some(SpeakerKind::Organisation),
            "description" => Some(SpeakerKind::Description),
            _ => None,
        }
    }
}

/// How a quote's speaker was found, from most to least certain.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Attribution {
    /// No speaker found.
    #[default]
    None,
    /// A speech verb next to the quote, in the same sentence (`"…," Smith said`).
    Cue,
    /// A name in apposition to a description (`John Smith, a spokesman, said`).
    Appositive,
    /// A pronoun or description resolved to a name mentioned earlier.
    Resolved,
    /// Carried over from the previous paragraph's speaker.
    Carried,
    /// Set by the user; overrides extraction.
    Corrected,
}

/// Low-confidence attributions are marked in the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Attribution {
    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::None => "none",
            Attribution::Cue => "cue",
            Attribution::Appositive => "appositive",
            Attribution::Resolved => "resolved",
            Attribution::Carried => "carried",
            Attribution::Corrected => "corrected",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "none" => Some(Attribution::None),
            "cue" => Some(Attribution::Cue),
            "appositive" => Some(Attribution::Appositive),
            "resolved" => Some(Attribution::Resolved),
            "carried" => Some(Attribution::Carried),
            "corrected" => Some(Attribution::Corrected),
            _ => None,
        }
    }

    pub fn confidence(self) -> Confidence {
        match self {
            Attribution::Cue | Attribution::Appositive | Attribution::Corrected => Confidence::High,
            Attribution::Resolved => Confidence::Medium,
            Attribution::Carried | Attribution::None => Confidence::Low,
        }
    }
}

/// The user's corrections of one article, kept apart from what extraction found so that
/// re-importing or re-extracting the same content keeps them (the archive keys them by the
/// article's content hash): quotes, and the article's fields (`edits.rs`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Corrections {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<QuoteCorrection>,
    /// The article's fields as the user edited them, with what extraction found; the
    /// article's fields already show them applied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldCorrection>,
}

impl Corrections {
    pub fn is_empty(&self) -> bool {
        self.quotes.is_empty() && self.fields.is_empty()
    }
}

/// A user's correction of one quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuoteCorrection {
    /// The quote as extraction found it: its `part`, `start` and `end` say which quote this
    /// is; the rest is what undoing the correction restores.
    pub quote: Quote,
    pub change: QuoteChange,
    /// When the user made it (ISO 8601, UTC).
    pub made_at: String,
}

/// What the user changed about a quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteChange {
    /// The speaker is this person or organisation (`"change": {"speaker": {"name": "Jo Lee",
    /// "kind": "person"}}`).
    Speaker { name: String, kind: SpeakerKind },
    /// The passage is no quote at all (`"change": "not-a-quote"`): it is left out of the
    /// article's quotes.
    #[default]
    NotAQuote,
}

/// A date the text mentions, resolved against the publication date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Event {
    /// ISO date (`2024-10-25`).
    pub date: String,
    /// The sentence the date comes from.
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub part: TextPart,
}

/// The characters `start..end` of `s` (clamped), as quotes and events locate their text.
pub fn char_slice(s: &str, start: usize, end: usize) -> &str {
    let from = byte_offset(s, start);
    let to = from + byte_offset(&s[from..], end.saturating_sub(start));
    &s[from..to]
}

impl Article {
    /// The lead or the body.
    pub fn part(&self, part: TextPart) -> &str {
        match part {
            TextPart::Lead => &self.lead,
            TextPart::Body => &self.body,
        }
    }
}

/// Replaces the characters that make equal-looking lines compare unequal
/// (non-breaking and other exotic spaces, zero-width marks) and trims the ends.
pub fn normalize_line(s: &str) -> String {
    // Plain ASCII text without tabs or control characters has nothing to replace.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b) || b == b'\n') {
        return s.trim().to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => {
                out.push(' ')
            }
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

/// Counts characters, for converting byte offsets into the character offsets quotes use.
pub fn char_offset(s: &str, byte_index: usize) -> usize {
    s[..byte_index].chars().count()
}

/// The byte index of character offset `char_index` in `s` (clamped to the end).
pub fn byte_offset(s: &str, char_index: usize) -> usize {
    s.char_indices().nth(char_index).map_or(s.len(), |(i, _)| i)
}

/// Character offsets to byte indexes in a long text without walking it from the start each
/// time: a checkpoint every `STEP` characters, so one look-up walks at most `STEP` of them.
/// Articles with thousands of quotes made per-quote `char_slice` calls quadratic.
pub struct CharIndex<'a> {
    text: &'a str,
    /// Byte index of characters 0, STEP, 2 * STEP, ... (`CharIndex::marks`).
    marks: std::borrow::Cow<'a, [usize]>,
}

impl<'a> CharIndex<'a> {
    const STEP: usize = 256;

    pub fn new(text: &'a str) -> Self {
        CharIndex {
            text,
            marks: Self::marks(text).into(),
        }
    }

    /// The checkpoints of `text`, to keep beside it and reuse with `with_marks`.
    pub fn marks(text: &str) -> Vec<usize> {
        text.char_indices()
            .step_by(Self::STEP)
            .map(|(i, _)| i)
            .collect()
    }

    /// An index from checkpoints `marks` made earlier of this same `text`.
    pub fn with_marks(text: &'a str, marks: &'a [usize]) -> Self {
        CharIndex {
            text,
            marks: marks.into(),
        }
    }

    /// The byte index of character `char_index` (clamped to the end).
    pub fn byte(&self, char_index: usize) -> usize {
        let Some(&mark) = self.marks.get(char_index / Self::STEP) else {
            return self.text.len();
        };
        mark + byte_offset(&self.text[mark..], char_index % Self::STEP)
    }

    /// The characters `start..end` (clamped), like `char_slice`.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let from = self.byte(start);
        let to = self.byte(end.max(start));
        &self.text[from..to]
    }
}

impl Article {
    /// SHA-256 (hex) of the normalized title, lead and body. Whitespace, case of spacing
    /// characters and line endings do not change it, so the same article saved twice, or
    /// exported and imported back, is recognised as one. An edited title counts as extraction
    /// found it (`extracted_title`).
    pub fn content_hash(&self) -> String {
        use sha2::{Digest as _, Sha256};
        // The words joined once and hashed in one call: two hasher updates a word cost more
        // than the copy (this runs for every imported article).
        let title = self.extracted_title();
        let mut canonical =
            String::with_capacity(title.len() + self.lead.len() + self.body.len() + 3);
        for part in [title, self.lead.as_str(), self.body.as_str()] {
            // Printable ASCII needs no normalising (normalize_line would only copy it).
            let normalized;
            let text: &str = if part
                .bytes()
                .all(|b| (0x20..0x7f).contains(&b) || b == b'\n')
            {
                part
            } else {
                normalized = normalize_line(part);
                &normalized
            };
            for word in text.split_whitespace() {
                canonical.push_str(word);
                canonical.push(' ');
            }
            canonical.push('\n');
        }
        let digest = Sha256::digest(canonical.as_bytes());
        const HEX: &[u8; 16] = b"0123456789abcdef";
        digest
            .iter()
            .flat_map(|b| {
                [
                    char::from(HEX[usize::from(b >> 4)]),
                    char::from(HEX[usize::from(b & 15)]),
                ]
            })
            .collect()
    }
}

/// Where an archived article came from, as the export format writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FileInfo {
    #[serde(deserialize_with = "null_as_empty")]
    pub path: String,
    #[serde(deserialize_with = "null_as_empty")]
    pub name: String,
    /// The content hash (`Article::content_hash`), which identifies the article.
    #[serde(deserialize_with = "null_as_empty")]
    pub sha256: String,
    #[serde(deserialize_with = "null_as_empty")]
    pub imported_at: String,
}

/// Reads `null` as an empty string, so hand-edited exports still import.
fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// A saved search in a Chronicle export (document level, beside `articles`): a query and its
/// period under a name (`from`/`to` as `YYYY-MM-DD`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSearchRecord {
    pub name: String,
    pub query: String,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

/// One article in a Chronicle export.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExportRecord {
    pub id: i64,
    #[serde(flatten)]
    pub article: Article,
    #[serde(default)]
    pub file: FileInfo,
}

/// The value of `format` in a Chronicle export.
pub const EXPORT_FORMAT: &str = "chronicle-export";
/// The export version this build writes; it reads every version from 1 up to it.
/// Version 2 added each quote's `speaker_kind` and `attribution` and the article's
/// `corrections`; a version-1 export reads as quotes of unresolved speakers found by no cue.
/// Version 3 added the user's field edits (`corrections.fields`), `tags`, `note`,
/// `highlights` and the document's `saved_searches`.
pub const EXPORT_VERSION: u32 = 3;
