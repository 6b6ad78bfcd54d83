-- One of the active racer's cars with its baseline, held (FOR UPDATE) until the transaction that
-- saves it ends: the posted sheet is checked against this very baseline and nothing can change it
-- in between. Nothing for another racer's car.
SELECT v.id, v.brand, v.model, v.nickname, v.transponder, coalesce(v.baseline_setup, '{}')::text AS baseline
FROM vehicles v
WHERE v.id = @id AND v.profile_id = pitwall_active_racer(@browser)
FOR UPDATE;
