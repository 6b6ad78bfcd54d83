-- "Make baseline" from a session of the active racer: the session's setup and its car, whose
-- row is held (FOR UPDATE) until the new baseline is written. Nothing for another racer's session.
SELECT v.id AS carid, coalesce(s.actual_setup, '{}')::text AS setup
FROM sessions s
JOIN vehicles v ON v.id = s.vehicle_id
WHERE s.id = @session AND s.profile_id = pitwall_active_racer(@browser)
FOR UPDATE OF v;
