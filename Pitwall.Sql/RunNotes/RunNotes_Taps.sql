-- How often each symptom was tapped in a session of the active racer, and when last: what the
-- closeout's picker starts on. Nothing for another racer's session.
SELECT a.details ->> 'symptom' AS symptom, count(*)::int AS taps, max(a.created_at) AS lastat
FROM activity_log a
JOIN sessions s ON s.id = a.session_id
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
  AND a.action = 'run_note' AND a.details ->> 'symptom' IS NOT NULL
GROUP BY a.details ->> 'symptom';
