-- A car for the active racer. Field rules are V5's trigger; a second car of the same brand,
-- model and nickname (in Unicode NFC, as racer names) fails on vehicles_profile_car_unique.
INSERT INTO vehicles (profile_id, brand, model, nickname, transponder, baseline_setup)
SELECT r.id, normalize(@brand, NFC), normalize(@model, NFC), normalize(@nickname, NFC), @transponder, '{}'
FROM racer_profiles r
WHERE r.id = pitwall_active_racer(@browser)
RETURNING id;
