-- One imported session of the imported car with its results (in the file's order), in one
-- statement; figures and lap times as the file holds them.
WITH s AS (
    INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, track_size,
                          traction, surface_type, surface_condition, status, actual_setup)
    SELECT v.profile_id, v.id, @name, @type, @date::date, @trackname, @tracksize, @traction, @surfacetype,
           @surfacecondition, @status, @setup::jsonb
    FROM vehicles v WHERE v.id = @car
    RETURNING id, profile_id
)
INSERT INTO race_results (session_id, profile_id, heat, racing_class, position, lap_times, laps_completed,
                          best_lap, average_lap, total_time, consistency, liverc_id)
SELECT s.id, s.profile_id, e.value ->> 'heat', e.value ->> 'racingClass', (e.value ->> 'position')::int,
       nullif(e.value -> 'lapTimes', 'null'::jsonb), (e.value ->> 'laps')::int, (e.value ->> 'bestLap')::numeric,
       (e.value ->> 'averageLap')::numeric, (e.value ->> 'totalTime')::numeric, (e.value ->> 'consistency')::numeric,
       e.value ->> 'liveRcId'
FROM s, jsonb_array_elements(@results::jsonb) WITH ORDINALITY AS e(value, n)
ORDER BY e.n;
