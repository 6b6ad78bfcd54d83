-- The printed sheet of a session of the active racer, as one JSON document: racer, car and
-- transponder, the session's details and conditions, its setup, its car's baseline (to mark
-- what differs), its closeout and its results; nothing for another racer's session.
SELECT json_build_object(
    'racerName', r.name, 'brand', v.brand, 'model', v.model, 'nickname', v.nickname, 'transponder', v.transponder,
    'baseline', coalesce(v.baseline_setup, '{}'),
    'session', json_build_object(
        'id', s.id, 'name', s.session_name, 'type', s.session_type, 'date', s.session_date, 'status', s.status,
        'trackName', s.track_name, 'trackSize', s.track_size, 'traction', s.traction,
        'surfaceType', s.surface_type, 'surfaceCondition', s.surface_condition, 'setup', coalesce(s.actual_setup, '{}'), 'weather', s.weather,
        'rating', c.rating, 'feel', c.feel, 'observation', c.observation,
        'results', coalesce((
            SELECT json_agg(pitwall_result_json(x) ORDER BY x.id)
            FROM race_results x WHERE x.session_id = s.id), '[]')))::text
FROM sessions s
JOIN vehicles v ON v.id = s.vehicle_id
JOIN racer_profiles r ON r.id = s.profile_id
LEFT JOIN session_closeouts c ON c.session_id = s.id
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser);
