-- The Shop Master panel: the active racer and their cars in one round trip (a racer with
-- no cars still comes back, as one row without a car), each car with how many of its tire sets,
-- engines and parts are due for service.
SELECT r.id AS racerid, r.name AS racername,
       v.id AS carid, v.brand, v.model, v.nickname, v.transponder,
       (SELECT count(*)::int FROM wear_items i WHERE i.vehicle_id = v.id AND pitwall_wear_due(i)) AS servicedue
FROM racer_profiles r
LEFT JOIN vehicles v ON v.profile_id = r.id
WHERE r.id = pitwall_active_racer(@browser)
ORDER BY lower(v.brand), lower(v.model), v.nickname NULLS FIRST, v.id;
