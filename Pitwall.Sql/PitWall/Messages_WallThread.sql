-- The wall's thread with one racer of team @team: the racer (nothing for a racer of another
-- team), then the team's messages about them, newest first (the latest 50). A message the
-- earlier tool stored has no author: it came from its team screen, so it counts as the wall's.
SELECT r.id AS racerid, r.name AS racername, @team AS teamid, t.name AS teamname
FROM racer_profiles r JOIN teams t ON t.id = @team
WHERE r.id = @racer AND coalesce(r.team_id, pitwall_default_team()) = @team;

SELECT m.id, m.message AS text, coalesce(m.message_type, 'note') AS type, coalesce(mm.author, 'wall') AS author,
       mm.read_at IS NOT NULL AS isread, s.session_name AS sessionname,
       greatest(0, extract(epoch FROM localtimestamp - m.created_at))::int AS secondsago
FROM pit_wall_messages m
LEFT JOIN pit_wall_message_meta mm ON mm.message_id = m.id
LEFT JOIN sessions s ON s.id = m.session_id
WHERE m.profile_id = @racer AND m.team_id = @team
  AND EXISTS (SELECT 1 FROM racer_profiles r WHERE r.id = @racer AND coalesce(r.team_id, pitwall_default_team()) = @team)
ORDER BY m.id DESC
LIMIT 50;
