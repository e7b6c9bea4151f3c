use super::*;
use crate::archive::{Filter, NewArticle};
use crate::model::QuoteAt;
use crate::model::{QuoteKind, SpeakerKind, char_offset};

const BODY: &str = "\"We are ready,\" said Jo Lee.\n\n\"Prices will rise,\" the company said.\n\n\"It is fine,\" said Acme Corp.";

/// A quote of `BODY`: the words between the marks of the `n`th quotation.
fn quote(words: &str, speaker: &str, kind: SpeakerKind) -> Quote {
    let byte = BODY.find(words).expect("in the body");
    let start = char_offset(BODY, byte);
    Quote {
        text: words.to_string(),
        speaker: Some(speaker.to_string()),
        start,
        end: start + words.chars().count(),
        kind: QuoteKind::Direct,
        part: TextPart::Body,
        speaker_kind: kind,
        attribution: Attribution::Cue,
    }
}

fn article() -> Article {
    Article {
        title: "Harbour prices".into(),
        body: BODY.into(),
        format: "text".into(),
        quotes: vec![
            quote("We are ready,", "Jo Lee", SpeakerKind::Person),
            quote("Prices will rise,", "the company", SpeakerKind::Description),
            quote("It is fine,", "Acme Corp", SpeakerKind::Organisation),
        ],
        ..Article::default()
    }
}

fn archive_with_article() -> (Archive, i64) {
    let mut archive = Archive::open_in_memory().expect("archive");
    let outcome = archive
        .insert_batch(
            &[NewArticle {
                article: article(),
                ..NewArticle::default()
            }],
            "2026-01-01T00:00:00Z",
        )
        .expect("insert");
    let id = match outcome[0] {
        crate::archive::Inserted::New(id) => id,
        other => panic!("{other:?}"),
    };
    (archive, id)
}

fn names(people: &[crate::archive::Person]) -> Vec<&str> {
    people.iter().map(|p| p.name.as_str()).collect()
}

fn at(words: &str) -> QuoteAt {
    QuoteAt::of(&quote(words, "", SpeakerKind::Person))
}

fn hits(archive: &Archive, query: &str) -> usize {
    let filter = Filter {
        query: query.into(),
        ..Filter::default()
    };
    archive.matching_ids(&filter).expect("search").len()
}

/// Corrects the speaker of "Prices will rise," (the company, as extracted).
fn give_the_company_line_to(archive: &mut Archive, id: i64, name: &str, kind: SpeakerKind) {
    let change = QuoteChange::Speaker {
        name: name.into(),
        kind,
    };
    archive
        .correct_quote(id, at("Prices will rise,"), change, "2026-01-02T00:00:00Z")
        .expect("correct");
}

#[test]
fn people_are_persons_and_organisations_are_listed_apart() {
    let (archive, _) = archive_with_article();
    assert_eq!(names(&archive.people("").expect("people")), vec!["Jo Lee"]);
    assert_eq!(
        names(&archive.organisations("").expect("organisations")),
        vec!["Acme Corp"]
    );
    let read = archive.article(1).expect("read").expect("article");
    assert_eq!(read.article.quotes, article().quotes, "kinds read back");
}

#[test]
fn a_corrected_speaker_counts_as_a_person_is_found_and_undone() {
    let (mut archive, id) = archive_with_article();
    give_the_company_line_to(&mut archive, id, "Mia Stone", SpeakerKind::Person);
    let people = archive.people("").expect("people");
    assert_eq!(names(&people), vec!["Jo Lee", "Mia Stone"]);
    assert_eq!(hits(&archive, "speaker:\"Mia Stone\""), 1, "searchable");
    let read = archive.article(id).expect("read").expect("article").article;
    assert_eq!(read.quotes[1].attribution, Attribution::Corrected);
    assert_eq!(read.corrections.quotes.len(), 1);
    assert_eq!(
        read.corrections.quotes[0].quote.speaker.as_deref(),
        Some("the company"),
        "what extraction found is kept"
    );

    assert!(
        archive
            .undo_quote_correction(id, at("Prices will rise,"))
            .expect("undo")
    );
    assert_eq!(names(&archive.people("").expect("people")), vec!["Jo Lee"]);
    assert_eq!(hits(&archive, "speaker:\"Mia Stone\""), 0);
    let read = archive.article(id).expect("read").expect("article").article;
    assert_eq!(read.quotes, article().quotes, "as extracted again");
    assert!(read.corrections.is_empty());
    assert_eq!(archive.check_integrity().expect("check"), Ok(()));
}

#[test]
fn not_a_quote_leaves_the_quotes_and_undo_puts_it_back_in_order() {
    let (mut archive, id) = archive_with_article();
    let made = "2026-01-02T00:00:00Z";
    archive
        .correct_quote(id, at("We are ready,"), QuoteChange::NotAQuote, made)
        .expect("correct");
    let read = archive.article(id).expect("read").expect("article").article;
    assert_eq!(read.quotes.len(), 2);
    assert!(
        archive
            .people("")
            .expect("people")
            .iter()
            .all(|p| p.quotes == 0)
    );
    assert!(
        archive
            .undo_quote_correction(id, at("We are ready,"))
            .expect("undo")
    );
    let read = archive.article(id).expect("read").expect("article").article;
    assert_eq!(read.quotes, article().quotes);
}

#[test]
fn corrections_survive_deleting_and_importing_again_and_travel_in_exports() {
    let (mut archive, id) = archive_with_article();
    give_the_company_line_to(&mut archive, id, "Acme Corp", SpeakerKind::Organisation);
    archive
        .correct_quote(
            id,
            at("We are ready,"),
            QuoteChange::NotAQuote,
            "2026-01-03T00:00:00Z",
        )
        .expect("correct");
    let exported = archive.article(id).expect("read").expect("article");
    let expected = exported.article.quotes.clone();
    assert_eq!(expected.len(), 2);

    // Deleted and imported again from the file: extraction finds the original quotes.
    archive.delete(&[id]).expect("delete");
    let again = NewArticle {
        article: article(),
        ..NewArticle::default()
    };
    archive
        .insert_batch(&[again], "2026-01-04T00:00:00Z")
        .expect("import");
    let id = archive.all_ids().expect("ids")[0];
    let read = archive.article(id).expect("read").expect("article").article;
    assert_eq!(read.quotes, expected, "both corrections applied again");
    let organisations = archive.organisations("").expect("organisations");
    assert_eq!(organisations[0].name, "Acme Corp");
    assert_eq!(organisations[0].quotes, 2);

    // An export of it imported into another archive keeps them, undo included.
    let json = serde_json::to_string(&exported.article).expect("json");
    let back: Article = serde_json::from_str(&json).expect("parse");
    let mut other = Archive::open_in_memory().expect("archive");
    other
        .insert_batch(
            &[NewArticle {
                article: back,
                ..NewArticle::default()
            }],
            "2026-01-05T00:00:00Z",
        )
        .expect("import");
    let read = other.article(1).expect("read").expect("article").article;
    assert_eq!(read.quotes, expected);
    assert_eq!(read.corrections, exported.article.corrections);
    assert!(
        other
            .undo_quote_correction(1, at("We are ready,"))
            .expect("undo")
    );
    assert_eq!(
        other
            .article(1)
            .expect("read")
            .expect("a")
            .article
            .quotes
            .len(),
        3
    );
}

#[test]
fn an_export_imported_over_the_same_article_brings_its_corrections() {
    let (mut archive, id) = archive_with_article();
    give_the_company_line_to(&mut archive, id, "Mia Stone", SpeakerKind::Person);
    let exported = archive.article(id).expect("read").expect("article").article;

    // Another archive holds the same article as extracted, without the correction.
    let (mut other, other_id) = archive_with_article();
    let outcome = other
        .insert_batch(
            &[NewArticle {
                article: exported.clone(),
                ..NewArticle::default()
            }],
            "2026-01-05T00:00:00Z",
        )
        .expect("import");
    assert_eq!(outcome, vec![crate::archive::Inserted::Duplicate(other_id)]);
    let read = other.article(other_id).expect("read").expect("a").article;
    assert_eq!(read.quotes, exported.quotes);
    assert_eq!(
        names(&other.people("").expect("people")),
        vec!["Jo Lee", "Mia Stone"]
    );
    assert_eq!(hits(&other, "speaker:\"Mia Stone\""), 1);
    assert_eq!(other.check_integrity().expect("check"), Ok(()));
}
