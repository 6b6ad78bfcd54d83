-- The car's new baseline, and its entry in the history (from a session, or restored from an
-- earlier entry); returns the entry's id.
WITH entry AS (
    INSERT INTO baseline_history (vehicle_id, setup, source, session_id, restored_from)
    VALUES (@car, @setup::jsonb, @source, @sessionid, @restoredfrom)
    RETURNING id
)
UPDATE vehicles SET baseline_setup = @setup::jsonb, updated_at = now()
WHERE id = @car
RETURNING (SELECT id FROM entry);
