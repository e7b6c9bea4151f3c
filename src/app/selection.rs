//! The result list's model, pure: cached pages of hits fetched on demand, and the selection
//! (click, Ctrl+click, Shift+click, keyboard cursor).

use crate::model::Hit;
use crate::query::{Filter, Sort};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Hits per page fetched from the worker.
pub const PAGE_SIZE: usize = 200;

/// The pages of the current results, fetched as the user scrolls.
#[derive(Debug, Default)]
pub struct ResultsCache {
    /// Generation of the query these results answer.
    pub generation: u64,
    pub filter: Filter,
    pub sort: Sort,
    pub total: usize,
    pages: HashMap<usize, Vec<Hit>>,
    requested: HashSet<usize>,
}

impl ResultsCache {
    /// How many result pages have arrived (the benchmark checks that scrolling fetched more).
    pub fn pages_loaded(&self) -> usize {
        self.pages.len()
    }

    /// Results of a new query, starting with its first page.
    pub fn new(
        generation: u64,
        filter: Filter,
        sort: Sort,
        total: usize,
        first_page: Vec<Hit>,
    ) -> Self {
        let mut cache = ResultsCache {
            generation,
            filter,
            sort,
            total,
            ..Default::default()
        };
        cache.pages.insert(0, first_page);
        cache.requested.insert(0);
        cache
    }

    /// The hit at `row`, if its page has arrived.
    pub fn hit(&self, row: usize) -> Option<&Hit> {
        self.pages
            .get(&(row / PAGE_SIZE))
            .and_then(|page| page.get(row % PAGE_SIZE))
    }

    /// The row showing `article_id`, among the pages fetched so far.
    pub fn row_of(&self, article_id: i64) -> Option<usize> {
        self.pages.iter().find_map(|(page, hits)| {
            hits.iter()
                .position(|h| h.id == article_id)
                .map(|i| page * PAGE_SIZE + i)
        })
    }

    /// The offset to fetch for `row` if its page is neither here nor on its way; marks it requested.
    pub fn want(&mut self, row: usize) -> Option<usize> {
        let page = row / PAGE_SIZE;
        (row < self.total && self.requested.insert(page)).then_some(page * PAGE_SIZE)
    }

    /// Stores a page that arrived.
    pub fn insert(&mut self, offset: usize, hits: Vec<Hit>, total: usize) {
        self.total = total;
        self.pages.insert(offset / PAGE_SIZE, hits);
    }

    /// The ids of `rows` whose pages are here.
    pub fn ids_in(&self, rows: std::ops::RangeInclusive<usize>) -> Vec<i64> {
        rows.filter_map(|r| self.hit(r).map(|h| h.id)).collect()
    }
}

/// Which articles are selected, and where the keyboard cursor and the Shift anchor are.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Selection {
    pub ids: BTreeSet<i64>,
    pub cursor_row: Option<usize>,
    anchor_row: Option<usize>,
}

impl Selection {
    /// A plain click or a cursor move: only this row.
    pub fn select_only(&mut self, row: usize, article_id: i64) {
        self.ids.clear();
        self.ids.insert(article_id);
        self.cursor_row = Some(row);
        self.anchor_row = Some(row);
    }

    /// Ctrl+click: adds or removes one row.
    pub fn toggle(&mut self, row: usize, article_id: i64) {
        if !self.ids.remove(&article_id) {
            self.ids.insert(article_id);
        }
        self.cursor_row = Some(row);
        self.anchor_row = Some(row);
    }

    /// Shift+click: the rows from the anchor to `row` (`ids_between` gives their ids).
    pub fn extend_to(
        &mut self,
        row: usize,
        ids_between: impl Fn(std::ops::RangeInclusive<usize>) -> Vec<i64>,
    ) {
        let anchor = self.anchor_row.unwrap_or(row);
        self.ids = ids_between(anchor.min(row)..=anchor.max(row))
            .into_iter()
            .collect();
        self.cursor_row = Some(row);
    }

    /// Ctrl+A: every id of the results.
    pub fn set_all(&mut self, ids: Vec<i64>) {
        self.ids = ids.into_iter().collect();
    }

    /// The results changed: rows mean something else now; selected ids stay.
    pub fn forget_rows(&mut self) {
        self.cursor_row = None;
        self.anchor_row = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(id: i64) -> Hit {
        Hit {
            id,
            title: format!("t{id}"),
            published: None,
            authors: String::new(),
            sources: String::new(),
            snippet: String::new(),
            imported_at: String::new(),
            quotes: 0,
            tags: Vec::new(),
        }
    }

    #[test]
    fn pages_are_fetched_once_and_found_by_row() {
        let first: Vec<Hit> = (0..PAGE_SIZE as i64).map(hit).collect();
        let mut cache = ResultsCache::new(1, Filter::default(), Sort::Newest, 450, first);
        assert_eq!(cache.hit(3).map(|h| h.id), Some(3));
        assert_eq!(cache.want(5), None);
        assert_eq!(cache.want(250), Some(200));
        assert_eq!(cache.want(260), None, "already on its way");
        assert_eq!(cache.want(450), None, "past the end");
        cache.insert(200, (200..400).map(hit).collect(), 450);
        assert_eq!(cache.hit(399).map(|h| h.id), Some(399));
        assert_eq!(cache.row_of(250), Some(250));
        assert_eq!(cache.ids_in(198..=201), vec![198, 199, 200, 201]);
    }

    #[test]
    fn click_ctrl_click_shift_click() {
        let mut sel = Selection::default();
        sel.select_only(2, 12);
        sel.toggle(5, 15);
        assert_eq!(sel.ids.iter().copied().collect::<Vec<_>>(), vec![12, 15]);
        sel.toggle(5, 15);
        assert_eq!(sel.ids.len(), 1);
        sel.select_only(1, 11);
        sel.extend_to(4, |rows| rows.map(|r| 10 + r as i64).collect());
        assert_eq!(
            sel.ids.iter().copied().collect::<Vec<_>>(),
            vec![11, 12, 13, 14]
        );
        assert_eq!(sel.cursor_row, Some(4));
    }
}
