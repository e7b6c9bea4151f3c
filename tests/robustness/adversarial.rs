//! Issue 15, "Robustness II": the sixteen defects an adversarial pass found, one test (or
//! more) each. Speed bars are measured by hand with a release build (see the note),
//! never by a timed test; these tests check behaviour.

use super::{SmallDisk, article_count, v2_fixture};
use crate::util::{Run, TestDir, s, sample};
use chronicle::archive::Archive;
use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn mkfifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|st| st.success())
}

fn no_panic(run: &Run) {
    assert!(
        !run.stderr().contains("panicked") && run.code() != 101,
        "{}",
        run.stderr()
    );
}

/// Defect 1: an export never lands on the archive or its WAL files, however it is named.
#[test]
fn export_never_overwrites_the_archive_or_its_wal_files() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    t.ok(&["import", s(&crate::util::fixture("text/polish-powodz.txt"))]);
    let archive = t.archive();
    let link = t.path().join("link.json");
    std::os::unix::fs::symlink(&archive, &link).expect("symlink");
    let wal_link = t.path().join("wal-link.json");
    std::os::unix::fs::symlink(t.path().join("archive.sqlite-wal"), &wal_link).expect("symlink");
    let relative = format!("{}/../{}/archive.sqlite", s(t.path()), {
        t.path().file_name().and_then(|n| n.to_str()).expect("name")
    });
    for out in [
        s(&archive).to_string(),
        format!("{}-wal", s(&archive)),
        format!("{}-shm", s(&archive)),
        s(&link).to_string(),
        s(&wal_link).to_string(),
        relative,
    ] {
        let run = t.run(&["export", "--out", &out, "--ids", "1"]);
        assert_eq!(run.code(), 2, "{out}: {}", run.stderr());
        assert!(run.stderr().contains("refusing"), "{}", run.stderr());
        assert_eq!(article_count(&archive), 2, "{out}: the archive is intact");
    }
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
}

/// Defect 2: devices and pipes are written into, symbolic links kept, modes kept.
#[test]
fn export_writes_into_devices_and_pipes_and_keeps_links_and_modes() {
    use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _};
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);

    // A character device stays one. As root the old code replaced /dev/null with a file, so
    // the test writes to a null device of its own (made with mknod, which needs root).
    let null = t.path().join("null");
    let made = Command::new("mknod")
        .args(["-m", "666", s(&null), "c", "1", "3"])
        .status()
        .is_ok_and(|st| st.success());
    if made {
        let run = t.run(&["export", "--out", s(&null)]);
        assert_eq!(run.code(), 0, "{}", run.stderr());
        let kind = std::fs::symlink_metadata(&null)
            .expect("device")
            .file_type();
        assert!(kind.is_char_device(), "the device is still a device");
    } else {
        eprintln!("skipped the device case: mknod needs root");
    }

    // A FIFO is written in place for the reader at its other end.
    let fifo = t.path().join("pipe");
    if mkfifo(&fifo) {
        let reader = {
            let fifo = fifo.clone();
            std::thread::Builder::new()
                .name("fifo-reader".into())
                .spawn(move || {
                    let mut text = String::new();
                    std::fs::File::open(&fifo)
                        .and_then(|mut f| f.read_to_string(&mut text))
                        .expect("read the pipe");
                    text
                })
                .expect("thread")
        };
        let run = t.run(&["export", "--out", s(&fifo)]);
        assert_eq!(run.code(), 0, "{}", run.stderr());
        let text = reader.join().expect("reader");
        assert!(text.contains("North Korean troops"), "{text}");
        let kind = std::fs::symlink_metadata(&fifo).expect("fifo").file_type();
        assert!(kind.is_fifo(), "the FIFO is still a FIFO");
    }

    // /dev/stdout into a pipe.
    let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .arg("--archive")
        .arg(t.archive())
        .args(["export", "--out", "/dev/stdout"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"format\":\"chronicle-export\""));

    // An existing export keeps its permissions; a symbolic link stays a link to it.
    let file = t.write("exports/out.json", "old");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let link = t.path().join("latest.json");
    std::os::unix::fs::symlink(&file, &link).expect("symlink");
    t.ok(&["export", "--out", s(&link)]);
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link is kept"
    );
    let meta = std::fs::metadata(&file).expect("file");
    assert_eq!(meta.permissions().mode() & 0o777, 0o644);
    assert!(
        std::fs::read_to_string(&file)
            .expect("read")
            .contains("North Korean troops")
    );
    // A folder is refused.
    let run = t.run(&["export", "--out", s(t.path())]);
    assert_eq!(run.code(), 2, "{}", run.stderr());
}

/// Defect 3: a migration trusts only a verified backup; a leftover empty or broken one is
/// replaced before the original is touched.
#[test]
fn migration_backups_are_verified_and_bad_leftovers_replaced() {
    for leftover in ["empty database", "garbage", "empty file"] {
        let t = TestDir::new();
        std::fs::copy(v2_fixture(), t.archive()).expect("copy");
        let articles = rusqlite::Connection::open(t.archive())
            .expect("open")
            .query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))
            .expect("count");
        assert!(articles > 0);
        let backup = t.path().join("archive.sqlite.v2.bak");
        match leftover {
            // What a kill during the first backup left: a database with nothing in it.
            "empty database" => {
                let conn = rusqlite::Connection::open(&backup).expect("create");
                conn.execute_batch("CREATE TABLE articles(id INTEGER); PRAGMA user_version = 2;")
                    .expect("schema");
            }
            "garbage" => std::fs::write(&backup, b"not a database at all").expect("write"),
            _ => std::fs::write(&backup, b"").expect("write"),
        }
        t.ok(&["stats"]);
        let conn = rusqlite::Connection::open(&backup).expect("backup opens");
        let copied: i64 = conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .expect("count");
        assert_eq!(copied, articles, "{leftover}: the backup holds the archive");
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(version, 2);
        let leftovers = std::fs::read_dir(t.path())
            .expect("dir")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains("partial"))
            .count();
        assert_eq!(leftovers, 0, "no partial backup is left behind");
    }
}

/// A speaker name per number that no other number's name merges with (`name_key` folds
/// doubled letters and digits: `Person11` and `Person1` are one person).
fn speaker(i: usize) -> String {
    let digits: Vec<String> = i.to_string().chars().map(String::from).collect();
    format!("Mayor P{}", digits.join("x"))
}

fn quote_paragraphs(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "\"We will build bridge number {i} this year,\" said {}.",
                speaker(i)
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Defect 4: quotes, events, sources, bylines and captions are capped per article; the
/// article is imported all the same, with a note, and `show` reads it back.
#[test]
fn huge_lists_are_capped_and_the_article_still_imported() {
    use chronicle::extract::limits::{MAX_EVENTS, MAX_QUOTES};
    let t = TestDir::new();
    let quotes = t.write(
        "quotes.txt",
        format!(
            "Council meeting\n\n{}\n",
            quote_paragraphs(MAX_QUOTES + 500)
        ),
    );
    let dates: String = (0..MAX_EVENTS + 500)
        .map(|i| format!("It happened on {} March 2021", i % 28 + 1))
        .collect::<Vec<_>>()
        .join(" and ");
    let events = t.write("dates.txt", format!("A long chronicle\n\n{dates}.\n"));
    let run = t.run(&["import", s(&quotes), s(&events)]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(
        run.stdout().contains("imported 2, duplicates 0, failed 0"),
        "{}",
        run.stdout()
    );
    let err = run.stderr();
    assert!(
        err.contains(&format!("quotes.txt: note: more than {MAX_QUOTES} quotes")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "dates.txt: note: more than {MAX_EVENTS} dated events"
        )),
        "{err}"
    );
    let all = t.json(&["export", "--out", "-"]);
    let article = |name: &str| {
        all["articles"]
            .as_array()
            .and_then(|list| list.iter().find(|a| a["file"]["name"] == name))
            .and_then(|a| a["id"].as_i64())
            .expect("imported")
            .to_string()
    };
    let shown = t.json(&["show", &article("quotes.txt"), "--json"]);
    assert_eq!(shown["quotes"].as_array().map(Vec::len), Some(MAX_QUOTES));
    let shown = t.json(&["show", &article("dates.txt"), "--json"]);
    let events = shown["events"].as_array().expect("events");
    assert_eq!(events.len(), MAX_EVENTS);
    // One endless sentence: each event's sentence is cut to a window, not the whole text.
    assert!(
        events
            .iter()
            .all(|e| e["text"].as_str().is_some_and(|t| t.len() <= 2_100)),
        "event sentences are bounded"
    );
}

#[test]
fn lists_from_exports_are_capped_too() {
    use chronicle::extract::limits::{MAX_AUTHORS, MAX_IMAGES, MAX_SOURCES};
    let authors: Vec<String> = (0..MAX_AUTHORS + 50)
        .map(|i| format!("Writer {i}"))
        .collect();
    let sources: Vec<String> = (0..MAX_SOURCES + 50)
        .map(|i| format!("Agency {i}"))
        .collect();
    let images: Vec<serde_json::Value> = (0..MAX_IMAGES + 50)
        .map(|i| serde_json::json!({"caption": format!("Picture {i}"), "credit": null}))
        .collect();
    let doc = serde_json::json!({"format": "chronicle-export", "version": 1, "exported_at": "x",
        "articles": [{"id": 1, "title": "Crowded", "body": "Text.", "authors": authors,
                      "sources": sources, "images": images}]});
    let found = chronicle::extract::extract("e.json", doc.to_string().as_bytes()).expect("reads");
    let a = &found[0].article;
    assert_eq!(
        (a.authors.len(), a.sources.len(), a.images.len()),
        (MAX_AUTHORS, MAX_SOURCES, MAX_IMAGES)
    );
    assert_eq!(found[0].notes.len(), 3, "{:?}", found[0].notes);
}

/// Defect 5: `people --quotes` lists every person's own quotes (one pass for everyone; the
/// speed itself is measured by hand: 20,000 people).
#[test]
fn people_with_quotes_lists_each_persons_own_quotes() {
    let t = TestDir::new();
    let body = quote_paragraphs(300);
    t.write("in/a.txt", format!("Council meeting\n\n{body}\n"));
    t.ok(&["import", s(&t.path().join("in"))]);
    let people = t.json(&["people", "--quotes", "--json"]);
    let people = people.as_array().expect("array");
    let quoted: Vec<_> = people
        .iter()
        .filter(|p| p["quotes"].as_u64() == Some(1))
        .collect();
    assert_eq!(quoted.len(), 300);
    for p in quoted {
        let name = p["name"].as_str().expect("name");
        // The speaker is named `Mayor P1x2` or, resolved, `P1x2`.
        let last = name.rsplit(' ').next().unwrap_or(name);
        let number = last.trim_start_matches('P').replace('x', "");
        let list = p["quote_list"].as_array().expect("quote list");
        assert_eq!(list.len(), 1, "{name}");
        let text = list[0]["text"].as_str().expect("text");
        assert!(
            text.contains(&format!("bridge number {number} ")),
            "{name}: {text}"
        );
    }
}

/// Defect 6: a page above the DOM bound is refused with a reason, not parsed.
#[test]
fn pages_above_the_dom_bound_are_refused_with_a_reason() {
    use chronicle::extract::html::MAX_ELEMENTS;
    let t = TestDir::new();
    let page = t.write(
        "big.html",
        format!(
            "<html><head><title>Big</title></head><body>{}</body></html>",
            "<p>x</p>".repeat(MAX_ELEMENTS + 10)
        ),
    );
    let good = t.write("good.txt", "Small title\n\nSmall body paragraph.\n");
    let run = t.run(&["import", s(&page), s(&good)]);
    assert_eq!(run.code(), 1);
    assert!(
        run.stderr().contains("big.html: the page has more than"),
        "{}",
        run.stderr()
    );
    assert!(run.stdout().contains("imported 1"), "{}", run.stdout());
}

/// Defect 7: `bench --dir` refuses a folder holding data it did not write.
#[test]
fn bench_never_deletes_data_it_did_not_write() {
    let t = TestDir::new();
    let dir = t.path().join("work");
    let mine = t.write("work/corpus/precious.txt", "keep me");
    let run = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(["bench", "--articles", "10", "--dir", s(&dir)])
        .output()
        .expect("run");
    assert_eq!(run.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("no benchmark wrote"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(std::fs::read_to_string(mine).expect("kept"), "keep me");
}

/// Defect 8: a read-only archive is read (on a read-only disk too) and nothing is left that
/// blocks a later writer; reading commands never create an archive.
#[test]
fn read_only_archives_are_read_and_left_as_they_were() {
    let t = TestDir::new();
    let Some(disk) = SmallDisk::mount(t.path().join("disk"), "8m") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let archive = disk.path.join("archive.sqlite");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
            .arg("--archive")
            .arg(&archive)
            .args(args)
            .output()
            .expect("run");
        Run(out)
    };
    assert_eq!(run(&["import", s(&sample())]).code(), 0);
    assert!(disk.remount_read_only());
    for args in [
        &["stats"][..],
        &["search", "Kursk"],
        &["export", "--out", "-"],
        &["show", "1"],
        &["people"],
    ] {
        let r = run(args);
        assert_eq!(r.code(), 0, "{args:?}: {}", r.stderr());
    }
    assert!(run(&["search", "Kursk"]).stdout().contains("North Korean"));
}

#[test]
fn reading_a_0444_archive_leaves_nothing_that_blocks_a_later_import() {
    use std::os::unix::fs::PermissionsExt as _;
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let archive = t.archive();
    // Reading leaves no -wal/-shm behind once the writer closed.
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", s(&archive)));
    }
    std::fs::set_permissions(&archive, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    t.ok(&["stats"]);
    t.ok(&["search", "Kursk"]);
    let shm = std::path::PathBuf::from(format!("{}-shm", s(&archive)));
    // Opened `immutable`, nothing is created beside a read-only archive (as root too, who
    // would not notice a read-only -shm, so the test also holds where it runs as root).
    assert!(!shm.exists(), "no -shm is left behind for the next writer");
    std::fs::set_permissions(&archive, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    t.ok(&["import", s(&crate::util::fixture("text/polish-powodz.txt"))]);
}

/// A read-only archive whose last commits are still in its `-wal` (the writer was killed
/// before a checkpoint) is read with them: `immutable` alone would ignore the WAL.
#[test]
fn a_read_only_archive_is_read_with_its_wal() {
    use std::os::unix::fs::PermissionsExt as _;
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let conn = rusqlite::Connection::open(t.archive()).expect("open");
    conn.execute_batch(
        "PRAGMA wal_autocheckpoint = 0; UPDATE articles SET title = 'Only in the WAL' WHERE id = 1;",
    )
    .expect("update");
    // Never closed: closing the last connection would checkpoint and remove the WAL.
    std::mem::forget(conn);
    std::fs::set_permissions(t.archive(), std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let shown = t.ok(&["show", "1"]);
    assert!(shown.starts_with("Only in the WAL"), "{shown}");
}

#[test]
fn reading_commands_never_create_an_archive() {
    let t = TestDir::new();
    for args in [
        &["search", "x"][..],
        &["stats"],
        &["export", "--out", "-"],
        &["people"],
        &["show", "1"],
    ] {
        let run = t.run(args);
        assert_eq!(run.code(), 1, "{args:?}");
        assert!(run.stderr().contains("no archive at"), "{}", run.stderr());
        assert!(!t.archive().exists(), "{args:?} created the archive");
    }
}

#[test]
fn a_folder_or_memory_as_archive_gets_a_true_message() {
    let t = TestDir::new();
    let run = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .arg("--archive")
        .arg(t.path())
        .args(["import", s(&sample())])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1));
    assert!(err.contains("is a folder"), "{err}");
    assert!(!err.contains("read-only"), "{err}");
    let run = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(["--archive", ":memory:", "import", s(&sample())])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(err.contains("not a file name"), "{err}");
}

/// Defect 9: a FIFO named on the command line is skipped with a reason, at once.
#[test]
fn a_fifo_on_the_command_line_never_hangs_the_import() {
    let t = TestDir::new();
    let fifo = t.path().join("fifo.txt");
    if !mkfifo(&fifo) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let good = t.write("good.txt", "Small title\n\nSmall body paragraph.\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .arg("--archive")
        .arg(t.archive())
        .args(["import", s(&fifo), s(&good), "/dev/zero"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().ok();
            panic!("the import hangs on a FIFO");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("output");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fifo.txt: a named pipe"), "{err}");
    assert!(err.contains("/dev/zero: a device"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("imported 1"));
}

/// Defect 10: a closed or full standard output is no panic.
#[test]
fn a_closed_or_full_stdout_is_no_panic() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    for args in [
        &["stats"][..],
        &["search", "Kursk"],
        &["people"],
        &["export", "--out", "-"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_chronicle"))
            .arg("--archive")
            .arg(t.archive())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run");
        drop(child.stdout.take()); // `| head -0`
        let out = child.wait_with_output().expect("output");
        let run = Run(out);
        no_panic(&run);
        assert_eq!(run.code(), 0, "{args:?}: {}", run.stderr());
    }
    let empty = t.write("empty.txt", "");
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
    if let Ok(full) = full {
        let out = Command::new(env!("CARGO_BIN_EXE_chronicle"))
            .arg("--archive")
            .arg(t.archive())
            .args(["import", s(&empty)])
            .stdout(full)
            .output()
            .expect("run");
        let run = Run(out);
        no_panic(&run);
        assert_eq!(run.code(), 1);
        assert!(
            run.stderr().contains("empty.txt: the file is empty"),
            "the failed files are still listed: {}",
            run.stderr()
        );
        assert!(run.stderr().contains("standard output"), "{}", run.stderr());
    }
}

/// Defect 11: SQLite's own refusals of a search are one-line usage errors.
#[test]
fn deeply_nested_searches_are_a_usage_error() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let query = format!("{}Kursk{}", "(".repeat(98), ")".repeat(98));
    // The query module flattens the nesting before SQLite sees it (the search finds the
    // sample); a nesting it refused itself would be a one-line usage error. Never SQLite's own
    // words.
    let run = t.run(&["search", &query]);
    assert!(!run.stderr().contains("fts5"), "{}", run.stderr());
    match run.code() {
        0 => assert!(
            run.stdout().contains("North Korean troops"),
            "{}",
            run.stdout()
        ),
        2 => {
            assert_eq!(run.stderr().lines().count(), 1, "{}", run.stderr());
            assert!(run.stderr().contains("invalid search"), "{}", run.stderr());
        }
        other => panic!("exit {other}: {}", run.stderr()),
    }
}

/// Defect 12: "no limit" values of `--max-file-size` do not overflow.
#[test]
fn huge_max_file_sizes_mean_no_limit() {
    let t = TestDir::new();
    let good = t.write("good.txt", "Small title\n\nSmall body paragraph.\n");
    for mb in ["17592186044416", "18446744073709551615"] {
        let run = t.run(&["extract", "--max-file-size", mb, "--body", s(&good)]);
        assert_eq!(run.code(), 0, "{mb}: {}", run.stderr());
        assert!(run.stdout().contains("Small body"), "{mb}");
    }
    let run = t.run(&["import", "--max-file-size", "17592186044416", s(&good)]);
    assert!(run.stdout().contains("imported 1"), "{}", run.stderr());
}

/// Defect 13: escape sequences from files and names never reach the terminal raw.
#[test]
fn escape_sequences_are_not_printed_raw() {
    let t = TestDir::new();
    let doc = serde_json::json!({"format": "chronicle-export", "version": 1, "exported_at": "x",
        "articles": [{"id": 1, "title": "Evil \u{1b}]0;pwned\u{7} \u{1b}[2J title",
                      "body": "Body \u{1b}[31mred\u{1b}[0m text about Kursk.",
                      "authors": ["A \u{1b}[5mBlink"]}]});
    let export = t.write("evil.json", doc.to_string());
    let empty = t.write("bad\u{1b}[31mname.txt", "");
    let run = t.run(&["import", s(&export), s(&empty)]);
    assert!(!run.stderr().contains('\u{1b}'), "{:?}", run.stderr());
    for args in [
        &["search", "Kursk"][..],
        &["show", "1"],
        &["people"],
        &["extract", s(&export)],
    ] {
        let run = t.run(args);
        assert_eq!(run.code(), 0, "{args:?}: {}", run.stderr());
        assert!(
            !run.stdout().contains('\u{1b}'),
            "{args:?}: {:?}",
            run.stdout()
        );
        assert!(!run.stdout().contains('\u{7}'), "{args:?}");
    }
    // JSON output escapes them itself and keeps the text as it was.
    let shown = t.json(&["show", "1", "--json"]);
    assert!(shown["title"].as_str().expect("title").contains('\u{1b}'));
}

/// Defect 14: punctuation-only searches, bad dates, mistyped archives.
#[test]
fn searches_without_words_are_refused_not_everything() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    for query in ["€", "author:\"\"", "!!!", "\"\""] {
        let run = t.run(&["search", query, "--json"]);
        assert_eq!(run.code(), 2, "{query:?}: {}", run.stdout());
        assert!(run.stderr().contains("no word"), "{}", run.stderr());
        let run = t.run(&["export", "--out", "-", query]);
        assert_eq!(run.code(), 2, "{query:?}");
    }
}

#[test]
fn a_bad_from_date_is_a_usage_error() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    for date in ["yesterday", "2024-13", "2024-02-30", ""] {
        let run = t.run(&["search", "Kursk", "--from", date]);
        assert_eq!(run.code(), 2, "{date:?}: {}", run.stderr());
        let run = t.run(&["export", "--out", "-", "--to", date]);
        assert_eq!(run.code(), 2, "{date:?}: {}", run.stderr());
    }
}

#[test]
fn dates_in_imported_exports_are_validated() {
    let t = TestDir::new();
    let articles: Vec<serde_json::Value> = [
        "99999-01-01",
        "0000-00-00",
        "２０２４-１０-２７",
        "2024-10-27",
    ]
    .iter()
    .enumerate()
    .map(|(i, date)| {
        serde_json::json!({"id": i + 1, "title": format!("Dated {i}"), "body": format!("Body {i}."),
                "published": date, "published_text": date,
                "events": [{"date": date, "text": "x", "start": 0, "end": 1, "part": "body"}]})
    })
    .collect();
    let doc = serde_json::json!({"format": "chronicle-export", "version": 1, "exported_at": "x",
        "articles": articles});
    let export = t.write("dates.json", doc.to_string());
    let run = t.run(&["import", s(&export)]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(
        run.stderr().contains("not a valid ISO 8601 date"),
        "{}",
        run.stderr()
    );
    let stats = t.json(&["stats", "--json"]);
    assert_eq!(stats["first_published"], "2024-10-27");
    assert_eq!(stats["last_published"], "2024-10-27");
    assert_eq!(stats["undated"], 3);
    let all = t.json(&["export", "--out", "-"]);
    for a in all["articles"].as_array().expect("articles") {
        let kept = a["published"].as_str().is_some();
        assert_eq!(
            a["events"].as_array().map(Vec::len),
            Some(usize::from(kept))
        );
        assert!(
            a["published_text"].is_string(),
            "the text as written is kept"
        );
    }
}

/// Defect 15: an enormous imported id does not make later ids random.
#[test]
fn huge_imported_ids_do_not_break_later_ids() {
    let t = TestDir::new();
    let doc = serde_json::json!({"format": "chronicle-export", "version": 1, "exported_at": "x",
        "articles": [{"id": i64::MAX, "title": "Max id", "body": "Body of the max id article."}]});
    let export = t.write("max.json", doc.to_string());
    let run = t.run(&["import", s(&export)]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(
        run.stderr().contains("too large to keep"),
        "{}",
        run.stderr()
    );
    t.ok(&["import", s(&sample())]);
    t.ok(&["import", s(&crate::util::fixture("text/polish-powodz.txt"))]);
    let archive = Archive::open(&t.archive()).expect("open");
    assert_eq!(archive.all_ids().expect("ids"), vec![1, 2, 3]);
}

/// Defect 16: repeated lines under a short real title do not take its place.
#[test]
fn repeated_lines_do_not_push_the_title_into_the_category() {
    let text = "Storm hits the coast\nAdvertisement\nAdvertisement\n\nWaves flooded the harbour road on Monday, residents said.\n\nThe council will meet on Tuesday.\n";
    let a = chronicle::extract::text::read_text(text);
    assert_eq!(a.title, "Storm hits the coast");
    assert_eq!(a.category, None);
    // The labelled shape still works: a section name above a repeated title.
    let labelled = "World\nTalks resume after a long pause in the capital\nTalks resume after a long pause in the capital\n\nDiplomats met again on Monday.\n";
    let a = chronicle::extract::text::read_text(labelled);
    assert_eq!(a.title, "Talks resume after a long pause in the capital");
    assert_eq!(a.category.as_deref(), Some("World"));
}

/// Defect 11, continued: a damaged archive is named as such, not as a raw SQLite error.
#[test]
fn a_damaged_archive_is_reported_in_plain_words() {
    use std::io::{Seek as _, SeekFrom, Write as _};
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let len = std::fs::metadata(t.archive()).expect("archive").len();
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(t.archive())
        .expect("open");
    // Every page after the first two (the header and the schema) overwritten.
    file.seek(SeekFrom::Start(32 * 1024)).expect("seek");
    file.write_all(&vec![0xA5; usize::try_from(len).expect("size") - 32 * 1024])
        .expect("damage");
    drop(file);
    let run = t.run(&["show", "1"]);
    no_panic(&run);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert!(run.stderr().contains("damaged"), "{}", run.stderr());
}
