//! The user's own work on articles in the window: field edits (edit_fields.rs), tags
//! (tags.rs), notes (notes.rs), highlights (highlights.rs) and saved searches
//! (saved_searches.rs). What the panels ask for goes to the query worker as one request type and comes
//! back as one event type, so the shared files only carry a hook each.

use super::{ChronicleApp, LeftView};
use crate::model::{EditableField, FieldValue, Highlight, TextPart};
use crate::model::{SavedSearch, TagCount};
use crate::query::Filter;

/// What the edit and tag panels ask for (an `AppCommand::Research`).
#[derive(Debug, Clone, PartialEq)]
pub enum ResearchCommand {
    /// Sets a field of the open article; `None` puts it back to what was extracted.
    EditField {
        field: EditableField,
        value: Option<FieldValue>,
    },
    /// Adds and removes tags on these articles.
    Tag {
        article_ids: Vec<i64>,
        add: Vec<String>,
        remove: Vec<String>,
    },
    RenameTag {
        from: String,
        to: String,
    },
    DeleteTag(String),
    /// Lists the articles carrying this tag (`tag:"name"`).
    FilterByTag(String),
    /// Saves the open article's note (empty: removes it).
    SaveNote(String),
    /// Highlights a passage of the open article.
    AddHighlight {
        part: TextPart,
        start: usize,
        end: usize,
        comment: Option<String>,
    },
    RemoveHighlight {
        part: TextPart,
        start: usize,
        end: usize,
    },
    SaveSearch {
        name: String,
        filter: Filter,
    },
    /// Runs a saved search: its query and period become the current ones.
    RunSaved(Filter),
    DeleteSaved(String),
}

/// What the worker is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum ResearchRequest {
    EditField {
        article_id: i64,
        field: EditableField,
        value: Option<FieldValue>,
    },
    Tag {
        article_ids: Vec<i64>,
        add: Vec<String>,
        remove: Vec<String>,
        /// The article to read again (the open one).
        open: Option<i64>,
    },
    RenameTag {
        from: String,
        to: String,
        open: Option<i64>,
    },
    DeleteTag {
        name: String,
        open: Option<i64>,
    },
    ListTags,
    SaveNote {
        article_id: i64,
        text: String,
    },
    AddHighlight {
        article_id: i64,
        highlight: Highlight,
    },
    RemoveHighlight {
        article_id: i64,
        part: TextPart,
        start: usize,
        end: usize,
    },
    SaveSearch {
        name: String,
        filter: Filter,
    },
    DeleteSaved(String),
    ListSaved,
}

/// What the worker answers: a status line, the open article read again, the tag list.
#[derive(Debug, Default)]
pub struct ResearchAnswer {
    pub message: String,
    pub record: Option<Box<crate::model::ArticleRecord>>,
    pub tags: Option<Vec<TagCount>>,
    /// Saved searches with how many articles each finds now.
    pub saved: Option<Vec<(SavedSearch, Option<usize>)>>,
    /// Articles changed: the list and counts are read again.
    pub changed: bool,
}

impl ChronicleApp {
    /// Carries out a command of the edit and tag panels.
    pub(super) fn apply_research(&mut self, command: ResearchCommand) {
        let open = self.view.open_id;
        let request = match command {
            ResearchCommand::EditField { field, value } => {
                let Some(article_id) = open else {
                    return;
                };
                ResearchRequest::EditField {
                    article_id,
                    field,
                    value,
                }
            }
            ResearchCommand::Tag {
                article_ids,
                add,
                remove,
            } => ResearchRequest::Tag {
                article_ids,
                add,
                remove,
                open,
            },
            ResearchCommand::RenameTag { from, to } => {
                ResearchRequest::RenameTag { from, to, open }
            }
            ResearchCommand::DeleteTag(name) => ResearchRequest::DeleteTag { name, open },
            ResearchCommand::SaveNote(text) => {
                let Some(article_id) = open else {
                    return;
                };
                ResearchRequest::SaveNote { article_id, text }
            }
            ResearchCommand::AddHighlight {
                part,
                start,
                end,
                comment,
            } => {
                let Some(article_id) = open else {
                    return;
                };
                ResearchRequest::AddHighlight {
                    article_id,
                    highlight: Highlight {
                        part,
                        start,
                        end,
                        comment,
                        made_at: crate::export::now(),
                        text: String::new(),
                    },
                }
            }
            ResearchCommand::RemoveHighlight { part, start, end } => {
                let Some(article_id) = open else {
                    return;
                };
                ResearchRequest::RemoveHighlight {
                    article_id,
                    part,
                    start,
                    end,
                }
            }
            ResearchCommand::SaveSearch { name, filter } => {
                ResearchRequest::SaveSearch { name, filter }
            }
            ResearchCommand::DeleteSaved(name) => ResearchRequest::DeleteSaved(name),
            ResearchCommand::RunSaved(filter) => {
                self.settings.query = filter.query;
                self.view.range = filter.from.zip(filter.to);
                self.view.left = LeftView::Articles;
                self.refresh_query();
                return;
            }
            ResearchCommand::FilterByTag(name) => {
                self.settings.query = crate::query::field_value(crate::query::Field::Tag, &name);
                self.view.left = LeftView::Articles;
                self.refresh_query();
                return;
            }
        };
        self.view.status = "Saving…".into();
        self.request(super::worker::Request::Research(request));
    }

    /// Asks for the tag list (the Tags tab opened).
    pub(super) fn refresh_tags(&mut self) {
        self.request(super::worker::Request::Research(ResearchRequest::ListTags));
    }

    /// Asks for the saved searches (the Saved tab opened).
    pub(super) fn refresh_saved(&mut self) {
        self.request(super::worker::Request::Research(ResearchRequest::ListSaved));
    }

    /// The search and period shown now, as a saved search keeps them.
    pub(super) fn current_filter(&self) -> Filter {
        self.filter()
    }

    /// Takes the worker's answer.
    pub(super) fn research_event(&mut self, event: ResearchAnswer) {
        if let Some(tags) = event.tags {
            self.view.tags.tags = Some(tags);
        }
        if let Some(saved) = event.saved {
            self.view.saved.searches = Some(saved);
        }
        if let Some(record) = event.record
            && self.view.open_id == Some(record.id)
        {
            self.view.article = Some(record);
        }
        if !event.message.is_empty() {
            self.view.status = event.message;
        }
        if event.changed {
            self.archive_changed();
        }
    }
}
