//! Tests of byline.rs.

use super::*;

#[test]
fn bylines_become_names() {
    assert_eq!(
        split_names("By Jane Doe and John Smith"),
        vec!["Jane Doe", "John Smith"]
    );
    assert_eq!(
        split_names("https://facebook.com/someone"),
        Vec::<String>::new()
    );
    assert_eq!(
        split_names("By Anna Nowak, Staff Writer"),
        vec!["Anna Nowak"]
    );
}

#[test]
fn prompts_degrees_capitals_and_parentheses() {
    assert_eq!(split_names("Follow Author"), Vec::<String>::new());
    assert_eq!(
        split_names("By Brenda  Goodman, MA\n   WebMD Health News"),
        vec!["Brenda Goodman"]
    );
    assert_eq!(
        split_names("NATALIYA VASILYEVA"),
        vec!["Nataliya Vasilyeva"]
    );
    assert_eq!(
        split_names("Martin Untersinger (avec Damien Leloup"),
        vec!["Martin Untersinger"]
    );
    assert_eq!(split_names("Mac & i"), vec!["Mac & i"]);
    assert_eq!(split_names("记者 王晓明"), vec!["王晓明"]);
    assert_eq!(split_names("Ann Lee & Bo Chan"), vec!["Ann Lee", "Bo Chan"]);
}

#[test]
fn a_byline_naming_the_site_names_no_person() {
    let mut meta = Meta::default();
    meta.tags
        .insert("dc.creator".into(), vec!["RTV Waddenland".into()]);
    meta.tags
        .insert("og:site_name".into(), vec!["RTV Waddenland".into()]);
    meta.tags
        .insert("parsely-author".into(), vec!["Pieter Smit".into()]);
    let found = authors(&meta, None, &Cleaned::default(), None);
    assert_eq!(found.people, vec!["Pieter Smit"]);
    // A personal blog: the site is its author's name, and nothing else names anyone.
    let mut blog = Meta::default();
    blog.tags
        .insert("author".into(), vec!["Haki Benita".into()]);
    blog.tags
        .insert("og:site_name".into(), vec!["Haki Benita".into()]);
    let found = authors(&blog, None, &Cleaned::default(), None);
    assert_eq!(
        (found.people, found.source),
        (vec!["Haki Benita".into()], "meta")
    );
    // The byline element prints the same name with more around it.
    blog.byline_elements = vec!["Haki Benita posted in Blogville".into()];
    let found = authors(&blog, None, &Cleaned::default(), None);
    assert_eq!(found.people, vec!["Haki Benita"]);
}

#[test]
fn labels_of_other_languages_and_marks_that_end_a_name() {
    assert_eq!(split_names("Bởi Phạm Tuấn"), vec!["Phạm Tuấn"]);
    assert_eq!(split_names("توسط مریم رحیمی"), vec!["مریم رحیمی"]);
    assert_eq!(split_names("Yazar: Elif Demirtaş"), vec!["Elif Demirtaş"]);
    assert_eq!(split_names("सुनीता राठौड़"), vec!["सुनीता राठौड़"]);
    // A given name that is also a label word stays.
    assert_eq!(split_names("Per Andersson"), vec!["Per Andersson"]);
}

#[test]
fn and_in_other_languages_slashes_dates_and_addresses() {
    assert_eq!(
        split_names("Por Juan Pérez y María López"),
        vec!["Juan Pérez", "María López"]
    );
    assert_eq!(
        split_names("Av Anna Svensson och Erik Lund"),
        vec!["Anna Svensson", "Erik Lund"]
    );
    assert_eq!(split_names("Jane Doe/AFP"), vec!["Jane Doe", "AFP"]);
    assert_eq!(
        split_names("By GILLIAN MOHNEY March 11, 2015 3:46 PM"),
        vec!["Gillian Mohney"]
    );
    assert_eq!(
        split_names("Bradley M. Kuhn (http://ebb.org/bkuhn/)"),
        vec!["Bradley M. Kuhn"]
    );
    assert_eq!(
        split_names("Photo: AP | By Jane Doe Follow"),
        vec!["Jane Doe"]
    );
    assert_eq!(split_names("Follow Author"), Vec::<String>::new());
    assert_eq!(split_names("Von Hans Müller, Berlin"), vec!["Hans Müller"]);
    assert_eq!(
        split_names("Thursday, March 26, 2026"),
        Vec::<String>::new()
    );
    assert_eq!(
        split_names("史蒂文的家_藍天 (stevenhgm)"),
        vec!["史蒂文的家_藍天"]
    );
    assert_eq!(
        split_names("Contributors to Wikimedia projects"),
        vec!["Contributors to Wikimedia projects"]
    );
    assert_eq!(split_names("Jane Doe is a reporter"), Vec::<String>::new());
    assert_eq!(split_names("کد خبر: ۱۱۰۴۵"), Vec::<String>::new());
    // A body's name is not two people.
    let body = split_names("Department of Rural and Coastal Affairs");
    assert!(!body.contains(&"Coastal Affairs".to_string()), "{body:?}");
    assert_eq!(
        split_names("Jan de Vries en Piet Jansen"),
        vec!["Jan de Vries", "Piet Jansen"]
    );
}

#[test]
fn a_writer_linked_twice_is_one_writer() {
    let mut meta = Meta::default();
    meta.tags.insert("author".into(), vec!["Ann Lee".into()]);
    meta.byline_links = vec!["Ann Lee, Ann Lee".into(), "Ann Lee".into()];
    let found = authors(&meta, None, &Cleaned::default(), None);
    assert_eq!(found.people, vec!["Ann Lee"]);
}

#[test]
fn a_glued_extractor_byline_gives_way_to_the_name_element() {
    let meta = Meta {
        byline_elements: vec![
            "Abdulrahman Said Lamu County".into(),
            "Abdulrahman Said".into(),
        ],
        ..Meta::default()
    };
    let main = super::super::MainContent {
        byline: Some("Abdulrahman Said Lamu County correspondentThursday".into()),
        ..Default::default()
    };
    let found = authors(&meta, Some(&main), &Cleaned::default(), None);
    assert_eq!(found.people, vec!["Abdulrahman Said"]);
    // A name the element does not print stays.
    let meta = Meta {
        byline_elements: vec!["Ann Lee".into()],
        ..Meta::default()
    };
    let main = super::super::MainContent {
        byline: Some("Ann Lee and Bo Chan".into()),
        ..Default::default()
    };
    let found = authors(&meta, Some(&main), &Cleaned::default(), None);
    assert_eq!(found.people, vec!["Ann Lee", "Bo Chan"]);
}

#[test]
fn a_surname_joined_by_and_is_one_name() {
    assert_eq!(
        split_names("Text: Jordi Serra i Puig"),
        vec!["Jordi Serra i Puig"]
    );
    // Two writers are still two.
    assert_eq!(
        split_names("Jordi Serra i Laia Roca"),
        vec!["Jordi Serra", "Laia Roca"]
    );
}

#[test]
fn a_desk_and_its_place_name_no_writer() {
    assert_eq!(split_names("নিজস্ব প্রতিবেদক, রাজশাহী"), Vec::<String>::new());
    assert_eq!(
        split_names("Jane Doe, Ann Lee"),
        vec!["Jane Doe", "Ann Lee"]
    );
}

#[test]
fn companies_and_the_site_as_a_body_are_no_writers() {
    let cleaned = Cleaned::default();
    // Typed as an organisation in JSON-LD, or holding a legal form.
    let mut meta = Meta {
        byline_elements: vec!["Issued by: Kaveri Agritech Pvt. Ltd.".into()],
        ..Meta::default()
    };
    meta.ld.author_organisations = vec!["Kaveri Agritech".into()];
    let found = authors(&meta, None, &cleaned, Some("Pressline India"));
    assert!(found.people.is_empty());
    meta.ld.author_organisations.clear();
    meta.tags
        .insert("author".into(), vec!["Kaveri Agritech Pvt. Ltd.".into()]);
    let found = authors(&meta, None, &cleaned, Some("Pressline India"));
    assert!(found.people.is_empty());
    assert_eq!(found.organisations, vec!["Kaveri Agritech Pvt. Ltd."]);
    // The site's own name, written as a body's, is no blogger.
    let mut meta = Meta::default();
    meta.tags.insert(
        "author".into(),
        vec!["Naujamiesčio rajono savivaldybė".into()],
    );
    let found = authors(
        &meta,
        None,
        &cleaned,
        Some("Naujamiesčio rajono savivaldybė"),
    );
    assert!(found.people.is_empty());
    let mut meta = Meta::default();
    meta.tags
        .insert("author".into(), vec!["Jan de Vries".into()]);
    let found = authors(&meta, None, &cleaned, Some("Jan de Vries"));
    assert_eq!(found.people, vec!["Jan de Vries"]);
}

#[test]
fn a_department_is_no_writer() {
    let cleaned = Cleaned::default();
    let mut meta = Meta {
        byline_elements: vec!["Komunikacijos ir kultūros skyrius".into()],
        ..Meta::default()
    };
    let found = authors(&meta, None, &cleaned, None);
    assert!(found.people.is_empty());
    assert_eq!(
        found.organisations,
        vec!["Komunikacijos ir kultūros skyrius"]
    );
    meta.byline_elements = vec!["Rhodri ap Dafydd and Mohammed al-Sayed".into()];
    let found = authors(&meta, None, &cleaned, None);
    assert_eq!(found.people, vec!["Rhodri ap Dafydd", "Mohammed al-Sayed"]);
}

#[test]
fn georgian_names_are_written_without_case() {
    assert_eq!(
        split_names("ავტორი: ნინო ბერიძე")
            .last()
            .map(String::as_str),
        Some("ნინო ბერიძე")
    );
    let mut meta = Meta::default();
    meta.tags
        .insert("author".into(), vec!["ნინო ბერიძე".into()]);
    let found = authors(&meta, None, &Cleaned::default(), None);
    assert_eq!(found.people, vec!["ნინო ბერიძე"]);
}

#[test]
fn a_joint_credit_with_writing_names_the_writer() {
    assert_eq!(
        split_names("Words and photos: Efua Mensah"),
        vec!["Efua Mensah"]
    );
    assert_eq!(split_names("Texto y fotos: Ana Silva"), vec!["Ana Silva"]);
    assert_eq!(
        split_names("Fotos y video: Ana Silva"),
        Vec::<String>::new()
    );
}

#[test]
fn the_extractor_taking_the_first_of_several_linked_writers_gives_way_to_all() {
    let meta = Meta {
        byline_links: vec!["Aminata Sow, Ousmane Diop".into()],
        ..Meta::default()
    };
    let main = super::super::MainContent {
        byline: Some("Aminata Sow".into()),
        ..Default::default()
    };
    let found = authors(&meta, Some(&main), &Cleaned::default(), None);
    assert_eq!(found.people, vec!["Aminata Sow", "Ousmane Diop"]);
}

#[test]
fn a_place_after_a_dash_is_no_writer() {
    assert_eq!(
        split_names("Nimal Jayasekara - Galle"),
        vec!["Nimal Jayasekara"]
    );
    assert_eq!(split_names("නිමල් ජයසේකර - ගාල්ල"), vec!["නිමල් ජයසේකර"]);
    // Two writers joined by a dash stay two.
    assert_eq!(
        split_names("Nguyễn Đông - Hoàng Thảo"),
        vec!["Nguyễn Đông", "Hoàng Thảo"]
    );
}

#[test]
fn a_label_glued_to_the_name_is_dropped() {
    assert_eq!(
        split_names("Kubhalwe nguSipho Mthembu"),
        vec!["Sipho Mthembu"]
    );
}
