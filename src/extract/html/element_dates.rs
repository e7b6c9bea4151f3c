//! Machine dates that elements of the page's body declare the way `<meta>` and `<time>` do in
//! other markup: RDFa's `property`/`content` pairs and custom elements' `datetime`.

use super::dom::Node;
use super::iso_date::iso_date;

/// Whether an element gives a machine date as `<time datetime>` does: a custom element (its
/// name holds a hyphen) with a `datetime` attribute, such as AMP's `<amp-timeago>` or the
/// `<relative-time>` and `<local-time>` of web components, which print only a relative time
/// (`3 hours ago`). `<ins>` and `<del>` carry `datetime` too, but for an edit: they are no
/// custom elements.
pub(super) fn is_custom_time(node: &Node) -> bool {
    node.tag.contains('-') && node.attr("datetime").is_some_and(|d| !d.trim().is_empty())
}

/// The dates an element of the body declares in RDFa, as `(property, date)` pairs: RDFa gives
/// any element `property` and `content` with the meaning a `<meta>` has (Drupal 7 marks every
/// node `<span property="dc:date dc:created" content="2026-11-16T10:05:00+02:00">`). Only
/// machine dates: other RDFa values are left to the readers of their fields.
pub(super) fn rdfa_dates(node: &Node) -> Vec<(String, String)> {
    if node.tag == "meta" {
        return Vec::new();
    }
    let (Some(property), Some(content)) = (node.attr("property"), node.attr("content")) else {
        return Vec::new();
    };
    let content = content.trim();
    if iso_date(content).is_none() {
        return Vec::new();
    }
    property
        .split_whitespace()
        .map(|key| (key.to_ascii_lowercase(), content.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::html::dom::Dom;

    fn first(html: &str, tag: &str) -> Node {
        let page = Dom::parse(html);
        let found = page.nodes.iter().find(|n| n.tag == tag);
        found.cloned().unwrap_or_default()
    }

    #[test]
    fn a_custom_element_with_a_datetime_is_a_time_and_an_edit_is_not() {
        let amp =
            r#"<p><amp-timeago datetime="2026-11-23T11:05:00+05:30">3 hours ago</amp-timeago></p>"#;
        assert!(is_custom_time(&first(amp, "amp-timeago")));
        let ins = r#"<p><ins datetime="2026-11-23T11:05:00">added</ins></p>"#;
        assert!(!is_custom_time(&first(ins, "ins")));
        let bare = r#"<p><amp-timeago>3 hours ago</amp-timeago></p>"#;
        assert!(!is_custom_time(&first(bare, "amp-timeago")));
    }

    #[test]
    fn an_rdfa_span_declares_its_dates_as_a_meta_tag_does() {
        let span = r#"<div><span property="dc:date dc:created" content="2026-11-16T10:05:00+02:00"></span></div>"#;
        assert_eq!(
            rdfa_dates(&first(span, "span")),
            vec![
                (
                    "dc:date".to_string(),
                    "2026-11-16T10:05:00+02:00".to_string()
                ),
                (
                    "dc:created".to_string(),
                    "2026-11-16T10:05:00+02:00".to_string()
                ),
            ]
        );
        let name = r#"<div><span property="foaf:name" content="newsoffice"></span></div>"#;
        assert!(rdfa_dates(&first(name, "span")).is_empty());
    }
}
