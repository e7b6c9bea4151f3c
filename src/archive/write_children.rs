//! An article's child rows (authors, sources, images, quotes, events), written beside its
//! `articles` row; quotes also one at a time when a correction rewrites them (corrections.rs).
//! Apart from write.rs, which decides whether and how an article is stored at all.

use super::error::{Result, SqlContext as _};
use crate::model::{Article, CharIndex, TextPart};
use rusqlite::{Transaction, params};

/// Stores an article's authors, sources, images, quotes and events under its `id`.
pub(super) fn insert_children(tx: &Transaction<'_>, id: i64, a: &Article) -> Result<()> {
    let parts = Parts::new(a);
    // Authors and sources are the same kind of row: a name at a position.
    for (sql, names, preparing, inserting) in [
        (
            "INSERT INTO authors VALUES (?1, ?2, ?3)",
            &a.authors,
            "preparing authors",
            "inserting an author",
        ),
        (
            "INSERT INTO sources VALUES (?1, ?2, ?3)",
            &a.sources,
            "preparing sources",
            "inserting a source",
        ),
    ] {
        let mut stmt = tx.prepare_cached(sql).context(preparing)?;
        for (i, name) in names.iter().enumerate() {
            stmt.execute(params![id, i as i64, name])
                .context(inserting)?;
        }
    }
    let mut images = tx
        .prepare_cached("INSERT INTO images VALUES (?1, ?2, ?3, ?4)")
        .context("preparing images")?;
    for (i, image) in a.images.iter().enumerate() {
        images
            .execute(params![id, i as i64, image.caption, image.credit])
            .context("inserting an image")?;
    }
    for (i, q) in a.quotes.iter().enumerate() {
        let text = parts.stored_text(q.part, q.start, q.end, &q.text);
        insert_quote(tx, id, i as i64, q, text)?;
    }
    let mut events = tx
        .prepare_cached("INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .context("preparing events")?;
    for (i, e) in a.events.iter().enumerate() {
        events
            .execute(params![
                id,
                i as i64,
                e.date,
                parts.stored_text(e.part, e.start, e.end, &e.text),
                e.start as i64,
                e.end as i64,
                e.part.as_str()
            ])
            .context("inserting an event")?;
    }
    Ok(())
}

/// Stores one quote at `position`; `text` is '' when it is the stretch its offsets give.
/// A speaker without an attribution (an export older than version 2, hand-made JSON) is
/// taken as the old archives' quotes were (schema.rs, 6 → 7): found by a cue, a person
/// unless it starts with a small letter.
pub(super) fn insert_quote(
    conn: &rusqlite::Connection,
    article_id: i64,
    position: i64,
    q: &crate::model::Quote,
    text: &str,
) -> Result<()> {
    use crate::model::{Attribution, SpeakerKind};
    let (kind, attribution) = match (&q.speaker, q.attribution) {
        (Some(name), Attribution::None) => {
            let description = name.chars().next().is_some_and(char::is_lowercase);
            let kind = match q.speaker_kind {
                SpeakerKind::Unresolved if description => SpeakerKind::Description,
                SpeakerKind::Unresolved => SpeakerKind::Person,
                kind => kind,
            };
            (kind, Attribution::Cue)
        }
        (_, attribution) => (q.speaker_kind, attribution),
    };
    conn.prepare_cached(
        "INSERT INTO quotes (article_id, position, text, speaker, start_char, end_char, kind, part, speaker_kind, attribution)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )
    .and_then(|mut s| {
        s.execute(params![
            article_id,
            position,
            text,
            q.speaker,
            q.start as i64,
            q.end as i64,
            q.kind.as_str(),
            q.part.as_str(),
            kind.as_str(),
            attribution.as_str()
        ])
    })
    .context("inserting a quote")?;
    Ok(())
}

/// The lead and body indexed by character, for many quotes and events at linear cost.
pub(super) struct Parts<'a> {
    lead: CharIndex<'a>,
    body: CharIndex<'a>,
}

impl<'a> Parts<'a> {
    pub(super) fn new(a: &'a Article) -> Self {
        Parts {
            lead: CharIndex::new(&a.lead),
            body: CharIndex::new(&a.body),
        }
    }

    /// '' when `text` is exactly the stretch `start..end` of the article (read back from
    /// there), else the text itself (an export whose offsets do not match its text keeps its
    /// words).
    pub(super) fn stored_text<'t>(
        &self,
        part: TextPart,
        start: usize,
        end: usize,
        text: &'t str,
    ) -> &'t str {
        let index = match part {
            TextPart::Lead => &self.lead,
            TextPart::Body => &self.body,
        };
        if index.slice(start, end) == text {
            ""
        } else {
            text
        }
    }
}
