-- Saves a draft of the active racer as typed (details and setup) and, with @lock, makes it
-- the active session in the same statement ("Lock Config" can no longer save and then fail
-- to lock). The row is taken FOR UPDATE, so the answer says what happened: 'saved', 'locked'
-- (no longer a draft: nothing changed) or 'not_found' (no such session of this racer).
WITH target AS (
    SELECT id, status
    FROM sessions
    WHERE id = @id AND profile_id = pitwall_active_racer(@browser)
    FOR UPDATE
),
saved AS (
    UPDATE sessions AS s
    SET session_name = @name, session_type = @type, session_date = @date::date, track_name = @trackname,
        track_size = @tracksize, traction = @traction, surface_type = @surfacetype,
        surface_condition = @surfacecondition, actual_setup = @setup::jsonb,
        status = CASE WHEN @lock THEN 'active' ELSE s.status END,
        last_updated = now(), updated_at = now()
    FROM target t
    WHERE s.id = t.id AND t.status = 'draft'
    RETURNING s.id
)
SELECT CASE
    WHEN EXISTS (SELECT 1 FROM saved) THEN 'saved'
    WHEN EXISTS (SELECT 1 FROM target) THEN 'locked'
    ELSE 'not_found'
END;
