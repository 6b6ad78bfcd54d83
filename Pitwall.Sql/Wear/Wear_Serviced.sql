-- "Serviced": an item of a car of the active racer counts again from now, and the date is kept.
-- Returns its car's id, nothing for another racer's item.
UPDATE wear_items AS i
SET counted_from = LOCALTIMESTAMP, serviced_on = CURRENT_DATE
FROM vehicles v
WHERE i.id = @id AND v.id = i.vehicle_id AND v.profile_id = pitwall_active_racer(@browser)
RETURNING i.vehicle_id;
