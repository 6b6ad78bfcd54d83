-- "Compare with my car": the library entry (no row: no such entry) and the active racer's car of
-- its brand and model, each trimmed and in any case (null when the racer has none). One small
-- read, where it was the whole Compare read.
SELECT l.id AS entry,
       (SELECT c.id FROM vehicles c
        WHERE c.profile_id = pitwall_active_racer(@browser)
          AND lower(trim(c.brand)) = lower(trim(l.brand)) AND lower(trim(c.model)) = lower(trim(l.vehicle_model))
        ORDER BY c.id LIMIT 1) AS car
FROM master_library l
WHERE l.id = @id;
