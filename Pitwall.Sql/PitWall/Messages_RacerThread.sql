-- The racer's own thread (@racer, else the racer this browser has open): the racer and their
-- team, then the messages about them in that team, newest first (the latest 50). Nothing while
-- there is no racer. A live view checks the browser once and then reads by @racer.
SELECT r.id AS racerid, r.name AS racername, t.id AS teamid, t.name AS teamname
FROM racer_profiles r JOIN teams t ON t.id = pitwall_team_of(r.id)
WHERE r.id = coalesce(@racer::int, pitwall_active_racer(@browser));

SELECT m.id, m.message AS text, coalesce(m.message_type, 'note') AS type, coalesce(mm.author, 'wall') AS author,
       mm.read_at IS NOT NULL AS isread, s.session_name AS sessionname,
       greatest(0, extract(epoch FROM localtimestamp - m.created_at))::int AS secondsago
FROM pit_wall_messages m
LEFT JOIN pit_wall_message_meta mm ON mm.message_id = m.id
LEFT JOIN sessions s ON s.id = m.session_id
WHERE m.profile_id = coalesce(@racer::int, pitwall_active_racer(@browser)) AND m.team_id = pitwall_team_of(m.profile_id)
ORDER BY m.id DESC
LIMIT 50;
