-- Points this browser at a racer and returns the sidebar's racers (as Profiles_Sidebar.sql) with the new one active:
-- one round trip. @browser is the hash of the id the browser sent (null when none); only a
-- row that already exists is updated. Otherwise a row is created under @fresh, the hash of
-- an id the server just minted, and `minted` tells the app to hand that id to the browser:
-- an id the client chose is never adopted. No row at all when the racer does not exist.
WITH target AS (
    SELECT r.id FROM racer_profiles r WHERE r.id = @racer
),
updated AS (
    UPDATE browser_sessions s SET racer_id = target.id, last_seen_at = now()
    FROM target
    WHERE s.id_hash = @browser
    RETURNING s.racer_id, false AS minted
),
inserted AS (
    INSERT INTO browser_sessions (id_hash, racer_id)
    SELECT @fresh, target.id FROM target
    WHERE NOT EXISTS (SELECT 1 FROM browser_sessions s WHERE s.id_hash = @browser)
    RETURNING racer_id, true AS minted
),
switched AS (
    SELECT * FROM updated UNION ALL SELECT * FROM inserted
)
SELECT r.id, r.name, r.is_default AS isdefault,
       (r.id = switched.racer_id) AS isactive,
       switched.minted
FROM racer_profiles r
CROSS JOIN switched;
