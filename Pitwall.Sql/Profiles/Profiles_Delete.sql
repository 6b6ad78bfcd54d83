-- Deletes a racer with their cars and sessions (ON DELETE CASCADE); when it was the
-- default, the oldest remaining racer becomes the default. Returns the deleted id.
SELECT pitwall_lock_racers();
-- Their sessions' results and change log go with them (the earlier tool's foreign keys
-- cascade); a library entry they shared still blocks it (master_library.submitted_by has no
-- ON DELETE on an adopted database: 409).
DELETE FROM racer_profiles WHERE id = @id RETURNING id;
UPDATE racer_profiles SET is_default = true
WHERE id = (SELECT id FROM racer_profiles ORDER BY created_at ASC NULLS LAST, id ASC LIMIT 1)
  AND NOT EXISTS (SELECT 1 FROM racer_profiles WHERE is_default);
