//! The query worker's side of the user's own work (app/research.rs): field edits, tags,
//! notes, highlights and saved searches carried out on the worker's archive.

use super::Answer;
use crate::app::research::{ResearchAnswer, ResearchRequest};
use crate::archive::Archive;
use crate::model::SavedSearch;
use crate::query::Sort;

/// Runs a request on the worker's archive.
pub(super) fn answer(archive: &mut Archive, request: ResearchRequest) -> Answer {
    let done = run(archive, request);
    match done {
        Ok(event) => Answer::Research(event),
        Err(e) => Answer::Failed(format!("{e:#}")),
    }
}

fn run(
    archive: &mut Archive,
    request: ResearchRequest,
) -> Result<ResearchAnswer, crate::archive::ArchiveError> {
    let (message, open) = match request {
        ResearchRequest::EditField {
            article_id,
            field,
            value,
        } => {
            let message = match value {
                Some(value) => {
                    archive.edit_field(article_id, field, value, &crate::export::now())?;
                    format!("{} edited", capitalised(field.name()))
                }
                None => {
                    archive.revert_field(article_id, field)?;
                    format!("{} back to what was extracted", capitalised(field.name()))
                }
            };
            (message, Some(article_id))
        }
        ResearchRequest::Tag {
            article_ids,
            add,
            remove,
            open,
        } => {
            let n = archive.tag_articles(&article_ids, &add, &remove)?;
            let what = if add.is_empty() { "Untagged" } else { "Tagged" };
            let plural = if n == 1 { "" } else { "s" };
            (format!("{what} {n} article{plural}"), open)
        }
        ResearchRequest::RenameTag { from, to, open } => {
            let n = archive.rename_tag(&from, &to)?;
            (format!("Renamed {from:?} to {to:?} on {n} articles"), open)
        }
        ResearchRequest::DeleteTag { name, open } => {
            let n = archive.delete_tag(&name)?;
            (format!("Deleted the tag {name:?} from {n} articles"), open)
        }
        ResearchRequest::SaveNote { article_id, text } => {
            archive.set_note(article_id, &text, &crate::export::now())?;
            let what = if text.trim().is_empty() {
                "Note removed"
            } else {
                "Note saved"
            };
            (what.to_string(), Some(article_id))
        }
        ResearchRequest::AddHighlight {
            article_id,
            highlight,
        } => {
            archive.add_highlight(article_id, &highlight)?;
            ("Highlighted".to_string(), Some(article_id))
        }
        ResearchRequest::RemoveHighlight {
            article_id,
            part,
            start,
            end,
        } => {
            archive.remove_highlight(article_id, part, start, end)?;
            ("Highlight removed".to_string(), Some(article_id))
        }
        ResearchRequest::ListTags => {
            return Ok(ResearchAnswer {
                tags: Some(archive.tags()?),
                ..ResearchAnswer::default()
            });
        }
        ResearchRequest::SaveSearch { name, filter } => {
            archive.save_search(&name, &filter, &crate::export::now())?;
            return Ok(ResearchAnswer {
                message: format!("Saved the search {name:?}"),
                saved: Some(saved_with_counts(archive)?),
                ..ResearchAnswer::default()
            });
        }
        ResearchRequest::DeleteSaved(name) => {
            archive.delete_saved_search(&name)?;
            return Ok(ResearchAnswer {
                message: format!("Deleted the saved search {name:?}"),
                saved: Some(saved_with_counts(archive)?),
                ..ResearchAnswer::default()
            });
        }
        ResearchRequest::ListSaved => {
            return Ok(ResearchAnswer {
                saved: Some(saved_with_counts(archive)?),
                ..ResearchAnswer::default()
            });
        }
    };
    let record = match open {
        Some(id) => archive.article(id)?.map(Box::new),
        None => None,
    };
    Ok(ResearchAnswer {
        message,
        record,
        tags: Some(archive.tags()?),
        saved: None,
        changed: true,
    })
}

/// The saved searches, each with how many articles it finds in the archive as it is now.
fn saved_with_counts(
    archive: &Archive,
) -> Result<Vec<(SavedSearch, Option<usize>)>, crate::archive::ArchiveError> {
    Ok(archive
        .saved_searches()?
        .into_iter()
        .map(|s| {
            let count = archive
                .search(&s.filter, Sort::Newest, 0, 0)
                .ok()
                .map(|p| p.total);
            (s, count)
        })
        .collect())
}

fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
