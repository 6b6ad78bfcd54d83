-- A result for a session of the active racer, in the earlier tool's columns (its LiveRC
-- harvester writes the same ones): figures computed by LapFigures, the total as an interval,
-- consistency as LiveRC's percentage. Nothing for another racer's session.
INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, lap_times,
                          laps_completed, best_lap, average_lap, total_time, consistency)
SELECT s.id, s.profile_id, @heat, @racingclass, @position, @laptimes::jsonb,
       @laps, @best, @average, make_interval(secs => @total), @consistency
FROM sessions s
WHERE s.id = @sessionid AND s.profile_id = pitwall_active_racer(@browser)
RETURNING id;
