//! Extraction quality on real pages: Chronicle's clean-up against the raw Readability port,
//! both scored on hand-corrected bodies (`tests/corpus-expected/`). The pages live in the
//! shared corpus (`../shared/corpora/readability-test-pages`); without it the test skips.

use chronicle::bench_extract::run_hand_corrected;
use std::path::Path;

#[test]
fn cleanup_beats_the_raw_port_on_hand_corrected_bodies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpora/readability-test-pages");
    if !corpus.is_dir() {
        eprintln!("skipping: {} not found", corpus.display());
        return;
    }
    let scores = run_hand_corrected(&corpus, &root.join("tests/corpus-expected"))
        .expect("hand-corrected pages pair up with the corpus");
    let (raw, ours) = (&scores.raw_port, &scores.chronicle);
    eprintln!(
        "raw port F1 {:.3}, chronicle F1 {:.3} on {} pages",
        raw.f1, ours.f1, ours.pages
    );
    assert!(ours.pages >= 30, "only {} pages scored", ours.pages);
    // Measured: raw port 0.957, Chronicle 0.989.
    assert!(
        ours.f1 >= raw.f1 + 0.01,
        "clean-up F1 {:.3} does not beat the raw port's {:.3}",
        ours.f1,
        raw.f1
    );
    assert!(ours.f1 >= 0.95, "clean-up F1 fell to {:.3}", ours.f1);
}

/// The plain-text reader on labelled shapes of other sites, tuning and frozen halves reported
/// apart (`tests/fixtures/text-shapes/`). The frozen half was written before the rules.
#[test]
fn text_shapes_of_other_sites_read_right() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/text-shapes");
    for half in ["tuning", "frozen"] {
        let report = chronicle::bench_text::score_shapes(&root.join(half));
        eprintln!(
            "{half}: {} files, title {:.1}%, authors {:.1}%, published {:.1}%, publisher {:.1}%, body F1 {:.3}",
            report.title.of,
            report.title.percent(),
            report.authors.percent(),
            report.published.percent(),
            report.publisher.percent(),
            report.body.f1
        );
        for miss in &report.misses {
            eprintln!("  {miss}");
        }
        assert!(
            report.title.of >= 12,
            "{half}: only {} files",
            report.title.of
        );
        for (field, tally) in [
            ("title", report.title),
            ("authors", report.authors),
            ("published", report.published),
            ("publisher", report.publisher),
        ] {
            assert!(
                tally.percent() >= 95.0,
                "{half}: {field} right for {:.1}% of files",
                tally.percent()
            );
        }
        assert!(
            report.body.f1 >= 0.95,
            "{half}: body F1 {:.3}",
            report.body.f1
        );
    }
}
