-- A car of the active racer with everything recorded about it, as one JSON document (the
-- export file before its setups are put in their flat shape): baseline and baseline history,
-- sessions in the order they were made with their setups, results and closeouts, and the change
-- log (the rows the Changes view shows: by car, or by one of its sessions). Times of Pitwall's
-- own columns to the microsecond (timestamptz in UTC with Z; created_at, a timestamp, as stored),
-- so an import gives them back exactly. Nothing for another racer's car.
SELECT json_build_object(
    'car', json_build_object('id', v.id, 'brand', v.brand, 'model', v.model, 'nickname', v.nickname,
                             'transponder', v.transponder, 'baseline', coalesce(v.baseline_setup, '{}'::jsonb),
                             'baselineHistory', coalesce((
                                 SELECT json_agg(json_build_object(
                                     'id', h.id, 'setup', h.setup, 'source', h.source, 'sessionId', h.session_id,
                                     'restoredFrom', h.restored_from,
                                     'savedAt', to_char(h.saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) ORDER BY h.id)
                                 FROM baseline_history h WHERE h.vehicle_id = v.id), '[]')),
    'sessions', coalesce((
        SELECT json_agg(json_build_object(
            'id', s.id, 'name', s.session_name, 'type', s.session_type, 'date', s.session_date,
            'trackName', s.track_name, 'trackSize', s.track_size, 'traction', s.traction,
            'surfaceType', s.surface_type, 'surfaceCondition', s.surface_condition, 'status', s.status,
            'setup', coalesce(s.actual_setup, '{}'::jsonb),
            'results', coalesce((
                SELECT json_agg(pitwall_result_json(r) ORDER BY r.id)
                FROM race_results r WHERE r.session_id = s.id), '[]'),
            'closeout', (
                SELECT json_build_object('rating', k.rating, 'feel', k.feel, 'observation', k.observation,
                                         'closedAt', to_char(k.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                FROM session_closeouts k WHERE k.session_id = s.id)) ORDER BY s.id)
        FROM sessions s WHERE s.vehicle_id = v.id), '[]'),
    'changes', coalesce((
        SELECT json_agg(json_build_object(
            'id', c.id, 'sessionId', c.session_id, 'parameter', c.parameter, 'oldValue', c.old_value, 'newValue', c.new_value,
            'lapTimeBefore', c.lap_time_before, 'lapTimeAfter', c.lap_time_after, 'source', c.source, 'status', c.status,
            'createdAt', to_char(c.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'outcome', c.outcome,
            'comparedWith', c.compared_with, 'previousSessionId', c.previous_session_id) ORDER BY c.id)
        FROM pitwall_car_changes(v.id) c), '[]')
)::text
FROM vehicles v
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser);
