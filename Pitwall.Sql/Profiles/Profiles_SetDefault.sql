-- Makes one racer the default and no other. Under the lock, each statement sees the
-- previous holder's commit, so racing calls leave exactly one default; the partial unique
-- index refuses two whatever happens. Returns the racer's id, or nothing when it does not exist.
SELECT pitwall_lock_racers();
UPDATE racer_profiles SET is_default = false
WHERE is_default AND id <> @id AND EXISTS (SELECT 1 FROM racer_profiles WHERE id = @id);
UPDATE racer_profiles SET is_default = true, updated_at = now()
WHERE id = @id AND NOT is_default;
SELECT id FROM racer_profiles WHERE id = @id;
