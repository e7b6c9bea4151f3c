//! The publication named by its own web address: a clip or a read-later copy keeps the page's
//! address (`URL https://indusherald.pk/sports/…`, `Source: www.eastneukherald.co.uk/…`) and
//! prints the masthead as a line of its own (`The Indus Herald`). A short line whose letters
//! are the address's name is the publisher, in any language written in Latin letters.

/// Most words in a masthead line.
const MASTHEAD_WORDS: usize = 6;
/// Most addresses a page may print for a name inside a sentence to count.
const MAX_SITES_FOR_SENTENCE: usize = 3;

/// The names of the sites whose addresses the copy prints (`indusherald` for
/// `https://indusherald.pk/…`, `eastneukherald` for `www.eastneukherald.co.uk`).
fn site_labels(lines: &[String]) -> Vec<String> {
    let mut labels = Vec::new();
    // Most words hold no dot and are no address.
    for word in lines
        .iter()
        .flat_map(|l| l.split_whitespace())
        .filter(|w| w.contains('.'))
    {
        let host = word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split("://")
            .last()
            .unwrap_or_default();
        // An e-mail address names the site after its `@` (`factcheck@liffeyjournal.ie`).
        let host = host.rsplit('@').next().unwrap_or(host);
        let host = host.split(['/', '?', '#']).next().unwrap_or_default();
        let host = host.trim_end_matches(|c: char| !c.is_alphanumeric());
        let parts: Vec<&str> = host
            .split('.')
            .filter(|p| !p.is_empty() && *p != "www")
            .collect();
        if parts.len() < 2 || !parts.iter().all(|p| p.chars().all(char::is_alphanumeric)) {
            continue;
        }
        // `co.uk`, `com.au`: the name sits before a second-level ending.
        let tld_len = if parts.len() >= 3 && parts[parts.len() - 2].len() <= 3 {
            2
        } else {
            1
        };
        let Some(name) = parts.get(parts.len().saturating_sub(tld_len + 1)) else {
            continue;
        };
        let name = name.to_lowercase();
        // A letter or two (`t.co`) matches too many lines.
        if name.chars().count() >= 4 && !labels.contains(&name) {
            labels.push(name);
        }
    }
    labels
}

/// Letters and digits, lower-cased, without a leading `the`.
fn key(line: &str) -> String {
    let k: String = line
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    match k.strip_prefix("the") {
        Some(rest) if line.trim_start().to_lowercase().starts_with("the ") => rest.to_string(),
        _ => k,
    }
}

/// The masthead line whose letters spell a printed address's name.
pub(super) fn publisher(lines: &[String]) -> Option<String> {
    let labels = site_labels(lines);
    if labels.is_empty() {
        return None;
    }
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| {
            let words = l.split_whitespace().count();
            (2..=MASTHEAD_WORDS).contains(&words) && !l.contains('.') && !l.contains('/')
        })
        // A writer's own address (`ruthgalloway@…`) spells a person's name.
        .find(|l| labels.contains(&key(l)) && !super::byline::is_known_person(l))
        .map(str::to_string)
        // A page citing many sites (a reference list) says nothing about its own.
        .or_else(|| {
            (labels.len() <= MAX_SITES_FOR_SENTENCE)
                .then(|| lines.iter().find_map(|l| named_in_sentence(l, &labels)))
                .flatten()
        })
}

/// `FactCheck is The Liffey Journal's fact-checking project. Send us a claim at
/// factcheck@liffeyjournal.ie`: a whole run of capitalised words inside a line (a possessive's
/// `'s` aside; not part of a longer name, `Marina Vantage Communications`, nor a person's)
/// whose letters spell an address the page prints.
fn named_in_sentence(line: &str, labels: &[String]) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut start = 0;
    while start < words.len() {
        let len = words[start..].iter().take_while(|w| capitalised(w)).count();
        if (2..=MASTHEAD_WORDS).contains(&len) {
            let name = words[start..start + len].join(" ");
            let name = name
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            if labels.contains(&key(name)) && !super::byline::is_known_person(name) {
                return Some(name.to_string());
            }
        }
        start += len.max(1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::publisher;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(String::from).collect()
    }

    #[test]
    fn the_line_that_spells_the_address_is_the_publisher() {
        let clip = lines(
            "Lions crush Mariners\nURL\thttps://indusherald.pk/sports/lions\nThe Indus Herald\nSports",
        );
        assert_eq!(publisher(&clip), Some("The Indus Herald".into()));
        let clip = lines(
            "Source: https://www.eastneukherald.co.uk/news/pier\nEast Neuk Herald\nLocal News",
        );
        assert_eq!(publisher(&clip), Some("East Neuk Herald".into()));
    }

    #[test]
    fn no_address_or_no_matching_line_names_nothing() {
        assert_eq!(publisher(&lines("The Indus Herald\nSports")), None);
        assert_eq!(
            publisher(&lines("https://indusherald.pk/x\nThe Daily Planet")),
            None
        );
    }
}
