-- A car of the active racer with its sessions, newest first, and each session's results
-- (laps and stored figures) as one JSON document; nothing for another racer's car.
SELECT json_build_object(
    'carId', v.id, 'brand', v.brand, 'model', v.model, 'nickname', v.nickname,
    'sessions', coalesce((
        SELECT json_agg(json_build_object(
            'id', s.id, 'name', s.session_name, 'date', s.session_date, 'type', s.session_type,
            'results', coalesce((
                SELECT json_agg(pitwall_result_json(r) ORDER BY r.id)
                FROM race_results r WHERE r.session_id = s.id), '[]'))
            ORDER BY s.session_date DESC NULLS LAST, s.created_at DESC, s.id DESC)
        FROM sessions s WHERE s.vehicle_id = v.id), '[]'))::text
FROM vehicles v
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser);
