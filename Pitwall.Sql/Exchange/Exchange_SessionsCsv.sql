-- A car of the active racer with its sessions (in the order made), their setups and results,
-- as one JSON document for the CSV export; nothing for another racer's car.
SELECT json_build_object(
    'brand', v.brand, 'model', v.model, 'nickname', v.nickname,
    'sessions', coalesce((
        SELECT json_agg(json_build_object(
            'id', s.id, 'name', s.session_name, 'type', s.session_type, 'date', s.session_date,
            'trackName', s.track_name, 'trackSize', s.track_size, 'traction', s.traction,
            'surfaceType', s.surface_type, 'surfaceCondition', s.surface_condition, 'status', s.status,
            'setup', coalesce(s.actual_setup, '{}'::jsonb),
            'results', coalesce((
                SELECT json_agg(pitwall_result_json(r) ORDER BY r.id)
                FROM race_results r WHERE r.session_id = s.id), '[]')) ORDER BY s.id)
        FROM sessions s WHERE s.vehicle_id = v.id), '[]')
)::text
FROM vehicles v
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser);
