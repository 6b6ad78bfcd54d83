-- The Event Setup panel in one statement, as typed rows of four kinds: 'racer'
-- (the active racer), 'car' (each of their cars, as ➕ New Session lists them), 'open' (the
-- session shown: the one asked for, else their newest draft, with its car's baseline) and 'past'
-- (the ten newest sessions of each car, with the best lap of their results), each kind in its
-- own order (n). No row when there is no racer. A kind fills the columns it has; the first
-- branch names and types them all.
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
SELECT 'racer' AS kind, 0 AS n, racer.id, NULL::int AS carid, racer.name::text AS name,
       NULL::text AS brand, NULL::text AS model, NULL::text AS nickname, NULL::text AS type, NULL::date AS date,
       NULL::text AS trackname, NULL::text AS tracksize, NULL::text AS traction, NULL::text AS surfacetype, NULL::text AS surfacecondition,
       NULL::text AS status, NULL::text AS setup, NULL::text AS baseline, NULL::numeric AS bestlap
FROM racer
UNION ALL
SELECT 'car', row_number() OVER (ORDER BY lower(v.brand), lower(v.model), v.nickname NULLS FIRST, v.id), v.id, NULL, NULL,
       v.brand, v.model, v.nickname, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM vehicles v JOIN racer ON v.profile_id = racer.id
UNION ALL
SELECT 'open', 0, o.id, o.vehicle_id, o.session_name,
       NULL, NULL, NULL, o.session_type, o.session_date, o.track_name, o.track_size, o.traction, o.surface_type, o.surface_condition,
       o.status, coalesce(o.actual_setup, '{}')::text, coalesce(v.baseline_setup, '{}')::text, NULL
FROM opened o JOIN vehicles v ON v.id = o.vehicle_id
UNION ALL
SELECT 'past', row_number() OVER (ORDER BY p.created_at DESC, p.id DESC), p.id, p.vehicle_id, p.session_name,
       NULL, NULL, NULL, p.session_type, p.session_date, NULL, NULL, NULL, NULL, NULL,
       p.status, NULL, NULL, (SELECT min(r.best_lap) FROM race_results r WHERE r.session_id = p.id)
FROM recent p
ORDER BY kind, n;
