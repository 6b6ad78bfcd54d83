-- Everything the staging view shows, in one row: the entry (with its setup) and the setup it
-- would go into, the active racer's draft (@draft) or their car's baseline (@car), with that
-- target's name and status (a car's is 'car'). target is null when the draft or car is not theirs.
SELECT m.id, m.brand, m.vehicle_model AS model, m.track_name AS trackname, coalesce(m.setup, '{}')::text AS source,
       t.setup AS target, t.label, t.status
FROM master_library m
LEFT JOIN LATERAL (
    SELECT coalesce(s.actual_setup, '{}')::text AS setup,
           format('the draft “%s” (%s)', s.session_name, concat_ws(' ', v.brand, v.model, v.nickname)) AS label, s.status
    FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id
    WHERE @draft::int IS NOT NULL AND s.id = @draft AND s.profile_id = pitwall_active_racer(@browser)
    UNION ALL
    SELECT coalesce(v.baseline_setup, '{}')::text, 'the baseline of ' || concat_ws(' ', v.brand, v.model, v.nickname), 'car'
    FROM vehicles v
    WHERE @draft::int IS NULL AND v.id = @car AND v.profile_id = pitwall_active_racer(@browser)
) t ON true
WHERE m.id = @id;
