//! The plain-text reader: a copied or saved news page as text in, an [`Article`] out.
//!
//! Pure like the rest of `extract`: no I/O, no clock. Nothing here knows any particular site;
//! the rules describe shapes that copied articles share:
//!
//! - **Title and category.** A line repeated within the first few lines is the title; when one
//!   copy has a short prefix glued on (`NewsNorth Korean troops…` then `North Korean troops…`),
//!   the prefix is the category. Without a repeat, the first line that is not metadata is the
//!   title. A `Category:` / `Section:` line also gives the category.
//! - **Dates.** A line that is wholly a date (see [`crate::extract::dates`]), optionally
//!   labelled, is metadata. The first publication date fills `published` (and
//!   `published_text`, as written); an `Updated:` date fills `modified`.
//! - **Authors.** `By …`, `Author: …`, `Autor: …`, `Written by …` lines; a bare name-shaped line
//!   (2–4 capitalised words) just before or after a date line; name and date on one line
//!   joined by `|`, `·` or `•`. Several authors split on `,`, `and`, `&`.
//! - **Images.** A credit line (`Images source:`, `Photo:`, `Fot.`, `©`, `Getty Images`…) is an
//!   image; the line directly above it (or a line repeated twice in a row above it) is the
//!   caption. A line repeated twice in a row with no credit is a caption alone.
//! - **Sources, publisher, rights.** `Source:` lines (split on `/`, `,`, `and`); a `©` or
//!   `Copyright` line in the tail of the file is the publisher; long legal notices at the end
//!   (reproduction, cookies, terms, rights reserved) are the rights text.
//! - **Paragraphs.** Blank-line separated, or one per line when the file is not hard-wrapped
//!   (see [`lines::is_hard_wrapped`]). Separator lines (`·`, `***`) and page furniture
//!   (`Advertisement`) are dropped.
//! - **Lead.** See [`choose_lead`].
//! - **Whole-page dumps.** A file shaped like Select All + Copy of a web page (many short
//!   non-sentence lines) is cut down to the article first; see [`dump`].

mod affiliated;
mod agencies;
mod agreement;
mod anchor;
mod app_share;
mod archive_banner;
pub(crate) mod author_box;
mod byline;
mod byline_clean;
mod captions;
mod chat_copy;
pub(crate) mod cjk_byline;
mod classify;
mod contributors;
mod date_lines;
mod dated;
mod disclaimer;
mod display_head;
mod domain_name;
mod dump;
mod email;
mod factiva;
mod field_box;
mod file_name;
mod filed;
mod footer;
mod glued;
mod kicker_gap;
mod label_byline;
mod language;
mod lead;
mod line_shapes;
mod lines;
mod link_preview;
mod masthead_repeat;
mod masthead_top;
mod meta;
pub(crate) use language::guess_language_of;
pub(crate) use meta::split_at_conjunctions;
pub(crate) use rights::publisher as copyright_owner;
mod meta_line;
mod name_shapes;
mod names_after;
mod names_below;
mod not_headline;
mod not_writers;
mod outlet_names;
mod partner;
mod player_line;
mod post_footer;
mod print_header;
mod promo_name;
mod reader_view;
mod record;
mod repeat_near;
mod rights;
mod score_box;
mod section;
mod self_names;
mod settle;
mod sign_off;
mod site;
mod stacked;
mod story_credits;
mod story_end;
mod tail;
mod teasers;
#[cfg(test)]
mod tests;
mod title;
mod wire_copy;

use crate::extract::dates;
use crate::model::{Article, Image};

use captions::{find_repeated_captions, place_leftover_copyrights};
use dated::record_date;
use lead::choose_lead;
use meta_line::dated_meta_line;
use settle::PageNames;

/// What a line turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Blank,
    Content,
    Title,
    Date,
    Author,
    Image,
    Source,
    /// A `©` line not yet placed: the publisher if it is in the tail, else an image credit.
    Copyright,
    Publisher,
    Rights,
    /// Separators, page furniture, category labels: dropped.
    Dropped,
}

impl Role {
    /// Metadata that opens an article (what sits between the lead and the body in the
    /// sample shape).
    fn is_header_meta(self) -> bool {
        matches!(self, Role::Date | Role::Author | Role::Image)
    }
}

/// How many non-empty lines at the bottom may hold the publisher and the legal notice.
pub(super) const TAIL_WINDOW: usize = 16;
/// Captions longer than this are paragraphs, not captions.
const MAX_CAPTION_CHARS: usize = 300;

/// Everything found so far, keyed by line so that lists come out in file order.
#[derive(Default, Clone)]
struct Found {
    authors: Vec<(usize, String)>,
    images: Vec<(usize, Image)>,
    sources: Vec<String>,
    published: Option<dates::ParsedDate>,
    modified: Option<dates::ParsedDate>,
    category: Option<String>,
    publisher: Option<String>,
    rights_in_copyright: Option<String>,
    /// The site's name from a masthead line at the top (`Metro Courier · metro edition`).
    masthead: Option<String>,
    /// An unlabelled date line above the headline (a site's "today" line, or the article's).
    date_above_title: Option<dates::ParsedDate>,
    /// Whether `published` came from a bare date line (no label): a labelled one beats it.
    published_bare: bool,
    /// A social post's own words above its link card: the story, though above the headline.
    post_above: Option<std::ops::Range<usize>>,
    /// A social post's link card, found before a page dump clears it.
    card: Option<link_preview::Card>,
    url: Option<String>,
    provenance: crate::model::Provenance,
}

/// Every line is content until a rule places it; empty lines are blank.
fn first_roles(lines: &[String]) -> Vec<Role> {
    let role = |l: &String| match l.is_empty() {
        true => Role::Blank,
        false => Role::Content,
    };
    lines.iter().map(role).collect()
}

/// Reads a plain-text article. Never fails: a file with no recognisable metadata becomes its
/// first line as title and the rest as body (a file of one line is both).
pub fn read_text(text: &str) -> Article {
    read_text_named(text, "")
}

/// [`read_text`] with the file's name as evidence for the title (see [`file_name`]).
pub fn read_text_named(text: &str, file_name: &str) -> Article {
    let mut lines = lines::split_lines(text);
    print_header::strip(&mut lines);
    let archived_from = archive_banner::strip(&mut lines);
    let display_paper = display_head::paper(&lines);
    let record = factiva::read(&mut lines).or_else(|| record::read(&mut lines));
    let chat_header = chat_copy::strip(&mut lines);
    let site_name = site::site_name(&lines);
    let skip_brand = self_names::after_skip_link(&lines);
    let title_lines = self_names::title_lines(&lines);
    // A platform's `Published in` / name comes before a later credit to a first publisher.
    let origin = site::named_origin_below(&lines)
        .or_else(|| lines.iter().find_map(|l| site::named_origin(l)));
    let origin_date = lines.iter().find_map(|l| site::named_origin_date(l));
    let filed_dates = dated::filed_dates(&lines);
    let domain_brand = domain_name::publisher(&lines);
    let box_authors = author_box::names(&lines);
    let disclaimer_host = disclaimer::host(&lines);
    // A whole-page dump keeps only the article's lines; the rest become blank lines.
    let dump = dump::article_lines_of(&lines, archived_from.as_ref().is_some_and(|b| b.toolbar));
    let standalone_masthead = masthead_top::standalone(&lines, dump.is_some());
    // The line above a dump's headline is cleared with the furniture, but may be its section.
    let section = dump
        .as_ref()
        .and_then(|d| d.title)
        .and_then(|at| section::section_above(&lines, at));
    // Read before a page dump clears its header and footer.
    let repeated_masthead = masthead_repeat::repeated_masthead(&lines);
    let top_logos = site::logo_owner::logos(&lines);
    let promoted = promo_name::site(&lines);
    let partner = partner::outlet(&lines);
    let blog = post_footer::blog_name(&lines);
    let card = link_preview::find_card(&lines);
    // The page's header as printed, for a section label the dump counted as furniture.
    let page_lines = dump.as_ref().map(|_| lines.clone());
    if let Some(dump) = &dump {
        // A post's words and its card's headline stay, whatever the dump made of them.
        let kept = card.as_ref().map(|c| (c.post..c.address, c.headline));
        for (i, (line, keep)) in lines.iter_mut().zip(&dump.keep).enumerate() {
            let in_card = kept
                .as_ref()
                .is_some_and(|(post, headline)| post.contains(&i) || i == *headline);
            if !keep && !in_card {
                line.clear();
            }
        }
    }
    let mut roles = first_roles(&lines);
    let mut found = Found {
        card,
        ..Found::default()
    };
    let clip_source = field_box::clip_source(&lines, &mut roles);
    field_box::drop_unknown_fields(&lines, &mut roles);

    let names: Vec<String> = skip_brand
        .iter()
        .cloned()
        .chain(title_lines.iter().map(|(_, name)| name.clone()))
        .chain(not_headline::copyright_names(&lines))
        .collect();
    let title = not_headline::checked_title(
        &lines,
        &mut roles,
        &mut found,
        dump.and_then(|d| d.title).map(|at| (at, section)),
        &names,
    );
    let title = file_name::agree(
        &lines,
        &mut roles,
        &mut found,
        title,
        &file_name::name_words(file_name),
    );
    let title = record::headline_below(record.as_ref(), &lines, &mut roles, &mut found, title);
    let title = record::without_headline_label(wire_copy::without_priority(title));
    let (title, site_line) = masthead_top::title_below_masthead(&lines, &mut roles, title);
    let (title, site_line) =
        reader_view::site_over_headline(&lines, &mut roles, &mut found, title, site_line);
    let site_name = site_name.or(site_line);
    // A newsletter forwarded or saved as text: its header names title, sender and date.
    let email = email::header(&lines);
    // A clipping service's alert: the subject is the alert's, the record's story has its own
    // headline.
    let subject_titles = email.as_ref().filter(|_| record.is_none());
    let (title, story_date) = match subject_titles.and_then(|h| email::title(&lines, h)) {
        Some((title, from, date)) => {
            found.provenance.insert("title", from);
            (title, date)
        }
        None => (title, None),
    };
    // Whichever rule chose it, a headline with its section glued on (`OpinionWe Built…`).
    let title = match glued::glued_section(&title, &lines) {
        Some((section, rest)) if found.provenance.get("category") != Some(&"glued-prefix") => {
            // The kicker glued to the headline is nearer it than a label found above.
            found.category = Some(section);
            found.provenance.insert("category", "glued-prefix");
            rest
        }
        _ => title,
    };
    let title =
        self_names::headline_of_title_line(title, &title_lines, &lines, &mut roles, &mut found);
    date_lines::join_split_dates(&mut lines, &mut roles);
    dated::before_classify(&lines, &mut roles, &mut found);
    classify::classify_lines(&lines, &mut roles, &mut found);
    // What is still unplaced above the headline is the page's header (menus, a cookie banner,
    // a breadcrumb): the story starts below its headline.
    if let Some(at) = roles.iter().position(|r| *r == Role::Title) {
        let post = found.post_above.clone().unwrap_or_default();
        for (i, role) in roles[..at].iter_mut().enumerate() {
            if *role == Role::Content && !post.contains(&i) {
                *role = Role::Dropped;
            }
        }
    }
    tail::read_tail(&lines, &mut roles, &mut found);
    place_leftover_copyrights(&lines, &mut roles, &mut found);
    find_repeated_captions(&lines, &mut roles, &mut found);
    names_below::find_bare_authors(&lines, &mut roles, &mut found);
    names_below::continued_bylines(&lines, &mut roles, &mut found);
    names_below::names_below_title(&lines, &mut roles, &mut found);
    label_byline::below_title(&lines, &mut roles, &mut found);
    names_after::names_after_text(&lines, &mut roles, &mut found);
    story_end::drop_after_story(&lines, &mut roles);
    story_end::drop_after_last_sentence(&lines, &mut roles);
    story_end::drop_dated_origin(&lines, &mut roles);

    // Read on the page as printed: a whole page's dump may have cleared the footer.
    let footer = post_footer::find(page_lines.as_ref().unwrap_or(&lines), &roles);
    let (lead, body) = choose_lead(&lines, &roles);
    let rights: Vec<&str> = lines
        .iter()
        .zip(&roles)
        .filter(|(_, r)| **r == Role::Rights)
        .map(|(l, _)| l.as_str())
        .collect();

    found.images.sort_by_key(|(i, _)| *i);
    let mut authors = settle::authors(&mut found, site_name.as_deref(), &lines);
    author_box::prefer(box_authors, &mut authors, &mut found.provenance);
    post_footer::give_writer(footer.as_ref(), &mut authors, &mut found);
    story_credits::fill(&lead, &body, &mut found, &mut authors);
    dated::dateline_in_title(&title, &mut found);
    let language = language::guess_language_of(&[&title, &lead, &body]);
    // `listopada` is October in Croatian, November in Polish: the date in the story's language.
    let date_language = match language.as_deref() {
        None | Some("cs") if language::reads_south_slavic(&[&title, &lead, &body]) => Some("hr"),
        other => other,
    };
    let fallbacks = [
        origin_date.map(|d| (d, "origin-line")),
        found.date_above_title.take().map(|d| (d, "date-line")),
        chat_header
            .as_ref()
            .map(|(_, d)| (d.clone(), "chat-header")),
    ];
    let email_dates = email
        .as_ref()
        .map(|header| (story_date, header.date.clone()));
    dated::reprints::first_publication_same_day(&lines, &roles, &mut found);
    dated::settle(&mut found, date_language, fallbacks, email_dates);
    post_footer::give_time(footer.as_ref(), &mut found);
    settle::publisher(
        &mut found,
        PageNames {
            site_name,
            skip_brand,
            title_lines,
            origin,
            domain_brand,
            standalone_masthead,
            email_sender: email.and_then(|header| header.sender),
            repeated_masthead,
            disclaimer_host,
            top_logos,
            promoted,
            partner,
            clip_source,
            chat_channel: chat_header.map(|(channel, _)| channel),
        },
        &title,
        &lines,
        &roles,
    );
    post_footer::give_blog_name(blog, &title, &mut found);
    filed::settle(
        &mut found,
        record,
        display_paper,
        archived_from,
        &lines,
        &mut authors,
    );
    dated::settle_filed(filed_dates, &mut found);
    kicker_gap::fill_category(&mut found, &roles, &lines, page_lines.as_deref());
    Article {
        title,
        category: found.category.and_then(section::clean_category),
        authors,
        published: found.published.as_ref().map(|d| d.iso.clone()),
        published_text: found.published.map(|d| d.text),
        modified: found.modified.map(|d| d.iso),
        sources: found.sources,
        publisher: found.publisher,
        url: found.url,
        images: found.images.into_iter().map(|(_, image)| image).collect(),
        lead,
        body,
        rights: if rights.is_empty() {
            found.rights_in_copyright
        } else {
            Some(rights.join("\n\n"))
        },
        language,
        format: "text".into(),
        provenance: found.provenance,
        ..Default::default()
    }
}
