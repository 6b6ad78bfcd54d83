-- What "Compare" offers for a session of the active racer: every session of its car (oldest
-- first, by date, then creation), a row per result (or one with no result), with only what
-- naming the previous and the best session takes: the laps, and a timing system's heat when
-- the result has one (its printed Top 3 Consecutive stands in for laps it did not give).
-- Best 3 consecutive itself is computed by LapFigures. No row for another racer's session.
SELECT s.vehicle_id AS carid, o.id, o.session_name AS name, o.session_date AS date, o.session_type AS type, o.status,
       r.id AS resultid, r.lap_times::text AS laptimes,
       CASE WHEN h.result_id IS NOT NULL THEN (pitwall_result_json(r) -> 'timing')::text END AS timing
FROM sessions s
JOIN sessions o ON o.vehicle_id = s.vehicle_id
LEFT JOIN race_results r ON r.session_id = o.id
LEFT JOIN timing_heats h ON h.result_id = r.id
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
ORDER BY o.session_date NULLS FIRST, o.created_at NULLS FIRST, o.id, r.id;
