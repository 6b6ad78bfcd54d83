-- The printed sheet of a car's baseline (of the active racer), as one row: racer, car and
-- transponder, the baseline (the setup, a JSON column as stored); nothing for another racer's car.
SELECT r.name AS racername, v.brand, v.model, v.nickname, v.transponder, coalesce(v.baseline_setup, '{}')::text AS baseline
FROM vehicles v
JOIN racer_profiles r ON r.id = v.profile_id
WHERE v.id = @id AND v.profile_id = pitwall_active_racer(@browser);
