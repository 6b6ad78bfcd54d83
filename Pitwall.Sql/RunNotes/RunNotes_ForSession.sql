-- A session of the active racer with its run notes in the order they were taken (rows of the
-- earlier tool's activity_log, action 'run_note'): one row per note, or one row without a note;
-- no row for another racer's session.
SELECT s.id AS sessionid, a.id, a.created_at AS at,
       a.details ->> 'symptom' AS symptom, a.details ->> 'note' AS note, a.details ->> 'heat' AS heat
FROM sessions s
LEFT JOIN activity_log a ON a.session_id = s.id AND a.action = 'run_note'
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
ORDER BY a.created_at, a.id;
