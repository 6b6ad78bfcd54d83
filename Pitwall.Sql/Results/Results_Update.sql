-- Saves a result of the active racer. Columns Pitwall does not use (LiveRC's ids, another
-- tool's) are left as they are; so are the stored figures of an adopted result without laps
-- when none are given (decided here, on the row itself). Returns the session's id.
UPDATE race_results AS r
SET heat_name = @heat, race_class = @racingclass, position = @position,
    lap_times = CASE WHEN r.lap_times IS NULL AND @laptimes::jsonb IS NULL THEN r.lap_times ELSE @laptimes::jsonb END,
    laps_completed = CASE WHEN r.lap_times IS NULL AND @laptimes::jsonb IS NULL THEN r.laps_completed ELSE @laps END,
    best_lap = CASE WHEN r.lap_times IS NULL AND @laptimes::jsonb IS NULL THEN r.best_lap ELSE @best END,
    average_lap = CASE WHEN r.lap_times IS NULL AND @laptimes::jsonb IS NULL THEN r.average_lap ELSE @average END,
    total_time = CASE WHEN r.lap_times IS NULL AND @laptimes::jsonb IS NULL THEN r.total_time ELSE make_interval(secs => @total) END,
    consistency = CASE WHEN r.lap_times IS NULL AND @laptimes::jsonb IS NULL THEN r.consistency ELSE @consistency END
FROM sessions s
WHERE r.id = @id AND s.id = r.session_id AND s.profile_id = pitwall_active_racer(@browser)
RETURNING s.id;
