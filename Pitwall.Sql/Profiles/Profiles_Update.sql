-- Saves the Edit Profile form. Checking "Set as Default Profile" moves the default here;
-- unchecking never clears it (the form refuses that: there is always one default).
-- A duplicate name raises unique_violation from the V4 trigger and undoes both updates.
-- A field left blank stays as it was stored when that was blank too (the earlier tool
-- wrote empty strings, Pitwall writes NULL), so saving changes only what the racer changed.
-- The team is named (@team, null keeps it): a name no team has (ignoring case) starts one; the
-- racer's team_id changes only when the team does (a racer without one is in the default team).
SELECT pitwall_lock_racers();
INSERT INTO teams (name)
SELECT normalize(@team, NFC)
WHERE @team::text IS NOT NULL AND EXISTS (SELECT 1 FROM racer_profiles WHERE id = @id)
  AND NOT EXISTS (SELECT 1 FROM teams WHERE lower(name) = lower(normalize(@team, NFC)))
ON CONFLICT (name) DO NOTHING;
UPDATE racer_profiles SET is_default = false
WHERE @makedefault AND is_default AND id <> @id AND EXISTS (SELECT 1 FROM racer_profiles WHERE id = @id);
UPDATE racer_profiles
SET name = normalize(@name, NFC),
    email = CASE WHEN @email IS NULL AND email = '' THEN email ELSE @email END,
    facebook = CASE WHEN @facebook IS NULL AND facebook = '' THEN facebook ELSE @facebook END,
    instagram = CASE WHEN @instagram IS NULL AND instagram = '' THEN instagram ELSE @instagram END,
    sponsors = string_to_array(@sponsors, E'\n'),
    is_default = is_default OR @makedefault,
    team_id = CASE WHEN chosen.id IS NULL OR chosen.id = coalesce(team_id, pitwall_default_team()) THEN team_id ELSE chosen.id END,
    updated_at = now()
FROM (SELECT (SELECT t.id FROM teams t WHERE lower(t.name) = lower(normalize(@team::text, NFC))
              ORDER BY t.name = normalize(@team::text, NFC) DESC, t.id LIMIT 1) AS id) chosen
WHERE racer_profiles.id = @id
RETURNING racer_profiles.id;
