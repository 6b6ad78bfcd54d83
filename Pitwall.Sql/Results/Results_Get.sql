-- One result of the active racer, for its edit form; nothing for another racer's.
SELECT r.id, r.session_id AS sessionid, r.heat_name AS heat, r.race_class AS racingclass, r.position,
       r.lap_times::text AS laptimes
FROM race_results r
JOIN sessions s ON s.id = r.session_id
WHERE r.id = @id AND s.profile_id = pitwall_active_racer(@browser);
