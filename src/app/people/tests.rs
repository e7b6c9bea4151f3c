use super::*;

fn person(name: &str, quotes: u64, quoted_in: u64, authored: u64) -> Person {
    Person {
        name: name.into(),
        variants: vec![name.into()],
        quotes,
        quoted_in,
        authored,
    }
}

#[test]
fn sorting_by_each_column() {
    let people = vec![
        person("bea", 1, 1, 5),
        person("Al", 7, 2, 0),
        person("Cy", 3, 3, 0),
    ];
    let names = |sort| {
        sorted(&people, sort)
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(PeopleSort::Name), vec!["Al", "bea", "Cy"]);
    assert_eq!(names(PeopleSort::Quotes), vec!["Al", "Cy", "bea"]);
    assert_eq!(names(PeopleSort::QuotedIn), vec!["Cy", "Al", "bea"]);
    assert_eq!(names(PeopleSort::Authored), vec!["bea", "Al", "Cy"]);
}

#[test]
fn person_query_matches_speaker_or_author() {
    assert_eq!(
        person_query("Jo Lee"),
        "(speaker:\"Jo Lee\") OR (author:\"Jo Lee\")"
    );
    assert_eq!(
        person_query("The \"Rock\""),
        "(speaker:\"The Rock\") OR (author:\"The Rock\")"
    );
}

#[test]
fn summary_counts() {
    assert_eq!(summary(&person("A", 7, 2, 0)), "7 quotes in 2 articles");
    assert_eq!(
        summary(&person("A", 1, 1, 1)),
        "1 quote in 1 article  ·  wrote 1 article"
    );
    assert_eq!(summary(&person("A", 0, 0, 0)), "no quotes");
}
