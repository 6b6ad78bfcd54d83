-- A session of the active racer with its closeout, if any (the session's actions and what
-- its closeout said); nothing for another racer's session.
SELECT s.id AS sessionid, s.vehicle_id AS carid, coalesce(s.status, '') AS status,
       c.rating::int AS rating, c.feel, c.observation, c.closed_at AS closedat
FROM sessions s
LEFT JOIN session_closeouts c ON c.session_id = s.id
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser);
