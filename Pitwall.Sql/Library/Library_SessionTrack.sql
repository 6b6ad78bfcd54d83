-- The track of a session of the active racer, to fill "Save to library"'s Track field ('' when
-- the session names none); no row for another racer's session.
SELECT coalesce(s.track_name, '')
FROM sessions s
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser);
