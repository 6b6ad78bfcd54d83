-- One racer for 📝 Edit Profile: the one asked for (@id), else the racer this browser has
-- open (pitwall_active_racer). Nothing when there is no such racer. With the racer's team
-- (chosen, else the deployment's default: pitwall_team_of) and every team's name to choose from.
SELECT r.id, r.name, r.email, r.facebook, r.instagram,
       array_to_string(coalesce(r.sponsors, '{}'), E'\n') AS sponsorlines,
       r.is_default AS isdefault,
       (SELECT t.name FROM teams t WHERE t.id = pitwall_team_of(r.id)) AS team,
       (SELECT coalesce(string_agg(t.name, E'\n' ORDER BY lower(t.name), t.id), '') FROM teams t) AS teamlines
FROM racer_profiles r
WHERE r.id = coalesce(@id::int, pitwall_active_racer(@browser));
