//! Saved pages against hand labels (`chronicle bench-extract --pages`): a tiny folder of
//! invented pages whose figures are known exactly, and the labelled sets (`tests/fixtures/html-shapes/`,
//! session 12, tuning and seen halves; `html-shapes-2/`, session 13, tuning and seen; `html-shapes-3/`, session 14, tuning and seen (opened in session 16); `html-shapes-4/`, session 15, tuning and seen (opened in session 17); `html-shapes-5/`, session 16, tuning and seen (opened in session 18); `html-shapes-6/`, session 17, tuning and seen (opened in session 19); `html-shapes-7/`, session 18, tuning and seen (opened in session 20); `html-shapes-8/`, session 19, tuning and seen (opened in session 21); `html-shapes-9/`, session 20, tuning and seen (opened in session 22); `html-shapes-10/`, session 21, tuning and seen (opened in session 23); `html-shapes-11/`, session 22, tuning and seen (opened in session 24); `html-shapes-12/`, session 23, tuning and seen (opened in session 25); `html-shapes-13/`, session 24, tuning and seen (opened in session 26); `html-shapes-14/`, session 25, tuning and seen (opened in session 27); `html-shapes-15/`, session 26, and `html-shapes-16/`, session 27, tuning and frozen) held to
//! the figures they reached.

use crate::extraction::number;
use crate::util::{TestDir, fixture, s};
use serde_json::Value;

/// Right out of scored, for one field of one half.
fn tally(report: &Value, field: &str) -> (f64, f64) {
    (
        number(report, &[field, "right"]),
        number(report, &[field, "of"]),
    )
}

const FIELDS: [&str; 8] = [
    "title",
    "authors",
    "published_day",
    "published_minute",
    "publisher",
    "url",
    "lang",
    "dates_given",
];

#[test]
fn bench_extract_scores_a_folder_of_labelled_pages() {
    let dir = fixture("html-pages-mini");
    let report = TestDir::new().json(&["bench-extract", "--pages", s(&dir), "--json"]);
    let sets = report["page_sets"]
        .as_array()
        .expect("the pages are scored");
    assert_eq!(sets.len(), 1, "a folder without halves is one set");
    let set = &sets[0];
    assert_eq!(set["frozen"], false);
    let misses: Vec<&str> = set["misses"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    // Three pages: every field right, the undated page given no date (so two dates given).
    let want: [(f64, f64); 8] = [
        (3.0, 3.0),
        (3.0, 3.0),
        (3.0, 3.0),
        (3.0, 3.0),
        (3.0, 3.0),
        (3.0, 3.0),
        (3.0, 3.0),
        (2.0, 2.0),
    ];
    for (field, want) in FIELDS.into_iter().zip(want) {
        assert_eq!(tally(set, field), want, "{field}; misses: {misses:?}");
    }
    assert!(misses.is_empty(), "{misses:?}");

    // The text table names the set and lists a tuning folder's misses.
    let run = TestDir::new();
    let wrong = run.write(
        "pages/tuning/p.json",
        r#"{"title":"Another headline","authors":[],"published":null,"publisher":null,"url":null,"lang":"en"}"#,
    );
    std::fs::copy(dir.join("garden-notes.html"), wrong.with_extension("html")).expect("copy");
    let text = run.ok(&["bench-extract", "--pages", s(&run.path().join("pages"))]);
    assert!(text.contains("saved pages"), "{text}");
    assert!(
        text.contains("p: title: got \"Five winter vegetables for a small garden\""),
        "{text}"
    );
}

/// A frozen folder's misses are never shown, in the table or in the JSON.
#[test]
fn a_frozen_half_shows_figures_but_no_misses() {
    let run = TestDir::new();
    let page = run.write(
        "pages/frozen/p.json",
        r#"{"title":"Another headline","authors":[],"published":null,"publisher":null,"url":null,"lang":"en"}"#,
    );
    std::fs::copy(
        fixture("html-pages-mini/garden-notes.html"),
        page.with_extension("html"),
    )
    .expect("copy");
    let pages = run.path().join("pages");
    let report = run.json(&["bench-extract", "--pages", s(&pages), "--json"]);
    let set = &report["page_sets"][0];
    assert_eq!(set["frozen"], true);
    assert_eq!(tally(set, "title"), (0.0, 1.0));
    assert_eq!(set["misses"].as_array().map(Vec::len), Some(0));
    let text = run.ok(&["bench-extract", "--pages", s(&pages)]);
    assert!(!text.contains("Five winter"), "{text}");
}

/// The labelled set of 40 pages in 20 languages (session 12), each half held to what it
/// reached, in % (title, authors, day, minute, publisher, url, lang, right of dates given),
/// measured on the set as committed in `97d2f29`, raised in session 13. Its frozen half was
/// opened for tuning in session 13 as `seen/`. Skips until the set is in the repository.
#[test]
fn html_shapes_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes", floors);
}

/// The second labelled set of 40 saved pages (session 13, written by a developer who read no
/// rules; its frozen half committed first and read once, at the end of session 13, then opened
/// for tuning as `seen/` in session 14), each half held to what it reached.
#[test]
fn html_shapes_2_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-2", floors);
}

/// The third labelled set of 40 saved pages (session 14, written by a developer who read no
/// rules; its frozen half committed before that session's rules changed), each half held to
/// what it reached. The frozen half's start (session 14's starting rules): 80 / 60 / 85 / 75 /
/// 80 / 100 / 100, 88.9 % of the dates given; after the saved-page round 10 (read once, at its
/// end): 85 / 70 / 90 / 85 / 80 / 100 / 100, 89.5 % of 19; after round 11 (session 15, read
/// once, at its end): 85 / 70 / 100 / 95 / 80 / 100 / 100, 100 % of 18. Opened for tuning as
/// `seen/` in session 16, when html-shapes-5 was written; after round 12 (session 16) both
/// halves read every field right.
#[test]
fn html_shapes_3_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-3", floors);
}

/// Scores the labelled set `fixtures/NAME` and holds each half, in order, to its floors.
/// Frozen misses are not even collected; skips until the set is in the repository.
fn hold(name: &str, floors: &[(&str, [f64; 8])]) {
    let dir = fixture(name);
    if !dir.is_dir() {
        eprintln!("skipping: {} not found", dir.display());
        return;
    }
    let report = TestDir::new().json(&["bench-extract", "--pages", s(&dir), "--json"]);
    let sets = report["page_sets"]
        .as_array()
        .expect("the pages are scored");
    assert_eq!(sets.len(), floors.len(), "{name}: every half scored");
    for (set, (half, floor)) in sets.iter().zip(floors) {
        let set_name = set["name"].as_str().unwrap_or_default();
        assert!(set_name.ends_with(half), "{set_name}: halves in order");
        let pages = number(set, &["title", "of"]);
        assert!(pages >= 15.0, "{name}/{half}: only {pages} pages");
        for (field, floor) in FIELDS.into_iter().zip(floor) {
            let (right, of) = tally(set, field);
            let percent = if of == 0.0 { 0.0 } else { 100.0 * right / of };
            // One page is 5 %; the floor is what was reached.
            assert!(
                percent + 0.1 >= *floor,
                "{name}/{half}: {field} right for {percent:.1}%, below {floor}%"
            );
        }
    }
}

/// The fourth labelled set of 40 saved pages (session 15, written by a developer who read no
/// rules; its frozen half committed before that session's rules changed), each half held to
/// what it reached. Both halves' start (session 15's starting rules): tuning 95 / 90 / 90 / 90 /
/// 95 / 100 / 100, 94.1 % of 17 dates given; frozen 90 / 95 / 100 / 90 / 95 / 100 / 100, 100 %
/// of 18. At the end of session 15 (frozen half read once): tuning 95 / 90 / 95 / 95 / 95 /
/// 100 / 100, 94.4 % of 18; frozen unchanged. At the end of session 16 (saved-page round 12,
/// frozen half read at the start and once at the end): tuning every field 100 %; frozen 95 /
/// 95 / 100 / 90 / 95 / 100 / 100, 100 % of 18 (title up one page). Opened for tuning as
/// `seen/` in session 17, when html-shapes-6 was written; after saved-page round 13 (session
/// 17) every field of both halves 100 %.
#[test]
fn html_shapes_4_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-4", floors);
}

/// The fifth labelled set of 40 saved pages (session 16, written by a developer who read no
/// rules; its frozen half committed before that session's rules changed), each half held to
/// what it reached. The frozen half's start (session 16's starting rules): 95 / 85 / 70 / 70 /
/// 95 / 100 / 95, 72.2 % of 18 dates given; the tuning half's: 100 / 85 / 80 / 75 / 100 / 100 /
/// 100, 88.2 % of 17. At the end of session 16 (both rounds merged; frozen read once): frozen
/// 95 / 85 / 75 / 75 / 100 / 100 / 95, 77.8 % of 18; tuning 100 / 85 / 85 / 80 / 100 / 100 /
/// 100, 88.9 % of 18 (nobody tuned on it: it arrived after the saved-page round began). After
/// saved-page round 13 (session 17) the tuning half reads every field right; the frozen half
/// (read once, at the session's end): 95 / 90 / 75 / 75 / 100 / 100 / 95, 77.8 % of 18.
/// Opened for tuning as `seen/` in session 18, when html-shapes-7 was written; after saved-page
/// round 14 (session 18) the seen half reads 95 / 95 / 100 / 100 / 100 / 100 / 95, 100 % of 18;
/// after saved-page round 15 (session 19) 95 / 100 / 100 / 100 / 100 / 100 / 95 (Drupal 7's
/// RDFa byline).
#[test]
fn html_shapes_5_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [95.0, 100.0, 100.0, 100.0, 100.0, 100.0, 95.0, 100.0]),
    ];
    hold("html-shapes-5", floors);
}

/// The sixth labelled set of 40 saved pages (session 17, written by a developer who read no
/// rules; its frozen half committed before that session's rules changed), each half held to
/// what it reached. Start (session 17's starting rules): tuning 100 / 85 / 90 / 90 / 85 / 100 /
/// 85, 100 % of 16 dates given; frozen 100 / 85 / 90 / 80 / 80 / 95 / 100, 100 % of 16. After
/// saved-page round 13 (session 17): tuning 100 / 100 / 95 / 95 / 90 / 100 / 100, 100 % of 17;
/// frozen unchanged (read once, at the session's end). After saved-page round 14 (session 18,
/// frozen read once at its end): frozen 100 / 85 / 90 / 85 / 80 / 95 / 100, 100 % of 16 (the
/// minute up one page). Opened for tuning as `seen/` in session 19, when html-shapes-8 was
/// written: 100 / 85 / 90 / 85 / 80 / 95 / 100, 100 % of 16; after saved-page round 15 (session
/// 19) 100 / 95 / 100 / 95 / 85 / 100 / 100, 100 % of 18; after saved-page round 16 (session 20)
/// 100 / 95 / 100 / 100 / 85 / 100 / 100 (a state's wall time of a Unix moment); after saved-page
/// round 17 (session 21) seen reads every field right (publications shown by a platform, a
/// portal's own name), tuning 100 / 100 / 100 / 100 / 90 / 100 / 100 (Tigrinya month names).
#[test]
fn html_shapes_6_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 90.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-6", floors);
}

/// The seventh labelled set of 40 saved pages (session 18, mainstream outlets' templates,
/// written by a developer who read no rules; its frozen half committed before that session's
/// rules changed), each half held to what it reached. The frozen half's start (session 18's
/// starting rules): 100 / 85 / 95 / 90 / 95 / 100 / 100, 95 % of 20 dates given; the tuning
/// half's: 100 / 85 / 100 / 90 / 95 / 100 / 95, 100 % of 19. After saved-page round 14
/// (session 18) the tuning half reads 100 / 90 / 100 / 100 / 95 / 100 / 95, 100 % of 19; the
/// frozen half (read once, at the session's end) is unchanged. After saved-page round 15
/// (session 19) the tuning half reads 100 / 100 / 100 / 100 / 95 / 100 / 95, 100 % of 19; the
/// frozen half (read once, at the session's end) unchanged. Opened for tuning as `seen/` in
/// session 20, when html-shapes-9 was written: 100 / 85 / 95 / 90 / 95 / 100 / 100, 95 % of 20;
/// after saved-page round 16 (session 20) every field right, 100 % of 19 (bylines in CSS-in-JS
/// components and print views' meta rows, an update run into the byline, a date split over
/// inline elements, a Chinese wire dateline's reporters, a logo confirmed by a bare hyphen);
/// after saved-page round 17 (session 21) the tuning half's language 100 (a reader view's
/// container).
#[test]
fn html_shapes_7_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 95.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-7", floors);
}

/// The eighth labelled set of 40 saved pages (session 19: what people archive besides big
/// newspapers — local sites, newsletters, blogs, NGOs, press releases, podcasts, wikis — on
/// small publishers' templates, written by a developer who read no rules; its frozen half
/// committed before that session's rules changed), each half held to what it reached. Start
/// (session 19's starting rules): tuning 95 / 60 / 90 / 90 / 80 / 95 / 100, 90.0 % of 20 dates
/// given; frozen 95 / 60 / 95 / 85 / 75 / 95 / 100, 94.4 % of 18. After saved-page round 15
/// (session 19) the tuning half reads every field right, 100 % of 19 dates given; the frozen
/// half (read once, at the session's end) 100 / 65 / 95 / 85 / 80 / 100 / 100, 94.4 % of 18;
/// the same after saved-page round 16 (session 20). Opened for tuning as `seen/` in session 21,
/// when html-shapes-10 was written; after saved-page round 17 (session 21) the seen half reads
/// 100 / 75 / 95 / 95 / 90 / 100 / 100, 94.4 % of 18; after saved-page round 18 (session 22)
/// authors 80; after saved-page round 19 (session 23) authors 95, publisher 100.
#[test]
fn html_shapes_8_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 95.0, 95.0, 95.0, 100.0, 100.0, 100.0, 94.4]),
    ];
    hold("html-shapes-8", floors);
}

/// The ninth labelled set of 40 saved pages (session 20: big national and international sites on
/// modern JavaScript templates — state JSON, several JSON-LD graphs, AMP, live blogs, paywalls —
/// saved in seven ways, written by a developer who read no rules; its frozen half committed
/// before that session's rules changed), each half held to what it reached. Start (session 20's
/// starting rules): tuning 100 / 90 / 100 / 100 / 95 / 100 / 100, 100 % of 19 dates given;
/// frozen 100 / 95 / 100 / 95 / 95 / 100 / 100, 100 % of 19; both unchanged after saved-page
/// round 16 (session 20; the frozen half read once, at its end). After saved-page round 17
/// (session 21) the tuning half reads 100 / 95 / 100 / 100 / 100 / 100 / 100; the frozen half
/// (read once, at its end) unchanged. Opened for tuning as `seen/` in session 22, when
/// html-shapes-11 was written; after saved-page round 19 (session 23) the seen half's authors
/// read 100; after saved-page round 22 (session 24) its minute 100; in session 25 the tuning
/// half's authors 100.
#[test]
fn html_shapes_9_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 100.0, 100.0, 100.0, 95.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-9", floors);
}

/// The tenth labelled set of 40 saved pages (session 21: small and mid-sized sites on everyday
/// CMS templates — WordPress, Ghost, Substack, Medium, Blogger, local papers' platforms — and
/// pages seen second-hand — portals republishing a paper, AMP caches, e-paper and reader-app
/// views, syndication partners — saved eight ways, written by a developer who read no rules;
/// its frozen half committed before that session's rules changed), each half held to what it
/// reached. Start (session 21's starting rules): tuning 100 / 95 / 100 / 100 / 90 / 100 / 100,
/// 100 % of 19 dates given; frozen 100 / 85 / 100 / 100 / 90 / 100 / 100, 100 % of 19. After
/// saved-page round 17 (session 21) the tuning half reads every field right; the frozen half
/// (read once, at its end) 100 / 85 / 100 / 100 / 95 / 100 / 100, 100 % of 19; unchanged after
/// saved-page round 18 (session 22). Opened for tuning as `seen/` in session 23, when
/// html-shapes-12 was written: 100 / 85 / 100 / 100 / 95 / 100 / 100, 100 % of 19; after
/// saved-page round 19 (session 23) authors 95.
#[test]
fn html_shapes_10_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 95.0, 100.0, 100.0, 95.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-10", floors);
}

/// The eleventh labelled set of 40 saved pages (session 22: pages whose metadata disagree or
/// mislead — an SEO `og:title`, a stale or template JSON-LD date, several JSON-LD graphs, the
/// site's name as `meta author`, teasers of other articles with their own bylines and dates —
/// on news, broadcaster, agency, NGO, government, university and corporate sites, saved eight
/// ways, written by a developer who read no rules; its frozen half committed before that
/// session's rules changed), each half held to what it reached. Start (session 22's starting
/// rules): tuning 80 / 80 / 90 / 90 / 90 / 100 / 100, 90.0 % of 20 dates given; frozen 75 / 65 /
/// 90 / 90 / 85 / 100 / 100, 94.4 % of 18. After saved-page round 18 (session 22) the tuning
/// half reads 90 / 95 / 90 / 90 / 95 / 100 / 100, 90.0 % of 20 dates given (100 % of 19 with
/// the round's rule on teaser rails, withdrawn because it dated one more of the real pages'
/// frozen half wrongly); the frozen half (read once, at its end) 75 / 70 / 90 / 90 / 85 / 100 /
/// 100, 94.4 % of 18. After saved-page round 19 (session 23) the tuning half reads 90 / 95 /
/// 100 / 100 / 95 / 100 / 100, 100 % of 19 dates given; after rounds 19 to 21 the frozen half
/// (read once, at the session's end) 75 / 75 / 95 / 95 / 85 / 100 / 100, 100 % of 18. Opened for
/// tuning as `seen/` in session 24, when html-shapes-13 was written; after saved-page round 22
/// (session 24) tuning 100 / 95 / 100 / 100 / 95 / 100 / 100 and seen 100 / 95 / 95 / 95 / 95 /
/// 100 / 100, 100 % of 18.
/// After saved-page round 24 and dates round 2 (session 25) tuning publisher 100 and seen
/// 100 / 100 / 100 / 100 / 100 / 100 / 100.
#[test]
fn html_shapes_11_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 95.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-11", floors);
}

/// The twelfth labelled set of 40 saved pages (session 23: the publishing platforms and CMS
/// templates news sites run on — WordPress news themes, Drupal, Joomla, Bitrix, DataLife Engine,
/// Chinese CMSs, Arc XP, Brightspot, Ghost, Substack, Medium, Blogger, Wix, a Naver-style portal,
/// microdata-, RDFa- and microformat-only pages — with their misleading bits, saved seven ways,
/// written by a developer who read no rules; its frozen half committed before that session's
/// rules changed), each half held to what it reached. Start (session 23's starting rules):
/// tuning 80 / 75 / 100 / 90 / 90 / 100 / 100, 100 % of 19 dates given; frozen 85 / 80 / 90 /
/// 85 / 100 / 100 / 95, 100 % of 17. After saved-page round 20 (session 23) tuning title 85;
/// after saved-page round 21 (session 23) tuning authors 90, publisher 95; the frozen half (read
/// once, at the session's end) unchanged. After saved-page round 22 (session 24) tuning title
/// 100, minute 95; after rounds 22 and 23 and the dates round the frozen half (read once, at the
/// session's end) 100 / 80 / 90 / 90 / 100 / 100 / 95, 100 % of 17. Opened for tuning as
/// `seen/` in session 25, when html-shapes-14 was written.
/// After saved-page round 24 and dates round 2 (session 25) seen 100 / 95 / 95 / 95 / 100 /
/// 100 / 100, 100 % of 18.
/// After saved-page round 26 (session 27) seen authors 100.
#[test]
fn html_shapes_12_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 90.0, 100.0, 95.0, 95.0, 100.0, 100.0, 100.0]),
        ("seen", [100.0, 100.0, 95.0, 95.0, 100.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-12", floors);
}

/// The thirteenth labelled set of 40 saved pages (session 24: pages whose date, writers and
/// publication must be read in the page's own words — date lines in the page's language,
/// script and digits, in local calendars beside or instead of the Gregorian date, local
/// bylines, the publication named only in a logo, a footer or a copyright line — on national
/// and regional sites outside the English-speaking world and small English-language outlets
/// with thin metadata, saved seven ways, written by a developer who read no rules; its frozen
/// half committed before that session's rules changed), each half held to what it reached.
/// Start (session 24's starting rules): tuning 75 / 70 / 55 / 50 / 65 / 100 / 100, 90.9 % of 11
/// dates given; frozen 80 / 65 / 75 / 70 / 50 / 100 / 100, 100 % of 15. After the dates round
/// (session 24: dates in the page's own words) tuning day 70, minute 70, 92.9 % of 14; after
/// saved-page round 23 (session 24) title 95, authors 85, publisher 100; the frozen half (read
/// once, at the session's end) 95 / 70 / 75 / 70 / 75 / 100 / 100, 100 % of 15.
/// After saved-page round 24 and dates round 2 (session 25) tuning day and minute 100, 100 %
/// of 19 dates given; the frozen half (read once, at the session's end) 95 / 70 / 85 / 80 / 75
/// / 100 / 100, 100 % of 17. Opened for tuning as `seen/` in session 26, when html-shapes-15
/// was written.
/// Saved-page round 26 (session 27) took seen to 95 / 95 / 85 / 80 / 90 / 100 / 100.
#[test]
fn html_shapes_13_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [95.0, 85.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0]),
        ("seen", [95.0, 95.0, 85.0, 80.0, 90.0, 100.0, 100.0, 100.0]),
    ];
    hold("html-shapes-13", floors);
}

/// The fourteenth labelled set of 40 saved pages (session 25: old articles, 1996 to 2024, as
/// users save them today — Wayback Machine and archive.today captures with their toolbars and
/// rewritten links, national-library replays, SingleFile and Save Page WE saves, frames, print
/// views, HTML 3.2/4.01 table layouts and early blog templates, old encodings declared — with
/// capture, save, print-edition, banner and republication dates that are not the publication;
/// written by a developer who read no rules; its frozen half committed before that session's
/// rules changed), each half held to what it reached. Start (session 25's starting rules):
/// tuning 50 / 55 / 75 / 65 / 55 / 65 / 70, 100 % of 14 dates given; frozen 50 / 80 / 60 / 55 /
/// 45 / 65 / 85, 84.6 % of 13.
/// After session 25's rounds the frozen half (read once, at its end) publisher 50. Saved-page
/// round 25 (session 26) took tuning to 95 / 60 / 85 / 75 / 90 / 100 / 80, 100 % of 16; the
/// frozen half (read once, at the session's end) 65 / 80 / 80 / 70 / 55 / 100 / 90, 88.2 % of
/// 17. Opened for tuning as `seen/` in session 27, when html-shapes-16 was written.
/// Saved-page round 26 (session 27) took seen to 80 / 80 / 90 / 80 / 85 / 100 / 90, 100 % of
/// 17 dates given, and tuning authors to 65.
#[test]
fn html_shapes_14_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [95.0, 65.0, 85.0, 75.0, 90.0, 100.0, 80.0, 100.0]),
        ("seen", [80.0, 80.0, 90.0, 80.0, 85.0, 100.0, 90.0, 100.0]),
    ];
    hold("html-shapes-14", floors);
}

/// The fifteenth labelled set of 40 saved pages (session 26: pages saved by tools other than
/// the browser's Save Page — Zotero and SingleFile snapshots, WebScrapBook, MAFF and MHTML
/// decodes, reader views, read-later and note-app exports, newsletters saved from mail
/// clients, AMP and search-engine caches, portal partner pages, PDF-to-HTML conversions, print
/// previews — with the tools' save, clip, send and creation dates and names planted; written
/// by a developer who read no rules; its frozen half committed before that session's rules
/// changed), each half held to what it reached. Start (session 26's starting rules): tuning 75 /
/// 65 / 90 / 85 / 50 / 80 / 95, 94.4 % of 18 dates given; frozen 90 / 80 / 85 / 80 / 90 / 100 /
/// 95, 84.2 % of 19. After session 26's rounds tuning lang 100; the frozen half (read once, at
/// the session's end) unchanged.
/// After saved-page round 26 (session 27) tuning authors 70, publisher 55; the frozen half
/// (read once, at the session's end) publisher 95.
#[test]
fn html_shapes_15_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [75.0, 70.0, 90.0, 85.0, 55.0, 80.0, 100.0, 94.0]),
        ("frozen", [90.0, 80.0, 85.0, 80.0, 95.0, 100.0, 95.0, 84.0]),
    ];
    hold("html-shapes-15", floors);
}

/// The sixteenth labelled set of 40 saved pages (session 27: news pages that are not a straight
/// story — live blogs, galleries, video and podcast pages, opinion, letters, obituaries,
/// corrections, explainers, fact checks, interviews, data stories, sponsored content, weather,
/// traffic, market and election pages, match reports, recipes and reviews — with entry times,
/// upload and broadcast dates, sponsors, subjects and credits planted, some dated in other
/// calendars and digits; written by a developer who read no rules; its frozen half committed
/// before that session's rules changed), each half held to what it reached. Start (session 27's
/// starting rules): tuning 100 / 75 / 90 / 85 / 100 / 100 / 100, 90.0 % of 20 dates given;
/// frozen 100 / 70 / 85 / 85 / 90 / 100 / 100, 89.5 % of 19.
/// After session 27's rounds the frozen half (read once, at its end) authors 75.
#[test]
fn html_shapes_16_hold_their_figures() {
    #[rustfmt::skip]
    let floors: &[(&str, [f64; 8])] = &[
        ("tuning", [100.0, 75.0, 90.0, 85.0, 100.0, 100.0, 100.0, 90.0]),
        ("frozen", [100.0, 75.0, 85.0, 85.0, 90.0, 100.0, 100.0, 89.0]),
    ];
    hold("html-shapes-16", floors);
}
