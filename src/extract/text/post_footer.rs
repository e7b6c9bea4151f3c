//! A blog post's footer under its text (`Posted by Ramon Villanueva at 9:14 PM`, `Đăng bởi
//! Trần Minh Khoa lúc 20:15`): Blogger-style templates print the day as a header over the post
//! and the writer and the time of day only here, in the blog's language. The shape says it in
//! any language: words in lower case among the label, a name, one joining word, a time.

use super::{Found, Role, name_shapes};

/// What a post's footer says: the writer's name, the time (hour, minute) and the time as
/// written with its joining word (`at 9:14 PM`).
pub(super) struct PostFooter {
    pub name: String,
    pub time: (u32, u32),
    pub time_text: String,
}

/// The first line below the headline shaped as a post's footer: a label with a word in lower
/// case, a name of two to four capitalised words, a joining word in lower case, a time of day
/// closing the line or its first part (Movable Type's `… at 03:42 PM | Permalink | Comments
/// (4)`), and no year (a comment's line carries its date).
pub(super) fn find(lines: &[String], roles: &[Role]) -> Option<PostFooter> {
    let title = roles.iter().position(|r| *r == Role::Title)?;
    lines[title + 1..]
        .iter()
        .find_map(|line| footer(line).or_else(|| footer(line.split_once(" | ")?.0.trim())))
}

fn footer(line: &str) -> Option<PostFooter> {
    if line.chars().count() > 80 {
        return None;
    }
    let all: Vec<&str> = line.split_whitespace().collect();
    let mut words = all.clone();
    let is_clock = |w: &str| {
        w.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        })
    };
    let is_mark = |w: &str| {
        matches!(
            w.to_ascii_lowercase().trim_end_matches('.'),
            "am" | "pm" | "a.m" | "p.m"
        )
    };
    if words.last().is_some_and(|w| is_mark(w)) {
        words.pop();
    }
    if !words.pop().is_some_and(is_clock) {
        return None;
    }
    let time = crate::extract::dates::printed_time_alone(line)?;
    let lower = |w: &&str| w.chars().next().is_some_and(char::is_lowercase);
    // The word joining the name to the time (`at`, `lúc`, `um`).
    if !words.pop().as_ref().is_some_and(lower) {
        return None;
    }
    let time_text = all[words.len()..].join(" ");
    let name_at = words.iter().rposition(lower)? + 1;
    let (label, name) = words.split_at(name_at);
    let name = name.join(" ");
    let named = !label.is_empty() && name_shapes::looks_like_name(&name, 2);
    named.then_some(PostFooter {
        name,
        time,
        time_text,
    })
}

/// Blog platforms (`assets/lexicon/blog-platforms.txt`).
static PLATFORMS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::word_list(include_str!(
            "../../../assets/lexicon/blog-platforms.txt"
        ))
    });

/// A blog's own name and the lines printed under it (its tagline, its menu), which the name
/// beats as the site's.
pub(super) struct BlogName {
    name: String,
    under: Vec<String>,
}

/// The writer a post's footer names, where nothing else named one.
pub(super) fn give_writer(
    footer: Option<&PostFooter>,
    authors: &mut Vec<String>,
    found: &mut Found,
) {
    if let Some(footer) = footer.filter(|_| authors.is_empty()) {
        authors.push(footer.name.clone());
        found.provenance.insert("authors", "post-footer");
    }
}

/// A blog's day header over the post, and the time in the post's footer under it.
pub(super) fn give_time(footer: Option<&PostFooter>, found: &mut Found) {
    if let (Some(date), Some(footer)) = (found.published.as_mut(), footer) {
        if date.iso.len() == 10 {
            let (hour, minute) = footer.time;
            date.iso = format!("{}T{hour:02}:{minute:02}", date.iso);
            date.text = format!("{} … {}", date.text, footer.time_text);
            found
                .provenance
                .insert("published", "date-line+post-footer");
        }
    }
}

/// A blog's name over its posts is the publisher where a line printed under it (`Trang chủ`,
/// "Home") or nothing named the site.
pub(super) fn give_blog_name(blog: Option<BlogName>, title: &str, found: &mut Found) {
    let Some(blog) = blog.filter(|blog| blog.name != title) else {
        return;
    };
    let from_under = found
        .publisher
        .as_ref()
        .is_none_or(|p| blog.under.iter().any(|l| l.trim() == p));
    if from_under {
        found.publisher = Some(blog.name);
        found.provenance.insert("publisher", "blog-name");
    }
}

/// A blog's own name: the page's first line, when a short line of the page credits a blog
/// platform (`Powered by Blogger`, `Được tạo bởi Blogger.`) and the first line is shaped as a
/// name (a few words, no sentence, no date).
pub(super) fn blog_name(lines: &[String]) -> Option<BlogName> {
    // The platform closes the credit (`… Powered by Blogger.`); a share bar's `Tumblr` is none.
    let credit = lines.iter().any(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        (2..=6).contains(&words.len())
            && !super::story_end::is_share_bar(line)
            && words.last().is_some_and(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
                PLATFORMS.contains(w.trim_end_matches('.').to_lowercase().as_str())
            })
    });
    let first = lines.iter().map(|l| l.trim()).find(|l| !l.is_empty())?;
    let words = first.split_whitespace().count();
    let name_shaped = (2..=8).contains(&words)
        && !super::lines::ends_sentence(first)
        && crate::extract::dates::find_date(first).is_none();
    (credit && name_shaped).then(|| BlogName {
        name: first.to_string(),
        under: lines.iter().take(8).skip(1).cloned().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_footer_gives_the_writer_and_the_time() {
        let read = |line: &str| footer(line).map(|f| (f.name, f.time));
        assert_eq!(
            read("Posted by Ramon Villanueva at 9:14 PM"),
            Some(("Ramon Villanueva".to_string(), (21, 14)))
        );
        assert_eq!(
            read("Đăng bởi Trần Minh Khoa lúc 20:15"),
            Some(("Trần Minh Khoa".to_string(), (20, 15)))
        );
        // A comment's line carries its date; a name alone with a time has no label.
        assert!(read("Grace Tan November 25, 2026 at 6:02 AM").is_none());
        assert!(read("Grace Tan at 6:02 AM").is_none());
        assert!(read("The council meets again at 9:30").is_none());
    }

    #[test]
    fn a_post_footer_with_its_links_after_a_bar_gives_the_time() {
        let lines: Vec<String> = [
            "Government backs down on loan change",
            "The minister said the change would wait until next year.",
            "Posted by Hemi Walker at 03:42 PM | Permalink | Comments (4) | TrackBack (0)",
        ]
        .map(String::from)
        .to_vec();
        let mut roles = vec![Role::Content; lines.len()];
        roles[0] = Role::Title;
        let footer = find(&lines, &roles).map(|f| (f.name, f.time));
        assert_eq!(footer, Some(("Hemi Walker".to_string(), (15, 42))));
    }
}
