-- A draft session for one of the active racer's cars whose setup is an earlier session's (turned
-- flat, as the earlier tool keeps session setups), in the columns ➕ New Session fills. Returns its id.
INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name,
                      track_size, traction, surface_type, surface_condition, actual_setup, status, last_updated)
SELECT v.profile_id, v.id, @name, @type, @date::date, @trackname,
       @tracksize, @traction, @surfacetype, @surfacecondition, @setup::jsonb, 'draft', now()
FROM vehicles v
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser)
RETURNING id;
