-- A car of the active racer with every setup_changes row about it (by car, or by one of its
-- sessions when another tool left vehicle_id empty), newest first, each with the run notes that
-- preceded it (pitwall_run_notes_before), as one JSON document;
-- nothing for another racer's car.
SELECT json_build_object(
    'carId', v.id, 'brand', v.brand, 'model', v.model, 'nickname', v.nickname,
    'changes', coalesce((
        SELECT json_agg(json_build_object(
            'id', c.id, 'sessionId', c.session_id, 'sessionName', s.session_name, 'sessionDate', s.session_date,
            'parameter', c.parameter, 'oldValue', c.old_value, 'newValue', c.new_value,
            'before', c.lap_time_before, 'after', c.lap_time_after, 'source', c.source, 'status', c.status, 'outcome', c.outcome,
            'notesBefore', pitwall_run_notes_before(c))
            ORDER BY s.session_date DESC NULLS LAST, c.created_at DESC NULLS LAST, c.id DESC)
        FROM pitwall_car_changes(v.id) c
        -- Each change's session by its key (OFFSET 0: lookups, not a scan of every session).
        LEFT JOIN LATERAL (SELECT o.session_name, o.session_date FROM sessions o WHERE o.id = c.session_id OFFSET 0) s ON true), '[]'))::text
FROM vehicles v
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser);
