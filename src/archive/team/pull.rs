//! Pulling: what the team archive holds beyond this archive's last position, in batches by
//! change number. Each batch commits locally with its new position, so a pull killed anywhere
//! resumes where the last committed batch ended.

use super::error::{Result, ServerContext as _};
use crate::archive::{Archive, PulledArticle, SyncRecord};
use crate::query::Filter;
use postgres::Row;

/// Runs `sql` (change number `> $1`, `LIMIT $2`, the number first; `extra` are `$3`…) batch
/// after batch from `after`, handing each batch and its last number to `apply`; returns the
/// sum of its counts.
fn batches(
    client: &mut postgres::Client,
    sql: &str,
    extra: &[String],
    mut after: i64,
    batch: i64,
    mut apply: impl FnMut(&mut postgres::Client, &[Row], i64) -> Result<u64>,
    mut between_batches: impl FnMut(),
) -> Result<u64> {
    let mut total = 0;
    loop {
        let mut params: Vec<&(dyn postgres::types::ToSql + Sync)> = vec![&after, &batch];
        params.extend(
            extra
                .iter()
                .map(|p| p as &(dyn postgres::types::ToSql + Sync)),
        );
        let rows = client.query(sql, &params).context("listing changes")?;
        let Some(last) = rows.last() else {
            return Ok(total);
        };
        let through: i64 = last.get(0);
        total += apply(client, &rows, through)?;
        after = through;
        between_batches();
    }
}

/// Pulls articles, `batch` change numbers at a time. Only the articles this archive lacks,
/// and that match the `subset` when there is one, are fetched whole; every one listed is
/// noted as held by the team. Returns how many were new here.
pub(super) fn articles(
    client: &mut postgres::Client,
    archive: &mut Archive,
    team_id: &str,
    subset: Option<&Filter>,
    after: i64,
    batch: i64,
    between_batches: impl FnMut(),
) -> Result<u64> {
    let condition = super::filter::condition(&subset.cloned().unwrap_or_default(), 3)?;
    let apply = |client: &mut postgres::Client, rows: &[Row], through: i64| -> Result<u64> {
        let seen: Vec<String> = rows.iter().map(|r| r.get(1)).collect();
        let matching: Vec<String> = rows
            .iter()
            .filter(|r| r.get::<_, Option<bool>>(2).unwrap_or(false))
            .map(|r| r.get(1))
            .collect();
        let wanted = archive.wanted(&matching)?;
        let mut pulled = Vec::with_capacity(wanted.len());
        if !wanted.is_empty() {
            let docs = client
                .query(
                    "SELECT content_hash, doc::text, file_name FROM articles WHERE content_hash = ANY($1)",
                    &[&wanted],
                )
                .context("fetching articles")?;
            for row in docs {
                // A document this build cannot read (a newer Chronicle's) is skipped, not fatal.
                let Ok(article) = serde_json::from_str(row.get::<_, &str>(1)) else {
                    continue;
                };
                pulled.push(PulledArticle {
                    content_hash: row.get(0),
                    article,
                    file_name: row.get(2),
                });
            }
        }
        Ok(archive.apply_pulled_articles(team_id, &pulled, &seen, through)? as u64)
    };
    let sql = format!(
        "SELECT a.seq, a.content_hash, ({}) FROM articles a WHERE a.seq > $1 ORDER BY a.seq LIMIT $2",
        condition.sql
    );
    batches(
        client,
        &sql,
        &condition.params,
        after,
        batch,
        apply,
        between_batches,
    )
}

/// Pulls records (corrections, deletions), `batch` at a time. Returns how many changed this
/// archive.
pub(super) fn records(
    client: &mut postgres::Client,
    archive: &mut Archive,
    team_id: &str,
    after: i64,
    batch: i64,
    between_batches: impl FnMut(),
) -> Result<u64> {
    let apply = |_: &mut postgres::Client, rows: &[Row], through: i64| -> Result<u64> {
        let records: Vec<SyncRecord> = rows
            .iter()
            .map(|r| SyncRecord {
                kind: r.get(1),
                content_hash: r.get(2),
                key: r.get(3),
                body: r.get(4),
                made_at: r.get(5),
            })
            .collect();
        Ok(archive.apply_pulled_records(team_id, &records, through)? as u64)
    };
    batches(
        client,
        "SELECT seq, kind, content_hash, key, body::text, made_at FROM records
         WHERE seq > $1 ORDER BY seq LIMIT $2",
        &[],
        after,
        batch,
        apply,
        between_batches,
    )
}
