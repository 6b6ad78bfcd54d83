-- V7: a browser session row is keyed by the SHA-256 hash of the id in the browser's cookie,
-- never by the id itself, so a read of this table (a backup, a leaked dump) yields no
-- working cookie. The table keeps its name; its key becomes id_hash.
--
-- Existing rows are hashed in place (sha256 of the id's 16 bytes, exactly as the app hashes
-- the cookie it receives), so every browser keeps its racer across the upgrade; dropping
-- them would only have sent every browser back to the default racer.
-- pitwall_active_racer() takes the hash from now on. Unseen rows are purged by the app's
-- background job (bounded batches) instead of during a switch; the last_seen_at index stays.
ALTER TABLE browser_sessions RENAME COLUMN id TO id_hash;
ALTER TABLE browser_sessions ALTER COLUMN id_hash TYPE bytea USING sha256(uuid_send(id_hash));
ALTER TABLE browser_sessions ADD CONSTRAINT browser_sessions_id_hash_is_sha256 CHECK (length(id_hash) = 32);

DROP FUNCTION pitwall_active_racer(uuid);
CREATE FUNCTION pitwall_active_racer(session_hash bytea) RETURNS integer
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(
        (SELECT s.racer_id FROM browser_sessions s WHERE s.id_hash = session_hash),
        (SELECT r.id FROM racer_profiles r WHERE r.is_default))
$$;
