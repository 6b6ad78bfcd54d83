-- Points this browser at a racer, creating its session row, and returns the sidebar's
-- racers with the new one active: one round trip. No row when the racer does not exist.
-- Sessions unseen for 180 days are dropped on the way (an index range scan).
WITH purged AS (
    DELETE FROM browser_sessions WHERE last_seen_at < now() - interval '180 days'
),
switched AS (
    INSERT INTO browser_sessions (id, racer_id)
    SELECT @session, r.id FROM racer_profiles r WHERE r.id = @racer
    ON CONFLICT (id) DO UPDATE SET racer_id = excluded.racer_id, last_seen_at = now()
    RETURNING racer_id
)
SELECT r.id, r.name, r.email, r.facebook, r.instagram,
       array_to_string(coalesce(r.sponsors, '{}'), E'\n') AS sponsorlines,
       r.is_default AS isdefault,
       (r.id = switched.racer_id) AS isactive
FROM racer_profiles r
CROSS JOIN switched
ORDER BY r.is_default DESC, lower(r.name), r.id;
