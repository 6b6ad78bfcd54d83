-- Restoring an earlier baseline of the active racer's car: the entry's setup and its car, whose
-- row is held (FOR UPDATE) until the baseline is written. Nothing for another racer's entry.
SELECT v.id AS carid, h.setup::text AS setup
FROM baseline_history h
JOIN vehicles v ON v.id = h.vehicle_id
WHERE h.id = @entry AND v.profile_id = pitwall_active_racer(@browser)
FOR UPDATE OF v;
