-- One baseline history entry of the imported car (entries go in one by one, oldest first, so
-- restored_from can name an entry made just before); the session and the restored entry are
-- already the new ids. Returns the new entry's id.
INSERT INTO baseline_history (vehicle_id, setup, source, session_id, restored_from, saved_at)
VALUES (@car, @setup::jsonb, @source, @session, @restoredfrom, coalesce(@savedat::timestamptz, now()))
RETURNING id;
