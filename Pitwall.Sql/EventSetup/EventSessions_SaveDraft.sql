-- Saves a draft of the active racer as typed (details and setup); a locked session or
-- another racer's is not touched.
UPDATE sessions
SET session_name = @name, session_type = @type, session_date = @date::date, track_name = @trackname,
    track_size = @tracksize, traction = @traction, surface_type = @surfacetype,
    surface_condition = @surfacecondition, actual_setup = @setup::jsonb,
    last_updated = now(), updated_at = now()
WHERE id = @id AND profile_id = pitwall_active_racer(@session) AND status = 'draft'
RETURNING id;
