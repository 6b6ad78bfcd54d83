-- Sessions of the active racer with their weather as stored (the earlier tool's column, with
-- Pitwall's timeline inside it): one for a session's view, two for Compare. Another racer's
-- sessions are not returned.
SELECT s.id, s.weather::text AS weather
FROM sessions s
WHERE s.id = ANY (@ids) AND s.profile_id = pitwall_active_racer(@browser);
