-- What the wall sees when it taps a card: the racer (only while they are of team @team) and
-- the session their card shows, with its car, setup and baseline; then that session's results
-- in the order entered; then its changes as logged. Three sets, one round trip; nothing in the
-- first set for a racer of another team.
SELECT r.id AS racerid, r.name AS racername, t.name AS teamname,
       s.id AS sessionid, s.session_name AS sessionname, s.session_type AS sessiontype, s.status AS sessionstatus,
       s.session_date AS sessiondate, s.track_name AS trackname, s.track_size AS tracksize, s.traction,
       s.surface_type AS surfacetype, s.surface_condition AS surfacecondition,
       nullif(concat_ws(' ', v.brand, v.model, nullif(v.nickname, '')), '') AS car,
       coalesce(s.actual_setup, '{}')::text AS setup, coalesce(v.baseline_setup, '{}')::text AS baseline
FROM racer_profiles r
JOIN teams t ON t.id = @team
LEFT JOIN sessions s ON s.id = pitwall_card_session(r.id)
LEFT JOIN vehicles v ON v.id = s.vehicle_id
WHERE r.id = @racer AND coalesce(r.team_id, pitwall_default_team()) = @team;

SELECT x.id, x.heat_name AS heat, x.position, x.laps_completed AS laps, x.best_lap AS bestlap,
       x.average_lap AS averagelap, x.consistency
FROM race_results x
JOIN racer_profiles r ON r.id = x.profile_id
WHERE x.session_id = pitwall_card_session(@racer) AND r.id = @racer AND coalesce(r.team_id, pitwall_default_team()) = @team
ORDER BY x.id;

SELECT c.id, c.parameter, c.old_value AS oldvalue, c.new_value AS newvalue, c.outcome, c.status
FROM setup_changes c
JOIN racer_profiles r ON r.id = @racer
WHERE c.session_id = pitwall_card_session(@racer) AND coalesce(r.team_id, pitwall_default_team()) = @team
ORDER BY c.id;
