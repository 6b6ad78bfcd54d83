-- Every session of the imported car with its results and closeouts, in one statement. The new
-- ids are drawn from the table's sequence first, in the file's order (f is evaluated once: it
-- calls nextval), so each result and closeout finds its session and the caller gets the ids in
-- the file's order: the change log and the baseline history name sessions by index. Figures,
-- lap times and the closeout's time as the file holds them.
WITH f AS (
    SELECT e.value AS s, e.n, nextval(pg_get_serial_sequence('sessions', 'id'))::int AS id
    FROM jsonb_array_elements(@sessions::jsonb) WITH ORDINALITY AS e(value, n)
),
car AS (SELECT v.id, v.profile_id FROM vehicles v WHERE v.id = @car),
added AS (
    INSERT INTO sessions (id, profile_id, vehicle_id, session_name, session_type, session_date, track_name, track_size,
                          traction, surface_type, surface_condition, status, actual_setup)
    SELECT f.id, car.profile_id, car.id, f.s ->> 'name', f.s ->> 'type', (f.s ->> 'date')::date, f.s ->> 'trackName',
           f.s ->> 'trackSize', f.s ->> 'traction', f.s ->> 'surfaceType', f.s ->> 'surfaceCondition', f.s ->> 'status',
           f.s -> 'setup'
    FROM f, car
    ORDER BY f.n
),
results AS (
    INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, lap_times, laps_completed,
                              best_lap, average_lap, total_time, consistency, liverc_event_id, liverc_driver_id)
    SELECT f.id, car.profile_id, e.value ->> 'heat', e.value ->> 'racingClass', (e.value ->> 'position')::int,
           nullif(e.value -> 'lapTimes', 'null'::jsonb), (e.value ->> 'laps')::int, (e.value ->> 'bestLap')::numeric,
           (e.value ->> 'averageLap')::numeric, make_interval(secs => (e.value ->> 'totalTime')::numeric),
           (e.value ->> 'consistency')::numeric, e.value ->> 'liveRcEventId', e.value ->> 'liveRcDriverId'
    FROM f, car, jsonb_array_elements(f.s -> 'results') WITH ORDINALITY AS e(value, n)
    ORDER BY f.n, e.n
),
closeouts AS (
    INSERT INTO session_closeouts (session_id, rating, feel, observation, closed_at)
    SELECT f.id, (f.s #>> '{closeout,rating}')::smallint, f.s #>> '{closeout,feel}', f.s #>> '{closeout,observation}',
           coalesce((f.s #>> '{closeout,closedAt}')::timestamptz, now())
    FROM f, car
    WHERE jsonb_typeof(f.s -> 'closeout') = 'object'
)
SELECT f.id FROM f, car ORDER BY f.n;
