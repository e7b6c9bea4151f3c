//! A team archive's address: a libpq connection string (`postgres://USER@HOST:PORT/DB?sslmode=…`
//! or `host=… dbname=…`), the password from `PGPASSWORD` or the password file, and TLS as
//! `sslmode` asks. Passwords never come from the address, so none is ever stored with it.

use super::error::{Result, TeamError};
use postgres::config::{Host, SslMode};
use std::path::PathBuf;
use std::time::Duration;

/// How much TLS `sslmode` asks for (libpq's meanings; `prefer` by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tls {
    Disable,
    /// `allow` and `prefer`: encrypted when the server offers it, certificate not checked.
    Prefer,
    /// Encrypted, certificate not checked.
    Require,
    /// Encrypted, certificate signed by a trusted authority.
    VerifyCa,
    /// Encrypted, trusted certificate for this host name.
    VerifyFull,
}

/// A parsed team address.
#[derive(Clone)]
pub struct TeamAddress {
    config: postgres::Config,
    tls: Tls,
    /// The address as given (it holds no password): shown and remembered in the archive.
    text: String,
}

impl std::fmt::Debug for TeamAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl TeamAddress {
    /// Parses a connection string; refuses one holding a password.
    pub fn parse(text: &str) -> Result<Self> {
        let text = text.trim();
        if text.is_empty() {
            return Err(TeamError::NoAddress);
        }
        let (rest, mode) = take_sslmode(text);
        let mode = mode.or_else(|| std::env::var("PGSSLMODE").ok());
        let tls = match mode.as_deref().unwrap_or("prefer") {
            "disable" => Tls::Disable,
            "allow" | "prefer" => Tls::Prefer,
            "require" => Tls::Require,
            "verify-ca" => Tls::VerifyCa,
            "verify-full" => Tls::VerifyFull,
            other => {
                return Err(TeamError::BadAddress(format!(
                    "sslmode={other} (use disable, allow, prefer, require, verify-ca or verify-full)"
                )));
            }
        };
        let mut config: postgres::Config = rest
            .parse()
            .map_err(|e: postgres::Error| TeamError::BadAddress(e.to_string()))?;
        if config.get_password().is_some() {
            return Err(TeamError::PasswordInAddress);
        }
        fill_defaults(&mut config);
        config.ssl_mode(match tls {
            Tls::Disable => SslMode::Disable,
            Tls::Prefer => SslMode::Prefer,
            _ => SslMode::Require,
        });
        config.application_name("chronicle");
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        Ok(TeamAddress {
            config,
            tls,
            text: text.to_string(),
        })
    }

    /// The address as given.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The user Chronicle logs in as.
    pub fn user(&self) -> &str {
        self.config.get_user().unwrap_or("")
    }

    /// `HOST:PORT/DATABASE`, for messages.
    pub fn target(&self) -> String {
        let host = match self.config.get_hosts().first() {
            Some(Host::Tcp(name)) => name.clone(),
            #[cfg(unix)]
            Some(Host::Unix(path)) => path.display().to_string(),
            None => "localhost".into(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        let db = self.config.get_dbname().unwrap_or(self.user());
        format!("{host}:{port}/{db}")
    }

    /// Connects, with the password from `PGPASSWORD` or the password file.
    pub fn connect(&self) -> Result<postgres::Client> {
        let mut config = self.config.clone();
        if let Some(password) = self.password() {
            config.password(password);
        }
        let connected = if self.tls == Tls::Disable {
            config.connect(postgres::NoTls)
        } else {
            config.connect(self.tls_connector()?)
        };
        connected.map_err(|e| self.connect_error(&e))
    }

    fn tls_connector(&self) -> Result<postgres_native_tls::MakeTlsConnector> {
        let mut builder = native_tls::TlsConnector::builder();
        // libpq checks nothing below verify-ca, and no host name below verify-full.
        builder.danger_accept_invalid_certs(matches!(self.tls, Tls::Prefer | Tls::Require));
        builder.danger_accept_invalid_hostnames(self.tls != Tls::VerifyFull);
        let connector = builder.build().map_err(|e| TeamError::Unreachable {
            target: self.target(),
            reason: format!("cannot set up TLS: {e}"),
        })?;
        Ok(postgres_native_tls::MakeTlsConnector::new(connector))
    }

    fn connect_error(&self, e: &postgres::Error) -> TeamError {
        let code = e.code().map(postgres::error::SqlState::code);
        match code {
            // invalid_password, invalid_authorization_specification
            Some("28P01" | "28000") => TeamError::Login {
                target: self.target(),
                user: self.user().to_string(),
            },
            _ => TeamError::Unreachable {
                target: self.target(),
                reason: super::error::reason(e),
            },
        }
    }

    /// `PGPASSWORD`, else the matching line of the password file (`PGPASSFILE` or
    /// `~/.pgpass`; ignored, as by libpq, when others may read it).
    fn password(&self) -> Option<String> {
        if let Ok(password) = std::env::var("PGPASSWORD") {
            return Some(password);
        }
        let file = std::env::var_os("PGPASSFILE")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pgpass")))?;
        if !private(&file) {
            return None;
        }
        let text = std::fs::read_to_string(file).ok()?;
        let host = match self.config.get_hosts().first() {
            Some(Host::Tcp(name)) => name.clone(),
            _ => "localhost".into(),
        };
        let port = self
            .config
            .get_ports()
            .first()
            .copied()
            .unwrap_or(5432)
            .to_string();
        let db = self.config.get_dbname().unwrap_or(self.user());
        pgpass_lookup(&text, [&host, &port, db, self.user()])
    }
}

/// Whether only its owner may read the file.
fn private(path: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 == 0)
    }
    #[cfg(not(unix))]
    {
        path.exists()
    }
}

/// The password of the first line of a password file matching host, port, database and user
/// (`*` matches anything; `\:` and `\\` are a colon and a backslash).
fn pgpass_lookup(text: &str, wanted: [&str; 4]) -> Option<String> {
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_pgpass(line);
        if fields.len() < 5 {
            continue;
        }
        if fields[..4]
            .iter()
            .zip(wanted)
            .all(|(field, want)| field == "*" || field == want)
        {
            return Some(fields[4..].join(":"));
        }
    }
    None
}

fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(field)) = (chars.next(), fields.last_mut()) {
                    field.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => {
                if let Some(field) = fields.last_mut() {
                    field.push(c);
                }
            }
        }
    }
    fields
}

/// libpq's defaults the client crate lacks: `PGHOST`, `PGPORT`, `PGUSER` (else the login
/// name), `PGDATABASE`.
fn fill_defaults(config: &mut postgres::Config) {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if config.get_hosts().is_empty() {
        config.host(&env("PGHOST").unwrap_or_else(|| "localhost".into()));
    }
    if config.get_ports().is_empty() {
        if let Some(port) = env("PGPORT").and_then(|p| p.parse().ok()) {
            config.port(port);
        }
    }
    if config.get_user().is_none() {
        if let Some(user) = env("PGUSER")
            .or_else(|| env("USER"))
            .or_else(|| env("LOGNAME"))
        {
            config.user(&user);
        }
    }
    if config.get_dbname().is_none() {
        if let Some(db) = env("PGDATABASE") {
            config.dbname(&db);
        }
    }
}

/// Splits `sslmode` off a connection string, which the client crate reads only partly.
fn take_sslmode(text: &str) -> (String, Option<String>) {
    let is_url = text.starts_with("postgres://") || text.starts_with("postgresql://");
    if is_url {
        let Some((base, query)) = text.split_once('?') else {
            return (text.to_string(), None);
        };
        let mut mode = None;
        let kept: Vec<&str> = query
            .split('&')
            .filter(|pair| match pair.strip_prefix("sslmode=") {
                Some(value) => {
                    mode = Some(value.to_string());
                    false
                }
                None => true,
            })
            .collect();
        let rest = if kept.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        return (rest, mode);
    }
    let mut mode = None;
    let kept: Vec<&str> = text
        .split_whitespace()
        .filter(|pair| match pair.strip_prefix("sslmode=") {
            Some(value) => {
                mode = Some(value.trim_matches('\'').to_string());
                false
            }
            None => true,
        })
        .collect();
    (kept.join(" "), mode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_is_taken_from_urls_and_key_value_strings() {
        let (rest, mode) =
            take_sslmode("postgres://a@h:5/db?sslmode=verify-full&connect_timeout=3");
        assert_eq!(rest, "postgres://a@h:5/db?connect_timeout=3");
        assert_eq!(mode.as_deref(), Some("verify-full"));
        let (rest, mode) = take_sslmode("host=h sslmode=require dbname=d");
        assert_eq!(rest, "host=h dbname=d");
        assert_eq!(mode.as_deref(), Some("require"));
        assert_eq!(take_sslmode("postgres://h/db").1, None);
    }

    #[test]
    fn an_address_with_a_password_or_a_bad_sslmode_is_refused() {
        assert!(matches!(
            TeamAddress::parse("postgres://ann:secret@localhost/team"),
            Err(TeamError::PasswordInAddress)
        ));
        assert!(matches!(
            TeamAddress::parse("postgres://ann@localhost/team?sslmode=sometimes"),
            Err(TeamError::BadAddress(_))
        ));
        let a =
            TeamAddress::parse("postgres://ann@db.example:6543/team?sslmode=verify-ca").unwrap();
        assert_eq!(a.target(), "db.example:6543/team");
        assert_eq!(a.user(), "ann");
        assert_eq!(a.tls, Tls::VerifyCa);
    }

    #[test]
    fn the_password_file_matches_fields_wildcards_and_escapes() {
        let file =
            "# comment\nother:5432:team:ann:no\ndb\\:1:*:team:ann:pa\\:ss:word\n*:*:*:*:any\n";
        assert_eq!(
            pgpass_lookup(file, ["db:1", "5432", "team", "ann"]).as_deref(),
            Some("pa:ss:word")
        );
        assert_eq!(
            pgpass_lookup(file, ["x", "1", "y", "z"]).as_deref(),
            Some("any")
        );
        assert_eq!(pgpass_lookup("h:1:d:u\n", ["h", "1", "d", "u"]), None);
    }
}
