-- Deletes a car of the active racer with its sessions (ON DELETE CASCADE).
DELETE FROM vehicles
WHERE id = @id AND profile_id = pitwall_active_racer(@browser)
RETURNING id;
