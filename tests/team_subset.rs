//! The team archive for a desktop that holds only part of it (issue 20): a subset (a query
//! and/or a period) pulled and changed, the server searched in Chronicle's own language, and
//! an article's history (the losers of conflicting edits) from the terminal.

use crate::pg::USER_PASSWORD;
use crate::team::{Team, assert_intact, chronicle_env, hashes, id_of, import, sync, team};
use crate::util::TestDir;

const WIND: &str = "iso-dates-wind-farm.txt";
const BRIDGE: &str = "byline-first-harbour-bridge.txt";
const LIBRARY: &str = "single-newline-village-library.txt";
const CYCLE: &str = "hard-wrapped-crlf-cycle-lanes.txt";
const BEES: &str = "no-metadata-beekeeping.txt";

/// `chronicle sync --team URL extra…` as `user`; panics unless it succeeded.
fn sync_with(dir: &TestDir, team: &Team, user: &str, extra: &[&str]) -> String {
    let url = team.url(user);
    let mut args = vec!["sync", "--team", &url];
    args.extend(extra);
    let run = chronicle_env(dir, &args, USER_PASSWORD, &[]);
    assert_eq!(run.code(), 0, "sync failed: {}", run.stderr());
    run.stdout()
}

/// The titles of a desktop's articles, sorted.
fn titles(dir: &TestDir) -> Vec<String> {
    let archive = chronicle::archive::Archive::open_read_only(&dir.archive()).expect("open");
    let mut titles: Vec<String> = archive
        .all_ids()
        .expect("ids")
        .into_iter()
        .filter_map(|id| archive.article(id).expect("read"))
        .map(|r| r.article.title)
        .collect();
    titles.sort();
    titles
}

#[test]
fn a_desktop_with_a_subset_pulls_only_what_matches_and_a_new_subset_pulls_the_rest() {
    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(&a, &[WIND, BRIDGE, LIBRARY, CYCLE, BEES]);
    let cycle = id_of(&a, "Council approves").to_string();
    a.ok(&["tag", &cycle, "--add", "Transport"]);
    sync(&a, &team, &alice);
    import(&b, &["polish-powodz.txt"]);

    // Words and a period: the wind farm and the bridge (2024), not the 2023 library.
    let out = sync_with(
        &b,
        &team,
        &bob,
        &["--only", "harbour OR wind", "--since", "2024-01-01"],
    );
    assert!(out.contains("pulled 2 articles"), "{out}");
    assert!(
        out.contains("pushed 1 articles"),
        "everything local is pushed: {out}"
    );
    assert!(
        out.contains("Pulling only: articles matching harbour OR wind, published since 2024-01-01"),
        "{out}"
    );
    assert_eq!(
        titles(&b),
        [
            "Harbour bridge to close for six months of repairs",
            "Offshore wind farm delivers first power to the grid",
            "Woda na Odrze opada, mieszkańcy wracają do domów",
        ]
    );
    assert_eq!(team.count("articles"), 6);
    // Kept for the next sync (and the window's): nothing more arrives.
    let out = sync(&b, &team, &bob);
    assert!(out.contains("pulled 0 articles"), "{out}");
    let status = chronicle_env(&b, &["team", "status"], USER_PASSWORD, &[]);
    assert!(
        status
            .stdout()
            .contains("Pulling only: articles matching harbour OR wind"),
        "{}",
        status.stdout()
    );

    // A period alone, then the team's tag: what the old subset left out arrives, with its tag.
    let out = sync_with(&b, &team, &bob, &["--until", "2023-12-31"]);
    assert!(out.contains("pulled 1 articles"), "{out}");
    assert!(titles(&b).contains(&"Village library saved by volunteers".to_string()));
    let out = sync_with(&b, &team, &bob, &["--only", "tag:transport"]);
    assert!(out.contains("pulled 1 articles"), "{out}");
    let b_cycle = id_of(&b, "Council approves").to_string();
    let shown = b.json(&["show", &b_cycle, "--json"]);
    assert_eq!(shown["tags"][0], "Transport", "{shown}");
    assert_eq!(hashes(&b).len(), 5);

    // Everything: the undated one too; and a bad query is refused before anything runs.
    let out = sync_with(&b, &team, &bob, &["--everything"]);
    assert!(out.contains("pulled 1 articles"), "{out}");
    assert!(!out.contains("Pulling only"), "{out}");
    assert_eq!(hashes(&b), hashes(&a).union(&hashes(&b)).cloned().collect());
    assert_eq!(hashes(&b).len(), 6);
    let url = team.url(&bob);
    let bad = chronicle_env(
        &b,
        &["sync", "--team", &url, "--only", "(wind"],
        USER_PASSWORD,
        &[],
    );
    assert_eq!(bad.code(), 2, "{}", bad.stderr());
    assert!(bad.stderr().contains("parenthesis"), "{}", bad.stderr());
    assert_intact(&b);

    // The server is searched in the same language: fields, exclusions, tags.
    let found = chronicle_env(
        &b,
        &["team", "search", "title:harbour OR tag:transport -wind"],
        USER_PASSWORD,
        &[],
    );
    let out = found.stdout();
    assert_eq!(found.code(), 0, "{}", found.stderr());
    assert!(
        out.contains("Harbour bridge") && out.contains("Council approves"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn the_loser_of_a_conflicting_edit_shows_in_the_articles_history_with_who_and_when() {
    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(&a, &[BRIDGE]);
    sync(&a, &team, &alice);
    sync(&b, &team, &bob);
    let a_id = id_of(&a, "Harbour bridge").to_string();
    let b_id = id_of(&b, "Harbour bridge").to_string();
    a.ok(&["edit", &a_id, "--title", "Bridge shut (Alice)"]);
    // Edits are stamped to the second: Bob's is the later one.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    b.ok(&["edit", &b_id, "--title", "Bridge shut (Bob)"]);
    sync(&a, &team, &alice);
    sync(&b, &team, &bob);
    sync(&a, &team, &alice);

    let history = chronicle_env(&a, &["history", &a_id, "--json"], USER_PASSWORD, &[]);
    assert_eq!(history.code(), 0, "{}", history.stderr());
    let entries: serde_json::Value = serde_json::from_str(&history.stdout()).expect("json");
    let entries = entries.as_array().expect("a list");
    assert_eq!(entries.len(), 2, "{entries:?}");
    let holds = entries
        .iter()
        .find(|e| e["replaced_at"].is_null())
        .expect("the winner");
    let lost = entries
        .iter()
        .find(|e| !e["replaced_at"].is_null())
        .expect("the loser");
    assert_eq!(holds["change"], "set to Bridge shut (Bob)");
    assert_eq!(holds["made_by"], bob.as_str());
    assert_eq!(lost["change"], "set to Bridge shut (Alice)");
    assert_eq!(lost["made_by"], alice.as_str());
    assert_eq!(lost["key"], "field/title");
    let text = chronicle_env(&a, &["history", &a_id], USER_PASSWORD, &[]).stdout();
    assert!(text.starts_with("Bridge shut (Bob)\n"), "{text}");
    assert!(
        text.contains(&format!("set to Bridge shut (Alice) — {alice}")),
        "{text}"
    );
    assert!(text.contains("(replaced "), "{text}");

    // Unreachable: one line, the documented exit code, nothing else changes.
    let away = chronicle_env(
        &a,
        &[
            "history",
            &a_id,
            "--team",
            "postgres://alice@127.0.0.1:1/none?sslmode=disable",
        ],
        USER_PASSWORD,
        &[],
    );
    assert_eq!(away.code(), 3, "{}", away.stderr());
    assert_eq!(away.stderr().lines().count(), 1, "{}", away.stderr());
}

#[test]
fn saved_searches_travel_with_a_sync_and_so_do_their_deletions_but_not_a_subset() {
    use chronicle::query::Filter;
    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(&a, &[WIND]);
    let energy = Filter {
        query: "wind OR solar".into(),
        from: chrono::NaiveDate::from_ymd_opt(2024, 1, 1),
        to: None,
    };
    // Saved before the first sync: it goes with it.
    chronicle::archive::Archive::open(&a.archive())
        .expect("open")
        .save_search("Energy", &energy, "2026-11-30T05:00:00Z")
        .expect("save");
    let out = sync(&a, &team, &alice);
    assert!(out.contains("pushed 1 articles and 1 changes"), "{out}");
    let out = sync_with(&b, &team, &bob, &["--only", "wind"]);
    assert!(out.contains("pulled 1 articles and 1 changes"), "{out}");
    let saved = |dir: &TestDir| {
        chronicle::archive::Archive::open_read_only(&dir.archive())
            .expect("open")
            .saved_searches()
            .expect("list")
    };
    let on_b = saved(&b);
    assert_eq!(on_b.len(), 1, "{on_b:?}");
    assert_eq!(on_b[0].name, "Energy");
    assert_eq!(on_b[0].filter, energy);

    // Bob deletes it; Alice's goes too. Bob's subset stays his.
    assert!(
        chronicle::archive::Archive::open(&b.archive())
            .expect("open")
            .delete_saved_search("Energy")
            .expect("delete")
    );
    let out = sync(&b, &team, &bob);
    assert!(out.contains("pushed 0 articles and 1 changes"), "{out}");
    let out = sync(&a, &team, &alice);
    assert!(out.contains("pulled 0 articles and 1 changes"), "{out}");
    assert!(saved(&a).is_empty());
    let a_archive = chronicle::archive::Archive::open_read_only(&a.archive()).expect("open");
    assert_eq!(a_archive.team_subset().expect("read"), None);
}
