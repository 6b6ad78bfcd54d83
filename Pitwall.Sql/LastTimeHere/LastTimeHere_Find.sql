-- "Last time here": the active racer's earlier sessions of one car at one track, as one JSON
-- document with the car's current baseline. Asked with a car and a track name (➕ New Session),
-- or with a session (its car and track; the session itself left out). Names match by
-- pitwall_track_key (case, accents, spacing and punctuation do not count); drafts were not run and
-- are left out. Only the sessions with the lowest best lap come back (the least best_lap of their
-- results, as the sessions list shows it), or, when none has a result, the newest: LastTimeHere
-- breaks a tie by Best 3 consecutive (LapFigures). Each with its setup, weather, results and
-- logged changes. Nothing for another racer's car or session.
WITH asked AS (
    SELECT v.id AS car_id, coalesce(v.baseline_setup, '{}') AS baseline, s.id AS session_id,
           CASE WHEN @session::int IS NULL THEN @track::text ELSE s.track_name END AS track
    FROM vehicles v
    LEFT JOIN sessions s ON s.id = @session::int AND s.vehicle_id = v.id
    WHERE v.profile_id = pitwall_active_racer(@browser)
      AND v.id = coalesce(@car::int, (SELECT x.vehicle_id FROM sessions x WHERE x.id = @session::int))
      AND (@session::int IS NULL OR s.id IS NOT NULL)
),
here AS (
    SELECT s.*, (SELECT min(r.best_lap) FROM race_results r WHERE r.session_id = s.id) AS best
    FROM asked a
    JOIN sessions s ON s.vehicle_id = a.car_id AND pitwall_track_key(s.track_name) = pitwall_track_key(a.track)
    WHERE s.status IS DISTINCT FROM 'draft' AND s.id IS DISTINCT FROM a.session_id
),
chosen AS (
    SELECT h.*
    FROM here h
    WHERE h.best IS NOT DISTINCT FROM (SELECT min(best) FROM here)
    ORDER BY h.session_date DESC NULLS LAST, h.created_at DESC NULLS LAST, h.id DESC
    LIMIT 20
)
SELECT json_build_object(
    'carId', a.car_id, 'track', a.track, 'baseline', a.baseline,
    'sessions', coalesce((
        SELECT json_agg(json_build_object(
            'id', c.id, 'name', c.session_name, 'date', c.session_date, 'trackName', c.track_name, 'status', c.status,
            'setup', coalesce(c.actual_setup, '{}'), 'weather', c.weather,
            'results', coalesce((
                SELECT json_agg(pitwall_result_json(r) ORDER BY r.id)
                FROM race_results r WHERE r.session_id = c.id), '[]'),
            'changes', coalesce((
                SELECT json_agg(json_build_object('parameter', x.parameter, 'oldValue', x.old_value, 'newValue', x.new_value,
                                                  'outcome', x.outcome, 'status', x.status) ORDER BY x.id)
                FROM setup_changes x WHERE x.session_id = c.id), '[]'))
            ORDER BY c.session_date DESC NULLS LAST, c.created_at DESC NULLS LAST, c.id DESC)
        FROM chosen c), '[]'))::text
FROM asked a;
