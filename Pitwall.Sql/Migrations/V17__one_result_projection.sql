-- V17: one projection of a result, for every read that shows or exports results (the session's
-- Results, Performance, Compare and its offers, the printed sheet, the CSV and the car file),
-- so that each names the earlier tool's columns once and uses one set of keys. Figures as
-- stored (total_time in seconds); lap_times as stored (numbers, or strings another tool wrote).
CREATE FUNCTION pitwall_result_json(r race_results) RETURNS json
    LANGUAGE sql STABLE
AS $$
    SELECT json_build_object(
        'id', r.id, 'heat', r.heat_name, 'racingClass', r.race_class, 'position', r.position,
        'lapTimes', r.lap_times, 'laps', r.laps_completed, 'best', r.best_lap, 'average', r.average_lap,
        'total', extract(epoch FROM r.total_time), 'consistency', r.consistency,
        'liveRcEventId', r.liverc_event_id, 'liveRcDriverId', r.liverc_driver_id)
$$;
