//! Words around a speaker's or writer's role: what opens a desk byline (`Our Correspondent`),
//! what makes a role another office (`deputy`), the role noun for a title (`justice` → `judge`),
//! what links `who` to an office, and the openings that name a quote's speaker after it.

use super::word_list;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

static ATTRIBUTION_AFTER_OPENERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("../../../assets/lexicon/attribution-after-openers.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Openings of a paragraph that name the speaker of the quote standing alone before it (`That
/// was how`, `So said`; `assets/lexicon/attribution-after-openers.txt`), lower-cased.
pub fn attribution_after_openers() -> impl Iterator<Item = &'static str> {
    ATTRIBUTION_AFTER_OPENERS.iter().copied()
}

static DESK_OPENERS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../assets/lexicon/desk-openers.txt")));

/// Whether a lower-cased word is "our" opening a desk byline (`Our Correspondent`, `Notre
/// correspondant`; `assets/lexicon/desk-openers.txt`).
pub fn opens_desk(lower: &str) -> bool {
    DESK_OPENERS.contains(lower)
}

static SUBORDINATE_ROLE_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    word_list(include_str!(
        "../../../assets/lexicon/subordinate-role-words.txt"
    ))
});

/// Whether a lower-cased word makes a role another office (`deputy`, `vice`;
/// `assets/lexicon/subordinate-role-words.txt`).
pub fn is_subordinate_role_word(lower: &str) -> bool {
    SUBORDINATE_ROLE_WORDS.contains(lower)
}

static TITLE_ROLES: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("../../../assets/lexicon/title-roles.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(title, role)| (title.trim(), role.trim()))
        .collect()
});

/// The role noun a definite description uses for someone given a title (`justice` ->
/// `judge`; `assets/lexicon/title-roles.tsv`).
pub fn role_of_title(lower: &str) -> Option<&'static str> {
    TITLE_ROLES.get(lower).copied()
}

static OFFICE_LINKS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../../assets/lexicon/office-links.txt")));

/// Whether a lower-cased word may stand between `who` and an office (`who was elected mayor`;
/// `assets/lexicon/office-links.txt`).
pub fn is_office_link(lower: &str) -> bool {
    OFFICE_LINKS.contains(lower)
}
