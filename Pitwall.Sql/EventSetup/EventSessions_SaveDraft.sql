-- Saves a draft of the active racer as typed (details and setup) and, with @lock, makes it
-- the active session in the same statement ("Lock Config" can no longer save and then fail
-- to lock). The row is taken FOR UPDATE and saved only while its version (xmin) is @version,
-- the one the check read (null: no check), so the answer says what happened: 'saved',
-- 'locked' (no longer a draft), 'changed' (changed since it was read) or 'not_found' (no such
-- session of this racer). Nothing changes unless 'saved'.
WITH target AS (
    SELECT id, status, xmin::text AS version
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
    WHERE s.id = t.id AND t.status = 'draft' AND (@version::text IS NULL OR t.version = @version::text)
    RETURNING s.id
)
SELECT CASE
    WHEN EXISTS (SELECT 1 FROM saved) THEN 'saved'
    WHEN EXISTS (SELECT 1 FROM target WHERE status IS DISTINCT FROM 'draft') THEN 'locked'
    WHEN EXISTS (SELECT 1 FROM target) THEN 'changed'
    ELSE 'not_found'
END;
