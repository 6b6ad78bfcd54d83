-- Deletes a car of the active racer with its sessions, and with them their results and change
-- log: the earlier tool's foreign keys cascade from sessions, and Pitwall's vehicle_id on
-- setup_changes from cars. A row of another table that refers to it without a cascade still
-- blocks it (409).
DELETE FROM vehicles WHERE id = @id AND profile_id = pitwall_active_racer(@browser)
RETURNING id;
