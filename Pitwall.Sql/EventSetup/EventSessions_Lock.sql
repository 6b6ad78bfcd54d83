-- "Lock Config": the draft becomes the active session of the event.
UPDATE sessions
SET status = 'active', last_updated = now(), updated_at = now()
WHERE id = @id AND profile_id = pitwall_active_racer(@session) AND status = 'draft'
RETURNING id;
