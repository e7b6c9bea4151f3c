use super::headline::{content_words, headline_score};
use super::*;

#[test]
fn headline_score_prefers_headlines_over_buttons_credits_and_players() {
    let headline = headline_score("Yahoo’s Sale to Verizon Leaves Shareholders With Little Say");
    for furniture in [
        "Credit Harry Campbell",
        "Share via Email",
        "Your video will play in 00:25",
        "Published Thursday 27 July 2017",
    ] {
        assert!(headline_score(furniture) < headline, "{furniture}");
    }
}

#[test]
fn a_story_sentence_holding_a_furniture_word_inside_another_is_no_furniture() {
    let quote = "\"Nobody will be left out. Those who registered will have a space, and we \
                 are working with the queen mothers to verify the rest,\" he said.";
    assert!(!is_boilerplate_line(quote));
    // Whole words still count, in a sentence too, and short lines keep the loose match.
    assert!(is_boilerplate_line(
        "We use cookies to give you the best experience on our site, as our policy explains."
    ));
    assert!(is_boilerplate_line("Register now"));
}

#[test]
fn the_headline_is_the_one_the_article_then_tells_not_a_teaser_beside_it() {
    let mut page = String::new();
    for item in [
        "Home", "News", "Tech", "Science", "Culture", "Sport", "Video", "Podcasts", "Games",
        "Deals", "Sign in", "Search", "Menu",
    ] {
        page.push_str(item);
        page.push('\n');
    }
    page.push_str(
        "Zuckerberg offers peek at Facebook's acquisition strategies\n\
         Zuckerberg offers peek at Facebook's acquisition strategies\n\
         Tech Industry\n\
         Up Next Governments everywhere are failing at social media and you deserve some blame\n\n",
    );
    for n in ["first", "second", "third", "fourth"] {
        page.push_str(&format!(
            "Facebook chief Mark Zuckerberg described to a court how the company approaches its \
             {n} acquisition, from the first contact with a founder to the closing of the deal.\n\n"
        ));
    }
    assert_eq!(
        first_kept(&page).as_deref(),
        Some("Zuckerberg offers peek at Facebook's acquisition strategies")
    );
}

#[test]
fn a_byline_with_a_relative_time_under_the_headline_is_kept_and_read() {
    let mut page = String::new();
    for item in [
        "Home",
        "Movies",
        "TV",
        "Games",
        "Books",
        "Video",
        "Sign in",
        "Search",
        "Menu",
        "Newsletter",
        "Community",
        "Shop",
    ] {
        page.push_str(item);
        page.push('\n');
    }
    page.push_str(
        "Movies\n\
         The Original Cuts Might Be Released for the Saga's Anniversary\n\
         \u{20}James Akinaka \u{2022} 8h\n\n",
    );
    for n in ["first", "second", "third", "fourth"] {
        page.push_str(&format!(
            "The studio is planning a celebration for the saga this spring, and the {n} rumour \
             says that the original cuts of the films could be released for the anniversary.\n\n"
        ));
    }
    let lines = super::super::lines::split_lines(&page);
    let dump = article_lines(&lines).expect("a dump");
    let byline = lines.iter().position(|l| l.contains("Akinaka")).unwrap();
    assert!(dump.keep[byline]);
    let article = super::super::read_text(&page);
    assert_eq!(article.authors, ["James Akinaka"]);
}

/// The first line an article run keeps from a page dump.
fn first_kept(page: &str) -> Option<String> {
    let lines = super::super::lines::split_lines(page);
    let keep = article_lines(&lines).expect("a dump").keep;
    lines
        .into_iter()
        .zip(keep)
        .find(|(_, k)| *k)
        .map(|(l, _)| l)
}

#[test]
fn code_lines_are_neither_prose_nor_furniture() {
    for code in [
        "fetch(\"/data.json\").then(function(res) {",
        "  }",
        "var x = f();",
        "// res instanceof Response == true.",
    ] {
        assert!(is_code(code), "{code}");
    }
    for text in [
        "Home",
        "Sign in",
        "Share to Twitter",
        "3/09/15 8:00am",
        "Photos (12)",
    ] {
        assert!(!is_code(text), "{text}");
    }
}

#[test]
fn an_article_split_by_a_video_player_is_one_run() {
    let mut page = String::new();
    for item in [
        "Home", "News", "World", "Business", "Sport", "Culture", "Travel", "Video", "Podcasts",
        "Games", "Deals", "Sign in", "Menu",
    ] {
        page.push_str(&format!("{item}\n"));
    }
    page.push_str("Seven secrets that hotel owners do not want you to know\nJane Roe\nFriday 25 December 2015\n");
    let para = "Most people go to hotels for the pleasure of sleeping in a giant bed with clean white sheets and waking up to a breakfast that somebody else has cooked for them.";
    for n in 0..5 {
        page.push_str(&format!("{para} Guest {n} agreed.\n"));
    }
    for control in 0..50 {
        page.push_str(&format!("Control {control}\n"));
    }
    for n in 0..5 {
        page.push_str(&format!("{para} Owner {n} said so.\n"));
    }
    assert_eq!(
        first_kept(&page).as_deref(),
        Some("Seven secrets that hotel owners do not want you to know")
    );
}

#[test]
fn content_words_skip_short_and_stop_words_and_pair_cjk() {
    assert_eq!(
        content_words("Facebook's plan for the deal", &["plan"]),
        vec!["facebook", "deal"]
    );
    assert_eq!(
        content_words("宇航员喝酒", &[]),
        vec!["宇航", "航员", "员喝", "喝酒"]
    );
}
