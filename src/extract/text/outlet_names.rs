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
