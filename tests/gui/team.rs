//! The team archive in the window (issue 20) against a real throwaway PostgreSQL cluster
//! (tests/pg.rs; skipped with a reason without PostgreSQL, failing under `CI`): the search
//! field's Team scope, fetching an article found there, the subset in the *Team archive*
//! dialog, an article's History; and an unreachable server leaving local search alone.

use super::{harness, step_until, wait_for_results};
use crate::pg::USER_PASSWORD;
use crate::team::{Team, chronicle_env, hashes, id_of, import, team};
use crate::util::TestDir;
use chronicle::app::{AppCommand, ChronicleApp, LeftView, Settings};
use chronicle::archive::Archive;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

const WIND: &str = "iso-dates-wind-farm.txt";
const BRIDGE: &str = "byline-first-harbour-bridge.txt";
const LIBRARY: &str = "single-newline-village-library.txt";
const BEES: &str = "no-metadata-beekeeping.txt";

/// The team's address over the cluster's socket, where the throwaway cluster trusts local
/// users: the window needs no password.
fn socket(team: &Team, user: &str) -> String {
    format!(
        "host={} port={} user={user} dbname={} sslmode=disable",
        team.cluster.dir.display(),
        team.cluster.port,
        team.db
    )
}

fn sync(dir: &TestDir, team: &Team, user: &str, extra: &[&str]) {
    let address = socket(team, user);
    let mut args = vec!["sync", "--team", &address];
    args.extend(extra);
    let run = chronicle_env(dir, &args, USER_PASSWORD, &[]);
    assert_eq!(run.code(), 0, "sync: {}", run.stderr());
}

/// Chooses the Team scope once the window knows the team, and types `query`.
fn search_the_team(h: &mut Harness<'_, ChronicleApp>, query: &str) {
    step_until(h, "the Team scope", |h| h.query_by_label("Team").is_some());
    h.get_by_label("Team").click();
    h.step();
    h.get_by_label("Search").click();
    h.step();
    h.get_by_label("Search").type_text(query);
}

#[test]
fn the_team_scope_lists_the_servers_articles_marks_the_missing_and_fetches_one() {
    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(&a, &[WIND, BRIDGE, LIBRARY]);
    sync(&a, &team, &alice, &[]);
    import(&b, &[BEES]);
    sync(&b, &team, &bob, &["--only", "wind"]);
    assert_eq!(hashes(&b).len(), 2);

    let mut h = harness(&b.archive());
    wait_for_results(&mut h, 2);
    search_the_team(&mut h, "harbour OR wind");
    step_until(&mut h, "the server's results", |h| {
        h.query_by_label("Team archive: 2 articles").is_some()
    });
    h.get_by_label("Harbour bridge to close for six months of repairs");
    h.get_by_label("Offshore wind farm delivers first power to the grid");
    assert!(h.query_by_label("in this archive").is_some());
    assert!(h.query_by_label("not in this archive").is_some());
    // Local search went on meanwhile: one local article matches.
    assert_eq!(h.state().result_count(), Some(1));

    h.get_by_label("Fetch").click();
    step_until(&mut h, "the fetched article", |h| {
        h.query_by_label("not in this archive").is_none() && h.state().archive_count() == Some(3)
    });
    assert_eq!(h.query_all_by_label("in this archive").count(), 2);
    assert_eq!(hashes(&b).len(), 3);
    wait_for_results(&mut h, 2);
    h.query_all_by_label("Open").next().expect("Open").click();
    step_until(&mut h, "the reader", |h| h.state().open_article().is_some());

    // Back to Local: the local list as before.
    h.get_by_label("Local").click();
    step_until(&mut h, "the local list", |h| {
        h.query_by_label("Team archive: 2 articles").is_none()
    });
}

#[test]
fn the_dialogs_subset_is_kept_for_the_next_syncs_and_a_history_shows_the_loser() {
    let Some(team) = team() else { return };
    let (alice, bob) = (team.user("alice", false), team.user("bob", false));
    let (a, b) = (TestDir::new(), TestDir::new());
    import(&a, &[WIND, BRIDGE, LIBRARY]);
    sync(&a, &team, &alice, &[]);
    sync(&b, &team, &bob, &["--only", "library"]);
    let a_id = id_of(&a, "Harbour bridge");
    a.ok(&["edit", &a_id.to_string(), "--title", "Bridge shut (Alice)"]);
    let ports = chronicle::query::Filter {
        query: "harbour OR ferry".into(),
        ..Default::default()
    };
    Archive::open(&a.archive())
        .expect("open")
        .save_search("Ports desk", &ports, "2026-11-30T05:00:00Z")
        .expect("save");
    sync(&a, &team, &alice, &[]);
    std::thread::sleep(std::time::Duration::from_millis(1100));

    let mut h = harness(&b.archive());
    wait_for_results(&mut h, 1);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Team archive…").click();
    // The remembered address and subset arrive together with the last sync's time.
    step_until(&mut h, "the remembered team", |h| {
        h.query_by_label_contains("Team: last sync").is_some()
    });
    h.get_by_label("Subset search").click();
    h.step();
    h.get_by_label("Subset search").type_text(" OR harbour");
    h.step();
    h.get_by_label("Sync now").click();
    step_until(&mut h, "the sync", |h| {
        h.query_by_label_contains("Pulled 1 articles").is_some()
    });
    // Alice's saved search came with it, and the Saved tab shows it.
    // (The Team archive dialog covers the tabs: the tab is chosen as its click would.)
    h.state_mut().command(AppCommand::ShowLeft(LeftView::Saved));
    step_until(&mut h, "the pulled saved search", |h| {
        h.query_by_label("Ports desk").is_some()
    });
    let subset = Archive::open_read_only(&b.archive())
        .expect("open")
        .team_subset()
        .expect("read")
        .expect("a subset");
    assert_eq!(subset.query, "library OR harbour");
    assert_eq!(hashes(&b).len(), 2);

    // Bob edits the same title later; Alice's edit loses and stays in the history.
    let b_id = id_of(&b, "Bridge shut (Alice)");
    b.ok(&["edit", &b_id.to_string(), "--title", "Bridge shut (Bob)"]);
    sync(&a, &team, &alice, &[]);
    sync(&b, &team, &bob, &[]);
    drop(h);
    // Tall enough that the details panel shows its History without scrolling.
    let app = ChronicleApp::new(&b.archive(), Settings::default());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 2000.0))
        .build_ui_state(|ui, app: &mut ChronicleApp| app.ui(ui), app);
    wait_for_results(&mut h, 2);
    h.get_by_label("Bridge shut (Bob)").click();
    step_until(&mut h, "the reader", |h| h.state().open_article().is_some());
    step_until(&mut h, "the History section", |h| {
        h.query_by_label("Load from the team archive").is_some()
    });
    h.get_by_label("Load from the team archive").click();
    step_until(&mut h, "the history", |h| {
        h.query_by_label("title: set to Bridge shut (Alice)")
            .is_some()
    });
    h.get_by_label("title: set to Bridge shut (Bob)");
    // Who and when: Alice's was replaced, Bob's holds.
    assert_eq!(h.query_all_by_label_contains(" · replaced 20").count(), 1);
    assert_eq!(h.query_all_by_label_contains(" · holds").count(), 1);
    assert!(h.query_by_label_contains(&format!("{alice}, 20")).is_some());
    assert!(h.query_by_label_contains(&format!("{bob}, 20")).is_some());
}

#[test]
fn an_unreachable_team_archive_says_so_and_local_search_goes_on() {
    let dir = TestDir::new();
    import(&dir, &[WIND, BEES]);
    Archive::open(&dir.archive())
        .expect("open")
        .start_sync("gone", "postgres://bob@127.0.0.1:1/none?sslmode=disable")
        .expect("remember a team");
    let mut h = harness(&dir.archive());
    wait_for_results(&mut h, 2);
    search_the_team(&mut h, "wind");
    step_until(&mut h, "the message", |h| {
        h.query_by_label_contains("cannot reach the team archive")
            .is_some()
    });
    assert!(
        h.query_by_label_contains("Local search is unaffected")
            .is_some()
    );
    wait_for_results(&mut h, 1);
    h.get_by_label("Local").click();
    step_until(&mut h, "the local list", |h| {
        h.query_by_label("Offshore wind farm delivers first power to the grid")
            .is_some()
    });
}
