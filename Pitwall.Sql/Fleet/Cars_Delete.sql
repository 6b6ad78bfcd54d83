-- Deletes a car of the active racer with its sessions (ON DELETE CASCADE). The change log
-- Pitwall wrote about it goes too: an adopted setup_changes refers to cars without ON DELETE
-- CASCADE, and Pitwall's own rows must not block the delete. Rows other tools wrote still do (409).
WITH car AS (
    SELECT id FROM vehicles WHERE id = @id AND profile_id = pitwall_active_racer(@browser)
),
logged AS (
    DELETE FROM setup_changes AS c USING car WHERE c.vehicle_id = car.id AND c.compared_with IS NOT NULL
)
DELETE FROM vehicles WHERE id IN (SELECT id FROM car)
RETURNING id;
