-- The deployment's default team (PITWALL_TEAM_NAME): created when missing and recorded in
-- pit_wall_default_team, where pitwall_team_of() finds it for every racer without a team.
-- Every instance runs it as it starts and whenever its listening connection comes back.
INSERT INTO teams (name) VALUES (@name) ON CONFLICT (name) DO NOTHING;
INSERT INTO pit_wall_default_team (singleton, team_id)
SELECT true, id FROM teams WHERE name = @name
ON CONFLICT (singleton) DO UPDATE SET team_id = EXCLUDED.team_id
WHERE pit_wall_default_team.team_id IS DISTINCT FROM EXCLUDED.team_id;
