//! A throwaway PostgreSQL cluster for the team archive tests, started once per test run in
//! a temporary folder on a free local port (as the `postgres` user when running as root),
//! and stopped by a watchdog when the test process ends. Without PostgreSQL's binaries the
//! tests skip with a printed reason, except in CI (`CI` set), where they must run.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// The superuser's password in the throwaway cluster.
pub const ADMIN_PASSWORD: &str = "admin-secret";
/// The password of every user the tests create.
pub const USER_PASSWORD: &str = "user-secret";

pub struct Cluster {
    pub port: u16,
    /// Holds the data, the log and the server's socket (local connections need no password).
    pub dir: PathBuf,
}

static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
static NEXT_DB: AtomicU32 = AtomicU32::new(1);

/// The cluster, or `None` (with the reason printed) where PostgreSQL is not installed.
pub fn cluster() -> Option<&'static Cluster> {
    CLUSTER.get_or_init(start).as_ref()
}

fn bin_dir() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|b| b.join("initdb").exists() && b.join("pg_ctl").exists())
        .collect();
    dirs.sort();
    dirs.pop()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs a PostgreSQL program, as `postgres` when we are root (the server refuses root).
fn pg(bin: &Path, program: &str, args: &[&str]) -> std::process::Output {
    let path = bin.join(program);
    let mut cmd = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&path);
        c
    } else {
        Command::new(&path)
    };
    cmd.args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn start() -> Option<Cluster> {
    let Some(bin) = bin_dir() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the team archive tests: PostgreSQL is not installed (.ci/run installs it)"
        );
        eprintln!(
            "skipping the team archive tests: PostgreSQL is not installed (apt-get install postgresql)"
        );
        return None;
    };
    let dir = tempfile::Builder::new()
        .prefix("chronicle-pg-")
        .tempdir()
        .expect("temp dir")
        .keep();
    let data = dir.join("data");
    let pwfile = dir.join("pw");
    std::fs::write(&pwfile, ADMIN_PASSWORD).expect("password file");
    if is_root() {
        let status = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(&dir)
            .status()
            .expect("chown");
        assert!(status.success(), "chown the cluster folder to postgres");
    }
    let s = |p: &Path| p.to_str().expect("utf-8 path").to_string();
    let out = pg(
        &bin,
        "initdb",
        &[
            "-D",
            &s(&data),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            &format!("--pwfile={}", s(&pwfile)),
            "--no-sync",
        ],
    );
    assert!(
        out.status.success(),
        "initdb: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let port = free_port();
    let options = format!(
        "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50",
        s(&dir)
    );
    let out = pg(
        &bin,
        "pg_ctl",
        &[
            "-D",
            &s(&data),
            "-o",
            &options,
            "-l",
            &s(&dir.join("log")),
            "-w",
            "start",
        ],
    );
    assert!(
        out.status.success(),
        "pg_ctl start: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Nothing drops a static: a watchdog stops the cluster when this process ends.
    let stop = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {runner}{ctl} -D {data} -m immediate stop >/dev/null 2>&1; rm -rf {dir}",
        pid = std::process::id(),
        runner = if is_root() {
            "runuser -u postgres -- "
        } else {
            ""
        },
        ctl = s(&bin.join("pg_ctl")),
        data = s(&data),
        dir = s(&dir),
    );
    // Left running on purpose: it outlives this function and ends after the tests.
    #[allow(clippy::zombie_processes)]
    let _watchdog = Command::new("sh")
        .args(["-c", &stop])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("watchdog");
    Some(Cluster { port, dir })
}

impl Cluster {
    /// A connection string for `user` on `db` (no password: it goes in PGPASSWORD).
    pub fn url(&self, user: &str, db: &str) -> String {
        format!(
            "postgres://{user}@127.0.0.1:{}/{db}?sslmode=disable",
            self.port
        )
    }

    /// A superuser connection to `db`.
    pub fn admin(&self, db: &str) -> postgres::Client {
        postgres::Config::new()
            .host("127.0.0.1")
            .port(self.port)
            .user("postgres")
            .password(ADMIN_PASSWORD)
            .dbname(db)
            .connect(postgres::NoTls)
            .expect("connect as the superuser")
    }

    /// A new empty database, and its name.
    pub fn new_database(&self) -> String {
        let name = format!("team{}", NEXT_DB.fetch_add(1, Ordering::Relaxed));
        self.admin("postgres")
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create database");
        name
    }

    /// A login user with `USER_PASSWORD`, member of `role`.
    pub fn add_user(&self, user: &str, role: &str) {
        self.admin("postgres")
            .batch_execute(&format!(
                "CREATE ROLE {user} LOGIN PASSWORD '{USER_PASSWORD}' IN ROLE {role}"
            ))
            .expect("create user");
    }
}
