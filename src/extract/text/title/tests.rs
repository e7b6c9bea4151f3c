use super::*;

#[test]
fn kickers_and_headlines() {
    assert!(is_kicker("Business"));
    assert!(is_kicker("WORLD"));
    assert!(is_kicker("社会"));
    // A league or a tier numbered last is a section; a day of a month is a date.
    assert!(is_kicker("Liga 2"));
    assert!(is_kicker("Formula 1"));
    assert!(!is_kicker("Nov 24"));
    assert!(!is_kicker("Score 2 1"));
    assert!(!is_kicker(
        "Tallinn port operator plans second container terminal"
    ));
    assert!(is_headline(
        "Tallinn port operator plans second container terminal"
    ));
    assert!(!is_headline("He said it was over."));
    assert!(is_headline("上海地铁新线路年底试运行"));
}

#[test]
fn the_section_above_a_headline_is_a_breadcrumbs_last_step_or_a_label_not_furniture() {
    let lines = |t: &str| t.lines().map(str::to_string).collect::<Vec<_>>();
    let page = lines("Home / Cronaca / Venezia\nVenezia, il ticket torna ad aprile");
    assert_eq!(
        crate::extract::text::section::section_above(&page, 1).as_deref(),
        Some("Venezia")
    );
    let page = lines("Anasayfa > Ekonomi\n\nKonut satışları şubatta yüzde 18 arttı");
    assert_eq!(
        crate::extract::text::section::section_above(&page, 2).as_deref(),
        Some("Ekonomi")
    );
    let page = lines("NATION & WORLD\nHeat wave pushes power grids to the brink");
    assert_eq!(
        crate::extract::text::section::section_above(&page, 1).as_deref(),
        Some("NATION & WORLD")
    );
    let page = lines("Subscribe Now\nHeat wave pushes power grids to the brink");
    assert_eq!(crate::extract::text::section::section_above(&page, 1), None);
    let page = lines("Business\n\n\nHeat wave pushes power grids to the brink");
    assert_eq!(
        crate::extract::text::section::section_above(&page, 3),
        None,
        "too far above"
    );
}

#[test]
fn a_site_name_and_a_menu_above_the_headline_are_furniture() {
    let article = super::super::read_text(
        "The Front Range Daily\nLocal\nSports\nBusiness\nNATION & WORLD\n\
         Heat wave pushes Western power grids to the brink\n\
         By MARY SULLIVAN\n\n\
         Grid operators across the western United States asked customers to conserve power.\n",
    );
    assert_eq!(
        article.title,
        "Heat wave pushes Western power grids to the brink"
    );
    assert_eq!(article.category.as_deref(), Some("NATION & WORLD"));
    let article = super::super::read_text(
        "El Heraldo\nNacional\nInternacional\nInternacional\n\
         Argentina registra la inflación mensual más baja en tres años\n\n\
         La inflación de Argentina se ubicó en 2.2 % en enero, informó el INDEC.\n",
    );
    assert_ne!(
        article.title, "Internacional",
        "a repeated label is no title"
    );
}

#[test]
fn mastheads() {
    assert_eq!(
        masthead("Metro Courier · metro edition").as_deref(),
        Some("Metro Courier")
    );
    assert!(masthead("The Harbour Herald · 2 min read").is_some());
    assert_eq!(masthead("Oil prices rise · markets"), None);
}
