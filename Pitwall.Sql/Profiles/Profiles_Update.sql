-- Saves the Edit Profile form. Checking "Set as Default Profile" moves the default here;
-- unchecking never clears it (the form refuses that: there is always one default).
-- A duplicate name raises unique_violation from the V4 trigger and undoes both updates.
-- A field left blank stays as it was stored when that was blank too (the earlier tool
-- wrote empty strings, Pitwall writes NULL), so saving changes only what the racer changed.
SELECT pitwall_lock_racers();
UPDATE racer_profiles SET is_default = false
WHERE @makedefault AND is_default AND id <> @id AND EXISTS (SELECT 1 FROM racer_profiles WHERE id = @id);
UPDATE racer_profiles
SET name = normalize(@name, NFC),
    email = CASE WHEN @email IS NULL AND email = '' THEN email ELSE @email END,
    facebook = CASE WHEN @facebook IS NULL AND facebook = '' THEN facebook ELSE @facebook END,
    instagram = CASE WHEN @instagram IS NULL AND instagram = '' THEN instagram ELSE @instagram END,
    sponsors = string_to_array(@sponsors, E'\n'),
    is_default = is_default OR @makedefault,
    updated_at = now()
WHERE id = @id
RETURNING id;
