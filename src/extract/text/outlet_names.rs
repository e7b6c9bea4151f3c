//! A name-shaped line beside the date that the copy itself shows to be an outlet or a desk
//! (how the text writes it, what it credits), read before the line is taken for a writer.

/// A name-shaped line that the copy shows to be a publication or a desk, not a person: one
/// name that the text writes with "the" (`covers education for the Delta Clarion-Ledger`),
/// credits a photo to (`(APB Riverina: Tom Baraket)`, `Foto: Harian Lintas Khatulistiwa/…`)
/// or names as the story's origin (`Baca artikel asli di …`).
pub(super) fn is_outlet(names: &[String], lines: &[String]) -> bool {
    let [name] = names else {
        return false;
    };
    let lower = name.to_lowercase();
    let with_the = format!("the {lower}");
    // A photographer who also wrote is credited by name too (`Marcus Bell/AP`): a credit
    // counts only for a name that does not open with a known given name.
    let person = name
        .split_whitespace()
        .next()
        .is_some_and(|first| crate::extract::lexicon::given_name(&first.to_lowercase()).is_some());
    let as_credit = [format!("({lower}:"), format!("{lower}/")];
    // `(Rizky Pratama/wartaNews)`: a photographer before the outlet or agency they shoot for.
    let shoots_for = |l: &str| {
        let at = l.to_lowercase().find(&format!("{lower}/"))?;
        let after = l.get(at + lower.len() + 1..)?;
        let outlet = after
            .split(|c: char| matches!(c, ')' | ',' | ';') || c.is_whitespace())
            .next()?;
        Some(
            crate::extract::lexicon::is_news_agency(outlet)
                || super::name_shapes::is_camel_brand(outlet),
        )
    };
    lines.iter().any(|l| {
        let l_lower = l.to_lowercase();
        (l_lower.contains(&with_the) && l_lower.len() > with_the.len() + 20)
            || (!person
                && as_credit.iter().any(|c| l_lower.contains(c.as_str()))
                && shoots_for(l) != Some(true))
            || super::site::named_origin(l).is_some_and(|o| o.to_lowercase() == lower)
    })
}

/// A second name in a byline that is no known person and that a sentence elsewhere in the copy
/// names mid-way (`By Anele Dlamini, Karoo Voices` with `This story was produced by Karoo
/// Voices, a non-profit newsroom …`; `This article was first published in Japanese by The
/// Kibi Shimpo on …`): the outlet the writer works for, which the story credits as its origin.
/// A co-writer is written about with the others (`Rebecca Thornton and Daniel Okafor reported
/// from Washington, and Mei-Ling Chu from Des Moines`), not alone.
pub(super) fn is_credited_outlet(name: &str, writer: &str, lines: &[String]) -> bool {
    if super::byline::is_known_person(name) || name.chars().count() < 3 {
        return false;
    }
    lines.iter().any(|l| {
        l.find(name).is_some_and(|at| at > 0)
            && !l.contains(writer)
            && super::lines::ends_sentence(l)
            && l.split_whitespace().count() >= 8
            && super::byline::byline(l).is_none()
    })
}
