-- One imported session of the imported car with its results (in the file's order) and its
-- closeout (when the file has one), in one statement; figures, lap times and the closeout's
-- time as the file holds them. Returns the new session's id (the change log and baseline
-- history refer to it).
WITH s AS (
    INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, track_size,
                          traction, surface_type, surface_condition, status, actual_setup)
    SELECT v.profile_id, v.id, @name, @type, @date::date, @trackname, @tracksize, @traction, @surfacetype,
           @surfacecondition, @status, @setup::jsonb
    FROM vehicles v WHERE v.id = @car
    RETURNING id, profile_id
), r AS (
    INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, lap_times, laps_completed,
                              best_lap, average_lap, total_time, consistency, liverc_event_id, liverc_driver_id)
    SELECT s.id, s.profile_id, e.value ->> 'heat', e.value ->> 'racingClass', (e.value ->> 'position')::int,
           nullif(e.value -> 'lapTimes', 'null'::jsonb), (e.value ->> 'laps')::int, (e.value ->> 'bestLap')::numeric,
           (e.value ->> 'averageLap')::numeric, make_interval(secs => (e.value ->> 'totalTime')::numeric),
           (e.value ->> 'consistency')::numeric, e.value ->> 'liveRcEventId', e.value ->> 'liveRcDriverId'
    FROM s, jsonb_array_elements(@results::jsonb) WITH ORDINALITY AS e(value, n)
    ORDER BY e.n
), k AS (
    INSERT INTO session_closeouts (session_id, rating, feel, observation, closed_at)
    SELECT s.id, (x.c ->> 'rating')::smallint, x.c ->> 'feel', x.c ->> 'observation',
           coalesce((x.c ->> 'closedAt')::timestamptz, now())
    FROM s, (SELECT @closeout::jsonb AS c) x
    WHERE x.c IS NOT NULL
)
SELECT id FROM s;
