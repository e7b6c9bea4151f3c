//! `chronicle export --format csl-json`: a selection as CSL-JSON for Zotero (issue 18).

use crate::util::{TestDir, s, sample};
use serde_json::Value;

#[test]
fn csl_json_export_is_an_array_of_newspaper_articles() {
    let t = TestDir::new();
    t.ok(&[
        "import",
        s(&sample()),
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples"),
    ]);
    let out = t.path().join("zotero.json");
    t.ok(&["export", "--format", "csl-json", "--out", s(&out)]);
    let items: Value = serde_json::from_slice(&std::fs::read(&out).expect("export")).expect("JSON");
    let items = items.as_array().expect("a CSL-JSON array");
    assert!(items.len() >= 2, "{} items", items.len());
    for item in items {
        assert!(
            item["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("chronicle-"))
        );
        assert_eq!(item["type"], "article-newspaper");
        assert!(item["title"].as_str().is_some(), "{item}");
        assert!(item["accessed"]["date-parts"][0][0].is_u64(), "{item}");
        for author in item["author"].as_array().into_iter().flatten() {
            assert!(
                author["family"].is_string() || author["literal"].is_string(),
                "{author}"
            );
        }
    }
    let troops = items
        .iter()
        .find(|i| i["title"] == "North Korean troops bolster Russia as conflict escalates")
        .expect("the sample article");
    assert_eq!(troops["author"][0]["family"], "Zubel");
    assert_eq!(troops["author"][0]["given"], "Maciej");
    assert_eq!(
        troops["issued"]["date-parts"][0],
        serde_json::json!([2024, 10, 27])
    );
    assert!(troops["container-title"].is_string(), "{troops}");

    // Standard output and a selection work as for the Chronicle format.
    let stdout = t.ok(&["export", "--format", "csl-json", "--out", "-", "--ids", "1"]);
    let one: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(one.as_array().map(Vec::len), Some(1));
    assert_eq!(one[0]["id"], "chronicle-1");

    // An unknown format is a usage error.
    let run = t.run(&["export", "--format", "bibtex", "--out", "-"]);
    assert_eq!(run.code(), 2);
}
