//! The team archive on PostgreSQL (issue 20): two desktops and one team archive in a real,
//! throwaway PostgreSQL cluster (tests/pg.rs), driven through the `chronicle` binary.

use crate::pg::{self, ADMIN_PASSWORD, Cluster, USER_PASSWORD};
use crate::util::{Run, TestDir, fixture, s};
use chronicle::archive::Archive;
use chronicle::model::{Highlight, TextPart};
use std::collections::BTreeSet;
use std::process::Command;

/// One team database with `team init` run on it.
pub(crate) struct Team {
    pub(crate) cluster: &'static Cluster,
    pub(crate) db: String,
}

/// A new team archive, or `None` where PostgreSQL is not installed (outside CI).
pub(crate) fn team() -> Option<Team> {
    let cluster = pg::cluster()?;
    let db = cluster.new_database();
    let team = Team { cluster, db };
    let run = chronicle_env(
        &TestDir::new(),
        &["team", "init", &team.url("postgres")],
        ADMIN_PASSWORD,
        &[],
    );
    assert_eq!(run.code(), 0, "team init: {}", run.stderr());
    assert!(
        run.stdout().contains(&format!("{}_reader", team.db)),
        "{}",
        run.stdout()
    );
    Some(team)
}

impl Team {
    pub(crate) fn url(&self, user: &str) -> String {
        self.cluster.url(user, &self.db)
    }

    /// A login user in the member (`reader` false) or reader role; returns its name.
    pub(crate) fn user(&self, name: &str, reader: bool) -> String {
        let user = format!("{name}_{}", self.db);
        let role = format!("{}_{}", self.db, if reader { "reader" } else { "member" });
        self.cluster.add_user(&user, &role);
        user
    }

    /// Rows of a table on the server.
    pub(crate) fn count(&self, table: &str) -> i64 {
        self.cluster
            .admin(&self.db)
            .query_one(&format!("SELECT count(*) FROM {table}"), &[])
            .expect("count")
            .get(0)
    }
}

/// Runs `chronicle --archive <dir's archive> args` with `password` in PGPASSWORD and no other
/// source of a team address or password.
pub(crate) fn chronicle_env(
    dir: &TestDir,
    args: &[&str],
    password: &str,
    env: &[(&str, &str)],
) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_chronicle"));
    cmd.arg("--archive")
        .arg(dir.archive())
        .args(args)
        .env_remove("CHRONICLE_ARCHIVE")
        .env_remove("CHRONICLE_TEAM")
        .env_remove("PGSSLMODE")
        .env("PGPASSWORD", password)
        .env("PGPASSFILE", dir.path().join("no-pgpass"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    Run(cmd.output().expect("run chronicle"))
}

/// `chronicle sync --team URL` as `user`; panics unless it succeeded.
pub(crate) fn sync(dir: &TestDir, team: &Team, user: &str) -> String {
    let run = chronicle_env(
        dir,
        &["sync", "--team", &team.url(user)],
        USER_PASSWORD,
        &[],
    );
    assert_eq!(run.code(), 0, "sync failed: {}", run.stderr());
    run.stdout()
}

pub(crate) fn import(dir: &TestDir, files: &[&str]) {
    let paths: Vec<String> = files
        .iter()
        .map(|f| s(&fixture(&format!("text/{f}"))).to_string())
        .collect();
    let mut args = vec!["import"];
    args.extend(paths.iter().map(String::as_str));
    dir.ok(&args);
}

/// The content hashes of a desktop's articles.
pub(crate) fn hashes(dir: &TestDir) -> BTreeSet<String> {
    let archive = Archive::open_read_only(&dir.archive()).expect("open");
    archive
        .all_ids()
        .expect("ids")
        .into_iter()
        .map(|id| {
            archive
                .article(id)
                .expect("read")
                .expect("article")
                .file
                .sha256
        })
        .collect()
}

/// The id of the article whose title starts with `title`.
pub(crate) fn id_of(dir: &TestDir, title: &str) -> i64 {
    let archive = Archive::open_read_only(&dir.archive()).expect("open");
    archive
        .all_ids()
        .expect("ids")
        .into_iter()
        .find(|&id| {
            archive
                .article(id)
                .expect("read")
                .is_some_and(|r| r.article.title.starts_with(title))
        })
        .unwrap_or_else(|| panic!("no article titled {title}"))
}

pub(crate) fn assert_intact(dir: &TestDir) {
    let archive = Archive::open(&dir.archive()).expect("open");
    assert_eq!(archive.check_integrity().expect("check"), Ok(()));
}

const SHARED: &str = "iso-dates-wind-farm.txt";

#[test]
fn two_desktops_end_with_the_same_union_and_the_shared_file_once() {
    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(
        &a,
        &[
            "byline-first-harbour-bridge.txt",
            "german-getty-caption.txt",
            SHARED,
        ],
    );
    import(&b, &["polish-powodz.txt", SHARED]);

    let out = sync(&a, &team, &alice);
    assert!(out.contains("pushed 3 articles"), "{out}");
    let out = sync(&b, &team, &bob);
    // Bob's copy of the shared file is the team's already: pulled as known, not sent again.
    assert!(out.contains("pulled 2 articles"), "{out}");
    assert!(out.contains("pushed 1 articles"), "{out}");
    let out = sync(&a, &team, &alice);
    assert!(out.contains("pulled 1 articles"), "{out}");

    assert_eq!(team.count("articles"), 4, "the shared file is one article");
    assert_eq!(hashes(&a).len(), 4);
    assert_eq!(hashes(&a), hashes(&b), "both desktops hold the union");
    assert_intact(&a);
    assert_intact(&b);
    // Nothing left: a sync now moves nothing, and search finds pulled articles locally.
    let out = sync(&b, &team, &bob);
    assert!(
        out.contains("pulled 0 articles and 0 changes, pushed 0 articles and 0 changes"),
        "{out}"
    );
    let found = a.ok(&["search", "Odrze"]);
    assert!(found.contains("Woda na Odrze opada"), "{found}");
    // The team's own full-text search finds it on the server.
    let run = chronicle_env(
        &b,
        &["team", "search", "Odrze", "--team", &team.url(&bob)],
        USER_PASSWORD,
        &[],
    );
    assert!(
        run.stdout().contains("Woda na Odrze opada"),
        "{}{}",
        run.stdout(),
        run.stderr()
    );
}

#[test]
fn a_correction_its_undo_and_a_deletion_reach_the_other_desktop() {
    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(
        &a,
        &[
            "daily-wrap-north-korean-troops.txt",
            "no-metadata-beekeeping.txt",
        ],
    );
    sync(&a, &team, &alice);
    sync(&b, &team, &bob);
    assert_eq!(hashes(&b).len(), 2);

    let troops = id_of(&a, "North Korean troops").to_string();
    a.ok(&[
        "quote",
        "correct",
        "--article",
        &troops,
        "--quote",
        "1",
        "--speaker",
        "Jane Example",
    ]);
    let bees = id_of(&a, "Beekeepers");
    Archive::open(&a.archive())
        .expect("open")
        .delete(&[bees])
        .expect("delete");
    let out = sync(&a, &team, &alice);
    assert!(out.contains("pushed 0 articles and 2 changes"), "{out}");
    assert_eq!(team.count("articles"), 1, "the deletion reached the server");

    let out = sync(&b, &team, &bob);
    assert!(out.contains("pulled 0 articles and 2 changes"), "{out}");
    assert_eq!(
        hashes(&b),
        hashes(&a),
        "the deleted article is gone on the other desktop"
    );
    let b_troops = id_of(&b, "North Korean troops").to_string();
    let quotes = b.json(&["quote", "list", "--article", &b_troops, "--json"]);
    assert_eq!(quotes[0]["speaker"], "Jane Example", "{quotes}");
    assert_eq!(quotes[0]["attribution"], "corrected", "{quotes}");

    // The undo travels too: Bob's quote goes back to what extraction found.
    a.ok(&[
        "quote",
        "correct",
        "--article",
        &troops,
        "--quote",
        "1",
        "--undo",
    ]);
    sync(&a, &team, &alice);
    sync(&b, &team, &bob);
    let quotes = b.json(&["quote", "list", "--article", &b_troops, "--json"]);
    assert_ne!(quotes[0]["speaker"], "Jane Example", "{quotes}");
    assert_ne!(quotes[0]["attribution"], "corrected", "{quotes}");
    assert_intact(&b);
    // The correction the undo replaced stays visible in the server's history.
    assert!(team.count("records_history") >= 1);
}

#[test]
fn a_reader_pulls_but_cannot_push_and_nothing_is_half_written() {
    let Some(team) = team() else { return };
    let (alice, reader) = (team.user("alice", false), team.user("rita", true));
    let (a, r) = (TestDir::new(), TestDir::new());
    import(&a, &[SHARED]);
    sync(&a, &team, &alice);
    import(&r, &["polish-powodz.txt", "dump-polish-tramwaje.txt"]);

    let run = chronicle_env(
        &r,
        &["sync", "--team", &team.url(&reader)],
        USER_PASSWORD,
        &[],
    );
    assert_eq!(run.code(), 5, "a reader's push exits 5: {}", run.stderr());
    assert_eq!(
        run.stderr().lines().count(),
        1,
        "one line: {}",
        run.stderr()
    );
    assert!(run.stderr().contains("may only pull"), "{}", run.stderr());
    assert!(run.stderr().contains("2 articles"), "{}", run.stderr());
    assert_eq!(team.count("articles"), 1, "nothing was pushed");

    let run = chronicle_env(
        &r,
        &["sync", "--pull-only", "--team", &team.url(&reader)],
        USER_PASSWORD,
        &[],
    );
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert_eq!(hashes(&r).len(), 3, "the reader pulled the team's article");
    let status = chronicle_env(&r, &["team", "status"], USER_PASSWORD, &[]).stdout();
    assert!(status.contains("To push: 2 articles"), "{status}");
    assert!(status.contains("may only pull"), "{status}");
    assert!(!status.contains("Last successful sync: never"), "{status}");
}

#[test]
fn bad_logins_unreachable_servers_and_wrong_schemas_give_one_line_and_their_exit_code() {
    let Some(team) = team() else { return };
    let alice = team.user("alice", false);
    let a = TestDir::new();
    import(&a, &[SHARED]);
    let one_line = |run: &Run, code: i32, words: &str| {
        assert_eq!(run.code(), code, "{}", run.stderr());
        assert_eq!(
            run.stderr().lines().count(),
            1,
            "one line: {}",
            run.stderr()
        );
        assert!(run.stderr().contains(words), "{}", run.stderr());
    };
    let url = team.url(&alice);
    one_line(
        &chronicle_env(&a, &["sync", "--team", &url], "wrong", &[]),
        4,
        "refused the login",
    );
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let port = closed.local_addr().expect("addr").port();
    drop(closed);
    let nowhere = format!(
        "postgres://{alice}@127.0.0.1:{port}/{}?sslmode=disable",
        team.db
    );
    one_line(
        &chronicle_env(&a, &["sync", "--team", &nowhere], USER_PASSWORD, &[]),
        3,
        "cannot reach",
    );
    // sslmode is honoured: this server offers no TLS, so `require` cannot connect.
    let tls = url.replace("sslmode=disable", "sslmode=require");
    one_line(
        &chronicle_env(&a, &["sync", "--team", &tls], USER_PASSWORD, &[]),
        3,
        "TLS",
    );
    let with_password = format!("postgres://{alice}:x@127.0.0.1:{port}/{}", team.db);
    one_line(
        &chronicle_env(&a, &["sync", "--team", &with_password], USER_PASSWORD, &[]),
        2,
        "PGPASSWORD",
    );
    one_line(
        &chronicle_env(&a, &["sync"], USER_PASSWORD, &[]),
        2,
        "CHRONICLE_TEAM",
    );

    // A database without the schema, and a team archive from a newer Chronicle.
    let empty = team.cluster.new_database();
    let bare = team.cluster.url("postgres", &empty);
    one_line(
        &chronicle_env(&a, &["sync", "--team", &bare], ADMIN_PASSWORD, &[]),
        6,
        "team init",
    );
    team.cluster
        .admin(&team.db)
        .batch_execute("UPDATE chronicle_meta SET value = '99' WHERE key = 'schema_version'")
        .expect("bump");
    one_line(
        &chronicle_env(&a, &["sync", "--team", &url], USER_PASSWORD, &[]),
        6,
        "newer",
    );
    assert_eq!(team.count("articles"), 0);
    // CHRONICLE_TEAM is read when --team is not given.
    let run = chronicle_env(&a, &["sync"], USER_PASSWORD, &[("CHRONICLE_TEAM", &url)]);
    assert_eq!(run.code(), 6, "{}", run.stderr());
}

const ALL: [&str; 10] = [
    "byline-first-harbour-bridge.txt",
    "daily-wrap-north-korean-troops.txt",
    "dump-english-harbour-ferry.txt",
    "dump-polish-tramwaje.txt",
    "german-getty-caption.txt",
    "hard-wrapped-crlf-cycle-lanes.txt",
    "iso-dates-wind-farm.txt",
    "no-metadata-beekeeping.txt",
    "polish-powodz.txt",
    "single-newline-village-library.txt",
];

#[test]
fn a_sync_killed_between_batches_and_run_again_ends_exact() {
    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(&a, &ALL);
    let killed = |dir: &TestDir, user: &str| {
        let env = [
            ("CHRONICLE_SYNC_BATCH", "2"),
            ("CHRONICLE_SYNC_ABORT_AFTER", "3"),
        ];
        let run = chronicle_env(
            dir,
            &["sync", "--team", &team.url(user)],
            USER_PASSWORD,
            &env,
        );
        assert_ne!(run.code(), 0, "the sync was cut short");
    };
    // Killed after three batches of two during the push: exactly six on the server.
    killed(&a, &alice);
    assert_eq!(team.count("articles"), 6);
    let out = sync(&a, &team, &alice);
    assert!(out.contains("pushed 4 articles"), "{out}");
    assert_eq!(team.count("articles"), 10);

    // Killed after three batches of the pull, then again: exactly the team's ten, once each.
    killed(&b, &bob);
    assert_eq!(hashes(&b).len(), 6);
    let out = sync(&b, &team, &bob);
    assert!(out.contains("pulled 4 articles"), "{out}");
    assert_eq!(hashes(&b), hashes(&a));
    assert_intact(&a);
    assert_intact(&b);
    assert_eq!(team.count("articles"), 10);
}

#[test]
fn a_sync_killed_by_a_signal_during_the_push_recovers() {
    let Some(team) = team() else { return };
    let alice = team.user("alice", false);
    let a = TestDir::new();
    import(&a, &ALL);
    let mut child = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .arg("--archive")
        .arg(a.archive())
        .args(["sync", "--team", &team.url(&alice)])
        .env("PGPASSWORD", USER_PASSWORD)
        .env("CHRONICLE_SYNC_BATCH", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    let started = std::time::Instant::now();
    while team.count("articles") < 3 && started.elapsed().as_secs() < 30 {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let _ = child.kill();
    let _ = child.wait();
    sync(&a, &team, &alice);
    assert_eq!(team.count("articles"), 10);
    assert_intact(&a);
    let out = sync(&a, &team, &alice);
    assert!(out.contains("pushed 0 articles"), "{out}");
}

/// The window: *File → Team archive…*, an address, *Sync now*; the pulled articles arrive
/// and the status bar says when the last sync succeeded.
#[cfg(feature = "gui")]
#[test]
fn the_window_syncs_from_the_team_archive_dialog_and_shows_the_last_sync() {
    use chronicle::app::{ChronicleApp, Settings};
    use eframe::egui;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(&a, &[SHARED, "polish-powodz.txt"]);
    sync(&a, &team, &alice);
    import(&b, &["no-metadata-beekeeping.txt"]);

    let app = ChronicleApp::new(&b.archive(), Settings::default());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ChronicleApp| app.ui(ui), app);
    h.run_steps(3);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Team archive…").click();
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("Last successful sync: never")
            .is_some()
    );
    // Over the server's socket, where the throwaway cluster trusts local users.
    let address = format!(
        "host={} port={} user={bob} dbname={} sslmode=disable",
        team.cluster.dir.display(),
        team.cluster.port,
        team.db
    );
    h.get_by_label("Team archive address").click();
    h.run_steps(1);
    h.get_by_label("Team archive address").type_text(&address);
    h.run_steps(1);
    h.get_by_label("Sync now").click();
    let start = std::time::Instant::now();
    while h.query_by_label_contains("Pulled 2 articles").is_none() {
        assert!(start.elapsed().as_secs() < 30, "the sync did not finish");
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run_steps(2);
    assert!(h.query_by_label_contains("pushed 1 articles").is_some());
    assert!(
        h.query_by_label_contains("Team: last sync").is_some(),
        "status bar indicator"
    );
    assert!(
        h.query_by_label_contains("Last successful sync: never")
            .is_none()
    );
    assert_eq!(hashes(&b).len(), 3);
    assert_eq!(team.count("articles"), 3);
}

#[test]
fn field_edits_tags_notes_and_highlights_reach_the_other_desktop_and_a_tag_removal_comes_back() {
    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(
        &a,
        &["byline-first-harbour-bridge.txt", "polish-powodz.txt"],
    );
    sync(&a, &team, &alice);
    sync(&b, &team, &bob);

    let bridge = id_of(&a, "Harbour bridge").to_string();
    a.ok(&["edit", &bridge, "--title", "Zanzibar crossing shut"]);
    a.ok(&["tag", &bridge, "--add", "Ports desk"]);
    a.ok(&["note", &bridge, "Ask the harbour master about tolls"]);
    let highlight = Highlight {
        part: TextPart::Body,
        start: 0,
        end: 10,
        text: String::new(),
        comment: Some("Check with the engineers".into()),
        made_at: "2026-11-30T03:00:00Z".into(),
    };
    Archive::open(&a.archive())
        .expect("open")
        .add_highlight(bridge.parse().expect("an id"), &highlight)
        .expect("highlight");
    let out = sync(&a, &team, &alice);
    assert!(out.contains("pushed 0 articles and 4 changes"), "{out}");

    let out = sync(&b, &team, &bob);
    assert!(out.contains("pulled 0 articles and 4 changes"), "{out}");
    let b_bridge = id_of(&b, "Zanzibar crossing shut");
    let shown = b.json(&["show", &b_bridge.to_string(), "--json"]);
    assert_eq!(shown["title"], "Zanzibar crossing shut", "{shown}");
    assert_eq!(
        shown["note"], "Ask the harbour master about tolls",
        "{shown}"
    );
    let found = |dir: &TestDir, q: &str| -> Vec<i64> {
        dir.json(&["search", q, "--json"])
            .as_array()
            .expect("an array")
            .iter()
            .filter_map(|h| h["id"].as_i64())
            .collect()
    };
    assert_eq!(found(&b, "Zanzibar"), vec![b_bridge], "the edit is indexed");
    assert_eq!(found(&b, "tag:\"Ports desk\""), vec![b_bridge]);
    assert_eq!(found(&b, "note:tolls"), vec![b_bridge]);
    assert_eq!(
        shown["highlights"][0]["comment"], "Check with the engineers",
        "{shown}"
    );
    assert_eq!(found(&b, "note:engineers"), vec![b_bridge]);
    // Nothing of it goes back: the changes came from the team.
    let out = sync(&b, &team, &bob);
    assert!(out.contains("pushed 0 articles and 0 changes"), "{out}");

    // Bob takes the tag off; on Alice's desktop it is gone too.
    b.ok(&["tag", &b_bridge.to_string(), "--remove", "Ports desk"]);
    let out = sync(&b, &team, &bob);
    assert!(out.contains("pushed 0 articles and 1 changes"), "{out}");
    sync(&a, &team, &alice);
    assert!(found(&a, "tag:\"Ports desk\"").is_empty());
    let shown = a.json(&["show", &bridge, "--json"]);
    assert!(
        shown["tags"].as_array().is_none_or(|t| t.is_empty()),
        "{shown}"
    );
    assert_eq!(
        shown["note"], "Ask the harbour master about tolls",
        "{shown}"
    );
    assert_intact(&a);
    assert_intact(&b);
}
