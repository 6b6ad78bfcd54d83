-- Saves the Edit Profile form. Checking "Set as Default Profile" moves the default here;
-- unchecking never clears it (the form refuses that: there is always one default).
-- A duplicate name raises unique_violation from the V4 trigger and undoes both updates.
SELECT pitwall_lock_racers();
UPDATE racer_profiles SET is_default = false
WHERE @makedefault AND is_default AND id <> @id AND EXISTS (SELECT 1 FROM racer_profiles WHERE id = @id);
UPDATE racer_profiles
SET name = normalize(@name, NFC),
    email = @email,
    facebook = @facebook,
    instagram = @instagram,
    sponsors = string_to_array(@sponsors, E'\n'),
    is_default = is_default OR @makedefault,
    updated_at = now()
WHERE id = @id
RETURNING id;
