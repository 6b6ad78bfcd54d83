-- Saves a car of the active racer, its baseline sheet included; nothing for another racer's car.
UPDATE vehicles
SET brand = normalize(@brand, NFC), model = normalize(@model, NFC), nickname = normalize(@nickname, NFC), transponder = @transponder,
    baseline_setup = @baseline::jsonb, updated_at = now()
WHERE id = @id AND profile_id = pitwall_active_racer(@session)
RETURNING id;
