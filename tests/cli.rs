//! The command line, end to end on real files (issue 2).

use crate::util::{TestDir, fixture, s, sample};
use serde_json::Value;

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn sample_imports_with_every_field() {
    let t = TestDir::new();
    let out = t.ok(&["import", s(&sample())]);
    assert!(out.contains("imported 1, duplicates 0, failed 0"), "{out}");
    let a = t.json(&["show", "1", "--json"]);
    assert_eq!(
        a["title"],
        "North Korean troops bolster Russia as conflict escalates"
    );
    assert_eq!(a["category"], "News");
    assert_eq!(strings(&a["authors"]), ["Maciej Zubel"]);
    assert_eq!(a["published"], "2024-10-27T09:01");
    assert_eq!(a["published_text"], "27 October 2024 09:01");
    assert_eq!(strings(&a["sources"]), ["Ukrainian Pravda", "PAP"]);
    assert_eq!(a["publisher"], "Daily Wrap");
    assert_eq!(a["images"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        a["images"][0]["caption"],
        "Kim's troops are heading to Ukraine. Thousands of soldiers."
    );
    assert_eq!(a["images"][0]["credit"], "East News | GENYA SAVILOV");
    let lead = a["lead"].as_str().unwrap_or_default();
    assert!(
        lead.starts_with("- Ukraine will be forced to fight in Europe"),
        "lead: {lead}"
    );
    let body = a["body"].as_str().unwrap_or_default();
    assert!(
        body.starts_with("South Korean intelligence reported"),
        "body: {body}"
    );
    assert!(body.contains("\n\nThey will fight not only with Russians. Foreign troops are heading to the front\n\n"), "crosshead kept");
    assert!(
        body.trim_end()
            .ends_with("concluded the Ukrainian president."),
        "body end: {body}"
    );
    for boilerplate in [
        "Images source",
        "Thousands of soldiers.",
        "Maciej Zubel",
        "27 October 2024",
        "Source:",
        "Daily Wrap",
        "Downloading, reproduction",
        "bolster Russia",
    ] {
        assert!(!body.contains(boilerplate), "body holds {boilerplate:?}");
    }
    assert!(!body.contains('\u{a0}'), "non-breaking spaces normalized");
    assert!(
        a["rights"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Downloading, reproduction, storage")
    );
    assert_eq!(a["file"]["name"], "daily-wrap-north-korean-troops.txt");
    assert_eq!(a["file"]["sha256"].as_str().map(str::len), Some(64));
}

#[test]
fn sample_has_six_quotes_all_by_zelensky() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let a = t.json(&["show", "1", "--json"]);
    let quotes = a["quotes"].as_array().cloned().unwrap_or_default();
    let texts: Vec<&str> = quotes.iter().filter_map(|q| q["text"].as_str()).collect();
    assert_eq!(quotes.len(), 6, "quotes: {texts:#?}");
    for q in &quotes {
        assert_eq!(q["speaker"], "Volodymyr Zelensky", "{q}");
        // Offsets are characters into the lead or the body and cover exactly the text.
        let part = a[q["part"].as_str().unwrap_or("body")]
            .as_str()
            .unwrap_or_default();
        let (start, end) = (
            q["start"].as_u64().unwrap_or(0) as usize,
            q["end"].as_u64().unwrap_or(0) as usize,
        );
        let covered: String = part.chars().skip(start).take(end - start).collect();
        assert_eq!(covered, q["text"].as_str().unwrap_or_default());
    }
    let kinds: Vec<&str> = quotes.iter().filter_map(|q| q["kind"].as_str()).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "dash").count(),
        3,
        "{kinds:?}"
    );
    assert_eq!(
        kinds.iter().filter(|k| **k == "unquoted").count(),
        1,
        "{kinds:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("encourage Putin to further invest in terror"))
    );
    assert!(
        !texts.contains(&"victory plan"),
        "a scare quote is not a quote"
    );
}

#[test]
fn second_import_is_a_duplicate() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let copy = t.write("renamed.txt", std::fs::read(sample()).expect("sample"));
    let out = t.ok(&["import", s(&copy)]);
    assert!(out.contains("imported 0, duplicates 1, failed 0"), "{out}");
    let stats = t.json(&["stats", "--json"]);
    assert_eq!(stats["articles"], 1);
}

#[test]
fn search_finds_words_phrases_and_skips_rights() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    for query in [
        "Pyongyang",
        "\"victory plan\"",
        "Kursk",
        "kursk",
        "author:zubel",
        "speaker:zelensky",
        "source:PAP",
        "category:news",
        "pyong*",
    ] {
        let hits = t.json(&["search", query, "--json"]);
        assert_eq!(
            hits.as_array().map(Vec::len),
            Some(1),
            "{query} should find the sample"
        );
        assert_eq!(hits[0]["id"], 1);
        assert!(hits[0]["snippet"].as_str().is_some_and(|s| !s.is_empty()));
    }
    for query in ["Wirtualna", "Kursk NOT Pyongyang", "author:zelensky"] {
        let hits = t.json(&["search", query, "--json"]);
        assert_eq!(
            hits.as_array().map(Vec::len),
            Some(0),
            "{query} should find nothing"
        );
    }
    let in_range = t.json(&[
        "search",
        "Kursk",
        "--from",
        "2024-10",
        "--to",
        "2024-10-27",
        "--json",
    ]);
    assert_eq!(in_range.as_array().map(Vec::len), Some(1));
    let out_of_range = t.json(&["search", "Kursk", "--from", "2024-10-28", "--json"]);
    assert_eq!(out_of_range.as_array().map(Vec::len), Some(0));
}

#[test]
fn a_piped_search_prints_snippets_without_match_markers() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let out = t.ok(&["search", "troops"]);
    let snippet = out
        .lines()
        .find(|l| l.contains("Foreign"))
        .expect("the snippet line");
    // The markers around `troops` are control characters: not printed, not shown as `�`.
    assert!(snippet.contains("Foreign troops are heading"), "{snippet}");
    assert!(
        !snippet.contains('\u{FFFD}') && !snippet.contains('\u{2}'),
        "{snippet}"
    );
}

#[test]
fn invalid_search_is_explained_in_one_line() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    for query in ["\"unclosed", "-Kursk", "(a", "autor:x"] {
        let run = t.run(&["search", query]);
        assert_eq!(run.code(), 2, "{query}");
        let err = run.stderr();
        assert!(err.starts_with("chronicle: invalid search: "), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(!err.contains("fts5"), "no SQLite dump: {err}");
    }
}

#[test]
fn export_round_trips_into_an_empty_archive() {
    let t = TestDir::new();
    t.ok(&[
        "import",
        s(&sample()),
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples"),
    ]);
    let export = t.path().join("export.json");
    t.ok(&["export", "--out", s(&export)]);
    let first: Value =
        serde_json::from_slice(&std::fs::read(&export).expect("export")).expect("json");
    assert_eq!(first["format"], "chronicle-export");
    assert_eq!(first["version"], chronicle::model::EXPORT_VERSION);
    let n = first["articles"].as_array().map(Vec::len).unwrap_or(0);
    assert!(n >= 2, "{n} articles");

    let other = TestDir::new();
    let out = other.ok(&["import", s(&export)]);
    assert!(
        out.contains(&format!("imported {n}, duplicates 0, failed 0")),
        "{out}"
    );
    let export2 = other.path().join("export2.json");
    other.ok(&["export", "--out", s(&export2)]);
    let second: Value =
        serde_json::from_slice(&std::fs::read(&export2).expect("export")).expect("json");
    assert_eq!(strip_times(first), strip_times(second));

    // Importing the export into the archive it came from changes nothing.
    let out = t.ok(&["import", s(&export)]);
    assert!(
        out.contains(&format!("imported 0, duplicates {n}")),
        "{out}"
    );
}

fn strip_times(mut v: Value) -> Value {
    v["exported_at"] = Value::Null;
    if let Some(articles) = v["articles"].as_array_mut() {
        for a in articles {
            a["file"]["imported_at"] = Value::Null;
        }
    }
    v
}

#[test]
fn export_selects_by_query_ids_and_dates() {
    let t = TestDir::new();
    t.ok(&[
        "import",
        s(&sample()),
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples"),
    ]);
    let count = |args: &[&str]| -> usize {
        let out = t.path().join("sel.json");
        let mut full = vec!["export", "--out", s(&out)];
        full.extend_from_slice(args);
        t.ok(&full);
        let v: Value = serde_json::from_slice(&std::fs::read(&out).expect("read")).expect("json");
        v["articles"].as_array().map(Vec::len).unwrap_or(0)
    };
    assert_eq!(count(&["Kursk"]), 1);
    assert_eq!(count(&["--ids", "1,2"]), 2);
    assert_eq!(count(&["--from", "2024-10-01", "--to", "2024-10-31"]), 1);
    let stdout = t.ok(&["export", "--out", "-", "--ids", "1"]);
    assert!(stdout.starts_with("{\"format\":\"chronicle-export\""));
}

#[test]
fn failed_files_are_reported_and_the_rest_imported() {
    let t = TestDir::new();
    let empty = t.write("in/empty.txt", "");
    let png = t.write("in/picture.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    let good = t.write(
        "in/good.txt",
        "A good title\n\nA paragraph of body text that says something.\n",
    );
    let run = t.run(&[
        "import",
        s(&empty),
        s(&png),
        s(&good),
        s(&t.path().join("missing.txt")),
    ]);
    assert_eq!(run.code(), 1);
    assert!(
        run.stdout().contains("imported 1, duplicates 0, failed 3"),
        "{}",
        run.stdout()
    );
    let err = run.stderr();
    assert!(err.contains("empty.txt: the file is empty"), "{err}");
    assert!(
        err.contains(
            "picture.txt: not an article file Chronicle can read (binary data (a PNG image)"
        ),
        "{err}"
    );
    assert!(
        err.contains("missing.txt: the file does not exist"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let t = TestDir::new();
    assert_eq!(t.run(&["import"]).code(), 2);
    assert_eq!(t.run(&["frobnicate"]).code(), 2);
}

#[test]
fn extract_prints_the_record_without_archiving() {
    let t = TestDir::new();
    let v = t.json(&["extract", s(&sample()), "--json"]);
    assert_eq!(
        v["title"],
        "North Korean troops bolster Russia as conflict escalates"
    );
    let body = t.ok(&["extract", s(&sample()), "--body"]);
    assert!(body.starts_with("South Korean intelligence reported"));
    assert!(!t.archive().exists(), "extract must not create the archive");
}

#[test]
fn extract_says_where_each_field_came_from() {
    let t = TestDir::new();
    let v = t.json(&["extract", s(&sample()), "--json"]);
    let p = &v["provenance"];
    assert_eq!(p["title"], "repeated-line");
    assert_eq!(p["category"], "glued-prefix");
    assert_eq!(p["published"], "date-line");
    assert_eq!(p["publisher"], "copyright-line");
    let page = t.json(&["extract", s(&fixture("html/news-jsonld.html")), "--json"]);
    assert_eq!(
        page["title"],
        "Harbour bridge reopens after two-year repair"
    );
    assert_eq!(page["provenance"]["published"], "json-ld");
    assert_eq!(page["provenance"]["authors"], "json-ld");
    assert_eq!(
        page["url"],
        "https://www.coastalherald.example/news/2024/10/27/harbour-bridge-reopens"
    );
    assert!(
        ["meta", "json-ld", "h1", "title"]
            .contains(&page["provenance"]["title"].as_str().unwrap_or("")),
        "title source: {}",
        page["provenance"]["title"]
    );
}

#[test]
fn people_merge_spelling_variants_and_speaker_search_follows() {
    let t = TestDir::new();
    let other = t.write(
        "kyiv.txt",
        "Kyiv asks for air defence\n\nBy Ann Lee\n\n2024-11-02\n\n\"We need more systems before winter,\" President Volodymyr Zelenskyy said on Friday.\n\nHe spoke after a night of attacks on power plants.\n",
    );
    t.ok(&["import", s(&sample()), s(&other)]);
    let people = t.json(&["people", "--json", "--quotes"]);
    let zelensky: Vec<&Value> = people
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["name"].as_str().is_some_and(|n| n.contains("Zelensk")))
        .collect();
    assert_eq!(zelensky.len(), 1, "variants merged: {people}");
    assert_eq!(
        zelensky[0]["name"], "Volodymyr Zelensky",
        "the most frequent spelling names the person"
    );
    assert_eq!(zelensky[0]["quotes"], 7);
    assert_eq!(zelensky[0]["quoted_in"], 2);
    assert_eq!(
        strings(&zelensky[0]["variants"]),
        ["Volodymyr Zelensky", "Volodymyr Zelenskyy"]
    );
    assert_eq!(zelensky[0]["quote_list"].as_array().map(Vec::len), Some(7));
    assert!(
        people
            .as_array()
            .into_iter()
            .flatten()
            .any(|p| p["name"] == "Ann Lee" && p["authored"] == 1)
    );
    for query in [
        "speaker:zelensky",
        "speaker:zelenskyy",
        "speaker:\"Volodymyr Zelenskyy\"",
    ] {
        assert_eq!(
            t.json(&["search", query, "--json"])
                .as_array()
                .map(Vec::len),
            Some(2),
            "{query}"
        );
    }
}

#[test]
fn events_are_resolved_against_the_publication_date() {
    let t = TestDir::new();
    t.ok(&["import", s(&sample())]);
    let a = t.json(&["show", "1", "--json"]);
    let dates: Vec<&str> = a["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["date"].as_str())
        .collect();
    for expected in ["2024-10-25", "2024-10-26", "2024-08-06"] {
        assert!(dates.contains(&expected), "{expected} in {dates:?}");
    }
    let friday = a["events"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|e| e["date"] == "2024-10-25")
        .expect("Friday");
    assert!(
        friday["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("On Friday, Ukrainian President"))
    );
}

#[test]
fn saved_pages_import_through_the_cli() {
    let t = TestDir::new();
    let dir = crate::util::fixture("html");
    let out = t.ok(&["import", s(&dir)]);
    assert!(out.contains("imported 5, duplicates 0, failed 0"), "{out}");
    let hits = t.json(&["search", "title:tramwajowy", "--json"]);
    assert_eq!(
        hits[0]["title"], "Gdańsk: nowy przystanek tramwajowy na Przymorzu",
        "ISO-8859-2 page decoded"
    );
    let mhtml = t.json(&["search", "Kowalska", "--json"]);
    let id = mhtml[0]["id"].as_i64().unwrap_or(0).to_string();
    let record = t.json(&["show", &id, "--json"]);
    assert_eq!(record["format"], "mhtml");
    assert_eq!(record["published"], "2024-12-19T18:30:00+01:00");
    let undated = t.json(&["search", "\"river smells\"", "--json"]);
    assert_eq!(undated[0]["published"], Value::Null, "no date is invented");
    // The canonical link is kept as the article's url, archived and exported.
    let bridge = t.json(&["search", "title:\"harbour bridge\"", "--json"]);
    let id = bridge[0]["id"].as_i64().unwrap_or(0).to_string();
    let record = t.json(&["show", &id, "--json"]);
    let url = "https://www.coastalherald.example/news/2024/10/27/harbour-bridge-reopens";
    assert_eq!(record["url"], url);
    let export = t.path().join("out.json");
    t.ok(&["export", "--out", s(&export), "--ids", &id]);
    let other = TestDir::new();
    other.ok(&["import", s(&export)]);
    let back = other.json(&["search", "title:\"harbour bridge\"", "--json"]);
    let back_id = back[0]["id"].as_i64().unwrap_or(0).to_string();
    assert_eq!(
        other.json(&["show", &back_id, "--json"])["url"],
        url,
        "the url survives a round trip"
    );
}

/// The benchmark keeps working end to end on a small corpus (its figures are not checked:
/// speed is for `chronicle bench` to print, not for a test to assert).
#[test]
fn bench_runs_every_stage_and_reports_json() {
    let t = TestDir::new();
    let dir = t.path().join("bench");
    let report = t.json(&["bench", "--articles", "240", "--dir", s(&dir), "--json"]);
    assert_eq!(report["articles"], 240);
    assert!(
        report["import_per_sec"].as_f64().is_some_and(|r| r > 0.0),
        "{report}"
    );
    assert!(report["bare_fts_per_sec"].as_f64().is_some_and(|r| r > 0.0));
    let opened = (
        report["open_to_first_query_ms"].as_f64(),
        report["open_to_timeline_ms"].as_f64(),
    );
    assert!(
        matches!(opened, (Some(first), Some(timeline)) if first > 0.0 && timeline >= first),
        "{report}"
    );
    let queries = report["queries"].as_array().expect("queries");
    assert!(queries.len() >= 20, "at least 20 filter queries");
    assert!(
        queries.iter().any(|q| q["total"].as_u64() == Some(240)),
        "a one-letter prefix matches everything: {queries:?}"
    );
    let buckets: Vec<&str> = report["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .filter_map(|t| t["bucket"].as_str())
        .collect();
    assert_eq!(buckets, ["day", "month", "year"]);
    assert_eq!(
        report["reimport_duplicates"], 240,
        "the same folder again is all duplicates"
    );
    // The window was driven headless in its own process.
    let window = &report["window"];
    assert_eq!(window["scroll_frames"], 600, "{report}");
    assert!(
        window["scroll_pages_loaded"]
            .as_u64()
            .is_some_and(|n| n > 1),
        "scrolling reached rows past the first page: {window}"
    );
    assert!(
        window["import_frames"].as_u64().is_some_and(|n| n > 0),
        "frames were timed during the import: {window}"
    );
    assert!(window["rss_idle_mb"].as_f64().is_some_and(|m| m > 0.0));
    // The corpus holds every shape Chronicle reads.
    let mut extensions: Vec<String> = walk(&dir.join("corpus"))
        .iter()
        .filter_map(|p| p.extension().map(|e| e.to_string_lossy().into_owned()))
        .collect();
    extensions.sort();
    extensions.dedup();
    assert_eq!(extensions, ["html", "md", "txt"]);
    // Again on the same archive, the queries alone: timed, and the archive left as it was
    // (the full run's window adds articles).
    let articles = || -> serde_json::Value {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_chronicle"))
            .arg("--archive")
            .arg(dir.join("bench.sqlite"))
            .args(["stats", "--json"])
            .output()
            .expect("stats");
        let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        stats["articles"].clone()
    };
    let before = articles();
    let again = t.json(&[
        "bench",
        "--articles",
        "240",
        "--dir",
        s(&dir),
        "--reuse",
        "--queries-only",
        "--json",
    ]);
    let queries = again["queries"].as_array().expect("queries");
    assert!(queries.len() >= 20, "{again}");
    assert!(again["relevance_queries"].as_u64().is_some_and(|n| n >= 20));
    assert!(again["window"].is_null(), "no window: {again}");
    assert!(before.as_u64().is_some_and(|n| n > 240), "{before}");
    assert_eq!(articles(), before);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path))
        } else {
            out.push(path)
        }
    }
    out
}

#[test]
fn install_puts_a_valid_desktop_entry_and_icons_in_the_data_folder_and_uninstall_removes_them() {
    let dir = TestDir::new();
    let data = dir.archive().with_file_name("data");
    let run = |command: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_chronicle"))
            .arg(command)
            .env("XDG_DATA_HOME", &data)
            .output()
            .expect("run chronicle")
    };
    let out = run("install");
    assert!(out.status.success(), "{out:?}");
    let entry = data.join("applications/chronicle.desktop");
    let text = std::fs::read_to_string(&entry).expect("desktop entry");
    assert!(text.contains(env!("CARGO_BIN_EXE_chronicle")), "{text}");
    assert!(text.contains("Icon=chronicle"), "{text}");
    for icon in [
        "icons/hicolor/256x256/apps/chronicle.png",
        "icons/hicolor/scalable/apps/chronicle.svg",
    ] {
        assert!(data.join(icon).is_file(), "{icon}");
    }
    match std::process::Command::new("desktop-file-validate")
        .arg(&entry)
        .output()
    {
        Ok(check) => assert!(
            check.status.success() && check.stdout.is_empty(),
            "desktop-file-validate: {}{}",
            String::from_utf8_lossy(&check.stdout),
            String::from_utf8_lossy(&check.stderr)
        ),
        Err(_) => eprintln!("skipped desktop-file-validate: not installed (desktop-file-utils)"),
    }
    let out = run("uninstall");
    assert!(out.status.success(), "{out:?}");
    assert!(!entry.exists());
    assert!(
        !data
            .join("icons/hicolor/256x256/apps/chronicle.png")
            .exists()
    );
}
