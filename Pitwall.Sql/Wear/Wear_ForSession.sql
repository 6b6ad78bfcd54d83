-- A session of the active racer with its car's tire sets, engines and parts (what each has done,
-- whether it is due) and which tire set and engine were on the car for it. One row per item, or one
-- row without an item; nothing for another racer's session.
SELECT s.id AS ownerid, s.vehicle_id AS carid, NULL::text AS carlabel, s.status,
       i.id, i.kind, i.name, i.every_laps AS everylaps, i.every_hours AS everyhours, i.serviced_on::timestamp AS servicedon,
       i.created_at::timestamp AS createdat, coalesce(u.runs, 0) AS runs, coalesce(u.laps, 0) AS laps, coalesce(u.seconds, 0) AS seconds,
       coalesce(pitwall_wear_due(i), false) AS due, 0 AS sessions, (m.item_id IS NOT NULL) AS mounted
FROM sessions s
LEFT JOIN wear_items i ON i.vehicle_id = s.vehicle_id
LEFT JOIN wear_mounts m ON m.session_id = s.id AND m.item_id = i.id
LEFT JOIN LATERAL pitwall_wear_usage(i) u ON i.id IS NOT NULL
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
ORDER BY CASE i.kind WHEN 'tires' THEN 1 WHEN 'engine' THEN 2 ELSE 3 END, lower(i.name), i.id;
