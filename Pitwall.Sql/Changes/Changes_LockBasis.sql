-- What a session being locked is compared with: the car's previous locked session (the
-- newest non-draft one before it by date, then creation), else the car's baseline; with the
-- best laps of both. Run inside the lock's transaction, after the session row was taken FOR UPDATE.
SELECT s.id AS sessionid, s.vehicle_id AS carid, coalesce(s.actual_setup, '{}')::text AS setup,
       p.id AS previousid, coalesce(CASE WHEN p.id IS NULL THEN v.baseline_setup ELSE p.actual_setup END, '{}')::text AS basis,
       (SELECT min(r.best_lap) FROM race_results r WHERE r.session_id = p.id) AS before,
       (SELECT min(r.best_lap) FROM race_results r WHERE r.session_id = s.id) AS after
FROM sessions s
JOIN vehicles v ON v.id = s.vehicle_id
LEFT JOIN LATERAL (
    SELECT o.id, o.actual_setup
    FROM sessions o
    WHERE o.vehicle_id = s.vehicle_id AND o.id <> s.id AND o.status IS DISTINCT FROM 'draft'
      AND (coalesce(o.session_date, '-infinity'::date), coalesce(o.created_at, '-infinity'::timestamp), o.id)
        < (coalesce(s.session_date, '-infinity'::date), coalesce(s.created_at, '-infinity'::timestamp), s.id)
    ORDER BY o.session_date DESC NULLS LAST, o.created_at DESC NULLS LAST, o.id DESC
    LIMIT 1
) p ON true
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser);
