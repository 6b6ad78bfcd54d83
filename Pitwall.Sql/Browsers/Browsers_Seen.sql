-- Marks a browser seen now, when it was last seen over an hour ago: the purge forgets browsers
-- unseen for the retention period, so a browser used daily must stay fresh, but a write per
-- request would cost more than the purge saves. Returns a row when it marked one.
UPDATE browser_sessions SET last_seen_at = now()
WHERE id_hash = @browser AND last_seen_at < now() - interval '1 hour'
RETURNING 1;
