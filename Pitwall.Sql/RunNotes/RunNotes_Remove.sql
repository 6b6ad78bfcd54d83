-- Removes a run note (only a 'run_note' row: the tool's other log rows stay) of a session of the
-- active racer; returns its id, nothing for another racer's.
DELETE FROM activity_log AS a
USING sessions s
WHERE a.id = @note AND a.action = 'run_note' AND a.session_id = s.id
  AND s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
RETURNING a.id;
