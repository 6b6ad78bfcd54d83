-- What "Compare" offers for a session of the active racer: its car, and every session of that
-- car (oldest first, by date, then creation) with its results, so that the previous session and
-- the best one (by Best 3 consecutive, computed by LapFigures) can be named. Nothing for another racer's session.
SELECT json_build_object(
    'sessionId', s.id, 'carId', s.vehicle_id,
    'sessions', (
        SELECT json_agg(json_build_object(
            'id', o.id, 'name', o.session_name, 'date', o.session_date, 'type', o.session_type, 'status', o.status,
            'results', coalesce((
                SELECT json_agg(pitwall_result_json(r) ORDER BY r.id)
                FROM race_results r WHERE r.session_id = o.id), '[]'))
            ORDER BY o.session_date NULLS FIRST, o.created_at NULLS FIRST, o.id)
        FROM sessions o WHERE o.vehicle_id = s.vehicle_id))::text
FROM sessions s
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser);
