//! `chronicle edit`, `tag`/`tags` and `note`: the user's field edits, tags and notes from
//! the terminal (the same as the window's details panel).

use super::{UsageError, open_archive, open_for_reading};
use anyhow::{Context as _, Result};
use chronicle::model::{EditableField, FieldValue};
use chronicle::terminal::clean_line;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// The fields `chronicle edit` sets: each `Some` is a new value (authors and sources: every
/// name given; an empty text clears a field).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FieldEdits {
    #[arg(long)]
    pub title: Option<String>,
    /// An author (repeat for several; replaces the authors).
    #[arg(long = "author", value_name = "NAME")]
    pub authors: Option<Vec<String>>,
    /// Publication date, optionally with a time (2024-10-27, 2024-10-27T09:30).
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    #[arg(long)]
    pub url: Option<String>,
    #[arg(long)]
    pub publisher: Option<String>,
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long)]
    pub language: Option<String>,
    /// A source (repeat for several; replaces the sources).
    #[arg(long = "source", value_name = "NAME")]
    pub sources: Option<Vec<String>>,
    /// Put a field back to what was extracted (title, category, authors, published,
    /// sources, publisher, url, language); repeatable.
    #[arg(long, value_name = "FIELD")]
    pub revert: Vec<String>,
}

impl FieldEdits {
    /// Each field to set with its checked value.
    fn values(&self) -> Result<Vec<(EditableField, FieldValue)>> {
        let mut out = Vec::new();
        let texts = [
            (EditableField::Title, &self.title),
            (EditableField::Published, &self.published),
            (EditableField::Url, &self.url),
            (EditableField::Publisher, &self.publisher),
            (EditableField::Category, &self.category),
            (EditableField::Language, &self.language),
        ];
        for (field, text) in texts {
            if let Some(text) = text {
                let value = field
                    .value_from_text(text)
                    .map_err(|e| UsageError(format!("--{}: {e}", field.name())))?;
                out.push((field, value));
            }
        }
        for (field, names) in [
            (EditableField::Authors, &self.authors),
            (EditableField::Sources, &self.sources),
        ] {
            if let Some(names) = names {
                let names: Vec<String> = names
                    .iter()
                    .map(|n| n.trim().to_string())
                    .filter(|n| !n.is_empty())
                    .collect();
                out.push((field, FieldValue::List(names)));
            }
        }
        Ok(out)
    }
}

/// `chronicle edit ID [--title …] [--author …]… [--revert FIELD]…`
pub fn edit(archive_path: &Path, article_id: i64, edits: &FieldEdits) -> Result<ExitCode> {
    let values = edits.values()?;
    let mut reverts = Vec::new();
    for name in &edits.revert {
        let field = EditableField::parse(name).ok_or_else(|| {
            let names: Vec<&str> = EditableField::ALL.iter().map(|f| f.name()).collect();
            UsageError(format!(
                "--revert: unknown field {name:?} (one of {})",
                names.join(", ")
            ))
        })?;
        reverts.push(field);
    }
    if values.is_empty() && reverts.is_empty() {
        return Err(UsageError(
            "give a field to change (--title, --author …) or --revert FIELD".into(),
        )
        .into());
    }
    let mut archive = open_archive(archive_path)?;
    if archive.article(article_id)?.is_none() {
        return Err(UsageError(format!("no article with id {article_id}")).into());
    }
    let now = chronicle::export::now();
    let mut out = std::io::stdout().lock();
    for (field, value) in values {
        archive
            .edit_field(article_id, field, value, &now)
            .with_context(|| format!("cannot edit the {}", field.name()))?;
        writeln!(out, "{}: edited", field.name())?;
    }
    for field in reverts {
        let reverted = archive.revert_field(article_id, field)?;
        let what = if reverted {
            "back to what was extracted"
        } else {
            "was not edited"
        };
        writeln!(out, "{}: {what}", field.name())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `chronicle tag ID... [--add NAME]... [--remove NAME]...`
pub fn tag(
    archive_path: &Path,
    article_ids: &[i64],
    add: &[String],
    remove: &[String],
) -> Result<ExitCode> {
    if add.is_empty() && remove.is_empty() {
        return Err(UsageError("give --add NAME or --remove NAME".into()).into());
    }
    let mut archive = open_archive(archive_path)?;
    let changed = archive
        .tag_articles(article_ids, add, remove)
        .map_err(|e| match e {
            chronicle::archive::ArchiveError::BadTag { .. } => UsageError(e.to_string()).into(),
            e => anyhow::Error::from(e),
        })?;
    writeln!(std::io::stdout(), "{changed} articles changed")?;
    Ok(ExitCode::SUCCESS)
}

/// `chronicle note ID TEXT` (an empty TEXT removes the note).
pub fn note(archive_path: &Path, article_id: i64, text: &str) -> Result<ExitCode> {
    let mut archive = open_archive(archive_path)?;
    let changed = archive
        .set_note(article_id, text, &chronicle::export::now())
        .map_err(|e| match e {
            chronicle::archive::ArchiveError::NoSuchArticle { .. }
            | chronicle::archive::ArchiveError::NoteTooLong { .. } => {
                UsageError(e.to_string()).into()
            }
            e => anyhow::Error::from(e),
        })?;
    let what = match (changed, text.trim().is_empty()) {
        (false, _) => "note unchanged",
        (true, true) => "note removed",
        (true, false) => "note saved",
    };
    writeln!(std::io::stdout(), "{what}")?;
    Ok(ExitCode::SUCCESS)
}

/// What `chronicle tags` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagsAction {
    List {
        json: bool,
    },
    /// Renames a tag (merging it into `to` when that tag exists).
    Rename {
        from: String,
        to: String,
    },
    Delete {
        name: String,
    },
}

/// `chronicle tags [--json] | --rename FROM TO | --delete NAME`
pub fn tags(archive_path: &Path, action: TagsAction) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match action {
        TagsAction::List { json } => {
            let archive = open_for_reading(archive_path)?;
            let tags = archive.tags()?;
            if json {
                serde_json::to_writer_pretty(&mut out, &tags)?;
                writeln!(out)?;
            } else {
                for t in tags {
                    writeln!(out, "{:>6}  {}", t.articles, clean_line(&t.name))?;
                }
            }
        }
        TagsAction::Rename { from, to } => {
            let n = open_archive(archive_path)?
                .rename_tag(&from, &to)
                .map_err(|e| UsageError(e.to_string()))?;
            writeln!(out, "{n} articles now tagged {}", clean_line(&to))?;
        }
        TagsAction::Delete { name } => {
            let n = open_archive(archive_path)?.delete_tag(&name)?;
            writeln!(out, "tag {} taken off {n} articles", clean_line(&name))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `show --json`: the export record, with what extraction found for each edited field under
/// `extracted`.
pub fn show_json(record: chronicle::model::ArticleRecord) -> Result<serde_json::Value> {
    let edits = record.article.corrections.fields.clone();
    let mut value = serde_json::to_value(chronicle::export::export_record(record))?;
    if let Some(object) = value.as_object_mut() {
        let extracted: serde_json::Map<String, serde_json::Value> = edits
            .iter()
            .map(|c| {
                Ok((
                    c.field.name().to_string(),
                    serde_json::to_value(&c.original)?,
                ))
            })
            .collect::<serde_json::Result<_>>()?;
        object.insert("extracted".into(), extracted.into());
    }
    Ok(value)
}
