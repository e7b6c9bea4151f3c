//! A declared site name with a tagline after a separator (`Садои Суғд - Хабарҳои вилояти
//! Суғд`, `Site – Just another WordPress site`) against the names the page gives itself
//! elsewhere: when another, independent declaration (the logo's text, the JSON-LD publisher
//! or `WebSite`) names the part before the separator alone and none names the whole, the
//! two agree on that part, and the rest is a tagline.

use super::metadata::{Meta, simplify};

/// `publisher`, or its first separated part when the page's other names agree on that part.
pub(super) fn agreed_name(meta: &Meta, publisher: String) -> String {
    let others: Vec<String> = (meta.logo_alts.iter())
        .chain(meta.ld.publisher.iter())
        .chain(meta.ld.website.iter())
        .map(|n| simplify(n))
        .filter(|n| !n.is_empty())
        .collect();
    if others.contains(&simplify(&publisher)) {
        return publisher;
    }
    // The first separator only: a head is the name, everything after it one tagline.
    let head = super::title::SEPARATORS
        .iter()
        .filter(|sep| **sep != "_")
        .filter_map(|sep| publisher.find(sep).map(|at| (at, sep.len())))
        .min()
        .map(|(at, _)| publisher[..at].trim());
    match head {
        Some(head) if !head.is_empty() && others.contains(&simplify(head)) => head.to_string(),
        _ => publisher,
    }
}

#[cfg(test)]
mod tests {
    use super::agreed_name;
    use crate::extract::html::metadata::Meta;

    fn meta_with_logo(alt: &str) -> Meta {
        Meta {
            logo_alts: vec![alt.to_string()],
            ..Meta::default()
        }
    }

    #[test]
    fn a_tagline_the_logo_leaves_out_is_dropped() {
        let meta = meta_with_logo("Садои Суғд");
        assert_eq!(
            agreed_name(&meta, "Садои Суғд - Хабарҳои вилояти Суғд".into()),
            "Садои Суғд"
        );
    }

    #[test]
    fn a_whole_name_the_logo_confirms_or_no_agreement_stays() {
        let meta = meta_with_logo("Bay News | Radio");
        assert_eq!(
            agreed_name(&meta, "Bay News | Radio".into()),
            "Bay News | Radio"
        );
        let meta = meta_with_logo("Coast FM");
        assert_eq!(
            agreed_name(&meta, "Bay News - Local stories".into()),
            "Bay News - Local stories"
        );
        assert_eq!(agreed_name(&Meta::default(), "A - B".into()), "A - B");
    }
}
