-- One session of the active racer with its car's baseline, for saving a draft; nothing for
-- another racer's. The session row is held (FOR UPDATE) until the transaction that saves it ends,
-- so what is typed is checked against the very setup it replaces.
SELECT s.id, s.status, coalesce(s.actual_setup, '{}')::text AS setup, coalesce(v.baseline_setup, '{}')::text AS baseline,
       s.session_type AS type, s.track_size AS tracksize, s.traction
FROM sessions s
JOIN vehicles v ON v.id = s.vehicle_id
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
FOR UPDATE OF s;
