-- A draft session for one of the active racer's cars, its setup a copy of the car's baseline
-- (turned flat, as the earlier tool keeps session setups). Nothing for another racer's car.
INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name,
                      track_size, traction, surface_type, surface_condition, actual_setup, status, last_updated)
SELECT v.profile_id, v.id, @name, @type, @date::date, @trackname,
       @tracksize, @traction, @surfacetype, @surfacecondition, @setup::jsonb, 'draft', now()
FROM vehicles v
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser)
RETURNING id;
