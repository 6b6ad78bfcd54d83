-- One of the active racer's cars with its baseline setup; nothing for another racer's car.
SELECT v.id, v.brand, v.model, v.nickname, v.transponder, coalesce(v.baseline_setup, '{}')::text AS baseline
FROM vehicles v
WHERE v.id = @id AND v.profile_id = pitwall_active_racer(@browser);
