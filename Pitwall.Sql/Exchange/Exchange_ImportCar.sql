-- The imported car, for the active racer (a duplicate brand, model and nickname fails on
-- vehicles_profile_car_unique). Nothing when there is no racer.
INSERT INTO vehicles (profile_id, brand, model, nickname, transponder, baseline_setup)
SELECT r.id, normalize(@brand, NFC), normalize(@model, NFC), normalize(@nickname, NFC), @transponder, @baseline::jsonb
FROM racer_profiles r
WHERE r.id = pitwall_active_racer(@browser)
RETURNING id;
