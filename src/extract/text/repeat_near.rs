//! A headline printed twice close together below a page's header: the copy glued to its kicker
//! and the copy alone (`CiudadLa Roma Norte…` over `La Roma Norte…`), or a link preview's
//! headline over the story's own (`Headline`, deck, section, `Headline`). Two copies of a
//! headline-shaped line a few lines apart are the strongest evidence a page gives for its title,
//! wherever the header ends; a caption repeated lower down is a sentence, not a headline.

use super::line_shapes::{
    is_headline, is_kicker, is_metadata_line, is_short_label, starts_with_date,
};
use super::{Found, Role};

/// How many content lines may separate the two copies (a deck and a section between them).
const MOST_APART: usize = 4;

/// The headline printed twice within `top` (content lines), after `repeated`'s stricter
/// reading found none: marks both copies and takes a glued prefix or the label above the
/// second copy as the category.
pub(super) fn repeated_nearby(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
    top: &[usize],
) -> Option<String> {
    for (a_pos, &a) in top.iter().enumerate() {
        for &b in top.iter().skip(a_pos + 1).take(MOST_APART) {
            let Some((title, glued)) = super::title::repeated_title(&lines[a], &lines[b]) else {
                continue;
            };
            // A line printed twice in a row is an image's alt text and caption.
            let twins = lines[a] == lines[b] && top.get(a_pos + 1) == Some(&b);
            if twins
                || super::title::is_menu_item(lines, top, a_pos)
                || !is_headline(&title)
                || is_metadata_line(&lines[a])
                || is_metadata_line(&lines[b])
                || starts_with_date(&title)
            {
                continue;
            }
            roles[a] = Role::Title;
            roles[b] = Role::Title;
            for at in [a, b] {
                if lines[at].len() > title.len() && lines[at].starts_with(title.as_str()) {
                    roles[at] = Role::Dropped;
                }
            }
            let between = label_between(lines, top, a, b);
            if between.is_some() {
                for &i in top.iter().filter(|&&i| i > a && i < b) {
                    if is_short_label(&lines[i]) {
                        roles[i] = Role::Dropped;
                    }
                }
            }
            let category = glued.or(between).or_else(|| kicker_over(lines, a));
            if let Some(category) = category {
                found.category.get_or_insert(category);
                found.provenance.insert("category", "line-above-headline");
            }
            found.provenance.insert("title", "repeated-line");
            return Some(title);
        }
    }
    None
}

/// The short label directly above the second copy, when it sits between the two copies (a
/// section printed over the story's own headline).
fn label_between(lines: &[String], top: &[usize], a: usize, b: usize) -> Option<String> {
    let above = top.iter().copied().filter(|&i| i > a && i < b).max()?;
    let line = lines[above].trim();
    (is_short_label(line) && !super::section::is_no_section(line) && !is_metadata_line(line))
        .then(|| line.to_string())
}

/// The kicker over the first copy, past the byline and date lines between them (`Belföld`,
/// `Szerző: …`, `2024. október 8. 13:27`, headline).
fn kicker_over(lines: &[String], first: usize) -> Option<String> {
    let above = (0..first)
        .rev()
        .find(|&i| !lines[i].trim().is_empty() && !is_metadata_line(&lines[i]))?;
    let line = lines[above].trim();
    (is_kicker(line)
        && line.chars().any(char::is_alphabetic)
        && !super::section::is_no_section(line))
    .then(|| line.to_string())
}

/// The page's headline glued to its kicker (`CiudadLa Roma Norte…`) and printed again alone on
/// the next line: the copy alone is the title, the glued prefix the category.
pub(super) fn unglued_repeat(
    lines: &[String],
    roles: &mut [Role],
    found: &mut Found,
    at: usize,
) -> Option<String> {
    let next = (at + 1..lines.len()).find(|&i| !lines[i].trim().is_empty())?;
    let (title, prefix) = super::title::repeated_title(&lines[at], &lines[next])?;
    let prefix = prefix?;
    if title != lines[next] {
        return None;
    }
    roles[at] = Role::Dropped;
    roles[next] = Role::Title;
    // A breadcrumb glued together (`WorldEurope`): its last step is the section.
    let chars: Vec<(usize, char)> = prefix.char_indices().collect();
    let last_step = chars
        .windows(2)
        .rev()
        .find(|w| w[0].1.is_lowercase() && w[1].1.is_uppercase())
        .map(|w| w[1].0)
        .unwrap_or(0);
    found.category = Some(prefix[last_step..].to_string());
    found.provenance.insert("category", "glued-prefix");
    Some(title)
}

#[cfg(test)]
mod tests {
    use super::super::read_text;

    #[test]
    fn a_headline_glued_to_its_kicker_and_printed_again_below_a_menu() {
        let text = "Metrópoli Viva\nCiudad\nComida\nCultura\nBuscar\n\
            CiudadLa Roma Norte tendrá su primer mercado nocturno\n\
            La Roma Norte tendrá su primer mercado nocturno\n\
            Por Valeria Ortega\n\
            La alcaldía aprobó que 60 puestos de comida funcionen de jueves a domingo.\n";
        let article = read_text(text);
        assert_eq!(
            article.title,
            "La Roma Norte tendrá su primer mercado nocturno"
        );
        assert_eq!(article.category.as_deref(), Some("Ciudad"));
    }

    #[test]
    fn a_link_preview_over_the_story_with_its_section_between() {
        let text = "#market-intel\nMegan Alvarez\n10:14 AM\npasting since it's paywalled\n\
            Denver Business Record\n\
            Credit union to buy two Colorado Springs branches\n\
            The deal would give the credit union its first southern locations.\n\
            Banking & Financial Services\n\
            Credit union to buy two Colorado Springs branches\n\
            The deal would give the credit union its first southern locations.\n\
            By Kyle Brennan\n\
            The credit union has agreed to buy two branches, the companies said Monday.\n";
        let article = read_text(text);
        assert_eq!(
            article.title,
            "Credit union to buy two Colorado Springs branches"
        );
        assert_eq!(
            article.category.as_deref(),
            Some("Banking & Financial Services")
        );
    }
}
