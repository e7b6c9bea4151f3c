//! Pushing: the articles the team archive lacks, then the changes in the outbox, in batches.
//! Each batch is one server transaction, committed before this archive notes it as sent; a
//! push killed between the two sends the batch again, which the server takes as a no-op
//! (articles by content hash, records by the latest `made_at`).

use super::error::{Result, ServerContext as _};
use super::schema::WRITE_LOCK;
use crate::archive::{Archive, KIND_TOMBSTONE};

/// Pushes the articles the team lacks, `batch` at a time. Returns how many the server took
/// (an article deleted on the team is not taken back).
pub(super) fn articles(
    client: &mut postgres::Client,
    archive: &mut Archive,
    batch: usize,
    mut between_batches: impl FnMut(),
) -> Result<u64> {
    let mut after = 0;
    let mut sent = 0;
    loop {
        let todo = archive.unpushed_articles(after, batch)?;
        let Some(&(last, _)) = todo.last() else {
            return Ok(sent);
        };
        after = last;
        let hashes: Vec<String> = todo.iter().map(|(_, h)| h.clone()).collect();
        // The team may hold some already (the same file imported elsewhere): send only the rest.
        let there: std::collections::HashSet<String> = client
            .query(
                "SELECT content_hash FROM articles WHERE content_hash = ANY($1)
                 UNION SELECT content_hash FROM records WHERE kind = 'tombstone' AND content_hash = ANY($1)",
                &[&hashes],
            )
            .context("comparing articles")?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut columns = Columns::default();
        for (id, hash) in todo.iter().filter(|(_, h)| !there.contains(h)) {
            let Some((article, file_name)) = archive.article_for_team(*id)? else {
                continue;
            };
            let mut doc = serde_json::to_value(&article).unwrap_or_default();
            strip_nul(&mut doc);
            columns.hash.push(hash.clone());
            columns.title.push(article.title.replace('\0', ""));
            columns.published.push(article.published.clone());
            columns.file_name.push(file_name.replace('\0', ""));
            columns.doc.push(doc.to_string());
        }
        if !columns.hash.is_empty() {
            let mut tx = client.transaction().context("starting a push")?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
                .context("locking the team archive")?;
            sent += tx
                .execute(
                    "INSERT INTO articles (content_hash, seq, title, published, file_name, doc)
                     SELECT h, nextval('change_seq'), t, p, f, d::jsonb
                     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(h, t, p, f, d)
                     WHERE NOT EXISTS (SELECT 1 FROM records r
                                       WHERE r.kind = 'tombstone' AND r.content_hash = u.h AND r.key = '')
                     ON CONFLICT (content_hash) DO NOTHING",
                    &[
                        &columns.hash,
                        &columns.title,
                        &columns.published,
                        &columns.file_name,
                        &columns.doc,
                    ],
                )
                .context("pushing articles")?;
            tx.commit().context("committing pushed articles")?;
        }
        archive.mark_known(&hashes)?;
        between_batches();
    }
}

/// One batch of articles as columns, sent as arrays in one statement.
#[derive(Default)]
struct Columns {
    hash: Vec<String>,
    title: Vec<String>,
    published: Vec<Option<String>>,
    file_name: Vec<String>,
    doc: Vec<String>,
}

/// PostgreSQL's text and JSON types cannot hold NUL characters; no article needs one.
fn strip_nul(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) if s.contains('\0') => *s = s.replace('\0', ""),
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_nul),
        serde_json::Value::Object(map) => map.values_mut().for_each(strip_nul),
        _ => {}
    }
}

/// Pushes the outbox, `batch` records at a time; the later `made_at` wins on the server,
/// and the one it replaces stays in `records_history`. A tombstone also deletes the article
/// there. Returns how many records were sent.
pub(super) fn records(
    client: &mut postgres::Client,
    archive: &mut Archive,
    batch: usize,
    mut between_batches: impl FnMut(),
) -> Result<u64> {
    let mut sent = 0;
    loop {
        let outgoing = archive.outbox(batch)?;
        if outgoing.is_empty() {
            return Ok(sent);
        }
        let column = |f: fn(&crate::archive::SyncRecord) -> &String| -> Vec<String> {
            outgoing.iter().map(|o| f(&o.record).clone()).collect()
        };
        let kinds = column(|r| &r.kind);
        let hashes = column(|r| &r.content_hash);
        let keys = column(|r| &r.key);
        let bodies = column(|r| &r.body);
        let made = column(|r| &r.made_at);
        let deleted: Vec<String> = outgoing
            .iter()
            .filter(|o| o.record.kind == KIND_TOMBSTONE)
            .map(|o| o.record.content_hash.clone())
            .collect();
        let mut tx = client.transaction().context("starting a push")?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
            .context("locking the team archive")?;
        let params: [&(dyn postgres::types::ToSql + Sync); 5] =
            [&kinds, &hashes, &keys, &bodies, &made];
        // An older change arriving late loses, and is kept in the history like any loser.
        tx.execute(
            "INSERT INTO records_history (kind, content_hash, key, body, made_at, made_by)
             SELECT u.k, u.h, u.y, u.b::jsonb, u.m, current_user
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(k, h, y, b, m)
             JOIN records r ON r.kind = u.k AND r.content_hash = u.h AND r.key = u.y
             WHERE r.made_at::timestamptz > u.m::timestamptz",
            &params,
        )
        .context("pushing changes")?;
        tx.execute(
            "INSERT INTO records (kind, content_hash, key, body, made_at, seq)
             SELECT k, h, y, b::jsonb, m, nextval('change_seq')
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(k, h, y, b, m)
             ON CONFLICT (kind, content_hash, key) DO UPDATE
             SET body = excluded.body, made_at = excluded.made_at, made_by = excluded.made_by, seq = excluded.seq
             WHERE records.made_at::timestamptz < excluded.made_at::timestamptz",
            &params,
        )
        .context("pushing changes")?;
        if !deleted.is_empty() {
            tx.execute(
                "DELETE FROM articles WHERE content_hash = ANY($1)",
                &[&deleted],
            )
            .context("pushing deletions")?;
        }
        tx.commit().context("committing pushed changes")?;
        archive.clear_outbox(&outgoing)?;
        sent += outgoing.len() as u64;
        between_batches();
    }
}
