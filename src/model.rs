//! The article record shared by every layer: what `extract` produces, what `archive` stores
//! and what `export` writes. Plain data, no behaviour beyond small helpers.

use export::null_as_empty;
use serde::{Deserialize, Serialize};

mod answers;
mod edits;
mod export;
mod format;
mod text;
pub use answers::{
    ArticleRecord, DayCounts, EventHit, Hit, MigrationProgress, Person, PersonQuote, QuoteAt,
    SavedSearch, SearchPage, Stats, TagCount,
};
pub use edits::{EditError, EditableField, FieldCorrection, FieldValue, Highlight};
pub use export::{EXPORT_FORMAT, EXPORT_VERSION, ExportRecord, FileInfo, SavedSearchRecord};
pub use format::ArticleFormat;
pub use text::{CharIndex, byte_offset, char_offset, char_slice, normalize_line};

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
    /// Which reader produced the record.
    pub format: ArticleFormat,
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

impl Article {
    /// The lead or the body.
    pub fn part(&self, part: TextPart) -> &str {
        match part {
            TextPart::Lead => &self.lead,
            TextPart::Body => &self.body,
        }
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
