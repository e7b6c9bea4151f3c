//! The team archive's schema on the server: versioned SQL files (`src/team/sql/`) applied in
//! order by `chronicle team init`, which also creates the two roles. A sync checks the version
//! and refuses a server newer or older than this build.

use super::error::{Result, ServerContext as _, TeamError};

/// The files of `sql/`, oldest first: `MIGRATIONS[n]` brings the server to version `n + 1`.
const MIGRATIONS: &[&str] = &[include_str!("sql/001_init.sql")];

/// The server schema version this build reads and writes.
pub const TEAM_VERSION: i64 = MIGRATIONS.len() as i64;

/// Serialises the writers of one team archive (`pg_advisory_xact_lock`): change numbers are
/// then committed in order, so a pull never skips one still being written.
pub(super) const WRITE_LOCK: i64 = 0x4348_524E_5445_414D;

/// The two roles `team init` creates for a database: members read and push, readers only pull.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roles {
    pub member: String,
    pub reader: String,
}

impl Roles {
    /// `<database>_member` and `<database>_reader`.
    pub fn for_database(db: &str) -> Self {
        Roles {
            member: format!("{db}_member"),
            reader: format!("{db}_reader"),
        }
    }
}

/// What `team init` did.
#[derive(Debug, Clone)]
pub struct InitReport {
    pub from_version: i64,
    pub version: i64,
    pub team_id: String,
    pub roles: Roles,
}

/// Creates or upgrades the schema and the roles, in one transaction (run by the database's
/// owner or a superuser).
pub fn init(client: &mut postgres::Client) -> Result<InitReport> {
    let mut tx = client.transaction().context("starting the set-up")?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
        .context("locking the team archive")?;
    let from_version = version(&mut tx)?.unwrap_or(0);
    if from_version > TEAM_VERSION {
        return Err(TeamError::NewerSchema {
            found: from_version,
            supported: TEAM_VERSION,
        });
    }
    for (step, sql) in MIGRATIONS.iter().enumerate().skip(from_version as usize) {
        tx.batch_execute(sql).context("creating the schema")?;
        tx.execute(
            "INSERT INTO chronicle_meta VALUES ('schema_version', $1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&(step as i64 + 1).to_string()],
        )
        .context("recording the schema version")?;
    }
    tx.execute(
        "INSERT INTO chronicle_meta VALUES ('team_id', gen_random_uuid()::text) ON CONFLICT (key) DO NOTHING",
        &[],
    )
    .context("naming the team")?;
    let db: String = tx
        .query_one("SELECT current_database()", &[])
        .context("reading the database name")?
        .get(0);
    let roles = Roles::for_database(&db);
    create_roles(&mut tx, &roles)?;
    let team_id = team_id(&mut tx)?;
    tx.commit().context("committing the set-up")?;
    Ok(InitReport {
        from_version,
        version: TEAM_VERSION,
        team_id,
        roles,
    })
}

/// The group roles (no login) and what each may do; users are added to them with
/// `GRANT <role> TO <user>` or `CREATE ROLE … IN ROLE <role>`.
fn create_roles(tx: &mut postgres::Transaction<'_>, roles: &Roles) -> Result<()> {
    let member = quote_ident(&roles.member);
    let reader = quote_ident(&roles.reader);
    for role in [&roles.member, &roles.reader] {
        let exists = tx
            .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[role])
            .context("looking for the roles")?
            .is_some();
        if !exists {
            tx.batch_execute(&format!("CREATE ROLE {} NOLOGIN", quote_ident(role)))
                .context("creating the roles")?;
        }
    }
    let grants = format!(
        "REVOKE ALL ON chronicle_meta, articles, records, records_history FROM PUBLIC;
         GRANT USAGE ON SCHEMA public TO {member}, {reader};
         GRANT SELECT ON chronicle_meta, articles, records, records_history TO {member}, {reader};
         GRANT INSERT, UPDATE, DELETE ON articles, records TO {member};
         GRANT INSERT ON records_history TO {member};
         GRANT USAGE ON SEQUENCE change_seq TO {member};"
    );
    tx.batch_execute(&grants).context("granting the roles")
}

/// `"name"` with inner quotes doubled: a role name as SQL.
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The schema version on the server, `None` when it has none.
fn version(client: &mut impl postgres::GenericClient) -> Result<Option<i64>> {
    let has_meta = client
        .query_one("SELECT to_regclass('chronicle_meta') IS NOT NULL", &[])
        .context("reading the schema version")?
        .get::<_, bool>(0);
    if !has_meta {
        return Ok(None);
    }
    let row = client
        .query_opt(
            "SELECT value FROM chronicle_meta WHERE key = 'schema_version'",
            &[],
        )
        .context("reading the schema version")?;
    Ok(row.and_then(|r| r.get::<_, String>(0).parse().ok()))
}

fn team_id(client: &mut impl postgres::GenericClient) -> Result<String> {
    let row = client
        .query_one(
            "SELECT value FROM chronicle_meta WHERE key = 'team_id'",
            &[],
        )
        .context("reading the team id")?;
    Ok(row.get(0))
}

/// Checks that the server holds this build's schema and returns the team's id.
pub fn check(client: &mut postgres::Client, target: &str) -> Result<String> {
    match version(client)? {
        None => Err(TeamError::NotInitialised {
            target: target.to_string(),
        }),
        Some(found) if found > TEAM_VERSION => Err(TeamError::NewerSchema {
            found,
            supported: TEAM_VERSION,
        }),
        Some(found) if found < TEAM_VERSION => Err(TeamError::OlderSchema {
            found,
            supported: TEAM_VERSION,
        }),
        Some(_) => team_id(client),
    }
}
