-- Deletes a result of the active racer; returns its session's id, nothing for another racer's.
DELETE FROM race_results AS r
USING sessions s
WHERE r.id = @id AND s.id = r.session_id AND s.profile_id = pitwall_active_racer(@browser)
RETURNING s.id;
