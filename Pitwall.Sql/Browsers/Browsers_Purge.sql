-- Deletes at most @batch browsers (browser_sessions rows) unseen since @cutoff (an index range scan on
-- last_seen_at), so that a large backlog is purged in short transactions.
DELETE FROM browser_sessions
WHERE id_hash IN (
    SELECT id_hash FROM browser_sessions
    WHERE last_seen_at < @cutoff
    ORDER BY last_seen_at
    LIMIT @batch
);
