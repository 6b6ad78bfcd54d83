-- The sidebar: every racer, the default first, the others by name ignoring case, with the
-- racer this browser has open marked (its session's racer, else the default racer).
-- One round trip renders the switcher, the edit form and the active racer's name.
WITH active AS (
    SELECT coalesce(
        (SELECT s.racer_id FROM browser_sessions s WHERE s.id_hash = @session),
        (SELECT d.id FROM racer_profiles d WHERE d.is_default)) AS id
)
SELECT r.id, r.name, r.email, r.facebook, r.instagram,
       array_to_string(coalesce(r.sponsors, '{}'), E'\n') AS sponsorlines,
       r.is_default AS isdefault,
       coalesce(r.id = active.id, false) AS isactive
FROM racer_profiles r
CROSS JOIN active
ORDER BY r.is_default DESC, lower(r.name), r.id;
