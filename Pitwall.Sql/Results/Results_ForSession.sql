-- One session of the active racer with its results (in the order entered), as one JSON
-- document; nothing for another racer's session.
SELECT json_build_object(
    'sessionId', s.id, 'sessionName', s.session_name, 'status', s.status,
    'results', coalesce((
        SELECT json_agg(pitwall_result_json(r) ORDER BY r.id)
        FROM race_results r WHERE r.session_id = s.id), '[]'))::text
FROM sessions s
WHERE s.id = @sessionid AND s.profile_id = pitwall_active_racer(@browser);
