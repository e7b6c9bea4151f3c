//! Bodies a speaker text names by its form alone, whatever else made it look like a person
//! or a description: a company's legal form closing the name (`Medisur Caribe SRL`), and a
//! definite phrase whose head is an organisation word that a proper name qualifies (`The
//! Zhambyl district education department`, `the Peruvian government`).

use crate::extract::lexicon;

/// `Medisur Caribe SRL`, `Westlink Hospitality Ltd`: a legal form (`assets/lexicon/
/// legal-forms.txt`) ending a name of two words or more makes it a company's, even when the
/// name was met as a speaker's. A form of one or two letters written in title case (`Sa`,
/// `As`) is read only in capitals: so written it is a word or a person's name.
pub(super) fn ends_with_legal_form(words: &[&str], lower: &[String]) -> bool {
    let (Some(written), Some(last)) = (words.last(), lower.last()) else {
        return false;
    };
    // `an official at International Digital Inc`: a description, whatever it ends with.
    if words.len() < 2 || !words[0].starts_with(char::is_uppercase) {
        return false;
    }
    let bare = last.trim_end_matches('.');
    let forms = lexicon::legal_forms();
    let is_form = forms.contains(&last.as_str()) || forms.contains(&bare);
    let as_a_form = !written.chars().any(char::is_lowercase)
        || (bare.chars().count() >= 3 && lexicon::given_name(bare).is_none());
    is_form && as_a_form
}

/// `The Cusco regional civil defence office`, `The Peruvian government`: `the`, a capitalised
/// word after it and an organisation word closing the phrase name one body, as `the Ministry
/// of Finance` does; with no capital inside (`the national wine agency`, `the company`) the
/// phrase only describes, and so does a plural head (`the West German banking sources`), a
/// noun that names one person or a document as well as a body (`the British source`, `the VW
/// statement`: the organisation forms of the lexicon only) and a head before `of` (`the
/// manager of a European bank`).
pub(super) fn names_a_body(words: &[&str], lower: &[String]) -> bool {
    words.len() >= 3
        && lower[0] == "the"
        && lower.last().is_some_and(|w| {
            lexicon::is_organisation_form(w) && (!w.ends_with('s') || w.ends_with("ss"))
        })
        && !lower.iter().any(|w| w == "of")
        && words[words.len() - 1].starts_with(char::is_lowercase)
        && words[1..words.len() - 1]
            .iter()
            .any(|w| w.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::super::kind_of;
    use crate::model::SpeakerKind;

    #[test]
    fn a_legal_form_closing_a_name_makes_it_a_company_even_when_met_as_a_person() {
        assert_eq!(kind_of("Ordano Vinas SRL", true), SpeakerKind::Organisation);
        assert_eq!(
            kind_of("Kestrel Baltic ASA", true),
            SpeakerKind::Organisation
        );
    }

    #[test]
    fn a_definite_phrase_with_a_proper_name_and_an_organisation_word_names_a_body() {
        assert_eq!(
            kind_of("The Tavush district water department", false),
            SpeakerKind::Organisation
        );
        assert_eq!(
            kind_of("The Bolivian government", false),
            SpeakerKind::Organisation
        );
        assert_eq!(
            kind_of("the national wine agency", false),
            SpeakerKind::Description
        );
        assert_eq!(kind_of("The company", false), SpeakerKind::Description);
    }
}
