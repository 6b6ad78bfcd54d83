-- The Event Setup panel in one round trip, as one JSON document: the active racer, their
-- cars, the open session (the one asked for, else their newest draft) with its car's
-- baseline, and the ten newest sessions of each car with their best lap (race_results).
WITH racer AS (
    SELECT r.id, r.name FROM racer_profiles r WHERE r.id = pitwall_active_racer(@browser)
),
opened AS (
    SELECT s.*
    FROM sessions s
    JOIN racer ON s.profile_id = racer.id
    WHERE CASE WHEN @open::int IS NULL THEN s.status = 'draft' ELSE s.id = @open::int END
    ORDER BY s.last_updated DESC NULLS LAST, s.id DESC
    LIMIT 1
),
-- Ten per car, each car's taken through its index (idx_sessions_vehicle_created), not all the racer's sessions.
recent AS (
    SELECT s.*
    FROM vehicles v
    JOIN racer ON v.profile_id = racer.id
    CROSS JOIN LATERAL (
        SELECT s.id, s.vehicle_id, s.session_name, s.session_type, s.session_date, s.status, s.created_at
        FROM sessions s
        WHERE s.vehicle_id = v.id AND s.profile_id = racer.id
        ORDER BY s.created_at DESC, s.id DESC
        LIMIT 10
    ) s
)
SELECT json_build_object(
    'racerId', racer.id,
    'racerName', racer.name,
    'cars', coalesce((
        SELECT json_agg(json_build_object('id', v.id, 'brand', v.brand, 'model', v.model, 'nickname', v.nickname)
                        ORDER BY lower(v.brand), lower(v.model), v.nickname NULLS FIRST, v.id)
        FROM vehicles v WHERE v.profile_id = racer.id), '[]'),
    'open', (
        SELECT json_build_object(
            'id', o.id, 'carId', o.vehicle_id, 'name', o.session_name, 'type', o.session_type,
            'date', o.session_date, 'trackName', o.track_name, 'trackSize', o.track_size,
            'traction', o.traction, 'surfaceType', o.surface_type, 'surfaceCondition', o.surface_condition,
            'status', o.status, 'setup', coalesce(o.actual_setup, '{}'), 'baseline', coalesce(v.baseline_setup, '{}'))
        FROM opened o JOIN vehicles v ON v.id = o.vehicle_id),
    'past', coalesce((
        SELECT json_agg(json_build_object('id', p.id, 'carId', p.vehicle_id, 'name', p.session_name, 'type', p.session_type,
                                          'date', p.session_date, 'status', p.status,
                                          'bestLap', (SELECT min(r.best_lap) FROM race_results r WHERE r.session_id = p.id))
                        ORDER BY p.created_at DESC, p.id DESC)
        FROM recent p), '[]')
)::text
FROM racer;
