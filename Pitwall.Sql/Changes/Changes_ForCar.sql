-- A car of the active racer with every setup_changes row about it (by car, or by one of its
-- sessions when another tool left vehicle_id empty), newest first: a row per change (one row
-- without a change when it has none), each with the run notes that preceded it
-- (pitwall_run_notes_before, the one projection of them, a JSON list); no row for another
-- racer's car.
SELECT v.id AS carid, v.brand, v.model, v.nickname,
       c.id, c.session_id AS sessionid, s.session_name AS sessionname, s.session_date AS sessiondate,
       c.parameter, c.old_value AS oldvalue, c.new_value AS newvalue, c.lap_time_before AS before, c.lap_time_after AS after,
       c.source, c.status, c.outcome, pitwall_run_notes_before(c)::text AS notesbefore
FROM vehicles v
LEFT JOIN LATERAL pitwall_car_changes(v.id) c ON true
-- Each change's session by its key (OFFSET 0: lookups, not a scan of every session).
LEFT JOIN LATERAL (SELECT o.session_name, o.session_date FROM sessions o WHERE o.id = c.session_id OFFSET 0) s ON true
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser)
ORDER BY s.session_date DESC NULLS LAST, c.created_at DESC NULLS LAST, c.id DESC;
