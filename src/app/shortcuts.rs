//! Every keyboard shortcut, in one table: the input handling (input.rs), the menus' shortcut
//! texts and the help screen read it, and a test checks the README's table against it.

use super::AppCommand;
use super::view::{Shown, ViewCommand};
use eframe::egui::{Key, Modifiers};

/// What a shortcut does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    FocusSearch,
    /// Moves the highlighted row by this many rows.
    Move(isize),
    OpenHighlighted,
    SelectAll,
    TogglePeople,
    ToggleTable,
    ImportFiles,
    Export,
    Delete,
    Undo,
    ClearPeriod,
    Help,
    Settings,
    Quit,
}

/// When a key counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Always, even while typing in a field.
    Always,
    /// Unless a field other than Search has the focus (moving through the list while typing).
    List,
    /// Only when no field has the focus (the key would edit the text otherwise).
    NotTyping,
}

/// One key with its modifiers.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub modifiers: Modifiers,
    pub key: Key,
    pub action: Action,
    pub scope: Scope,
}

/// A line of the help screen and of the README's table.
#[derive(Debug)]
pub struct Shortcut {
    /// The keys as people write them (`Ctrl+F`).
    pub keys: &'static str,
    pub what: &'static str,
    pub bindings: &'static [Binding],
}

const fn bind(modifiers: Modifiers, key: Key, action: Action, scope: Scope) -> Binding {
    Binding {
        modifiers,
        key,
        action,
        scope,
    }
}

const CTRL: Modifiers = Modifiers::COMMAND;
const NONE: Modifiers = Modifiers::NONE;

/// The table; the order is the help screen's and the README's.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        keys: "Ctrl+F",
        what: "go to the search field",
        bindings: &[bind(CTRL, Key::F, Action::FocusSearch, Scope::Always)],
    },
    Shortcut {
        keys: "Up / Down, Page Up / Page Down",
        what: "move through the results (also while typing)",
        bindings: &[
            bind(NONE, Key::ArrowDown, Action::Move(1), Scope::List),
            bind(NONE, Key::ArrowUp, Action::Move(-1), Scope::List),
            bind(NONE, Key::PageDown, Action::Move(10), Scope::List),
            bind(NONE, Key::PageUp, Action::Move(-10), Scope::List),
        ],
    },
    Shortcut {
        keys: "Enter",
        what: "open the highlighted article",
        bindings: &[bind(NONE, Key::Enter, Action::OpenHighlighted, Scope::List)],
    },
    Shortcut {
        keys: "Ctrl+A",
        what: "select all results (not only the visible ones)",
        bindings: &[bind(CTRL, Key::A, Action::SelectAll, Scope::NotTyping)],
    },
    Shortcut {
        keys: "Ctrl+P",
        what: "switch between articles and people",
        bindings: &[bind(CTRL, Key::P, Action::TogglePeople, Scope::Always)],
    },
    Shortcut {
        keys: "Ctrl+T",
        what: "show the results as a table or as cards",
        bindings: &[bind(CTRL, Key::T, Action::ToggleTable, Scope::Always)],
    },
    Shortcut {
        keys: "Ctrl+O",
        what: "import files",
        bindings: &[bind(CTRL, Key::O, Action::ImportFiles, Scope::Always)],
    },
    Shortcut {
        keys: "Ctrl+E",
        what: "export the selection or the results",
        bindings: &[bind(CTRL, Key::E, Action::Export, Scope::Always)],
    },
    Shortcut {
        keys: "Delete",
        what: "delete the selection (asks first; Enter confirms)",
        bindings: &[bind(NONE, Key::Delete, Action::Delete, Scope::NotTyping)],
    },
    Shortcut {
        keys: "Ctrl+Z",
        what: "undo the last deletion",
        bindings: &[bind(CTRL, Key::Z, Action::Undo, Scope::NotTyping)],
    },
    Shortcut {
        keys: "Esc",
        what: "clear the timeline period (or close Help, About, Settings)",
        bindings: &[bind(
            NONE,
            Key::Escape,
            Action::ClearPeriod,
            Scope::NotTyping,
        )],
    },
    Shortcut {
        keys: "F1, ?",
        what: "show the shortcuts and the search syntax",
        bindings: &[
            bind(NONE, Key::F1, Action::Help, Scope::Always),
            bind(NONE, Key::Questionmark, Action::Help, Scope::NotTyping),
        ],
    },
    Shortcut {
        keys: "Ctrl+,",
        what: "settings (theme, text size, default sort and view)",
        bindings: &[bind(CTRL, Key::Comma, Action::Settings, Scope::Always)],
    },
    Shortcut {
        keys: "Ctrl+Q",
        what: "quit",
        bindings: &[bind(CTRL, Key::Q, Action::Quit, Scope::Always)],
    },
];

/// The keys of the first shortcut doing `action`, for a menu entry (`F1`, not `F1, ?`).
pub fn keys_of(action: Action) -> &'static str {
    SHORTCUTS
        .iter()
        .find(|s| s.bindings.iter().any(|b| b.action == action))
        .map_or("", |s| s.keys.split(", ").next().unwrap_or(s.keys))
}

/// The command an action queues; `None` for the ones the window carries out itself (Quit,
/// and Esc, which depends on what is open).
pub fn command(action: Action) -> Option<AppCommand> {
    Some(match action {
        Action::FocusSearch => AppCommand::FocusSearch,
        Action::Move(rows) => AppCommand::MoveCursor(rows),
        Action::OpenHighlighted => AppCommand::OpenCursor,
        Action::SelectAll => AppCommand::SelectAll,
        Action::TogglePeople => AppCommand::TogglePeople,
        Action::ToggleTable => AppCommand::View(ViewCommand::ToggleTable),
        Action::ImportFiles => AppCommand::PickImportFiles,
        Action::Export => AppCommand::Export,
        Action::Delete => AppCommand::AskDelete,
        Action::Undo => AppCommand::Undo,
        Action::Help => AppCommand::View(ViewCommand::Show(Some(Shown::Help))),
        Action::Settings => AppCommand::View(ViewCommand::Show(Some(Shown::Settings))),
        Action::ClearPeriod | Action::Quit => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_and_menus_find_their_keys() {
        let all: Vec<&Binding> = SHORTCUTS.iter().flat_map(|s| s.bindings).collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!(
                    !(a.key == b.key && a.modifiers == b.modifiers),
                    "{:?} is bound twice",
                    a.key
                );
            }
        }
        assert_eq!(keys_of(Action::Help), "F1");
        assert_eq!(keys_of(Action::Export), "Ctrl+E");
    }
}
