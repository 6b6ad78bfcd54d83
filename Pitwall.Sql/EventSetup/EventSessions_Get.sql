-- One session of the active racer with its car's baseline, for checking a draft before it is
-- saved; nothing for another racer's. No lock: the save that follows holds the row and goes
-- ahead only while its version (xmin) is the one read here.
SELECT s.id, s.status, coalesce(s.actual_setup, '{}')::text AS setup, coalesce(v.baseline_setup, '{}')::text AS baseline,
       s.session_type AS type, s.track_size AS tracksize, s.traction, s.xmin::text AS version
FROM sessions s
JOIN vehicles v ON v.id = s.vehicle_id
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser);
