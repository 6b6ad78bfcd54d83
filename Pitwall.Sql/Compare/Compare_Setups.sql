-- Compare setups in one round trip, as one JSON document: the two sides asked for (@akind/@aid,
-- @bkind/@bid: 'car' a car's current baseline, 'baseline' an earlier one, 'session' a session's
-- setup, with its results, 'library' a setup of the shared library), and what the racer can pick
-- from (their cars, earlier baselines and 60 newest sessions). Only the active racer's: a side of
-- another racer's is null. A library side belongs to no car (carId 0): the library is shared.
WITH racer AS (
    SELECT pitwall_active_racer(@browser) AS id
),
cars AS (
    SELECT v.* FROM vehicles v JOIN racer ON v.profile_id = racer.id
),
picked AS (
    SELECT k.side, x.*
    FROM (VALUES ('a', @akind::text, @aid::int), ('b', @bkind::text, @bid::int)) AS k(side, kind, id)
    CROSS JOIN LATERAL (
        SELECT k.kind, v.id AS car_id, NULL::int AS session_id, NULL::text AS name, NULL::date AS day,
               NULL::timestamptz AS saved_at, NULL::text AS source, v.baseline_setup AS setup
        FROM cars v WHERE k.kind = 'car' AND v.id = k.id
        UNION ALL
        SELECT k.kind, h.vehicle_id, NULL, fs.session_name, NULL, h.saved_at, h.source, h.setup
        FROM baseline_history h JOIN cars v ON v.id = h.vehicle_id LEFT JOIN sessions fs ON fs.id = h.session_id
        WHERE k.kind = 'baseline' AND h.id = k.id
        UNION ALL
        SELECT k.kind, s.vehicle_id, s.id, s.session_name, s.session_date, NULL, NULL, s.actual_setup
        FROM sessions s JOIN racer ON s.profile_id = racer.id
        WHERE k.kind = 'session' AND s.id = k.id
        UNION ALL
        SELECT k.kind, 0, NULL, nullif(concat_ws(' ', nullif(trim(l.brand), ''), nullif(trim(l.vehicle_model), '')), ''),
               l.date_created, NULL, l.source, l.setup
        FROM master_library l
        WHERE k.kind = 'library' AND l.id = k.id
    ) x
),
sides AS (
    SELECT p.side, json_build_object(
        'kind', p.kind, 'id', CASE p.side WHEN 'a' THEN @aid::int ELSE @bid::int END, 'carId', p.car_id,
        'name', p.name, 'date', p.day, 'savedAt', p.saved_at, 'source', p.source, 'setup', coalesce(p.setup, '{}'),
        'results', coalesce((
            SELECT json_agg(pitwall_result_json(r) ORDER BY r.id)
            FROM race_results r WHERE r.session_id = p.session_id), '[]')) AS doc
    FROM picked p
)
SELECT json_build_object(
    'a', (SELECT doc FROM sides WHERE side = 'a'),
    'b', (SELECT doc FROM sides WHERE side = 'b'),
    'cars', coalesce((
        SELECT json_agg(json_build_object('id', v.id, 'brand', v.brand, 'model', v.model, 'nickname', v.nickname)
                        ORDER BY lower(v.brand), lower(v.model), v.nickname NULLS FIRST, v.id)
        FROM cars v), '[]'),
    'baselines', coalesce((
        SELECT json_agg(json_build_object('id', h.id, 'carId', h.vehicle_id, 'savedAt', h.saved_at, 'source', h.source) ORDER BY h.id DESC)
        FROM baseline_history h JOIN cars v ON v.id = h.vehicle_id), '[]'),
    'sessions', coalesce((
        SELECT json_agg(json_build_object('id', s.id, 'carId', s.vehicle_id, 'name', s.session_name, 'date', s.session_date)
                        ORDER BY s.session_date DESC NULLS LAST, s.id DESC)
        -- The racer's id as a value (not a join with the CTE), so the newest 60 come from idx_sessions_profile_newest.
        FROM (SELECT s.* FROM sessions s WHERE s.profile_id = (SELECT id FROM racer)
              ORDER BY s.session_date DESC NULLS LAST, s.id DESC LIMIT 60) s), '[]')
)::text
FROM racer
WHERE racer.id IS NOT NULL;
