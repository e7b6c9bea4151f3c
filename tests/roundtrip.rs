//! Export → import → export is the identity, for generated articles (issue 6).

use chronicle::archive::{Archive, NewArticle};
use chronicle::model::{Article, Image, Quote, QuoteKind, TextPart};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, including quotes, backslashes, control characters and NUL.
    proptest::string::string_regex("(?s).{0,40}").expect("regex")
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(text())
}

/// Publication dates as the readers write them: an import drops anything else (issue 15).
fn opt_date() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(
        proptest::string::string_regex(
            "(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])(T[01][0-9]:[0-5][0-9])?",
        )
        .expect("regex"),
    )
}

fn quote() -> impl Strategy<Value = Quote> {
    (
        text(),
        opt_text(),
        0usize..500,
        0usize..500,
        0usize..4,
        any::<bool>(),
    )
        .prop_map(|(text, speaker, a, b, kind, lead)| Quote {
            text,
            speaker,
            start: a.min(b),
            end: a.max(b),
            kind: [
                QuoteKind::Direct,
                QuoteKind::Partial,
                QuoteKind::Dash,
                QuoteKind::Unquoted,
            ][kind],
            part: if lead { TextPart::Lead } else { TextPart::Body },
            ..Quote::default()
        })
}

prop_compose! {
    fn article()(
        title in text(), category in opt_text(), authors in prop::collection::vec(text(), 0..3),
        published in opt_date(), published_text in opt_text(), sources in prop::collection::vec(text(), 0..3),
        publisher in opt_text(), images in prop::collection::vec((opt_text(), opt_text()), 0..2),
        lead in text(), body in text(), rights in opt_text(), language in opt_text(),
        quotes in prop::collection::vec(quote(), 0..3),
        tags in prop::collection::vec(text(), 0..3), note in opt_text(),
    ) -> Article {
        Article {
            title, category, authors, published, published_text, sources, publisher,
            images: images.into_iter().map(|(caption, credit)| Image { caption, credit }).collect(),
            lead, body, rights, language, quotes, format: "text".into(), tags, note,
            ..Article::default()
        }
    }
}

fn export_text(archive: &Archive) -> Vec<u8> {
    let mut out = Vec::new();
    let ids = archive.all_ids().expect("ids");
    chronicle::export::write_export(archive, &ids, &mut out, "T").expect("export");
    out
}

/// The export as JSON, without the import times (which differ by design).
fn comparable(text: &[u8]) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_slice(text).expect("valid JSON");
    for a in v["articles"].as_array_mut().into_iter().flatten() {
        a["file"]["imported_at"] = serde_json::Value::Null;
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn export_import_export_is_identity(articles in prop::collection::vec(article(), 1..4)) {
        let mut first = Archive::open_in_memory().expect("archive");
        let batch: Vec<NewArticle> = articles.into_iter().map(|article| NewArticle { article, file: chronicle::model::FileInfo { name: "f.txt".into(), ..Default::default() }, ..NewArticle::default() }).collect();
        first.insert_batch(&batch, "2026-01-01T00:00:00Z").expect("insert");
        let text = export_text(&first);
        let read = chronicle::extract::extract("export.json", &text).expect("re-read");
        let mut second = Archive::open_in_memory().expect("archive");
        let batch: Vec<NewArticle> = read.into_iter().map(|e| {
            let origin = e.origin.expect("exports carry their origin");
            NewArticle { article: e.article, file: chronicle::model::FileInfo { sha256: String::new(), imported_at: String::new(), ..origin.file }, preferred_id: origin.id, ..NewArticle::default() }
        }).collect();
        second.insert_batch(&batch, "2027-01-01T00:00:00Z").expect("insert");
        prop_assert_eq!(comparable(&export_text(&second)), comparable(&text));
    }
}
