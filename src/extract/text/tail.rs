//! The bottom of a text copy: walking up from the end over the publisher's line, source
//! lines, legal notices and footer links, until the first line of ordinary text.

use super::{Found, Role, TAIL_WINDOW, agencies, footer, rights};

/// Walks up from the end over the publisher line, source lines and legal notices, stopping at
/// the first line of ordinary text. Only a notice with at least two legal phrases counts, so a
/// last paragraph that merely mentions copying stays in the body.
pub(super) fn read_tail(lines: &[String], roles: &mut [Role], found: &mut Found) {
    let mut looked_at = 0;
    let mut furniture = 0;
    for i in (0..lines.len()).rev() {
        match roles[i] {
            Role::Blank => continue,
            // `Le Fleuve Matin – Tous droits réservés`: a name and its rights, without a `©`.
            Role::Content if rights::named_rights(&lines[i]).is_some() => {
                if found.publisher.is_none() {
                    found.publisher = rights::named_rights(&lines[i]);
                    found.provenance.insert("publisher", "copyright-line");
                }
                roles[i] = Role::Publisher;
            }
            Role::Content if rights::rights_score(&lines[i]) >= 2 => roles[i] = Role::Rights,
            // `2024 Todos os direitos reservados` under the name and its `©`.
            Role::Content
                if lines[i].chars().count() <= 60 && rights::says_rights_reserved(&lines[i]) =>
            {
                roles[i] = Role::Rights
            }
            // `NRK – Norsk rikskringkasting AS`: the name before the company's.
            Role::Content if footer::name_before_company(&lines[i]).is_some() => {
                if found.publisher.is_none() {
                    found.publisher = footer::name_before_company(&lines[i]);
                    found.provenance.insert("publisher", "company-line");
                }
                roles[i] = Role::Publisher;
            }
            // Footer links between the notice and the end (`Impressum · Datenschutz · AGB`).
            Role::Content if footer::is_footer_furniture(&lines[i]) && furniture < 3 => {
                furniture += 1;
            }
            Role::Content | Role::Title => break,
            Role::Copyright => {
                // `Zprávy Vltava © 2024 Vltava Media a.s.`: the brand before the mark; else the
                // owner without its legal form and corporate words.
                let owner = footer::brand_before_mark(&lines[i]).or_else(|| {
                    rights::publisher(&lines[i])
                        .map(|o| footer::without_corporate_words(&o).to_string())
                });
                // `© La Presse Canadienne, 2024`: the agency owns the text, the site did not
                // publish it under its own name.
                if let Some(agency) = owner
                    .as_ref()
                    .filter(|o| crate::extract::lexicon::is_news_agency(o))
                {
                    agencies::add_source(&mut found.sources, agency);
                } else if found.publisher.is_none() {
                    found.publisher = owner;
                    found.provenance.insert("publisher", "copyright-line");
                }
                if rights::says_rights_reserved(&lines[i]) && found.rights_in_copyright.is_none() {
                    found.rights_in_copyright = Some(lines[i].clone());
                }
                roles[i] = Role::Publisher;
            }
            _ => {}
        }
        looked_at += 1;
        if looked_at >= TAIL_WINDOW {
            break;
        }
    }
}
