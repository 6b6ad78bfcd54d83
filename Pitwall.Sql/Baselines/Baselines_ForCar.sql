-- A car of the active racer with its current baseline and every earlier one (newest first,
-- with the session it came from), as one JSON document; nothing for another racer's car.
SELECT json_build_object(
    'carId', v.id, 'brand', v.brand, 'model', v.model, 'nickname', v.nickname,
    'current', coalesce(v.baseline_setup, '{}'),
    'entries', coalesce((
        SELECT json_agg(json_build_object(
            'id', h.id, 'source', h.source, 'sessionId', h.session_id, 'sessionName', s.session_name,
            'restoredFrom', h.restored_from, 'savedAt', h.saved_at,
            'isCurrent', h.setup = coalesce(v.baseline_setup, '{}')) ORDER BY h.id DESC)
        FROM baseline_history h LEFT JOIN sessions s ON s.id = h.session_id
        WHERE h.vehicle_id = v.id), '[]'))::text
FROM vehicles v
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser);
