-- A car of the active racer with its tire sets, engines and parts: what each has done since it was
-- counted from (pitwall_wear_usage), whether it is due and for how many sessions it was mounted.
-- One row per item, or one row without an item; nothing for another racer's car.
SELECT v.id AS ownerid, v.id AS carid, v.brand || ' ' || v.model || coalesce(' “' || nullif(v.nickname, '') || '”', '') AS carlabel, NULL::text AS status,
       i.id, i.kind, i.name, i.every_laps AS everylaps, i.every_hours AS everyhours, i.serviced_on::timestamp AS servicedon,
       i.created_at::timestamp AS createdat, coalesce(u.runs, 0) AS runs, coalesce(u.laps, 0) AS laps, coalesce(u.seconds, 0) AS seconds,
       coalesce(pitwall_wear_due(i), false) AS due,
       (SELECT count(*)::int FROM wear_mounts m WHERE m.item_id = i.id) AS sessions, false AS mounted
FROM vehicles v
LEFT JOIN wear_items i ON i.vehicle_id = v.id
LEFT JOIN LATERAL pitwall_wear_usage(i) u ON i.id IS NOT NULL
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser)
ORDER BY CASE i.kind WHEN 'tires' THEN 1 WHEN 'engine' THEN 2 ELSE 3 END, lower(i.name), i.id;
