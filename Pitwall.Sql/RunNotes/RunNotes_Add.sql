-- A run note for a session of the active racer, in the earlier tool's activity_log as its advisor
-- reads the log (profile, session, action, details): action 'run_note', details the symptom as the
-- grid names it, the free note and the heat being entered, empty ones left out; created_at is the
-- table's default. Returns its id, nothing for another racer's session.
INSERT INTO activity_log (profile_id, session_id, action, details)
SELECT s.profile_id, s.id, 'run_note',
       jsonb_strip_nulls(jsonb_build_object('symptom', @symptom::text, 'note', @note::text, 'heat', @heat::text))
FROM sessions s
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
RETURNING id;
