-- Deletes a racer with their cars and sessions (ON DELETE CASCADE); when it was the
-- default, the oldest remaining racer becomes the default. Returns the deleted id.
SELECT pitwall_lock_racers();
-- The change log Pitwall wrote about the racer's cars would block the cascade on an adopted
-- setup_changes (no ON DELETE CASCADE); rows other tools wrote still do (409).
DELETE FROM setup_changes AS c USING vehicles v
WHERE c.vehicle_id = v.id AND v.profile_id = @id AND c.compared_with IS NOT NULL;
DELETE FROM racer_profiles WHERE id = @id RETURNING id;
UPDATE racer_profiles SET is_default = true
WHERE id = (SELECT id FROM racer_profiles ORDER BY created_at ASC NULLS LAST, id ASC LIMIT 1)
  AND NOT EXISTS (SELECT 1 FROM racer_profiles WHERE is_default);
