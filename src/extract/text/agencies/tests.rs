use super::*;

#[test]
fn our_correspondent_is_a_desk() {
    assert!(is_desk("Our Political Correspondent"));
    assert!(is_desk("Notre correspondant"));
    assert!(!is_desk("Owen Reporter"));
}

#[test]
fn credit_lines_name_only_agencies() {
    assert_eq!(credit_line("(ANSA)"), Some(vec!["ANSA".to_string()]));
    assert_eq!(credit_line("— with AAP"), Some(vec!["AAP".to_string()]));
    assert_eq!(
        credit_line("Con información de EFE y Reuters"),
        Some(vec!["EFE".to_string(), "Reuters".to_string()])
    );
    assert_eq!(credit_line("avec AFP"), Some(vec!["AFP".to_string()]));
    assert_eq!(credit_line("With agencies"), None);
    assert_eq!(credit_line("— with Anna Kowalska"), None);
    assert_eq!(credit_line("ap"), None, "short names keep their case");
    assert_eq!(credit_line("Watch the map"), None);
}

#[test]
fn credit_sentences_after_the_agencies() {
    assert_eq!(
        credit_line("Reuters contributed to this report."),
        Some(vec!["Reuters".to_string()])
    );
    assert_eq!(
        credit_line("(Ulat mula sa PNA)"),
        Some(vec!["PNA".to_string()])
    );
    assert_eq!(credit_line("Our readers contributed to this report."), None);
}

#[test]
fn the_dateline_may_follow_a_deck() {
    let article = super::super::read_text(
        "Gold prices fall before the wedding season\n\n\
         Prices slipped for a third day as demand from jewellers stayed weak.\n\n\
         NEW DELHI, Nov 25 (PTI) Gold prices fell by 450 rupees on Tuesday, traders said.\n\n\
         Silver also fell.",
    );
    assert_eq!(article.sources, ["PTI"]);
}

#[test]
fn an_agency_named_as_one_is_credited_unlisted() {
    assert_eq!(
        credit_line("Com informações da Agência Estado"),
        Some(vec!["Agência Estado".to_string()])
    );
    assert_eq!(
        credit_line("Con información de Agencia Andina"),
        Some(vec!["Agencia Andina".to_string()])
    );
    // A travel agency in a sentence is no credit.
    assert_eq!(credit_line("We booked with the agency in town"), None);
}

#[test]
fn a_credit_in_brackets_closes_a_paragraph() {
    assert_eq!(
        closing_credit("Madrid aprobó el proyecto de 4,2 millones de euros. (Europa Press)")
            .as_deref(),
        Some("Europa Press")
    );
    assert_eq!(
        closing_credit("交通局回應，明年將新增120輛電動公車。（中央社）").as_deref(),
        Some("中央社")
    );
    assert_eq!(
        closing_credit("The plan costs $4 million (about €3.7 million)"),
        None
    );
    // An e-paper sets the agency after the last sentence, without brackets.
    assert_eq!(
        bare_closing_credit("Muitas mulheres ainda dão à luz em casa. ANGOP").as_deref(),
        Some("ANGOP")
    );
    assert_eq!(
        bare_closing_credit("The corporation has begun a survey of feeder routes. PTI").as_deref(),
        Some("PTI")
    );
    // A sentence that ends on a word an agency also spells is no credit.
    assert_eq!(
        bare_closing_credit("The minister met the head of the AP."),
        None
    );
    assert_eq!(
        bare_closing_credit("He said it was done. Then he left"),
        None
    );
}

#[test]
fn datelines_without_brackets() {
    assert_eq!(
        dateline("GEORGETOWN, Guyana, Nov 16, CMC – Agriculture ministers agreed on Monday.")
            .as_deref(),
        Some("CMC")
    );
    assert_eq!(
        dateline("Sigulda, 5. aug., LETA. Siguldas novada pašvaldība noslēgusi līgumu.").as_deref(),
        Some("LETA")
    );
    assert_eq!(dateline("Paris, France - The city said on Monday."), None);
    assert_eq!(
        dateline("عمان - بترا - أعلنت هيئة تنظيم النقل البري اليوم الثلاثاء.").as_deref(),
        Some("بترا")
    );
    assert_eq!(
        dateline("Paris - Lyon - the train was late again on Monday."),
        None
    );
}

#[test]
fn datelines_and_slashes_and_desks() {
    assert_eq!(
        dateline("DENVER (AP) — Grid operators asked customers").as_deref(),
        Some("AP")
    );
    assert_eq!(
        dateline("LONDON, March 5 (Reuters) - Oil rose").as_deref(),
        Some("Reuters")
    );
    assert_eq!(dateline("DALLAS (KTXR) — A fire broke out"), None);
    assert_eq!(
        dateline("HONG KONG, Nov 24 (Harbour Wire) - A developer asked").as_deref(),
        Some("Harbour Wire")
    );
    assert_eq!(dateline("Ottawa (Our Reporter) - said the"), None);
    assert_eq!(
        dateline("KAMPALA, Uganda, Nov. 24, 2026 /AfriWire/ -- A dairy opened today.").as_deref(),
        Some("AfriWire")
    );
    assert_eq!(
        dateline("(세종=연합뉴스) 정부가 반도체 소재 분야 중소기업에 저금리 대출을 지원한다.")
            .as_deref(),
        Some("연합뉴스")
    );
    assert_eq!(dateline("The mayor (a Democrat) - said"), None);
    assert_eq!(
        name_and_agency("Erik Lundgren/TT"),
        Some(("Erik Lundgren", "TT"))
    );
    assert_eq!(name_and_agency("Fethi Belaid/Getty Images"), None);
    assert!(is_desk("Redacción"));
    assert!(is_desk("Haber Merkezi"));
    assert!(!is_desk("Anna Kowalska"));
    let mut authors = vec!["Mary Sullivan".to_string(), "Associated Press".to_string()];
    let mut sources = Vec::new();
    sort_authors(&mut authors, &mut sources);
    assert_eq!(authors, ["Mary Sullivan"]);
    assert_eq!(sources, ["Associated Press"]);
}
