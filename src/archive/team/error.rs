//! What can go wrong talking to a team archive, each with its own exit code (README, "Team
//! archive"), so scripts can tell an unreachable server from a refused password.

use crate::archive::ArchiveError;

/// Exit code: the team archive cannot be reached (refused, no such host, timeout, TLS).
pub const EXIT_UNREACHABLE: u8 = 3;
/// Exit code: the server refused the login (wrong password, no such user).
pub const EXIT_LOGIN: u8 = 4;
/// Exit code: the role may not do this (a reader pushing).
pub const EXIT_PERMISSION: u8 = 5;
/// Exit code: the server holds no Chronicle schema, or one of another version.
pub const EXIT_SCHEMA: u8 = 6;

/// A team archive error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TeamError {
    #[error(
        "no team archive given: use --team postgres://USER@HOST/DATABASE or set CHRONICLE_TEAM"
    )]
    NoAddress,
    #[error("invalid team archive address: {0}")]
    BadAddress(String),
    #[error(
        "the team archive address holds a password; put it in PGPASSWORD or ~/.pgpass instead (Chronicle never stores passwords)"
    )]
    PasswordInAddress,
    #[error("cannot reach the team archive at {target}: {reason}")]
    Unreachable { target: String, reason: String },
    #[error(
        "the team archive at {target} refused the login of {user}: wrong password or no such user (the password comes from PGPASSWORD or ~/.pgpass)"
    )]
    Login { target: String, user: String },
    #[error(
        "{user} may only pull from the team archive (a reader); {pending} not pushed, nothing was written there"
    )]
    ReaderCannotPush { user: String, pending: String },
    #[error(
        "{target} holds no team archive; its administrator runs `chronicle team init` on it first"
    )]
    NotInitialised { target: String },
    #[error(
        "the team archive has schema version {found}, newer than this build knows ({supported}); update Chronicle"
    )]
    NewerSchema { found: i64, supported: i64 },
    #[error(
        "the team archive has schema version {found}; its administrator runs `chronicle team init` to bring it to version {supported}"
    )]
    OlderSchema { found: i64, supported: i64 },
    #[error("the query cannot be searched: {0}")]
    Query(String),
    #[error("the team archive holds no article {0}")]
    NoSuchArticle(String),
    #[error("the team archive failed while {context}: {reason}")]
    Server {
        context: &'static str,
        reason: String,
    },
    #[error(transparent)]
    Archive(#[from] ArchiveError),
}

impl TeamError {
    /// The process exit code for this error (1 for the ones without their own).
    pub fn exit_code(&self) -> u8 {
        match self {
            TeamError::NoAddress
            | TeamError::BadAddress(_)
            | TeamError::PasswordInAddress
            | TeamError::Query(_) => 2,
            TeamError::Unreachable { .. } => EXIT_UNREACHABLE,
            TeamError::Login { .. } => EXIT_LOGIN,
            TeamError::ReaderCannotPush { .. } => EXIT_PERMISSION,
            TeamError::NotInitialised { .. }
            | TeamError::NewerSchema { .. }
            | TeamError::OlderSchema { .. } => EXIT_SCHEMA,
            TeamError::Server { .. } | TeamError::NoSuchArticle(_) | TeamError::Archive(_) => 1,
        }
    }
}

/// Result alias for team operations.
pub type Result<T, E = TeamError> = std::result::Result<T, E>;

/// The server's own words for an error: its message for one it raised, else the deepest
/// cause (`Connection refused (os error 111)`).
pub(crate) fn reason(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return db.message().to_string();
    }
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    let text = cause.to_string();
    if text.is_empty() { e.to_string() } else { text }
}

/// Tags a server error with what Chronicle was doing.
pub(crate) trait ServerContext<T> {
    fn context(self, context: &'static str) -> Result<T>;
}

impl<T> ServerContext<T> for std::result::Result<T, postgres::Error> {
    fn context(self, context: &'static str) -> Result<T> {
        self.map_err(|e| TeamError::Server {
            context,
            reason: reason(&e),
        })
    }
}
