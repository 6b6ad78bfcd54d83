-- The active racer's session taken FOR UPDATE before a library setup goes into it: its status and setup.
SELECT s.status, coalesce(s.actual_setup, '{}')::text AS setup
FROM sessions s
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
FOR UPDATE;
