//! What a panel, a shortcut or a test wants done: the window's one command type, applied
//! once per frame by `apply.rs`.

use super::LeftView;
use super::people::PeopleSort;
use super::timeline::TimelineMode;
use crate::model::{Person, QuoteAt};
use crate::model::{QuoteChange, TextPart};
use crate::query::Sort;
use chrono::NaiveDate;
use eframe::egui::Modifiers;
use std::path::PathBuf;

/// Something a panel, a shortcut or a test wants done.
#[derive(Debug, Clone, PartialEq)]
pub enum AppCommand {
    /// The Search text changed.
    QueryEdited,
    /// Replaces the search text (clicking an author or a speaker).
    SetQuery(String),
    SetSort(Sort),
    /// Limits the list to a publication period (both days included); `None` clears it.
    SetRange(Option<(NaiveDate, NaiveDate)>),
    /// The list needs the page holding this row.
    FetchRow(usize),
    /// A click on a result row, with the keyboard modifiers held.
    ClickRow {
        row: usize,
        article_id: i64,
        modifiers: Modifiers,
    },
    /// Moves the keyboard cursor by this many rows.
    MoveCursor(isize),
    /// Opens the row under the cursor (Enter).
    OpenCursor,
    SelectAll,
    /// Closes the article in the reader.
    CloseArticle,
    /// Scrolls the reader to a quote and marks it.
    FocusQuote(usize),
    FocusSearch,
    ImportPaths(Vec<PathBuf>),
    LoadSamples,
    CancelImport,
    PickImportFiles,
    PickImportFolder,
    /// Export the selection (or all results) through a save dialog.
    Export,
    /// Export the selection (or all results) to this file, without a dialog.
    ExportTo(PathBuf),
    /// Export the selection (or all results) as CSL-JSON through a save dialog.
    ExportCitations,
    /// Export the selection (or all results) as CSL-JSON to this file, without a dialog.
    ExportCitationsTo(PathBuf),
    AskDelete,
    ConfirmDelete,
    CancelDelete,
    Undo,
    ShowFailures(bool),
    DismissSummary,
    /// Shows Articles, People or the Event list in the left panel.
    ShowLeft(LeftView),
    /// Switches the left panel between Articles and People (Ctrl+P).
    TogglePeople,
    /// The "Find person" text changed.
    PeopleFilterEdited,
    SetPeopleSort(PeopleSort),
    /// Filters the articles to this person and lists their quotes; `None` forgets the choice.
    ChoosePerson(Option<Person>),
    /// Lists organisations instead of people in the People view (or people again).
    ShowOrganisations(bool),
    /// Corrects a quote of the open article; `None` undoes its correction.
    CorrectQuote {
        at: QuoteAt,
        change: Option<QuoteChange>,
    },
    /// Looks up persons of the archive whose name holds this text, for the correction editor.
    SuggestSpeakers(String),
    /// Opens an article in the reader scrolled to the quote with this text.
    OpenQuote {
        article_id: i64,
        text: String,
    },
    /// What the timeline counts: publications or the events articles mention.
    SetTimelineMode(TimelineMode),
    /// Picks a period on the Events timeline (both days included); `None` clears it.
    SetEventRange(Option<(NaiveDate, NaiveDate)>),
    /// Opens an article in the reader scrolled to a sentence, which is highlighted.
    OpenEvent {
        article_id: i64,
        part: TextPart,
        start: usize,
        end: usize,
    },
    /// Something was put on the clipboard (a citation, a quote with its citation).
    Copied(&'static str),
    /// Opens an address in the browser or a file's folder in the file manager (a click on
    /// *Open original* or *Show file*).
    Launch(super::Launch),
    /// How the window looks: cards or table, columns, theme, text size, Help/About/Settings.
    View(super::view::ViewCommand),
    /// Opens (or creates) this archive in the window.
    OpenArchive(PathBuf),
    /// *File → New archive…* or *Open archive…*: a file dialog, then `OpenArchive`.
    PickArchive(super::archives::ArchiveDialog),
    /// Field edits and tags (research.rs).
    Research(super::research::ResearchCommand),
    /// Opens an article in the reader (the Team scope's *Open*).
    OpenArticle(i64),
}
