//! Writing an article's quotes again from a new extraction of the same content (`chronicle
//! reextract`): the user's corrections are applied to them as on import.

use super::Archive;
use super::error::{ArchiveError, Result, SqlContext as _};
use crate::model::QuoteAt;
use crate::model::{Quote, QuoteCorrection};
use rusqlite::TransactionBehavior;

impl Archive {
    /// Replaces the quotes of article `article_id` by `quotes` (found in the same content by
    /// today's extractor), with the user's corrections applied; its speakers and index
    /// follow. Returns whether anything changed.
    pub fn replace_quotes(&mut self, article_id: i64, quotes: &[Quote]) -> Result<bool> {
        let record = self
            .article(article_id)?
            .ok_or(ArchiveError::NoSuchArticle { id: article_id })?;
        let a = &record.article;
        // Undo restores what extraction finds now, not what it found when the user corrected.
        let corrections: Vec<QuoteCorrection> = a
            .corrections
            .quotes
            .iter()
            .map(|c| QuoteCorrection {
                quote: quotes
                    .iter()
                    .find(|q| QuoteAt::of(q) == QuoteAt::of(&c.quote))
                    .unwrap_or(&c.quote)
                    .clone(),
                ..c.clone()
            })
            .collect();
        let mut fresh = quotes.to_vec();
        for c in &corrections {
            super::corrections::apply(&mut fresh, c);
        }
        let changed = fresh != a.quotes;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting to replace quotes")?;
        for (new, old) in corrections.iter().zip(&a.corrections.quotes) {
            if new != old {
                super::corrections::save(&tx, &record.file.sha256, new, true)?;
            }
        }
        if changed {
            super::corrections::rewrite_quotes(&tx, article_id, a, &fresh)?;
        }
        tx.commit().context("committing new quotes")?;
        Ok(changed)
    }
}
