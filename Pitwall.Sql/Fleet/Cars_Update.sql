-- Saves a car of the active racer, its baseline sheet included; nothing for another racer's car.
-- A blank nickname or transponder stays as stored when that was blank too (the earlier
-- tool's empty string), so saving changes only what the racer changed.
UPDATE vehicles
SET brand = normalize(@brand, NFC), model = normalize(@model, NFC),
    nickname = CASE WHEN @nickname IS NULL AND nickname = '' THEN nickname ELSE normalize(@nickname, NFC) END,
    transponder = CASE WHEN @transponder IS NULL AND transponder = '' THEN transponder ELSE @transponder END,
    baseline_setup = @baseline::jsonb, updated_at = now()
WHERE id = @id AND profile_id = pitwall_active_racer(@browser)
RETURNING id;
