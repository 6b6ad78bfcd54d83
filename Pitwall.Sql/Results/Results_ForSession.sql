-- One session of the active racer with its results (in the order entered), as one JSON
-- document; nothing for another racer's session.
SELECT json_build_object(
    'sessionId', s.id, 'sessionName', s.session_name, 'status', s.status,
    'results', coalesce((
        SELECT json_agg(json_build_object(
            'id', r.id, 'heat', r.heat, 'racingClass', r.racing_class, 'position', r.position,
            'lapTimes', r.lap_times, 'laps', r.laps_completed, 'best', r.best_lap, 'average', r.average_lap,
            'total', r.total_time, 'stdDev', r.consistency, 'liveRcId', r.liverc_id) ORDER BY r.id)
        FROM race_results r WHERE r.session_id = s.id), '[]'))::text
FROM sessions s
WHERE s.id = @sessionid AND s.profile_id = pitwall_active_racer(@browser);
