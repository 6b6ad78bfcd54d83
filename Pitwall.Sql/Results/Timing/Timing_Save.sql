-- Saves a pasted heat for a session of the active racer, in one statement (so one transaction):
-- the racer's line in the earlier tool's race_results columns (as its LiveRC harvester writes them:
-- the total as an interval, consistency as LiveRC's percentage), the heat with its whole field in
-- timing_heats, the racer's choice in timing_names (by timing name; its car number and car), and
-- for decoder passings the session's minimum lap. Returns the result's id; nothing for another
-- racer's session, and then nothing is written.
WITH session AS (
    SELECT s.id, s.profile_id, s.vehicle_id
    FROM sessions s
    WHERE s.id = @sessionid AND s.profile_id = pitwall_active_racer(@browser)
), result AS (
    INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, lap_times,
                              laps_completed, best_lap, average_lap, total_time, consistency)
    SELECT id, profile_id, @heat, @racingclass, @position, @laptimes::jsonb,
           @laps, @best, @average, make_interval(secs => @total), @consistency
    FROM session
    RETURNING id
), heat AS (
    INSERT INTO timing_heats (result_id, layout, description, race_name, class_name, heat_name, round, race_number,
                              length, notes, racer_line, chosen_by, minimum_lap, field)
    SELECT id, @layout, @description, @racename, @classname, @headingheat, @round, @racenumber,
           @length, @notes::jsonb, @racerline, @chosenby, @minimumlap, @field::jsonb
    FROM result
), remembered AS (
    INSERT INTO timing_names (profile_id, timing_key, name, car_number, vehicle_id, chosen_at)
    SELECT profile_id, @timingkey, @timingname, @carnumber, vehicle_id, now()::timestamp
    FROM session
    WHERE @timingkey::text IS NOT NULL
    ON CONFLICT (profile_id, timing_key) DO UPDATE
        SET name = EXCLUDED.name, car_number = EXCLUDED.car_number, vehicle_id = EXCLUDED.vehicle_id, chosen_at = EXCLUDED.chosen_at
), minimum AS (
    INSERT INTO session_timing (session_id, minimum_lap)
    SELECT id, @minimumlap FROM session
    WHERE @minimumlap::numeric IS NOT NULL
    ON CONFLICT (session_id) DO UPDATE SET minimum_lap = EXCLUDED.minimum_lap
)
SELECT id FROM result;
