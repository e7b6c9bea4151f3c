//! People (speakers and authors) and the events articles mention.
//!
//! Spelling variants of one name across the archive (`Zelensky`, `Zelenskyy`, `Zelenskiy`)
//! share a key (`name_key`) and are listed as one person under their most frequent spelling.

use super::Archive;
use super::error::{Result, SqlContext as _};
use crate::model::{CharIndex, SpeakerKind, TextPart};
use crate::model::{EventHit, Person, PersonQuote};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The key that spelling variants of a name share: lower case, Latin letters without
/// accents, doubled letters collapsed, a final `iy`/`ij` read as `y`.
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        let mut previous = None;
        let mut folded = String::new();
        for c in crate::query::text::fold(word)
            .chars()
            .filter(|c| c.is_alphanumeric())
        {
            if previous != Some(c) {
                folded.push(c);
            }
            previous = Some(c);
        }
        let folded = folded
            .strip_suffix("iy")
            .or_else(|| folded.strip_suffix("ij"))
            .map(|w| format!("{w}y"))
            .unwrap_or(folded);
        key.push_str(&folded);
    }
    key
}

impl Archive {
    /// Every person quoted or writing, merged by `name_key`, most quoted first. `contains`
    /// keeps only names containing it (case-insensitive); empty keeps all. Speakers that are
    /// organisations, descriptions or unresolved are no people.
    pub fn people(&self, contains: &str) -> Result<Vec<Person>> {
        self.speakers(SpeakerKind::Person, contains)
    }

    /// Every organisation quoted, merged and ordered like `people`.
    pub fn organisations(&self, contains: &str) -> Result<Vec<Person>> {
        self.speakers(SpeakerKind::Organisation, contains)
    }

    /// The speakers of one kind (with the authors, for persons).
    fn speakers(&self, kind: SpeakerKind, contains: &str) -> Result<Vec<Person>> {
        let mut by_key: HashMap<String, (Person, HashMap<String, u64>)> = HashMap::new();
        let mut add = |name: String, quotes: u64, quoted_in: u64, authored: u64| {
            let entry = by_key.entry(name_key(&name)).or_default();
            entry.0.quotes += quotes;
            entry.0.quoted_in += quoted_in;
            entry.0.authored += authored;
            *entry.1.entry(name).or_default() += quotes + authored;
        };
        {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT speaker, count(*), count(DISTINCT article_id) FROM quotes WHERE speaker_kind = ?1 AND speaker IS NOT NULL GROUP BY speaker")
                .context("preparing the people list")?;
            let rows = stmt
                .query_map([kind.as_str()], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                })
                .context("listing speakers")?;
            for row in rows {
                let (name, quotes, articles) = row.context("reading a speaker")?;
                add(name, quotes as u64, articles as u64, 0);
            }
        }
        if kind == SpeakerKind::Person {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT name, count(DISTINCT article_id) FROM authors GROUP BY name",
                )
                .context("preparing authors")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
                .context("listing authors")?;
            for row in rows {
                let (name, articles) = row.context("reading an author")?;
                add(name, 0, 0, articles as u64);
            }
        }
        let needle = contains.trim().to_lowercase();
        let mut people: Vec<Person> = by_key
            .into_values()
            .map(|(mut person, spellings)| {
                let mut variants: Vec<(String, u64)> = spellings.into_iter().collect();
                variants.sort_by(|a, b| {
                    b.1.cmp(&a.1)
                        .then(b.0.len().cmp(&a.0.len()))
                        .then(a.0.cmp(&b.0))
                });
                person.variants = variants.into_iter().map(|(v, _)| v).collect();
                person.name = person.variants.first().cloned().unwrap_or_default();
                person
            })
            .filter(|p| {
                needle.is_empty()
                    || p.variants
                        .iter()
                        .any(|v| v.to_lowercase().contains(&needle))
            })
            .collect();
        people.sort_by(|a, b| {
            (b.quotes + b.authored)
                .cmp(&(a.quotes + a.authored))
                .then(a.name.cmp(&b.name))
        });
        Ok(people)
    }

    /// Every quote by the speaker of kind `kind` named `name` (any spelling variant), oldest
    /// first.
    pub fn quotes_by(&self, name: &str, kind: SpeakerKind) -> Result<Vec<PersonQuote>> {
        let key = name_key(name);
        let mut by_key = self.quotes_by_key(kind, Some(&key))?;
        Ok(by_key.remove(&key).unwrap_or_default())
    }

    /// Every quote by a speaker of kind `kind`, oldest first, grouped by the speaker's
    /// `name_key`: one pass over the quotes for all of them (a pass per person made
    /// `people --quotes` quadratic).
    pub fn quotes_by_speaker(
        &self,
        kind: SpeakerKind,
    ) -> Result<HashMap<String, Vec<PersonQuote>>> {
        self.quotes_by_key(kind, None)
    }

    /// The quotes whose speaker has key `only` (all when `None`), grouped by key. Speakers
    /// are matched by key here, in Rust; text stored as '' is cut from its article, read
    /// once per article.
    fn quotes_by_key(
        &self,
        kind: SpeakerKind,
        only: Option<&str>,
    ) -> Result<HashMap<String, Vec<PersonQuote>>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT q.article_id, a.title, a.published, q.speaker, q.text, q.part, q.start_char, q.end_char
                 FROM quotes q JOIN articles a ON a.id = q.article_id
                 WHERE q.speaker_kind = ?1 AND q.speaker IS NOT NULL
                 ORDER BY a.published IS NULL, a.published, q.article_id, q.position",
            )
            .context("preparing quotes by speaker")?;
        let rows = stmt
            .query_map([kind.as_str()], |r| {
                let quote = PersonQuote {
                    article_id: r.get(0)?,
                    title: r.get(1)?,
                    published: r.get(2)?,
                    speaker: r.get(3)?,
                    text: r.get(4)?,
                };
                let part = TextPart::parse(&r.get::<_, String>(5)?).unwrap_or_default();
                let range = (r.get::<_, i64>(6)?, r.get::<_, i64>(7)?);
                Ok((quote, part, range))
            })
            .context("listing quotes")?;
        let mut out: HashMap<String, Vec<PersonQuote>> = HashMap::new();
        let mut keys: HashMap<String, String> = HashMap::new();
        let mut texts = ArticleTexts::default();
        for row in rows {
            let (mut quote, part, (start, end)) = row.context("reading a quote")?;
            let key = keys
                .entry(quote.speaker.clone())
                .or_insert_with(|| name_key(&quote.speaker));
            if only.is_some_and(|only| only != key) {
                continue;
            }
            if quote.text.is_empty() {
                let (start, end) = (start.max(0) as usize, end.max(0) as usize);
                quote.text = texts
                    .part(self, quote.article_id, part)?
                    .slice(start, end)
                    .to_string();
            }
            out.entry(key.clone()).or_default().push(quote);
        }
        Ok(out)
    }

    /// Events whose day falls in `from..=to` (full dates only), in date order.
    pub fn events_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<EventHit>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                &format!(
                    "SELECT e.article_id, a.title, e.day, {}, e.start_char, e.end_char, e.part FROM events e JOIN articles a ON a.id = e.article_id
                     WHERE length(e.day) = 10 AND e.day >= ?1 AND e.day <= ?2 ORDER BY e.day, e.article_id, e.position",
                    stored_text("e")
                ),
            )
            .context("preparing events")?;
        let rows = stmt
            .query_map([from.to_string(), to.to_string()], |r| {
                Ok(EventHit {
                    article_id: r.get(0)?,
                    title: r.get(1)?,
                    date: r.get(2)?,
                    text: r.get(3)?,
                    start: r.get::<_, i64>(4)? as usize,
                    end: r.get::<_, i64>(5)? as usize,
                    part: TextPart::parse(&r.get::<_, String>(6)?).unwrap_or_default(),
                })
            })
            .context("listing events")?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .context("reading events")
    }

    /// How many events fall on each day (full dates only), for the events timeline.
    pub fn event_day_counts(&self) -> Result<Vec<(NaiveDate, u32)>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT day, count(*) FROM events WHERE length(day) = 10 GROUP BY day ORDER BY day",
            )
            .context("preparing event counts")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))
            .context("counting events")?;
        let mut out = Vec::new();
        for row in rows {
            let (day, n) = row.context("reading event counts")?;
            if let Ok(date) = NaiveDate::parse_from_str(&day, "%Y-%m-%d") {
                out.push((date, n));
            }
        }
        Ok(out)
    }
}

/// The lead and body of the article last asked for: quotes come grouped by article, so each
/// article's body is read, inflated and indexed once.
#[derive(Default)]
struct ArticleTexts {
    id: Option<i64>,
    lead: String,
    body: String,
    lead_marks: Vec<usize>,
    body_marks: Vec<usize>,
}

impl ArticleTexts {
    fn part(
        &mut self,
        archive: &Archive,
        article_id: i64,
        part: TextPart,
    ) -> Result<CharIndex<'_>> {
        if self.id != Some(article_id) {
            let (lead, body): (String, String) = archive
                .conn
                .prepare_cached(
                    "SELECT lead, chronicle_inflate(body_zlib) FROM articles WHERE id = ?1",
                )
                .and_then(|mut s| s.query_row([article_id], |r| Ok((r.get(0)?, r.get(1)?))))
                .context("reading a quote's article")?;
            *self = ArticleTexts {
                id: Some(article_id),
                lead_marks: CharIndex::marks(&lead),
                body_marks: CharIndex::marks(&body),
                lead,
                body,
            };
        }
        Ok(match part {
            TextPart::Lead => CharIndex::with_marks(&self.lead, &self.lead_marks),
            TextPart::Body => CharIndex::with_marks(&self.body, &self.body_marks),
        })
    }
}

/// The SQL for the text of the quote or event aliased `t` (joined with its article as `a`):
/// stored as '' when it is the stretch `start_char..end_char` of the lead or body.
fn stored_text(t: &str) -> String {
    format!(
        "CASE WHEN {t}.text <> '' THEN {t}.text
              ELSE substr(CASE {t}.part WHEN 'lead' THEN a.lead ELSE chronicle_inflate(a.body_zlib) END, {t}.start_char + 1, {t}.end_char - {t}.start_char) END"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(
            name_key("Volodymyr Zelensky"),
            name_key("Volodymyr Zelenskyy")
        );
        assert_eq!(name_key("Zelenskiy"), name_key("Zelensky"));
        assert_eq!(name_key("Wałęsa"), name_key("Walesa"));
        assert_ne!(name_key("Anna Nowak"), name_key("Anna Novak"));
    }
}
