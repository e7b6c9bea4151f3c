//! Bad files, crashes and concurrent use never lose an article (issue 6).

use crate::util::{TestDir, fixture, s, sample};

/// Issue 15's defects, one regression test each.
#[cfg(target_os = "linux")]
mod adversarial;
use chronicle::archive::Archive;
use std::io::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

fn article_count(archive: &std::path::Path) -> u64 {
    Archive::open(archive)
        .and_then(|a| a.stats())
        .map(|s| s.articles)
        .unwrap_or(0)
}

#[test]
fn every_bad_input_gets_a_reason_and_the_rest_is_imported() {
    let t = TestDir::new();
    let dir = t.path().join("in");
    t.write("in/empty.txt", "");
    t.write("in/blank.txt", " \n\t\n \u{200B}\n");
    t.write(
        "in/png.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06",
    );
    t.write(
        "in/invalid-utf8.txt",
        b"Title with a bad byte \xff here\n\nBody text that goes on for a while, more or less.\n",
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in
        "Zażółć gęślą jaźń\n\nTreść artykułu po polsku, w kodowaniu UTF-16.\n".encode_utf16()
    {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    t.write("in/utf16.txt", utf16);
    let (cp1250, _, _) = encoding_rs::WINDOWS_1250.encode("Spółka ogłosiła wyniki\n\nZarząd spółki poinformował w piątek, że zysk wzrósł o połowę w porównaniu z ubiegłym rokiem.\n");
    t.write("in/cp1250.txt", cp1250);
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode("Le ministère a annoncé\n\nLe ministère de l'Économie a déclaré vendredi que la croissance française était plus forte que prévu.\n");
    t.write("in/cp1252.txt", cp1252);
    t.write(
        "in/crlf.txt",
        "CRLF title\r\n\r\nFirst paragraph of a Windows file.\r\n\r\nSecond paragraph.\r\n",
    );
    t.write(
        "in/cr.txt",
        "CR title\r\rFirst paragraph of an old Mac file.\r\rSecond paragraph.\r",
    );
    t.write("in/one-line.txt", "word ".repeat(1_000_000));
    t.write("in/controls.txt", "Zero\u{200B}width ti\u{0007}tle\n\nBody\u{0000} with \u{001B}controls and \u{FEFF}marks in it.\n");
    t.write("in/truncated.json", r#"{"format":"chronicle-export","version":1,"exported_at":"x","articles":[{"id":1,"title":"T"#);
    t.write(
        "in/future.json",
        r#"{"format":"chronicle-export","version":99,"exported_at":"x","articles":[]}"#,
    );
    t.write(
        "in/deep.html",
        format!(
            "<html><body>{}<p>Deep text.</p>{}</body></html>",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        ),
    );
    t.write("in/a-copy.txt", std::fs::read(sample()).expect("sample"));
    t.write("in/b-copy.txt", std::fs::read(sample()).expect("sample"));
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("loop")).expect("symlink");

    let run = t.run(&["import", s(&dir)]);
    let (out, err) = (run.stdout(), run.stderr());
    assert_eq!(run.code(), 1, "{out}\n{err}");
    let reason = |name: &str| {
        err.lines()
            .find(|l| l.contains(name))
            .unwrap_or_default()
            .to_string()
    };
    assert!(reason("empty.txt").ends_with("the file is empty"), "{err}");
    assert!(
        reason("blank.txt").ends_with("the file holds only whitespace"),
        "{err}"
    );
    assert!(
        reason("png.txt").contains("binary data (a PNG image)"),
        "{err}"
    );
    assert!(reason("truncated.json").contains("truncated"), "{err}");
    assert!(
        reason("future.json").contains("version 99 is not supported"),
        "{err}"
    );
    assert!(reason("loop").contains("loops back"), "{err}");
    assert!(reason("deep.html").contains("nested deeper than"), "{err}");
    assert_eq!(
        err.lines().count(),
        7,
        "exactly the seven bad inputs fail:\n{err}"
    );
    // invalid-utf8, utf16, cp1250, cp1252, crlf, cr, one-line, controls, and the sample once.
    assert!(out.contains("imported 9, duplicates 1, failed 7"), "{out}");

    let search = |q: &str| {
        t.json(&["search", q, "--json"])
            .as_array()
            .map(Vec::len)
            .unwrap_or(0)
    };
    assert_eq!(search("spółka"), 1, "Windows-1250 decoded");
    assert_eq!(search("ministère"), 1, "Windows-1252 decoded");
    assert_eq!(search("jaźń"), 1, "UTF-16 decoded");
    let all = t.json(&["export", "--out", "-"]);
    let titles: Vec<String> = all["articles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["title"].as_str().map(str::to_string))
        .collect();
    assert!(titles.iter().any(|t| t == "CR title"), "{titles:?}");
    assert!(
        titles.iter().any(|t| t == "Zerowidth title"),
        "controls and zero-width removed: {titles:?}"
    );
    assert!(
        titles
            .iter()
            .all(|t| !t.contains('\r') && !t.contains('\u{200B}')),
        "{titles:?}"
    );
}

#[test]
fn huge_files_are_refused_without_being_read() {
    let t = TestDir::new();
    let big = t.path().join("huge.txt");
    // A sparse 200 MB file: created instantly, refused by its size before any read.
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(200 * 1024 * 1024))
        .expect("sparse file");
    let good = t.write("good.txt", "Small title\n\nSmall body paragraph.\n");
    let run = t.run(&["import", s(&big), s(&good)]);
    assert_eq!(run.code(), 1);
    assert!(
        run.stderr()
            .contains("huge.txt: the file is too large (200.0 MB; the limit is 50.0 MB"),
        "{}",
        run.stderr()
    );
    assert!(run.stdout().contains("imported 1, duplicates 0, failed 1"));
    let run = t.run(&["import", "--max-file-size", "1", s(&good)]);
    assert!(run.stdout().contains("duplicates 1"));
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_reported() {
    use std::os::unix::fs::PermissionsExt as _;
    let t = TestDir::new();
    let secret = t.write("secret.txt", "Secret title\n\nBody.\n");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&secret).is_ok() {
        eprintln!("skipped: running as root, permissions do not stop reads");
        return;
    }
    let run = t.run(&["import", s(&secret)]);
    assert!(
        run.stderr().contains("secret.txt: permission denied"),
        "{}",
        run.stderr()
    );
}

#[test]
fn newer_archives_are_refused_untouched() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    {
        let conn = rusqlite::Connection::open(t.archive()).expect("open");
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;").expect("bump");
    }
    let before = std::fs::read(t.archive()).expect("read");
    let run = t.run(&["stats"]);
    assert_eq!(run.code(), 1);
    assert!(
        run.stderr()
            .contains("was written by a newer Chronicle (archive version 99"),
        "{}",
        run.stderr()
    );
    assert_eq!(
        std::fs::read(t.archive()).expect("read"),
        before,
        "the file must not change"
    );
}

#[test]
fn foreign_files_are_not_archives() {
    let t = TestDir::new();
    std::fs::write(
        t.archive(),
        "this is a text file, not a database, and it is long enough to have a header",
    )
    .expect("write");
    let run = t.run(&["stats"]);
    assert!(
        run.stderr().contains("is not a Chronicle archive"),
        "{}",
        run.stderr()
    );
    let other = t.path().join("other.sqlite");
    rusqlite::Connection::open(&other)
        .and_then(|c| c.execute_batch("CREATE TABLE notes(x)"))
        .expect("db");
    let run = crate::util::TestDir::new();
    let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(["--archive", s(&other), "stats"])
        .output()
        .expect("run");
    drop(run);
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a Chronicle archive"));
}

/// Writes `n` distinct small article files into `dir`.
fn write_articles(dir: &std::path::Path, n: usize, tag: &str) {
    std::fs::create_dir_all(dir).expect("dir");
    for i in 0..n {
        let mut f = std::fs::File::create(dir.join(format!("{tag}-{i:05}.txt"))).expect("create");
        writeln!(f, "Story {tag} number {i}\n\nBy Test Writer\n\n2024-01-{:02}\n\nParagraph {i} of story {tag}, with words to index.\n", i % 28 + 1).expect("write");
    }
}

#[test]
fn a_killed_import_leaves_a_sound_archive_and_a_rerun_completes_it() {
    let t = TestDir::new();
    let dir = t.path().join("many");
    let n = 4000;
    write_articles(&dir, n, "k");
    let mut child = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(["--archive", s(&t.archive()), "import", s(&dir)])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = 0;
    while Instant::now() < deadline {
        if t.archive().exists() {
            seen = article_count(&t.archive());
            if seen > 0 {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("wait");
    eprintln!("killed after {seen} of {n} articles were committed");

    let archive = Archive::open(&t.archive()).expect("opens after a kill");
    assert_eq!(archive.check_integrity().expect("check"), Ok(()));
    let partial = archive.stats().expect("stats").articles;
    assert!(partial <= n as u64);
    drop(archive);

    let run = t.run(&["import", s(&dir)]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert_eq!(article_count(&t.archive()), n as u64);
    let archive = Archive::open(&t.archive()).expect("open");
    assert_eq!(archive.check_integrity().expect("check"), Ok(()));
}

#[test]
fn two_imports_at_once_both_succeed() {
    let t = TestDir::new();
    write_articles(&t.path().join("a"), 600, "a");
    write_articles(&t.path().join("b"), 600, "b");
    let spawn = |folder: &str| {
        Command::new(env!("CARGO_BIN_EXE_chronicle"))
            .args([
                "--archive",
                s(&t.archive()),
                "import",
                s(&t.path().join(folder)),
            ])
            .output()
    };
    let (first, second) = std::thread::scope(|scope| {
        let a = scope.spawn(|| spawn("a"));
        let b = scope.spawn(|| spawn("b"));
        (
            a.join().expect("thread").expect("run"),
            b.join().expect("thread").expect("run"),
        )
    });
    for out in [&first, &second] {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!String::from_utf8_lossy(&out.stderr).contains("locked"));
    }
    assert_eq!(article_count(&t.archive()), 1200);
    let archive = Archive::open(&t.archive()).expect("open");
    assert_eq!(archive.check_integrity().expect("check"), Ok(()));
}

#[test]
fn hostile_queries_never_reach_sqlite_as_syntax() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let long = "x".repeat(100 * 1024);
    for query in [
        "\"",
        "NEAR(",
        "*",
        "^",
        "title:",
        "{title}:x",
        "'; DROP TABLE articles; --",
        "body:\"x",
        "AND",
        long.as_str(),
    ] {
        let run = t.run(&["search", query, "--json"]);
        assert!(
            run.code() == 0 || run.code() == 2,
            "{query:?}: {}",
            run.stderr()
        );
        assert!(
            !run.stderr().contains("fts5"),
            "{query:?}: {}",
            run.stderr()
        );
    }
    assert_eq!(article_count(&t.archive()), 1);
}

/// Mounts a small tmpfs (needs root; the test is skipped where mounting is not allowed).
#[cfg(target_os = "linux")]
struct SmallDisk {
    path: std::path::PathBuf,
}

#[cfg(target_os = "linux")]
impl SmallDisk {
    fn mount(path: std::path::PathBuf, size: &str) -> Option<SmallDisk> {
        std::fs::create_dir_all(&path).ok()?;
        let ok = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size}"),
                "tmpfs",
                s(&path),
            ])
            .output()
            .ok()?
            .status
            .success();
        ok.then_some(SmallDisk { path })
    }
    fn remount_read_only(&self) -> bool {
        Command::new("mount")
            .args(["-o", "remount,ro", s(&self.path)])
            .output()
            .is_ok_and(|o| o.status.success())
    }
}

#[cfg(target_os = "linux")]
impl Drop for SmallDisk {
    fn drop(&mut self) {
        Command::new("umount").arg(&self.path).output().ok();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_stops_the_import_cleanly() {
    let t = TestDir::new();
    // Room for a fresh archive and its first write-ahead log (the sync tables and the
    // user's tags, notes and saved searches take a page each), not for the 3,000 articles below.
    let Some(disk) = SmallDisk::mount(t.path().join("disk"), "1400k") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let archive = disk.path.join("archive.sqlite");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_chronicle"))
            .arg("--archive")
            .arg(&archive)
            .args(args)
            .output()
            .expect("run")
    };
    assert!(run(&["import", s(&sample())]).status.success());
    write_articles(&t.path().join("many"), 3000, "full");
    let out = run(&["import", s(&t.path().join("many"))]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the disk is full"), "{err}");
    let opened = Archive::open(&archive).expect("the archive still opens");
    assert_eq!(opened.check_integrity().expect("check"), Ok(()));
    assert!(
        opened.article(1).expect("read").is_some(),
        "the earlier article is kept"
    );
    drop(opened);

    assert!(disk.remount_read_only());
    let out = run(&["import", s(&t.path().join("many"))]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("read-only"), "{err}");
}

/// The schema a file has, for comparing a migrated archive with a fresh one: every object's
/// SQL without comments and layout (a migration's ALTER TABLE words it differently), and
/// every table's columns in order with their types, defaults and keys.
fn schema_of(path: &std::path::Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(path).expect("open");
    let mut stmt = conn
        .prepare("SELECT name, coalesce(sql, '') FROM sqlite_master ORDER BY name")
        .expect("prepare");
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .expect("query");
    let mut schema = Vec::new();
    for (name, sql) in rows.map(|r| r.expect("row")) {
        let columns: Vec<String> = conn
            .prepare("SELECT name, type, \"notnull\", coalesce(dflt_value, ''), pk, hidden FROM pragma_table_xinfo(?1)")
            .expect("columns")
            .query_map([&name], |r| Ok(format!("{}:{}:{}:{}:{}:{}", r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?, r.get::<_, i64>(4)?, r.get::<_, i64>(5)?)))
            .expect("columns")
            .map(|c| c.expect("column"))
            .collect();
        schema.push((
            name,
            format!("{} {}", normalized_sql(&sql), columns.join(",")),
        ));
    }
    schema
}

fn normalized_sql(sql: &str) -> String {
    let words: String = sql
        .lines()
        .map(|l| l.split("--").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = words.split_whitespace().collect::<Vec<_>>().join(" ");
    for p in ["(", ")", ",", "="] {
        out = out
            .replace(&format!(" {p}"), p)
            .replace(&format!("{p} "), p);
    }
    out
}

/// A version-2 archive written by the release before (the sample and five articles), so the
/// upgrade runs on a real old file rather than one rebuilt by today's code.
fn v2_fixture() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/archives/v2.sqlite")
}

fn version_of(path: &std::path::Path) -> i64 {
    let conn = rusqlite::Connection::open(path).expect("open");
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version")
}

#[test]
fn older_archives_are_backed_up_then_migrated() {
    let fresh = TestDir::new();
    drop(Archive::open(&fresh.archive()).expect("a fresh archive"));
    for version in [2, 1] {
        let t = TestDir::new();
        std::fs::copy(v2_fixture(), t.archive()).expect("copy the old archive");
        if version == 1 {
            // Version 2 added the newest-first index; without it the file is a version-1 one.
            let conn = rusqlite::Connection::open(t.archive()).expect("open");
            conn.execute_batch("DROP INDEX articles_by_published; PRAGMA user_version = 1;")
                .expect("downgrade");
        }
        let before: String = rusqlite::Connection::open(t.archive())
            .expect("open")
            .query_row("SELECT group_concat(text, '|') FROM (SELECT text FROM quotes ORDER BY article_id, position)", [], |r| r.get(0))
            .expect("old quotes");
        let out = t.ok(&["search", "Kursk", "--json"]);
        assert!(
            out.contains("North Korean troops"),
            "the migrated archive answers"
        );
        let backup = t.path().join(format!("archive.sqlite.v{version}.bak"));
        assert!(
            backup.exists(),
            "a backup is written before migrating from version {version}"
        );
        assert_eq!(version_of(&backup), version);
        assert_eq!(
            version_of(&t.archive()),
            chronicle::archive::schema::ARCHIVE_VERSION
        );
        assert_eq!(
            schema_of(&t.archive()),
            schema_of(&fresh.archive()),
            "a migrated archive has exactly the fresh schema"
        );
        // Quote text now lives once, in the article; every quote still reads back word for word.
        let archive = chronicle::archive::Archive::open(&t.archive()).expect("open migrated");
        let mut after = Vec::new();
        for id in archive.all_ids().expect("ids") {
            let record = archive.article(id).expect("read").expect("article");
            after.extend(record.article.quotes.into_iter().map(|q| q.text));
        }
        assert_eq!(after.join("|"), before, "quotes survive the migration");
        assert_eq!(archive.check_integrity().expect("check"), Ok(()));
        drop(archive);
        // New articles are indexed after the upgrade (the insert trigger is gone).
        t.ok(&[
            "import",
            s(&fixture("text/byline-first-harbour-bridge.txt")),
        ]);
        let found = t.ok(&["search", "corroded cables", "--json"]);
        assert!(
            found.contains("Harbour bridge to close"),
            "an article imported after migrating is found: {found}"
        );
    }
}

#[test]
fn processes_creating_one_new_archive_at_once_all_succeed() {
    for _ in 0..3 {
        let t = TestDir::new();
        let outputs: Vec<_> = std::thread::scope(|scope| {
            let runs: Vec<_> = (0..6)
                // Only a writing command creates an archive (issue 15): reading ones refuse a
                // missing file.
                .map(|_| scope.spawn(|| t.run(&["import", s(&sample())])))
                .collect();
            runs.into_iter()
                .map(|r| r.join().expect("thread"))
                .collect()
        });
        for run in outputs {
            assert_eq!(run.code(), 0, "{}", run.stderr());
        }
    }
}

#[test]
fn export_replaces_an_existing_file_atomically() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let out = t.write(
        "exports/out.json",
        "an older file the user chose to replace",
    );
    t.ok(&["export", "--out", s(&out)]);
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("read")).expect("a complete export");
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(1));
    let leftovers: Vec<_> = std::fs::read_dir(t.path().join("exports"))
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no temporary file is left behind: {leftovers:?}"
    );
    // A failed export (a folder that does not exist) leaves nothing and reports the path.
    let run = t.run(&["export", "--out", s(&t.path().join("missing/out.json"))]);
    assert_eq!(run.code(), 1);
    assert!(run.stderr().contains("missing"), "{}", run.stderr());
}

/// With room for only a few articles between the readers and the writer, an import still
/// finishes and loses nothing: the memory bound slows the readers, never stops them.
#[test]
fn a_tight_memory_bound_slows_the_import_but_loses_nothing() {
    let t = TestDir::new();
    let mut paths = Vec::new();
    for i in 0..60 {
        let body = format!("Item {i}: the harbour board met on Tuesday and agreed the budget. ")
            .repeat(30);
        paths.push(t.write(
            &format!("in/{i:03}.txt"),
            format!("Harbour board meeting {i}\n\n{body}\n"),
        ));
    }
    let options = chronicle::import::ImportOptions {
        max_in_flight_bytes: 8 * 1024,
        batch_size: 7,
        ..Default::default()
    };
    let mut archive = Archive::open(&t.archive()).expect("archive");
    let summary = chronicle::import::import_paths(
        &mut archive,
        &[t.path().join("in")],
        &options,
        &std::sync::atomic::AtomicBool::new(false),
        &mut |_| {},
    )
    .expect("import");
    assert_eq!(
        (summary.imported, summary.failed.len()),
        (60, 0),
        "{summary:?}"
    );
    assert_eq!(archive.all_ids().expect("ids").len(), 60);
}
