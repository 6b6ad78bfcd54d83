-- Deletes an item of a car of the active racer (the sessions it was mounted for keep their results).
-- Returns its car's id, nothing for another racer's item.
DELETE FROM wear_items AS i
USING vehicles v
WHERE i.id = @id AND v.id = i.vehicle_id AND v.profile_id = pitwall_active_racer(@browser)
RETURNING i.vehicle_id;
