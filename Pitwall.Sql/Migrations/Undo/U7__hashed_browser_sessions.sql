-- U7: undo of V7. A hash cannot be turned back into the id it came from, so every browser
-- session row is dropped: browsers fall back to the default racer until they switch again.
-- No racer, car or session is touched.
DELETE FROM browser_sessions;
DROP FUNCTION IF EXISTS pitwall_active_racer(bytea);
ALTER TABLE browser_sessions DROP CONSTRAINT IF EXISTS browser_sessions_id_hash_is_sha256;
ALTER TABLE browser_sessions ALTER COLUMN id_hash TYPE uuid USING NULL::uuid;
ALTER TABLE browser_sessions RENAME COLUMN id_hash TO id;

CREATE FUNCTION pitwall_active_racer(session uuid) RETURNS integer
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(
        (SELECT s.racer_id FROM browser_sessions s WHERE s.id = session),
        (SELECT r.id FROM racer_profiles r WHERE r.is_default))
$$;
