-- A result for a session of the active racer, figures computed by LapFigures; nothing for
-- another racer's session.
INSERT INTO race_results (session_id, profile_id, heat, racing_class, position, lap_times,
                          laps_completed, best_lap, average_lap, total_time, consistency)
SELECT s.id, s.profile_id, @heat, @racingclass, @position, @laptimes::jsonb,
       @laps, @best, @average, @total, @stddev
FROM sessions s
WHERE s.id = @sessionid AND s.profile_id = pitwall_active_racer(@browser)
RETURNING id;
