-- The teams a board can show, the shown one marked: the one asked for (@team), else the team
-- of the racer this browser has open (the default team while there is none).
SELECT t.id, t.name, t.id = coalesce(@team::int, pitwall_team_of(pitwall_active_racer(@browser))) AS shown
FROM teams t
ORDER BY lower(t.name), t.id;
